#!/usr/bin/env python3
"""Rebuild ../news.input.jsonl and news.gold.jsonl from the per-document modules kd01..kd16.

Usage: python3 src/build.py [OUTDIR]   (default: the folder above src/)
Standard library only.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(os.path.dirname(HERE)))  # eval/invented: the shared build loop
from _lib.build import main  # noqa: E402

IDS = [f"kd{i:02d}" for i in range(1, 17)]


if __name__ == "__main__":
    main(HERE, IDS)
