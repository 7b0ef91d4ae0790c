"""Invented war reports and their event records, made from templates, for load tests and
benchmarks: ``synthetic_results(n_docs)`` yields ``model.ExtractionResult`` objects shaped as
the extractor shapes them (a text, a dated document, one to five events with claims whose
``quote`` is ``clean_text[start:end]``, waves with interception children, statements), and
about one document in eight re-reports an earlier incident from another outlet, so that the
store's reconciliation builds multi-report clusters. ``build_database(url, n_events)`` stores
them through :meth:`sitrep.store.Store.add_result` (the real write path: dedup, clustering),
without running the extractor. Deterministic for a given seed. Every report is invented.
"""
from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from typing import Iterator

from sitrep import model

# name, country, ISO 3166-2, admin1, admin2, lat, lon (approximate), geonameid or None
PLACES = [
    ("Kharkiv", "UA", "UA-63", "Kharkiv Oblast", "Kharkiv Raion", 49.9935, 36.2304, 706483),
    ("Odesa", "UA", "UA-51", "Odesa Oblast", "Odesa Raion", 46.4775, 30.7326, 698740),
    ("Kyiv", "UA", "UA-30", "Kyiv", None, 50.4501, 30.5234, 703448),
    ("Mykolaiv", "UA", "UA-48", "Mykolaiv Oblast", "Mykolaiv Raion", 46.975, 31.995, 700569),
    ("Kherson", "UA", "UA-65", "Kherson Oblast", "Kherson Raion", 46.6354, 32.6169, 706448),
    ("Zaporizhzhia", "UA", "UA-23", "Zaporizhzhia Oblast", "Zaporizhzhia Raion", 47.8388, 35.1396, 687700),
    ("Dnipro", "UA", "UA-12", "Dnipropetrovsk Oblast", "Dnipro Raion", 48.4647, 35.0462, 709930),
    ("Nikopol", "UA", "UA-12", "Dnipropetrovsk Oblast", "Nikopol Raion", 47.5712, 34.3964, 700051),
    ("Kryvyi Rih", "UA", "UA-12", "Dnipropetrovsk Oblast", "Kryvyi Rih Raion", 47.9105, 33.3918, 703845),
    ("Sumy", "UA", "UA-59", "Sumy Oblast", "Sumy Raion", 50.9077, 34.7981, 692194),
    ("Chernihiv", "UA", "UA-74", "Chernihiv Oblast", "Chernihiv Raion", 51.4982, 31.2893, 710735),
    ("Poltava", "UA", "UA-53", "Poltava Oblast", "Poltava Raion", 49.5883, 34.5514, 696643),
    ("Kramatorsk", "UA", "UA-14", "Donetsk Oblast", "Kramatorsk Raion", 48.7389, 37.5848, 704508),
    ("Sloviansk", "UA", "UA-14", "Donetsk Oblast", "Kramatorsk Raion", 48.8525, 37.6167, 693805),
    ("Pokrovsk", "UA", "UA-14", "Donetsk Oblast", "Pokrovsk Raion", 48.2822, 37.1758, None),
    ("Kostiantynivka", "UA", "UA-14", "Donetsk Oblast", "Kramatorsk Raion", 48.5277, 37.7069, None),
    ("Kupiansk", "UA", "UA-63", "Kharkiv Oblast", "Kupiansk Raion", 49.7106, 37.6156, None),
    ("Izium", "UA", "UA-63", "Kharkiv Oblast", "Izium Raion", 49.2128, 37.2566, None),
    ("Lviv", "UA", "UA-46", "Lviv Oblast", "Lviv Raion", 49.8397, 24.0297, 702550),
    ("Vinnytsia", "UA", "UA-05", "Vinnytsia Oblast", "Vinnytsia Raion", 49.2328, 28.481, 689558),
    ("Zhytomyr", "UA", "UA-18", "Zhytomyr Oblast", "Zhytomyr Raion", 50.2547, 28.6587, 686967),
    ("Bilhorod-Dnistrovskyi", "UA", "UA-51", "Odesa Oblast", "Bilhorod-Dnistrovskyi Raion", 46.1871, 30.3411, None),
    ("Ochakiv", "UA", "UA-48", "Mykolaiv Oblast", "Mykolaiv Raion", 46.6128, 31.5424, None),
    ("Beryslav", "UA", "UA-65", "Kherson Oblast", "Beryslav Raion", 46.8411, 33.4264, None),
    ("Belgorod", "RU", "RU-BEL", "Belgorod Oblast", None, 50.5997, 36.5983, 578072),
    ("Shebekino", "RU", "RU-BEL", "Belgorod Oblast", None, 50.4078, 36.8878, None),
    ("Kursk", "RU", "RU-KRS", "Kursk Oblast", None, 51.7373, 36.1874, 538560),
    ("Sudzha", "RU", "RU-KRS", "Kursk Oblast", None, 51.1947, 35.2708, None),
    ("Bryansk", "RU", "RU-BRY", "Bryansk Oblast", None, 53.2521, 34.3717, 571476),
    ("Voronezh", "RU", "RU-VOR", "Voronezh Oblast", None, 51.672, 39.1843, 472045),
]
OUTLETS = ["Northern Wire", "Black Sea Monitor", "Dnipro Daily", "Eastern Front Digest",
           "Steppe Courier", "Frontline Bulletin", "Harbour Gazette", "Border Observer"]
OFFICIALS = {
    "UA": [("Oleh Kovalenko", "governor"), ("Iryna Marchenko", "regional administration head"),
           ("Serhiy Tkachuk", "mayor"), ("Yuriy Bondar", "air force spokesman"),
           ("Natalia Hrytsenko", "emergency service spokeswoman")],
    "RU": [("Andrei Volkov", "governor"), ("Pavel Sokolov", "defence ministry spokesman"),
           ("Dmitry Orlov", "regional head")],
}
TARGETS = ["a residential building", "a school", "a power substation", "a grain terminal",
           "a hospital", "a railway depot", "a private house", "an industrial facility",
           "a fuel depot", "a bridge"]
TARGET_KIND = {"a residential building": "residential", "a school": "education",
               "a power substation": "energy", "a grain terminal": "port", "a hospital": "health",
               "a railway depot": "transport", "a private house": "residential",
               "an industrial facility": "industry", "a fuel depot": "energy", "a bridge": "transport"}
WEAPONS = [("drone", "Shahed-136", "drones", "air_drone_strike"),
           ("ballistic_missile", "Iskander-M", "ballistic missiles", "missile_artillery_strike"),
           ("cruise_missile", "Kh-101", "cruise missiles", "missile_artillery_strike"),
           ("guided_bomb", None, "guided aerial bombs", "air_drone_strike"),
           ("artillery", None, "artillery shells", "missile_artillery_strike"),
           ("mlrs", "Grad", "rockets", "missile_artillery_strike")]
ACLED = {"air_drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
         "missile_artillery_strike": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         "interception": ("Strategic developments", "Disrupted weapons use"),
         "armed_clash": ("Battles", "Armed clash"),
         "territory_change": ("Battles", "Government regains territory"),
         "infrastructure_disruption": ("Strategic developments", "Other")}
WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
ACTORS = {"RU": "Military Forces of Russia", "UA": "Military Forces of Ukraine"}
START = date(2023, 1, 1)
DAYS = 1095  # three years of reports


def _num(n: int) -> str:
    return WORDS[n - 1] if 1 <= n <= len(WORDS) else str(n)


def _count(n: int | None, qualifier: str = "exact") -> model.Count | None:
    if n is None:
        return None
    if qualifier == "at_least":
        return model.Count(low=n, best=n, high=None, qualifier="at_least")
    return model.Count(low=n, best=n, high=n, qualifier="exact")


def _loc(p: tuple, precision: int = 1) -> model.Location:
    name, cc, a1c, a1, a2, lat, lon, gid = p
    return model.Location(name=name, country_code=cc, admin1_code=a1c, admin1=a1, admin2=a2,
                          lat=lat, lon=lon, geonameid=gid, precision=precision, source="geonames",
                          geo_reason="named in the sentence", geo_confidence=0.9)


class _Writer:
    """Builds a text sentence by sentence and remembers each sentence's span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, sentence: str) -> tuple[int, int, str]:
        if self.parts:  # the headline, a blank line, then the body
            sep = "\n\n" if len(self.parts) == 1 else " "
            self.parts.append(sep)
            self.pos += len(sep)
        start = self.pos
        self.parts.append(sentence)
        self.pos += len(sentence)
        return start, self.pos, sentence

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _claim(span: tuple[int, int, str], doc_id: str, who: tuple[str, str] | None, side: str | None,
           certainty: str = "reported") -> model.Claim:
    start, end, quote = span
    return model.Claim(claimant=who[0] if who else None, claimant_role=who[1] if who else None,
                       claimant_side=side, certainty=certainty, quote=quote, start=start, end=end,
                       doc_id=doc_id)


def _incident(rng: random.Random) -> dict:
    """What happened (the facts several outlets may report)."""
    day = START + timedelta(days=rng.randrange(DAYS))
    kind = rng.random()
    if kind < 0.55:
        place = rng.choice(PLACES)
        weapon = rng.choice(WEAPONS)
        attacker = "UA" if place[1] == "RU" else "RU"
        return {"kind": "strike", "day": day, "place": place, "weapon": weapon, "attacker": attacker,
                "target": rng.choice(TARGETS), "killed": rng.choice([0, 0, 1, 1, 2, 3, 4, 7, 12]),
                "injured": rng.choice([0, 1, 2, 3, 5, 9, 14, 23])}
    if kind < 0.75:
        n_drones = rng.randrange(20, 160)
        return {"kind": "wave", "day": day, "drones": n_drones, "missiles": rng.randrange(0, 12),
                "down": n_drones - rng.randrange(1, 15), "place": rng.choice(PLACES[:24]),
                "killed": rng.choice([0, 1, 2, 5]), "target": rng.choice(TARGETS)}
    if kind < 0.9:
        place = rng.choice(PLACES[12:18])
        return {"kind": "clash", "day": day, "place": place, "attacks": rng.randrange(3, 40)}
    place = rng.choice(PLACES[:24])
    return {"kind": "outage", "day": day, "place": place, "homes": rng.randrange(1, 90) * 1000}


def _report(doc_id: str, inc: dict, rng: random.Random, outlet: str) -> model.ExtractionResult:
    w = _Writer()
    day = inc["day"]
    d = day.isoformat()
    weekday = day.strftime("%A")
    events: list[model.Event] = []
    statements: list[model.Statement] = []
    place = inc["place"]
    cc = place[1]
    who = rng.choice(OFFICIALS[cc])

    def event(n: int, etype: str, loc: model.Location, claims: list[model.Claim], **kw) -> model.Event:
        a, sub = ACLED[etype]
        return model.Event(doc_id=doc_id, event_id=f"{doc_id}-{n}", event_type=etype,
                           acled_event_type=a, acled_sub_event_type=sub, date=d, date_precision="day",
                           location=loc, claims=claims, rules=[f"trigger:{etype}"],
                           confidence=round(rng.uniform(0.55, 0.95), 2), **kw)

    if inc["kind"] == "strike":
        cat, mdl, plural, etype = inc["weapon"]
        title = f"{inc['killed']} killed as {plural} hit {place[0]}" if inc["killed"] else f"{place[0]} hit by {plural}"
        w.add(title)
        lead = w.add(f"{place[0].upper()}, {day.day} {day.strftime('%B %Y')} - {plural.capitalize()} struck "
                     f"{inc['target']} in {place[0]} on {weekday}, "
                     + (f"killing {_num(inc['killed'])} {'person' if inc['killed'] == 1 else 'people'} and injuring {_num(inc['injured'])}, "
                        if inc["killed"] else f"injuring {_num(inc['injured'])} people, " if inc["injured"] else "")
                     + f"{who[1]} {who[0]} said.")
        quote = w.add(f'"The enemy again hit {inc["target"]} in the middle of the night," {who[0].split()[-1]} '
                      "wrote on Telegram.")
        denial = None
        if rng.random() < 0.3:
            denial = w.add(f"The {'Russian' if inc['attacker'] == 'RU' else 'Ukrainian'} side said it had "
                           "struck only military targets in the area.")
        w.add("Emergency crews worked through the morning to clear debris and put out fires.")
        claims = [_claim(lead, doc_id, who, cc)]
        if denial:
            claims.append(_claim(denial, doc_id, None, inc["attacker"], "disputed"))
        events.append(event(1, etype, _loc(place), claims, actor1=ACTORS[inc["attacker"]],
                            actor1_side=inc["attacker"], actor2=f"Civilians ({'Ukraine' if cc == 'UA' else 'Russia'})",
                            actor2_side=cc, fatalities=_count(inc["killed"]) if inc["killed"] else None,
                            injured=_count(inc["injured"]) if inc["injured"] else None,
                            civilian_targeting=True, target=TARGET_KIND[inc["target"]],
                            weapons=[model.Weapon(category=cat, model=mdl)]))
        statements.append(model.Statement(doc_id=doc_id, speaker=who[0], speaker_role=who[1],
                                          speaker_side=cc, quote=quote[2][1:quote[2].index(",\"")],
                                          start=quote[0] + 1, end=quote[0] + quote[2].index(",\""),
                                          event_ids=[f"{doc_id}-1"]))
    elif inc["kind"] == "wave":
        w.add(f"Russia launches {inc['drones']} drones in overnight attack")
        ua = _loc(("Ukraine", "UA", None, None, None, 49.0, 32.0, 690791), precision=4)
        launch = w.add(f"KYIV, {day.day} {day.strftime('%B %Y')} - Russia attacked Ukraine overnight with "
                       f"{inc['drones']} Shahed drones" + (f" and {_num(inc['missiles'])} missiles" if inc["missiles"] else "")
                       + ", the air force said.")
        down = w.add(f"Air defence shot down {inc['down']} drones over the north, east and south of the country.")
        hit = w.add(f"In {place[0]}, debris fell on {inc['target']}"
                    + (f", killing {_num(inc['killed'])} people" if inc["killed"] else "") + f", {who[1]} {who[0]} said.")
        af = ("Yuriy Bondar", "air force spokesman")
        weapons = [model.Weapon(category="drone", model="Shahed-136", launched=_count(inc["drones"]))]
        if inc["missiles"]:
            weapons.append(model.Weapon(category="ballistic_missile", model="Iskander-M",
                                        launched=_count(inc["missiles"])))
        events.append(event(1, "missile_artillery_strike" if inc["missiles"] else "air_drone_strike", ua,
                            [_claim(launch, doc_id, af, "UA")], actor1=ACTORS["RU"], actor1_side="RU",
                            is_aggregate=True, weapons=weapons))
        events.append(event(2, "interception", ua, [_claim(down, doc_id, af, "UA")], parent_id=f"{doc_id}-1",
                            actor1=ACTORS["UA"], actor1_side="UA", actor2=ACTORS["RU"], actor2_side="RU",
                            weapons=[model.Weapon(category="drone", model="Shahed-136",
                                                  intercepted=_count(inc["down"]))]))
        events.append(event(3, "air_drone_strike", _loc(place), [_claim(hit, doc_id, who, cc)],
                            parent_id=f"{doc_id}-1", actor1=ACTORS["RU"], actor1_side="RU",
                            actor2=f"Civilians ({'Ukraine' if cc == 'UA' else 'Russia'})", actor2_side=cc,
                            fatalities=_count(inc["killed"]) if inc["killed"] else None,
                            civilian_targeting=True, target=TARGET_KIND[inc["target"]]))
    elif inc["kind"] == "clash":
        w.add(f"Fighting continues near {place[0]}")
        gs = w.add(f"Ukrainian forces repelled {inc['attacks']} Russian attacks near {place[0]} over the past day, "
                   "the general staff said.")
        ru = w.add(f"Russia's defence ministry said its troops had improved their positions near {place[0]}.")
        events.append(event(1, "armed_clash", _loc(place, 2), [_claim(gs, doc_id, ("general staff", "military"), "UA"),
                                                              _claim(ru, doc_id, ("defence ministry", "military"), "RU", "disputed")],
                            actor1=ACTORS["RU"], actor1_side="RU", actor2=ACTORS["UA"], actor2_side="UA"))
        if inc["attacks"] > 30:
            tc = w.add(f"Russian forces claimed to have taken a village east of {place[0]}.")
            events.append(event(2, "territory_change", _loc(place, 2),
                                [_claim(tc, doc_id, ("defence ministry", "military"), "RU", "disputed")],
                                actor1=ACTORS["RU"], actor1_side="RU"))
    else:
        w.add(f"Power cuts in {place[0]} after strike on energy facility")
        out = w.add(f"{inc['homes']:,} homes in {place[0]} were left without electricity after a strike on "
                    f"a power facility on {weekday}, {who[1]} {who[0]} said.")
        events.append(event(1, "infrastructure_disruption", _loc(place, 2), [_claim(out, doc_id, who, cc)],
                            actor1=ACTORS["RU"], actor1_side="RU", target="energy", civilian_targeting=True))
    w.add(f"{outlet} could not independently verify the reports.")
    text = w.text
    doc = model.Document(doc_id=doc_id, title=w.parts[0], date=d, date_source="metadata",
                         outlet=outlet, url=f"https://{outlet.lower().replace(' ', '')}.example/{doc_id}",
                         language="en", clean_text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())
    return model.ExtractionResult(document=doc, events=events, statements=statements)


def synthetic_results(n_docs: int, seed: int = 13, prefix: str = "rep") -> Iterator[model.ExtractionResult]:
    """``n_docs`` invented reports (about one in eight re-reports an earlier incident)."""
    rng = random.Random(seed)
    recent: list[dict] = []
    for i in range(n_docs):
        if recent and rng.random() < 0.125:
            inc = rng.choice(recent)
        else:
            inc = _incident(rng)
            recent.append(inc)
            if len(recent) > 200:
                recent.pop(0)
        yield _report(f"{prefix}-{i:06d}", inc, rng, rng.choice(OUTLETS))


def build_database(url: str, n_events: int, *, seed: int = 13, progress=None) -> dict:
    """Store invented reports into ``url`` until it holds at least ``n_events`` reports
    (event rows); returns the store's counts."""
    from sitrep.store import open_store

    store = open_store(url)
    try:
        have = store.meta()["reports"]
        i = 0
        for res in synthetic_results(10**9, seed=seed):
            if have >= n_events:
                break
            i += 1
            out = store.add_result(res)
            have += out.events_added
            if progress and i % 1000 == 0:
                progress(i, have)
        return store.meta()
    finally:
        store.close()


def replicate(path: str, copies: int) -> dict:
    """Add ``copies`` copies of every document of the SQLite database at ``path`` (with its
    sources, events, claims, statements and tombstones) under new ids (``rep-000012`` ->
    ``rep2-000012``, content hashes made unique), in one SQL transaction per copy: a fast way
    from a few thousand reports stored through the real write path to 100,000. Dates and
    places are kept, so every copy reads like other outlets' reports of the same days (not
    reconciled with the original: each copy keeps its own clusters)."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        n = {t: con.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
             for t in ("sources", "events", "claims", "statements", "tombstones")}
        base = con.execute("SELECT count(*) FROM events").fetchone()[0]
        for k in range(1, copies + 1):
            p = f"'rep{k}'"

            def rid(col: str) -> str:
                return f"CASE WHEN {col} LIKE 'rep-%' THEN {p} || substr({col}, 4) ELSE {col} END"

            def rhash(col: str) -> str:
                return f"CASE WHEN {col} IS NULL THEN NULL ELSE substr({col}, 1, 58) || printf('~%05d', {k}) END"

            def off(t: str) -> str:
                return f"id + {n[t] * k}"

            plans = {
                "documents": {"doc_id": rid("doc_id"), "content_hash": rhash("content_hash"),
                              "raw_hash": rhash("raw_hash"), "minhash": "NULL",
                              "url": "url || '?copy={k}'".format(k=k)},
                "sources": {"id": off("sources"), "doc_id": rid("doc_id"), "source_doc_id": rid("source_doc_id"),
                            "url": "url || '?copy={k}'".format(k=k),
                            "content_hash": rhash("content_hash"), "raw_hash": rhash("raw_hash")},
                "events": {"id": off("events"), "event_id": rid("event_id"), "doc_id": rid("doc_id"),
                           "parent_id": rid("parent_id"), "cluster_id": rid("cluster_id"),
                           "original": "json_set(original, '$.event_id', {e}, '$.doc_id', {d}, '$.parent_id', "
                                       "json_extract(original, '$.parent_id'))".format(e=rid("event_id"), d=rid("doc_id"))},
                "claims": {"id": off("claims"), "event_pk": f"event_pk + {n['events'] * k}", "doc_id": rid("doc_id")},
                "statements": {"id": off("statements"), "doc_id": rid("doc_id")},
                "tombstones": {"id": off("tombstones"), "event_id": rid("event_id"), "merged_into": rid("merged_into")},
            }
            with con:
                for table, plan in plans.items():
                    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
                    exprs = [plan.get(c, c) for c in cols]
                    src = "WHERE doc_id LIKE 'rep-%'" if "doc_id" in cols else "WHERE event_id LIKE 'rep-%'"
                    if table not in ("documents",):
                        src += f" AND id <= {n[table]}"
                    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table} {src}")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"base_reports": base, "reports": con.execute("SELECT count(*) FROM events").fetchone()[0]}
    finally:
        con.close()
