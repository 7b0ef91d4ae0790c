"""Item discovery: what a source lists (a feed's entries, a listing page's article links, a news
sitemap's URLs, a drop folder's files, a Telegram export's messages), newest first.

Every function here takes what was fetched or read and returns :class:`Item` objects; none
fetches anything. A listing that cannot be read raises :class:`DiscoveryError` (one line).
"""
from __future__ import annotations

import gzip
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urljoin, urlsplit

from sitrep.model import RawDocument
from sitrep.watch.registry import Source
from sitrep.watch.urls import canonical_url

_FEED_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_SITEMAP_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:\w+:)?(?:urlset|sitemapindex)\b", re.I | re.S)
_ID_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
MAX_EXPORT_BYTES = 500 * 1024 * 1024


class DiscoveryError(Exception):
    """A listing that cannot be read (malformed feed, not a sitemap, unreadable folder...)."""


@dataclass
class Item:
    key: str                        # canonical URL, file:PATH:SIZE:MTIME, telegram:CHAT:MSG
    url: str | None = None          # the page to fetch (None: the document is in ``document``)
    title: str | None = None
    date: str | None = None
    summary: str | None = None      # the listing's own text of the item (feed content)
    outlet: str | None = None
    version: str | None = None      # the listing's "updated" stamp: a new one means an edited article
    document: RawDocument | None = None  # ready documents (dir, telegram-export)
    documents: list = field(default_factory=list)  # a file holding several (JSONL, feed file)

    def meta(self) -> dict[str, Any]:
        return {k: v for k, v in (("url", self.url), ("title", self.title), ("date", self.date),
                                  ("summary", (self.summary or "")[:20000] or None),
                                  ("outlet", self.outlet), ("version", self.version)) if v}


def sniff(body: bytes) -> str:
    """``feed``, ``sitemap`` or ``html`` from the first bytes of a listing."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf")
    if head[:2] == b"\x1f\x8b":
        return "sitemap"  # gzip: sitemaps are the listings served compressed as files
    if _FEED_SNIFF.match(head):
        return "feed"
    if _SITEMAP_SNIFF.match(head):
        return "sitemap"
    return "html"


def _iso_day(value: Any) -> str | None:
    from sitrep.ingest.dates import iso_date  # noqa: PLC0415

    try:
        return iso_date(value) if value else None
    except Exception:  # noqa: BLE001 - a bad date is no date
        return None


# ----------------------------------------------------------------------------- feeds
def feed_items(body: bytes, base_url: str, src: Source) -> list[Item]:
    import feedparser  # noqa: PLC0415

    from sitrep.ingest._html import html_to_text  # noqa: PLC0415

    try:
        parsed = feedparser.parse(body)
    except Exception as e:  # noqa: BLE001
        raise DiscoveryError(f"malformed feed ({type(e).__name__})") from None
    entries = parsed.get("entries") or []
    why = parsed.get("bozo_exception") if parsed.get("bozo") else None
    why_s = f"malformed feed: {' '.join(str(why).split())[:200]}" if why is not None else None
    if not entries:
        if why_s:
            raise DiscoveryError(why_s)
        return []  # a well-formed feed with no entries yet
    outlet = src.outlet or (parsed.get("feed") or {}).get("title") or None
    items = []
    for entry in entries:
        link = entry.get("link") or ""
        if not link:
            for lk in entry.get("links") or []:
                if lk.get("href"):
                    link = lk["href"]
                    break
        link = urljoin(base_url, link.strip()) if link else ""
        body_html = ""
        for c in entry.get("content") or []:
            body_html += (c.get("value") or "") + "\n\n"
        if not body_html.strip():
            body_html = entry.get("summary") or entry.get("description") or ""
        summary = html_to_text(body_html) if ("<" in body_html or "&" in body_html) else body_html.strip()
        title = html_to_text(entry.get("title") or "") or None
        date = None
        for key in ("published_parsed", "updated_parsed", "created_parsed"):
            if entry.get(key):
                date = _iso_day(entry.get(key))
                break
        date = date or _iso_day(entry.get("published") or entry.get("updated"))
        if link.lower().startswith(("http://", "https://")):
            key = canonical_url(link)
        elif entry.get("id"):
            key = f"feed:{src.name}:{entry.get('id')}"
            link = ""
        else:
            continue
        updated = entry.get("updated") if "updated" in entry else None
        items.append(Item(key=key, url=link or None, title=title, date=date, summary=summary or None,
                          outlet=outlet, version=str(updated) if updated else None))
    if why_s and not items:
        raise DiscoveryError(why_s + " (no usable entry)")
    if why_s:
        import logging  # noqa: PLC0415

        logging.getLogger("sitrep.watch").warning("%s: %s (read leniently: %d entries)", src.name, why_s, len(items))
    return items[: src.max_items]


def advertised_feed(body: bytes, base_url: str) -> str | None:
    """The feed an HTML page advertises (``<link rel="alternate" type="application/rss+xml">``)."""
    import lxml.html  # noqa: PLC0415

    try:
        tree = lxml.html.fromstring(body[:512 * 1024])
    except Exception:  # noqa: BLE001 - not HTML at all
        return None
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        typ = (link.get("type") or "").lower()
        if "alternate" in rel and typ in ("application/rss+xml", "application/atom+xml") and link.get("href"):
            url = urljoin(base_url, link.get("href").strip())
            if url.lower().startswith(("http://", "https://")):
                return url
    return None


# ----------------------------------------------------------------------------- html listings
def html_items(body: bytes, base_url: str, src: Source) -> list[Item]:
    """Article links of a listing page: every ``a[href]`` (inside ``link_css`` matches when set),
    resolved against the page, on the listing's host unless ``same_host = false``, matching
    ``link_pattern`` and not ``exclude_pattern``; in page order, each once."""
    import lxml.html  # noqa: PLC0415

    from sitrep.ingest.decode import _Bad, decode_bytes  # noqa: PLC0415

    try:
        text = decode_bytes(body, html_hint=True)
        tree = lxml.html.fromstring(text)
    except (_Bad, ValueError, Exception) as e:  # noqa: BLE001 - lxml's ParserError and friends
        raise DiscoveryError(f"listing page is not readable HTML ({type(e).__name__})") from None
    base = base_url
    for b in tree.iter("base"):
        if b.get("href"):
            base = urljoin(base_url, b.get("href"))
            break
    if src.link_css:
        from lxml.cssselect import CSSSelector  # noqa: PLC0415

        anchors = []
        for el in CSSSelector(src.link_css)(tree):
            anchors.extend([el] if el.tag == "a" else el.iter("a"))
    else:
        anchors = list(tree.iter("a"))
    include = re.compile(src.link_pattern) if src.link_pattern else None
    exclude = re.compile(src.exclude_pattern) if src.exclude_pattern else None
    listing = canonical_url(base_url)
    host = (urlsplit(base_url).hostname or "").lower()
    seen: set[str] = set()
    items = []
    for a in anchors:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base, href)
        if not url.lower().startswith(("http://", "https://")):
            continue
        key = canonical_url(url)
        if key == listing or key in seen:
            continue
        if src.same_host and (urlsplit(url).hostname or "").lower() != host:
            continue
        if include and not include.search(url):
            continue
        if exclude and exclude.search(url):
            continue
        seen.add(key)
        title = " ".join(a.text_content().split()) or None
        items.append(Item(key=key, url=url, title=title[:500] if title else None, outlet=src.outlet))
    return items[: src.max_items]


def next_page(body: bytes, base_url: str, src: Source) -> str | None:
    """The URL of a listing's next page: the first link ``next_css`` selects when set, else
    ``<link rel="next">`` or ``<a rel="next">``; on the listing's host unless ``same_host =
    false``; None when there is none (or the page cannot be read)."""
    import lxml.html  # noqa: PLC0415

    from sitrep.ingest.decode import decode_bytes  # noqa: PLC0415

    try:
        tree = lxml.html.fromstring(decode_bytes(body, html_hint=True))
    except Exception:  # noqa: BLE001 - no readable page, no next page
        return None
    if src.next_css:
        from lxml.cssselect import CSSSelector  # noqa: PLC0415

        links = []
        for el in CSSSelector(src.next_css)(tree):
            links.extend([el] if el.tag in ("a", "link") else el.iter("a"))
    else:
        links = [el for el in tree.iter("link", "a") if "next" in (el.get("rel") or "").lower().split()]
    host = (urlsplit(base_url).hostname or "").lower()
    for el in links:
        href = (el.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        url = urljoin(base_url, href)
        if not url.lower().startswith(("http://", "https://")):
            continue
        if src.same_host and (urlsplit(url).hostname or "").lower() != host:
            continue
        return url
    return None


def other_language(raw: Any, src: Source) -> str | None:
    """The language of a fetched document when the source names another one (``language``);
    None when it matches, when the source names none, or when it cannot be told (no letters,
    or a language the detector does not know: then nothing is skipped)."""
    from sitrep.ingest.lang import _STOPWORDS, detect_language  # noqa: PLC0415

    if not src.language or src.language not in _STOPWORDS or not isinstance(raw, RawDocument):
        return None
    text = raw.text
    if raw.is_html:
        from sitrep.ingest._html import html_to_text  # noqa: PLC0415

        text = html_to_text(text)
    lang = detect_language(text)
    return None if lang in ("und", src.language) else lang


# ----------------------------------------------------------------------------- sitemaps
def sitemap_items(body: bytes, src: Source) -> tuple[list[Item], list[str]]:
    """(items, child sitemaps) of a sitemap or sitemap index; news sitemaps give title, date
    and publication name. Items are sorted newest first (undated last)."""
    from lxml import etree  # noqa: PLC0415

    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError) as e:
            raise DiscoveryError(f"sitemap is not valid gzip ({e})") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as e:
        raise DiscoveryError(f"malformed sitemap XML: {e}") from None
    tag = etree.QName(root).localname
    if tag not in ("urlset", "sitemapindex"):
        raise DiscoveryError(f"not a sitemap (root element <{tag}>)")

    def child(el, name):
        for c in el.iter():
            if isinstance(c.tag, str) and etree.QName(c).localname == name and c is not el:
                return (c.text or "").strip() or None
        return None

    if tag == "sitemapindex":
        subs = []
        for sm in root:
            if isinstance(sm.tag, str) and etree.QName(sm).localname == "sitemap":
                loc = child(sm, "loc")
                if loc:
                    subs.append((child(sm, "lastmod") or "", loc))
        subs.sort(reverse=True)  # the most recently changed first
        return [], [loc for _, loc in subs]
    items = []
    for u in root:
        if not isinstance(u.tag, str) or etree.QName(u).localname != "url":
            continue
        loc = child(u, "loc")
        if not loc or not loc.lower().startswith(("http://", "https://")):
            continue
        if src.link_pattern and not re.search(src.link_pattern, loc):
            continue
        if src.exclude_pattern and re.search(src.exclude_pattern, loc):
            continue
        date = _iso_day(child(u, "publication_date") or child(u, "lastmod"))
        items.append(Item(key=canonical_url(loc), url=loc, title=child(u, "title"), date=date,
                          outlet=src.outlet or child(u, "name"), version=child(u, "lastmod")))
    items.sort(key=lambda i: i.date or "", reverse=True)
    return items[: src.max_items], []


# ----------------------------------------------------------------------------- drop folders
def local_path(url: str) -> Path:
    if url.lower().startswith("file://"):
        from urllib.parse import unquote  # noqa: PLC0415

        return Path(unquote(urlsplit(url).path))
    return Path(url)


def dir_state(root: Path) -> str:
    """A fingerprint of a folder's files (names, sizes, modification times): unchanged means
    nothing to read."""
    import hashlib  # noqa: PLC0415

    h = hashlib.sha1()
    for p, st in _files(root):
        h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _files(root: Path) -> Iterator[tuple[Path, os.stat_result]]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(("~", ".part", ".tmp", ".crdownload")):
                continue
            p = Path(dirpath) / name
            try:
                st = p.stat()
            except OSError:
                continue
            yield p, st


def dir_items(src: Source, settle: float = 2.0, now: float | None = None) -> list[Item]:
    """One item per file of the folder (a changed file is a new item); files younger than
    ``settle`` seconds are left for the next pass (they may still be being written)."""
    import time  # noqa: PLC0415

    root = local_path(src.url)
    if not root.is_dir():
        raise DiscoveryError(f"folder not found: {root}")
    now = time.time() if now is None else now
    items = []
    for p, st in _files(root):
        if now - st.st_mtime < settle:
            continue
        items.append(Item(key=f"file:{p}:{st.st_size}:{st.st_mtime_ns}", title=p.name, outlet=src.outlet))
    return items


def read_file_documents(path: Path, src: Source) -> list:
    """A dropped file's documents (``RawDocument`` / ``IngestError``): a Telegram export is read
    as one, anything else by the ingest readers (text, HTML, JSONL, feeds, WARC)."""
    if path.suffix.lower() == ".json" and _looks_like_telegram(path):
        try:
            return list(telegram_documents(path.read_bytes(), src, str(path)))
        except DiscoveryError as e:
            from sitrep.model import IngestError  # noqa: PLC0415

            return [IngestError(doc_id=path.stem, message=f"{path}: {e}")]
    from sitrep.ingest import read_inputs  # noqa: PLC0415

    docs = list(read_inputs([path]))
    if src.outlet:
        docs = [d.model_copy(update={"outlet": src.outlet}) if isinstance(d, RawDocument) and not d.outlet else d
                for d in docs]
    return docs


def _looks_like_telegram(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b'"messages"' in head or (b'"chats"' in head and b'"list"' in head) or (
        head.lstrip().startswith(b"{") and b'"type"' in head and b'"id"' in head and b'"name"' in head)


# ----------------------------------------------------------------------------- telegram exports
def _flat_text(text: Any) -> str:
    """Telegram Desktop's ``text``: a string, or a list of strings and ``{"type", "text"}`` parts."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                       for p in text)
    return ""


def _chats(data: Any) -> list[dict]:
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("chats"), dict):  # a whole-account export
        return [c for c in data["chats"].get("list") or [] if isinstance(c, dict)
                and isinstance(c.get("messages"), list)]
    return []


def telegram_documents(data: bytes, src: Source, where: str) -> Iterator[RawDocument]:
    """One document per message with text of a Telegram Desktop JSON export (``result.json``
    of a channel or chat, or of a whole account): service messages and messages without text
    (a photo alone) are skipped; the document id is ``CHAT-MESSAGEID``; the date is the
    message's; a public channel's message gets its ``t.me`` link when the source's ``url``-less
    name is known (``outlet``) or the export names it."""
    from sitrep.model import RawDocument as RD  # noqa: PLC0415

    if len(data) > MAX_EXPORT_BYTES:
        raise DiscoveryError(f"export larger than {MAX_EXPORT_BYTES // 1048576} MB")
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        raise DiscoveryError(f"not a Telegram JSON export (invalid JSON: {e})") from None
    chats = _chats(parsed)
    if not chats:
        raise DiscoveryError("not a Telegram JSON export (no 'messages' list)")
    for chat in chats:
        chat_name = str(chat.get("name") or "telegram").strip()
        chat_id = chat.get("id", chat_name)
        username = (chat.get("username") or "").lstrip("@") or None
        slug = _ID_CHARS.sub("-", chat_name.lower()).strip("-.")[:60] or "telegram"
        for msg in chat["messages"]:
            if not isinstance(msg, dict) or msg.get("type", "message") != "message":
                continue
            text = _flat_text(msg.get("text")).strip()
            if not text:
                continue
            mid = msg.get("id")
            if mid is None:
                continue
            url = f"https://t.me/{username}/{mid}" if username else None
            yield RD(doc_id=f"{slug}-{mid}", text=text, is_html=False,
                     date=_iso_day(str(msg.get("date") or "")[:10]), title=None,
                     outlet=src.outlet or chat_name, author=msg.get("from") or None, url=url,
                     source_path=f"telegram:{chat_id}:{mid}")


def telegram_items(data: bytes, src: Source, where: str) -> list[Item]:
    return [Item(key=d.source_path or d.doc_id, url=None, title=None, date=d.date, document=d,
                 outlet=d.outlet) for d in telegram_documents(data, src, where)]
