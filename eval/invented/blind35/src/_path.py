"""Put the folder that holds the shared code `_lib/` (eval/invented) on sys.path: the one sys.path helper of
blind35, imported by src/common.py, src/build.py, src/selfcheck.py and tools/*.py.

Tried in order: the relative path (this set's folder inside eval/invented, as blind31's scripts assume), the folder
named by the environment variable SITREP_INVENTED, then /work/main/eval/invented (the set was written outside the
repository, in /tmp/newsets/blind35). Standard library only."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FALLBACK = "/work/main/eval/invented"


def invented_dir():
    cands = [os.path.dirname(os.path.dirname(HERE)), os.environ.get("SITREP_INVENTED"), FALLBACK]
    for c in cands:
        if c and os.path.isfile(os.path.join(c, "_lib", "common.py")):
            return c
    raise SystemExit("blind35: cannot find eval/invented/_lib (tried %s)" % ", ".join(c for c in cands if c))


INVENTED = invented_dir()
if INVENTED not in sys.path:
    sys.path.insert(1, INVENTED)
