"""sitrep: war reports to an auditable, geocoded event database."""
from sitrep import recache as _recache

_recache.install()  # compiled regular expressions from the disk cache (start-up time); SITREP_RE_CACHE=0: off
