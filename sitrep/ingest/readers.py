"""Readers: files, directories, JSONL, HTML, RSS/Atom -> RawDocument | IngestError.

Every error is an :class:`IngestError` whose message is one line naming the
document; nothing here raises for bad input.  Files are checked with ``stat``
before they are read, so a huge file costs nothing but its error.
"""
from __future__ import annotations

import glob
import json
import os
import re
import stat
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from sitrep.model import IngestError, RawDocument

from ._html import (
    html_metadata, html_to_text, looks_like_html, parse_html, strip_site_suffix, visible_text_length,
)
from .dates import iso_date
from .decode import _Bad, _check_text, _trafilatura_metadata, decode_bytes  # noqa: F401 (re-exported)
from .warc import WarcStats, is_warc, read_warc

DEFAULT_MAX_MB = 20.0
_MB = 1024 * 1024

TEXT_EXTS = {".txt", ".md", ".text", ".markdown"}
HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml"}
FEED_EXTS = {".xml", ".rss", ".atom"}
JSONL_EXTS = {".jsonl", ".ndjson"}  # .json (one object or an array of them) is read whole

_FEED_SNIFF = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_GLOB_CHARS = re.compile(r"[*?\[]")
PathLike = Union[str, Path]
# project files that sit next to reports in a corpus directory; read only when named explicitly
_SKIP_IN_DIRS = re.compile(r"(?i)^(?:readme|license|licence|changelog|notice)(?:\.(?:md|txt|rst))?$")
# crawl indexes next to WARC shards (CDX, CDXJ, ZipNum .idx/.loc); read only when named explicitly
_SKIP_IN_DIRS_EXT = re.compile(r"(?i)\.(?:cdxj?|idx|loc)(?:\.gz)?$")


def _one_line(s: str) -> str:
    return " ".join(str(s).split())


def _err(doc_id: str, name: str, message: str) -> IngestError:
    return IngestError(doc_id=doc_id, message=_one_line(f"{name}: {message}"))


def read_inputs(
    paths: Iterable[PathLike], *, max_mb: Optional[float] = None, warc_stats: Optional[WarcStats] = None
) -> Iterator[Union[RawDocument, IngestError]]:
    """Lazily yield one RawDocument (or IngestError) per input document, in input order.

    ``max_mb`` is the per-document size limit (default 20 MB, or the
    ``SITREP_MAX_DOC_MB`` environment variable).  WARC archives (``.warc``, ``.warc.gz``)
    yield their HTML pages; the records they skip are counted in ``warc_stats``.
    """
    limit = _limit_bytes(max_mb)
    if isinstance(paths, (str, Path)):  # a single path, not an iterable of characters
        paths = [paths]
    seen: dict[str, int] = {}
    for p in paths:
        path = Path(p)
        if str(p) == "-":  # standard input: JSONL documents, or one text/HTML document called "stdin"
            yield from _read_stdin(limit, warc_stats)
            continue
        kind = _stat_kind(path)
        if isinstance(kind, IngestError):  # e.g. in a folder we may not enter: say so, go on
            items = iter([kind])
        elif kind == "dir":
            items = (i for f in _walk_dir(path) for i in
                     ([f] if isinstance(f, IngestError) else _read_file(f, limit, warc_stats)))
        elif kind == "file":
            items = _read_file(path, limit, warc_stats)
        elif _GLOB_CHARS.search(str(p)):  # a quoted pattern: 'crawl/*.warc.gz', 'shards/**/*.jsonl'
            matches = sorted(Path(m) for m in glob.glob(str(p), recursive=True) if Path(m).is_file())
            items = (i for f in matches for i in _read_file(f, limit, warc_stats)) if matches else \
                iter([_err(path.stem or str(path), str(path), "no file matches this pattern")])
        else:
            items = iter([_err(path.stem or str(path), str(path), "no such file or directory")])
        for item in items:
            if isinstance(item, RawDocument):
                n = seen.get(item.doc_id, 0) + 1
                seen[item.doc_id] = n
                if n > 1:  # two files with the same stem (or a repeated JSONL id): keep ids unique
                    item = item.model_copy(update={"doc_id": f"{item.doc_id}~{n}"})
            yield item


def _read_stdin(limit: int, warc_stats=None):
    """Read standard input once as a file named for what it holds (the readers sniff by name)."""
    import sys
    import tempfile
    data = sys.stdin.buffer.read(limit + 1) if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    head = data.lstrip()[:1]
    ext = ".jsonl" if head == b"{" else ".html" if head == b"<" else ".txt"
    with tempfile.TemporaryDirectory(prefix="sitrep-stdin-") as tmp:
        f = Path(tmp) / f"stdin{ext}"
        f.write_bytes(data)
        yield from list(_read_file(f, limit, warc_stats))


def _limit_bytes(max_mb: Optional[float]) -> int:
    if max_mb is None:
        env = os.environ.get("SITREP_MAX_DOC_MB")
        try:
            max_mb = float(env) if env else DEFAULT_MAX_MB
        except ValueError:
            max_mb = DEFAULT_MAX_MB
    return int(max_mb * _MB)


def _stat_kind(path: Path) -> Union[str, IngestError]:
    """"dir", "file" (anything else that exists) or "missing"; an IngestError naming the path
    when it cannot even be looked at (no permission on a folder above it, I/O error)."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except OSError as e:
        return _err(path.stem or path.name or str(path), str(path), f"cannot read ({e.strerror or e})")
    return "dir" if stat.S_ISDIR(mode) else "file"


def _walk_dir(root: Path, _seen: Optional[set] = None) -> Iterator[Union[Path, IngestError]]:
    """Files under ``root``, sorted by name, depth first; hidden entries, README-like files and
    crawl indexes (``.cdx``, ``.cdxj``) skipped; symlinked directories followed once (no loops).
    A folder or entry that cannot be read is an IngestError naming it (never skipped silently)."""
    seen = _seen if _seen is not None else set()
    try:
        real = root.resolve()
        if real in seen:
            return
        seen.add(real)
        entries = sorted(root.iterdir(), key=lambda e: e.name)
    except OSError as e:
        yield _err(root.name or str(root), str(root), f"cannot read folder ({e.strerror or e})")
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        kind = _stat_kind(e)
        if isinstance(kind, IngestError):
            yield kind
        elif kind == "dir":
            yield from _walk_dir(e, seen)
        elif kind == "file" and not (_SKIP_IN_DIRS.match(e.name) or _SKIP_IN_DIRS_EXT.search(e.name)):
            yield e


def _read_file(path: Path, limit: int, warc_stats: Optional[WarcStats] = None) -> Iterator[Union[RawDocument, IngestError]]:
    name = str(path)
    doc_id = path.stem
    ext = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as e:
        yield _err(doc_id, name, f"cannot read file ({e.strerror or e})")
        return
    if path.is_dir():
        yield _err(doc_id, name, "is a directory")
        return
    if not path.is_file():
        yield _err(doc_id, name, "not a regular file")
        return
    if ext in JSONL_EXTS:
        yield from _read_jsonl(path, limit)
        return
    if is_warc(path):
        yield from read_warc(path, limit, warc_stats)  # an empty archive is no error: no records
        return
    if size == 0:
        yield _err(doc_id, name, "empty document")
        return
    if size > limit:
        yield _err(doc_id, name, f"document too large ({_mb(size)} MB > {_mb(limit)} MB limit)")
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield _err(doc_id, name, f"cannot read file ({e.strerror or e})")
        return
    try:
        text = decode_bytes(data, html_hint=ext in HTML_EXTS or ext in FEED_EXTS)
    except _Bad as e:
        yield _err(doc_id, name, str(e))
        return
    if not text.strip():
        yield _err(doc_id, name, "empty document")
        return

    kind = _kind(ext, text)
    if ext == ".json":
        yield from _read_json(path, text)
        return
    if kind == "feed":
        yield from _read_feed(path, data, text)
        return
    if kind == "html":
        yield _html_doc(path, text)
        return
    fm, text = split_front_matter(text)
    if not text.strip():
        yield _err(doc_id, name, "empty document (front matter only)")
        return
    yield RawDocument(
        doc_id=doc_id, text=text, is_html=False, source_path=name, title=strip_site_suffix(fm.get("title")),
        date=iso_date(fm.get("date")) if fm.get("date") else None, url=fm.get("url"),
        outlet=fm.get("outlet"), author=fm.get("author"),
    )


_FM_LINE = re.compile(r"^([A-Za-z_][\w-]{0,40})\s*:\s*(.*?)\s*$")
_FM_KEYS = {
    "title": "title", "headline": "title", "date": "date", "published": "date",
    "published_at": "date", "pubdate": "date", "source": "url", "url": "url", "link": "url",
    "canonical": "url", "canonical_url": "url", "site_name": "outlet", "outlet": "outlet",
    "publisher": "outlet", "author": "author", "byline": "author",
}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style front matter (``---`` ... ``---`` at the very start of a text/markdown file,
    as crawlers and static-site generators write it): simple ``key: value`` pairs and the
    text after it.  Unknown keys are ignored; text without front matter is returned as is."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4, 8192)
    if end < 0:
        end = text.find("\n...\n", 4, 8192)
    if end < 0:
        return {}, text
    meta: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        m = _FM_LINE.match(line)
        if not m:
            continue
        key = _FM_KEYS.get(m.group(1).lower())
        val = m.group(2).strip().strip("\"'").strip()
        if not key or not val or val.lower() in ("unknown", "none", "null", "~"):
            continue
        if key == "url" and not re.match(r"https?://", val):
            if m.group(1).lower() == "source":
                meta.setdefault("outlet", val)
            continue
        meta.setdefault(key, val)
    rest = text[end + 5:]
    return meta, rest.lstrip("\n")


def _mb(n: int) -> str:
    v = n / _MB
    return f"{v:.0f}" if v >= 10 or v == int(v) else f"{v:.1f}"


def _kind(ext: str, text: str) -> str:
    if ext in HTML_EXTS:
        return "html"
    if ext in FEED_EXTS:
        return "feed" if _FEED_SNIFF.match(text[:4096]) or not looks_like_html(text) else "html"
    if _FEED_SNIFF.match(text[:4096]):
        return "feed"
    if looks_like_html(text):
        return "html"
    return "text"


# ----------------------------------------------------------------------------- HTML
def _html_doc(path: Path, text: str) -> Union[RawDocument, IngestError]:
    name = str(path)
    tree = parse_html(text)
    if tree is None or visible_text_length(tree) == 0:
        return _err(path.stem, name, "empty document (HTML page without visible text)")
    meta = html_metadata(tree)
    if not meta["date"] or not meta["title"]:
        meta = _trafilatura_metadata(text, meta)
    return RawDocument(
        doc_id=path.stem, text=text, is_html=True, date=meta["date"], title=meta["title"],
        outlet=meta["outlet"], author=meta["author"], url=meta["url"], source_path=name,
    )


# ----------------------------------------------------------------------------- JSONL
def _read_jsonl(path: Path, limit: int) -> Iterator[Union[RawDocument, IngestError]]:
    name = str(path)
    label = path.name
    try:
        fh = path.open("rb")
    except OSError as e:
        yield _err(path.stem, name, f"cannot read file ({e.strerror or e})")
        return
    seen_any = False
    with fh:
        lineno = 0
        while True:
            raw = fh.readline(limit + 1)
            if not raw:
                break
            lineno += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                while True:  # skip the rest of the oversized line without keeping it
                    chunk = fh.readline(_MB)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield _err(f"{label}:{lineno}", f"{name}:{lineno}",
                           f"document too large (> {_mb(limit)} MB limit)")
                continue
            if not raw.strip():
                continue
            seen_any = True
            yield _jsonl_record(path, lineno, raw)
    if not seen_any:
        yield _err(path.stem, name, "empty document")


def _read_json(path: Path, text: str) -> Iterator[Union[RawDocument, IngestError]]:
    """A .json file: one record object, or an array of them (same fields as JSONL)."""
    try:
        data = json.loads(text)
    except ValueError as e:
        yield _err(path.stem, str(path), f"not valid JSON ({getattr(e, 'msg', e)})")
        return
    except RecursionError:
        yield _err(path.stem, str(path), "not valid JSON (nested too deeply)")
        return
    if isinstance(data, dict):
        yield _jsonl_record(path, 1, data, single=True)
    elif isinstance(data, list) and data:
        for i, obj in enumerate(data, 1):
            yield _jsonl_record(path, i, obj)
    else:
        yield _err(path.stem, str(path), "JSON file holds no document records")


def _jsonl_record(path: Path, lineno: int, raw: object, single: bool = False) -> Union[RawDocument, IngestError]:
    label = path.stem if single else f"{path.name}:{lineno}"
    where = str(path) if single else f"{path}:{lineno}"
    if isinstance(raw, bytes):
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            return _err(label, where, "not UTF-8 text")
        except ValueError as e:
            return _err(label, where, f"not valid JSON ({e.msg})")
        except RecursionError:
            return _err(label, where, "not valid JSON (nested too deeply)")
    else:
        obj = raw
    if not isinstance(obj, dict):
        return _err(label, where, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        return _err(label, where, "no 'text' field" if text is None else "'text' is not a string")
    doc_id = obj.get("id")
    if doc_id in (None, ""):
        doc_id = path.stem if single else f"{path.stem}-{lineno}"
    doc_id = str(doc_id)
    if not text.strip():
        return _err(doc_id, where, f"empty document (id {doc_id})")
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    def s(key: str) -> Optional[str]:
        v = obj.get(key)
        return str(v).strip() or None if v is not None else None

    return RawDocument(
        doc_id=doc_id, text=text, is_html=looks_like_html(text), date=iso_date(obj.get("date")),
        title=s("title"), outlet=s("source") or s("outlet"), author=s("author"), url=s("url"),
        source_path=where,
    )


# ----------------------------------------------------------------------------- feeds
def _read_feed(path: Path, data: bytes, text: str) -> Iterator[Union[RawDocument, IngestError]]:
    import feedparser

    name = str(path)
    try:
        parsed = feedparser.parse(text)
    except Exception as e:  # feedparser is defensive, but never let a feed crash the run
        yield _err(path.stem, name, f"malformed feed ({type(e).__name__})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        yield _err(path.stem, name, "feed without entries" + (f" ({why})" if why else ""))
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for i, entry in enumerate(entries, 1):
        doc_id = f"{path.stem}-{i}"
        body = ""
        contents = entry.get("content") or []
        if contents:
            body = "\n\n".join(c.get("value", "") for c in contents if c.get("value"))
        if not body.strip():
            body = entry.get("summary") or entry.get("description") or ""
        body = html_to_text(body) if "<" in body or "&" in body else body.strip()
        title = html_to_text(entry.get("title") or "") or None
        if not body.strip() and not title:
            yield _err(doc_id, f"{name} entry {i}", "empty document")
            continue
        text_out = body if not title or body.startswith(title) else f"{title}\n\n{body}".strip()
        date = None
        for key in ("published_parsed", "updated_parsed", "created_parsed"):
            if entry.get(key):
                date = iso_date(entry.get(key))
                break
        if date is None:
            date = iso_date(entry.get("published") or entry.get("updated"))
        yield RawDocument(
            doc_id=doc_id, text=text_out, is_html=False, date=date, title=title,
            outlet=outlet, author=entry.get("author") or None, url=entry.get("link") or None,
            source_path=f"{name}#{i}",
        )
