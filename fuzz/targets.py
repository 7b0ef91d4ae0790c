"""Fuzz targets of the readers and the cleaner: each takes bytes and checks what every input,
however hostile, must keep. Any exception (an AssertionError included) is a finding.

Used by the atheris harnesses (``fuzz/fuzz_readers.py``, ``fuzz/fuzz_clean.py``) and by
``tests/test_fuzz_corpus.py``, which replays every file of ``tests/fuzz_corpus/`` through the
same functions (no atheris needed there).

What is checked:
- readers: every input gives at least one item; each is a RawDocument with some text, or an
  IngestError whose message is one non-empty line naming the file;
- cleaner: no exception; the clean text has no NUL or other C0 control besides newline and tab,
  the line cleaner changes nothing
  in the clean text (idempotence); the content hash is the text's.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from sitrep.ingest import clean, read_inputs
from sitrep.ingest.clean import clean_lines, content_hash
from sitrep.model import IngestError, RawDocument

# the extension decides the reader (and the one byte that picks it in the harness's input)
EXTS = (".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".md", ".json", ".jsonl", ".warc", ".warc.gz",
        ".gz", ".dat", "")
_BAD_CONTROLS = {chr(c) for c in range(32) if c not in (9, 10)} | {"\x7f"}
_DIR: Path | None = None
# SITREP_FUZZ_IDEMPOTENCE=0: hunt for exceptions only (the cleaner's known non-idempotent inputs,
# tests/fuzz_corpus/known/, would otherwise stop every run within minutes)
IDEMPOTENCE = os.environ.get("SITREP_FUZZ_IDEMPOTENCE", "1") != "0"


def _scratch() -> Path:
    global _DIR
    if _DIR is None:
        base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
        _DIR = Path(tempfile.mkdtemp(prefix="sitrep-fuzz-", dir=base))
        atexit.register(shutil.rmtree, _DIR, True)
    return _DIR


def check_document(raw: RawDocument) -> str:
    """Clean ``raw`` and check the cleaner's properties; the clean text."""
    doc = clean(raw)
    text = doc.clean_text
    assert isinstance(text, str)
    bad = sorted({c for c in text if c in _BAD_CONTROLS})
    assert not bad, f"control characters in the clean text: {bad!r}"
    assert doc.content_hash == content_hash(text)
    if IDEMPOTENCE:
        check_idempotent(text)
    return text


def check_idempotent(text: str) -> None:
    """The line cleaner on its own output changes nothing (the HTML sniff is left out: a broken
    page's text may keep tag-like scraps, which a second pass would take for markup)."""
    assert clean_lines(text)[0] == text, "cleaning is not idempotent"


def read_file(path: Path) -> list:
    """Read one file as the CLI would and check every item (and its cleaning)."""
    items = list(read_inputs([path]))
    # nothing at all only from a WARC archive: every record skipped (counted on one stderr line),
    # or none at all (a crawler's empty shard is no documents, by design: tests/test_warc.py)
    assert items or path.name.endswith((".warc", ".warc.gz")), \
        "an input gave nothing at all (neither a document nor an error)"
    for item in items:
        if isinstance(item, IngestError):
            msg = item.message
            assert msg and msg.strip() and "\n" not in msg, repr(msg)
            assert path.name in msg or (item.doc_id and item.doc_id in msg), repr(msg)
        else:
            assert isinstance(item, RawDocument) and isinstance(item.text, str) and item.text.strip()
            check_document(item)
    return items


def read_bytes(data: bytes, ext: str) -> list:
    """``data`` as a file with extension ``ext``, through :func:`read_file`."""
    path = _scratch() / ("input" + ext)
    path.write_bytes(data)
    try:
        return read_file(path)
    finally:
        path.unlink(missing_ok=True)


def readers_input(data: bytes) -> list:
    """The readers harness's input: the first byte picks the extension, the rest is the file."""
    if not data:
        return read_bytes(b"", ".txt")
    return read_bytes(data[1:], EXTS[data[0] % len(EXTS)])


def clean_input(data: bytes) -> str:
    """The cleaner harness's input: the first byte's low bit says HTML, the rest is UTF-8
    (invalid bytes replaced, as the readers' decoder does for a broken file)."""
    is_html = bool(data[:1]) and bool(data[0] & 1)
    text = data[1:].decode("utf-8", "replace")
    if not text.strip():
        return ""
    return check_document(RawDocument(doc_id="fuzz", text=text, is_html=is_html))
