#!/usr/bin/env python3
"""Self-check of the built set (eval/invented/_lib/selfcheck.py): the gold fed back to the referee as predictions,
repeated furniture strings, the furniture/parent check.
Usage: python3 src/selfcheck.py [DIR] [--all] [--review]  (standard library only)"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _path  # noqa: E402,F401  (src/ and eval/invented on sys.path)
from _lib.selfcheck import main  # noqa: E402

main(_path.SRC)
