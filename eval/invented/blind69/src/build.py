#!/usr/bin/env python3
"""Rebuild ../news.input.jsonl and news.gold.jsonl from the per-document modules lt01..lt14.

Usage: python3 src/build.py [OUTDIR]   (default: the folder above src/)
Standard library only; the shared build loop comes from eval/invented/_lib (found by src/_path.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _path  # noqa: E402,F401  (src/ and eval/invented on sys.path)
from _lib.build import main  # noqa: E402

IDS = [f"lt{i:02d}" for i in range(1, 15)]


if __name__ == "__main__":
    main(_path.SRC, [i for i in IDS if os.path.exists(os.path.join(_path.SRC, i + ".py"))], count_furniture=True)
