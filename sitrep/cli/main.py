"""The ``sitrep`` command line: thin shells over library functions."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from sitrep.cli import alerts as alert_commands
from sitrep.cli import db as db_commands
from sitrep.cli import doctor as doctor_commands
from sitrep.cli import reextract as reextract_commands
from sitrep.cli import report as report_commands
from sitrep.cli import users as users_commands
from sitrep.cli import watch as watch_commands

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="sitrep: war reports to an auditable, geocoded event database.")


def _flags_without_type() -> None:
    """An on/off flag (``--with-statements``, ``--help``) takes no value: show no ``<bool>``
    type for it in ``--help`` (typer shows one for every option)."""
    from typer.core import TyperOption

    if getattr(TyperOption, "_sitrep_flags", False):
        return
    shown = TyperOption.display_type_rich

    def display_type_rich(self, ctx):
        return None if self.is_flag and self.metavar is None else shown(self, ctx)

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]
    TyperOption._sitrep_flags = True  # type: ignore[attr-defined]


_flags_without_type()


def _print_version(value: bool) -> None:
    if value:
        from sitrep import __version__

        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                       help="Print the version and exit.")) -> None:
    """sitrep: war reports to an auditable, geocoded event database."""


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., readable=False,  # the readers report an unreadable file and go on
                                      help="Text, HTML, JSONL, RSS/Atom, WARC files, directories or globs."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl or table."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    date: Optional[str] = typer.Option(None, "--date", help="Reference date (YYYY-MM-DD) for documents without one."),
    with_statements: bool = typer.Option(False, "--with-statements", help="Add statement records."),
    with_document: bool = typer.Option(False, "--with-document", help="Add a document record before each document's events."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="Local worker processes (default 1, $SITREP_WORKERS)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786) or 'local'."),
    doc_timeout: Optional[float] = typer.Option(None, "--doc-timeout", min=0,
                                                help="Seconds one document may take to extract (default 300, "
                                                     "$SITREP_DOC_TIMEOUT; 0: no limit); a document over it "
                                                     "is reported and the others go on."),
) -> None:
    """Extract events from documents (the EVENTS.md contract)."""
    from sitrep.app import Settings, SettingsError, driver
    from sitrep.extract.pipeline import validate_date
    from sitrep.ingest import WarcStats
    from sitrep.model import IngestError

    if format not in ("jsonl", "table"):
        _err(f"unknown format {format!r} (jsonl or table)")
        raise typer.Exit(2)
    try:
        ref = validate_date(date)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    try:
        settings = Settings.from_env(ref_date=ref, workers=workers, scheduler=scheduler, doc_timeout=doc_timeout)
    except SettingsError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    read_ok = failed = 0
    rows = []
    warc = WarcStats()
    render = None
    if format == "jsonl":  # the workers render their results into lines; here they are only written
        from functools import partial

        from sitrep.cli.jsonl_out import jsonl_lines
        render = partial(jsonl_lines, with_document=with_document, with_statements=with_statements)
    try:
        for result in driver.extract(settings, inputs, warc_stats=warc, render=render):
            if isinstance(result, IngestError):
                _err(f"error: {result.message}")
                failed += 1
                continue
            read_ok += 1
            if format == "table":
                rows.extend(result.events)
                continue
            out.write(result)
        if format == "table":
            from sitrep.cli.render import events_table
            events_table(rows, file=out)
    finally:
        if output:
            out.close()
    if warc.line():
        _err(warc.line())
    if read_ok == 0 and (failed or not warc.archives):  # WARC archives without pages are no error
        _err("error: no document could be read")
        raise typer.Exit(2)


@app.command()
def geocode(
    mention: str = typer.Argument(..., help='A place as news writes it: "Pavshyno", "near Bakhmut", "Kharkiv region".'),
    context: str = typer.Option("", "--context", "-c", help="Surrounding text for disambiguation."),
    candidates: bool = typer.Option(False, "--candidates", help="Also list the scored candidates."),
) -> None:
    """Resolve a place name to its location record (offline gazetteer), with why it was chosen."""
    import json

    from sitrep import geo

    gaz = geo.get_gazetteer()
    ans = gaz.explain(mention, context)
    loc = ans["location"]
    if candidates:
        typer.echo(json.dumps({"candidates": gaz.candidates(mention, context)}, indent=2, ensure_ascii=False))
    if loc is None:
        _err(f"no place found for {mention!r} ({ans['geo_reason']})")
        raise typer.Exit(1)
    out = json.loads(loc.model_dump_json(exclude_none=True))
    out["geo_reason"] = ans["geo_reason"]
    out["confidence"] = ans["confidence"]
    typer.echo(json.dumps(out, indent=2, ensure_ascii=False))


db_commands.register(app)
doctor_commands.register(app)
reextract_commands.register(app)
report_commands.register(app)
users_commands.register(app)
alert_commands.register(app)
watch_commands.register(app)


def _database_error(exc: BaseException) -> bool:
    """A SQLAlchemy ``DatabaseError`` or ``OperationalError``. SQLAlchemy is looked up, not imported: a
    command that never imported it (``sitrep extract``) cannot have raised one of its errors, and its
    import is 0.13 s of CPU, 5% of a cold ``sitrep extract`` of 16 long articles."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, (sa_exc.DatabaseError, sa_exc.OperationalError))


def main() -> None:
    """The ``sitrep`` command: a database that cannot be read (not a database, damaged,
    unreachable) is one line on stderr and exit status 2, not a traceback."""
    from sitrep.lifelong import fewer_collections

    fewer_collections()  # (the console script enters here; ``python -m sitrep`` has done it already)
    try:
        app(standalone_mode=True)
    except Exception as exc:
        if not _database_error(exc):
            raise
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
        sys.stderr.write(f"sitrep: the database cannot be read: {reason} "
                         "(check --db / $SITREP_DATABASE_URL; `sitrep doctor` says more; "
                         "a damaged file: restore a backup)\n")
        raise SystemExit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
