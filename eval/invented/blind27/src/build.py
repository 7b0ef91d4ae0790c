#!/usr/bin/env python3
"""Rebuild ../news.input.jsonl and news.gold.jsonl from the per-document modules kb01..kb11.

Usage: python3 src/build.py [OUTDIR]   (default: the folder above src/)
Standard library only.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
IDS = [f"kb{i:02d}" for i in range(1, 12)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    docs, golds = [], []
    for i in IDS:
        doc, g = importlib.import_module(i).build()
        assert doc["id"] == i
        docs.append({"id": doc["id"], "text": doc["text"], "date": doc["date"], "source": doc["source"], "url": doc["url"]})
        golds.append(g)
    with open(os.path.join(out, "news.input.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "news.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    req = sum(1 for g in golds for e in g["events"] if not e.get("optional"))
    opt = sum(1 for g in golds for e in g["events"] if e.get("optional"))
    st = sum(len(g["statements"]) for g in golds)
    words = sum(len(d["text"].split()) for d in docs)
    print(f"{len(docs)} documents, {req} required + {opt} optional events, {st} statements, {words} words -> {out}")


if __name__ == "__main__":
    main()
