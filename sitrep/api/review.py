"""Review endpoints: verify, reject, correct, note, merge and split canonical events, their
history, the review queue and the place picker (thin shells over
:mod:`sitrep.store.review_actions`). Writes need an editor's token (:mod:`sitrep.api.auth`).

* ``PATCH /events/{id}``: ``{"action": "verify"}``, ``{"action": "reject", "reason": ...}``,
  ``{"action": "correct", "fields": {...}}`` (EVENTS.md fields; the place is chosen from the
  gazetteer: ``{"location": {"name": "Kupiansk", "admin1_code": "UA-63"}}``),
  ``{"action": "note", "note": ...}``, ``{"action": "reopen"}``;
* ``POST /events/{id}/merge`` ``{"other": id}``; ``POST /events/{id}/split``
  ``{"reports": [ids]}`` or ``{"claims": [indexes]}``;
* ``GET /events/{id}/history``, ``GET /review/queue``, ``GET /places?q=``.

Each action answers with the updated event (as ``GET /events/{id}``); a bad body is a 422
whose ``detail`` says what is wrong.
"""
from __future__ import annotations

from datetime import date as _date
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, model_validator

from sitrep.model import DatePrecision, EventType, Location, Qualifier, WeaponCategory
from sitrep.api.auth import AuthError, Principal, require_role
from sitrep.store import review_actions as ra
from sitrep.store.filters import EventFilter

router = APIRouter(tags=["review"])
MAX_COUNT = 10_000_000
EventId = Annotated[str, Path(max_length=300)]
Text = Annotated[Optional[str], Field(None, max_length=2000)]
Side = Annotated[Optional[str], Field(None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]


class CountIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    low: Optional[int] = Field(None, ge=0, le=MAX_COUNT)
    best: Optional[int] = Field(None, ge=0, le=MAX_COUNT)
    high: Optional[int] = Field(None, ge=0, le=MAX_COUNT)
    qualifier: Qualifier = "exact"

    @model_validator(mode="after")
    def _ordered(self):
        vals = [v for v in (self.low, self.best, self.high) if v is not None]
        if not vals:
            raise ValueError("a count needs at least one of low, best, high")
        if vals != sorted(vals):
            raise ValueError("a count needs low <= best <= high")
        return self


class PlaceIn(BaseModel):
    """A place from the gazetteer: a name (with its region to choose among namesakes), or a
    region (ISO 3166-2) alone, or a country alone."""
    model_config = ConfigDict(extra="forbid")
    name: Optional[str] = Field(None, min_length=1, max_length=200)
    admin1_code: Optional[str] = Field(None, pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
    country_code: Optional[str] = Field(None, pattern=r"^[A-Z]{2}$")


class WeaponIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    category: WeaponCategory
    model: Optional[str] = Field(None, max_length=100)
    launched: Optional[CountIn] = None
    intercepted: Optional[CountIn] = None


class Correction(BaseModel):
    """The EVENTS.md fields an analyst may correct; ``null`` clears a field,
    ``"__machine__"`` drops an earlier correction of it."""
    model_config = ConfigDict(extra="forbid")
    event_type: Optional[EventType] = None
    date: Optional[_date] = None
    date_end: Optional[_date] = None
    date_precision: Optional[DatePrecision] = None
    is_aggregate: Optional[bool] = None
    actor1: Text = None
    actor1_side: Side = None
    actor2: Text = None
    actor2_side: Side = None
    location: Optional[PlaceIn] = None
    fatalities: Optional[CountIn] = None
    injured: Optional[CountIn] = None
    missing: Optional[CountIn] = None
    civilian_targeting: Optional[bool] = None
    target: Text = None
    weapons: Optional[list[WeaponIn]] = Field(None, max_length=50)

    @model_validator(mode="before")
    @classmethod
    def _machine_markers(cls, data: Any) -> Any:
        if isinstance(data, dict):  # "__machine__" is checked later, not as a value
            data = {k: v for k, v in data.items() if v != "__machine__"}
        return data


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["verify", "reject", "correct", "note", "reopen"]
    reason: Optional[str] = Field(None, max_length=2000)
    note: Optional[str] = Field(None, max_length=5000)
    fields: Optional[dict[str, Any]] = None

    @model_validator(mode="after")
    def _consistent(self):
        if self.action == "reject" and not (self.reason or "").strip():
            raise ValueError("a rejection needs a 'reason'")
        if self.action == "correct" and not self.fields:
            raise ValueError("a correction needs 'fields' (EVENTS.md fields and their right values)")
        if self.action == "note" and not (self.note or "").strip():
            raise ValueError("a note needs 'note' text")
        if self.action != "correct" and self.fields:
            raise ValueError("'fields' go with action 'correct' only")
        return self


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    other: str = Field(..., min_length=1, max_length=300)
    note: Optional[str] = Field(None, max_length=5000)


class SplitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reports: list[Annotated[str, Field(min_length=1, max_length=300)]] = Field(default_factory=list, max_length=500)
    claims: list[Annotated[int, Field(ge=0, le=100_000)]] = Field(default_factory=list, max_length=500)
    note: Optional[str] = Field(None, max_length=5000)

    @model_validator(mode="after")
    def _something(self):
        if not self.reports and not self.claims:
            raise ValueError("name the 'reports' (ids) or 'claims' (indexes) to split off")
        return self


# --------------------------------------------------------------------------- helpers

def event_detail(se) -> dict:
    """A stored event as ``GET /events/{id}`` answers it."""
    d = se.to_dict(include_claims=True)
    for c in d["claims"]:
        c["document"] = f"/documents/{c['doc_id']}" if c.get("doc_id") else None
    d["children"] = se.children
    d["members"] = se.members
    d["parent"] = f"/events/{d['parent_id']}" if d.get("parent_id") else None
    if not se.is_canonical:
        d["canonical"] = f"/events/{se.cluster_id}"
    d["deleted"] = se.deleted
    return d


class BodyError(Exception):
    def __init__(self, loc: list[str], msg: str):
        super().__init__(msg)
        self.loc = loc
        self.msg = msg


def _gazetteer():
    from sitrep import geo  # noqa: PLC0415 - loaded on first use

    return geo.get_gazetteer()


def resolve_place(p: PlaceIn) -> dict[str, Any]:
    """A place of the gazetteer as a location record (JSON); BodyError when there is none."""
    gaz = _gazetteer()
    if p.name:
        context = ""
        if p.admin1_code:
            region = gaz.region_location(p.admin1_code)
            if region is None:
                raise BodyError(["fields", "location", "admin1_code"], f"unknown region {p.admin1_code!r}")
            context = f"{region.name} region"
        loc = gaz.geocode(p.name, context)
        if loc is None or (p.admin1_code and loc.admin1_code != p.admin1_code) or \
                (p.country_code and loc.country_code != p.country_code):
            where = f" in {p.admin1_code}" if p.admin1_code else ""
            raise BodyError(["fields", "location", "name"], f"no place {p.name!r}{where} in the gazetteer")
    elif p.admin1_code:
        loc = gaz.region_location(p.admin1_code)
        if loc is None:
            raise BodyError(["fields", "location", "admin1_code"], f"unknown region {p.admin1_code!r}")
    elif p.country_code:
        loc = gaz.country_location(p.country_code)
        if loc is None:
            raise BodyError(["fields", "location", "country_code"], f"unknown country {p.country_code!r}")
    else:
        raise BodyError(["fields", "location"], "a place needs a name, an admin1_code or a country_code")
    out = Location.model_validate(loc.model_dump()).model_dump(
        mode="json", exclude={"geo_reason", "geo_confidence"})
    return out


def correction_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated correction -> the JSON values stored as overrides (ACLED types follow a
    corrected event type; a place is resolved in the gazetteer)."""
    from pydantic import ValidationError

    try:
        c = Correction.model_validate(fields)
    except ValidationError as exc:
        raise BodyError(["fields"], "; ".join(
            f"{'.'.join(str(x) for x in e['loc']) or 'fields'}: {e['msg']}" for e in exc.errors()))
    out: dict[str, Any] = {k: "__machine__" for k, v in fields.items() if v == "__machine__"}
    for k in c.model_fields_set:
        v = getattr(c, k)
        if k == "location":
            out[k] = None if v is None else resolve_place(v)
        elif isinstance(v, list):
            out[k] = [w.model_dump(mode="json") for w in v]
        elif isinstance(v, BaseModel):
            out[k] = v.model_dump(mode="json")
        elif isinstance(v, _date):
            out[k] = v.isoformat()
        else:
            out[k] = v
    if out.get("event_type") not in (None, "__machine__"):
        from sitrep.extract.lexicon import acled_types  # noqa: PLC0415

        out["acled_event_type"], out["acled_sub_event_type"] = acled_types(out["event_type"])
    d0, d1 = out.get("date"), out.get("date_end")
    if isinstance(d0, str) and isinstance(d1, str) and d1 < d0:
        raise BodyError(["fields", "date_end"], "date_end is before date")
    return out


def _run(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except ra.ReviewError as exc:
        raise AuthError(exc.status, str(exc))  # same JSON error shape


def _unprocessable(exc: BodyError):
    return AuthError(422, f"{'.'.join(exc.loc)}: {exc.msg}")


# --------------------------------------------------------------------------- endpoints

def _store(request: Request):
    return request.app.state.store


@router.patch("/events/{event_id}", summary="Review one canonical event: verify, reject, correct, note, reopen")
async def review_event(event_id: EventId, body: Annotated[ReviewIn, Body()], request: Request,
                       who: Principal = Depends(require_role("editor"))) -> dict:
    store = _store(request)
    changes = None
    if body.action == "correct":
        try:
            changes = await run_in_threadpool(correction_values, body.fields or {})
        except BodyError as exc:
            raise _unprocessable(exc)
    head = await run_in_threadpool(_run, ra.act, store, event_id, who.name, body.action, changes=changes,
                                   reason=body.reason, note=body.note)
    return event_detail(await run_in_threadpool(store.get_event, head))


@router.post("/events/{event_id}/merge", summary="Merge another canonical event into this one (one incident)")
async def merge_event(event_id: EventId, body: MergeIn, request: Request,
                      who: Principal = Depends(require_role("editor"))) -> dict:
    store = _store(request)
    head = await run_in_threadpool(_run, ra.merge, store, event_id, body.other, who.name, body.note)
    return event_detail(await run_in_threadpool(store.get_event, head))


@router.post("/events/{event_id}/split", summary="Split reports (or the claims they carry) off into a new event")
async def split_event(event_id: EventId, body: SplitIn, request: Request,
                      who: Principal = Depends(require_role("editor"))) -> dict:
    store = _store(request)
    rest, new = await run_in_threadpool(_run, ra.split, store, event_id, who.name, reports=body.reports,
                                        claims=body.claims, note=body.note)
    d = event_detail(await run_in_threadpool(store.get_event, rest))
    d["split_off"] = event_detail(await run_in_threadpool(store.get_event, new))
    return d


@router.get("/events/{event_id}/history", summary="The review actions on an event: who, when, what, before -> after")
def event_history(event_id: EventId, request: Request) -> dict:
    return {"event_id": event_id, "history": _run(ra.history, _store(request), event_id)}


@router.get("/review/queue", summary="Events that need review, most needed first")
def review_queue(
    request: Request,
    date_from: Optional[_date] = None, date_to: Optional[_date] = None,
    type_: Annotated[Optional[str], Query(alias="type", max_length=400)] = None,
    admin1: Annotated[Optional[str], Query(max_length=16)] = None,
    side: Annotated[Optional[str], Query(max_length=8)] = None,
    q: Annotated[Optional[str], Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict:
    f = EventFilter(date_from=date_from, date_to=date_to, event_type=type_, admin1=admin1, side=side,
                    text=q).normalised()
    items = ra.queue(_store(request), f, limit=limit)
    return {"events": [it.to_dict(include_claims=True) for it in items], "count": len(items)}


@router.get("/places", summary="Places of the gazetteer for a name (the place picker of corrections)")
def places(q: Annotated[str, Query(min_length=1, max_length=200)],
           context: Annotated[Optional[str], Query(max_length=500)] = None,
           limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict:
    gaz = _gazetteer()
    out: list[dict] = []
    best = gaz.geocode(q, context or "")
    if best is not None:
        out.append({"name": best.name, "admin1_code": best.admin1_code, "admin1": best.admin1,
                    "country_code": best.country_code, "lat": best.lat, "lon": best.lon,
                    "precision": best.precision})
    for c in gaz.candidates(q, context or "", limit=limit):
        if not any(o["name"] == c["name"] and o["admin1_code"] == c["admin1_code"] for o in out):
            out.append({"name": c["name"], "admin1_code": c["admin1_code"], "admin1": None,
                        "country_code": c["country_code"], "lat": c["lat"], "lon": c["lon"], "precision": 1})
    return {"places": out[:limit]}
