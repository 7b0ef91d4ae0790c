"""WARC archives (``.warc``, ``.warc.gz``; WARC/1.0 and 1.1) -> RawDocument | IngestError.

One document per ``response`` record that holds an HTTP 200 HTML page: the page's bytes
(HTTP chunked transfer-encoding and gzip/deflate/br content-encoding undone, decoded with the
charset of the HTTP header, else the page's own), ``WARC-Target-URI`` as the document's URL
and the source of its id, the page's metadata date, else ``WARC-Date``, else the HTTP
``Date`` header.  Every other record (request, metadata, warcinfo, revisit, resource,
non-200 and non-HTML responses) is skipped and counted in a :class:`WarcStats`.

Record framing is parsed by ``warcio`` (pure Python; as fast as ``fastwarc`` here, where HTML
parsing dominates: ``benchmarks/bench_warc.py``).  Gzip members are inflated here, so that a
truncated or corrupted member ends the archive with one clear error after the records before it
(both libraries alone stop silently), and the HTTP block is parsed here, so that a record cut
short is noticed.  Nothing here raises for bad input.
"""
from __future__ import annotations

import codecs
import logging
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Optional, Union
from urllib.parse import unquote, urlsplit

from sitrep.model import IngestError, RawDocument

from ._html import html_metadata, looks_like_html, parse_html, visible_text_length
from .dates import iso_date
from .decode import _Bad as _ReaderBad, _check_text, _trafilatura_metadata, decode_bytes

WARC_SUFFIXES = (".warc", ".warc.gz")
_INFLATE_STEP = 4 * 1024 * 1024  # inflated bytes per step of the gzip member reader
_HEAD = 64 * 1024  # HTTP status line and headers are looked for in the first 64 KB of a block
_HTML_TYPES = {"text/html", "application/xhtml+xml", "application/xml+xhtml"}
_GENERIC_SEGMENTS = {"index", "default", "home", "main", "article", "story", "news", "amp", "print"}
_ID_CHARS = re.compile(r"[^\w.~-]+")
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})""", re.I)
_STATUS = re.compile(rb"^HTTP/\d(?:\.\d)?\s+(\d{3})")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\r?\n")


def is_warc(path: Path) -> bool:
    """A WARC archive by its name: ``*.warc`` or ``*.warc.gz``."""
    return path.name.lower().endswith(WARC_SUFFIXES)


@dataclass
class WarcStats:
    """What the WARC readers of one run saw: archives, records, pages read, records skipped by reason."""

    archives: int = 0
    records: int = 0
    pages: int = 0
    skipped: Counter = field(default_factory=Counter)

    def line(self) -> Optional[str]:
        """One line for stderr, or None when no WARC archive was read."""
        if not self.archives:
            return None
        n_skip = sum(self.skipped.values())
        s = (f"warc: {self.archives} archive{'s' if self.archives != 1 else ''}, "
             f"{self.records} record{'s' if self.records != 1 else ''}: "
             f"{self.pages} page{'s' if self.pages != 1 else ''} read, {n_skip} skipped")
        if n_skip:
            order = sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))
            s += " (" + ", ".join(f"{n} {why}" for why, n in order) + ")"
        return s


class _Bad(Exception):
    """Internal: why one record cannot become a document."""


# ----------------------------------------------------------------------------- reading
def read_warc(path: Path, limit: int, stats: Optional[WarcStats] = None) -> Iterator[Union[RawDocument, IngestError]]:
    """Yield the pages of one WARC archive, then (if the archive is damaged) one error for it."""
    name = str(path)
    stats = stats if stats is not None else WarcStats()
    try:
        fh = path.open("rb")
    except OSError as e:
        yield _err(path.stem, name, f"cannot read file ({e.strerror or e})")
        return
    stats.archives += 1
    with fh:
        magic = fh.read(2)
        fh.seek(0)
        stream: IO[bytes] = _GzipMembers(fh) if magic == b"\x1f\x8b" else fh
        n_ok = 0
        problem: Optional[str] = None
        records = None
        try:
            records = _archive_iterator(stream)
            for rec in records:
                if rec.rec_type is None and not rec.length:  # blank lines at the end
                    continue
                if not str(rec.format).startswith("warc"):  # warcio reads any 5-word line as an ARC header
                    problem = "not a valid WARC record (ARC or unknown format)"
                    break
                stats.records += 1
                try:
                    item = _record_doc(rec, path, n_ok + 1, limit, stats)
                except _Bad as e:
                    problem = str(e)
                    break
                n_ok += 1
                if item is not None:
                    if isinstance(item, RawDocument):
                        stats.pages += 1
                    yield item
        except Exception as e:  # warcio raises ArchiveLoadFailed (or worse) for broken framing
            problem = f"not a valid WARC record ({_framing_error(e)})"
        if isinstance(stream, _GzipMembers) and stream.error:
            problem = stream.error  # the cause of whatever the parser saw last
        bad_ends = getattr(records, "err_count", 0) if problem is None else 0
    if bad_ends:  # warcio read on past them: the pages were read, the archive is suspect
        yield _err(path.stem, name, f"{bad_ends} record{'s' if bad_ends != 1 else ''} not ended by the blank "
                                    f"lines of the WARC format (wrong Content-Length?); {n_ok} records read")
    elif problem:
        if n_ok == 0:
            if problem.startswith("not a valid WARC record"):
                problem = "not a WARC archive (no WARC/1.x record at its start)"
            else:
                problem += " in the first record"
            yield _err(path.stem, name, problem)
        else:
            yield _err(path.stem, name, f"{problem} after {n_ok} complete record{'s' if n_ok != 1 else ''};"
                                        " those were read")


def _archive_iterator(stream: IO[bytes]):
    """warcio's record iterator over the (inflated) stream, HTTP blocks left unparsed."""
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - only WARC inputs need it

    log = logging.getLogger("warcio")
    if not log.handlers:  # its warnings ('Replacing spaces in invalid WARC-Target-URI') are not ours to print
        log.addHandler(logging.NullHandler())

    class Quiet(ArchiveIterator):
        INC_RECORD = ""  # warcio writes a 3-line warning to stderr; its count is reported instead

    return Quiet(stream, no_record_parse=True)


def _framing_error(e: Exception) -> str:
    msg = _one_line(e)
    if type(e).__name__ == "ArchiveLoadFailed" and "first line:" in msg:  # quotes binary garbage
        msg = msg.split("first line:")[0].rstrip(" ,:")
    return msg[:200] or type(e).__name__


class _GzipMembers:
    """A file-like view of the inflated bytes of a multi-member gzip file that ends (returns EOF)
    at the first truncated or corrupted member instead of raising, and says why in ``error``."""

    def __init__(self, raw: IO[bytes], chunk: int = 256 * 1024) -> None:
        self.raw = raw
        self.chunk = chunk
        self.error: Optional[str] = None
        self.members = 0
        self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._buf = bytearray()
        self._pending = b""
        self._eof = False
        self._in_member = False
        self._tail = b""  # compressed input a bounded inflate call left over
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self._pos

    def read(self, n: int = -1) -> bytes:
        while not self._eof and (n is None or n < 0 or len(self._buf) < n):
            self._fill()
        if n is None or n < 0 or n >= len(self._buf):
            out, self._buf = bytes(self._buf), bytearray()
        else:
            out = bytes(self._buf[:n])
            del self._buf[:n]
        self._pos += len(out)
        return out

    def _fill(self) -> None:
        if self._tail:
            data, self._tail = self._tail, b""
        else:
            data = self._pending or self.raw.read(self.chunk)
            self._pending = b""
        if not data:
            if self._in_member:
                self.error = "truncated gzip member (the file ends inside a compressed record)"
            self._eof = True
            return
        if not self._in_member:
            if not data.strip(b"\x00"):  # zero padding after the last member
                return
            if not data.startswith(b"\x1f\x8b") and len(data) >= 2:
                self.error = "corrupted gzip data (bytes that are not a gzip member)"
                self._eof = True
                return
            self._in_member = True
        try:
            self._buf += self._z.decompress(data, _INFLATE_STEP)
            self._tail = self._z.unconsumed_tail
        except zlib.error as e:
            self.error = f"corrupted gzip member ({e})"
            self._eof = True
            return
        if self._z.eof:
            self.members += 1
            self._pending = self._z.unused_data
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._in_member = False


# ----------------------------------------------------------------------------- records
def _record_doc(rec, path: Path, index: int, limit: int, stats: WarcStats) -> Optional[Union[RawDocument, IngestError]]:
    """The document of one record, an error for it, or None (skipped and counted)."""
    headers = rec.rec_headers
    wtype = (headers.get_header("WARC-Type") or "").strip().lower() or "untyped"
    if wtype != "response":
        stats.skipped[wtype] += 1
        return None
    uri = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    length = rec.length or 0
    head = _read(rec.raw_stream, min(length, _HEAD))
    if len(head) < min(length, _HEAD):
        raise _Bad(f"record cut short ({uri or 'no URI'}: {len(head)} of {length} bytes)")
    if not uri.lower().startswith(("http://", "https://")):
        stats.skipped["non-HTTP response"] += 1
        return None
    end = head.find(b"\r\n\r\n")
    sep = 4
    if end < 0:
        end, sep = head.find(b"\n\n"), 2
    m = _STATUS.match(head)
    if not m or end < 0:
        stats.skipped["response without HTTP headers"] += 1
        return None
    status = int(m.group(1))
    http = _parse_headers(head[:end])
    ctype = http.get("content-type", "").split(";")[0].strip().lower()
    if status != 200:
        stats.skipped[f"HTTP {status}"] += 1
        return None
    if ctype and ctype not in _HTML_TYPES:
        stats.skipped[ctype if "/" in ctype and len(ctype) < 60 else "not HTML"] += 1
        return None
    doc_id = doc_id_from_url(uri)
    name = f"{path}#{index} ({uri})"
    if length - end - sep > limit + 1024:
        return _err(doc_id, name, f"document too large ({(length - end - sep) / 1048576:.0f} MB > {limit / 1048576:.0f} MB limit)")
    rest = _read(rec.raw_stream, length - len(head)) if length > len(head) else b""
    if len(head) + len(rest) < length:
        raise _Bad(f"record cut short ({uri}: {len(head) + len(rest)} of {length} bytes)")
    body = (head + rest)[end + sep:]
    try:
        body = _decode_http(body, http, limit)
        if len(body) > limit:
            return _err(doc_id, name, "document too large (over the limit once decompressed)")
        text = _page_text(body, http.get("content-type", ""))
    except _Bad as e:
        return _err(doc_id, name, str(e))
    if not ctype and not looks_like_html(text):
        stats.skipped["not HTML"] += 1
        return None
    return _page_doc(doc_id, name, f"{path}#{index}", text, uri, headers.get_header("WARC-Date"), http.get("date"))


def _read(stream, n: int) -> bytes:
    """``n`` bytes, or fewer only at the end of the record's data."""
    parts = []
    while n > 0:
        chunk = stream.read(n)
        if not chunk:
            break
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def _parse_headers(block: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in block.split(b"\n")[1:]:
        k, sep, v = line.partition(b":")
        if sep:
            key = k.strip().decode("latin-1").lower()
            val = v.strip().decode("latin-1")
            out[key] = f"{out[key]}, {val}" if key in out and key != "content-type" else out.get(key, val)
    return out


def _decode_http(body: bytes, http: dict[str, str], limit: int = 1 << 40) -> bytes:
    """Undo chunked transfer-encoding and gzip/deflate/br content-encoding (tolerantly: a
    crawler may have stored the payload already decoded and kept the header); inflating stops
    a byte past ``limit`` (a compression bomb costs no memory)."""
    if "chunked" in http.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    for enc in reversed([e.strip().lower() for e in http.get("content-encoding", "").split(",") if e.strip()]):
        if enc in ("identity", "none"):
            continue
        if enc in ("gzip", "x-gzip", "deflate"):
            if enc == "deflate" and body[:1] != b"\x78":
                wbits = -zlib.MAX_WBITS  # raw deflate, as some servers send it
            else:
                wbits = 16 + zlib.MAX_WBITS if enc != "deflate" else zlib.MAX_WBITS
            if enc != "deflate" and body[:2] != b"\x1f\x8b":
                continue  # already decoded
            try:
                body = zlib.decompressobj(wbits).decompress(body, limit + 1)
            except zlib.error as e:
                raise _Bad(f"cannot undo content-encoding {enc} ({e})") from None
        elif enc == "br":
            try:
                import brotli  # noqa: PLC0415 - only br payloads need it
                body = brotli.Decompressor().process(body, output_buffer_limit=limit + 1)
            except ImportError:
                raise _Bad("content-encoding br needs the brotli package") from None
            except Exception as e:  # brotli.error
                if not looks_like_html(body[:4096].decode("latin-1")):
                    raise _Bad(f"cannot undo content-encoding br ({_one_line(e)})") from None
        else:
            raise _Bad(f"unknown content-encoding {enc!r}")
    return body


def _dechunk(body: bytes) -> bytes:
    """Join HTTP/1.1 chunks; a body that is not chunked after all comes back as it is."""
    out = bytearray()
    pos = 0
    while pos < len(body):
        m = _CHUNK_SIZE.match(body, pos)
        if not m:
            return body if pos == 0 else bytes(out + body[pos:])
        size = int(m.group(1), 16)
        pos = m.end()
        if size == 0:
            break
        out += body[pos:pos + size]
        pos += size
        if body[pos:pos + 2] == b"\r\n":
            pos += 2
        elif body[pos:pos + 1] == b"\n":
            pos += 1
    return bytes(out)


def _page_text(body: bytes, content_type: str) -> str:
    """Page bytes -> text: BOM, then the HTTP header's charset (unless the bytes are UTF-8 with
    non-ASCII text, which a mislabelled re-encoded page is), then the readers' detection
    (page <meta charset>, UTF-8, windows-1252, charset-normalizer)."""

    m = _CHARSET.search(content_type or "")
    declared = m.group(1).lower() if m else None
    if declared and not body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = None
        if declared and declared.replace("_", "-") not in ("utf-8", "utf8", "utf-16", "utf-32"):
            utf8 = False
            if any(b >= 0x80 for b in body[:65536]):
                try:
                    body.decode("utf-8")
                    utf8 = True
                except UnicodeDecodeError:
                    pass
            if not utf8:
                if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
                    declared = "cp1252"  # as browsers read them
                try:
                    return _check_text(body.decode(declared))
                except (UnicodeDecodeError, _ReaderBad):
                    pass
    try:
        return decode_bytes(body, html_hint=True)
    except _ReaderBad as e:
        raise _Bad(str(e)) from None


def _page_doc(doc_id: str, name: str, source: str, text: str, uri: str, warc_date: Optional[str],
              http_date: Optional[str]) -> Union[RawDocument, IngestError]:

    tree = parse_html(text)
    if tree is None or visible_text_length(tree) == 0:
        return _err(doc_id, name, "empty document (HTML page without visible text)")
    meta = html_metadata(tree)
    if not meta["date"] or not meta["title"]:
        meta = _trafilatura_metadata(text, meta)
    date = meta["date"] or _header_date(warc_date) or _header_date(http_date)
    return RawDocument(
        doc_id=doc_id, text=text, is_html=True, date=date, title=meta["title"], outlet=meta["outlet"],
        author=meta["author"], url=uri, source_path=source,
    )


def http_page(body: bytes, url: str, *, content_type: str = "", http_date: Optional[str] = None,
              doc_id: Optional[str] = None, source: Optional[str] = None) -> Union[RawDocument, IngestError]:
    """One fetched HTML page (an HTTP response body) -> RawDocument, read as a WARC page is:
    charset from ``content_type`` or the page, metadata from the page, ``url`` as the document
    URL, date from the page else ``http_date`` (a Last-Modified or Date header)."""
    doc_id = doc_id or doc_id_from_url(url)
    try:
        text = _page_text(body, content_type)
    except _Bad as e:
        return _err(doc_id, url, str(e))
    return _page_doc(doc_id, url, source or url, text, url, None, http_date)


def _header_date(value: Optional[str]) -> Optional[str]:
    if not value or not value.strip():
        return None
    try:
        return iso_date(value.strip())
    except Exception:  # a malformed header date is no date
        return None


def doc_id_from_url(url: str) -> str:
    """A document id from a page URL, as a saved copy of the page would be named: the last
    meaningful path segment without its extension (``.../kharkiv-strike.html`` -> ``kharkiv-strike``),
    with the query when the path says nothing, else the host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    segs = [unquote(s) for s in (parts.path if parts else url).split("/") if s.strip()]
    stem = ""
    while segs and not stem:
        seg = segs.pop()
        base = re.sub(r"\.[A-Za-z0-9]{1,6}$", "", seg)
        stem = "" if base.lower() in _GENERIC_SEGMENTS or not base.strip(".") else base
    if parts and parts.query and (not stem or not any(c.isalnum() for c in stem)):
        stem = f"{stem}-{parts.query}" if stem else parts.query
    if not stem:
        stem = (parts.hostname if parts and parts.hostname else "") or "page"
    stem = _ID_CHARS.sub("-", stem).strip("-.") or "page"
    return stem[:120]


def _one_line(s: object) -> str:
    return " ".join(str(s).split())


def _err(doc_id: str, name: str, message: str) -> IngestError:
    return IngestError(doc_id=doc_id, message=_one_line(f"{name}: {message}"))
