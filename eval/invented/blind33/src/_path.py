"""Put eval/invented (the shared _lib of the invented sets) on sys.path: the relative path first (this set lying in
eval/invented/blind33), then $INVENTED_LIB, then /work/main/eval/invented. Standard library only."""
import os
import sys


def invented_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    for d in (os.path.dirname(os.path.dirname(here)), os.environ.get("INVENTED_LIB", ""), "/work/main/eval/invented"):
        if d and os.path.isdir(os.path.join(d, "_lib")):
            return d
    raise SystemExit("eval/invented/_lib not found: set INVENTED_LIB")


_d = invented_dir()
if _d not in sys.path:
    sys.path.insert(1, _d)
