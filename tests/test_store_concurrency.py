"""Several processes on one database: racing migrations of a new SQLite file, two ingests of
the same documents (duplicates, never failures with SQL in the message)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from sitrep import model
from sitrep.store import open_store
from sitrep.store.ingest import ingest_documents
from store_fixtures import DB_PARAMS, db_url, expected_events, fake_process, generated_raws

TESTS = Path(__file__).parent
REPO = TESTS.parent
REPORTS = REPO / "examples" / "reports"


def _env() -> dict:
    return dict(os.environ, PYTHONUNBUFFERED="1",
                PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))


def _at(start: float, code: str, *args: str) -> subprocess.Popen:
    """A Python subprocess that sleeps until ``start`` (wall clock), then runs ``code``."""
    prog = f"import sys, time; time.sleep(max(0.0, {start!r} - time.time())); {code}"
    return subprocess.Popen([sys.executable, "-c", prog, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(), cwd=str(TESTS))


def test_processes_racing_to_create_a_new_sqlite_database(tmp_path):
    for attempt in range(3):
        db = tmp_path / f"new-{attempt}.db"
        start = time.time() + 2.0  # every process imported sitrep.store by then
        procs = [_at(start, "from sitrep.store import open_store; open_store(sys.argv[1]).close()", str(db))
                 for _ in range(4)]
        for p in procs:
            out, err = p.communicate(timeout=60)
            assert p.returncode == 0 and "Traceback" not in err, err
        st = open_store(str(db))
        try:
            with st.engine.connect() as c:
                assert c.execute(sa.text("SELECT COUNT(*) FROM alembic_version")).scalar() == 1
        finally:
            st.close()


@pytest.mark.parametrize("kind", DB_PARAMS)
def test_two_ingests_of_the_same_documents_at_once(tmp_path, kind):
    db = db_url(kind, tmp_path)
    n = 40
    start = time.time() + 2.0
    code = ("sys.path.insert(0, sys.argv[1]); from store_fixtures import ingest_driver; "
            "ingest_driver(sys.argv[2], int(sys.argv[3]), 0.003)")
    procs = [_at(start, code, str(TESTS), str(db), str(n)) for _ in range(2)]
    added = skipped = 0
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0 and "Traceback" not in err, err
        summary = out.splitlines()[-1]
        assert " 0 failed" in summary, summary
        assert "UNIQUE" not in out and "INSERT" not in out
        lines = [ln.split() for ln in out.splitlines()[:-1]]
        added += sum(1 for ln in lines if ln[-1] == "added")
        skipped += sum(1 for ln in lines if ln[-1] == "duplicate")
    assert added == n and skipped == n
    st = open_store(str(db))
    try:
        m = st.meta()
        assert m["documents"] == n
        assert m["reports"] == sum(expected_events(f"doc-{i}") for i in range(n))
        assert st.integrity_problems() == []
    finally:
        st.close()


def test_database_errors_are_one_line_without_sql(tmp_path, monkeypatch):
    st = open_store(str(tmp_path / "err.db"))
    try:
        def broken(*_a, **_k):
            raise sa.exc.OperationalError("INSERT INTO documents (doc_id, content_hash) VALUES (?, ?)",
                                          ("doc-0", "abc"), Exception("disk I/O error"))

        monkeypatch.setattr(st, "add_result", broken)
        s = ingest_documents(st, generated_raws(1), fake_process)
        assert s.failed == 1
        msg = s.errors[0][1]
        assert "disk I/O error" in msg
        assert "INSERT" not in msg and "VALUES" not in msg and "doc-0" not in msg and "\n" not in msg
    finally:
        st.close()


@pytest.mark.slow
@pytest.mark.skipif(not REPORTS.is_dir(), reason="examples/reports missing")
def test_two_cli_ingests_on_a_new_database(tmp_path):
    """Two real ``sitrep ingest`` of one directory started together on a new SQLite file."""
    src = tmp_path / "reports"
    src.mkdir()
    for f in sorted(REPORTS.iterdir())[:5]:
        (src / f.name).write_bytes(f.read_bytes())
    one = subprocess.run([sys.executable, "-m", "sitrep", "ingest", str(src), "--db", str(tmp_path / "one.db")],
                         capture_output=True, text=True, env=_env(), timeout=300, cwd=str(tmp_path))
    assert one.returncode == 0, one.stderr
    db = tmp_path / "two.db"
    start = time.time() + 1.0
    code = ("from sitrep.cli.main import app; "
            "app(['ingest', sys.argv[1], '--db', sys.argv[2]], prog_name='sitrep')")
    procs = [_at(start, code, str(src), str(db)) for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "Traceback" not in err and "0 failed" in out, (out, err)
    counts = []
    for path in (tmp_path / "one.db", db):
        st = open_store(str(path))
        try:
            m = st.meta()
            counts.append((m["documents"], m["reports"], m["claims"], m["statements"], m["sources"]))
        finally:
            st.close()
    assert counts[0] == counts[1]
