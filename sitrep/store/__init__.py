"""The event database: SQLAlchemy models, migrations and the :class:`Store` API."""
from sitrep.store.repo import (
    AddOutcome, EventFilter, EventPage, FilterError, Store, StoredEvent, open_store,
)

__all__ = ["AddOutcome", "EventFilter", "EventPage", "FilterError", "Store", "StoredEvent", "open_store"]
