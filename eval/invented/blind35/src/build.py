#!/usr/bin/env python3
"""Rebuild ../news.input.jsonl and news.gold.jsonl from the per-document modules kl01..kl14.

Usage: python3 src/build.py [OUTDIR]   (default: the folder above src/)
Standard library only; the shared build loop comes from eval/invented/_lib (found by src/_path.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _path  # noqa: E402,F401  (eval/invented on sys.path)
from _lib.build import main  # noqa: E402

IDS = [f"kl{i:02d}" for i in range(1, 15)]
IDS = [i for i in IDS if os.path.exists(os.path.join(HERE, i + ".py"))]  # while the set is being written


if __name__ == "__main__":
    main(HERE, IDS, count_furniture=True)
