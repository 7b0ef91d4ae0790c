"""The cache directory of sitrep: ``$SITREP_CACHE_DIR``, else ``~/.cache/sitrep`` (gazetteer index,
compiled regular expressions)."""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    env = os.environ.get("SITREP_CACHE_DIR")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "sitrep"
