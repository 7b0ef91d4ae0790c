"""Ingest stage: read inputs (files, directories, JSONL, HTML, feeds, WARC) and clean them.

Public API (imports only :mod:`sitrep.model` and third-party libraries):

- :func:`read_inputs` -- paths -> lazily yielded ``RawDocument`` / ``IngestError``
  (``warc_stats=WarcStats()`` counts the WARC records it skips)
- :func:`clean` -- ``RawDocument`` -> ``Document`` (main text, boilerplate out, metadata kept)
- :func:`detect_language` -- cheap ISO 639-1 language guess
- :func:`content_hash` -- sha256 of normalised text
"""
from .clean import clean, content_hash
from .lang import detect_language
from .readers import DEFAULT_MAX_MB, read_inputs
from .warc import WarcStats

__all__ = ["read_inputs", "clean", "detect_language", "content_hash", "DEFAULT_MAX_MB", "WarcStats"]
