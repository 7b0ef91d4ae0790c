"""The REST API over the event store (FastAPI).

``create_app(db_url)`` opens (and migrates) the store, registers the JSON endpoints and,
when the dashboard package provides ``sitrep.web.mount``, mounts the dashboard at ``/``.
Every error is a JSON body; bad input gives 4xx, never 500.
"""
from __future__ import annotations

import json
import logging
import os
import re
import threading
import weakref
from contextlib import asynccontextmanager
from datetime import date as _date, datetime
from typing import Annotated, Any, Callable, Optional, Sequence

from fastapi import FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.exc import DataError, StatementError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__, model
from sitrep.api import auth, desk
from sitrep.api import review as review_api
from sitrep.api.cache import ResponseCache
from sitrep.api.ratelimit import WriteRateLimit
from sitrep.api.errors import ApiError  # noqa: F401  (routers raise it)
from sitrep.api.security import SecurityMiddleware
from sitrep.store import EventFilter, FilterError, Store, open_store
from sitrep.store import export as ex
from sitrep.store import users as users_lib

log = logging.getLogger("sitrep.api")

MAX_BODY = 2 * 1024 * 1024
MAX_INT = 10**9
TOKEN_ENV = "SITREP_INGEST_TOKEN"
WRITE_RATE = 120.0  # write requests a minute per client address (0: no limit)
WRITE_BURST = 30
MAX_EXPORTS = 4  # exports streaming at once, per server process
MAX_EXPORT_EVENTS = 250_000  # events in one export
SERVE_ENV = "SITREP_SERVE_CONFIG"  # set by ``sitrep serve --workers N`` for its worker processes




class DocumentIn(BaseModel):
    """A document to ingest (same shape as a line of the JSONL input)."""

    model_config = ConfigDict(extra="ignore")
    id: str = Field(..., min_length=1, max_length=200)
    text: str = Field(..., min_length=1)
    date: Optional[_date] = None
    source: Optional[str] = Field(None, max_length=255)
    url: Optional[str] = Field(None, max_length=2000)
    title: Optional[str] = Field(None, max_length=1000)


def _clean(v: Optional[str], name: str, max_len: int = 200) -> Optional[str]:
    if v is None:
        return None
    if "\x00" in v:
        raise ApiError(400, f"{name} contains a NUL character")
    if len(v) > max_len:
        raise ApiError(400, f"{name} is too long")
    return v


def public_source(path: Optional[str]) -> Optional[str]:
    """Where a document came from, as the API may show it: a URL as is, a local file by its
    base name only (with its '#entry' / ':line' suffix), never the server's directories."""
    if not path or ("://" in path and not path.lower().startswith("file:")):
        return path
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1] or None


def json_response(body: Any, status: int = 200) -> Response:
    """A JSON response encoded in one call (orjson when installed), without FastAPI's
    ``jsonable_encoder`` walk over every value (most of a list request's time before)."""
    return Response(_dumps(body), status_code=status, media_type="application/json")


try:
    import orjson

    def _dumps(body: Any) -> bytes:
        return orjson.dumps(body)
except ImportError:  # pragma: no cover - orjson is a pinned dependency
    def _dumps(body: Any) -> bytes:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _error(status: int, detail: Any) -> JSONResponse:
    return JSONResponse({"detail": detail, "status": status}, status_code=status)


def _attribution() -> str:
    return ex.attribution()


DateQ = Annotated[Optional[_date], Query(description="YYYY-MM-DD")]
TypeQ = Annotated[Optional[str], Query(alias="type", max_length=400,
                                       description="event_type (comma-separated for several)")]
Admin1Q = Annotated[Optional[str], Query(max_length=16, description="ISO 3166-2 code, e.g. UA-48")]
SideQ = Annotated[Optional[str], Query(max_length=8, description="ISO 3166-1 alpha-2 of either actor's side")]
TextQ = Annotated[Optional[str], Query(max_length=200, description="text in place names, actors and claim quotes")]
MinFQ = Annotated[Optional[int], Query(ge=0, le=MAX_INT)]
BboxQ = Annotated[Optional[str], Query(max_length=200, description="minLon,minLat,maxLon,maxLat")]
ExportLimitQ = Annotated[Optional[int], Query(ge=1, le=MAX_INT, description=(
    f"at most this many events (default and maximum: the server's limit, {MAX_EXPORT_EVENTS:,} unless configured)"))]
UpdQ = Annotated[Optional[datetime], Query(description="ISO datetime; events updated at or after")]



class _Slot:
    """A held semaphore slot, released once (when its export ends or is dropped)."""

    def __init__(self, sem: threading.BoundedSemaphore):
        self._sem, self._held, self._lock = sem, True, threading.Lock()

    def release(self) -> None:
        with self._lock:
            if self._held:
                self._held = False
                self._sem.release()


def create_app(db_url: str | None = None, *, ingest_token: str | None = None,
               store: Store | None = None, private: bool = False,
               processor: Callable[[model.RawDocument], Any] | None = None,
               allowed_hosts: Sequence[str] | None = None, max_body: int = MAX_BODY,
               max_exports: int = MAX_EXPORTS, max_export_events: int = MAX_EXPORT_EVENTS,
               write_rate: float = WRITE_RATE, write_burst: int = WRITE_BURST,
               settings: "Settings | None" = None) -> FastAPI:
    """The API app over the database at ``db_url`` (path or URL; default as the CLI).

    ``allowed_hosts``: the ``Host`` names the app answers (``None``: any; ``sitrep serve``
    passes its bind address and the loopback names); ``max_body``: the largest request body
    of a write request; ``private``: every request needs a token (:mod:`sitrep.api.auth`).
    Every response carries the security headers of :mod:`sitrep.api.security`. ``settings``
    (:class:`sitrep.app.Settings`, default from the environment; ``db_url`` and ``ingest_token``
    override it) drive ``POST /documents``. Exports stream (memory holds one chunk of events);
    at most ``max_exports`` run at once (more get 429), each of ``max_export_events`` at most."""
    from sitrep.app import Settings, driver

    settings = settings or Settings.from_env()
    given = {k: v for k, v in (("database_url", db_url), ("ingest_token", ingest_token)) if v is not None}
    if given:
        settings = Settings.model_validate({**settings.model_dump(), **given})
    store = store or open_store(settings.database_url)
    token = settings.ingest_token

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="sitrep API",
        version=__version__,
        docs_url=None, redoc_url=None,  # sitrep.api.desk serves /docs from vendored assets (no CDN)
        description="Auditable, geocoded conflict events extracted from media reports. "
                    "Place data: " + _attribution(),
        lifespan=lifespan,
    )
    app.state.store = store
    cache = app.state.cache = ResponseCache(store.generation)
    app.state.processor = processor
    auth.install(app, private=private, ingest_token=token)
    from starlette.middleware.gzip import GZipMiddleware

    app.add_middleware(GZipMiddleware, minimum_size=2048)
    if write_rate > 0:  # POST/PUT/PATCH/DELETE per client address (sitrep.api.ratelimit)
        app.add_middleware(WriteRateLimit, per_minute=write_rate, burst=write_burst)
    inner_stack = app.build_middleware_stack
    docs = [app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url]

    def secured_stack():  # outermost, so that every response (500s too) gets the headers
        return SecurityMiddleware(inner_stack(), allowed_hosts=allowed_hosts, max_body=max_body,
                                  docs_paths=[p for p in docs if p])

    app.build_middleware_stack = secured_stack  # type: ignore[method-assign]

    # ------------------------------------------------------------------ errors
    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError):
        return _error(exc.status, exc.detail)

    @app.exception_handler(FilterError)
    async def _filter_error(_req: Request, exc: FilterError):
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(_req: Request, exc: RequestValidationError):
        errors = []
        for e in exc.errors():
            errors.append({"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")),
                           "type": str(e.get("type", ""))})
        return _error(422, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException):
        return _error(exc.status_code, exc.detail)

    @app.exception_handler(DataError)
    async def _data_error(_req: Request, exc: DataError):
        return _error(400, "invalid value for the database")

    @app.exception_handler(Exception)
    async def _unexpected(_req: Request, exc: Exception):
        if isinstance(exc, (ValueError, StatementError)) and not isinstance(exc, ValidationError):
            log.warning("bad input: %s", exc)
            return _error(400, f"bad request: {type(exc).__name__}")
        log.exception("internal error")
        return _error(500, "internal server error")

    # ------------------------------------------------------------------ helpers
    def event_filter(date_from, date_to, type_, admin1, side, q, min_fatalities, bbox, limit,
                     cursor, updated_since) -> EventFilter:
        return EventFilter(date_from=date_from, date_to=date_to, event_type=_clean(type_, "type"),
                           admin1=_clean(admin1, "admin1"), side=_clean(side, "side"),
                           text=_clean(q, "q"), min_fatalities=min_fatalities,
                           bbox=_clean(bbox, "bbox"), limit=limit, cursor=_clean(cursor, "cursor", 500),
                           updated_since=updated_since).normalised()

    # ------------------------------------------------------------------ events
    @app.get("/events", summary="Canonical events matching the filters (keyset-paginated)")
    def list_events(
        request: Request, date_from: DateQ = None, date_to: DateQ = None, type_: TypeQ = None, admin1: Admin1Q = None,
        side: SideQ = None, q: TextQ = None, min_fatalities: MinFQ = None, bbox: BboxQ = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        cursor: Annotated[Optional[str], Query(max_length=500, description="opaque, from next_cursor")] = None,
        updated_since: UpdQ = None,
        include: Annotated[Optional[str], Query(max_length=100, description="'claims' to include claims")] = None,
        review_status: Annotated[Optional[str], Query(
            max_length=60, description="unreviewed, verified, corrected, rejected (comma-separated); "
                                       "rejected events are left out unless asked for")] = None,
    ) -> dict:
        f = event_filter(date_from, date_to, type_, admin1, side, q, min_fatalities, bbox, limit,
                         cursor, updated_since)
        if review_status:
            f.review_status = review_status
            f = f.normalised()
        with_claims = bool(include) and "claims" in {x.strip() for x in include.split(",")}

        def build() -> bytes:
            page = store.query_events(f)
            return _dumps({"events": [e.to_dict(include_claims=with_claims) for e in page.events],
                           "next_cursor": page.next_cursor, "count": page.count})
        return cache.response(request, build)

    @app.get("/events/{event_id}", summary="One event with all claims, sources, parent and children")
    def get_event(request: Request, event_id: Annotated[str, Path(max_length=300)]) -> dict:
        _clean(event_id, "event_id", 300)

        def build() -> bytes:
            se = store.get_event(event_id)
            if se is None:
                raise ApiError(404, f"no event {event_id!r}")
            return _dumps(review_api.event_detail(se))
        return cache.response(request, build)

    @app.get("/documents/{doc_id}", summary="A stored document: clean text, metadata, sources")
    def get_document(doc_id: Annotated[str, Path(max_length=300)]) -> dict:
        _clean(doc_id, "doc_id", 300)
        d = store.get_document(doc_id)
        if d is None:
            raise ApiError(404, f"no document {doc_id!r}")
        d["source_path"] = public_source(d.get("source_path"))
        return d

    @app.get("/deleted", summary="Tombstones of canonical events merged away or deleted")
    def deleted(since: Annotated[Optional[datetime], Query(description="ISO datetime")] = None) -> dict:
        return {"deleted": store.deleted_since(since)}

    @app.get("/statements", summary="Statements (quotes) by date, speaker and side")
    def statements(
        date: DateQ = None, date_from: DateQ = None, date_to: DateQ = None,
        speaker: Annotated[Optional[str], Query(max_length=200)] = None,
        side: SideQ = None, doc_id: Annotated[Optional[str], Query(max_length=300)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
    ) -> dict:
        if date is not None:
            date_from = date_to = date
        rows = store.statements(date_from=date_from, date_to=date_to, speaker=_clean(speaker, "speaker"),
                                side=_clean(side, "side"), doc_id=_clean(doc_id, "doc_id", 300),
                                limit=limit, offset=offset)
        return {"statements": [s.model_dump(mode="json") for s in rows], "count": len(rows)}

    # ------------------------------------------------------------------ exports
    export_slots = app.state.export_slots = threading.BoundedSemaphore(max_exports)

    def _export(fmt: str, media: str, filename: str):
        def endpoint(
            date_from: DateQ = None, date_to: DateQ = None, type_: TypeQ = None, admin1: Admin1Q = None,
            side: SideQ = None, q: TextQ = None, min_fatalities: MinFQ = None, bbox: BboxQ = None,
            limit: ExportLimitQ = None,
            updated_since: UpdQ = None,
        ) -> Response:
            f = event_filter(date_from, date_to, type_, admin1, side, q, min_fatalities, bbox, None,
                             None, updated_since)
            if limit is not None and limit > max_export_events:
                raise ApiError(400, f"limit: an export holds at most {max_export_events} events "
                                    "(narrow the filters, or page with GET /events)")
            f.limit = limit or max_export_events
            if not export_slots.acquire(blocking=False):
                return JSONResponse({"detail": f"at most {max_exports} exports at a time; retry shortly",
                                     "status": 429}, status_code=429, headers={"Retry-After": "5"})

            slot = _Slot(export_slots)

            def body():  # one snapshot, one chunk of events in memory at a time
                try:
                    yield from ex.iter_export(store.stream_events(f), fmt)
                finally:
                    slot.release()
            stream = body()
            weakref.finalize(stream, slot.release)  # a stream dropped before its first chunk
            return StreamingResponse(stream, media_type=media,
                                     headers={"Content-Disposition": f'attachment; filename="{filename}"'})
        endpoint.__name__ = f"export_{fmt.replace('-', '_')}"
        return endpoint

    for fmt, media, path in (("acled-csv", "text/csv; charset=utf-8", "export.csv"),
                             ("geojson", "application/geo+json", "export.geojson"),
                             ("jsonl", "application/x-ndjson", "export.jsonl"),
                             ("parquet", "application/vnd.apache.parquet", "export.parquet")):
        app.add_api_route(f"/{path}", _export(fmt, media, f"sitrep-{path}"), methods=["GET"],
                          summary=f"Export the filtered events as {fmt}",
                          responses={200: {"content": {media.split(";")[0]: {}}}})

    @app.get("/meta", summary="Counts, date range, attribution")
    def meta(request: Request) -> dict:
        m = cache.value("meta", store.meta)  # the counts: kept while the data is unchanged
        m["attribution"] = _attribution()
        m["ingest_enabled"] = bool(token) or store_has_users()
        m["private"] = private
        m["version"] = app.version
        return json_response(m)

    # ------------------------------------------------------------------ ingest
    async def _read_body(request: Request) -> bytes:
        length = request.headers.get("content-length")
        if length is not None:
            try:
                if int(length) > MAX_BODY:
                    raise ApiError(413, f"body larger than {MAX_BODY} bytes")
            except ValueError:
                raise ApiError(400, "bad Content-Length")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise ApiError(413, f"body larger than {MAX_BODY} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _processor():
        if app.state.processor is None:
            try:
                app.state.processor = driver.pipeline_processor(settings)
            except ImportError as exc:
                raise ApiError(503, f"extraction pipeline unavailable: {exc}")
        return app.state.processor

    def store_has_users() -> bool:
        return bool(users_lib.list_users(store, include_revoked=False))

    @app.post("/documents", status_code=201,
              summary="Ingest one document (needs the ingest token, or an editor's or admin's token)",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": DocumentIn.model_json_schema()}}}},
              responses={200: {"description": "a duplicate (status 'duplicate' or 'near_duplicate', "
                                              "duplicate_of names the stored document): nothing created"},
                         201: {"description": "a new document (status 'added')"},
                         401: {"description": "missing or wrong token"},
                         403: {"description": "ingest disabled, or a reader's token"},
                         413: {"description": "body too large"}})
    async def post_document(request: Request) -> dict:
        who = await run_in_threadpool(auth.identify, request)
        if not token and (who is None or not who.authenticated) and not await run_in_threadpool(store_has_users):
            raise ApiError(403, "ingest through the API is disabled (no ingest token configured)")
        if who is None or not who.authenticated:
            return auth.error_response(401, "missing or wrong bearer token")
        if who.role != auth.INGEST and not who.can("editor"):
            return auth.error_response(403, f"role {who.role!r} may not ingest (needs editor or higher)")
        raw_body = await _read_body(request)
        try:
            payload = json.loads(raw_body)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "body is not valid JSON")
        try:
            doc = DocumentIn.model_validate(payload)
        except ValidationError as exc:
            return _error(422, [{"loc": [str(x) for x in e["loc"]], "msg": e["msg"], "type": e["type"]}
                                for e in exc.errors()])
        if any("\x00" in (v or "") for v in (doc.id, doc.text, doc.source, doc.url, doc.title)):
            raise ApiError(400, "NUL characters are not allowed")
        raw = model.RawDocument(doc_id=doc.id, text=doc.text, date=doc.date.isoformat() if doc.date else None,
                                title=doc.title, outlet=doc.source, url=doc.url)
        process = await run_in_threadpool(_processor)
        outcome = await run_in_threadpool(driver.ingest_one, settings, store, raw, process=process, detail=False)
        if outcome.status == "failed":
            if outcome.exception is not None:  # the store's: the error handlers above answer it
                raise outcome.exception
            raise ApiError(422, outcome.error or "extraction failed")
        ids = [] if outcome.status != "added" else (store.get_document(outcome.doc_id) or {}).get("event_ids", [])
        body = {"doc_id": outcome.doc_id, "status": outcome.status, "events_added": outcome.events_added,
                "duplicate_of": outcome.duplicate_of, "event_ids": ids,
                "document": f"/documents/{outcome.doc_id if outcome.status == 'added' else outcome.duplicate_of}"}
        if outcome.status == "added":
            app.state.alerts.kick()  # the alert rules, in the background
        # a duplicate (or a near-duplicate, stored as one more source of the document it
        # copies) creates no document: 200 with the status, 201 only for a new document
        return body if outcome.status == "added" else JSONResponse(body, status_code=200)

    app.include_router(auth.router)
    from sitrep.api import alerts as alerts_api  # alert rules: editors and admins only
    app.include_router(alerts_api.router(store, auth.require_role("editor")))
    app.state.alerts = alerts_api.background(store)
    from sitrep.api.sources import sources_router  # noqa: PLC0415 - the watch registry
    app.include_router(sources_router(store))
    app.include_router(review_api.router)
    desk.register(app)  # /health, /brief, offline /docs

    # ------------------------------------------------------------------ dashboard
    try:
        import sitrep.web as web
        mount = getattr(web, "mount", None)
    except Exception:  # pragma: no cover - dashboard not installed / broken
        mount = None
        log.warning("sitrep.web not importable; dashboard not mounted")
    if callable(mount):
        mount(app)
    return app


def app_from_env() -> FastAPI:
    """The app of one ``sitrep serve --workers N`` worker process (settings in ``$SITREP_SERVE_CONFIG``)."""
    cfg = json.loads(os.environ.get(SERVE_ENV) or "{}")
    return create_app(cfg.get("db"), allowed_hosts=cfg.get("allowed_hosts"), private=bool(cfg.get("private")),
                      write_rate=float(cfg.get("write_rate", WRITE_RATE)))
