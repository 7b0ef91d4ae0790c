"""``/sources``: the registry watched by ``sitrep watch`` and each source's health.

Reads are open like the rest of the API (closed too when the server is private); writes
(``POST /sources``, ``DELETE /sources/{name}``) need an admin's bearer token
(:func:`sitrep.api.auth.require_role`).
"""
from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool

from sitrep.api.auth import Principal, require_role

from sitrep.watch import registry
from sitrep.watch.state import WatchState

_LOCAL_KINDS = ("dir", "telegram-export")
SOURCE_SCHEMA = {
    "type": "object", "required": ["name", "url"],
    "properties": {
        "name": {"type": "string", "maxLength": 100}, "url": {"type": "string", "maxLength": 2000},
        "kind": {"type": "string", "enum": ["feed", "rss", "atom", "html", "sitemap"]},
        "interval": {"type": ["integer", "string"]}, "enabled": {"type": "boolean"},
        "language": {"type": "string"}, "outlet": {"type": "string"},
        "trust": {"type": "number", "minimum": 0, "maximum": 1},
        "link_css": {"type": "string"}, "link_pattern": {"type": "string"},
        "exclude_pattern": {"type": "string"}, "same_host": {"type": "boolean"},
        "fetch_articles": {"type": "boolean"}, "max_items": {"type": "integer", "minimum": 1},
    },
}


def _public(d: dict[str, Any]) -> dict[str, Any]:
    """A folder or export file is shown by its base name only, never the server's directories."""
    if d.get("kind") in _LOCAL_KINDS and "://" not in str(d.get("url", "")):
        d["url"] = re.split(r"[\\/]", str(d["url"]).rstrip("\\/"))[-1]
    return d


def sources_router(store) -> APIRouter:
    router = APIRouter(tags=["sources"])
    admin = Depends(require_role("admin"))

    @router.get("/sources", summary="Watched sources and their health (status, last fetch, errors, documents)")
    def list_sources() -> dict:
        health = registry.source_health(store)
        return {"sources": [_public(h.to_dict()) for h in health], "count": len(health)}

    @router.get("/sources/{name}/log", summary="A source's fetch log, newest first")
    def source_log(name: Annotated[str, Path(max_length=100)],
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
        if registry.get_source(store, name) is None:
            raise HTTPException(404, f"no source {name!r}")
        return {"log": WatchState(store).fetch_log(name, limit)}

    @router.post("/sources", status_code=201, summary="Add or update a source (admin)",
                 openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": SOURCE_SCHEMA}}}},
                 responses={200: {"description": "an existing source updated (or unchanged)"},
                            401: {"description": "missing or bad token"}, 403: {"description": "not an admin"},
                            422: {"description": "not a valid source"}})
    async def add_source(request: Request, _who: Principal = admin):
        try:
            payload = await request.json()
        except ValueError:
            raise HTTPException(400, "body is not valid JSON")
        if not isinstance(payload, dict):
            raise HTTPException(422, "a source is a JSON object")
        if payload.get("kind") in _LOCAL_KINDS or str(payload.get("kind", "")).lower() in ("telegram", "directory", "folder"):
            raise HTTPException(422, "folder and export sources are added on the server (sitrep sources add)")
        try:
            src = registry.make_source(payload)
        except registry.SourceError as e:
            raise HTTPException(422, str(e))
        added, _updated = await run_in_threadpool(registry.upsert_sources, store, [src])
        from fastapi.responses import JSONResponse

        return JSONResponse({"status": "added" if added else "updated", "source": _public(src.to_dict())},
                            status_code=201 if added else 200)

    @router.delete("/sources/{name}", summary="Remove a source (admin); its documents stay",
                   responses={401: {"description": "missing or bad token"}, 403: {"description": "not an admin"},
                              404: {"description": "no such source"}})
    def delete_source(name: Annotated[str, Path(max_length=100)], _who: Principal = admin) -> dict:
        if not registry.remove_source(store, name):
            raise HTTPException(404, f"no source {name!r}")
        return {"status": "removed", "name": name}

    return router
