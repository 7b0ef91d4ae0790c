#!/usr/bin/env python3
"""Feed the gold back to the referee as predictions: python3 tools/selfcheck.py [--all] [SETDIR]
Predictions: one document line per article whose clean_text is the input text with every must_not_contain
string removed, the required gold events (--all: optional ones too) and one statement line per gold statement
(quote = its `contains`). Expected: every metric 1.000 (grounded_claims / claims_offsets_ok na: no claims).
"""
import json
import os
import subprocess
import sys
import tempfile

args = [a for a in sys.argv[1:] if a != "--all"]
ALL = "--all" in sys.argv[1:]
SET = args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORE = "/work/shared/eval/score.py"
docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(SET, "news.input.jsonl"), encoding="utf-8")}
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
    for line in open(os.path.join(SET, "news.gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        clean = docs[g["doc_id"]]["text"]
        for b in sorted(g["clean_text"]["must_not_contain"], key=len, reverse=True):
            clean = clean.replace(b, "")
        out.write(json.dumps({"record": "document", "doc_id": g["doc_id"], "clean_text": clean}) + "\n")
        for e in g["events"]:
            if ALL or not e.get("optional"):
                out.write(json.dumps({**e, "doc_id": g["doc_id"], "event_id": e["gold_id"]}) + "\n")
        for s in g["statements"]:
            out.write(json.dumps({"record": "statement", "doc_id": g["doc_id"], "speaker": s["speaker"],
                                  "quote": s["contains"]}) + "\n")
try:
    subprocess.run([sys.executable, SCORE, "news", "--gold", os.path.join(SET, "news.gold.jsonl"), "--pred", out.name,
                    "--input", os.path.join(SET, "news.input.jsonl")], check=True)
finally:
    os.unlink(out.name)
