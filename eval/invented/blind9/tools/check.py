#!/usr/bin/env python3
"""Checks on the built set (standard library only): python3 tools/check.py [SETDIR]
- every line holding a must_not_contain string is pure furniture (nothing else left on it);
- every parent_id names a gold event of the same article;
- lists every weekday name with the day it resolves to (the most recent such day on or before publication;
  a future reference such as "outages on Wednesday" must be checked by eye).
"""
import datetime as dt
import json
import os
import re
import string
import sys

SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(SET, "news.input.jsonl"), encoding="utf-8")}
problems = 0
for line in open(os.path.join(SET, "news.gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    d = docs[g["doc_id"]]
    text, banned = d["text"], g["clean_text"]["must_not_contain"]
    for tl in text.splitlines():
        rest = tl
        for b in sorted(banned, key=len, reverse=True):
            rest = rest.replace(b, "")
        if rest != tl and rest.strip(string.whitespace + string.punctuation + "·|—–»•"):
            problems += 1
            print(g["doc_id"], "furniture string on a content line:", tl[:100])
    ids = {e["gold_id"] for e in g["events"]}
    for e in g["events"]:
        if e.get("parent_id") and e["parent_id"] not in ids:
            problems += 1
            print(g["doc_id"], "unknown parent", e["gold_id"], e["parent_id"])
    pub = dt.date.fromisoformat(d["date"])
    for m in re.finditer(r"\b(" + "|".join(WD) + r")\b", text):
        back = (pub.weekday() - WD.index(m.group(1))) % 7
        ctx = text[max(0, m.start() - 45): m.end() + 25].replace("\n", " ")
        print(f"  {g['doc_id']} {d['date']} ({WD[pub.weekday()][:3]}) {m.group(1)} -> {pub - dt.timedelta(days=back)}  ...{ctx}...")
print(f"check: {problems} problem(s)")
sys.exit(1 if problems else 0)
