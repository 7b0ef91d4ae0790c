#!/usr/bin/env python3
"""Self-check of the built set: feed the gold back as predictions (required events, statements, a clean_text
with every must_not_contain string removed) and score it with the referee; list repeated furniture strings,
weekday mentions and direct quotes for review. Usage: python3 src/selfcheck.py [DIR]  (standard library only)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(1, os.path.dirname(os.path.dirname(HERE)))  # eval/invented: the shared self-check
from _lib.selfcheck import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, all_flag=False, structure=False)
