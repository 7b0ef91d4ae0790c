"""Several processes on one database: racing migrations of a new SQLite file, two ingests of
the same documents (duplicates, never failures with SQL in the message)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from sitrep.store import open_store
from sitrep.app import Settings, ingest
from store_fixtures import DB_PARAMS, db_url, expected_events, fake_process, generated_raws

TESTS = Path(__file__).parent
REPO = TESTS.parent
REPORTS = REPO / "examples" / "reports"


def _env() -> dict:
    return dict(os.environ, PYTHONUNBUFFERED="1",
                PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))


def _together(barrier: Path, n: int, code: str, *args: str) -> list[subprocess.Popen]:
    """``n`` Python subprocesses that import sitrep.store, wait for each other (a file each
    in ``barrier``), then run ``code`` at the same moment."""
    barrier.mkdir()
    prog = ("import os, sys, time, sitrep.store; b = sys.argv.pop(1); n = int(sys.argv.pop(1)); "
            "open(os.path.join(b, str(os.getpid())), 'w').close(); t = time.time() + 60\n"
            "while len(os.listdir(b)) < n and time.time() < t: time.sleep(0.005)\n" + code)
    return [subprocess.Popen([sys.executable, "-c", prog, str(barrier), str(n), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=_env(), cwd=str(TESTS)) for _ in range(n)]


def test_processes_racing_to_create_a_new_sqlite_database(tmp_path):
    db = tmp_path / "new.db"
    procs = _together(tmp_path / "ready", 4, "from sitrep.store import open_store; open_store(sys.argv[1]).close()",
                      str(db))
    for p in procs:
        out, err = p.communicate(timeout=120)
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
    code = ("sys.path.insert(0, sys.argv[1]); from store_fixtures import ingest_driver; "
            "ingest_driver(sys.argv[2], int(sys.argv[3]), 0.003)")
    procs = _together(tmp_path / "ready", 2, code, str(TESTS), str(db), str(n))
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
        s = ingest(Settings(), generated_raws(1), store=st, process=fake_process)
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
    code = ("from sitrep.cli.main import app; "
            "app(['ingest', sys.argv[1], '--db', sys.argv[2]], prog_name='sitrep')")
    procs = _together(tmp_path / "ready", 2, code, str(src), str(db))
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
