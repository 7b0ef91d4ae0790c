"""The build loop of the invented sets: import each per-document module of src/ (its build() returns the input
document and its gold line), write news.input.jsonl and news.gold.jsonl into OUTDIR (default: the set's folder)
and print the totals. Standard library only."""
import importlib
import json
import os
import sys


def write_jsonl(path, rows):
    """One JSON line a row, UTF-8 kept as is."""
    with open(path, "w", encoding="utf-8") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")


def main(here, ids, noun="documents", only=False, count_furniture=False):
    """here: the set's src/ folder (on sys.path); ids: the document modules in output order; noun: the word of the
    totals line; only: further arguments after OUTDIR name the only documents to build; count_furniture: the
    totals line also counts the must_not_contain strings."""
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
    chosen = sys.argv[2:] if only else []
    docs, golds = [], []
    for i in ids:
        if chosen and i not in chosen:
            continue
        doc, g = importlib.import_module(i).build()
        assert doc["id"] == i
        docs.append({"id": doc["id"], "text": doc["text"], "date": doc["date"], "source": doc["source"], "url": doc["url"]})
        golds.append(g)
    write_jsonl(os.path.join(out, "news.input.jsonl"), docs)
    write_jsonl(os.path.join(out, "news.gold.jsonl"), golds)
    req = sum(1 for g in golds for e in g["events"] if not e.get("optional"))
    opt = sum(1 for g in golds for e in g["events"] if e.get("optional"))
    st = sum(len(g["statements"]) for g in golds)
    words = sum(len(d["text"].split()) for d in docs)
    mnc = ""
    if count_furniture:
        mnc = f"{sum(len(g['clean_text']['must_not_contain']) for g in golds)} must_not_contain strings, "
    print(f"{len(docs)} {noun}, {req} required + {opt} optional events, {st} statements, {mnc}{words} words -> {out}")
