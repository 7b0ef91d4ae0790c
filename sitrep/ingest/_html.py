"""Small HTML helpers shared by the readers and the cleaner (lxml only, imported when a page is parsed:
35 ms of a cold start that plain-text input does not need)."""
from __future__ import annotations

import html as _htmlmod
import json
import re
from typing import Any, Optional

from .dates import iso_date

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "pre", "figure", "figcaption",
    "dd", "dt", "dl", "hr", "main", "aside", "nav", "form", "address", "title",
}
_DROP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
_TAG_RE = re.compile(r"<[^>]{0,2000}>")
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<title\b)",
    re.IGNORECASE | re.DOTALL,
)
_TAGGY = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6])\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    if _HTML_SNIFF.match(head):
        return True
    stripped = head.lstrip()
    return stripped.startswith("<") and len(_TAGGY.findall(head)) >= 3


def parse_html(text: str) -> Optional[Any]:
    """An lxml tree for (possibly broken or truncated) HTML, or None.

    libxml2 stops at an element nesting depth of 256 (2048 with ``huge_tree``) and drops
    everything below it: a page nested deeper than that is parsed again flattened (container
    tags removed, block tags turned into line breaks), so its text is never lost."""
    if not text.strip():
        return None
    tree, too_deep = _parse(text)
    if too_deep:
        flat, _ = _parse(flatten_html(text))
        tree = flat if flat is not None else tree
    return tree


def _parse(text: str) -> tuple[Optional[Any], bool]:
    from lxml import etree, html as lxml_html  # noqa: PLC0415

    parser = lxml_html.HTMLParser(encoding="utf-8", recover=True, remove_comments=True, huge_tree=True)
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None, False
    return tree, any("xcessive depth" in e.message for e in parser.error_log)


# tags kept when flattening: metadata and the elements whose content is dropped
_FLAT_KEEP = {"html", "head", "body", "title", "meta", "link", "time", "script", "style", "noscript",
              "template", "svg", "iframe"}
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b([^>]{0,2000})>")


def flatten_html(text: str) -> str:
    """The page without nesting: block tags become ``<br>``, other container tags go, the
    tags of :data:`_FLAT_KEEP` stay (text and metadata come out as from the nested page)."""
    def repl(m: re.Match) -> str:
        tag = m.group(2).lower()
        if tag in _FLAT_KEEP:
            return m.group(0)
        return "<br>" if tag in _BLOCK_TAGS else " " if tag in ("td", "th") else ""
    return _ANY_TAG.sub(repl, text)


def html_to_text(text: str, main_only: bool = False) -> str:
    """Visible text of an HTML fragment or page, one block element per paragraph; ``main_only``
    leaves out the page's chrome first (see :func:`strip_chrome`)."""
    tree = parse_html(text) if "<" in text else None
    if tree is None:
        plain = _htmlmod.unescape(_TAG_RE.sub(" ", text))
        return _tidy(plain)
    if main_only:
        strip_chrome(tree)
    parts: list[str] = []
    _walk(tree, parts)
    return _tidy("".join(parts))


# elements of page chrome: by tag, by ARIA role, by a class or id word ("share-bar", "related_posts")
_CHROME_TAGS = {"nav", "footer", "aside", "form", "button", "select", "label", "input", "menu", "dialog"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu"}
_CHROME_HINT = re.compile(
    r"(?:^|[-_])(?:cookies?|consent|gdpr|share|sharing|social|related|newsletter|subscribe|subscription|promo|"
    r"advert|ads?|banner|breadcrumbs?|comments?|sidebar|menu|navbar|nav|tags|popup|modal|paywall|donate|donation|"
    r"trending|most-?read|recommended|author-?(?:box|bio|info)|skip-?link|footer)(?:$|[-_\d])", re.IGNORECASE)
# a state modifier of a wrapper, not a part of the page: "has-sidebar", "with-comments", "no-ads"
_STATE_CLASS = re.compile(r"(?:has|with|without|no|is|show|hide|enable|disable)[-_]", re.IGNORECASE)
_LINK_LIST_TAGS = {"div", "ul", "ol", "li", "p", "section", "span", "table", "tr", "td", "dl", "header"}


def strip_chrome(tree: Any) -> None:
    """Remove navigation, sharing, promotion and link-list elements from a parsed page, in place:
    elements named so by tag, role or class/id word, and blocks whose text is mostly link text
    (menus, lists of other stories). An element holding half of the page's text or more is never
    removed (a wrapper whose class happens to say "sidebar")."""
    sizes: dict[Any, tuple[int, int]] = {}  # element -> (text length, link text length)
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:  # post-order, iterative: nesting depth is unbounded
        el, done = stack.pop()
        if not isinstance(el.tag, str) or el.tag.lower() in _DROP_TAGS:
            continue
        if not done:
            stack.append((el, True))
            stack.extend((c, False) for c in el)
            continue
        total = len((el.text or "").strip())
        links = 0
        for c in el:
            t, lk = sizes.get(c, (0, 0))
            total += t + len((c.tail or "").strip())
            links += lk
        if el.tag.lower() == "a":
            links = total
        sizes[el] = (total, links)
    page = sizes.get(tree, (0, 0))[0]
    drop: list[Any] = []
    stack2 = [tree]
    while stack2:
        el = stack2.pop()
        size, links = sizes.get(el, (0, 0))
        if el is not tree and size * 2 < page and _chrome(el, size, links):
            drop.append(el)
            continue
        stack2.extend(c for c in el if isinstance(c.tag, str))
    for el in drop:
        el.drop_tree()


def _chrome(el: Any, size: int, links: int) -> bool:
    tag = el.tag.lower()
    if tag in ("html", "body", "main", "article", "h1"):
        return False
    if tag in _CHROME_TAGS or (el.get("role") or "").lower() in _CHROME_ROLES:
        return True
    names = " ".join(filter(None, (el.get("class"), el.get("id"))))
    if names and any(_CHROME_HINT.search(w) and not _STATE_CLASS.match(w) for w in names.split()):
        return True
    # a block that is mostly links: a menu, a list of other stories
    return tag in _LINK_LIST_TAGS and 0 < size <= 800 and links >= 0.6 * size


def _walk(root: Any, parts: list[str]) -> None:
    """Append the visible text under ``root`` (iterative: nesting depth is unbounded)."""
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        if closing:  # after the children: block end, then the tail
            if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
                parts.append("\n\n")
            if el.tail:
                parts.append(el.tail)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _DROP_TAGS or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            continue
        if tag in _BLOCK_TAGS:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))


_WS_LINE = re.compile(r"[ \t\u00a0\u2009\u200b\r\f\v]+")


def _tidy(text: str) -> str:
    paras = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_WS_LINE.sub(" ", ln).strip() for ln in block.split("\n")]
        joined = " ".join(ln for ln in lines if ln)
        if joined:
            paras.append(joined)
    return "\n\n".join(paras)


def visible_text_length(tree: Any) -> int:
    parts: list[str] = []
    body = tree.find("body") if tree is not None else None
    _walk(body if body is not None else tree, parts)
    return len("".join(parts).strip())


def html_metadata(tree: Any) -> dict[str, Optional[str]]:
    """title/date/outlet/author/url from meta tags, <time>, JSON-LD and <title>."""
    meta: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        val = (m.get("content") or "").strip()
        if key and val and key not in meta:
            meta[key] = _htmlmod.unescape(val)
    ld = _json_ld(tree)

    def first(*vals: Optional[str]) -> Optional[str]:
        for v in vals:
            if isinstance(v, str) and v.strip():
                return " ".join(v.split())
        return None

    title_el = tree.find(".//title")
    title_tag = title_el.text_content() if title_el is not None else None
    time_dt = None
    for t in tree.iter("time"):
        if t.get("datetime"):
            time_dt = t.get("datetime")
            break
    canonical = None
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href")
            break
    date_raw = first(
        meta.get("article:published_time"), meta.get("og:article:published_time"),
        ld.get("datePublished"), meta.get("datepublished"), meta.get("date"),
        meta.get("pubdate"), meta.get("publishdate"), meta.get("dc.date"),
        meta.get("dc.date.issued"), meta.get("sailthru.date"), time_dt,
        ld.get("dateCreated"), meta.get("article:modified_time"), ld.get("dateModified"),
    )
    author = first(meta.get("author"), meta.get("article:author"), ld.get("author"),
                   meta.get("dc.creator"), meta.get("byl"))
    if author and (author.startswith(("http://", "https://", "www.")) or "/" in author):
        author = first(ld.get("author"), meta.get("dc.creator"), meta.get("byl"))
        if author and (author.startswith(("http://", "https://")) or "/" in author):
            author = None
    if author and author.lower().startswith("by "):
        author = author[3:].strip() or None
    return {
        "title": strip_site_suffix(first(meta.get("og:title"), meta.get("twitter:title"), ld.get("headline"), title_tag)),
        "date": iso_date(date_raw) if date_raw else None,
        "outlet": first(meta.get("og:site_name"), ld.get("publisher"), meta.get("application-name")),
        "author": author,
        "url": first(meta.get("og:url"), canonical, ld.get("url")),
    }


_SUFFIX_PIPE = re.compile(r"\s+[|｜]\s+([^|｜]{1,40})$")
_SUFFIX_DASH = re.compile(r"\s+[-–—]\s+([^-–—]{1,25})$")


def strip_site_suffix(title: Optional[str]) -> Optional[str]:
    """"Headline | Section | Site" -> "Headline" (up to two short trailing segments after
    " | ", or one very short one after " - "), never leaving fewer than 20 characters."""
    if not title:
        return title
    t = title.strip()
    for _ in range(2):
        m = _SUFFIX_PIPE.search(t)
        if not m or m.start() < 20:
            break
        t = t[: m.start()].rstrip()
    m = _SUFFIX_DASH.search(t)
    if m and m.start() >= 20 and t == title.strip():
        t = t[: m.start()].rstrip()
    return t


def _json_ld(tree: Any) -> dict[str, Optional[str]]:
    out: dict[str, Optional[str]] = {}
    for s in tree.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(s.text or "")
        except (ValueError, TypeError):
            continue
        for obj in _ld_objects(data):
            for key in ("headline", "datePublished", "dateCreated", "dateModified", "url"):
                v = obj.get(key)
                if isinstance(v, str) and key not in out:
                    out[key] = v
            for key in ("author", "publisher"):
                name = _ld_name(obj.get(key))
                if name and key not in out:
                    out[key] = name
    return out


def _ld_objects(data: Any) -> list[dict]:
    if isinstance(data, list):
        return [o for d in data for o in _ld_objects(d)]
    if isinstance(data, dict):
        out = [data]
        graph = data.get("@graph")
        if isinstance(graph, list):
            out.extend(o for g in graph for o in _ld_objects(g))
        return out
    return []


def _ld_name(v: Any) -> Optional[str]:
    if isinstance(v, str):
        return v
    if isinstance(v, dict):
        n = v.get("name")
        return n if isinstance(n, str) else None
    if isinstance(v, list):
        names = [n for n in (_ld_name(x) for x in v) if n]
        return ", ".join(names) if names else None
    return None
