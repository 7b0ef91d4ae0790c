"""Bytes to text for every reader: BOM, UTF-16, UTF-8, a declared charset, legacy single-byte text,
charset-normalizer; the binary-content check; page metadata from trafilatura when the page's own is
missing. Shared by the file readers (``readers``) and the WARC reader (``warc``), which both import it."""
from __future__ import annotations

import codecs
import re
from typing import Optional

from .dates import iso_date

_MB = 1024 * 1024

_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
    b"BZh", b"\x7fELF", b"MZ", b"RIFF", b"OggS", b"\x00\x00\x01\x00", b"ID3", b"7z\xbc\xaf",
    b"SQLite format 3",
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{2,40})["']""")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")



class _Bad(Exception):
    """Internal: a reason a file cannot become a document."""


def decode_bytes(data: bytes, html_hint: bool = False) -> str:
    """Decode a file's bytes: BOM, UTF-16 without BOM, valid UTF-8, declared charset (meta /
    XML declaration), windows-1252 for mostly-ASCII Latin text, then charset-normalizer.  Raises _Bad("binary file, not text") for binary content."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc))
            except UnicodeDecodeError:
                raise _Bad("binary file, not text (invalid " + enc + ")") from None
    if any(data.startswith(m) for m in _MAGIC):
        raise _Bad("binary file, not text")
    head = data[:8192]
    if b"\x00" in head:
        enc = _utf16_guess(head)
        if enc:
            try:
                return _check_text(data.decode(enc))
            except UnicodeDecodeError:
                pass
        raise _Bad("binary file, not text (NUL bytes)")
    # valid UTF-8 wins even over a declared legacy charset: saved pages keep their old
    # <meta charset> after re-encoding, while legacy bytes are almost never valid UTF-8
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(head)
    if declared:
        try:
            return _check_text(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    legacy = _mostly_ascii_legacy(data)
    if legacy:
        return _check_text(legacy)
    return _check_text(_normalizer_decode(data))


def _mostly_ascii_legacy(data: bytes) -> Optional[str]:
    """Latin-script text with a few non-UTF-8 high bytes (curly quotes, dashes, accents) is
    windows-1252: statistical detectors are unreliable on so little evidence."""
    sample = data[:65536]
    high = sum(1 for b in sample if b >= 0x80)
    letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122)
    if high == 0 or letters < 3 * high or letters < 0.3 * len(sample):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _utf16_guess(head: bytes) -> Optional[str]:
    n = len(head) - len(head) % 2
    if n < 4:
        return None
    even_nul = sum(1 for i in range(0, n, 2) if head[i] == 0)
    odd_nul = sum(1 for i in range(1, n, 2) if head[i] == 0)
    half = n // 2
    if odd_nul > 0.6 * half and even_nul < 0.1 * half:
        return "utf-16-le"
    if even_nul > 0.6 * half and odd_nul < 0.1 * half:
        return "utf-16-be"
    return None


def _declared_charset(head: bytes) -> Optional[str]:
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    enc = m.group(1).decode("ascii", "ignore").lower()
    try:
        codecs.lookup(enc)
    except LookupError:
        return None
    if enc in ("utf-16", "utf-16le", "utf-16be", "utf-32"):
        return None  # a byte stream we could read ASCII from is not UTF-16
    # browsers treat latin-1 / ascii declarations as windows-1252
    if enc in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"
    return enc


def _normalizer_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 2 * _MB] if len(data) > 2 * _MB else data).best()
    if best is None or best.encoding is None:
        raise _Bad("binary file, not text (no text encoding fits)")
    if best.chaos > 0.35:
        raise _Bad(f"binary file, not text (undecodable bytes, best guess {best.encoding})")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise _Bad("binary file, not text (undecodable bytes)") from None


def _check_text(text: str) -> str:
    sample = text[:65536]
    if sample:
        bad = len(_CONTROL.findall(sample))
        if bad > max(2, len(sample) // 100):
            raise _Bad("binary file, not text (control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _trafilatura_metadata(text: str, meta: dict) -> dict:
    """Fill missing title/date/outlet/author from trafilatura's metadata extractor (htmldate)."""
    try:
        from trafilatura import extract_metadata

        found = extract_metadata(text)
    except Exception:  # pragma: no cover - never let a metadata helper fail a read
        return meta
    if found is None:
        return meta
    out = dict(meta)
    out["title"] = out["title"] or getattr(found, "title", None)
    out["date"] = out["date"] or iso_date(getattr(found, "date", None))
    out["outlet"] = out["outlet"] or getattr(found, "sitename", None)
    out["author"] = out["author"] or getattr(found, "author", None)
    out["url"] = out["url"] or getattr(found, "url", None)
    return out
