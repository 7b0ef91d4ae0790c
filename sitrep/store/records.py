"""Event records built straight from database rows, without pydantic.

The dicts here have exactly the shape and key order of ``model.Event.model_dump(mode="json")``
(and of its ``Location``, ``Count``, ``Weapon`` and ``Claim``): stored records were validated
when they were written, so the read path does not validate them again on the way out
(``tests/test_api_load.py`` checks the equality on every event of a database). The columns
read are listed here too, so that the list query loads no more than the records need (not
the ``original`` JSON of every row).
"""
from __future__ import annotations

from typing import Any, Mapping

from sitrep.store.models import ClaimRow, EventRow, LocationRow, SourceRow

LOCATION_FIELDS = ("name", "country_code", "admin1_code", "admin1", "admin2", "lat", "lon",
                   "geonameid", "precision", "source")
EVENT_COLUMNS = [c for c in EventRow.__table__.c if c.name != "original"]
LOCATION_COLUMNS = [LocationRow.__table__.c[f].label(f"loc_{f}") for f in ("id",) + LOCATION_FIELDS]
CLAIM_COLUMNS = [ClaimRow.__table__.c[f] for f in (
    "event_pk", "ord", "claimant", "claimant_role", "claimant_side", "certainty", "quote",
    "span_start", "span_end", "doc_id")]
SOURCE_COLUMNS = [SourceRow.__table__.c[f] for f in (
    "id", "doc_id", "outlet", "url", "title", "source_doc_id", "date", "similarity")]


def count(low: Any, best: Any, high: Any, qualifier: str | None) -> dict | None:
    if qualifier is None:
        return None
    return {"low": low, "best": best, "high": high, "qualifier": qualifier}


def _stored_count(c: Mapping | None) -> dict | None:
    if c is None:
        return None
    return {"low": c.get("low"), "best": c.get("best"), "high": c.get("high"),
            "qualifier": c.get("qualifier", "exact")}


def weapon(w: Mapping) -> dict:
    return {"category": w.get("category"), "model": w.get("model"),
            "launched": _stored_count(w.get("launched")), "intercepted": _stored_count(w.get("intercepted"))}


def location(r: Any) -> dict | None:
    """The location of a row selected with :data:`LOCATION_COLUMNS` (None without one)."""
    if r.loc_id is None:
        return None
    d = {f: getattr(r, f"loc_{f}") for f in LOCATION_FIELDS}
    d["geo_reason"] = None
    d["geo_confidence"] = None
    return d


def claim(c: Any) -> dict:
    return {"claimant": c.claimant, "claimant_role": c.claimant_role, "claimant_side": c.claimant_side,
            "certainty": c.certainty, "quote": c.quote, "start": c.span_start, "end": c.span_end,
            "doc_id": c.doc_id}


def source(doc_id: str, x: Any) -> dict:
    return {"doc_id": doc_id, "outlet": x.outlet, "url": x.url, "title": x.title,
            "published_as": x.source_doc_id, "date": x.date, "similarity": x.similarity}


def event(r: Any, parent_id: str | None, claims: list[dict]) -> dict:
    """The event record (canonical view) of a row selected with :data:`EVENT_COLUMNS` and
    :data:`LOCATION_COLUMNS`."""
    return {
        "doc_id": r.doc_id, "event_id": r.event_id, "parent_id": parent_id, "event_type": r.event_type,
        "acled_event_type": r.acled_event_type or "", "acled_sub_event_type": r.acled_sub_event_type or "",
        "date": r.date, "date_end": r.date_end, "date_precision": r.date_precision,
        "is_aggregate": bool(r.is_aggregate), "actor1": r.actor1, "actor1_side": r.actor1_side,
        "actor2": r.actor2, "actor2_side": r.actor2_side, "location": location(r),
        "fatalities": count(r.fatalities_low, r.fatalities_best, r.fatalities_high, r.fatalities_qualifier),
        "injured": count(r.injured_low, r.injured_best, r.injured_high, r.injured_qualifier),
        "missing": count(r.missing_low, r.missing_best, r.missing_high, r.missing_qualifier),
        "civilian_targeting": r.civilian_targeting, "target": r.target,
        "weapons": [weapon(w) for w in (r.weapons or [])], "claims": claims,
        "rules": [], "confidence": None, "geo_reason": None, "record": "event",
    }
