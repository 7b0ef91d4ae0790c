"""Live monitoring: a registry of sources watched by ``sitrep watch``.

    from sitrep.watch import Runner, load_sources
    sources, policy = load_sources("sources.toml")
    summary = Runner(store, sources=sources, policy=policy, after_pass=alerts).run_pass()
    summary.to_dict()   # sources, fetched, not_modified, new_documents, duplicates, new_events, ...

Modules: :mod:`registry` (sources: TOML and database), :mod:`fetcher` (the polite HTTP
client), :mod:`discover` (items of feeds, listing pages, sitemaps, folders, Telegram exports),
:mod:`state` (fetch log, items seen, source state), :mod:`ingest` (the door into the store),
:mod:`runner` (passes). Sits above the store and the application layer, below alerts, the
API and the CLI.
"""
from sitrep.watch.registry import (
    FetchPolicy, Source, SourceError, list_sources, load_sources, make_source, remove_source,
    revive_source, source_health, upsert_sources,
)
from sitrep.watch.runner import PassSummary, Runner, run_once

__all__ = ["FetchPolicy", "PassSummary", "Runner", "Source", "SourceError", "list_sources",
           "load_sources", "make_source", "remove_source", "revive_source", "run_once",
           "source_health", "upsert_sources"]
