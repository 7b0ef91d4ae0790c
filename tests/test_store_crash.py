"""kill -9 in the middle of an ingest loses nothing committed and leaves no half document."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from sitrep.store import open_store
from store_fixtures import expected_events

TESTS = Path(__file__).parent
N = 60


def driver(db: Path, n: int, delay: float) -> subprocess.Popen:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from store_fixtures import ingest_driver; "
            "ingest_driver(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-c", code, str(TESTS), str(db), str(n), str(delay)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def check_consistent(db: Path) -> int:
    st = open_store(str(db))
    try:
        with st.engine.connect() as c:
            assert c.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
            per_doc = dict(c.execute(sa.text(
                "SELECT d.doc_id, COUNT(e.id) FROM documents d LEFT JOIN events e ON e.doc_id = d.doc_id "
                "GROUP BY d.doc_id")).all())
            claims = dict(c.execute(sa.text(
                "SELECT e.doc_id, COUNT(c.id) FROM events e JOIN claims c ON c.event_pk = e.id "
                "GROUP BY e.doc_id")).all())
            sources = dict(c.execute(sa.text("SELECT doc_id, COUNT(*) FROM sources GROUP BY doc_id")).all())
        for doc_id, n in per_doc.items():
            assert n == expected_events(doc_id), doc_id  # never a half-written document
            assert claims[doc_id] == n
            assert sources[doc_id] == 1
        assert st.integrity_problems() == []
        return len(per_doc)
    finally:
        st.close()


def test_kill_9_during_ingest_then_resume(tmp_path):
    db = tmp_path / "crash.db"
    proc = driver(db, N, 0.002)
    stored = 0
    deadline = time.time() + 60
    while stored < 15 and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        stored += line.endswith(" added\n")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert 15 <= stored < N

    n_after_crash = check_consistent(db)
    assert n_after_crash >= stored  # everything reported as stored survived

    proc = driver(db, N, 0.0)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert f"{n_after_crash} skipped" in out.splitlines()[-1]
    assert check_consistent(db) == N
    st = open_store(str(db))
    try:
        assert st.meta()["reports"] == sum(expected_events(f"doc-{i}") for i in range(N))
    finally:
        st.close()
