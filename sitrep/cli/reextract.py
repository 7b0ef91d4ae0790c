"""``sitrep reextract``: run the current extractor again over stored documents (a thin shell
over :func:`sitrep.app.reextract.reextract`)."""
from __future__ import annotations

import json
from typing import Optional

import typer

from sitrep.cli.common import DB_HELP, require_database


def reextract_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, "--since", help="Only documents dated this day (YYYY-MM-DD) or later."),
    doc: Optional[list[str]] = typer.Option(None, "--doc", help="Only this document id (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object."),
    doc_timeout: Optional[float] = typer.Option(None, "--doc-timeout", min=0,
                                                help="Seconds one document may take to extract (default 300, "
                                                     "$SITREP_DOC_TIMEOUT; 0: no limit)."),
) -> None:
    """Re-extract stored documents with the current extractor: each document whose events
    changed gets its reports replaced and re-reconciled; analyst decisions are kept (a verified
    event whose facts changed is flagged for re-review). Running it twice changes nothing."""
    from sitrep.app import Settings, SettingsError
    from sitrep.app import reextract as lib
    from sitrep.extract.pipeline import validate_date

    require_database(db)
    try:
        since = validate_date(since)
        settings = Settings.from_env(database_url=db, doc_timeout=doc_timeout)
    except (ValueError, SettingsError) as exc:
        typer.echo(f"sitrep: {exc}", err=True)
        raise typer.Exit(2)
    try:
        summary = lib.reextract(settings, since=since, doc_ids=doc or ())
    except KeyError as exc:
        typer.echo(f"sitrep: {exc.args[0]}", err=True)
        raise typer.Exit(2)
    for doc_id, err in summary.errors:
        typer.echo(f"error: {doc_id}: {err}", err=True)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        typer.echo(summary.line())


def register(app: typer.Typer) -> None:
    app.command("reextract")(reextract_cmd)
