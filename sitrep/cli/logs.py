"""Structured logs: ``--log-format json`` (``sitrep serve``, ``sitrep ingest``) writes one JSON
object per line on stderr: ``ts`` (UTC, ISO 8601), ``level``, ``logger``, ``msg`` and the
fields of the event (a request: ``method``, ``path``, ``status``, ``client``; a failed
document: ``doc_id``, ``reason``; a pass: its counts). A traceback is one string field, so a
record is always one line."""
from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from typing import Any

FORMATS = ("text", "json")


def _ts(created: float | None = None) -> str:
    dt = datetime.fromtimestamp(created, timezone.utc) if created is not None else datetime.now(timezone.utc)
    return dt.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        d: dict[str, Any] = {"ts": _ts(record.created), "level": record.levelname.lower(),
                             "logger": record.name, "msg": record.getMessage()}
        args = record.args
        if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) == 5:
            client, method, path, version, status = args
            d.update(event="request", client=str(client), method=method, path=path,
                     http=version, status=int(status))
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            d.update(fields)
        if record.exc_info:
            d["exc"] = self.formatException(record.exc_info)
        return json.dumps(d, ensure_ascii=False, default=str)


def json_line(level: str, msg: str, **fields: Any) -> str:
    """One log record as a JSON line (for the CLI's own messages)."""
    return json.dumps({"ts": _ts(), "level": level, "logger": "sitrep.cli", "msg": msg, **fields},
                      ensure_ascii=False, default=str)


def emit(level: str, msg: str, **fields: Any) -> None:
    sys.stderr.write(json_line(level, msg, **fields) + "\n")
    sys.stderr.flush()


def uvicorn_log_config(fmt: str) -> dict | None:
    """``log_config`` for ``uvicorn.run``: None keeps uvicorn's text logs; ``json`` sends
    uvicorn's and sitrep's loggers through :class:`JsonFormatter` on stderr."""
    if fmt != "json":
        return None
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"json": {"()": "sitrep.cli.logs.JsonFormatter"}},
        "handlers": {"stderr": handler},
        "loggers": {name: {"handlers": ["stderr"], "level": "INFO", "propagate": False}
                    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "sitrep")},
    }
