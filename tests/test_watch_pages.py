"""``sitrep watch`` (issue 14): HTML listings read over several pages (``rel="next"`` or a
``next_css`` link, bounded by ``max_pages``) and a source's ``language`` (documents in another
language are skipped and counted, not errors). Local HTTP server on 127.0.0.1; invented reports."""
from __future__ import annotations

import pytest

from sitrep.store import open_store
from sitrep.watch import FetchPolicy, Runner, make_source
from sitrep.watch.registry import SourceError
from watch_articles import ARTICLES, article_html, rss
from watch_server import Page, WatchServer

FAST = FetchPolicy(delay=0, retries=0, workers=1, timeout=2.0)

UK_ARTICLE = """<!doctype html><html><head><meta charset="utf-8"><title>Обстріл Херсона</title></head>
<body><article><h1>Російська армія обстріляла Херсон, поранено двох людей</h1>
<p>Вранці у неділю російські війська обстріляли Дніпровський район Херсона. Поранено двох чоловіків,
повідомила обласна військова адміністрація. Також пошкоджено будинок і автомобіль, який стояв на вулиці.</p>
<p>Рятувальники загасили пожежу, яка виникла після обстрілу, повідомили в ДСНС.</p></article></body></html>"""


@pytest.fixture(scope="module")
def process():
    from sitrep.app.driver import pipeline_processor

    return pipeline_processor()


@pytest.fixture()
def server():
    with WatchServer() as srv:
        for slug in ARTICLES:
            srv.routes[f"/news/{slug}.html"] = Page(article_html(slug))
        yield srv


def _listing(links, nxt="", head=""):
    items = "".join(f'<article><h2><a href="/news/{s}.html">{s}</a></h2></article>' for s in links)
    return f"<html><head>{head}</head><body><section class=latest>{items}</section>{nxt}</body></html>".encode()


def test_html_listing_follows_rel_next_up_to_max_pages(tmp_path, server, process):
    server.routes["/archive/"] = Page(_listing(["kharkiv-drones"], head='<link rel="next" href="/archive/?page=2">'))
    server.routes["/archive/?page=2"] = Page(_listing(["odesa-port"], '<a rel="next" href="/archive/?page=3">Older</a>'
                                                                      '<a href="/archive/">Newest</a>'))
    server.routes["/archive/?page=3"] = Page(_listing(["zaporizhzhia-shelling"], '<a rel="next" href="/archive/?page=4">'))
    server.routes["/archive/?page=4"] = Page(_listing(["sumy-glide-bomb"]))
    src = make_source({"name": "archive", "url": server.url("/archive/"), "kind": "html", "interval": 0,
                       "link_pattern": "/news/", "max_pages": 3})
    with open_store(str(tmp_path / "p.db")) as st:
        s = Runner(st, sources=[src], policy=FAST, process=process).run_pass()
        assert s.new_documents == 3 and s.errors == 0, s.to_dict()
        paths = server.paths()
        assert [p for p in paths if p.startswith("/archive/")] == ["/archive/", "/archive/?page=2", "/archive/?page=3"]
        assert "/news/sumy-glide-bomb.html" not in paths  # on page 4: past max_pages
        assert s.fetched == 3 + 3


def test_html_listing_next_css_and_a_loop_ends(tmp_path, server, process):
    # the "next" link is a plain link found by CSS; page 2 points back to page 1 (a loop)
    server.routes["/list/"] = Page(_listing(["kharkiv-drones"], '<div class=pager><a href="/list/p2">Older</a></div>'))
    server.routes["/list/p2"] = Page(_listing(["odesa-port", "kharkiv-drones"],
                                              '<div class=pager><a href="/list/">Older</a></div>'))
    src = make_source({"name": "list", "url": server.url("/list/"), "kind": "html", "interval": 0,
                       "link_pattern": "/news/", "next_css": "div.pager a"})
    assert src.max_pages == 3
    with open_store(str(tmp_path / "c.db")) as st:
        s = Runner(st, sources=[src], policy=FAST, process=process).run_pass()
        assert s.new_documents == 2 and s.errors == 0, s.to_dict()
        assert [p for p in server.paths() if p.startswith("/list/")] == ["/list/", "/list/p2"]
        assert server.paths().count("/news/kharkiv-drones.html") == 1
    # without next_css and rel="next", one page only
    server.requests.clear()
    one = make_source({"name": "one", "url": server.url("/list/"), "kind": "html", "interval": 0,
                       "link_pattern": "/news/"})
    with open_store(str(tmp_path / "o.db")) as st:
        s = Runner(st, sources=[one], policy=FAST, process=process).run_pass()
        assert s.new_documents == 1 and [p for p in server.paths() if p.startswith("/list/")] == ["/list/"]


def test_a_source_language_skips_documents_in_another(tmp_path, server, process):
    server.routes["/news/kherson-uk.html"] = Page(UK_ARTICLE.encode("utf-8"))
    feed = rss(server.url(""), ["kharkiv-drones"]).replace(
        b"</channel>", f"<item><title>Kherson</title><link>{server.url('/news/kherson-uk.html')}</link>"
                       f"<pubDate>18 May 2025 07:30:00 +0000</pubDate></item></channel>".encode())
    server.routes["/feed.xml"] = Page(feed, ctype="application/rss+xml")
    src = make_source({"name": "wire", "url": server.url("/feed.xml"), "kind": "rss", "interval": 0,
                       "language": "en-GB"})
    assert src.language == "en"
    with open_store(str(tmp_path / "l.db")) as st:
        s = Runner(st, sources=[src], policy=FAST, process=process).run_pass()
        assert (s.new_documents, s.other_language, s.errors) == (1, 1, 0), s.to_dict()
        assert s.to_dict()["other_language"] == 1
        again = Runner(st, sources=[src], policy=FAST, process=process).run_pass()
        assert (again.new_documents, again.other_language, again.errors) == (0, 0, 0)  # not retried
    # without a language the Ukrainian page reaches the extractor, which reports it
    nolang = make_source({"name": "wire2", "url": server.url("/feed.xml"), "kind": "rss", "interval": 0})
    with open_store(str(tmp_path / "n.db")) as st:
        s = Runner(st, sources=[nolang], policy=FAST, process=process).run_pass()
        assert (s.new_documents, s.other_language, s.errors) == (1, 0, 1), s.to_dict()


@pytest.mark.parametrize("bad, msg", [
    ({"max_pages": 0}, "max_pages"), ({"max_pages": "3"}, "max_pages"),
    ({"next_css": "a[["}, "next_css"), ({"language": "english!"}, "language")])
def test_pagination_and_language_settings_are_checked(bad, msg):
    with pytest.raises(SourceError, match=msg):
        make_source({"name": "x", "url": "http://127.0.0.1/", "kind": "html", **bad})


def test_a_source_trust_is_shown_with_its_documents(tmp_path, server, process):
    from fastapi.testclient import TestClient

    from sitrep.api.app import create_app

    server.routes["/feed.xml"] = Page(rss(server.url(""), ["kharkiv-drones"], extra_query="?utm_source=rss"),
                                      ctype="application/rss+xml")
    server.routes["/ukraine/"] = Page(_listing(["odesa-port"]))
    srcs = [make_source({"name": "wire", "url": server.url("/feed.xml"), "kind": "rss", "interval": 0, "trust": 0.9}),
            make_source({"name": "blog", "url": server.url("/ukraine/"), "kind": "html", "interval": 0,
                         "link_pattern": "/news/"})]
    db = str(tmp_path / "t.db")
    with open_store(db) as st:
        s = Runner(st, sources=srcs, policy=FAST, process=process).run_pass()
        assert s.new_documents == 2 and s.errors == 0, s.to_dict()
    with TestClient(create_app(db)) as c:
        evs = c.get("/events").json()["events"]
        got = {(src["watch_source"], src["trust"]) for e in evs for src in e["sources"]}
        assert got == {("wire", 0.9), ("blog", None)}
        doc = next(src["doc_id"] for e in evs for src in e["sources"] if src["watch_source"] == "wire")
        d = c.get(f"/documents/{doc}").json()
        assert [(x["watch_source"], x["trust"]) for x in d["sources"]] == [("wire", 0.9)]
        one = c.get(f"/events/{evs[0]['event_id']}").json()
        assert one["sources"][0]["watch_source"] in ("wire", "blog")
