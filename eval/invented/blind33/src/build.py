#!/usr/bin/env python3
"""Rebuild ../news.input.jsonl and news.gold.jsonl from the per-document modules kh01..kh14.

Usage: python3 src/build.py [OUTDIR]   (default: the folder above src/)
Standard library only. The shared build loop comes from eval/invented/_lib (src/_path.py finds it: the relative
path first, then $INVENTED_LIB, then /work/main/eval/invented).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _path  # noqa: E402,F401
from _lib.build import main  # noqa: E402

IDS = [f"kh{i:02d}" for i in range(1, 15) if os.path.exists(os.path.join(HERE, f"kh{i:02d}.py"))]


if __name__ == "__main__":
    main(HERE, IDS, count_furniture=True)
