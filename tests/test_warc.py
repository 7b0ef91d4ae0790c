"""WARC input for ``sitrep extract`` and ``sitrep ingest``: archives written here with warcio
(invented news pages with page furniture) give the same events as the same pages saved as HTML
files; skipped records are counted on one stderr line; damaged archives keep the records before
the damage and end with one clear error; empty archives are no error."""
from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from sitrep.cli.main import app  # noqa: E402
from sitrep.ingest import WarcStats, read_inputs  # noqa: E402
from sitrep.ingest.warc import _dechunk, doc_id_from_url  # noqa: E402
from sitrep.model import IngestError, RawDocument  # noqa: E402

runner = CliRunner()
SITE = "https://north-ledger.example"

_FURNITURE_TOP = """<header class="site-header"><a class="logo" href="/">The North Ledger</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/war">War</a></li><li><a href="/economy">Economy</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div></header>"""
_FURNITURE_BOTTOM = """<aside class="related"><h3>Read also</h3><ul>
<li><a href="/news/2026/03/09/grain-corridor-talks.html">Grain corridor talks resume in Istanbul</a></li>
<li><a href="/news/2026/03/08/power-outage-schedule.html">Power outage schedules for the week</a></li></ul></aside>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div>
<footer><p>© 2026 The North Ledger. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> |
<a href="/contacts">Contacts</a></p></footer>"""

ARTICLES = {
    "kharkiv-overnight-drone-attack": (
        "2026-03-11T07:40:00+02:00",
        "Drones hit Kharkiv overnight, two killed",
        ["Russian drones struck a residential area of Kharkiv overnight, killing two people and "
         "injuring nine, regional governor Oleh Syniehubov said on Wednesday.",
         "According to the governor, the drones hit a nine-storey apartment building and a petrol "
         "station in the Kyivskyi district shortly after 2 a.m. Rescuers pulled three residents "
         "from the rubble.",
         "Ukraine's air force said it shot down 41 of 63 drones launched overnight across the country."],
    ),
    "zaporizhzhia-shelling-farm": (
        "2026-03-12T18:05:00+02:00",
        "Shelling of Stepnohirsk damages farm buildings",
        ["Russian artillery shelled the village of Stepnohirsk in Zaporizhzhia region on Thursday, "
         "damaging farm buildings and a power line, the regional military administration reported.",
         "A 54-year-old man was wounded and taken to hospital, Ivan Fedorov wrote on Telegram.",
         "There was no immediate comment from Moscow."],
    ),
    "kherson-boat-attack": (
        "2026-03-13T09:15:00+02:00",
        "Drone attack on a boat near Kherson kills fisherman",
        ["A Russian drone attacked a fishing boat on the Dnipro river near Kherson on Friday morning, "
         "killing one fisherman, the Kherson regional administration said.",
         "Another man on the boat suffered shrapnel wounds. Police have opened a criminal case "
         "under the article on violation of the laws and customs of war."],
    ),
}


def page_html(slug: str, charset: str = "utf-8", meta_charset: bool = True) -> str:
    published, title, paras = ARTICLES[slug]
    url = f"{SITE}/news/{published[:10].replace('-', '/')}/{slug}.html"
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    return (f"<!DOCTYPE html><html lang=\"en\"><head>{meta}<title>{title} | The North Ledger</title>"
            f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="The North Ledger">'
            f'<meta property="article:published_time" content="{published}"></head><body>{_FURNITURE_TOP}'
            f'<main><article><h1>{title}</h1><p class="byline">By Staff reporter</p>{body}</article></main>'
            f"{_FURNITURE_BOTTOM}</body></html>")


def url_of(slug: str) -> str:
    published = ARTICLES[slug][0]
    return f"{SITE}/news/{published[:10].replace('-', '/')}/{slug}.html"


def chunked(body: bytes, size: int = 700) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[k:k + size]), body[k:k + size]) for k in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


class Archive:
    """A WARC written with warcio, record by record."""

    def __init__(self, path: Path, gz: bool = True, version: str = "WARC/1.1"):
        self.path = path
        self.fh = open(path, "wb")
        self.w = WARCWriter(self.fh, gzip=gz, warc_version=version)

    def response(self, url: str, body: bytes, *, status: str = "200 OK", ctype: str = "text/html; charset=utf-8",
                 encoding: str = "", chunk: bool = False, date: str = "2026-03-14T10:00:00Z", extra=()) -> None:
        headers = [("Content-Type", ctype)] if ctype else []
        headers += list(extra)
        if encoding == "gzip":
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        elif encoding == "deflate":
            body = zlib.compress(body)
            headers.append(("Content-Encoding", "deflate"))
        elif encoding == "br":
            import brotli

            body = brotli.compress(body)
            headers.append(("Content-Encoding", "br"))
        if chunk:
            body = chunked(body)
            headers.append(("Transfer-Encoding", "chunked"))
        else:
            headers.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        rec = self.w.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                        http_headers=http, warc_headers_dict={"WARC-Date": date})
        self.w.write_record(rec)

    def request(self, url: str) -> None:
        path = "/" + url.split("/", 3)[3]
        http = StatusAndHeaders(f"GET {path} HTTP/1.1", [("Host", url.split("/")[2]), ("User-Agent", "test")],
                                is_http_request=True)
        self.w.write_record(self.w.create_warc_record(url, "request", http_headers=http))

    def revisit(self, url: str) -> None:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        rec = self.w.create_revisit_record(url, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                           refers_to_uri=url, refers_to_date="2026-03-01T00:00:00Z",
                                           http_headers=http)
        self.w.write_record(rec)

    def warcinfo(self) -> None:
        self.w.write_record(self.w.create_warcinfo_record(self.path.name, {"software": "test-crawler/1.0"}))

    def close(self) -> Path:
        self.fh.close()
        return self.path


def event_lines(stdout: str) -> list[dict]:
    return [json.loads(ln) for ln in stdout.splitlines() if ln.strip()]


def extract(*args):
    return runner.invoke(app, ["extract", "--format", "jsonl", *map(str, args)])


@pytest.fixture
def pages_dir(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    for slug in ARTICLES:
        (d / f"{slug}.html").write_text(page_html(slug), encoding="utf-8")
    return d


def crawl(path: Path, gz: bool = True, version: str = "WARC/1.1") -> Path:
    """The three article pages (plain, gzip, chunked + gzip) among records that are skipped."""
    a = Archive(path, gz=gz, version=version)
    a.warcinfo()
    slugs = sorted(ARTICLES)
    for i, slug in enumerate(slugs):
        a.request(url_of(slug))
        a.response(url_of(slug), page_html(slug).encode("utf-8"), encoding="gzip" if i else "",
                   chunk=i == 2)
    a.response(f"{SITE}/news/2026/03/10/removed-story.html", b"<html><body><h1>Not found</h1></body></html>",
               status="404 Not Found")
    a.response(f"{SITE}/img/kharkiv-strike.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, ctype="image/jpeg")
    a.revisit(url_of(slugs[0]))
    return a.close()


# ----------------------------------------------------------------------------- same events
@pytest.mark.parametrize("gz,version", [(True, "WARC/1.1"), (False, "WARC/1.0")])
def test_warc_gives_the_same_events_as_the_html_files(tmp_path, pages_dir, gz, version):
    html = extract(pages_dir)
    assert html.exit_code == 0, html.stderr
    expected = event_lines(html.stdout)
    assert len({e["doc_id"] for e in expected}) == 3  # every page has events: the comparison means something
    warc = crawl(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz, version=version)
    got = extract(warc)
    assert got.exit_code == 0, got.stderr
    assert "error" not in got.stderr
    key = lambda e: json.dumps(e, sort_keys=True)  # noqa: E731
    assert sorted(map(key, event_lines(got.stdout))) == sorted(map(key, expected))


def test_documents_carry_the_target_uri_and_page_metadata(tmp_path):
    warc = crawl(tmp_path / "crawl.warc.gz")
    docs = list(read_inputs([warc]))
    assert all(isinstance(d, RawDocument) for d in docs)
    by_id = {d.doc_id: d for d in docs}
    assert set(by_id) == set(ARTICLES)
    d = by_id["kherson-boat-attack"]
    assert d.url == url_of("kherson-boat-attack")
    assert d.date == "2026-03-13" and d.outlet == "The North Ledger"
    assert d.title.startswith("Drone attack on a boat near Kherson")
    assert d.is_html and "<article>" in d.text
    assert d.source_path.startswith(str(warc) + "#")


def test_undated_page_takes_the_warc_date(tmp_path):
    a = Archive(tmp_path / "undated.warc.gz")
    body = page_html("zaporizhzhia-shelling-farm").replace('<meta property="article:published_time"', '<meta name="x"')
    a.response(f"{SITE}/live/stepnohirsk", body.encode(), date="2026-03-12T19:30:00Z")
    docs = list(read_inputs([a.close()]))
    assert [d.date for d in docs] == ["2026-03-12"]
    assert docs[0].doc_id == "stepnohirsk"


# ----------------------------------------------------------------------------- skipped records
def test_skipped_records_are_counted_on_one_stderr_line(tmp_path):
    warc = crawl(tmp_path / "crawl.warc.gz")
    r = extract(warc)
    assert r.exit_code == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("warc:")]
    assert len(lines) == 1, r.stderr
    line = lines[0]
    assert "1 archive, 10 records: 3 pages read, 7 skipped" in line
    for part in ("3 request", "1 revisit", "1 HTTP 404", "1 image/jpeg", "1 warcinfo"):
        assert part in line, line


def test_stats_count_by_reason(tmp_path):
    st = WarcStats()
    docs = list(read_inputs([crawl(tmp_path / "c.warc")], warc_stats=st))
    assert len(docs) == 3
    assert st.skipped == {"request": 3, "revisit": 1, "HTTP 404": 1, "image/jpeg": 1, "warcinfo": 1}
    assert (st.archives, st.records, st.pages) == (1, 10, 3)


def test_html_without_content_type_is_sniffed_and_other_text_skipped(tmp_path):
    a = Archive(tmp_path / "sniff.warc.gz")
    a.response(f"{SITE}/a/kherson-boat-attack", page_html("kherson-boat-attack").encode(), ctype="")
    a.response(f"{SITE}/robots.txt", b"User-agent: *\nDisallow: /admin\n", ctype="")
    a.response(f"{SITE}/feed.json", b'{"items": []}', ctype="application/json")
    st = WarcStats()
    docs = list(read_inputs([a.close()], warc_stats=st))
    assert [d.doc_id for d in docs] == ["kherson-boat-attack"]
    assert st.skipped == {"not HTML": 1, "application/json": 1}


# ----------------------------------------------------------------------------- HTTP decoding
def test_chunked_and_content_encodings_are_undone(tmp_path):
    a = Archive(tmp_path / "enc.warc.gz")
    page = page_html("kharkiv-overnight-drone-attack").encode()
    for i, (enc, chunk) in enumerate([("", True), ("gzip", False), ("gzip", True), ("deflate", False),
                                      ("deflate", True), ("br", False), ("br", True)]):
        a.response(f"{SITE}/p/{i}/story-{i}.html", page, encoding=enc, chunk=chunk)
    docs = list(read_inputs([a.close()]))
    assert [d.doc_id for d in docs] == [f"story-{i}" for i in range(7)]
    assert all(d.text == page.decode() for d in docs)


def test_compression_bomb_is_too_large_not_out_of_memory(tmp_path):
    import tracemalloc

    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # 100 MB of page in ~100 KB of gzip
    block = b"<p>" + b"a" * (1024 * 1024 - 7) + b"</p>"
    bomb = z.compress(b"<html><body>") + b"".join(z.compress(block) for _ in range(100)) + z.flush()
    a = Archive(tmp_path / "bomb.warc.gz")
    a.response(f"{SITE}/bomb.html", bomb, extra=[("Content-Encoding", "gzip")])
    a.response(url_of("kherson-boat-attack"), page_html("kherson-boat-attack").encode())
    warc = a.close()
    tracemalloc.start()
    try:
        items = list(read_inputs([warc], max_mb=5))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(items[0], IngestError) and "too large" in items[0].message
    assert [d.doc_id for d in items[1:]] == ["kherson-boat-attack"]
    assert peak < 40 * 1024 * 1024, peak


def test_dechunk_leaves_a_body_that_is_not_chunked():
    assert _dechunk(b"<html><body>already decoded</body></html>") == b"<html><body>already decoded</body></html>"
    assert _dechunk(b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n") == b"hello world"


def test_charset_from_the_http_header(tmp_path):
    text = "Обстріл Харкова: загинули двоє людей, ще дев'ятеро поранені, повідомив губернатор."
    page = f"<html><head><title>Харків</title></head><body><p>{text}</p><p>{text}</p></body></html>"
    a = Archive(tmp_path / "charset.warc.gz")
    a.response(f"{SITE}/ua/kharkiv-koi8.html", page.encode("koi8-u"), ctype="text/html; charset=KOI8-U")
    a.response(f"{SITE}/ua/kharkiv-1251.html", page.encode("cp1251"), ctype="text/html; charset=windows-1251")
    # the page's own <meta charset> when the header has none
    a.response(f"{SITE}/ua/kharkiv-meta.html",
               page.replace("<head>", '<head><meta charset="koi8-u">').encode("koi8-u"), ctype="text/html")
    # a header that names a legacy charset for a page that is UTF-8 after all
    a.response(f"{SITE}/ua/kharkiv-utf8.html", page.encode("utf-8"), ctype="text/html; charset=windows-1251")
    docs = list(read_inputs([a.close()]))
    assert [d.doc_id for d in docs] == ["kharkiv-koi8", "kharkiv-1251", "kharkiv-meta", "kharkiv-utf8"]
    for d in docs:
        assert text in d.text, d.doc_id


# ----------------------------------------------------------------------------- damaged archives
def _member_offsets(path: Path) -> list[int]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        return [it.get_record_offset() for _ in it]


def _three_pages(path: Path, gz: bool = True) -> Path:
    a = Archive(path, gz=gz)
    for slug in sorted(ARTICLES):
        a.response(url_of(slug), page_html(slug).encode())
    return a.close()


@pytest.mark.parametrize("damage", ["truncated", "corrupted"])
def test_damaged_gzip_member_keeps_the_records_before_it(tmp_path, damage):
    warc = _three_pages(tmp_path / "shard-007.warc.gz")
    data = warc.read_bytes()
    third = _member_offsets(warc)[2]
    if damage == "truncated":
        warc.write_bytes(data[: third + (len(data) - third) // 2])
    else:
        mid = third + (len(data) - third) // 2
        warc.write_bytes(data[:mid] + b"\x00garbage\x00" * 8 + data[mid + 72:])
    r = extract(warc)
    assert r.exit_code == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert {e["doc_id"] for e in event_lines(r.stdout)} == set(sorted(ARTICLES)[:2])
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, r.stderr
    assert "shard-007.warc.gz" in errors[0]
    assert ("truncated gzip member" if damage == "truncated" else "corrupted gzip member") in errors[0]
    assert "after 2 complete records" in errors[0]


def test_uncompressed_record_cut_short(tmp_path):
    warc = _three_pages(tmp_path / "cut.warc", gz=False)
    warc.write_bytes(warc.read_bytes()[:-600])
    items = list(read_inputs([warc]))
    assert [d.doc_id for d in items if isinstance(d, RawDocument)] == sorted(ARTICLES)[:2]
    errs = [e for e in items if isinstance(e, IngestError)]
    assert len(errs) == 1 and "record cut short" in errs[0].message and "\n" not in errs[0].message


def test_wrong_content_length_is_one_line_and_the_pages_still_read(tmp_path, capfd):
    warc = _three_pages(tmp_path / "cl.warc", gz=False)
    data = warc.read_bytes()
    m = re.search(rb"Content-Length: (\d+)\r\n", data)
    warc.write_bytes(data[:m.start()] + b"Content-Length: %d\r\n" % (int(m.group(1)) - 30) + data[m.end():])
    items = list(read_inputs([warc]))
    assert [d.doc_id for d in items if isinstance(d, RawDocument)] == sorted(ARTICLES)
    errs = [e for e in items if isinstance(e, IngestError)]
    assert len(errs) == 1 and "wrong Content-Length" in errs[0].message and "3 records read" in errs[0].message
    assert capfd.readouterr().err == ""  # warcio's own multi-line warning is silenced


def test_library_warnings_stay_off_stderr(tmp_path):
    a = Archive(tmp_path / "spaces.warc", gz=False)
    a.response(f"{SITE}/news/kherson boat attack.html", page_html("kherson-boat-attack").encode())
    warc = a.close()
    docs = list(read_inputs([warc]))
    assert [(d.doc_id, d.url) for d in docs] == [("kherson-boat-attack", f"{SITE}/news/kherson%20boat%20attack.html")]
    # in a process of its own: pytest's log capture would hide a warning printed by logging's last resort
    code = "import sys; from sitrep.ingest import read_inputs; print(len(list(read_inputs([sys.argv[1]]))))"
    r = subprocess.run([sys.executable, "-c", code, str(warc)], capture_output=True, text=True, timeout=120,
                       cwd=Path(__file__).resolve().parents[1])
    assert r.returncode == 0 and r.stdout.strip() == "1" and r.stderr == "", r.stderr


def test_whole_file_gzip_and_large_pages(tmp_path):
    big = page_html("kherson-boat-attack").replace(
        "<footer>", "<section class='comments'>" + "<p>Reader comment: stay safe everyone.</p>" * 6000 + "</section><footer>")
    assert len(big) > 200_000
    plain = Archive(tmp_path / "big.warc", gz=False)
    plain.response(url_of("kherson-boat-attack"), big.encode(), encoding="gzip", chunk=True)
    plain.response(url_of("kharkiv-overnight-drone-attack"), page_html("kharkiv-overnight-drone-attack").encode())
    plain.close()
    whole = tmp_path / "whole.warc.gz"  # one gzip stream for the archive, not one member per record
    whole.write_bytes(gzip.compress((tmp_path / "big.warc").read_bytes()))
    for f in (tmp_path / "big.warc", whole):
        docs = list(read_inputs([f]))
        assert [d.doc_id for d in docs] == ["kherson-boat-attack", "kharkiv-overnight-drone-attack"], docs
        assert docs[0].text == big


@pytest.mark.parametrize("content", [b"This is a plain text note, not an archive.\n" * 3,
                                     b"<html><body><p>A saved page</p></body></html>",
                                     gzip.compress(b"just some gzipped text\n")])
def test_not_a_warc_is_one_clear_error(tmp_path, content):
    f = tmp_path / "notes.warc.gz"
    f.write_bytes(content)
    r = extract(f)
    assert r.exit_code == 2
    assert "Traceback" not in r.stderr and "WARNING" not in r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:") and "notes.warc" in ln]
    assert len(errors) == 1 and "not a WARC archive" in errors[0], r.stderr


# ----------------------------------------------------------------------------- empty archives
@pytest.mark.parametrize("kind", ["zero-bytes.warc.gz", "zero-bytes.warc", "warcinfo-only.warc.gz"])
def test_empty_warc_is_no_documents_and_exit_0(tmp_path, kind):
    f = tmp_path / kind
    if kind.startswith("zero"):
        f.write_bytes(b"")
    else:
        a = Archive(f)
        a.warcinfo()
        a.close()
    r = extract(f)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert "error" not in r.stderr


# ----------------------------------------------------------------------------- mixed inputs
def test_directory_and_glob_of_warc_and_jsonl_shards(tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    a = Archive(shards / "part-00000.warc.gz")
    a.response(url_of("kherson-boat-attack"), page_html("kherson-boat-attack").encode())
    a.close()
    _, title, paras = ARTICLES["zaporizhzhia-shelling-farm"]
    (shards / "part-00001.jsonl").write_text(json.dumps(
        {"id": "stepnohirsk-wire", "title": title, "date": "2026-03-12", "text": "\n\n".join(paras)}) + "\n",
        encoding="utf-8")
    (shards / "part-00000.cdxj").write_text(  # the crawler's index beside its shard: not a document
        f'net,north-ledger)/war/kherson 20260313091500 {{"url": "{url_of("kherson-boat-attack")}", '
        '"status": "200", "offset": "0", "filename": "part-00000.warc.gz"}\n', encoding="utf-8")
    for arg in (shards, shards / "part-*.*[lz]"):
        docs = list(read_inputs([arg]))
        assert [d.doc_id for d in docs] == ["kherson-boat-attack", "stepnohirsk-wire"], arg
    r = extract(shards / "part-00000.warc.gz", shards / "part-00001.jsonl")
    assert r.exit_code == 0, r.stderr
    assert {e["doc_id"] for e in event_lines(r.stdout)} == {"kherson-boat-attack", "stepnohirsk-wire"}
    nothing = list(read_inputs([shards / "nothing-*.warc.gz"]))
    assert len(nothing) == 1 and "no file matches" in nothing[0].message


def test_doc_id_from_url():
    assert doc_id_from_url(f"{SITE}/news/2026/03/11/kharkiv-overnight-drone-attack.html") == \
        "kharkiv-overnight-drone-attack"
    assert doc_id_from_url("https://example.org/war/kherson-boat/") == "kherson-boat"
    assert doc_id_from_url("https://example.org/war/kherson-boat/index.html") == "kherson-boat"
    assert doc_id_from_url("https://example.org/") == "example.org"
    assert doc_id_from_url("https://example.org/index.php?id=4512") == "id-4512"
    assert doc_id_from_url("https://example.org/news/%D0%BA%D0%B8%D1%97%D0%B2-%D1%83%D0%B4%D0%B0%D1%80") == "київ-удар"
    assert doc_id_from_url("https://example.org/a b/story (2).html") == "story-2"


# ----------------------------------------------------------------------------- ingest
def test_ingest_stores_pages_with_urls_and_is_idempotent(tmp_path):
    from sitrep.store import open_store

    warc = crawl(tmp_path / "crawl.warc.gz")
    db = tmp_path / "warc.db"
    first = runner.invoke(app, ["ingest", str(warc), "--db", str(db)])
    assert first.exit_code == 0, first.stderr
    assert "documents: 3 added, 0 skipped" in first.stdout
    assert "sitrep: warc: 1 archive, 10 records: 3 pages read, 7 skipped" in first.stderr
    again = runner.invoke(app, ["ingest", str(warc), "--db", str(db)])
    assert again.exit_code == 0, again.stderr
    assert "documents: 0 added, 3 skipped" in again.stdout and "events: 0 added" in again.stdout
    st = open_store(str(db))
    try:
        assert st.meta()["documents"] == 3
        for slug in ARTICLES:
            doc = st.get_document(slug)
            assert doc is not None and doc["url"] == url_of(slug)
            assert doc["event_ids"]
    finally:
        st.close()


def test_ingest_of_an_empty_warc_exits_0(tmp_path):
    f = tmp_path / "empty.warc.gz"
    f.write_bytes(b"")
    r = runner.invoke(app, ["ingest", str(f), "--db", str(tmp_path / "e.db")])
    assert r.exit_code == 0, r.stderr
    assert "documents: 0 added" in r.stdout


# ----------------------------------------------------------------------------- fuzz
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_FUZZ_BASE: dict[bool, bytes] = {}


def _fuzz_base(gz: bool, tmp: Path) -> bytes:
    if gz not in _FUZZ_BASE:
        _FUZZ_BASE[gz] = crawl(tmp / ("fuzz.warc.gz" if gz else "fuzz.warc"), gz=gz).read_bytes()
    return _FUZZ_BASE[gz]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(gz=st.booleans(), cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=4))
def test_damaged_archives_never_raise(tmp_path, gz, cut, flips):
    data = bytearray(_fuzz_base(gz, tmp_path))
    for where, byte in flips:
        data[int(where * (len(data) - 1))] = byte
    data = bytes(data[: max(1, int(cut * len(data)))]) if cut < 0.98 else bytes(data)
    f = tmp_path / ("f.warc.gz" if gz else "f.warc")
    f.write_bytes(data)
    st_ = WarcStats()
    items = list(read_inputs([f], warc_stats=st_))
    assert all(isinstance(i, (RawDocument, IngestError)) for i in items)
    errors = [i for i in items if isinstance(i, IngestError)]
    assert all("\n" not in e.message for e in errors)
    assert len([e for e in errors if e.doc_id == f.name[:-len(f.suffix)]]) <= 1  # one archive error at most
    if not flips and cut >= 0.98:
        assert not errors and st_.pages == 3
