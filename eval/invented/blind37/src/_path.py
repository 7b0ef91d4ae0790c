"""The one sys.path helper of blind37: puts this src/ folder and the shared code's folder (eval/invented, which
holds _lib/) on sys.path. The set lives outside the repository, so the shared folder is found in this order:
1. the environment variable INVENTED_DIR, when set;
2. the path relative to this file (src/ -> set folder -> its parent), as blind31's scripts assume;
3. the fallback /work/main/eval/invented.
Imported by src/common.py, src/build.py, src/selfcheck.py and tools/*.py. Standard library only."""
import os
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
FALLBACK = "/work/main/eval/invented"


def invented_dir():
    candidates = [os.environ.get("INVENTED_DIR"), os.path.dirname(os.path.dirname(SRC)), FALLBACK]
    for c in candidates:
        if c and os.path.isfile(os.path.join(c, "_lib", "__init__.py")):
            return c
    raise SystemExit("blind37: cannot find eval/invented/_lib (set INVENTED_DIR)")


INVENTED = invented_dir()
if SRC not in sys.path:
    sys.path.insert(0, SRC)
if INVENTED not in sys.path:
    sys.path.insert(1, INVENTED)
