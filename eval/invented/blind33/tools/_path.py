"""Put eval/invented (the shared _lib) on sys.path: the relative path first, then $INVENTED_LIB, then
/work/main/eval/invented."""
import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))
for _d in (os.path.join(_here, "..", ".."), os.environ.get("INVENTED_LIB", ""), "/work/main/eval/invented"):
    if _d and os.path.isdir(os.path.join(_d, "_lib")):
        sys.path.insert(1, os.path.abspath(_d))
        break
else:
    raise SystemExit("eval/invented/_lib not found: set INVENTED_LIB")
