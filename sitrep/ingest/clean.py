"""clean(): RawDocument -> Document (main text, boilerplate out, metadata kept).

``clean_text`` is the coordinate system of every later span, so it is built only
from whole original lines: a kept line is copied unchanged (surrounding
whitespace stripped; a glued scrape token such as ``date 2024-03-31`` may be cut
from its start), lines of one paragraph are joined with "\\n" and paragraphs with
"\\n\\n".  Boilerplate is recognised line by line with whole-line rules from
``sitrep/data/boilerplate_lines.tsv`` and page structure (see :mod:`.boilerplate`); rules marked
*soft* never fire on a line that carries event vocabulary, so an article sentence is not lost to them.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from sitrep.model import Document, RawDocument

from ._html import html_to_text, looks_like_html
from .boilerplate import DATA_FILE, classify_line, classify_lines, explain, load_rules, strip_prefix, strip_suffix
from .dates import find_text_date, iso_date
from .lang import detect_language
from .markdown import strip_markdown

__all__ = ["clean", "clean_lines", "content_hash", "classify_line", "explain", "load_rules", "DATA_FILE"]

# kinds after which the rest of the article is treated as its tail (sign-offs, bios, link lists)
END_KINDS = {"desk", "bio", "editor", "credit", "copyright", "source", "signoff", "tagline"}

# the article tail (after a sign-off): promotional paragraphs of any length go
_PROMO = re.compile(
    r"\b(?:journalis[mt]s?|newsroom|our readers|support (?:us|our)|stand with|donat\w*|subscri\w*|"
    r"membership|become a member|founded by|independent media|paywall|patreon|our mission|"
    r"editorial independence|newsletter)\b",
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?…:;\"”’»)")
_SENTENCE_END = tuple(".!?…\"”’»)")
_DATELINE = re.compile(
    r"^(?-i:[A-Z][A-Z.'’ -]{1,40})(?:\s*\([^)]{1,40}\))?\s*,\s*(?P<rest>.{0,60})", re.IGNORECASE
)


@dataclass
class _Meta:
    editor: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    dates: list[str] = field(default_factory=list)


def _clean_name(s: Optional[str]) -> Optional[str]:
    if not s:
        return None
    s = " ".join(s.split()).strip(" .,;:-–—|")
    return s or None


def _record(meta: _Meta, kind: str, m: re.Match) -> None:
    g = m.groupdict()
    if kind == "editor" and g.get("editor") and not meta.editor:
        meta.editor = _clean_name(g["editor"])
    outlet = g.get("outlet") or g.get("outlet2")
    if outlet and not meta.outlet:
        meta.outlet = _clean_name(outlet)
    if g.get("author") and not meta.author:
        meta.author = _clean_name(g["author"])
    if g.get("date"):
        d = find_text_date(g["date"]) or iso_date(g["date"])
        if d:
            meta.dates.append(d)
    elif kind == "date" and re.search(r"\d[:.]\d\d", m.group(0)):
        d = iso_date(m.group(0))
        if d:  # a timestamp line (date + time) is a publication stamp; a bare page date is not
            meta.dates.append(d)


def _tail_junk(line: str) -> bool:
    """After a sign-off: a short heading or a promotional paragraph (two promo cues, or one in
    a short line).  Ordinary sentences after a sign-off are kept."""
    if len(line) < 60 and not line.endswith(_TERMINAL):
        return True
    hits = {m.group(0).lower() for m in _PROMO.finditer(line)}
    return len(hits) >= 2 or (len(hits) == 1 and len(line) < 120)


def _looks_like_headline(line: str) -> bool:
    if not (8 <= len(line) <= 200) or line.endswith((".", ",", ";", ":")):
        return False
    words = line.split()
    first_alpha = next((c for c in line if c.isalpha()), "")
    return 2 <= len(words) <= 30 and first_alpha.isupper()


def clean_lines(text: str) -> tuple[str, _Meta, Optional[str]]:
    """Line-based boilerplate removal: (clean_text, metadata found, headline or None). The page
    passes judge a line by its neighbours, so a line can look different once the furniture around
    it is gone: the removal is repeated on its own output until nothing more goes (at most three
    rounds), which makes cleaning idempotent."""
    memo: dict = {}  # the line rules' verdicts, which do not depend on the neighbours
    out, meta, headline = _clean_once(text, memo)
    for _ in range(2):
        again, more, head = _clean_once(out, memo)
        if again == out:
            break
        out, headline = again, head
        meta.editor, meta.outlet, meta.author = meta.editor or more.editor, meta.outlet or more.outlet, meta.author or more.author
        meta.dates += [d for d in more.dates if d not in meta.dates]
    return out, meta, headline


def _clean_once(text: str, memo: Optional[dict] = None) -> tuple[str, _Meta, Optional[str]]:
    meta = _Meta()
    # paragraphs: blocks of non-blank lines
    blocks: list[list[str]] = [[]]
    for raw_line in text.split("\n"):
        if raw_line.strip():
            blocks[-1].append(raw_line)
        elif blocks[-1]:
            blocks.append([])
    lines = [strip_suffix(strip_prefix(raw.strip())) for block in blocks for raw in block]
    kinds = classify_lines([x for x in lines if x], memo)
    kind_at = iter(kinds)
    kept_blocks: list[list[str]] = []
    seen: set[str] = set()
    in_tail = False
    n_lines = len(lines)
    index = -1
    for block in blocks:
        kept: list[str] = []
        for _ in block:
            index += 1
            line = lines[index]
            if not line:
                continue
            kind, m = next(kind_at)
            if kind is not None:
                if m is not None:
                    _record(meta, kind, m)
                if kind in END_KINDS and index >= n_lines // 2:
                    in_tail = True  # a sign-off in the second half: the article tail starts
                # a line break, not a paragraph: the rest of the block starts a new paragraph
                if kept:
                    kept_blocks.append(kept)
                    kept = []
                continue
            if in_tail and _tail_junk(line):
                if kept:
                    kept_blocks.append(kept)
                    kept = []
                continue
            key = " ".join(line.split()).casefold()
            if key in seen:
                continue
            seen.add(key)
            kept.append(line)
        if kept:
            kept_blocks.append(kept)

    paragraphs = [_join_block(b) for b in kept_blocks]
    headline = None
    if len(paragraphs) > 1:
        first = kept_blocks[0][0]
        if _looks_like_headline(first):
            headline = first
    return "\n\n".join(paragraphs), meta, headline


def _join_block(lines: list[str]) -> str:
    """Lines of one block (no blank line between them).  A hard-wrapped block (several long
    lines of similar length) stays one paragraph joined with "\n"; otherwise a line break is
    soft ("\n") only where a sentence obviously continues (next line starts lower-case, or the
    line ends with a comma, dash or opening bracket), else it starts a paragraph ("\n\n")."""
    if len(lines) == 1:
        return lines[0]
    body = lines[:-1]
    lens = [len(x) for x in body]
    if (len(lines) >= 3 and min(lens) >= 50 and max(lens) <= 100
            and max(lens) - min(lens) <= max(12, 0.25 * max(lens))):
        return "\n".join(lines)
    out = lines[0]
    for prev, nxt in zip(lines, lines[1:]):
        soft = not prev.endswith(_SENTENCE_END) and (
            nxt[:1].islower() or prev.endswith((",", "-", "–", "—", "(", "/", "&"))
        )
        out += ("\n" if soft else "\n\n") + nxt
    return out


def _text_date(clean_text: str) -> Optional[str]:
    """A date from a dateline ("KHARKIV, 14 March 2025 —") in the first paragraphs."""
    for para in clean_text.split("\n\n")[:3]:
        m = _DATELINE.match(para)
        if m:
            d = find_text_date(m.group("rest"))
            if d:
                return d
    return None


def _normalise_for_hash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    """sha256 (hex) of the text, NFKC-normalised, case-folded and whitespace-collapsed."""
    return hashlib.sha256(_normalise_for_hash(text).encode("utf-8")).hexdigest()


def extract_html_text(html: str) -> str:
    """Main text of an HTML page: trafilatura (precision, no comments), else a tag stripper."""
    text = ""
    try:
        import trafilatura

        text = trafilatura.extract(
            html, include_comments=False, favor_precision=True, include_tables=True,
            include_images=False, include_links=False, deduplicate=False, output_format="txt",
        ) or ""
    except Exception:  # trafilatura on broken markup: fall back below
        text = ""
    if not text.strip():
        return html_to_text(html, main_only=True)
    # trafilatura writes one paragraph per line and marks list items with "- "
    lines = (line[2:] if line.startswith("- ") else line for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line.strip())


_CONTROL_SPACE = re.compile("[\x0b\x0c\x1c-\x1f]")  # whitespace-like controls
_CONTROL_DROP = re.compile("[\x00-\x08\x0e-\x1b\x7f]")  # NUL, escapes... (PostgreSQL refuses NUL in text)
_SURROGATE = re.compile("[\ud800-\udfff]")  # lone halves (a JSON "\\ud800"): not encodable


def plain_text(text: str) -> str:
    """``text`` with Unix newlines, without C0 control characters (those that act as whitespace
    become a space, the others go) and with lone surrogates replaced by U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL_DROP.search(text) or _CONTROL_SPACE.search(text):
        text = _CONTROL_DROP.sub("", _CONTROL_SPACE.sub(" ", text))
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


def clean(raw: RawDocument) -> Document:
    """Clean one RawDocument into a Document (pure: no I/O besides the cached rule file)."""
    text = plain_text(raw.text)
    if raw.is_html or looks_like_html(text):
        text = extract_html_text(text)
    else:
        text = strip_markdown(text)  # "[[xii]](https://…)", "**…**": the words stay, the markup goes
    clean_text, meta, headline = clean_lines(text)

    title = " ".join(plain_text(raw.title).split()) or None if raw.title else None
    if not title and headline:
        title = headline
    date, date_source = None, None
    if raw.date:
        date, date_source = iso_date(raw.date), "metadata"
    if not date:
        d = _text_date(clean_text) or (meta.dates[0] if meta.dates else None)
        if d:
            date, date_source = d, "text"
        else:
            date_source = None
    return Document(
        doc_id=raw.doc_id,
        title=title,
        date=date,
        date_source=date_source,
        outlet=raw.outlet or meta.outlet,
        editor=meta.editor,
        author=raw.author or meta.author,
        url=raw.url,
        source_path=raw.source_path,
        language=detect_language(clean_text) if clean_text else detect_language(text),
        clean_text=clean_text,
        content_hash=content_hash(clean_text),
    )
