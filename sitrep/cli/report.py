"""Report commands (brief): a thin shell over :mod:`sitrep.report`."""
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    """Add the report commands to the main CLI."""

    @app.command("brief")
    def brief(
        date: Optional[str] = typer.Option(None, "--date", help="Last day of the report "
                                           "(YYYY-MM-DD); default: the newest event's day."),
        days: int = typer.Option(1, "--days", min=1, help="Number of days ending on --date."),
        db: Optional[str] = typer.Option(None, "--db", help="Database path or URL "
                                         "(default $SITREP_DATABASE_URL or sitrep.db)."),
        output: Optional[str] = typer.Option(None, "-o", "--output", help="FILE.md (images "
                                             "written next to it) or FILE.html (images "
                                             "embedded); default: Markdown on stdout."),
    ) -> None:
        """A daily situation report: headline figures, map, chart, main events, statements."""
        from datetime import date as _date

        from sitrep.report import build_brief, load_from_store, write_brief
        from sitrep.store import open_store

        if date is not None:
            try:
                date = _date.fromisoformat(date).isoformat()
            except ValueError:
                typer.echo(f"error: --date must be YYYY-MM-DD, not {date!r}", err=True)
                raise typer.Exit(2)
        from sitrep.cli.common import require_database

        require_database(db)
        with open_store(db) as store:
            if date is None:
                date = store.meta().get("date_max")
                if not date:
                    typer.echo("error: the database has no dated events; give --date", err=True)
                    raise typer.Exit(2)
            events, statements, sources = load_from_store(store, date, days)
        b = build_brief(events, statements, date, days, sources=sources)
        text = write_brief(b, output)
        if output:
            typer.echo(f"wrote {output} ({b.n_events} incidents, {len(b.statements)} statements)",
                       err=True)
        else:
            typer.echo(text)
