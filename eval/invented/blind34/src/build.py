#!/usr/bin/env python3
"""Rebuild ../news.input.jsonl and news.gold.jsonl from the per-document modules ki01..ki10.

Usage: python3 src/build.py [OUTDIR]   (default: the folder above src/)
Standard library only. eval/invented/_lib is found relative to this folder, else at /work/main/eval/invented.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _path  # noqa: E402,F401  (eval/invented: the shared build loop)
from _lib.build import main  # noqa: E402

IDS = [f"ki{i:02d}" for i in range(1, 11) if os.path.exists(os.path.join(HERE, f"ki{i:02d}.py"))]


if __name__ == "__main__":
    main(HERE, IDS)
