"""``sitrep watch`` against a local HTTP server (127.0.0.1, free port) with changing content:
feed -> articles -> events, conditional GET, a new item, failing sources, robots.txt, the
failure modes of the fetcher, drop folders and Telegram exports. Invented reports only."""
from __future__ import annotations

import json
import logging
import os
import time

import pytest
from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.store import open_store
from sitrep.watch import FetchPolicy, Runner, make_source
from sitrep.watch.state import WatchState
from watch_articles import ARTICLES, article_html, rss
from watch_server import Page, WatchServer

FAST = FetchPolicy(delay=0, retries=0, timeout=2.0, backoff=0.05)


@pytest.fixture(scope="module")
def process():
    from sitrep.app.driver import pipeline_processor

    return pipeline_processor()


@pytest.fixture()
def server():
    with WatchServer() as srv:
        srv.routes["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", ctype="text/plain")
        for slug in ARTICLES:
            srv.routes[f"/news/{slug}.html"] = Page(article_html(slug))
        yield srv


def _feed(srv, slugs, etag):
    srv.routes["/feed.xml"] = Page(rss(srv.url(""), slugs), ctype="application/rss+xml", etag=etag)


def _toml(path, srv, extra=""):
    path.write_text(f"""
[fetch]
delay = 0
retries = 0
timeout = 2.0

[[source]]
name = "frontline-wire"
url = "{srv.url('/feed.xml')}"
kind = "rss"
interval = 0
outlet = "Frontline Wire"

[[source]]
name = "gone-outlet"
url = "{srv.url('/no-such-feed.xml')}"
kind = "atom"
interval = "5m"
{extra}""", encoding="utf-8")
    return path


def _watch(db, sources, *extra):
    res = CliRunner().invoke(app, ["watch", "--once", "--db", str(db), "--sources", str(sources), *extra])
    return res


def test_feed_pass_then_not_modified_then_one_new_item(tmp_path, server, process, monkeypatch):
    monkeypatch.setattr("sitrep.watch.runner.default_processor", lambda settings=None: process)
    db = tmp_path / "w.db"
    _feed(server, ["kharkiv-drones", "odesa-port", "sumy-glide-bomb"], '"v1"')
    sources = _toml(tmp_path / "sources.toml", server)

    r1 = _watch(db, sources, "--json")
    assert r1.exit_code == 0, r1.output
    s1 = json.loads(r1.stdout.strip().splitlines()[-1])
    assert s1["new_documents"] == 3
    assert s1["sources"] == 2 and s1["errors"] == 1  # the 404 source, the others processed
    assert any("gone-outlet" in m and "404" in m for m in s1["messages"])
    for key in ("fetched", "not_modified", "duplicates", "new_events", "updated_events"):
        assert isinstance(s1[key], int)
    assert s1["fetched"] == 4 and s1["new_events"] >= 3
    with open_store(str(db)) as st:
        events = st.query_events(__import__("sitrep.store", fromlist=["EventFilter"]).EventFilter()).events
        places = {e.event.location.name for e in events if e.event.location}
        assert {"Kharkiv", "Odesa", "Sumy"} <= places
        docs = {st.get_document(e.event.doc_id)["url"] for e in events}
        assert server.url("/news/kharkiv-drones.html") in docs

    r2 = _watch(db, sources, "--json")
    s2 = json.loads(r2.stdout.strip().splitlines()[-1])
    assert r2.exit_code == 0
    assert s2["new_documents"] == 0 and s2["not_modified"] >= 1 and s2["new_events"] == 0
    assert s2["not_due"] == 1  # the failing source backs off
    feed_gets = [h for p, h in server.requests if p == "/feed.xml"]
    assert feed_gets[-1].get("If-None-Match") == '"v1"'
    assert "sitrep/" in feed_gets[-1]["User-Agent"] and "http" in feed_gets[-1]["User-Agent"]

    _feed(server, ["zaporizhzhia-shelling", "kharkiv-drones", "odesa-port", "sumy-glide-bomb"], '"v2"')
    r3 = _watch(db, sources)  # the human summary
    assert r3.exit_code == 0
    assert "new_documents=1" in r3.stdout and "errors=0" in r3.stdout
    article_gets = [p for p, _ in server.requests if p.startswith("/news/")]
    assert len(article_gets) == len(set(article_gets)) == 4  # no article fetched twice
    with open_store(str(db)) as st:
        assert st.meta()["documents"] == 4
        log = WatchState(st).fetch_log(limit=100)
    assert {(r["url"].rsplit("/", 1)[-1], r["status"]) for r in log} >= {
        ("feed.xml", 200), ("feed.xml", 304), ("no-such-feed.xml", 404), ("kharkiv-drones.html", 200)}
    assert any(r["etag"] == '"v2"' for r in log) and all(r["fetched_at"] for r in log)


def test_robots_disallowed_page_is_never_requested(tmp_path, server, process, caplog):
    base = server.url("")
    server.routes["/private/leak.html"] = Page(article_html("odesa-port"))
    server.routes["/feed.xml"] = Page(
        rss(base, ["kharkiv-drones"]).replace(b"</channel>", f"""<item><title>Leak</title>
<link>{base}/private/leak.html</link><description>short</description></item></channel>""".encode()),
        ctype="application/rss+xml")
    server.routes["/list.html"] = Page(f"""<html><body><a href="/private/other.html">Other</a>
<a href="/news/sumy-glide-bomb.html">Sumy</a></body></html>""".encode())
    st = open_store(str(tmp_path / "r.db"))
    srcs = [make_source({"name": "wire", "url": server.url("/feed.xml"), "interval": 0}),
            make_source({"name": "listing", "url": server.url("/list.html"), "kind": "html", "interval": 0})]
    with caplog.at_level(logging.WARNING, logger="sitrep.watch"):
        s = Runner(st, sources=srcs, policy=FAST, process=process).run_pass()
    assert s.robots_disallowed == 2 and s.new_documents == 2, s.to_dict()
    assert not [p for p in server.paths() if p.startswith("/private/")]
    assert "disallowed by robots.txt" in caplog.text
    # and it stays skipped: a later pass does not ask again
    s2 = Runner(st, sources=srcs, policy=FAST, process=process, force=True).run_pass()
    assert s2.robots_disallowed == 0 and s2.new_documents == 0
    assert not [p for p in server.paths() if p.startswith("/private/")]
    st.close()


def test_fetch_failures_each_logged_and_the_others_go_on(tmp_path, server, process, caplog):
    base = server.url("")
    big = b"<html><body>" + b"<p>Filler text of an endless page.</p>" * (20 * 1024 * 1024 // 37) + b"</body></html>"
    assert len(big) >= 20 * 1024 * 1024
    server.routes.update({
        "/err.xml": Page(b"oops", status=500, ctype="text/plain"),
        "/slow.xml": Page(rss(base, ["odesa-port"]), ctype="application/rss+xml", delay=1.5),
        "/broken.xml": Page(b'<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>A'
                            b'</titl><link>nowhere', ctype="application/rss+xml"),
        "/huge.html": Page(big),
        "/loop-a": Page(status=302, headers={"Location": "/loop-b"}),
        "/loop-b": Page(status=301, headers={"Location": base + "/loop-a"}),
        "/ok.xml": Page(rss(base, ["kharkiv-drones", "zaporizhzhia-shelling"]).replace(
            b"</channel>", f"<item><title>Huge</title><link>{base}/huge-article.html</link></item></channel>".encode()),
            ctype="application/rss+xml"),
        "/huge-article.html": Page(big, drip=1024 * 1024),  # no Content-Length: cut while streaming
    })
    srcs = [make_source({"name": n, "url": server.url(p), "kind": k, "interval": 0}) for n, p, k in (
        ("server-error", "/err.xml", "feed"), ("slow", "/slow.xml", "feed"), ("malformed", "/broken.xml", "feed"),
        ("huge-listing", "/huge.html", "html"), ("loop", "/loop-a", "feed"), ("good", "/ok.xml", "feed"))]
    st = open_store(str(tmp_path / "f.db"))
    policy = FetchPolicy(delay=0, retries=0, timeout=0.5, max_bytes=10 * 1024 * 1024, workers=3)
    t0 = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="sitrep.watch"):
        s = Runner(st, sources=srcs, policy=policy, process=process).run_pass()
    assert time.monotonic() - t0 < 20
    msgs = "\n".join(s.messages)
    assert s.new_documents == 2 and s.errors == 6, s.messages
    assert "server-error" in msgs and "HTTP 500" in msgs
    assert "slow" in msgs and "timeout" in msgs
    assert "malformed" in msgs and "malformed feed" in msgs
    assert "huge-listing" in msgs and "body larger than the 10 MB limit (Content-Length 20." in msgs
    assert "huge-article.html" in msgs and "body larger than the 10 MB limit (more than 10." in msgs
    assert "loop" in msgs and "redirect loop" in msgs
    for m in s.messages:
        assert m in caplog.text and "\n" not in m
    with st.Session() as sess:
        from sitrep.store.watch_tables import WatchSourceRow
        rows = {r.name: r for r in sess.query(WatchSourceRow)}
    assert rows["good"].failures == 0 and rows["good"].last_error is None
    assert rows["slow"].failures == 1 and "timeout" in rows["slow"].last_error
    assert rows["slow"].next_due_at is not None  # backs off
    st.close()


def test_retry_after_waited_backoff_and_dead_source(tmp_path, server, process):
    calls = {"n": 0}

    def flaky(_h):
        calls["n"] += 1
        if calls["n"] == 1:
            return Page(b"busy", status=429, ctype="text/plain", headers={"Retry-After": "1"})
        return Page(rss(server.url(""), ["sumy-glide-bomb"]), ctype="application/rss+xml")

    server.routes["/flaky.xml"] = flaky
    server.routes["/closed.xml"] = Page(b"maintenance", status=503, ctype="text/plain",
                                        headers={"Retry-After": "7200"})
    st = open_store(str(tmp_path / "d.db"))
    srcs = [make_source({"name": "flaky", "url": server.url("/flaky.xml"), "interval": 0}),
            make_source({"name": "closed", "url": server.url("/closed.xml"), "interval": 0})]
    policy = FetchPolicy(delay=0, retries=2, backoff=0.05, timeout=2, max_retry_after=5, dead_after=2)
    t0 = time.monotonic()
    s = Runner(st, sources=srcs, policy=policy, process=process).run_pass()
    assert s.new_documents == 1 and calls["n"] == 2 and time.monotonic() - t0 >= 1.0
    assert s.errors == 1 and "Retry-After 7200" in s.messages[0]
    assert [p for p in server.paths() if p == "/closed.xml"] == ["/closed.xml"]  # not retried in the pass
    h = {x.source.name: x for x in __import__("sitrep.watch", fromlist=["source_health"]).source_health(st)}
    assert h["closed"].status == "failing" and h["flaky"].status == "ok"
    from datetime import datetime
    due = datetime.fromisoformat(h["closed"].next_due_at.rstrip("Z"))
    assert (due - datetime.utcnow()).total_seconds() > 7000
    s2 = Runner(st, sources=srcs, policy=policy, process=process).run_pass()
    assert s2.not_due == 1  # waits as asked
    s3 = Runner(st, sources=srcs, policy=policy, process=process, force=True).run_pass()
    assert s3.errors == 1 and s3.dead == []
    s4 = Runner(st, sources=srcs, policy=policy, process=process, force=True).run_pass()
    assert s4.dead == ["closed"] and s4.errors == 0  # reported, not retried
    assert len([p for p in server.paths() if p == "/closed.xml"]) == 2
    from sitrep.watch import revive_source
    assert revive_source(st, "closed")
    s5 = Runner(st, sources=srcs, policy=policy, process=process).run_pass()
    assert s5.errors == 1 and s5.dead == []
    st.close()


def test_same_article_twice_is_one_document(tmp_path, server, process):
    base = server.url("")
    server.routes["/a.xml"] = Page(rss(base, ["kharkiv-drones", "odesa-port"]), ctype="application/rss+xml")
    # the same article with tracking parameters, and the same text at another address
    server.routes["/b.xml"] = Page(rss(base, ["kharkiv-drones"], extra_query="?utm_source=rss&utm_medium=feed")
                                   .replace(b"</channel>", f"<item><title>Copy</title><link>{base}/mirror/odesa.html"
                                            f"</link></item></channel>".encode()), ctype="application/rss+xml")
    server.routes["/mirror/odesa.html"] = Page(article_html("odesa-port"))
    st = open_store(str(tmp_path / "u.db"))
    srcs = [make_source({"name": "a", "url": server.url("/a.xml"), "interval": 0}),
            make_source({"name": "b", "url": server.url("/b.xml"), "interval": 0})]
    s = Runner(st, sources=srcs, policy=FetchPolicy(delay=0, retries=0, workers=1), process=process).run_pass()
    assert s.new_documents == 2 and s.duplicates == 1, s.to_dict()
    assert server.paths().count("/news/kharkiv-drones.html") == 1
    assert not [p for p in server.paths() if "utm_" in p]
    assert st.meta()["documents"] == 2
    s2 = Runner(st, sources=srcs, policy=FAST, process=process, force=True).run_pass()
    assert s2.new_documents == 0 and s2.duplicates == 0 and s2.seen == 4
    st.close()


TELEGRAM = {
    "name": "Odesa Regional Administration", "type": "public_channel", "id": 1609876543,
    "messages": [
        {"id": 101, "type": "service", "date": "2025-05-14T06:00:00", "action": "pin_message", "text": ""},
        {"id": 102, "type": "message", "date": "2025-05-14T07:12:00", "from": "Odesa Regional Administration",
         "text": "Russian drones attacked Odesa overnight. A drone hit a warehouse in the port, injuring "
                 "three workers, governor Oleh Kiper said. Air defence shot down 14 drones over the region."},
        {"id": 103, "type": "message", "date": "2025-05-14T09:40:00", "photo": "photos/photo_1.jpg", "text": ""},
        {"id": 104, "type": "message", "date": "2025-05-15T08:05:00", "from": "Odesa Regional Administration",
         "text": ["A Russian missile struck ", {"type": "bold", "text": "Izmail"},
                  " on Thursday morning, killing one man and damaging a port building, the regional "
                  "administration said. ", {"type": "hashtag", "text": "#Odesa"}]},
    ],
}


def test_telegram_export_one_message_one_document(tmp_path, process):
    export = tmp_path / "export" / "result.json"
    export.parent.mkdir()
    export.write_text(json.dumps(TELEGRAM), encoding="utf-8")
    st = open_store(str(tmp_path / "t.db"))
    src = [make_source({"name": "odesa-ova", "url": str(export), "kind": "telegram-export", "interval": 0})]
    s = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s.new_documents == 2 and s.errors == 0, s.to_dict()
    docs = sorted(d["doc_id"] for d in (st.get_document(x) for x in ("odesa-regional-administration-102",
                                                                     "odesa-regional-administration-104")) if d)
    assert len(docs) == 2
    d104 = st.get_document("odesa-regional-administration-104")
    assert "Izmail" in d104["clean_text"] and d104["date"] == "2025-05-15"
    assert st.meta()["events"] >= 2
    s2 = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s2.new_documents == 0 and s2.not_modified == 1
    more = dict(TELEGRAM)
    more["messages"] = TELEGRAM["messages"] + [
        {"id": 105, "type": "message", "date": "2025-05-16T10:00:00",
         "text": "Shelling of Bilhorod-Dnistrovskyi district on Friday injured two women, governor Oleh Kiper said."}]
    export.write_text(json.dumps(more), encoding="utf-8")
    os.utime(export, ns=(time.time_ns(), time.time_ns() + 10**9))
    s3 = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s3.new_documents == 1 and s3.seen == 2
    st.close()


def test_drop_folder(tmp_path, process):
    drop = tmp_path / "drop"
    drop.mkdir()
    title, date, body = ARTICLES["kharkiv-drones"]
    (drop / "kharkiv.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (drop / "partial.txt.part").write_text("still being written", encoding="utf-8")
    old = time.time() - 60
    os.utime(drop / "kharkiv.txt", (old, old))
    st = open_store(str(tmp_path / "dir.db"))
    src = [make_source({"name": "inbox", "url": str(drop), "kind": "dir", "interval": 0})]
    s = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s.new_documents == 1 and s.errors == 0, s.to_dict()
    assert Runner(st, sources=src, policy=FAST, process=process).run_pass().not_modified == 1
    (drop / "sumy.html").write_bytes(article_html("sumy-glide-bomb"))
    (drop / "empty.txt").write_text("", encoding="utf-8")
    for f in ("sumy.html", "empty.txt"):
        os.utime(drop / f, (old, old))
    s3 = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s3.new_documents == 1 and s3.errors == 1 and "empty" in s3.messages[0]
    st.close()


def test_html_listing_css_and_news_sitemap(tmp_path, server, process):
    base = server.url("")
    server.routes["/ukraine/"] = Page(f"""<html><body>
<nav><a href="/about.html">About</a><a href="https://elsewhere.example/news/x.html">Partner</a></nav>
<section class="latest"><article><h2><a href="/news/kharkiv-drones.html?utm_campaign=home">Kharkiv</a></h2></article>
<article><h2><a href="../news/odesa-port.html">Odesa</a></h2></article>
<article><h2><a href="/video/clip.html">Video</a></h2></article></section>
<aside><a href="/news/sumy-glide-bomb.html">Most read</a></aside></body></html>""".encode())
    server.routes["/sitemap-news.xml"] = Page(f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/news/zaporizhzhia-shelling.html</loc><news:news><news:publication><news:name>Frontline Wire</news:name>
<news:language>en</news:language></news:publication><news:publication_date>2025-05-16T09:00:00+00:00</news:publication_date>
<news:title>Shelling kills one</news:title></news:news></url>
<url><loc>{base}/news/odesa-port.html</loc><lastmod>2025-05-15</lastmod></url>
</urlset>""".encode(), ctype="application/xml")
    server.routes["/sitemap.xml"] = Page(f"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml</loc><lastmod>2025-05-16</lastmod></sitemap></sitemapindex>""".encode(),
                                         ctype="application/xml")
    st = open_store(str(tmp_path / "h.db"))
    srcs = [make_source({"name": "listing", "url": server.url("/ukraine/"), "kind": "html", "interval": 0,
                         "link_css": "section.latest article", "link_pattern": r"/news/", "exclude_pattern": "/video/"}),
            make_source({"name": "sitemap", "url": server.url("/sitemap.xml"), "kind": "sitemap", "interval": 0})]
    s = Runner(st, sources=srcs, policy=FetchPolicy(delay=0, retries=0, workers=1), process=process).run_pass()
    assert s.new_documents == 3 and s.errors == 0, s.to_dict()
    fetched = set(server.paths())
    assert "/news/sumy-glide-bomb.html" not in fetched and "/video/clip.html" not in fetched
    assert "/about.html" not in fetched
    assert server.paths().count("/news/odesa-port.html") == 1  # listed by both, fetched once
    st.close()


def test_cli_sources_commands(tmp_path, server):
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    toml = _toml(tmp_path / "s.toml", server)
    r = runner.invoke(app, ["sources", "import", str(toml), "--db", db])
    assert r.exit_code == 0 and "2 added" in r.stdout
    r = runner.invoke(app, ["sources", "add", "ministry", "https://example.org/press/", "--kind", "html",
                            "--link-css", "div.news a", "--interval", "1h", "--db", db])
    assert r.exit_code == 0 and "added" in r.stdout
    r = runner.invoke(app, ["sources", "add", "bad", "https://example.org/", "--kind", "html",
                            "--link-pattern", "([", "--db", db])
    assert r.exit_code == 2 and "link_pattern" in r.stderr
    r = runner.invoke(app, ["sources", "list", "--db", db, "--format", "json"])
    listed = {s["name"]: s for s in json.loads(r.stdout)}
    assert set(listed) == {"frontline-wire", "gone-outlet", "ministry"}
    assert listed["ministry"]["interval"] == 3600 and listed["ministry"]["status"] == "new"
    assert listed["gone-outlet"]["kind"] == "feed"
    r = runner.invoke(app, ["sources", "list", "--db", db, "--format", "toml"])
    (tmp_path / "round.toml").write_text(r.stdout)
    from sitrep.watch import load_sources
    assert [s.name for s in load_sources(tmp_path / "round.toml")[0]] == ["frontline-wire", "gone-outlet", "ministry"]
    r = runner.invoke(app, ["sources", "remove", "ministry", "--db", db])
    assert r.exit_code == 0
    r = runner.invoke(app, ["sources", "remove", "ministry", "--db", db])
    assert r.exit_code == 1
    (tmp_path / "bad.toml").write_text('[[source]]\nname = "x"\nurl = "ftp://x"\n')
    r = runner.invoke(app, ["watch", "--once", "--db", db, "--sources", str(tmp_path / "bad.toml")])
    assert r.exit_code == 2 and "url must be http" in r.stderr


def _atom(base, updated, slug="kharkiv-drones"):
    title = ARTICLES[slug][0]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Frontline Wire</title><id>urn:fw</id>
<updated>{updated}</updated><entry><title>{title}</title><id>urn:fw:{slug}</id>
<link href="{base}/news/{slug}.html"/><published>2025-05-14T07:30:00Z</published>
<updated>{updated}</updated></entry></feed>""".encode()


def test_an_edited_article_is_fetched_again_and_updates_its_event(tmp_path, server, process):
    base = server.url("")
    server.routes["/atom.xml"] = Page(_atom(base, "2025-05-14T07:30:00Z"), ctype="application/atom+xml")
    st = open_store(str(tmp_path / "e.db"))
    src = [make_source({"name": "wire", "url": server.url("/atom.xml"), "interval": 0})]
    s1 = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s1.new_documents == 1 and s1.new_events >= 1
    s2 = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s2.seen == 1 and s2.new_documents == 0  # same stamp: not fetched again
    edited = article_html("kharkiv-drones").replace(b"killing two people", b"killing four people").replace(
        b"Rescuers worked through the night", b"The death toll rose to four in the morning as rescuers worked")
    server.routes["/news/kharkiv-drones.html"] = Page(edited)
    server.routes["/atom.xml"] = Page(_atom(base, "2025-05-14T11:05:00Z"), ctype="application/atom+xml")
    s3 = Runner(st, sources=src, policy=FAST, process=process).run_pass()
    assert s3.new_documents == 1 and s3.updated_events >= 1 and s3.new_events == 0, s3.to_dict()
    assert server.paths().count("/news/kharkiv-drones.html") == 2
    from sitrep.store import EventFilter
    events = st.query_events(EventFilter()).events
    assert len(events) == 1 and events[0].cluster_size == 2  # one event, both reports
    assert events[0].event.fatalities.high == 4  # the revised figure is kept
    st.close()
