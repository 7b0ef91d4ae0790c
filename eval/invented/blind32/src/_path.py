"""Put the folder eval/invented (the shared code in _lib/) on sys.path: first the path relative to this set's folder
(when the set lives at eval/invented/blind32), then $INVENTED_LIB_ROOT, then /work/main/eval/invented."""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_CANDIDATES = [os.path.dirname(os.path.dirname(_HERE)), os.environ.get("INVENTED_LIB_ROOT", ""),
               "/work/main/eval/invented"]
for _c in _CANDIDATES:
    if _c and os.path.isfile(os.path.join(_c, "_lib", "common.py")):
        if _c not in sys.path:
            sys.path.insert(1, _c)
        break
else:
    raise SystemExit("eval/invented/_lib not found (set INVENTED_LIB_ROOT)")
