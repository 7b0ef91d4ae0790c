"""What every database command shares: the --db help text and opening a store (one home, so the
command modules import it and not each other)."""
from __future__ import annotations

from typing import Optional

import typer

DB_HELP = "Database: SQLite file path or SQLAlchemy URL (default $SITREP_DATABASE_URL or sitrep.db)."


def _open(db: Optional[str]):
    from sitrep.store import open_store

    return open_store(db)


def require_database(db: Optional[str]) -> None:
    """Exit 2 with one line when ``db`` names a SQLite file that does not exist: a read-only
    command must not create an empty database and report that nothing was found."""
    from sitrep.store.db import missing_database

    path = missing_database(db)
    if path:
        typer.echo(f"sitrep: no database at {path} (create it with: sitrep ingest FILES --db {path})",
                   err=True)
        raise typer.Exit(2)
