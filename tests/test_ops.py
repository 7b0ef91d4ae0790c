"""Operations (issue 13): ``sitrep doctor``, ``sitrep backup``, write rate limits and
``--log-format json`` (invented reports only)."""
from __future__ import annotations

import gzip
import json
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitrep.api.app import create_app
from sitrep.api.ratelimit import WriteRateLimit
from sitrep.cli import db as dbcli
from sitrep.cli import doctor
from sitrep.cli.logs import JsonFormatter
from sitrep.store import open_store
from store_fixtures import fake_process, random_text
from synthetic_reports import build_database

FIXTURE = Path(__file__).parent / "fixtures" / "upgrade" / "sitrep-0001.db.gz"


@pytest.fixture
def cli():
    app = typer.Typer()
    dbcli.register(app)
    doctor.register(app)
    return app


@pytest.fixture
def good_db(tmp_path) -> Path:
    path = tmp_path / "good.db"
    build_database(str(path), 30)
    return path


def run(cli, *args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_doctor_healthy_database(cli, good_db):
    r = run(cli, "doctor", "--db", good_db, "--no-gazetteer")
    assert r.exit_code == 0, r.output
    assert "ok   database: sqlite" in r.output and "ok   schema: at the head revision" in r.output
    assert "FAIL" not in r.output and "disk" in r.output
    out = json.loads(run(cli, "doctor", "--db", good_db, "--no-gazetteer", "--format", "json").output)
    assert out["ok"] is True and {c["name"] for c in out["checks"]} >= {"database", "schema", "write access"}


def test_doctor_says_what_to_do(cli, tmp_path):
    missing = run(cli, "doctor", "--db", tmp_path / "nope.db", "--no-gazetteer")
    assert missing.exit_code == 1 and "FAIL database" in missing.output and "sitrep ingest" in missing.output
    old = tmp_path / "old.db"
    with gzip.open(FIXTURE) as src, open(old, "wb") as dst:
        shutil.copyfileobj(src, dst)
    r = run(cli, "doctor", "--db", old, "--no-gazetteer")
    assert r.exit_code == 1 and "FAIL schema: at 0001" in r.output and "sitrep backup" in r.output
    con = sqlite3.connect(old)  # the doctor looks, it does not upgrade
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    con.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 4096)
    r = run(cli, "doctor", "--db", bad, "--no-gazetteer")
    assert r.exit_code == 1 and "FAIL database" in r.output and "Traceback" not in r.output
    assert len([ln for ln in r.output.splitlines() if ln.startswith("FAIL")]) >= 1


def test_doctor_gazetteer_cache(cli, good_db, tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    r = run(cli, "doctor", "--db", good_db)
    assert r.exit_code == 1 and "FAIL gazetteer: no index" in r.output and "sitrep.geo.build" in r.output
    from sitrep.geo import build
    build.cache_path().parent.mkdir(parents=True)
    build.cache_path().write_bytes(b"not an index")
    r = run(cli, "doctor", "--db", good_db)
    assert r.exit_code == 1 and "FAIL gazetteer" in r.output and "rm " in r.output


def test_backup_and_restore(cli, good_db, tmp_path):
    store = open_store(str(good_db))
    before = store.meta()
    store.close()
    dest = tmp_path / "backup.db"
    r = run(cli, "backup", dest, "--db", good_db)
    assert r.exit_code == 0, r.output
    assert f"backed up {good_db} to {dest}" in r.output
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert run(cli, "backup", dest, "--db", good_db).exit_code == 2  # will not overwrite
    assert run(cli, "backup", dest, "--db", good_db, "--force").exit_code == 0
    # restore as documented: stop the writers, copy the backup over the database
    for suffix in ("", "-wal", "-shm"):
        Path(str(good_db) + suffix).unlink(missing_ok=True)
    shutil.copy(dest, good_db)
    store = open_store(str(good_db))
    after = store.meta()
    store.close()
    assert {k: after[k] for k in ("events", "reports", "documents", "claims")} == \
           {k: before[k] for k in ("events", "reports", "documents", "claims")}


def test_backup_postgres_prints_pg_dump(cli, tmp_path):
    r = CliRunner().invoke(cli, ["backup", str(tmp_path / "x.dump"), "--db",
                                 "postgresql://sitrep:secret@127.0.0.1:5433/sitrep"])
    assert r.exit_code == 2
    assert "pg_dump --format=custom" in r.output and "pg_restore" in r.output and "secret" not in r.output


def test_write_rate_limit_bucket():
    now = [100.0]
    rl = WriteRateLimit(None, per_minute=60, burst=3, clock=lambda: now[0])
    assert [rl.take("10.0.0.1") for _ in range(3)] == [0, 0, 0]
    wait = rl.take("10.0.0.1")
    assert 0 < wait <= 1.0
    assert rl.take("10.0.0.2") == 0  # per client
    now[0] += 1.0
    assert rl.take("10.0.0.1") == 0


def test_write_endpoints_are_rate_limited(good_db):
    client = TestClient(create_app(str(good_db), write_rate=60, write_burst=2))
    codes = [client.post("/documents", json={"id": "x", "text": "t"}).status_code for _ in range(4)]
    assert codes[:2] != [429, 429] and codes[2:] == [429, 429]
    r = client.post("/documents", json={"id": "x", "text": "t"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and r.json()["status"] == 429
    assert all(client.get("/events?limit=1").status_code == 200 for _ in range(10))  # reads are not


def test_json_log_formatter():
    rec = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                            ("127.0.0.1:5000", "GET", "/events?limit=5", "1.1", 200), None)
    d = json.loads(JsonFormatter().format(rec))
    assert d["event"] == "request" and d["path"] == "/events?limit=5" and d["status"] == 200
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        import sys
        rec = logging.LogRecord("sitrep.api", logging.ERROR, __file__, 1, "internal error", (), sys.exc_info())
    line = JsonFormatter().format(rec)
    assert "\n" not in line and "ValueError" in json.loads(line)["exc"]


def test_serve_json_logs(good_db):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from loadclient import start_server, stop_server
    import urllib.request
    proc, port = start_server(str(good_db), extra=["--log-format", "json"])
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/events?limit=2").read()
    finally:
        stop_server(proc)
    lines = [json.loads(ln) for ln in proc.stderr.read().decode().splitlines() if ln.strip()]
    assert any(d.get("event") == "request" and d["path"] == "/events?limit=2" and d["status"] == 200
               for d in lines), lines
    assert all({"ts", "level", "logger", "msg"} <= set(d) for d in lines)


def test_ingest_json_logs(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("sitrep.app.driver.pipeline_processor", lambda settings=None: fake_process)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(random_text("good", 80))
    (docs / "bad.txt").write_text("BAD " + random_text("bad", 20))
    r = CliRunner().invoke(cli, ["ingest", str(docs), "--db", str(tmp_path / "j.db"), "--log-format", "json"])
    assert r.exit_code == 0, r.output
    records = [json.loads(ln) for ln in r.stderr.splitlines() if ln.startswith("{")] if hasattr(r, "stderr") else []
    if not records:
        records = [json.loads(ln) for ln in r.output.splitlines() if ln.startswith("{")]
    failed = [d for d in records if d.get("event") == "document_failed"]
    assert len(failed) == 1 and failed[0]["doc_id"].startswith("bad") and failed[0]["level"] == "error"
    done = [d for d in records if d.get("event") == "ingest_done"]
    assert done and done[0]["added"] == 1 and done[0]["failed"] == 1


def test_corrupted_database_is_one_line(tmp_path):
    """Fault matrix: a damaged database file gets a clear one-line error, no traceback."""
    import os
    import subprocess
    import sys
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 4096)
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    for args in (["events", "--db", str(bad)], ["export", "--format", "jsonl", "--db", str(bad)]):
        r = subprocess.run([sys.executable, "-m", "sitrep", *args], capture_output=True, text=True,
                           env=env, timeout=120, cwd=root)
        assert r.returncode == 2, r.stderr
        lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
        assert "cannot be read" in lines[0] and "not a database" in lines[0]
