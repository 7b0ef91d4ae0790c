#!/usr/bin/env python3
"""Rebuild ../news.input.jsonl and news.gold.jsonl from the per-document modules kg01..kg14.

Usage: python3 src/build.py [OUTDIR]   (default: the folder above src/)
Standard library only. eval/invented (the shared build loop) is found by src/_path.py: relative to this folder
first, then $INVENTED_LIB_ROOT, then /work/main/eval/invented.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _path  # noqa: E402,F401  (eval/invented on sys.path)
from _lib.build import main  # noqa: E402

IDS = [f"kg{i:02d}" for i in range(1, 15)]
IDS = [i for i in IDS if os.path.exists(os.path.join(HERE, i + ".py"))]


if __name__ == "__main__":
    main(HERE, IDS, count_furniture=True)
