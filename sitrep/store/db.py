"""Engine creation (SQLite WAL + foreign keys by default) and programmatic migrations.

SQLite transactions are begun by SQLAlchemy, not by the driver (whose legacy mode runs
SELECTs and DDL outside any transaction): reads get a consistent snapshot, and a write
transaction (an engine from :func:`writer`) starts with ``BEGIN IMMEDIATE``, so two processes
writing one file queue for the write lock (busy timeout) instead of checking for duplicates
on a stale snapshot or failing on ``database is locked``; on PostgreSQL a write transaction
first takes a transaction-level advisory lock, to the same effect. Migrations run in such a
write transaction: processes racing to create a new database migrate it once, in turn.
"""
from __future__ import annotations

import logging
import sqlite3
import os
import time
from pathlib import Path
from typing import Callable, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DEFAULT_DB = "sitrep.db"
ENV_URL = "SITREP_DATABASE_URL"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
WRITE_OPTION = "sitrep_write"
SQLITE_POOL = 40
PG_WRITE_LOCK = 7310428915  # advisory lock key of sitrep's write transactions
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)  # seconds before each retry: ~15 s of outage bridged

log = logging.getLogger("sitrep.store")
T = TypeVar("T")


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


def missing_database(url_or_path: str | os.PathLike | None = None) -> str | None:
    """The file of a SQLite database that does not exist (``None`` when it exists, or for an
    in-memory database or a server URL): read-only commands refuse it instead of creating an
    empty database and reporting nothing found."""
    u = make_url(resolve_url(url_or_path))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    if u.query.get("mode") == "memory" or u.database.startswith("file:"):
        return None
    return None if Path(u.database).exists() else u.database


def _set_wal(cur, attempts: int = 50) -> None:
    """Switch a file database to WAL. Two processes opening a new database at once race for
    the exclusive lock the switch takes, and SQLite answers the loser 'database is locked'
    at once instead of waiting: read the mode first (no lock) and retry the switch briefly."""
    for i in range(attempts):
        try:
            mode = cur.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() in ("wal", "memory"):
                return
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or i == attempts - 1:
                raise
            time.sleep(0.02 * (i + 1))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first: every later statement may wait on a lock
    cur.execute("PRAGMA foreign_keys=ON")
    _set_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    dbapi_conn.isolation_level = None  # the driver issues no BEGIN/COMMIT of its own


def _sqlite_begin(conn) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def _pg_begin(conn) -> None:
    if conn.get_execution_options().get(WRITE_OPTION):  # held until commit/rollback
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def writer(engine: Engine) -> Engine:
    """``engine`` for write transactions: one at a time across processes (SQLite:
    ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-level advisory lock)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        from sqlalchemy.pool import StaticPool
        kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": 30}}
        if not u.database or u.database == ":memory:":
            kwargs["poolclass"] = StaticPool
        else:  # one connection per server thread (the API's thread pool has 40): no reconnecting
            kwargs.update(pool_size=SQLITE_POOL, max_overflow=10)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if u.get_backend_name() == "postgresql":
        event.listen(engine, "begin", _pg_begin)
    return engine


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent; safe when processes race on a new
    database: SQLite serialises them with ``BEGIN IMMEDIATE``, PostgreSQL with an advisory
    lock held for the transaction)."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def lost_connection(engine: Engine, exc: BaseException) -> bool:
    """A database error that a new connection may not meet: a connection the driver found
    broken (a server restarted, a network cut) or, on a database server, one that could not be
    made (the server is restarting). A SQLite file's errors (locked, full, read-only) are not."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError) and engine.dialect.name != "sqlite"


def reconnecting(engine: Engine, fn: Callable[[], T], what: str = "database") -> T:
    """``fn()`` (one whole transaction), run again after a lost connection, up to
    ``len(RECONNECT_DELAYS)`` times with growing pauses; one warning line per retry. The
    transaction of the failed attempt was rolled back (or never reached the server), so
    running it again is safe; the last failure is raised."""
    for attempt, delay in enumerate(RECONNECT_DELAYS, 1):
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - re-raised unless the connection was lost
            if not lost_connection(engine, exc):
                raise
            orig = getattr(exc, "orig", None) or exc
            reason = " ".join(str(orig).split())[:200] or type(orig).__name__
            log.warning("%s: connection lost (%s); retry %d of %d in %.1f s", what, reason, attempt,
                        len(RECONNECT_DELAYS), delay)
            engine.dispose()  # drop the pooled connections of the old server
            time.sleep(delay)
    return fn()
