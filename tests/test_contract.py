"""The EVENTS.md contract of `sitrep extract --format jsonl`, checked line by line on real CLI output
(`python -m sitrep` in a subprocess) over the demo corpus (examples/reports) and the invented fixtures."""
from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from helpers_extract import EXAMPLES, FIXTURES, REPO, check_event_line
from sitrep.extract.lexicon import acled_types

DOC_FIELDS = {"doc_id": str, "title": (str, type(None)), "date": (str, type(None)),
              "date_source": (str, type(None)), "outlet": (str, type(None)), "editor": (str, type(None)),
              "language": (str, type(None)), "clean_text": str}
STATEMENT_FIELDS = {"doc_id": str, "speaker": (str, type(None)), "speaker_role": (str, type(None)),
                    "speaker_side": (str, type(None)), "quote": str, "start": int, "end": int, "event_ids": list}


def _inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != "README.md" and not p.name.startswith("."))


@lru_cache(maxsize=None)
def extract(folder: str, *extra: str) -> tuple[int, list[dict], str]:
    files = _inputs(Path(folder))
    proc = subprocess.run([sys.executable, "-m", "sitrep", "extract", *map(str, files), "--format", "jsonl",
                           "--with-document", "--with-statements", *extra],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    lines = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.strip()]
    return proc.returncode, lines, proc.stderr


def corpora():
    yield pytest.param(str(FIXTURES), id="fixtures")
    if EXAMPLES.is_dir() and _inputs(EXAMPLES):
        yield pytest.param(str(EXAMPLES), id="examples")
    else:
        yield pytest.param(str(EXAMPLES), id="examples", marks=pytest.mark.skip(reason="examples/reports is empty"))


@pytest.mark.parametrize("folder", list(corpora()))
def test_every_line_follows_the_contract(folder):
    rc, lines, stderr = extract(folder)
    assert rc == 0, stderr
    assert lines, "no output"
    docs: dict[str, dict] = {}
    events: dict[str, dict] = {}
    current = None
    for ln in lines:
        rec = ln.get("record", "event")
        assert rec in ("event", "statement", "document"), ln
        if rec == "document":
            for f, t in DOC_FIELDS.items():
                assert f in ln and isinstance(ln[f], t), (f, ln.get(f))
            assert ln["date_source"] in (None, "metadata", "argument", "text")
            assert ln["doc_id"] not in docs, "document ids are unique"
            if ln["date"] is not None:
                assert len(ln["date"]) == 10 and ln["date"][4] == "-"
            docs[ln["doc_id"]] = ln
            current = ln["doc_id"]
        elif rec == "event":
            check_event_line(ln)
            assert ln["doc_id"] == current, "the document line precedes its events"
            assert ln["event_id"] not in events
            events[ln["event_id"]] = ln
            text = docs[ln["doc_id"]]["clean_text"]
            for c in ln["claims"]:
                assert text[c["start"]:c["end"]] == c["quote"], (ln["event_id"], c)
                assert len(c["quote"]) <= 600
        else:
            for f, t in STATEMENT_FIELDS.items():
                assert f in ln and isinstance(ln[f], t), (f, ln.get(f))
            assert ln["doc_id"] == current
            text = docs[ln["doc_id"]]["clean_text"]
            assert text[ln["start"]:ln["end"]] == ln["quote"], ln
            assert ln["speaker_side"] is None or (len(ln["speaker_side"]) == 2 and ln["speaker_side"].isupper())
            for eid in ln["event_ids"]:
                assert eid in events and events[eid]["doc_id"] == ln["doc_id"], eid
    # parents exist, in the same document
    for ev in events.values():
        if ev["parent_id"] is not None:
            assert ev["parent_id"] in events and events[ev["parent_id"]]["doc_id"] == ev["doc_id"]
    # one document line per input document
    assert len(docs) >= len(_inputs(Path(folder)))


@pytest.mark.parametrize("folder", list(corpora()))
def test_acled_types_are_the_mapping_of_the_event_type(folder):
    from helpers_extract import legal_acled
    _, lines, _ = extract(folder)
    evs = [ln for ln in lines if ln.get("record", "event") == "event"]
    for ev in evs:
        assert (ev["acled_event_type"], ev["acled_sub_event_type"]) in legal_acled(ev["event_type"]), ev["event_id"]
        if len(legal_acled(ev["event_type"])) == 1:
            assert (ev["acled_event_type"], ev["acled_sub_event_type"]) == acled_types(ev["event_type"])


def test_documents_without_events_still_get_a_document_line():
    _, lines, _ = extract(str(FIXTURES))
    ids = [ln["doc_id"] for ln in lines if ln.get("record") == "document"]
    assert "batch-4" in ids
    assert not [ln for ln in lines if ln.get("record", "event") == "event" and ln["doc_id"] == "batch-4"]


def test_without_flags_only_event_lines():
    files = [str(p) for p in _inputs(FIXTURES)]
    proc = subprocess.run([sys.executable, "-m", "sitrep", "extract", *files], cwd=REPO, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.strip()]
    assert lines and all(ln.get("record", "event") == "event" for ln in lines)
    for ln in lines:
        check_event_line(ln)


def test_reference_date_argument_is_used_only_for_undated_documents():
    rc, lines, _ = extract(str(FIXTURES), "--date", "2025-01-20")
    assert rc == 0
    docs = {ln["doc_id"]: ln for ln in lines if ln.get("record") == "document"}
    assert docs["ukrenergo-restrictions-undated"]["date"] == "2025-01-20"
    assert docs["ukrenergo-restrictions-undated"]["date_source"] == "argument"
    assert docs["batch-1"]["date"] == "2025-03-10" and docs["batch-1"]["date_source"] == "metadata"


@pytest.mark.parametrize("content, name", [(b"", "empty-only"), (b"\x00\x01\x02\x03binary\x00" * 50, "binary-only")])
def test_no_readable_document_exits_2_and_names_it(tmp_path, content, name):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(content)
    proc = subprocess.run([sys.executable, "-m", "sitrep", "extract", str(f), "--with-document"], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert name in proc.stderr


def test_one_readable_document_is_enough_for_exit_0(tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00" * 100)
    proc = subprocess.run([sys.executable, "-m", "sitrep", "extract", str(bad), str(FIXTURES / "batch.jsonl"),
                           "--with-document"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "broken" in proc.stderr
    recs = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert {r["doc_id"] for r in recs} == {"batch-1", "batch-2", "batch-3", "batch-4"}
