"""Record builders shared by the per-document gold modules of the invented sets (blind4 … blind25).

A set's src/common.py keeps its PLACES table and binds the rest, e.g.
    L = place_maker(PLACES)
    gold = functools.partial(gold_record, notes=False)   # the checks that set's gold ran
Standard library only.
"""


def place_maker(places):
    """The set's L(key, precision=1, name=None) over its table key -> (name, cc, admin1, lat, lon, geonameid)."""

    def L(key, precision=1, name=None):
        """A place: precision 1 = the place itself (with geonameid), 2 = near it (same point, no id)."""
        nm, cc, a1, lat, lon, gid = places[key]
        loc = {"name": name or nm, "country_code": cc, "admin1_code": a1, "lat": lat, "lon": lon,
               "precision": precision}
        if precision == 1 and gid:
            loc["geonameid"] = gid
        return loc

    return L


def R(admin1, name, precision=3):
    """A region (admin1) only: no point."""
    return {"name": name, "country_code": admin1.split("-")[0], "admin1_code": admin1, "precision": precision}


def C(cc, name):
    """A country only. cc None: the text gives no usable country (border, open sea, unnamed place)."""
    return {"name": name, "country_code": cc, "admin1_code": None, "precision": 4}


def N(n, q="exact", low=None, high=None):
    """A count of EVENTS.md. A range "N to M" is written N(N, "at_least", high=M): best = the lower figure."""
    if q == "exact":
        return {"low": n, "best": n, "high": n, "qualifier": q}
    if q == "almost":
        return {"low": None, "best": n, "high": n, "qualifier": q}
    if q == "at_least":
        return {"low": n, "best": n, "high": high, "qualifier": q}
    if q == "at_most":
        return {"low": None, "best": n, "high": n, "qualifier": q}
    if q == "about":
        return {"low": None, "best": n, "high": None, "qualifier": q}
    if q == "unspecified":
        return {"low": low, "best": None, "high": None, "qualifier": q}
    raise ValueError(q)


def W(category, model=None, launched=None, intercepted=None):
    w = {"category": category}
    if model:
        w["model"] = model
    if launched is not None:
        w["launched"] = launched
    if intercepted is not None:
        w["intercepted"] = intercepted
    return w


def E(gid, etype, date, loc, a1, a2, *, prec="day", end=None, agg=False, fat=None, inj=None, weapons=None,
      optional=False, family=None, claimant=None, parent=None, note=None):
    e = {"gold_id": gid, "event_type": etype, "date": date, "date_end": end, "date_precision": prec,
         "is_aggregate": agg, "actor1_side": a1, "actor2_side": a2, "location": loc}
    if family:
        e["type_family_ok"] = family
    if fat is not None:
        e["fatalities"] = fat
    if inj is not None:
        e["injured"] = inj
    if weapons:
        e["weapons"] = weapons
    if parent:
        e["parent_id"] = parent
    if claimant:
        e["claimant_hint"] = claimant
    if optional:
        e["optional"] = True
    if note:
        e["note"] = note
    return e


def S(speaker, side, contains, role=None):
    s = {"speaker": speaker, "side": side, "contains": contains}
    if role:
        s["speaker_role"] = role
    return s


def gold_record(doc, events, statements, must_not_contain, title, *, dates=True, spans=True, notes=True,
                furniture_once=True, furniture_distinct=False, longest_first=False):
    """The gold line of one document, after the checks its set asks for (each set binds its own, see its
    src/common.py): always unique gold ids, every must_not_contain string, statement and the title in the text;
    dates: no event dated or ending after publication, every parent_id known; spans: date_end not before date,
    every gold_id prefixed by the document id; notes: every event carries a note; furniture_once: every
    must_not_contain string occurs exactly once; furniture_distinct: no must_not_contain string listed twice;
    longest_first: must_not_contain written longest first (the referee removes them in list order when it finds
    the content lines, so a short string inside a longer furniture line must come after it)."""
    ids = [e["gold_id"] for e in events]
    assert len(ids) == len(set(ids)), ids
    for e in events:
        if dates:
            assert e["date"] is None or e["date"] <= doc["date"], (doc["id"], e["gold_id"], "dated after publication")
            assert e["date_end"] is None or e["date_end"] <= doc["date"], (doc["id"], e["gold_id"], "ends after publication")
        if spans:
            assert e["date_end"] is None or (e["date"] is not None and e["date"] <= e["date_end"]), (doc["id"], e["gold_id"])
        if dates:
            assert e.get("parent_id") in (None, *ids), (doc["id"], e["gold_id"], "unknown parent")
        if spans:
            assert e["gold_id"].startswith(doc["id"] + "-"), (doc["id"], e["gold_id"])
        if notes:
            assert e.get("note"), (doc["id"], e["gold_id"], "every event carries a note")
    if furniture_distinct:
        assert len(must_not_contain) == len(set(must_not_contain)), doc["id"]
    for b in must_not_contain:
        assert b in doc["text"], (doc["id"], b)
        if furniture_once:
            assert doc["text"].count(b) == 1, (doc["id"], b, "furniture string repeated")
    for s in statements:
        assert " ".join(s["contains"].split()) in " ".join(doc["text"].split()), (doc["id"], s["contains"])
    assert title in doc["text"], (doc["id"], title)
    if longest_first:
        must_not_contain = sorted(must_not_contain, key=len, reverse=True)
    return {"doc_id": doc["id"], "reference_date": doc["date"],
            "clean_text": {"title": title, "must_not_contain": must_not_contain},
            "events": events, "statements": statements}
