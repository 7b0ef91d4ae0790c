"""The source registry: ``[[source]]`` tables of a TOML file, and the same in the database.

    [fetch]                        # optional: politeness settings (defaults shown in FetchPolicy)
    delay = 1.0                    # seconds between two requests to one host

    [[source]]
    name = "kyiv-independent"
    url = "https://kyivindependent.com/news-archive/rss/"
    kind = "feed"                  # feed (rss/atom), html, sitemap, dir, telegram-export; default: feed
    interval = "15m"               # how often it is due: seconds, or "90s", "15m", "2h", "1d"
    language = "en"                # optional
    outlet = "The Kyiv Independent"
    trust = 0.9                    # optional, 0..1, shown with the source
    link_css = "article h2 a"      # html: where the article links are (CSS)
    link_pattern = "/news/"        # html: article URLs must match this regex
    exclude_pattern = "/video/"    # html: ... and must not match this one
    next_css = "a.next"            # html: the "next page" link (default: rel="next")
    max_pages = 3                  # html: listing pages read per pass, following "next"
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import select

from sitrep.store.models import utcnow
from sitrep.store.watch_tables import WatchItemRow, WatchSourceRow

KINDS = ("feed", "html", "sitemap", "dir", "telegram-export")
KIND_ALIASES = {"rss": "feed", "atom": "feed", "feed": "feed", "html": "html", "page": "html",
                "sitemap": "sitemap", "news-sitemap": "sitemap", "dir": "dir", "directory": "dir",
                "folder": "dir", "telegram-export": "telegram-export", "telegram": "telegram-export"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}$")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULT_INTERVAL = 900
MAX_INTERVAL = 30 * 86400


class SourceError(ValueError):
    """A source definition that cannot be used (the message names the source and the field)."""


@dataclass
class Source:
    name: str
    url: str
    kind: str = "feed"
    interval: int = DEFAULT_INTERVAL  # seconds
    enabled: bool = True
    language: str | None = None
    outlet: str | None = None
    trust: float | None = None
    link_css: str | None = None
    link_pattern: str | None = None
    exclude_pattern: str | None = None
    same_host: bool = True          # html: follow links to the listing's own host only
    fetch_articles: bool = True     # feed/sitemap: fetch each item's page (else the feed's text)
    max_items: int = 50             # items taken from one listing per pass (newest first)
    next_css: str | None = None     # html: the "next page" link (default: <link/a rel="next">)
    max_pages: int = 3              # html: listing pages read per pass, following "next"

    CONFIG_KEYS = ("language", "outlet", "trust", "link_css", "link_pattern", "exclude_pattern",
                   "same_host", "fetch_articles", "max_items", "next_css", "max_pages")

    def config(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.CONFIG_KEYS}

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class FetchPolicy:
    """How politely and how hard to fetch (the ``[fetch]`` table of the sources file)."""

    delay: float = 1.0               # seconds between two requests to one host
    per_host: int = 2                # requests in flight to one host
    workers: int = 4                 # sources fetched at once
    timeout: float = 20.0            # seconds: connect / read, and twice this for a whole body
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2                 # extra attempts on a timeout, a connection error, 5xx, 429
    backoff: float = 1.0             # first retry after this many seconds, then x2
    max_retry_after: float = 30.0    # wait in the pass for a Retry-After up to this; longer: next pass
    dead_after: int = 5              # consecutive failed passes before a source is marked dead
    item_attempts: int = 3           # passes an article page is tried before it is given up
    contact: str | None = None       # added to the User-Agent (an URL or e-mail of the operator)
    respect_robots: bool = True

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "FetchPolicy":
        data = dict(data or {})
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise SourceError(f"[fetch]: unknown setting(s) {', '.join(unknown)}")
        out = cls()
        for k, v in data.items():
            default = getattr(out, k)
            if isinstance(default, bool):
                if not isinstance(v, bool):
                    raise SourceError(f"[fetch]: {k} must be true or false")
            elif isinstance(default, (int, float)) and not isinstance(default, bool):
                if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
                    raise SourceError(f"[fetch]: {k} must be a number >= 0")
                v = type(default)(v)
            elif v is not None and not isinstance(v, str):
                raise SourceError(f"[fetch]: {k} must be a string")
            setattr(out, k, v)
        out.per_host = max(1, out.per_host)
        out.workers = max(1, out.workers)
        return out


def parse_interval(v: Any, where: str = "interval") -> int:
    if isinstance(v, bool):
        raise SourceError(f"{where}: not a duration")
    if isinstance(v, (int, float)):
        secs = float(v)
    else:
        m = _DURATION.match(str(v)[:40])
        if not m:
            raise SourceError(f"{where}: {v!r} is not a duration (seconds, or e.g. '90s', '15m', '2h', '1d')")
        secs = float(m.group(1)) * _UNITS[m.group(2).lower()]
    if not 0 <= secs <= MAX_INTERVAL:  # also NaN and infinity
        raise SourceError(f"{where}: must be from 0 to {MAX_INTERVAL} seconds (30 days)")
    return int(secs)


def make_source(data: dict[str, Any], *, base_dir: Path | None = None) -> Source:
    """A validated :class:`Source` from one ``[[source]]`` table (or API/CLI fields)."""
    if not isinstance(data, dict):
        raise SourceError("a source must be a table")
    name = str(data.get("name") or "").strip()
    label = f"source {name!r}" if name else "source without a name"
    if not _NAME.match(name):
        raise SourceError(f"{label}: name must be 1-100 letters, digits, '.', '_' or '-'")
    known = {f.name for f in fields(Source)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SourceError(f"{label}: unknown field(s) {', '.join(unknown)}")
    url = str(data.get("url") or "").strip()
    if not url:
        raise SourceError(f"{label}: url is required")
    if len(url) > 2000 or "\x00" in url:
        raise SourceError(f"{label}: url must be at most 2000 characters, without NUL")
    kind_raw = str(data.get("kind") or "feed").strip().lower()
    kind = KIND_ALIASES.get(kind_raw)
    if kind is None:
        raise SourceError(f"{label}: kind {kind_raw!r} is not one of {', '.join(KINDS)} (or rss, atom)")
    if kind in ("dir", "telegram-export") and "://" not in url:
        p = Path(url).expanduser()
        if not p.is_absolute() and base_dir is not None:
            p = base_dir / p
        url = str(p.absolute())
    elif kind not in ("dir", "telegram-export") and not re.match(r"https?://[^/\s]+\S*$", url, re.I):
        raise SourceError(f"{label}: url must be http(s)://... for kind {kind}")
    src = Source(name=name, url=url, kind=kind,
                 interval=parse_interval(data.get("interval", DEFAULT_INTERVAL), f"{label}: interval"))
    for key in ("language", "outlet", "link_css", "link_pattern", "exclude_pattern", "next_css"):
        v = data.get(key)
        if v is not None:
            if not isinstance(v, str) or len(v) > 500 or "\x00" in v:
                raise SourceError(f"{label}: {key} must be a string of at most 500 characters")
            setattr(src, key, v.strip() or None)
    for key in ("enabled", "same_host", "fetch_articles"):
        if key in data:
            if not isinstance(data[key], bool):
                raise SourceError(f"{label}: {key} must be true or false")
            setattr(src, key, data[key])
    if data.get("trust") is not None:
        t = data["trust"]
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not 0 <= t <= 1:
            raise SourceError(f"{label}: trust must be a number from 0 to 1")
        src.trust = float(t)
    if data.get("max_items") is not None:
        n = data["max_items"]
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 10000:
            raise SourceError(f"{label}: max_items must be a whole number from 1 to 10000")
        src.max_items = n
    if data.get("max_pages") is not None:
        n = data["max_pages"]
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 50:
            raise SourceError(f"{label}: max_pages must be a whole number from 1 to 50")
        src.max_pages = n
    if src.language is not None:
        if not re.match(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$", src.language):
            raise SourceError(f"{label}: language must be a language code such as \"en\" or \"uk\"")
        src.language = src.language[:3].split("-")[0].split("_")[0].lower()
    for key in ("link_pattern", "exclude_pattern"):
        if getattr(src, key):
            try:
                re.compile(getattr(src, key))
            except re.error as e:
                raise SourceError(f"{label}: {key} is not a valid regular expression ({e})") from None
    for key in ("link_css", "next_css"):
        if getattr(src, key):
            try:
                from lxml.cssselect import CSSSelector  # noqa: PLC0415
                CSSSelector(getattr(src, key))
            except Exception as e:  # cssselect's SelectorSyntaxError, or cssselect missing
                raise SourceError(f"{label}: {key} is not a usable CSS selector ({e})") from None
    return src


def load_sources(path: str | Path) -> tuple[list[Source], FetchPolicy]:
    """Read a sources file; raises :class:`SourceError` (one message, naming the problem)."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise SourceError(f"{p}: cannot read ({e.strerror or e})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise SourceError(f"{p}: not valid TOML ({e})") from None
    unknown = sorted(set(data) - {"source", "fetch"})
    if unknown:
        raise SourceError(f"{p}: unknown table(s) {', '.join(unknown)} (expected [[source]] and [fetch])")
    raw = data.get("source", [])
    if not isinstance(raw, list):
        raise SourceError(f"{p}: 'source' must be an array of tables ([[source]])")
    sources = [make_source(t, base_dir=p.parent.absolute()) for t in raw]
    seen: set[str] = set()
    for s in sources:
        if s.name in seen:
            raise SourceError(f"{p}: source name {s.name!r} is used twice")
        seen.add(s.name)
    return sources, FetchPolicy.from_dict(data.get("fetch"))


def dump_toml(sources: Iterable[Source]) -> str:
    """Sources as ``[[source]]`` tables (what ``sitrep sources list --format toml`` prints)."""
    import json  # noqa: PLC0415 - TOML basic strings are JSON strings for our characters

    out = []
    for s in sources:
        out.append("[[source]]")
        for k, v in s.to_dict().items():
            if k == "interval":
                out.append(f"interval = {v}")
            elif isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, (int, float)):
                out.append(f"{k} = {v}")
            else:
                out.append(f"{k} = {json.dumps(str(v), ensure_ascii=False)}")
        out.append("")
    return "\n".join(out)


# ----------------------------------------------------------------------------- the database

def source_from_row(row: WatchSourceRow) -> Source:
    cfg = dict(row.config or {})
    src = Source(name=row.name, url=row.url, kind=row.kind, interval=row.interval_s, enabled=row.enabled)
    for k in Source.CONFIG_KEYS:
        if k in cfg and cfg[k] is not None:
            setattr(src, k, cfg[k])
    return src


def list_sources(store) -> list[Source]:
    with store.Session() as s:
        return [source_from_row(r) for r in s.scalars(select(WatchSourceRow).order_by(WatchSourceRow.name))]


def get_source(store, name: str) -> Source | None:
    with store.Session() as s:
        row = s.scalar(select(WatchSourceRow).where(WatchSourceRow.name == name))
        return source_from_row(row) if row is not None else None


def upsert_sources(store, sources: Iterable[Source]) -> tuple[int, int]:
    """Add new sources and update changed ones (their state is kept, unless the URL or kind
    changed: then the validators, failures and dead mark are reset). Returns (added, updated)."""
    added = updated = 0
    now = utcnow()
    with store.WriteSession.begin() as s:
        for src in sources:
            row = s.scalar(select(WatchSourceRow).where(WatchSourceRow.name == src.name))
            if row is None:
                s.add(WatchSourceRow(name=src.name, url=src.url, kind=src.kind, interval_s=src.interval,
                                     enabled=src.enabled, config=src.config(), failures=0, dead=False,
                                     created_at=now, updated_at=now))
                added += 1
                continue
            if (row.url, row.kind, row.interval_s, row.enabled, row.config or {}) == (
                    src.url, src.kind, src.interval, src.enabled, src.config()):
                continue
            if (row.url, row.kind) != (src.url, src.kind):
                row.etag = row.last_modified = row.next_due_at = row.last_error = None
                row.failures, row.dead = 0, False
            row.url, row.kind, row.interval_s, row.enabled = src.url, src.kind, src.interval, src.enabled
            row.config, row.updated_at = src.config(), now
            updated += 1
    return added, updated


def remove_source(store, name: str, *, forget_items: bool = False) -> bool:
    """Remove a source from the registry (its documents stay; its items too, unless
    ``forget_items``, so re-adding it fetches nothing twice)."""
    with store.WriteSession.begin() as s:
        row = s.scalar(select(WatchSourceRow).where(WatchSourceRow.name == name))
        if row is None:
            return False
        s.delete(row)
        if forget_items:
            for item in s.scalars(select(WatchItemRow).where(WatchItemRow.source == name)):
                s.delete(item)
    return True


def revive_source(store, name: str) -> bool:
    """Clear a source's dead mark and failure count: it is due at the next pass."""
    with store.WriteSession.begin() as s:
        row = s.scalar(select(WatchSourceRow).where(WatchSourceRow.name == name))
        if row is None:
            return False
        row.dead, row.failures, row.next_due_at, row.updated_at = False, 0, None, utcnow()
    return True


@dataclass
class SourceHealth:
    source: Source
    status: str                 # ok, failing, dead, disabled, new
    last_fetch_at: str | None = None
    last_ok_at: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    failures: int = 0
    next_due_at: str | None = None
    documents: int = 0
    last_document_at: str | None = None
    items_failed: int = 0
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = self.source.to_dict()
        d.update({k: getattr(self, k) for k in (
            "status", "last_fetch_at", "last_ok_at", "last_status", "last_error", "failures",
            "next_due_at", "documents", "last_document_at", "items_failed")})
        return d


def _iso(v) -> str | None:
    return v.isoformat(timespec="seconds") + "Z" if v is not None else None


def source_health(store) -> list[SourceHealth]:
    """Every registered source with its state: ``ok`` (last fetch worked), ``failing`` (the last
    ones failed), ``dead`` (failed ``dead_after`` times in a row: skipped until revived),
    ``disabled``, ``new`` (never fetched); documents stored from it and when the last came."""
    from sqlalchemy import func  # noqa: PLC0415

    out = []
    with store.Session() as s:
        counts = {src: (n, last) for src, n, last in s.execute(
            select(WatchItemRow.source, func.count(), func.max(WatchItemRow.updated_at))
            .where(WatchItemRow.status == "stored").group_by(WatchItemRow.source))}
        failed = dict(s.execute(select(WatchItemRow.source, func.count())
                                .where(WatchItemRow.status.in_(("failed", "gave_up")))
                                .group_by(WatchItemRow.source)).all())
        for row in s.scalars(select(WatchSourceRow).order_by(WatchSourceRow.name)):
            if not row.enabled:
                status = "disabled"
            elif row.dead:
                status = "dead"
            elif row.last_fetch_at is None:
                status = "new"
            elif row.failures:
                status = "failing"
            else:
                status = "ok"
            n, last = counts.get(row.name, (0, None))
            out.append(SourceHealth(
                source=source_from_row(row), status=status, last_fetch_at=_iso(row.last_fetch_at),
                last_ok_at=_iso(row.last_ok_at), last_status=row.last_status, last_error=row.last_error,
                failures=row.failures, next_due_at=_iso(row.next_due_at), documents=n,
                last_document_at=_iso(last), items_failed=failed.get(row.name, 0)))
    return out
