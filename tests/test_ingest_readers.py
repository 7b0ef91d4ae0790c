"""Readers: every bad input gives a correct document or one clear IngestError naming it."""
from __future__ import annotations

import codecs
import json
import time
import tracemalloc
from pathlib import Path

import pytest

from sitrep.ingest import clean, detect_language, read_inputs
from sitrep.model import IngestError, RawDocument

BAD = Path(__file__).parent / "fixtures" / "bad"
REPORTS = Path(__file__).resolve().parent.parent / "examples" / "reports"


def read_one(path, **kw):
    out = list(read_inputs([path], **kw))
    assert len(out) == 1, out
    return out[0]


def assert_error(item, name, *words):
    assert isinstance(item, IngestError), item
    assert "\n" not in item.message
    assert name in item.message
    for w in words:
        assert w in item.message


def test_empty_file():
    assert_error(read_one(BAD / "empty.txt"), "empty.txt", "empty document")


def test_binary_png():
    assert_error(read_one(BAD / "image.png"), "image.png", "binary file, not text")


def test_undecodable_bytes():
    assert_error(read_one(BAD / "undecodable.txt"), "undecodable.txt", "binary file, not text")


def test_nul_bytes_in_txt(tmp_path):
    p = tmp_path / "weird.txt"
    p.write_bytes(b"some text\x00\x01\x02\x00\x00\xff\x00 more" * 50)
    assert_error(read_one(p), "weird.txt", "binary file, not text")


def test_missing_path(tmp_path):
    assert_error(read_one(tmp_path / "nope.txt"), "nope.txt", "no such file")


def test_truncated_html_keeps_text_and_meta():
    doc = read_one(BAD / "truncated.html")
    assert isinstance(doc, RawDocument) and doc.is_html
    assert doc.title == "Shelling damages school in Stepnohirsk"
    assert doc.outlet == "Steppe Monitor"
    assert doc.date == "2025-03-02"
    d = clean(doc)
    assert "Russian artillery shelled the village of Stepnohirsk" in d.clean_text
    assert "No one was hurt in the attack" in d.clean_text
    assert d.date == "2025-03-02" and d.date_source == "metadata"


def test_malformed_html_keeps_text():
    d = clean(read_one(BAD / "malformed.html"))
    assert "Air defence shot down five drones over Mykolaiv region overnight" in d.clean_text
    assert "Debris fell on a warehouse" in d.clean_text


def test_html_with_only_scripts_is_a_clean_error():
    assert_error(read_one(BAD / "scripts_only.html"), "scripts_only.html", "empty document")


def test_cp1251_russian_page():
    doc = read_one(BAD / "cp1251_ru.html")
    assert isinstance(doc, RawDocument)
    assert doc.title == "Обстрел Белгородской области"
    d = clean(doc)
    assert "Губернатор Белгородской области сообщил" in d.clean_text
    assert d.language == "ru"


def test_cp1252_english_with_curly_quotes():
    doc = read_one(BAD / "cp1252_en.txt")
    assert isinstance(doc, RawDocument)
    assert "\u201ca lifeline for the people who stayed\u201d" in doc.text
    assert "city\u2019s hospitals" in doc.text
    d = clean(doc)
    assert d.title == "Officials say convoy reached Kharkiv"
    assert d.date == "2025-05-05" and d.date_source == "text"
    assert d.language == "en"


def test_utf16_with_bom():
    doc = read_one(BAD / "utf16_en.txt")
    assert isinstance(doc, RawDocument)
    assert doc.text.startswith("Power cuts announced for Tuesday")
    assert "\u2014 The grid operator" in doc.text


def test_utf16_without_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Five drones were shot down over Odesa region.\n".encode("utf-16-le"))
    doc = read_one(p)
    assert isinstance(doc, RawDocument) and doc.text.startswith("Five drones")


def test_meta_charset_wins_for_legacy_html(tmp_path):
    p = tmp_path / "legacy.html"
    body = "<html><head><meta charset=\"windows-1251\"></head><body><p>Київ: повітряна тривога триває.</p></body></html>"
    p.write_bytes(body.encode("cp1251"))
    d = clean(read_one(p))
    assert "Київ: повітряна тривога триває." in d.clean_text
    assert d.language == "uk"


def test_jsonl_mixed_lines():
    items = list(read_inputs([BAD / "mixed.jsonl"]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestError", "IngestError", "RawDocument"]
    ok, bad_json, no_text, no_id = items
    assert ok.doc_id == "ok-1" and ok.outlet == "Invented Wire" and ok.date == "2025-02-11"
    assert ok.url == "https://example.org/ok-1"
    assert bad_json.doc_id == "mixed.jsonl:2" and "not valid JSON" in bad_json.message
    assert no_text.doc_id == "mixed.jsonl:3" and "text" in no_text.message
    assert no_id.doc_id == "mixed-4" and no_id.date == "2025-02-11"


def test_jsonl_line_too_large_is_skipped(tmp_path):
    p = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "x " * 5000})
    small = json.dumps({"id": "small", "text": "Shelling hit Kupiansk on Monday."})
    p.write_text(big + "\n" + small + "\n", encoding="utf-8")
    items = list(read_inputs([p], max_mb=0.001))
    assert isinstance(items[0], IngestError) and "too large" in items[0].message
    assert isinstance(items[1], RawDocument) and items[1].doc_id == "small"


def test_rss_feed():
    items = list(read_inputs([BAD / "wire.rss"]))
    assert [i.doc_id for i in items] == ["wire-1", "wire-2"]
    first = items[0]
    assert first.title == "Drone attack on Odesa port"
    assert first.date == "2025-03-11"
    assert first.url == "https://example.org/odesa-port"
    assert first.outlet == "Black Sea Desk"
    assert "<p>" not in first.text
    assert "injuring two workers" in first.text and "grain warehouse caught fire" in first.text


def test_atom_feed():
    (entry,) = list(read_inputs([BAD / "monitor.atom"]))
    assert entry.title == "Village of Kurakhove shelled"
    assert entry.date == "2025-03-14"
    assert entry.author == "Olena Invented"
    assert "killing one man" in entry.text and "&lt;" not in entry.text


def test_feed_sniffed_without_extension(tmp_path):
    p = tmp_path / "feed_no_ext"
    p.write_bytes((BAD / "wire.rss").read_bytes())
    assert len([i for i in read_inputs([p]) if isinstance(i, RawDocument)]) == 2


def test_html_sniffed_in_unknown_extension(tmp_path):
    p = tmp_path / "page.dat"
    p.write_text("<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"T\"></head>"
                 "<body><p>Russian drones hit Sumy overnight, the governor said.</p></body></html>")
    doc = read_one(p)
    assert isinstance(doc, RawDocument) and doc.is_html and doc.title == "T"


def test_every_bad_fixture_gives_document_or_named_error():
    for item in read_inputs([BAD]):
        if isinstance(item, IngestError):
            assert "\n" not in item.message and item.message.strip()
            assert item.doc_id.split(":")[0].split(".")[0] in item.message
        else:
            assert item.text.strip()
            clean(item)


def test_huge_text_errors_fast_with_bounded_memory(tmp_path):
    p = tmp_path / "huge.txt"
    chunk = ("Russian forces shelled the village again overnight, officials said. " * 1500 + "\n").encode()
    with p.open("wb") as f:
        written = 0
        while written < 100 * 1024 * 1024:
            f.write(chunk)
            written += len(chunk)
    tracemalloc.start()
    t0 = time.perf_counter()
    item = read_one(p)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert_error(item, "huge.txt", "document too large", "100 MB > 20 MB")
    assert elapsed < 2.0
    assert peak < 5 * 1024 * 1024


def test_size_limit_is_configurable(tmp_path):
    p = tmp_path / "mid.txt"
    p.write_text("Drones hit Kharkiv overnight. " * 40000)  # ~1.2 MB
    assert_error(read_one(p, max_mb=1), "mid.txt", "document too large")
    assert isinstance(read_one(p), RawDocument)


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Shelling in Kherson.\n")
    (tmp_path / "a.txt").write_text("Drones over Odesa.\n")
    (tmp_path / ".hidden.txt").write_text("secret\n")
    (tmp_path / ".git" / "x.txt").write_text("git\n")
    (tmp_path / "c.md").write_text("Protest in Lviv.\n")
    assert [i.doc_id for i in read_inputs([tmp_path])] == ["a", "z", "c"]


def test_read_inputs_is_lazy_and_keeps_input_order(tmp_path):
    a = tmp_path / "one.txt"
    a.write_text("First report.\n")
    b = tmp_path / "two.txt"
    b.write_text("Second report.\n")
    it = read_inputs([b, tmp_path / "missing.txt", a])
    assert next(it).doc_id == "two"
    assert isinstance(next(it), IngestError)
    assert next(it).doc_id == "one"


def test_utf8_bom_plain_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(codecs.BOM_UTF8 + "Air raid alert in Kyiv.\n".encode())
    assert read_one(p).text.startswith("Air raid alert")


def test_demo_corpus_reads_without_errors():
    items = list(read_inputs([REPORTS]))
    assert 18 <= len(items) <= 22
    assert not [i for i in items if isinstance(i, IngestError)]
    assert all(detect_language(clean(i).clean_text) == "en" for i in items)


@pytest.mark.parametrize("text,enc", [
    ("He said \u201cno\u201d.", "cp1252"),
    ("Caf\u00e9 owner\u2019s shop \u2014 destroyed in the strike.", "cp1252"),
    ("Na\u00efve r\u00e9sum\u00e9 \u2026 stop", "cp1252"),
    ("Київ під обстрілом, повідомили у міській раді.", "cp1251"),
    ("Москва заявила о перехвате дронов над областью.", "cp1251"),
    ("Drones over Kharkiv \u2014 officials say \u201ctwo injured\u201d.", "utf-16"),
    ("Drones over Kharkiv \u2014 officials say \u201ctwo injured\u201d.", "utf-8"),
])
def test_short_legacy_texts_decode_correctly(tmp_path, text, enc):
    p = tmp_path / "short.txt"
    p.write_bytes(text.encode(enc))
    assert read_one(p).text == text


def test_markdown_front_matter_becomes_metadata(tmp_path):
    p = tmp_path / "crawl.md"
    p.write_text('---\ntitle: "Drones hit Odesa port | Example News"\nsource: https://example.org/a\n'
                 "date: 2025-03-11\nword_count: 12\n---\n\nRussian drones hit the port of Odesa overnight.\n",
                 encoding="utf-8")
    doc = read_one(p)
    assert doc.title == "Drones hit Odesa port"
    assert doc.url == "https://example.org/a" and doc.date == "2025-03-11"
    assert doc.text.startswith("Russian drones hit")
    d = clean(doc)
    assert d.date_source == "metadata" and "word_count" not in d.clean_text


def test_single_path_string_is_accepted():
    items = list(read_inputs(str(BAD / "cp1252_en.txt")))
    assert len(items) == 1 and items[0].doc_id == "cp1252_en"


def test_json_array_and_object(tmp_path):
    arr = tmp_path / "batch.json"
    arr.write_text(json.dumps([{"id": "a", "text": "Drones hit Sumy."}, {"text": "Shelling in Kherson."}, {"id": "c"}]))
    items = list(read_inputs([arr]))
    assert [i.doc_id for i in items] == ["a", "batch-2", "batch.json:3"]
    assert isinstance(items[2], IngestError)
    one = tmp_path / "single.json"
    one.write_text(json.dumps({"text": "Protest in Lviv.", "source": "Invented Wire"}))
    (doc,) = list(read_inputs([one]))
    assert doc.doc_id == "single" and doc.outlet == "Invented Wire"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=120, deadline=None)
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".txt", ".html", ".xml", ".rss", ".md", ".dat", ".json", ".jsonl"]))
def test_any_bytes_give_documents_or_one_line_errors(tmp_path_factory, data, ext):
    p = tmp_path_factory.mktemp("fuzz") / ("input" + ext)
    p.write_bytes(data)
    items = list(read_inputs([p]))
    assert items
    for item in items:
        if isinstance(item, IngestError):
            assert item.message and "\n" not in item.message and "input" in item.message
        else:
            assert item.text.strip()
            d = clean(item)
            assert d.content_hash


def test_duplicate_stems_get_unique_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text("Drones hit Sumy.\n")
    (tmp_path / "b" / "report.txt").write_text("Shelling in Kherson.\n")
    assert [i.doc_id for i in read_inputs([tmp_path])] == ["report", "report~2"]


@pytest.mark.parametrize("value,iso", [
    ("2025-03-26T23:40:00-05:00", "2025-03-26"), ("Tue, 11 Mar 2025 06:30:00 +0200", "2025-03-11"),
    ("March 14, 2025", "2025-03-14"), ("14 March 2025", "2025-03-14"), ("14.03.2025", "2025-03-14"),
    ("25/02/2022", "2022-02-25"), ("02/25/2022", "2022-02-25"), ("03/04/2022", None), ("unknown", None),
    ("2025-02-30", None),
])
def test_iso_date(value, iso):
    from sitrep.ingest.dates import iso_date
    assert iso_date(value) == iso


def test_demo_corpus_contract():
    import re
    files = sorted(p for p in REPORTS.iterdir() if p.suffix in (".txt", ".html"))
    assert 18 <= len(files) <= 22
    assert sum(p.suffix == ".html" for p in files) == 1
    for p in files:
        d = clean(read_one(p))
        words = len(d.clean_text.split())
        assert 80 <= words <= 350, (p.name, words)
        assert d.title and d.date == p.name[:10], p.name
        assert re.search(r"^[A-Z][A-Z .]+, \d{1,2} [A-Z][a-z]+ 20\d\d —", d.clean_text, re.M), p.name


def test_symlink_loop_in_directory_terminates(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "r.txt").write_text("Drones hit Sumy.\n")
    (tmp_path / "d" / "loop").symlink_to(tmp_path)
    assert [i.doc_id for i in read_inputs([tmp_path])] == ["r"]


def test_utf8_page_with_stale_legacy_meta_charset(tmp_path):
    p = tmp_path / "saved.html"
    p.write_bytes('<html><head><meta charset="windows-1251"></head><body><p>Харків: вибухи в місті.</p></body></html>'.encode("utf-8"))
    assert "Харків: вибухи в місті." in clean(read_one(p)).clean_text
