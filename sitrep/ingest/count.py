"""How many documents the inputs hold, counted cheaply before a long run (for a progress bar
with a total): one per text/HTML file, one per non-blank line of a JSONL file, one per
``response`` record of a WARC archive, one per ``<item>``/``<entry>`` of a feed. It walks
the inputs as :func:`sitrep.ingest.read_inputs` does but decodes and cleans nothing, so the
number is an estimate (a WARC response that is not an HTML page is counted, then skipped).
"""
from __future__ import annotations

import glob
import gzip
import re
from pathlib import Path
from typing import Iterable, Iterator, Union

from .readers import _GLOB_CHARS, FEED_EXTS, JSONL_EXTS, _stat_kind, _walk_dir
from .warc import is_warc

_CHUNK = 1 << 20
_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>]", re.I)


def _files(paths: Iterable[Union[str, Path]]) -> Iterator[Path | None]:
    """Input files in reading order; ``None`` for an input the reader reports as one error."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in paths:
        path = Path(p)
        kind = _stat_kind(path)
        if kind == "dir":
            yield from (f if isinstance(f, Path) else None for f in _walk_dir(path))
        elif kind == "file":
            yield path
        elif kind == "missing" and _GLOB_CHARS.search(str(p)):
            matches = sorted(Path(m) for m in glob.glob(str(p), recursive=True) if Path(m).is_file())
            yield from (matches or [None])
        else:
            yield None


def _count_in(path: Path, pattern: Union[bytes, re.Pattern], opener=open) -> int:
    n, tail = 0, b""
    with opener(path, "rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                return n
            data = tail + chunk
            if isinstance(pattern, bytes):
                n += data.count(pattern) - tail.count(pattern)
            else:
                n += len(pattern.findall(data)) - len(pattern.findall(tail))
            tail = data[-64:]


def _jsonl_lines(path: Path) -> int:
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                n += 1
    return n


def count_file(path: Path) -> int:
    """The documents one input file is expected to yield (0 when it cannot be read)."""
    ext = path.suffix.lower()
    try:
        if ext in JSONL_EXTS:
            return _jsonl_lines(path)
        if is_warc(path):
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            return _count_in(path, b"WARC-Type: response", opener)
        if ext in FEED_EXTS:
            return max(1, _count_in(path, _FEED_ITEM))
    except (OSError, EOFError, gzip.BadGzipFile):  # the reader reports it as one failed document
        return 1
    return 1


def count_documents(paths: Iterable[Union[str, Path]]) -> int:
    """An estimate of the documents in ``paths`` (files, directories, quoted globs)."""
    return sum(1 if f is None else count_file(f) for f in _files(paths))
