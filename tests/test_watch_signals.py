"""``sitrep watch`` as a process: SIGTERM ends it cleanly after the document in hand, and a
pass killed with -9 loses nothing committed and repeats nothing on restart."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from watch_articles import ARTICLES, article_html, rss
from watch_server import Page, WatchServer

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
SLUGS = list(ARTICLES)


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _setup(tmp_path, srv, delay):
    srv.routes["/feed.xml"] = Page(rss(srv.url(""), SLUGS), ctype="application/rss+xml", etag='"x"')
    for slug in SLUGS:
        srv.routes[f"/news/{slug}.html"] = Page(article_html(slug), delay=delay)
    toml = tmp_path / "sources.toml"
    toml.write_text(f'[fetch]\ndelay = 0\nretries = 0\n\n[[source]]\nname = "wire"\n'
                    f'url = "{srv.url("/feed.xml")}"\ninterval = 0\n', encoding="utf-8")
    return toml


def _stored_urls(db) -> set[str]:
    eng = sa.create_engine(f"sqlite:///{db}")
    try:
        with eng.connect() as c:
            if "documents" not in sa.inspect(c).get_table_names():
                return set()
            return {u for (u,) in c.execute(sa.text("SELECT url FROM documents"))}
    except sa.exc.OperationalError:  # locked or being created: not yet
        return set()
    finally:
        eng.dispose()


def _wait_for_documents(db, n, proc, timeout=90):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if len(_stored_urls(db)) >= n:
            return
        if proc.poll() is not None:
            raise AssertionError(f"watch ended early: {proc.returncode} {proc.stderr.read()}")
        time.sleep(0.1)
    raise AssertionError("no document stored in time")


def _once(db, toml):
    return subprocess.run([sys.executable, "-m", "sitrep", "watch", "--once", "--db", str(db),
                           "--sources", str(toml), "--json"], env=_env(), capture_output=True, text=True,
                          timeout=180)


def test_sigterm_finishes_the_document_in_hand_and_exits_cleanly(tmp_path):
    db = tmp_path / "w.db"
    with WatchServer() as srv:
        toml = _setup(tmp_path, srv, delay=1.0)
        proc = subprocess.Popen([sys.executable, "-m", "sitrep", "watch", "--db", str(db), "--sources", str(toml),
                                 "--json"], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            _wait_for_documents(db, 1, proc)
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, err
        summary = json.loads(out.strip().splitlines()[-1])
        assert summary["stopped"] is True and 1 <= summary["new_documents"] < len(SLUGS)
        assert "stopping after the document in hand" in err
        stored = _stored_urls(db)
        assert len(stored) == summary["new_documents"]  # the one in hand was finished, not lost
        r = _once(db, toml)  # the next pass resumes: the listing is read again, the rest stored
        assert r.returncode == 0, r.stderr
        s2 = json.loads(r.stdout.strip().splitlines()[-1])
        assert s2["new_documents"] == len(SLUGS) - len(stored) and s2["not_modified"] == 0
        assert len(_stored_urls(db)) == len(SLUGS)


def test_kill_9_mid_pass_loses_nothing_and_repeats_nothing(tmp_path):
    db = tmp_path / "k.db"
    with WatchServer() as srv:
        toml = _setup(tmp_path, srv, delay=0.8)
        proc = subprocess.Popen([sys.executable, "-m", "sitrep", "watch", "--once", "--db", str(db),
                                 "--sources", str(toml)], env=_env(), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            _wait_for_documents(db, 2, proc)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        before = _stored_urls(db)
        assert 2 <= len(before) < len(SLUGS)
        r = _once(db, toml)
        assert r.returncode == 0, r.stderr
        s = json.loads(r.stdout.strip().splitlines()[-1])
        assert s["new_documents"] == len(SLUGS) - len(before) and s["duplicates"] == 0
        after = _stored_urls(db)
        assert len(after) == len(SLUGS)
        for url in before:  # committed before the kill: never requested again
            path = "/" + url.split("/", 3)[3]
            assert srv.paths().count(path) == 1, (path, srv.paths())
        eng = sa.create_engine(f"sqlite:///{db}")
        with eng.connect() as c:
            assert c.execute(sa.text("SELECT COUNT(*) FROM documents")).scalar() == len(SLUGS)
            assert c.execute(sa.text("SELECT COUNT(*) FROM watch_items WHERE status = 'stored'")).scalar() == len(SLUGS)
        eng.dispose()
