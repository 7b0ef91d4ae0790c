"""One pass over the due sources (``sitrep watch --once``) and the loop of passes (``sitrep watch``).

A pass: for each due source (several at once, each host politely), fetch the listing
(conditional GET), find its items, skip those already seen (by canonical URL), fetch each new
article page, and store it through the same path as ``sitrep ingest`` (clean, extract,
reconcile, one transaction per document), then remember the item. The listing's validators
(ETag, Last-Modified) are saved only after every item of it was handled, so a pass cut short
(SIGTERM, or kill -9) is resumed by the next one; items are remembered one by one, so nothing
stored is fetched or stored again. A failing source never stops the others.

``after_pass`` (e.g. the alerts of issue 15) is called with the :class:`PassSummary` at the end
of every pass; this package never imports what sits above it.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from sitrep import model
from sitrep.app.settings import Settings
from sitrep.store.models import utcnow
from sitrep.watch import discover as dc
from sitrep.watch.fetcher import Fetcher, FetchResult
from sitrep.watch.ingest import Processor, Stored, default_processor, store_document
from sitrep.watch.registry import FetchPolicy, Source, source_from_row, upsert_sources
from sitrep.watch.state import WatchState
from sitrep.watch.urls import canonical_url

log = logging.getLogger("sitrep.watch")

MAX_MESSAGES = 200
MIN_FEED_TEXT = 300  # a feed entry's own text used when its page cannot be fetched
PAGE_TYPES = ("html", "xml", "text/plain", "xhtml")


@dataclass
class PassSummary:
    sources: int = 0            # sources handled in this pass (due ones)
    fetched: int = 0            # listings and pages received (HTTP 2xx, or a local file read)
    not_modified: int = 0       # listings unchanged since the last pass (HTTP 304, same files)
    new_documents: int = 0
    duplicates: int = 0         # items whose content was stored already (exact or near)
    new_events: int = 0         # events that start a cluster of their own
    updated_events: int = 0     # events that joined (updated) an event already stored
    errors: int = 0             # failed listings, pages and documents
    seen: int = 0               # items listed again, already handled in an earlier pass
    robots_disallowed: int = 0  # pages robots.txt forbids (never requested)
    other_language: int = 0     # documents not in their source's ``language`` (skipped)
    not_due: int = 0
    dead: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    stopped: bool = False       # cut short by SIGINT/SIGTERM (resumed by the next pass)
    started_at: str = ""
    elapsed_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "sources", "fetched", "not_modified", "new_documents", "duplicates", "new_events",
            "updated_events", "errors", "seen", "robots_disallowed", "other_language", "not_due", "dead", "stopped",
            "started_at", "elapsed_s", "messages")}

    def line(self) -> str:
        keys = ("sources", "fetched", "not_modified", "new_documents", "duplicates", "new_events",
                "updated_events", "errors")
        out = " ".join(f"{k}={getattr(self, k)}" for k in keys)
        if self.dead:
            out += f" dead={','.join(self.dead)}"
        if self.stopped:
            out += " (stopped: the next pass resumes)"
        return out


class _Counter:
    def __init__(self, summary: PassSummary):
        self.s = summary
        self.lock = threading.Lock()

    def add(self, **kw: int) -> None:
        with self.lock:
            for k, v in kw.items():
                setattr(self.s, k, getattr(self.s, k) + v)

    def error(self, message: str) -> None:
        log.warning("%s", message)
        with self.lock:
            self.s.errors += 1
            if len(self.s.messages) < MAX_MESSAGES:
                self.s.messages.append(message)


class Runner:
    """``sources``: the sources of a file (upserted into the registry each pass; only they are
    watched) or a callable returning them (the file re-read each pass), or None: every enabled
    source of the registry. ``process``: the extraction (default: the pipeline of ``sitrep
    ingest``); ``settings``: the application settings (per-document time limit, caches).
    ``on_item(source, key, status)``: progress. ``stop``: set it to end the pass after the
    document in hand."""

    def __init__(self, store, *, sources: list[Source] | Callable[[], list[Source]] | None = None,
                 policy: FetchPolicy | None = None, process: Processor | None = None,
                 settings: Settings | None = None,
                 after_pass: Callable[[PassSummary], Any] | None = None,
                 on_item: Callable[[str, str, str], Any] | None = None,
                 stop: threading.Event | None = None, force: bool = False, settle: float = 2.0):
        self.store = store
        self.sources = sources
        self.policy = policy or FetchPolicy()
        self._process = process
        self.settings = settings or Settings.from_env()
        self.after_pass = after_pass
        self.on_item = on_item
        self.stop = stop or threading.Event()
        self.force = force
        self.settle = settle
        self.state = WatchState(store)
        self._store_lock = threading.Lock()  # one document in hand at a time
        self._local = threading.local()

    @property
    def process(self) -> Processor:
        if self._process is None:
            self._process = default_processor(self.settings)
        return self._process

    # ------------------------------------------------------------------ passes
    def run_pass(self) -> PassSummary:
        t0 = time.monotonic()
        summary = PassSummary(started_at=utcnow().isoformat(timespec="seconds") + "Z")
        names = None
        srcs = self.sources() if callable(self.sources) else self.sources
        if srcs is not None:
            upsert_sources(self.store, srcs)
            names = [s.name for s in srcs]
        due, not_due, dead = self.state.due(names, utcnow(), self.force)
        summary.sources, summary.not_due = len(due), len(not_due)
        summary.dead = [r.name for r in dead]
        for r in dead:
            log.warning("%s: dead after %d failures in a row (last: %s); `sitrep sources revive %s` "
                        "to try it again", r.name, r.failures, r.last_error, r.name)
        counter = _Counter(summary)
        claimed: set[str] = set()
        claim_lock = threading.Lock()

        def claim(key: str) -> bool:  # an item listed by two sources in one pass is handled once
            with claim_lock:
                if key in claimed:
                    return False
                claimed.add(key)
                return True

        fetcher = Fetcher(self.policy, log=self._log_fetch, sleep=self._sleep, stop=self.stop)
        jobs = [(source_from_row(r), r.etag, r.last_modified) for r in due]
        try:
            if self.policy.workers <= 1 or len(jobs) <= 1:
                for job in jobs:
                    self._source(fetcher, counter, claim, *job)
            else:
                with ThreadPoolExecutor(max_workers=min(self.policy.workers, len(jobs)),
                                        thread_name_prefix="sitrep-watch") as pool:
                    for f in [pool.submit(self._source, fetcher, counter, claim, *job) for job in jobs]:
                        f.result()
        finally:
            fetcher.close()
        summary.stopped = self.stop.is_set()
        summary.elapsed_s = round(time.monotonic() - t0, 3)
        if self.after_pass is not None:
            try:
                self.after_pass(summary)
            except Exception:  # noqa: BLE001 - a failing hook never stops watching
                log.exception("after-pass hook failed")
        return summary

    def run_forever(self, on_pass: Callable[[PassSummary], Any] | None = None,
                    max_sleep: float = 60.0) -> None:
        """Passes until ``stop`` is set, sleeping until the next source is due."""
        while not self.stop.is_set():
            summary = self.run_pass()
            if on_pass is not None:
                on_pass(summary)
            if self.stop.is_set():
                break
            self.stop.wait(self._idle(max_sleep))

    def _idle(self, max_sleep: float) -> float:
        srcs = self.sources() if callable(self.sources) else self.sources
        names = None if srcs is None else [s.name for s in srcs]
        due, not_due, _dead = self.state.due(names, utcnow())
        if due:
            return 1.0
        nxt = [r.next_due_at for r in not_due if r.next_due_at is not None]
        if not nxt:
            return max_sleep
        return max(1.0, min(max_sleep, (min(nxt) - utcnow()).total_seconds()))

    # ------------------------------------------------------------------ helpers
    def _sleep(self, seconds: float) -> None:
        self.stop.wait(seconds)

    def _log_fetch(self, url, status, headers, n_bytes, elapsed, error) -> None:
        self.state.log_fetch(getattr(self._local, "source", "?"), url, status, headers, n_bytes, elapsed, error)

    def _note(self, src: Source, key: str, status: str) -> None:
        if self.on_item is not None:
            try:
                self.on_item(src.name, key, status)
            except Exception:  # noqa: BLE001
                pass

    # ------------------------------------------------------------------ one source
    def _source(self, fetcher: Fetcher, counter: _Counter, claim, src: Source,
                etag: str | None, last_modified: str | None) -> None:
        self._local.source = src.name
        if self.stop.is_set():
            return
        try:
            self._source_inner(fetcher, counter, claim, src, etag, last_modified)
        except Exception as e:  # noqa: BLE001 - a failing source never stops the others
            log.exception("%s: unexpected failure", src.name)
            msg = f"{src.name}: {type(e).__name__}: {' '.join(str(e).split())[:300]}"
            counter.error(msg)
            self.state.source_done(src.name, status=None, error=msg, dead_after=self.policy.dead_after)

    def _fail_source(self, counter: _Counter, src: Source, where: str, error: str,
                     status: int | None = None, retry_after: float | None = None) -> None:
        msg = f"{src.name}: {where}: {error}"
        counter.error(msg)
        st = self.state.source_done(src.name, status=status, error=error, dead_after=self.policy.dead_after,
                                    retry_after=retry_after)
        if st.get("dead"):
            log.warning("%s: marked dead after %d failures in a row", src.name, st["failures"])

    def _source_inner(self, fetcher: Fetcher, counter: _Counter, claim, src: Source,
                      etag: str | None, last_modified: str | None) -> None:
        items: list[dc.Item] = []
        validators: tuple[str | None, str | None] = (None, None)
        status: int | None = None
        unchanged = False
        if src.kind in ("dir", "telegram-export") and not src.url.lower().startswith(("http://", "https://")):
            path = dc.local_path(src.url)
            try:
                if src.kind == "dir":
                    fp = dc.dir_state(path) if path.is_dir() else None
                    if fp is None:
                        raise dc.DiscoveryError(f"folder not found: {path}")
                    unchanged = fp == etag
                    items = [] if unchanged else dc.dir_items(src, settle=self.settle)
                    # files still settling are read next pass: keep the fingerprint only when all were
                    settled = unchanged or len(items) == sum(1 for _ in dc._files(path))
                    validators = (fp if settled else None, None)
                else:
                    st = path.stat()
                    fp = f"{st.st_size}-{st.st_mtime_ns}"
                    unchanged = fp == etag
                    if not unchanged:
                        data = path.read_bytes()
                        counter.add(fetched=1)
                        items = dc.telegram_items(data, src, str(path))
                    validators = (fp, None)
            except OSError as e:
                return self._fail_source(counter, src, str(path), f"cannot read ({e.strerror or e})")
            except dc.DiscoveryError as e:
                return self._fail_source(counter, src, str(path), str(e))
        else:
            res = fetcher.get(src.url, etag=etag, last_modified=last_modified)
            status = res.status
            if res.not_modified:
                unchanged = True
            elif not res.ok:
                return self._fail_source(counter, src, src.url, res.error or f"HTTP {res.status}",
                                         status=res.status, retry_after=res.retry_after)
            else:
                counter.add(fetched=1)
                validators = (res.etag, res.last_modified)
                try:
                    items = self._discover(fetcher, counter, src, res)
                except dc.DiscoveryError as e:
                    return self._fail_source(counter, src, src.url, str(e), status=res.status)
        if unchanged:
            counter.add(not_modified=1)
        # new items, then the ones that failed in earlier passes (retried a few times)
        known = self.state.known([i.key for i in items])
        todo, keys = [], set()
        for it in items:
            st, version = known.get(it.key, ("new", None))
            if st in ("stored", "duplicate") and it.version and version and it.version != version:
                st = "edited"  # the listing says the article changed since: fetched again
            if st == "pending" and it.url:  # cut off while being stored: stored already?
                doc = self.state.stored_document(canonical_url(it.url))
                if doc is not None:
                    self.state.record_item(it.key, src.name, "stored", url=it.url, doc_id=doc, meta=it.meta())
                    st = "stored"
            if st not in ("new", "failed", "pending", "edited"):
                counter.add(seen=1)
                continue
            todo.append(it)
            keys.add(it.key)
        for key, meta in self.state.retry_items(src.name, self.policy.item_attempts):
            if key not in keys and meta.get("url"):
                todo.append(dc.Item(key=key, url=meta.get("url"), title=meta.get("title"), date=meta.get("date"),
                                    summary=meta.get("summary"), outlet=meta.get("outlet")))
        for it in todo:
            if self.stop.is_set():
                break
            if claim(it.key):
                self._item(fetcher, counter, src, it)
        if self.stop.is_set():  # cut short: the listing is read again next pass
            self.state.source_done(src.name, status=status, error=None, keep_validators=True)
        else:
            self.state.source_done(src.name, status=status, error=None, etag=validators[0],
                                   last_modified=validators[1], keep_validators=unchanged)

    def _discover(self, fetcher: Fetcher, counter: _Counter, src: Source, res: FetchResult) -> list[dc.Item]:
        kind = dc.sniff(res.body)
        if src.kind == "html":
            return self._html_pages(fetcher, counter, src, res)
        if src.kind == "telegram-export":
            return dc.telegram_items(res.body, src, res.final_url)
        if src.kind == "feed":
            if kind == "html":  # a site's page: the feed it advertises, if any
                alt = dc.advertised_feed(res.body, res.final_url)
                if alt is None or canonical_url(alt) == canonical_url(res.final_url):
                    raise dc.DiscoveryError("not an RSS/Atom feed (the answer is an HTML page that "
                                            "advertises none; kind = \"html\"?)")
                log.info("%s: %s advertises the feed %s", src.name, res.final_url, alt)
                res = fetcher.get(alt)
                if not res.ok:
                    raise dc.DiscoveryError(f"the advertised feed {alt}: {res.error or res.status}")
                counter.add(fetched=1)
                kind = dc.sniff(res.body)
                if kind != "feed":
                    raise dc.DiscoveryError(f"the advertised feed {alt} is not an RSS/Atom feed")
            if kind == "feed":
                return dc.feed_items(res.body, res.final_url, src)
        # sitemap (or a feed URL that serves one): an index's most recent child sitemaps
        items, subs = dc.sitemap_items(res.body, src)
        for sub in subs[:3]:
            if self.stop.is_set():
                break
            r = fetcher.get(sub)
            if not r.ok:
                counter.error(f"{src.name}: {sub}: {r.error}")
                continue
            counter.add(fetched=1)
            try:
                more, _ = dc.sitemap_items(r.body, src)
            except dc.DiscoveryError as e:
                counter.error(f"{src.name}: {sub}: {e}")
                continue
            items.extend(more)
        items.sort(key=lambda i: i.date or "", reverse=True)
        return items[: src.max_items]

    def _html_pages(self, fetcher: Fetcher, counter: _Counter, src: Source, res: FetchResult) -> list[dc.Item]:
        """The article links of a listing and of its next pages (``rel="next"`` or ``next_css``),
        up to ``max_pages`` pages and ``max_items`` links; a page seen twice ends the walk."""
        items = dc.html_items(res.body, res.final_url, src)
        pages = {canonical_url(src.url), canonical_url(res.final_url)}
        body, url = res.body, res.final_url
        for _ in range(src.max_pages - 1):
            if len(items) >= src.max_items or self.stop.is_set():
                break
            nxt = dc.next_page(body, url, src)
            if nxt is None or canonical_url(nxt) in pages:
                break
            pages.add(canonical_url(nxt))
            r = fetcher.get(nxt)
            if r.robots_disallowed:
                counter.add(robots_disallowed=1)
                log.warning("%s: %s: %s", src.name, nxt, r.error)
                break
            if not r.ok:
                counter.error(f"{src.name}: {nxt}: {r.error or f'HTTP {r.status}'}")
                break
            counter.add(fetched=1)
            try:
                more = dc.html_items(r.body, r.final_url, src)
            except dc.DiscoveryError as e:
                counter.error(f"{src.name}: {nxt}: {e}")
                break
            have = {i.key for i in items} | pages
            items.extend(i for i in more if i.key not in have)
            body, url = r.body, r.final_url
        return items[: src.max_items]

    # ------------------------------------------------------------------ one item
    def _item(self, fetcher: Fetcher, counter: _Counter, src: Source, it: dc.Item) -> None:
        attempts = self.policy.item_attempts
        if it.key.startswith("file:"):
            path = dc.local_path(it.key[5:].rsplit(":", 2)[0])
            docs = dc.read_file_documents(path, src)
            counter.add(fetched=1)
            results = [self._store(counter, src, d) for d in docs]
            ok = [r for r in results if r.status in ("added", "duplicate", "near_duplicate")]
            status = "stored" if any(r.status == "added" for r in results) else "duplicate" if ok else "skipped"
            self.state.record_item(it.key, src.name, status, doc_id=next((r.doc_id for r in ok), None),
                                   error=next((r.error for r in results if r.error), None), meta=it.meta())
            self._note(src, it.key, status)
            return
        if it.document is not None:
            r = self._store(counter, src, it.document)
            self._finish(src, it, r)
            return
        raw: model.RawDocument | model.IngestError | None = None
        if it.url and src.fetch_articles:
            res = fetcher.get(it.url)
            if res.robots_disallowed:
                counter.add(robots_disallowed=1)
                log.warning("%s: %s: %s", src.name, it.url, res.error)
                raw = self._from_listing(src, it)
                if raw is None:
                    self.state.record_item(it.key, src.name, "skipped", url=it.url, error=res.error, meta=it.meta())
                    self._note(src, it.key, "robots")
                    return
            elif not res.ok:
                raw = self._from_listing(src, it)
                if raw is None:
                    counter.error(f"{src.name}: {it.url}: {res.error or f'HTTP {res.status}'}")
                    self.state.record_item(it.key, src.name, "failed", url=it.url, error=res.error,
                                           meta=it.meta(), max_attempts=attempts)
                    self._note(src, it.key, "failed")
                    return
                log.info("%s: %s: %s; the feed's own text is used", src.name, it.url, res.error)
            else:
                counter.add(fetched=1)
                raw = self._page(src, it, res)
        else:
            raw = self._from_listing(src, it, min_chars=1)
            if raw is None:
                self.state.record_item(it.key, src.name, "skipped", url=it.url, error="no text", meta=it.meta())
                return
        r = self._store(counter, src, raw, it.key)
        self._finish(src, it, r)

    def _finish(self, src: Source, it: dc.Item, r) -> None:
        status = {"added": "stored", "duplicate": "duplicate", "near_duplicate": "duplicate"}.get(r.status, "skipped")
        self.state.record_item(it.key, src.name, status, url=it.url, doc_id=r.doc_id, error=r.error, meta=it.meta())
        self._note(src, it.key, status)

    def _page(self, src: Source, it: dc.Item, res: FetchResult) -> model.RawDocument | model.IngestError:
        from sitrep.ingest.warc import http_page  # noqa: PLC0415

        url = canonical_url(res.final_url)
        ctype = res.content_type.lower()
        if ctype and not any(t in ctype for t in PAGE_TYPES):
            return model.IngestError(doc_id=it.key, message=f"{res.final_url}: not an HTML page ({ctype.split(';')[0]})")
        raw = http_page(res.body, url, content_type=res.content_type,
                        http_date=res.headers.get("last-modified"))
        if isinstance(raw, model.IngestError):
            return raw
        return raw.model_copy(update={
            "date": raw.date or it.date, "title": raw.title or it.title,
            "outlet": src.outlet or raw.outlet or it.outlet, "source_path": url})

    def _from_listing(self, src: Source, it: dc.Item, min_chars: int = MIN_FEED_TEXT) -> model.RawDocument | None:
        """The listing's own text of an item (a full-content feed entry), when long enough."""
        from sitrep.ingest.warc import doc_id_from_url  # noqa: PLC0415

        body = (it.summary or "").strip()
        if len(body) < min_chars:
            return None
        text = body if not it.title or body.startswith(it.title) else f"{it.title}\n\n{body}"
        return model.RawDocument(doc_id=doc_id_from_url(it.url) if it.url else it.key.rsplit(":", 1)[-1][:120],
                                 text=text, date=it.date, title=it.title, outlet=src.outlet or it.outlet,
                                 url=it.url and canonical_url(it.url), source_path=it.url or it.key)

    def _store(self, counter: _Counter, src: Source, raw, key: str | None = None) -> Any:
        other = dc.other_language(raw, src)
        if other is not None:  # not the source's language: skipped, not an error
            counter.add(other_language=1)
            log.info("%s: %s: language %r, the source's is %r; skipped", src.name, raw.doc_id, other, src.language)
            return Stored("skipped", raw.doc_id, error=f"language {other}, the source's is {src.language}")
        if key is not None and isinstance(raw, model.RawDocument) and raw.url:
            self.state.record_item(key, src.name, "pending", url=raw.url)
        with self._store_lock:
            r = store_document(self.store, raw, self.process, self.settings)
        if r.status == "added":
            counter.add(new_documents=1, new_events=r.new_events, updated_events=r.updated_events)
        elif r.status in ("duplicate", "near_duplicate"):
            counter.add(duplicates=1)
        else:
            counter.error(f"{src.name}: {r.error}")
        return r


def run_once(store, sources: Iterable[Source] | None = None, **kw) -> PassSummary:
    """One pass (what ``sitrep watch --once`` does)."""
    return Runner(store, sources=list(sources) if sources is not None else None, **kw).run_pass()

