"""Review helper (standard library): word counts, must_not strings on lines with other text or inside content,
weekday mentions and quoted strings. Usage: python3 tools/check.py [-v]   (run in /tmp/blind15)"""
import json, re, datetime as dt, sys
docs = {json.loads(l)["id"]: json.loads(l) for l in open("news.input.jsonl", encoding="utf-8")}
golds = [json.loads(l) for l in open("news.gold.jsonl", encoding="utf-8")]
for g in golds:
    d = docs[g["doc_id"]]; t = d["text"]; mn = g["clean_text"]["must_not_contain"]
    req = sum(1 for e in g["events"] if not e.get("optional")); opt = len(g["events"]) - req
    print(f"== {d['id']} {d['date']} {dt.date.fromisoformat(d['date']).strftime('%a')} words={len(t.split())} "
          f"req={req} opt={opt} st={len(g['statements'])} mnc={len(mn)}")
    for b in mn:
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
        for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|Yesterday|overnight|Overnight|last week|Last week|earlier this|Earlier this|previous)\b", t):
            print("   WD:", t[max(0, m.start()-60):m.end()+25].replace("\n", " "))
        for m in re.finditer(r'"([^"]{3,})"|“([^”]{3,})”', t):
            print("   Q:", (m.group(1) or m.group(2))[:100])
