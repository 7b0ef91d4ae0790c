"""``sitrep doctor`` (checks an installation and says what to do) and ``sitrep backup DEST``
(a consistent copy of a SQLite database while it is in use)."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

import typer

DB_HELP = "Database: SQLite file path or SQLAlchemy URL (default $SITREP_DATABASE_URL or sitrep.db)."
MIN_FREE_MB = 500  # below this a disk is a problem (an ingest pass, the WAL, the caches)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}" + (f" -> {self.fix}" if self.fix else "")


def _sqlite_path(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def check_database(url: str) -> list[Check]:
    """Reachable, not corrupt, at the Alembic head of this version."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    from sitrep.store.db import alembic_config, make_engine

    path = _sqlite_path(url)
    shown = str(path) if path else url.split("@")[-1]
    if path is not None and not path.exists():
        return [Check("database", False, f"{path} does not exist",
                      "create it with `sitrep ingest DIR --db PATH`, or point --db / $SITREP_DATABASE_URL at yours")]
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            current = MigrationContext.configure(conn).get_current_revision()
            quick = conn.execute(text("PRAGMA quick_check")).scalar() if path is not None else "ok"
    except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
        return [Check("database", False, f"cannot read {shown}: {reason}",
                      "check the path or URL, the file's permissions and that the server runs; "
                      "a damaged SQLite file: restore your last `sitrep backup`")]
    finally:
        engine.dispose()
    out = [Check("database", quick == "ok", f"{engine.dialect.name} {shown}" + ("" if quick == "ok" else f": {quick}"),
                 "" if quick == "ok" else "the file is damaged: restore your last `sitrep backup` (see README, Backups)")]
    script = ScriptDirectory.from_config(alembic_config(url))
    head = script.get_current_head()
    if current == head:
        out.append(Check("schema", True, f"at the head revision {head}"))
    elif current is None:
        out.append(Check("schema", False, "no sitrep schema in this database",
                         "run `sitrep ingest` (or any command that opens the store) to create it"))
    elif current in {r.revision for r in script.walk_revisions()}:
        out.append(Check("schema", False, f"at {current}, this version's head is {head}",
                         "back it up (`sitrep backup DEST`), then open it once with this version "
                         "(`sitrep events --limit 1 --db ...`): the upgrade runs in place"))
    else:
        out.append(Check("schema", False, f"at {current}, unknown to this version (head {head}): "
                         "written by a newer sitrep", "upgrade sitrep"))
    return out


def check_gazetteer() -> Check:
    import marshal

    from sitrep.geo import build

    p = build.cache_path()
    if not p.exists():
        return Check("gazetteer", False, f"no index at {p}",
                     "build it: `python -m sitrep.geo.build` (about a minute; the first extraction would build it too)")
    try:
        with open(p, "rb") as fh:
            index = marshal.loads(fh.read())
        ok = isinstance(index, dict) and index.get("version") == build.cache_key() and len(index["P"]["name"]) > 1000
    except Exception as exc:  # noqa: BLE001
        return Check("gazetteer", False, f"{p} cannot be read ({type(exc).__name__})",
                     f"delete it and rebuild: `rm '{p}' && python -m sitrep.geo.build`")
    if not ok:
        return Check("gazetteer", False, f"{p} is not a valid index of this version",
                     f"delete it and rebuild: `rm '{p}' && python -m sitrep.geo.build`")
    return Check("gazetteer", True, f"{p} ({len(index['P']['name']):,} places)")


def check_writable(url: str) -> list[Check]:
    from sitrep.cachedir import cache_dir

    out = []
    path = _sqlite_path(url)
    if path is not None and path.exists():
        folder = path.parent
        if not os.access(path, os.W_OK):
            out.append(Check("write access", False, f"{path} is read-only for this user",
                             f"`chmod u+w '{path}'` or run as its owner (reading still works)"))
        elif not os.access(folder, os.W_OK | os.X_OK):
            out.append(Check("write access", False, f"{folder} is not writable (SQLite needs its -wal and -shm files there)",
                             f"make {folder} writable for this user"))
        else:
            out.append(Check("write access", True, f"{path} and {folder}"))
    cache = cache_dir()
    probe = cache if cache.exists() else cache.parent
    if os.access(probe, os.W_OK | os.X_OK):
        out.append(Check("cache directory", True, str(cache)))
    else:
        out.append(Check("cache directory", False, f"{cache} is not writable",
                         "set $SITREP_CACHE_DIR to a writable directory"))
    return out


def check_disk(url: str) -> list[Check]:
    from sitrep.cachedir import cache_dir

    out = []
    path = _sqlite_path(url)
    places = {"database disk": path.parent if path is not None else None, "cache disk": cache_dir()}
    for name, folder in places.items():
        if folder is None:
            continue
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        free = shutil.disk_usage(folder).free / 2**20
        ok = free >= MIN_FREE_MB
        out.append(Check(name, ok, f"{free:,.0f} MB free on {folder}",
                         "" if ok else f"free at least {MIN_FREE_MB} MB (an ingest pass, SQLite's WAL and the caches grow there)"))
    return out


def run_checks(url: str, *, gazetteer: bool = True) -> list[Check]:
    checks = check_database(url)
    if gazetteer:
        checks.append(check_gazetteer())
    return checks + check_writable(url) + check_disk(url)


def doctor_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("text", "--format", help="text or json"),
    gazetteer: bool = typer.Option(True, "--gazetteer/--no-gazetteer", help="Also check the gazetteer index."),
) -> None:
    """Check the installation: database reachable and at the current schema, gazetteer cache,
    write permissions, free disk. Exit 1 when something needs doing (each problem says what)."""
    from sitrep.store.db import resolve_url

    checks = run_checks(resolve_url(db), gazetteer=gazetteer)
    if fmt == "json":
        typer.echo(json.dumps({"ok": all(c.ok for c in checks), "checks": [asdict(c) for c in checks]}))
    else:
        for c in checks:
            typer.echo(c.line())
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


def backup_sqlite(src: Path, dest: Path) -> int:
    """Copy ``src`` to ``dest`` with SQLite's online backup API (a consistent snapshot, WAL
    included, while other processes read and write); returns the number of stored events."""
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=30)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target, pages=4096)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        check = target.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise RuntimeError(f"the copy fails its integrity check: {check}")
        n = target.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        target.close()
        source.close()
    os.replace(tmp, dest)
    return n


def backup_cmd(
    dest: Path = typer.Argument(..., help="The backup file to write (SQLite)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    force: bool = typer.Option(False, "--force", help="Overwrite DEST."),
) -> None:
    """Back up the database while it is in use (SQLite online backup; PostgreSQL: prints the pg_dump command)."""
    from sqlalchemy.engine import make_url

    from sitrep.store.db import resolve_url

    url = resolve_url(db)
    path = _sqlite_path(url)
    if path is None:
        u = make_url(url)
        if u.get_backend_name() == "postgresql":
            plain = u.set(drivername="postgresql").render_as_string(hide_password=True)
            typer.echo(f"sitrep: a PostgreSQL database is backed up with its own tool:\n"
                       f"  pg_dump --format=custom --file '{dest}' '{plain}'\n"
                       f"restore: pg_restore --clean --if-exists --dbname '{plain}' '{dest}'", err=True)
        else:
            typer.echo(f"sitrep: cannot back up {u.get_backend_name()} databases", err=True)
        raise typer.Exit(2)
    if not path.exists():
        typer.echo(f"sitrep: {path} does not exist", err=True)
        raise typer.Exit(2)
    if dest.exists() and not force:
        typer.echo(f"sitrep: {dest} exists (--force to overwrite)", err=True)
        raise typer.Exit(2)
    try:
        n = backup_sqlite(path, dest)
    except (sqlite3.Error, OSError, RuntimeError) as exc:
        typer.echo(f"sitrep: backup failed: {' '.join(str(exc).split())}", err=True)
        raise typer.Exit(1)
    typer.echo(f"backed up {path} to {dest} ({n} event rows, {dest.stat().st_size / 2**20:.1f} MB)")


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor_cmd)
    app.command("backup")(backup_cmd)
