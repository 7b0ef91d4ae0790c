"""Alert rules through the API (``/alerts/...``): a thin shell over :mod:`sitrep.alerts`.

Every endpoint needs a token allowed to write (``create_app`` passes
``sitrep.api.auth.require_role("editor")`` as ``guard``): rules hold webhook URLs and addresses
(often secrets) and make the server send requests.
"""
from __future__ import annotations

from typing import Annotated, Any, Callable, Optional, Union

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from sitrep import alerts as al

NameP = Annotated[str, Path(max_length=100)]


class RuleIn(BaseModel):
    """A rule: the filters of ``GET /events`` plus the alert criteria and channels."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(..., min_length=1, max_length=100)
    date_from: Optional[str] = Field(None, max_length=10)
    date_to: Optional[str] = Field(None, max_length=10)
    type: Optional[str] = Field(None, max_length=400)
    admin1: Optional[str] = Field(None, max_length=16)
    country: Optional[str] = Field(None, max_length=2)
    side: Optional[str] = Field(None, max_length=8)
    q: Optional[str] = Field(None, max_length=200)
    min_fatalities: Optional[int] = Field(None, ge=0, le=10**9)
    bbox: Optional[str] = Field(None, max_length=200)
    weapon_category: Optional[str] = Field(None, max_length=200)
    weapon_model: Optional[str] = Field(None, max_length=100)
    min_launched: Optional[int] = Field(None, ge=0, le=10**9)
    near: Optional[Union[str, list[float]]] = Field(None, description="'lat,lon' or [lat, lon]")
    radius_km: Optional[float] = Field(None, gt=0, le=20000)
    webhooks: list[str] = Field(default_factory=list, max_length=10)
    emails: list[str] = Field(default_factory=list, max_length=10)
    format: str = Field("json", max_length=8, description="webhook body: json or slack")
    digest: Optional[str] = Field(None, max_length=16, description="e.g. 1h")
    rate_per_hour: int = Field(al.rules.DEFAULT_RATE, ge=1, le=10000)

    def rule(self) -> al.Rule:
        near = self.near
        if isinstance(near, list):
            near = ",".join(str(x) for x in near)
        return al.Rule(name=self.name, date_from=self.date_from, date_to=self.date_to, event_type=self.type,
                       admin1=self.admin1, side=self.side, text=self.q, min_fatalities=self.min_fatalities,
                       bbox=al.parse_bbox_arg(self.bbox), country=self.country,
                       weapon_category=self.weapon_category, weapon_model=self.weapon_model,
                       min_launched=self.min_launched, near=al.parse_near(near), radius_km=self.radius_km,
                       channels=al.channels_from(self.webhooks, self.emails, self.format),
                       digest_s=al.parse_duration(self.digest), rate_per_hour=self.rate_per_hour)


def router(store, guard: Callable[..., Any], settings: Optional[al.AlertSettings] = None) -> APIRouter:
    r = APIRouter(prefix="/alerts", tags=["alerts"], dependencies=[Depends(guard)])

    def rule_or_404(name: str) -> al.Rule:
        rule = al.get_rule(store, name)
        if rule is None:
            raise HTTPException(404, f"no rule {name!r}")
        return rule

    @r.get("/rules", summary="Alert rules")
    def list_rules() -> dict:
        return {"rules": [x.to_dict() for x in al.list_rules(store)]}

    @r.post("/rules", status_code=201, summary="Save an alert rule (409 if the name exists, unless replace=true)",
            responses={409: {"description": "a rule of that name exists"}, 400: {"description": "bad rule"}})
    def add_rule(body: RuleIn, replace: bool = False) -> Any:
        try:
            rule = body.rule()
            if not replace and al.get_rule(store, rule.name) is not None:
                return JSONResponse({"detail": f"a rule named {rule.name!r} exists", "status": 409}, status_code=409)
            al.add_rule(store, rule, replace=replace)
        except al.RuleError as exc:
            raise HTTPException(400, str(exc))
        return {"rule": rule.to_dict()}

    @r.get("/rules/{name}", summary="One alert rule")
    def get_rule(name: NameP) -> dict:
        return {"rule": rule_or_404(name).to_dict()}

    @r.delete("/rules/{name}", summary="Remove an alert rule and its delivery log")
    def remove_rule(name: NameP) -> dict:
        if not al.remove_rule(store, name):
            raise HTTPException(404, f"no rule {name!r}")
        return {"removed": name}

    @r.post("/rules/{name}/test", summary="Send a sample message to every channel of the rule")
    def test_rule(name: NameP) -> dict:
        rule_or_404(name)
        results = al.send_test(store, name, settings)
        return {"results": [{"channel": c, "ok": e is None, "error": e} for c, e in results]}

    @r.get("/deliveries", summary="The delivery log, newest first")
    def deliveries(rule: Annotated[Optional[str], Query(max_length=100)] = None,
                   status: Annotated[Optional[str], Query(max_length=16)] = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
        return {"deliveries": al.deliveries(store, rule=rule, status=status, limit=limit)}

    return r


def background(store, settings: Optional[al.AlertSettings] = None) -> al.engine.Background:
    """The alerts of ``POST /documents``: one pass in the background after each stored document."""
    return al.engine.Background(store, settings)
