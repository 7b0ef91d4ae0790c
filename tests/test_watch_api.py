"""``/sources`` in the API, the registry on SQLite and PostgreSQL, the migration, the parsing
of sources files and canonical URLs."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sitrep.api.app import create_app
from sitrep.store import open_store
from sitrep.store import db as dbmod
from sitrep.watch import FetchPolicy, Runner, SourceError, load_sources, make_source, upsert_sources
from sitrep.watch.urls import canonical_url
from store_fixtures import DB_PARAMS, db_url
from watch_articles import ARTICLES, article_html, rss
from watch_server import Page, WatchServer


def test_canonical_url_strips_tracking_and_noise():
    assert canonical_url("HTTPS://Example.ORG:443/news/a.html?utm_source=rss&id=7&fbclid=x&b=1#comments") == \
        "https://example.org/news/a.html?b=1&id=7"
    assert canonical_url("http://example.org:8080//news//a") == "http://example.org:8080/news/a"
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("https://example.org/p?page=2") != canonical_url("https://example.org/p?page=3")
    assert canonical_url("file:///tmp/x") == "file:///tmp/x"


def test_sources_file_parsing(tmp_path):
    p = tmp_path / "s.toml"
    p.write_text("""
[fetch]
delay = 2
contact = "desk@example.org"

[[source]]
name = "wire"
url = "https://example.org/feed"
kind = "atom"
interval = "90s"
trust = 0.8

[[source]]
name = "inbox"
url = "drops/"
kind = "dir"
interval = "2h"
""")
    from pathlib import Path
    example, _ = load_sources(Path(__file__).resolve().parents[1] / "examples" / "sources.toml")
    assert len(example) >= 5 and all(s.url.startswith("https://") for s in example)
    sources, policy = load_sources(p)
    assert [(s.name, s.kind, s.interval) for s in sources] == [("wire", "feed", 90), ("inbox", "dir", 7200)]
    assert sources[1].url == str(tmp_path / "drops")
    assert policy.delay == 2.0 and policy.contact == "desk@example.org"
    for bad, why in (('[[source]]\nname = "a"\nurl = "https://x.org/"\nkind = "podcast"\n', "kind"),
                     ('[[source]]\nname = "a b"\nurl = "https://x.org/"\n', "name"),
                     ('[[source]]\nname = "a"\nurl = "https://x.org/"\ninterval = "soon"\n', "duration"),
                     ('[[source]]\nname = "a"\nurl = "https://x.org/"\ncolour = "red"\n', "unknown field"),
                     ('[[source]]\nname = "a"\nurl = "https://x.org/"\n[[source]]\nname = "a"\nurl = "https://y.org/"\n', "twice"),
                     ('[fetch]\ndelay = "fast"\n', "delay"),
                     ('[[source]]\nname = "a"\nurl = "https://x.org/"\nkind = "html"\nlink_css = "div[["\n', "link_css"),
                     ('[[source\n', "TOML")):
        p.write_text(bad)
        with pytest.raises(SourceError, match=why):
            load_sources(p)


def test_migration_from_previous_head(tmp_path):
    path = tmp_path / "old.db"
    engine = dbmod.make_engine(dbmod.resolve_url(str(path)))
    from alembic.script import ScriptDirectory
    script = ScriptDirectory.from_config(dbmod.alembic_config(dbmod.resolve_url(str(path))))
    previous = script.get_revision("0005_watch").down_revision
    assert previous is not None
    dbmod.migrate(engine, previous)  # the head before this migration
    with engine.connect() as c:
        names = set(sa.inspect(c).get_table_names())
    assert "documents" in names and "watch_sources" not in names
    engine.dispose()
    st = open_store(str(path))  # upgrades to head
    with st.engine.connect() as c:
        names = set(sa.inspect(c).get_table_names())
    assert {"watch_sources", "watch_items", "fetch_log"} <= names
    upsert_sources(st, [make_source({"name": "w", "url": "https://example.org/rss"})])
    st.close()


@pytest.mark.parametrize("kind", DB_PARAMS)
def test_pass_and_sources_endpoint(kind, tmp_path):
    from sitrep.app.driver import pipeline_processor

    url = db_url(kind, tmp_path)
    with WatchServer() as srv:
        srv.routes["/feed.xml"] = Page(rss(srv.url(""), ["kharkiv-drones", "odesa-port"]),
                                       ctype="application/rss+xml", etag='"1"')
        for slug in ARTICLES:
            srv.routes[f"/news/{slug}.html"] = Page(article_html(slug))
        st = open_store(url)
        srcs = [make_source({"name": "wire", "url": srv.url("/feed.xml"), "interval": 0}),
                make_source({"name": "down", "url": srv.url("/gone.xml"), "interval": 0})]
        pol = FetchPolicy(delay=0, retries=0)
        s = Runner(st, sources=srcs, policy=pol, process=pipeline_processor()).run_pass()
        assert s.new_documents == 2 and s.errors == 1 and s.new_events >= 2
        s2 = Runner(st, sources=srcs[:1], policy=pol, process=pipeline_processor()).run_pass()
        assert s2.new_documents == 0 and s2.not_modified == 1

        from sitrep.store import users as users_lib
        admin = users_lib.add_user(st, "desk-admin", "admin")[1]
        editor = users_lib.add_user(st, "desk-editor", "editor")[1]
        app = create_app(store=st, ingest_token="tok")
        with TestClient(app) as client:
            body = client.get("/sources").json()
            got = {x["name"]: x for x in body["sources"]}
            assert body["count"] == 2
            assert got["wire"]["status"] == "ok" and got["wire"]["documents"] == 2
            assert got["wire"]["last_status"] == 304
            assert got["down"]["status"] == "failing" and "404" in got["down"]["last_error"]
            log = client.get("/sources/wire/log").json()["log"]
            assert {304, 200} <= {r["status"] for r in log}
            assert client.get("/sources/nope/log").status_code == 404
            new = {"name": "ministry", "url": "https://example.org/press/", "kind": "html",
                   "link_css": "div.news a", "interval": "1h"}
            admin_h = {"Authorization": f"Bearer {admin}"}
            assert client.post("/sources", json=new).status_code == 401
            assert client.post("/sources", json=new, headers={"Authorization": "Bearer nope"}).status_code == 401
            # the ingest token may post documents, not change sources; nor may an editor
            assert client.post("/sources", json=new, headers={"Authorization": "Bearer tok"}).status_code == 403
            assert client.post("/sources", json=new, headers={"Authorization": f"Bearer {editor}"}).status_code == 403
            r = client.post("/sources", json=new, headers=admin_h)
            assert r.status_code == 201 and r.json()["source"]["interval"] == 3600
            r = client.post("/sources", json={**new, "interval": 60}, headers=admin_h)
            assert r.status_code == 200 and r.json()["status"] == "updated"
            r = client.post("/sources", json={"name": "x", "url": "/etc", "kind": "dir"}, headers=admin_h)
            assert r.status_code == 422
            r = client.post("/sources", json={"name": "x", "url": "gopher://x"}, headers=admin_h)
            assert r.status_code == 422 and "url" in r.json()["detail"]
            assert client.delete("/sources/ministry").status_code == 401
            assert client.delete("/sources/ministry", headers={"Authorization": f"Bearer {editor}"}).status_code == 403
            assert client.delete("/sources/ministry", headers=admin_h).status_code == 200
            assert client.delete("/sources/ministry", headers=admin_h).status_code == 404
