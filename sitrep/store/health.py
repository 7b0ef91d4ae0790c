"""Is the database there and what does it hold: the body of ``GET /health``."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text

from sitrep.store.models import DocumentRow
from sitrep.store.reads import iso


def health(store) -> dict[str, Any]:
    """``{"status": "ok", "database": {...}, "counts": {...}, "last_ingest": ISO or None}``;
    raises when the database cannot be queried."""
    with store.Session() as s:
        s.execute(text("SELECT 1")).scalar_one()
        last = s.execute(select(func.max(DocumentRow.created_at))).scalar()
    m = store.meta()
    return {
        "status": "ok",
        "database": {"reachable": True, "dialect": store.dialect},
        "counts": {k: m[k] for k in ("events", "reports", "documents", "claims", "statements")},
        "date_min": m["date_min"], "date_max": m["date_max"],
        "last_ingest": iso(last),
        "last_updated": m["last_updated"],
    }
