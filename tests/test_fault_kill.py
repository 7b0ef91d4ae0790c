"""Fault matrix (issue 13): ``kill -9`` while a document is being **reconciled** (its events
joined to stored clusters, the canonical event recomputed, inside the document's transaction)
and while the schema is being **migrated** (a new database, and a database of the
2026-12-04 release being upgraded). Each case ends in a database that passes
``PRAGMA integrity_check`` and, resumed, holds exactly what an uninterrupted run holds; the
resumed run exits 0 with its one-line summary, and ``sitrep doctor`` names a half-done
upgrade in one line. (kill -9 mid-ingest: test_store_crash.py; disk full and four writers:
test_faults.py; PostgreSQL restarted mid-ingest: test_pg_restart.py.)

The child processes stop themselves at the chosen point (a marker line, then a long sleep)
and the test kills them there, so the fault lands where it is meant to, every run.
"""
from __future__ import annotations

import gzip
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store_fixtures import expected_events
from test_store_crash import check_consistent

TESTS = Path(__file__).parent
ROOT = TESTS.parent
N = 45
OLD_DB = TESTS / "fixtures" / "upgrade" / "sitrep-0001.db.gz"

RECONCILE_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from sitrep.store.repo import Store
joins = 0
original = Store._recompute
def recompute(self, s, head):
    global joins
    original(self, s, head)
    joins += 1
    if joins == int(sys.argv[3]):  # the cluster rows are updated in the open transaction: stop here
        s.flush()
        print("reconciling", head.event_id, flush=True)
        time.sleep(120)
Store._recompute = recompute
from store_fixtures import ingest_driver
ingest_driver(sys.argv[2], int(sys.argv[4]))
"""

MIGRATE_CHILD = """
import sys, time
from sqlalchemy import event
from sitrep.store import db as dbmod
engine = dbmod.make_engine(dbmod.resolve_url(sys.argv[1]))
seen = 0
@event.listens_for(engine, "after_cursor_execute")
def stop_midway(conn, cursor, statement, params, context, executemany):
    global seen
    if statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT INTO ALEMBIC", "UPDATE ALEMBIC")):
        seen += 1
        if seen == int(sys.argv[2]):
            print("migrating", " ".join(statement.split())[:60], flush=True)
            time.sleep(120)
dbmod.migrate(engine)
print("migrated", flush=True)
"""


def _env() -> dict:
    return {**os.environ, "PYTHONUNBUFFERED": "1",
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _run_until(args: list[str], marker: str, timeout: float = 90) -> tuple[str, list[str]]:
    """Start a child, wait for the line starting with ``marker``, kill -9 it there."""
    proc = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env())
    lines: list[str] = []
    deadline = time.time() + timeout
    hit = ""
    try:
        while time.time() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.rstrip("\n"))
            if line.startswith(marker):
                hit = line.strip()
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        err = proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
    assert hit, f"the child never reached {marker!r}: {lines[-5:]} {err[-2000:]}"
    assert proc.returncode == -signal.SIGKILL
    return hit, lines


def _events(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return con.execute(
            "SELECT event_id, doc_id, cluster_id, is_canonical, deleted_at IS NULL, date, location_id, "
            "fatalities_low, fatalities_best, fatalities_high FROM events ORDER BY event_id").fetchall()
    finally:
        con.close()


def _ingest(db: Path, n: int) -> str:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from store_fixtures import ingest_driver; "
            "ingest_driver(sys.argv[2], int(sys.argv[3]))")
    r = subprocess.run([sys.executable, "-c", code, str(TESTS), str(db), str(n)], capture_output=True,
                       text=True, env=_env(), timeout=180)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-2000:]
    return r.stdout.strip().splitlines()[-1]


@pytest.mark.slow  # several Python processes: a few seconds each
def test_kill_9_during_reconciliation_then_resume(tmp_path):
    db = tmp_path / "reconcile.db"
    hit, lines = _run_until([RECONCILE_CHILD, str(TESTS), str(db), "6", str(N)], "reconciling")
    stored = [ln.split()[0] for ln in lines if ln.endswith(" added")]
    assert 5 <= len(stored) < N
    # the document being reconciled is wholly absent: no event, no cluster change of it survived
    survived = check_consistent(db)
    assert survived == len(stored)
    assert f"doc-{len(stored)}" not in {r[1] for r in _events(db)}
    assert hit.split()[1] in {r[0] for r in _events(db)}  # the cluster head is still there, intact

    summary = _ingest(db, N)  # resume: the same input again
    assert summary == (f"documents: {N - len(stored)} added, {len(stored)} skipped, 0 near-duplicate, "
                       f"0 failed; events: {sum(expected_events(f'doc-{i}') for i in range(len(stored), N))} added")
    assert check_consistent(db) == N

    ref = tmp_path / "ref.db"
    _ingest(ref, N)  # uninterrupted
    got, want = _events(db), _events(ref)
    assert sum(1 for r in want if not r[3]) >= 6  # the input does join reports into clusters
    assert got == want


def _snapshot(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for t in tables:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
            out[t] = (cols, sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr))
        out["indexes"] = sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'"))
        return out
    finally:
        con.close()


def _doctor_schema_line(db: Path) -> str:
    r = subprocess.run([sys.executable, "-m", "sitrep", "doctor", "--db", str(db)], capture_output=True,
                       text=True, env=_env(), timeout=120)
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    lines = [ln for ln in (r.stdout + r.stderr).splitlines() if " schema:" in ln]
    assert len(lines) == 1, r.stdout + r.stderr
    return lines[0]


def _unpack_old(path: Path) -> Path:
    with gzip.open(OLD_DB, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


@pytest.mark.slow  # several Python processes: a few seconds each
def test_kill_9_during_an_upgrade_then_resume(tmp_path):
    db = _unpack_old(tmp_path / "old.db")
    before = _snapshot(db)
    hit, _ = _run_until([MIGRATE_CHILD, str(db), "3"], "migrating")
    # the whole upgrade is one transaction: the database is the old one, every row kept
    assert _snapshot(db) == before, hit
    line = _doctor_schema_line(db)
    assert line.startswith("FAIL schema: at 0001") and "upgrade runs in place" in line, line

    r = subprocess.run([sys.executable, "-c", MIGRATE_CHILD, str(db), "0"], capture_output=True, text=True,
                       env=_env(), timeout=120)  # resume: open it again
    assert r.returncode == 0 and r.stdout.strip() == "migrated", r.stderr[-2000:]
    ref = _unpack_old(tmp_path / "ref.db")
    r = subprocess.run([sys.executable, "-c", MIGRATE_CHILD, str(ref), "0"], capture_output=True, text=True,
                       env=_env(), timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert _snapshot(db) == _snapshot(ref)
    assert _doctor_schema_line(db).startswith("ok   schema: at the head revision")


@pytest.mark.slow  # several Python processes: a few seconds each
def test_kill_9_while_creating_a_new_database_then_resume(tmp_path):
    db = tmp_path / "new.db"
    _run_until([MIGRATE_CHILD, str(db), "5"], "migrating")
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)  # nothing half-made
    finally:
        con.close()
    assert "no sitrep schema" in _doctor_schema_line(db)
    summary = _ingest(db, 12)  # resume: an ingest creates the schema and stores everything
    assert summary.startswith("documents: 12 added, 0 skipped, 0 near-duplicate, 0 failed")
    assert check_consistent(db) == 12


SPLIT_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from sitrep.store import open_store, review_actions as ra
from test_fault_kill import add_report
st = open_store(sys.argv[2])
add_report(st, "od-a")
add_report(st, "od-b")
assert ra.split(st, "od-a-1", "analyst", reports=["od-b-1"]) == ("od-a-1", "od-b-1")
def stop(*args, **kwargs):  # the machine merge is done: kill before the analyst's split is redone
    print("enforcing", flush=True)
    time.sleep(120)
ra.enforce_links = stop
add_report(st, "od-c")  # matches both events: the machine merges them
"""


def add_report(st, doc: str):
    from store_fixtures import make_event, make_result

    return st.add_result(make_result(doc, [make_event(doc, 1, place="Odesa", killed=2, date="2025-02-03",
                                                      quote=f"2 killed in Odesa, said {doc}")]))


def test_kill_9_between_a_machine_merge_and_redoing_an_analysts_split(tmp_path):
    """A report that joins two clusters an analyst split apart: the split is redone in the same
    transaction, so a crash leaves either neither or both, and the resume ends split."""
    from sitrep.store import EventFilter, open_store

    db = tmp_path / "split.db"
    _run_until([SPLIT_CHILD, str(TESTS), str(db)], "enforcing")
    _events(db)  # integrity_check
    with open_store(str(db)) as st:
        assert st.integrity_problems() == []
        add_report(st, "od-c")  # resume the same input
        evs = st.query_events(EventFilter(include_rejected=True)).events
        assert sorted((e.event.event_id, tuple(e.members)) for e in evs) == [
            ("od-a-1", ("od-a-1", "od-c-1")), ("od-b-1", ("od-b-1",))]
