"""The application layer: the one pipeline driver and the one settings object.

Above ``store`` and ``extract``, below ``watch``, ``alerts``, ``api``, ``web``, ``report`` and
``cli``. :mod:`sitrep.app.settings` builds the settings (arguments over ``SITREP_*`` over
defaults); :mod:`sitrep.app.driver` reads, skips known documents, extracts (one process, a
local pool or Dask, with a per-document time limit) and stores.
"""
from sitrep.app.driver import DocOutcome, IngestSummary, extract, ingest, ingest_one, raw_hash
from sitrep.app.settings import Settings, SettingsError

__all__ = ["DocOutcome", "IngestSummary", "Settings", "SettingsError", "extract", "ingest", "ingest_one", "raw_hash"]
