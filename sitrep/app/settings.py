"""The one settings object of a sitrep run.

Built once, at the edge (the command line, the API's ``create_app``, a watcher, a test), from
explicit arguments over the ``SITREP_*`` environment over the defaults, and passed down
explicitly: the driver, the store and the workers of a pool or a Dask cluster receive it as an
argument instead of reading the environment behind caches.

    settings = Settings.from_env(database_url="events.db", workers=2)   # None values: not given
    settings.configure_process()   # process-wide resources (cache dir, spaCy) before the first load

Environment variables (each the default of one field; an explicit argument wins):

``SITREP_DATABASE_URL`` database_url, ``SITREP_WORKERS`` workers, ``SITREP_SCHEDULER`` scheduler,
``SITREP_DOC_TIMEOUT`` doc_timeout (seconds, 0 = none), ``SITREP_MAX_DOC_MB`` max_doc_mb,
``SITREP_CACHE_DIR`` cache_dir, ``SITREP_INGEST_TOKEN`` ingest_token, ``SITREP_SPACY`` spacy,
``SITREP_PARSE`` parse. (``SITREP_RE_CACHE`` is read when the package is imported, before any
settings exist; ``SITREP_TEST_*`` belong to the test suite.)
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any, Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_DOC_TIMEOUT = 300.0
ENV = {
    "database_url": "SITREP_DATABASE_URL",
    "workers": "SITREP_WORKERS",
    "scheduler": "SITREP_SCHEDULER",
    "doc_timeout": "SITREP_DOC_TIMEOUT",
    "max_doc_mb": "SITREP_MAX_DOC_MB",
    "cache_dir": "SITREP_CACHE_DIR",
    "ingest_token": "SITREP_INGEST_TOKEN",
    "spacy": "SITREP_SPACY",
    "parse": "SITREP_PARSE",
}
_FALSE = ("0", "false", "no", "off", "")
_TRUE = ("1", "true", "yes", "on")


class SettingsError(ValueError):
    """A setting with a value it cannot have (one line, names the setting)."""


class Settings(BaseModel):
    """Everything a run of the pipeline may be told. Immutable; ``model_copy(update=...)``
    derives a variant (the API's settings for one request, a worker's)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    database_url: Optional[str] = Field(None, description="SQLite file path or SQLAlchemy URL; None: sitrep.db")
    workers: int = Field(1, ge=1, le=512, description="local worker processes (or LocalCluster workers)")
    scheduler: Optional[str] = Field(None, description="Dask scheduler tcp://host:8786, or 'local'")
    batch_size: int = Field(256, ge=1, le=100_000, description="documents per shard sent to a worker")
    ref_date: Optional[str] = Field(None, description="reference date YYYY-MM-DD for undated documents")
    doc_timeout: Optional[float] = Field(DEFAULT_DOC_TIMEOUT, ge=0,
                                         description="seconds one document may take to extract; 0/None: no limit")
    max_doc_mb: Optional[float] = Field(None, gt=0, description="largest document read (MB); None: the readers' 20")
    cache_dir: Optional[Path] = Field(None, description="gazetteer index and regex cache; None: ~/.cache/sitrep")
    ingest_token: Optional[str] = Field(None, repr=False, description="bearer token of POST /documents")
    spacy: bool = Field(False, description="spaCy NER for speaker names")
    parse: bool = Field(True, description="dependency parse of factuality-cue sentences")

    @field_validator("ref_date")
    @classmethod
    def _iso_date(cls, v: Optional[str]) -> Optional[str]:
        if v is None:
            return None
        try:
            return dt.date.fromisoformat(v).isoformat()
        except ValueError:
            raise ValueError(f"not a date (YYYY-MM-DD): {v!r}")

    @field_validator("scheduler", "database_url", "ingest_token")
    @classmethod
    def _blank_is_none(cls, v: Optional[str]) -> Optional[str]:
        return v if v is None or v.strip() else None

    @property
    def timeout(self) -> Optional[float]:
        """The per-document time limit in seconds, None when there is none."""
        return self.doc_timeout or None

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None, **given: Any) -> "Settings":
        """Arguments given (``None`` means not given) over ``SITREP_*`` over the defaults.
        Raises :class:`SettingsError` naming the bad setting."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, var in ENV.items():
            raw = env.get(var)
            if raw is None or (raw == "" and name not in ("spacy", "parse")):
                continue
            if name in ("spacy", "parse"):
                low = raw.strip().lower()
                values[name] = low in _TRUE if name == "spacy" else low not in ("0", "false", "no", "off")
            else:
                values[name] = raw
        values.update({k: v for k, v in given.items() if v is not None})
        try:
            return cls.model_validate(values)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise SettingsError(_one_line_error(exc, values)) from None

    def configure_process(self) -> None:
        """Hand the process-wide settings to the stages that hold process-wide resources (the
        cache directory of the gazetteer index, spaCy on/off, the parser on/off). Call before
        the first document is extracted in a process; the driver does so in every worker."""
        from sitrep import cachedir  # noqa: PLC0415
        from sitrep.nlp import spacy_pipeline  # noqa: PLC0415

        cachedir.set_cache_dir(self.cache_dir)
        spacy_pipeline.configure(spacy=self.spacy, parse=self.parse)


def _one_line_error(exc: Exception, values: Mapping[str, Any]) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        parts = []
        for e in errors():
            name = ".".join(str(x) for x in e.get("loc", ())) or "settings"
            src = f" (or ${ENV[name]})" if name in ENV else ""
            msg = str(e.get("msg", "")).removeprefix("Value error, ")
            parts.append(f"{name}{src}: {msg}")
        if parts:
            return "; ".join(parts)
    return " ".join(str(exc).split())
