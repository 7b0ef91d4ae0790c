"""Fault matrix (issue 13): PostgreSQL restarted in the middle of an ingest. The ingest waits
for the server (a bounded number of retries, one warning line each) and goes on: no document
failed, no traceback, exit 0, and the database holds exactly what an uninterrupted ingest
holds. The server is a private throwaway one (scripts/pg_test_server.sh on a free port and its
own directory), so stopping it disturbs no other test."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from store_fixtures import expected_events

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SCRIPT = ROOT / "scripts" / "pg_test_server.sh"
N = 40

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.skipif(not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") and not shutil.which("pg_ctl"),
                       reason="PostgreSQL binaries not installed (apt-get install -y postgresql)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def pg_server():
    """(url, env for the script) of a PostgreSQL server of this test only."""
    folder = tempfile.mkdtemp(prefix="sitrep-pg-restart-", dir="/tmp")  # reachable by the postgres user
    env = {**os.environ, "PGPORT": str(_free_port()), "PGTEST_DIR": folder}
    try:
        r = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 0, r.stderr[-2000:]
        url = r.stdout.strip().split("=", 1)[1]
        yield url, env
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], capture_output=True, env=env, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


def _driver(url: str, delay: float) -> subprocess.Popen:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from store_fixtures import ingest_driver; "
            "ingest_driver(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))")
    env = {**os.environ, "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-c", code, str(TESTS), url, str(N), str(delay)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _contents(url: str) -> tuple:
    eng = sa.create_engine(url)
    try:
        with eng.connect() as c:
            docs = c.execute(sa.text("SELECT doc_id FROM documents ORDER BY doc_id")).scalars().all()
            events = c.execute(sa.text(
                "SELECT event_id, doc_id, cluster_id, is_canonical, date, fatalities_best "
                "FROM events ORDER BY event_id")).all()
            claims = c.execute(sa.text("SELECT count(*) FROM claims")).scalar()
        return docs, [tuple(r) for r in events], claims
    finally:
        eng.dispose()


def test_postgres_restarted_mid_ingest(pg_server, tmp_path):
    url, env = pg_server
    proc = _driver(url, 0.05)
    stored = 0
    deadline = time.time() + 90
    while stored < 10 and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        stored += line.endswith(" added\n")
    assert stored == 10, proc.stderr.read()[-2000:] if proc.poll() is not None else "too slow"
    r = subprocess.run(["bash", str(SCRIPT), "down"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    time.sleep(2.0)  # the server is away for a while: several documents meet it down
    r = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    retries = [ln for ln in err.splitlines() if "connection lost" in ln]
    assert retries, err[-2000:]  # the outage was met, and said so ...
    assert all(" retry " in ln for ln in retries)  # ... one line per retry
    assert out.splitlines()[-1] == (f"documents: {N} added, 0 skipped, 0 near-duplicate, 0 failed; "
                                    f"events: {sum(expected_events(f'doc-{i}') for i in range(N))} added")

    from store_fixtures import ingest_driver  # an uninterrupted run into a second database
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.execute(sa.text('CREATE SCHEMA "ref"'))
    eng.dispose()
    ref = url + ("&" if "?" in url else "?") + "options=-csearch_path%3Dref"
    ingest_driver(ref, N)
    got, want = _contents(url), _contents(ref)
    assert len(got[0]) == N and got == want
