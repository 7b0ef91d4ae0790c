"""Review helper of the built files in the current folder (blind13's and blind15's tools/check.py; standard
library only): word and record counts, must_not_contain strings on a line with other text, and with -v the
weekday (and other relative-time) mentions and quoted strings."""
import datetime as dt
import json
import re
import sys

WORDS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|Yesterday|overnight|Overnight|"
         "last week|Last week|earlier this|Earlier this")


def main(encoding=None, count_repeats=False, extra_words=""):
    """encoding: of the JSONL files (None: the locale's); count_repeats: also report a must_not_contain string
    that does not occur exactly once; extra_words: more "|"-joined words for the -v listing."""
    docs = {json.loads(l)["id"]: json.loads(l) for l in open("news.input.jsonl", encoding=encoding)}
    golds = [json.loads(l) for l in open("news.gold.jsonl", encoding=encoding)]
    for g in golds:
        d = docs[g["doc_id"]]; t = d["text"]; mn = g["clean_text"]["must_not_contain"]
        req = sum(1 for e in g["events"] if not e.get("optional")); opt = len(g["events"]) - req
        print(f"== {d['id']} {d['date']} {dt.date.fromisoformat(d['date']).strftime('%a')} words={len(t.split())} "
              f"req={req} opt={opt} st={len(g['statements'])} mnc={len(mn)}")
        for b in mn:
            if count_repeats:
                n = t.count(b)
                if n != 1:
                    print(f"   MNC {b!r} occurs {n} times")
            for line in t.splitlines():
                if b in line:
                    rest = line
                    for x in sorted(mn, key=len, reverse=True):
                        rest = rest.replace(x, "")
                    if rest.strip():
                        print(f"   MNC {b!r} on a line with other text: {line[:100]!r}")
        if "-v" in sys.argv:
            for m in re.finditer(r"\b(" + WORDS + extra_words + r")\b", t):
                print("   WD:", t[max(0, m.start()-60):m.end()+25].replace("\n", " "))
            for m in re.finditer(r'"([^"]{3,})"|“([^”]{3,})”', t):
                print("   Q:", (m.group(1) or m.group(2))[:100])
