"""Put eval/invented (the shared _lib) on sys.path: relative to this folder first (when the set lives at
eval/invented/blind34), else /work/main/eval/invented (this set was written outside the repository)."""
import os
import sys

_rel = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
INVENTED = _rel if os.path.isdir(os.path.join(_rel, "_lib")) else os.environ.get("INVENTED_DIR", "/work/main/eval/invented")
if INVENTED not in sys.path:
    sys.path.insert(1, INVENTED)
