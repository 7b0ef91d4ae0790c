"""The event database: SQLAlchemy models, Alembic migrations and the :class:`Store` API.

    from sitrep.store import open_store, EventFilter

    store = open_store()                      # $SITREP_DATABASE_URL, or ./sitrep.db (SQLite, WAL)
    store = open_store("postgresql+psycopg://user@127.0.0.1:5433/sitrep")
    outcome = store.add_result(result)        # one ExtractionResult, one transaction
    page = store.query_events(EventFilter(admin1="UA-48", date_from="2024-11-01", limit=100))
    page.events[0].event                      # model.Event (canonical view, every claim)
    page.events[0].sources, .cluster_size     # outlets/urls, number of merged reports
    store.query_events(EventFilter(cursor=page.next_cursor))
    store.get_event(event_id), store.get_document(doc_id), store.deleted_since(ts), store.statements()
    store.iter_events(flt)                    # every page, for exports (sitrep.store.export)

The store only stores: the ingest loop (read, skip known hashes, extract, store) is the
application's driver, :func:`sitrep.app.driver.ingest`. Exports: :mod:`sitrep.store.export`.
"""
from sitrep.store.repo import (
    AddOutcome, EventFilter, EventPage, FilterError, Store, StoredEvent, open_store,
)

__all__ = ["AddOutcome", "EventFilter", "EventPage", "FilterError", "Store", "StoredEvent", "open_store"]
