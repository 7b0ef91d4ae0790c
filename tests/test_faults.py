"""Fault matrix additions (issue 13): a disk that fills up mid-ingest (``RLIMIT_FSIZE``).
Each case ends in a database that passes ``PRAGMA integrity_check``, holds exactly the
documents stored before the fault, and, resumed, exactly what an uninterrupted run holds.
(kill -9 and concurrent writers: test_store_crash.py, test_store_concurrency.py; a damaged
file: test_ops.py.)"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sitrep.store import open_store
from synthetic_reports import synthetic_results

ROOT = Path(__file__).resolve().parents[1]
N = 120
CHILD = """
import resource, sys
sys.path.insert(0, {tests!r})
from synthetic_reports import synthetic_results
from sitrep.store import open_store
store = open_store({db!r})
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))  # the disk is full past this size
stored = 0
for r in synthetic_results({n}, seed=31, prefix="full"):
    try:
        store.add_result(r)
    except Exception as exc:
        print("error:", " ".join(str(getattr(exc, "orig", exc)).split()))
        break
    stored += 1
print("stored", stored)
"""


def _docs(path: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {r[0] for r in con.execute("SELECT doc_id FROM documents")}
    finally:
        con.close()


def test_disk_full_mid_ingest_then_resume(tmp_path):
    db = str(tmp_path / "full.db")
    open_store(db).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    code = CHILD.format(tests=str(ROOT / "tests"), db=db, limit=1_200_000, n=N)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    lines = r.stdout.strip().splitlines()
    stored = int(lines[-1].split()[1])
    assert 0 < stored < N, r.stdout  # the fault happened mid-run
    assert lines[0].startswith("error:") and ("disk" in lines[0] or "full" in lines[0]), lines
    results = list(synthetic_results(N, seed=31, prefix="full"))
    assert _docs(db) == {x.document.doc_id for x in results[:stored]}  # exactly those before the fault
    store = open_store(db)  # space again: resume the same input
    for x in results:
        store.add_result(x)
    got = store.meta()
    store.close()
    ref = str(tmp_path / "ref.db")
    store = open_store(ref)
    for x in results:
        store.add_result(x)
    want = store.meta()
    store.close()
    assert _docs(db) == _docs(ref)
    assert {k: got[k] for k in ("documents", "reports", "events", "claims", "sources")} == \
           {k: want[k] for k in ("documents", "reports", "events", "claims", "sources")}


def test_four_writers_on_a_new_database(tmp_path):
    """Four ingests of the same 30 documents started together on a new SQLite file: every
    document stored once, none failed, the database intact."""
    from store_fixtures import expected_events
    from test_store_concurrency import TESTS, _together

    db, n = str(tmp_path / "four.db"), 30
    code = ("sys.path.insert(0, sys.argv[1]); from store_fixtures import ingest_driver; "
            "ingest_driver(sys.argv[2], int(sys.argv[3]), 0.002)")
    procs = _together(tmp_path / "ready", 4, code, str(TESTS), db, str(n))
    added = skipped = 0
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0 and "Traceback" not in err, err
        assert " 0 failed" in out.splitlines()[-1], out.splitlines()[-1]
        statuses = [ln.split()[-1] for ln in out.splitlines()[:-1]]
        added += statuses.count("added")
        skipped += statuses.count("duplicate")
    assert added == n and skipped == 3 * n
    assert _docs(db) == {f"doc-{i}" for i in range(n)}
    store = open_store(db)
    try:
        assert store.meta()["reports"] == sum(expected_events(f"doc-{i}") for i in range(n))
        assert store.integrity_problems() == []
    finally:
        store.close()
