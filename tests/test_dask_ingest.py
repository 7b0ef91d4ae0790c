"""``sitrep ingest`` through a Dask scheduler (issue 12): a ``dask scheduler`` and two ``dask
worker`` processes on 127.0.0.1; the workers extract shard by shard, this process stores. The
canonical events equal one process's, on SQLite and PostgreSQL; a shard whose worker dies is
retried, not lost or doubled."""
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.app import Settings, driver
from sitrep.store import EventFilter, open_store
from store_fixtures import DB_PARAMS, db_url, fake_process, generated_raws

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "examples" / "reports"
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler with two single-threaded workers (own processes)."""
    pytest.importorskip("distributed")
    tmp = tmp_path_factory.mktemp("dask")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
               SITREP_TEST_KILL_MARKER=str(tmp / "killed-once"))
    addr = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--no-dashboard"], env=env, cwd=tmp,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    for _ in range(2):
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", addr, "--host", "127.0.0.1",
                                       "--nthreads", "1", "--nworkers", "1", "--no-dashboard"], env=env, cwd=tmp,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        from dask.distributed import Client
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(addr, timeout=5) as c:
                    c.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield addr, tmp / "killed-once"
    finally:
        for p in procs[::-1]:
            p.terminate()
        for p in procs:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()


def _canonical(url: str) -> list[str]:
    """The canonical events of a database, without the times they were written."""
    with open_store(url) as st:
        rows = []
        for se in st.query_events(EventFilter(limit=1000)).events:
            d = se.to_dict(include_claims=True)
            rows.append(json.dumps({k: v for k, v in d.items() if "created" not in k and "updated" not in k},
                                   sort_keys=True, default=str))
    return sorted(rows)


@pytest.mark.parametrize("kind", DB_PARAMS)
def test_cluster_ingest_equals_one_process(cluster, kind, tmp_path):
    addr, _ = cluster
    one, many = db_url(kind, tmp_path / "one"), db_url(kind, tmp_path / "many")
    (tmp_path / "one").mkdir(exist_ok=True)
    (tmp_path / "many").mkdir(exist_ok=True)
    s1 = driver.ingest(Settings(database_url=one), [REPORTS])
    s2 = driver.ingest(Settings(database_url=many, scheduler=addr, batch_size=3), [REPORTS])
    assert s1.added == s2.added > 5 and s1.events_added == s2.events_added > 5, (s1, s2)
    assert (s2.failed, s2.skipped) == (s1.failed, 0)
    assert _canonical(one) == _canonical(many)
    again = driver.ingest(Settings(database_url=many, scheduler=addr, batch_size=3), [REPORTS])
    assert (again.added, again.events_added, again.skipped) == (0, 0, s1.added + s1.near_duplicates)


def kill_worker_once(raw):
    """Extraction that kills its worker process the first time it sees doc-5."""
    marker = Path(os.environ["SITREP_TEST_KILL_MARKER"])
    if raw.doc_id == "w-5" and not marker.exists():
        marker.write_text("x")
        os._exit(1)
    return fake_process(raw)


def test_a_dead_workers_shard_is_retried_not_lost_or_doubled(cluster, tmp_path):
    addr, marker = cluster
    docs = list(generated_raws(12, prefix="w"))
    serial = driver.ingest(Settings(database_url=str(tmp_path / "s.db")), docs, process=fake_process)
    from test_dask_ingest import kill_worker_once as by_reference  # pickled by module name for the workers
    s = driver.ingest(Settings(database_url=str(tmp_path / "d.db"), scheduler=addr, batch_size=2), docs,
                      process=by_reference)
    assert marker.exists()  # a worker did die
    assert (s.added, s.failed, s.events_added) == (serial.added, 0, serial.events_added) == (12, 0, serial.events_added)
    assert _canonical(str(tmp_path / "s.db")) == _canonical(str(tmp_path / "d.db"))


def test_cli_ingest_with_scheduler(cluster, tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    addr, _ = cluster
    r = CliRunner().invoke(app, ["ingest", str(REPORTS), "--db", str(tmp_path / "c.db"), "--scheduler", addr])
    assert r.exit_code == 0, (r.stdout, r.stderr)
    r1 = CliRunner().invoke(app, ["ingest", str(REPORTS), "--db", str(tmp_path / "c1.db"), "--workers", "2"])
    assert r1.exit_code == 0 and r.stdout.splitlines()[-1] == r1.stdout.splitlines()[-1], (r.stdout, r1.stdout)
