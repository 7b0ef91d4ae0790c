"""Database commands: ``ingest``, ``events``, ``export``, ``serve`` (thin shells over the store)."""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from sitrep.cli.common import DB_HELP, _open, require_database  # noqa: F401  (re-exported)

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
H_FROM = "Events on or after this day (YYYY-MM-DD)."
H_TO = "Events on or before this day (YYYY-MM-DD)."
H_TYPE = "event_type, comma-separated for several (e.g. interception,air_drone_strike)."
H_ADMIN1 = "ISO 3166-2 region, e.g. UA-48 (Mykolaiv Oblast)."
H_SIDE = "Either actor's side, ISO 3166-1 alpha-2, e.g. RU."
H_TEXT = "Text in place names, actors and claim quotes."
H_MINF = "At least this many killed (best estimate)."


def _filter(date_from, date_to, type_, admin1, side, text, min_fatalities, limit, bbox=None):
    from sitrep.store import EventFilter

    return EventFilter(date_from=date_from, date_to=date_to, event_type=type_, admin1=admin1,
                       side=side, text=text, min_fatalities=min_fatalities, limit=limit, bbox=bbox)






def _open_existing(db: Optional[str]):
    require_database(db)
    return _open(db)


def _fmt_count(c) -> str:
    if c is None:
        return ""
    if c.low == c.best == c.high and c.best is not None:
        return str(c.best)
    lo = "" if c.low is None else str(c.low)
    hi = "" if c.high is None else str(c.high)
    return f"{c.best if c.best is not None else '?'} ({lo}-{hi})"


def error_line(doc_id: str, message: str) -> str:
    """``sitrep: <doc id>: <reason>`` on one line; the id is not repeated when the message
    already names the document (readers' messages start with the file)."""
    msg = " ".join(str(message).split())
    return f"sitrep: {msg}" if doc_id and doc_id in msg else f"sitrep: {doc_id}: {msg}"


class _Rate:
    """Documents and words per second for the progress bar: words are counted as documents are
    read (tags of an HTML page left out) and added when each document is done."""

    _TAG = re.compile(r"<[^>]+>")

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.pending: dict[str, int] = {}
        self.docs = self.words = 0

    def counted(self, items):
        for item in items:
            text = getattr(item, "text", None)
            if text:
                self.pending[item.doc_id] = len((self._TAG.sub(" ", text) if item.is_html else text).split())
            yield item

    def done(self, doc_id: str) -> str:
        self.docs += 1
        self.words += self.pending.pop(doc_id, 0)
        seconds = time.monotonic() - self.started
        if seconds <= 0:
            return ""
        return f"{self.docs / seconds:.1f} docs/s, {self.words / seconds:,.0f} words/s"


def _canonical_note(summary, canonical: int | None) -> str:
    """Why 'events: N added' and the database's event count differ: reports of one incident
    (within a document or across outlets) are reconciled into one canonical event."""
    if canonical is None:
        return ""
    merged = f", {summary.merged} merged into events already stored" if summary.merged else ""
    return (f" (the database holds {canonical} distinct events: reports of the same incident "
            f"are merged{merged})")


def ingest_cmd(
    paths: List[Path] = typer.Argument(..., readable=False,  # the readers report an unreadable file and go on
                                      help="Files, directories or globs (text, HTML, JSONL, RSS, WARC)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date: Optional[str] = typer.Option(None, "--date", help="Reference date YYYY-MM-DD for undated documents."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="Local worker processes that extract (default 1, $SITREP_WORKERS); "
                                               "this process stores."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address (tcp://host:8786) or 'local': the "
                                                 "cluster's workers extract, this process stores."),
    doc_timeout: Optional[float] = typer.Option(None, "--doc-timeout", min=0,
                                                help="Seconds one document may take to extract (default 300, "
                                                     "$SITREP_DOC_TIMEOUT; 0: no limit); a document over it "
                                                     "is reported failed and the others go on."),
    log_format: str = typer.Option("text", "--log-format",
                                   help="text or json: each failed document and the pass's summary as "
                                        "one JSON object per line on stderr."),
) -> None:
    """Extract events from documents and store them (idempotent, resumable)."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    from sitrep.app import Settings, SettingsError, driver
    from sitrep.ingest import WarcStats

    from sitrep.cli import logs

    if log_format not in logs.FORMATS:
        raise typer.BadParameter("--log-format must be text or json")
    err = Console(stderr=True)
    warc = WarcStats()
    if date is not None:
        from datetime import date as _d
        try:
            _d.fromisoformat(date)
        except ValueError:
            raise typer.BadParameter("--date must be YYYY-MM-DD")
    try:
        settings = Settings.from_env(database_url=db, ref_date=date, workers=workers, scheduler=scheduler,
                                     doc_timeout=doc_timeout)
    except SettingsError as exc:
        raise typer.BadParameter(str(exc))
    inputs = [str(p) for p in paths]
    total = None
    if err.is_terminal:  # the bar's total; a log gets no bar, so no counting pass
        from sitrep.ingest.count import count_documents
        total = count_documents(inputs)
    store = _open(settings.database_url)
    try:
        with Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(bar_width=24), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[doc]}"),
                      TimeElapsedColumn(), TimeRemainingColumn(), console=err,
                      transient=True, disable=not err.is_terminal) as progress:
            task = progress.add_task("ingest", total=total, doc="", rate="")
            rate = _Rate()

            def on_doc(doc_id: str, status: str) -> None:
                progress.update(task, advance=1, doc=f"{doc_id[:40]} {status}", rate=rate.done(doc_id))

            def on_error(doc_id: str, message: str) -> None:
                if log_format == "json":
                    logs.emit("error", error_line(doc_id, message), event="document_failed",
                              doc_id=doc_id, reason=" ".join(str(message).split()))
                    return
                line = error_line(doc_id, message)
                if err.is_terminal:  # above the progress bar; long lines wrap softly
                    progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
                else:  # a log: exactly one line per failed document
                    sys.stderr.write(line + "\n")
                    sys.stderr.flush()

            summary = driver.ingest(settings, rate.counted(driver.read(settings, inputs, warc_stats=warc)),
                                    store=store, on_progress=on_doc, on_error=on_error)
        canonical = store.meta()["events"] if summary.events_added else None
        from sitrep.cli.alerts import after_ingest  # the alert rules, at the end of every pass
        after_ingest(store)
    finally:
        store.close()
    if warc.line():
        err.print(f"sitrep: {warc.line()}", markup=False, highlight=False)
    typer.echo(summary.line() + _canonical_note(summary, canonical))
    if log_format == "json":
        logs.emit("info", summary.line(), event="ingest_done", added=summary.added, skipped=summary.skipped,
                  near_duplicates=summary.near_duplicates, failed=summary.failed,
                  events_added=summary.events_added)
    if (summary.documents == 0 and not warc.archives) or (summary.failed and summary.failed == summary.documents):
        raise typer.Exit(2)


def events_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date_from: Optional[str] = typer.Option(None, "--from", help=H_FROM),
    date_to: Optional[str] = typer.Option(None, "--to", help=H_TO),
    type_: Optional[str] = typer.Option(None, "--type", help=H_TYPE),
    admin1: Optional[str] = typer.Option(None, "--admin1", help=H_ADMIN1),
    side: Optional[str] = typer.Option(None, "--side", help=H_SIDE),
    text: Optional[str] = typer.Option(None, "--text", help=H_TEXT),
    min_fatalities: Optional[int] = typer.Option(None, "--min-fatalities", min=0, help=H_MINF),
    limit: int = typer.Option(100, "--limit", min=1, help="Show at most this many events."),
    fmt: str = typer.Option("table", "--format", help="table or jsonl"),
) -> None:
    """List canonical events."""
    from sitrep.store import FilterError

    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter("--format must be table or jsonl")
    store = _open_existing(db)
    try:
        try:
            page = store.query_events(_filter(date_from, date_to, type_, admin1, side, text, min_fatalities, limit))
        except FilterError as exc:
            raise typer.BadParameter(str(exc))
    finally:
        store.close()
    if fmt == "jsonl":
        for e in page.events:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{len(page.events)} of {page.count} events")
    for col in ("event_id", "date", "type", "place", "admin1", "killed", "injured", "sides", "reports"):
        t.add_column(col, overflow="fold")
    for se in page.events:
        e = se.event
        loc = e.location
        t.add_row(e.event_id, e.date or "", e.event_type, (loc.name if loc else "") or "",
                  (loc.admin1_code if loc else "") or "", _fmt_count(e.fatalities), _fmt_count(e.injured),
                  f"{e.actor1_side or '?'}->{e.actor2_side or '?'}", str(se.cluster_size))
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(t)


def export_cmd(
    fmt: str = typer.Option(..., "--format", help="acled-csv, geojson, jsonl or parquet."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout; parquet needs one)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date_from: Optional[str] = typer.Option(None, "--from", help=H_FROM),
    date_to: Optional[str] = typer.Option(None, "--to", help=H_TO),
    type_: Optional[str] = typer.Option(None, "--type", help=H_TYPE),
    admin1: Optional[str] = typer.Option(None, "--admin1", help=H_ADMIN1),
    side: Optional[str] = typer.Option(None, "--side", help=H_SIDE),
    text: Optional[str] = typer.Option(None, "--text", help=H_TEXT),
    min_fatalities: Optional[int] = typer.Option(None, "--min-fatalities", min=0, help=H_MINF),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Export at most this many events (default: all)."),
) -> None:
    """Export canonical events (ACLED-style CSV, GeoJSON, JSONL, Parquet)."""
    from sitrep.store import FilterError
    from sitrep.store.export import iter_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("parquet needs -o FILE")
    store = _open_existing(db)
    try:
        flt = _filter(date_from, date_to, type_, admin1, side, text, min_fatalities, limit)
        try:
            flt = flt.normalised()
        except FilterError as exc:
            raise typer.BadParameter(str(exc))
        flt.limit = limit  # an export is not a page: no page-size cap
        n = 0

        def counted(items):
            nonlocal n
            for it in items:
                n += 1
                yield it
        chunks = iter_export(counted(store.stream_events(flt)), fmt)  # one chunk in memory at a time
        if output is None:
            for chunk in chunks:
                sys.stdout.write(chunk.decode("utf-8"))
        else:
            with open(output, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
    finally:
        store.close()
    typer.echo(f"exported {n} events", err=True)


def serve_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (0.0.0.0: every interface; "
                                                         "then name the public host with --allowed-host)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port to listen on."),
    allowed_host: List[str] = typer.Option(
        [], "--allowed-host",
        help="A Host name the server answers besides the bind address, localhost and 127.0.0.1 "
             "(repeatable; '*.example.org' for subdomains, '*' for any). Other Host headers get "
             "400 (DNS rebinding protection)."),
    private: bool = typer.Option(False, "--private",
                                 help="Close the API to callers without a token (any role); "
                                      "by default it is readable without one."),
    workers: int = typer.Option(1, "--workers", min=1, max=64,
                                help="Server processes (each with its own database connections); "
                                     "2 on a 2-core machine roughly doubles the requests per second."),
    write_rate: float = typer.Option(120.0, "--write-rate", min=0,
                                     help="Write requests (POST/PUT/PATCH/DELETE) a minute per client "
                                          "address, bursts of 30; more get 429 (0: no limit)."),
    log_format: str = typer.Option("text", "--log-format", help="text or json (one JSON object per line on stderr)."),
) -> None:
    """Serve the REST API (and the dashboard when installed). A database file that does not
    exist is refused, unless $SITREP_INGEST_TOKEN turns on POST /documents."""
    import os

    import uvicorn

    from sitrep.api.app import SERVE_ENV, TOKEN_ENV, create_app
    from sitrep.api.security import default_hosts
    from sitrep.cli.logs import FORMATS, uvicorn_log_config
    from sitrep.store.db import resolve_url

    if not os.environ.get(TOKEN_ENV):  # read-only: no database to create; with a token it ingests
        require_database(db)
    if log_format not in FORMATS:
        raise typer.BadParameter("--log-format must be text or json")
    log_kw = {"log_config": uvicorn_log_config(log_format)} if log_format == "json" else {}
    hosts = default_hosts(host) + [h for h in allowed_host if h.strip()]
    if workers == 1:
        uvicorn.run(create_app(db, allowed_hosts=hosts, private=private, write_rate=write_rate),
                    host=host, port=port, **log_kw)
        return
    # worker processes build the app from the environment (uvicorn needs an import string);
    # migrate once here, so that the workers do not race to
    from sitrep.store import open_store
    open_store(db).close()
    os.environ[SERVE_ENV] = json.dumps({"db": resolve_url(db), "allowed_hosts": hosts, "private": private,
                                        "write_rate": write_rate})
    uvicorn.run("sitrep.api.app:app_from_env", factory=True, host=host, port=port, workers=workers, **log_kw)


def register(app: typer.Typer) -> None:
    """Add the database commands to the main CLI."""
    app.command("ingest")(ingest_cmd)
    app.command("events")(events_cmd)
    app.command("export")(export_cmd)
    app.command("serve")(serve_cmd)
