"""Upgrades (issue 13): a database written by the release of 2026-12-04 (schema 0001, made from
invented reports by ``tests/synthetic_reports.py``: clusters, near-duplicate sources,
statements, an analyst merge and a deletion) upgrades in place through every later migration
with no row and no value lost, and reads as before."""
from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from sitrep.store import EventFilter, open_store
from sitrep.store.db import alembic_config
from sitrep.store import export as ex

FIXTURE = Path(__file__).parent / "fixtures" / "upgrade" / "sitrep-0001.db.gz"


@pytest.fixture
def old_db(tmp_path) -> Path:
    path = tmp_path / "old.db"
    with gzip.open(FIXTURE, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        out = {}
        for t in tables:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()
            out[t] = (cols, sorted(rows, key=repr))
        return out
    finally:
        con.close()


def test_fixture_is_the_old_schema(old_db):
    con = sqlite3.connect(old_db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    n = dict(con.execute("SELECT 'x', count(*) FROM tombstones").fetchall())["x"]
    con.close()
    assert n >= 2


def test_upgrade_to_head_loses_nothing(old_db):
    before = _snapshot(old_db)
    con = sqlite3.connect(old_db)
    canonical = {r[0] for r in con.execute(
        "SELECT event_id FROM events WHERE is_canonical AND deleted_at IS NULL")}
    con.close()
    store = open_store(str(old_db))  # runs every migration after 0001
    head = ScriptDirectory.from_config(alembic_config(store.url)).get_current_head()
    with store.engine.connect() as c:
        import sqlalchemy as sa
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == head
        assert c.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
    after = _snapshot(old_db)
    for table, (cols, rows) in before.items():
        assert table in after, f"table {table} dropped"
        new_cols, _ = after[table]
        assert set(cols) <= set(new_cols), f"{table}: columns dropped"
        con = sqlite3.connect(old_db)
        kept = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        con.close()
        assert kept == rows, f"{table}: rows changed by the upgrade"
    assert store.integrity_problems() == []
    page = store.query_events(EventFilter(limit=1000))
    assert {e.record["event_id"] for e in page.events} == canonical and page.count == len(canonical)
    for e in page.events:
        got = store.get_event(e.record["event_id"])
        assert got is not None and got.record["claims"]
    assert b"".join(ex.iter_export(store.stream_events(EventFilter(limit=None)), "jsonl")).count(b"\n") == len(canonical)
    store.close()
    open_store(str(old_db)).close()  # opening again at head changes nothing
    assert _snapshot(old_db) == after
