"""The cache directory of sitrep: the one the application's settings name
(:func:`set_cache_dir`), else ``$SITREP_CACHE_DIR``, else ``~/.cache/sitrep`` (gazetteer index,
compiled regular expressions)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

_configured: dict[str, Optional[Path]] = {"dir": None}


def set_cache_dir(path: Optional[Union[str, Path]]) -> None:
    """The directory given by the application settings (None: back to the environment/default)."""
    _configured["dir"] = Path(path) if path else None


def cache_dir() -> Path:
    if _configured["dir"] is not None:
        return _configured["dir"]
    env = os.environ.get("SITREP_CACHE_DIR")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "sitrep"
