"""The desk endpoints: ``/health``, ``/brief`` and the offline API docs (``/docs``).

* ``GET /health``: the database answers (a query runs), counts, version, last ingest; 503
  when the database cannot be read.
* ``GET /brief?date=&days=&format=json|html``: the daily situation report of
  :mod:`sitrep.report.brief` (the same brief as ``sitrep brief``), as JSON or as a
  self-contained HTML page (map and chart embedded as images).
* ``GET /docs``: Swagger UI from the vendored npm ``swagger-ui-dist`` under
  ``/static/swagger/`` (see ``sitrep/web/static/VENDORED.md``); the page loads nothing from any
  other host and runs under the dashboard's Content-Security-Policy (no inline script).

``register(app)`` adds them; FastAPI's own ``/docs`` (CDN) must be off (``docs_url=None``).
"""
from __future__ import annotations

import threading
from datetime import date as _date
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from sitrep import __version__

router = APIRouter()
_DRAW = threading.Lock()  # matplotlib's pyplot is not thread-safe; requests run in a pool
MAX_DAYS = 31
# the brief page: no script at all; its own inline style and embedded images only
BRIEF_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
             "form-action 'none'; frame-ancestors 'none'")

DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sitrep API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/swagger/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-spec="{spec}"></div>
<script src="/static/swagger/swagger-ui-bundle.js"></script>
<script src="/static/swagger/init.js"></script>
</body>
</html>
"""


def _store(request: Request):
    return request.app.state.store


@router.get("/health", summary="Database reachable, counts, version, last ingest")
def health(request: Request) -> Any:
    from sitrep.store.health import health as store_health

    try:
        body = store_health(_store(request))
    except Exception as exc:  # the point of a health check: say so, never a 500
        return JSONResponse({"status": "error", "version": __version__,
                             "database": {"reachable": False, "error": type(exc).__name__}},
                            status_code=503)
    body["version"] = __version__
    return body


def _brief_json(b) -> dict:
    from dataclasses import asdict

    from sitrep.report.brief import claim_lines, event_line, headline

    def ev_id(e) -> str:
        return e.event_id

    return {
        "date": b.date, "days": b.days, "date_from": b.date_from, "period": b.period,
        "incidents": b.n_events, "killed": b.killed, "injured": b.injured,
        "strikes": b.strikes, "launched": b.launched, "intercepted": b.intercepted,
        "headline": [{"figure": k, "value": v} for k, v in headline(b)],
        "regions": [asdict(r) for r in b.regions],
        "per_day": b.per_day,
        "main_events": [{"event_id": ev_id(m.event), "summary": event_line(m), "killed": m.killed,
                         "injured": m.injured, "children": m.children, "sources": m.sources,
                         "claims": claim_lines(m.event), "event": f"/events/{ev_id(m.event)}"}
                        for m in b.main_events],
        "tallies": [{"event_id": ev_id(t), "event": f"/events/{ev_id(t)}"} for t in b.tallies],
        "statements": [s.model_dump(mode="json") for s in b.statements],
        "not_counted": b.unspecified,
    }


@router.get("/brief", summary="Daily situation report (JSON, or HTML with map and chart)",
            responses={200: {"content": {"application/json": {}, "text/html": {}}},
                       404: {"description": "no dated events (and no date given)"}})
def brief(request: Request,
          date: Annotated[Optional[_date], Query(description="last day of the report, YYYY-MM-DD; "
                                                 "default the newest event's day")] = None,
          days: Annotated[int, Query(ge=1, le=MAX_DAYS, description="days ending on date")] = 1,
          format: Annotated[Literal["json", "html"], Query(description="json or html")] = "json",
          images: Annotated[bool, Query(description="html: embed the map and the chart")] = True) -> Any:
    from sitrep.api.errors import ApiError
    from sitrep.report import build_brief, load_from_store, render_chart, render_map, to_html

    store = _store(request)
    day = date.isoformat() if date else store.meta().get("date_max")
    if not day:
        raise ApiError(404, "the database has no dated events; give date=YYYY-MM-DD")
    events, statements, sources = load_from_store(store, day, days)
    b = build_brief(events, statements, day, days, sources=sources)
    if format == "json":
        return _brief_json(b)
    pngs: list[Optional[bytes]] = [None, None]
    if images:
        import io

        with _DRAW:
            for i, draw in enumerate((render_map, render_chart)):
                buf = io.BytesIO()
                draw(b, buf)
                pngs[i] = buf.getvalue()
    return HTMLResponse(to_html(b, pngs[0], pngs[1]), headers={"Content-Security-Policy": BRIEF_CSP})


def register(app: FastAPI) -> None:
    """Add ``/health``, ``/brief`` and the offline ``/docs`` to ``app``."""
    app.include_router(router)
    spec = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        import html

        return HTMLResponse(DOCS_PAGE.replace("{spec}", html.escape(spec, quote=True)),
                            headers={"Cache-Control": "no-cache"})
