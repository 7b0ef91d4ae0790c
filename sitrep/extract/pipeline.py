"""The extraction pipeline: one document in, its records out.

``Pipeline.process`` is a pure function of the document and the reference date; the resources
it needs (gazetteer index, lexicons) are loaded once per process by :func:`get_pipeline`.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Optional, Union

from sitrep import geo
from sitrep.extract import lexicon
from sitrep.extract.events import DocumentExtractor
from sitrep.extract.speakers import PersonRegistry
from sitrep.extract.statements import extract_statements
from sitrep.ingest import clean, detect_language
from sitrep.model import Document, ExtractionResult, IngestError, RawDocument
from sitrep.nlp.dates import infer_reference_date, parse_iso

SUPPORTED_LANGUAGES = {"en"}


class Pipeline:
    def __init__(self) -> None:
        # load everything once: the gazetteer index and the compiled lexicons
        geo.get_gazetteer()
        lexicon.triggers(), lexicon.weapons(), lexicon.actors(), lexicon.acled_map()

    def clean(self, raw: RawDocument, ref_date: Optional[str] = None) -> Union[Document, IngestError]:
        """Clean a raw document and settle its reference date (metadata, then argument, then text)."""
        try:
            doc = clean(raw)
        except Exception as exc:  # a reader's document that the cleaner cannot handle
            return IngestError(doc_id=raw.doc_id, message=f"{raw.doc_id}: cannot clean document ({type(exc).__name__}: {exc})")
        if not doc.clean_text.strip():
            return IngestError(doc_id=raw.doc_id, message=f"{raw.doc_id}: no article text after cleaning")
        lang = doc.language or detect_language(doc.clean_text)
        if lang not in SUPPORTED_LANGUAGES:
            return IngestError(doc_id=raw.doc_id, message=f"{raw.doc_id}: unsupported language '{lang}' (only English is extracted); skipped")
        date, source = doc.date, (doc.date_source or "metadata") if doc.date else None
        if date and source == "text" and ref_date:
            date, source = ref_date, "argument"  # the caller's date beats a date read off a dateline
        elif date:
            pass
        elif ref_date:
            date, source = ref_date, "argument"
        else:
            inferred = infer_reference_date(doc.clean_text)
            if inferred:
                date, source = inferred.isoformat(), "text"
        return doc.model_copy(update={"date": date, "date_source": source, "language": lang})

    def extract(self, doc: Document) -> ExtractionResult:
        ref = parse_iso(doc.date)
        text = doc.clean_text
        if not text.strip():
            events, statements = [], extract_statements(doc.doc_id, text, [])
        else:  # the statements reuse the sentences, people and quotation speakers the events found
            ex = DocumentExtractor(doc.doc_id, text, ref, outlet=doc.outlet)
            events = ex.run()
            registry = ex.registry or PersonRegistry(text, ex.person_names)
            statements = extract_statements(doc.doc_id, text, events, ex.speakers, sentences=ex.sentences,
                                            registry=registry)
        return ExtractionResult(document=doc, events=events, statements=statements)

    def process(self, raw: RawDocument, ref_date: Optional[str] = None) -> Union[ExtractionResult, IngestError]:
        doc = self.clean(raw, ref_date)
        if isinstance(doc, IngestError):
            return doc
        return self.extract(doc)


@lru_cache(maxsize=1)
def get_pipeline() -> Pipeline:
    return Pipeline()


def validate_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}")
