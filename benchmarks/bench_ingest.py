#!/usr/bin/env python3
"""Ingest benchmark: read + clean on the seed article and the dev news pages.

For every document prints boilerplate_ok and content_kept (the referee's definitions,
../shared/eval/score.py: clean_text non-empty, none of the gold must_not_contain strings,
content_kept >= 0.8 of the input's content lines), then the overall numbers and throughput.

Usage:
    python benchmarks/bench_ingest.py [--seed ARTICLE.txt --seed-gold GOLD.json]
                                      [--news INPUT.jsonl --news-gold GOLD.jsonl] [-v] [--repeat N]
Paths default to ../shared/... relative to the repository root.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.ingest import clean, read_inputs  # noqa: E402
from sitrep.model import IngestError  # noqa: E402

SHARED = ROOT.parent / "shared"
CONTENT_LINE_CHARS = 40
CONTENT_KEPT_MIN = 0.8


def ws(s: str) -> str:
    return " ".join(s.split())


def content_lines(text: str, banned: list[str]) -> list[str]:
    out = []
    for line in text.splitlines():
        for b in banned:
            line = line.replace(b, "")
        if len(line.strip()) >= CONTENT_LINE_CHARS:
            out.append(ws(line))
    return out


def score(clean_text: str, input_text: str, banned: list[str]) -> tuple[float | None, float | None, int, int]:
    """(boilerplate_ok or None, content_kept or None, kept lines, content lines)."""
    c = ws(clean_text)
    lines = content_lines(input_text, banned)
    kept = sum(1 for ln in lines if c and ln in c) if lines else 0
    ck = kept / len(lines) if lines else None
    if not banned:
        return None, ck, kept, len(lines)
    ok = bool(clean_text.strip()) and not any(ws(b) in c for b in banned)
    if ck is not None and ck < CONTENT_KEPT_MIN:
        ok = False
    return float(ok), ck, kept, len(lines)


def fmt(x: float | None) -> str:
    return "na" if x is None else f"{x:.3f}"


def run_set(name: str, inputs: list[Path], gold: dict[str, dict], texts: dict[str, str],
            verbose: bool, repeat: int) -> None:
    from sitrep.model import RawDocument

    clean(RawDocument(doc_id="warm-up", text="Warm-up line.\n\nEdited by: X"))  # load rules once
    t0 = time.perf_counter()
    docs = []
    for _ in range(repeat):
        docs = []
        for item in read_inputs(inputs):
            if isinstance(item, IngestError):
                print(f"  ERROR {item.doc_id}: {item.message}")
                continue
            docs.append((item, clean(item)))
    dt = time.perf_counter() - t0
    oks, kept_all, lines_all = [], 0, 0
    print(f"== {name}")
    for raw, doc in docs:
        g = gold.get(raw.doc_id) or (next(iter(gold.values())) if len(gold) == 1 else None)
        if g is None:
            continue
        ct = g.get("clean_text", {})
        banned = ct.get("must_not_contain", [])
        ok, ck, kept, n = score(doc.clean_text, texts.get(raw.doc_id, raw.text), banned)
        kept_all += kept
        lines_all += n
        if ok is not None:
            oks.append(ok)
        extra = []
        if ct.get("editor"):
            extra.append(f"editor={doc.editor!r} (gold {ct['editor']!r})")
        if ct.get("title"):
            extra.append("title=" + ("ok" if doc.title == ct["title"] else f"{doc.title!r}"))
        print(f"  {raw.doc_id:24s} boilerplate_ok={fmt(ok)} content_kept={fmt(ck)} ({kept}/{n}) "
              + " ".join(extra))
        if verbose:
            c = ws(doc.clean_text)
            for b in banned:
                if ws(b) in c:
                    print(f"      LEFT IN: {b!r}")
            for ln in content_lines(texts.get(raw.doc_id, raw.text), banned):
                if ln not in c:
                    print(f"      LOST: {ln[:100]!r}")
    n_docs = len(docs) * repeat
    print(f"  overall: boilerplate_ok={fmt(sum(oks) / len(oks) if oks else None)} (n={len(oks)}) "
          f"content_kept={fmt(kept_all / lines_all if lines_all else None)} "
          f"docs/s={n_docs / dt if dt else float('inf'):.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=Path, default=SHARED / "seed" / "article-2024-11-17.txt")
    ap.add_argument("--seed-gold", type=Path, default=SHARED / "seed" / "article-2024-11-17.gold.json")
    ap.add_argument("--news", type=Path, default=SHARED / "evaldata" / "dev" / "news.input.jsonl")
    ap.add_argument("--news-gold", type=Path, default=SHARED / "evaldata" / "dev" / "news.gold.jsonl")
    ap.add_argument("--repeat", type=int, default=1, help="run each set N times for timing")
    ap.add_argument("-v", "--verbose", action="store_true", help="show leftover boilerplate and lost lines")
    a = ap.parse_args(argv)

    if a.seed.exists() and a.seed_gold.exists():
        gold = json.loads(a.seed_gold.read_text(encoding="utf-8"))
        text = a.seed.read_text(encoding="utf-8")
        run_set("seed", [a.seed], {a.seed.stem: gold}, {a.seed.stem: text}, a.verbose, a.repeat)
    else:
        print(f"seed files not found: {a.seed}")
    if a.news.exists() and a.news_gold.exists():
        gold = {}
        for line in a.news_gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold[g["doc_id"]] = g
        texts = {}
        for line in a.news.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                texts[str(d["id"])] = d["text"]
        run_set("news", [a.news], gold, texts, a.verbose, a.repeat)
    else:
        print(f"news files not found: {a.news}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
