"""sitrep: war reports to an auditable, geocoded event database."""
__version__ = "0.1.0"  # the one version number (pyproject.toml reads it; `sitrep --version`, /health)

from sitrep import recache as _recache

_recache.install()  # compiled regular expressions from the disk cache (start-up time); SITREP_RE_CACHE=0: off
