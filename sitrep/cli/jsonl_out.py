"""The JSONL records of one extraction result, as ``sitrep extract`` writes them.

A module of its own, without heavy imports, so that a pool worker can render its results into
the lines themselves and send the parent text instead of pickled models (the parent only writes).
"""
from __future__ import annotations

import json

from sitrep.model import ExtractionResult

DOCUMENT_EXCLUDE = {"content_hash", "source_path", "author", "url"}


def jsonl_lines(result: ExtractionResult, with_document: bool = False, with_statements: bool = False) -> str:
    """The document record (``with_document``), the events and the statements
    (``with_statements``) of ``result``, one JSON object a line, each line ending in a newline."""
    parts: list[str] = []
    if with_document:
        parts.append(json.dumps(result.document.model_dump(exclude=DOCUMENT_EXCLUDE), ensure_ascii=False))
    parts.extend(ev.model_dump_json(exclude={"record"}) for ev in result.events)
    if with_statements:
        parts.extend(st.model_dump_json() for st in result.statements)
    return "".join(p + "\n" for p in parts)
