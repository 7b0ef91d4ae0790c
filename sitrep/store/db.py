"""Engine creation (SQLite WAL + foreign keys by default) and programmatic migrations."""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DEFAULT_DB = "sitrep.db"
ENV_URL = "SITREP_DATABASE_URL"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def resolve_url(url_or_path: str | os.PathLike | None = None) -> str:
    """A SQLAlchemy URL from an URL, a file path, ``$SITREP_DATABASE_URL`` or ``sitrep.db``."""
    if url_or_path is None or str(url_or_path) == "":
        url_or_path = os.environ.get(ENV_URL) or DEFAULT_DB
    s = str(url_or_path)
    if "://" in s:
        if s.startswith("postgresql://") or s.startswith("postgres://"):
            s = "postgresql+psycopg://" + s.split("://", 1)[1]
        return s
    if s == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(s).expanduser().absolute())


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        from sqlalchemy.pool import StaticPool
        kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": 30}}
        if not u.database or u.database == ":memory:":
            kwargs["poolclass"] = StaticPool
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent)."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
