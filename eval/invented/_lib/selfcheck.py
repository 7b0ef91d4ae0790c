"""Self-check of a built invented set: feed the gold back to the referee as predictions (required events --
with --all the optional ones too, which must be absorbed --, statements, a clean_text with every must_not_contain
string removed) and score it; list repeated furniture strings, and with --review the weekday mentions and direct
quotes. Standard library only; needs /work/shared/eval/score.py."""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

SCORE = "/work/shared/eval/score.py"


def main(here, all_flag=True, structure=True):
    """here: the set's src/ folder; the set's folder (or the first non-option argument) holds the built files.
    all_flag: --all feeds the optional events too (else they are never fed); structure: end with the check that
    every must_not_contain string is a whole line and every parent_id is known."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    set_dir = args[0] if args else os.path.dirname(here)
    docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(set_dir, "news.input.jsonl"), encoding="utf-8")}
    golds = [json.loads(l) for l in open(os.path.join(set_dir, "news.gold.jsonl"), encoding="utf-8")]
    feed_optional = all_flag and "--all" in sys.argv
    lines = []
    for g in golds:
        text = docs[g["doc_id"]]["text"]
        clean = text
        for b in sorted(g["clean_text"]["must_not_contain"], key=len, reverse=True):
            clean = clean.replace(b, "")
        lines.append({"record": "document", "doc_id": g["doc_id"], "clean_text": clean, "title": g["clean_text"]["title"]})
        for e in g["events"]:
            if e.get("optional") and not feed_optional:
                continue
            p = {k: v for k, v in e.items()
                 if k not in ("gold_id", "note", "optional", "claimant_hint", "type_family_ok", "evidence")}
            p.update(doc_id=g["doc_id"], event_id=e["gold_id"])
            if e.get("evidence"):  # (a set whose gold names the span that supports each event: a claim, so that the
                # referee's grounded_claims and claims_offsets_ok are scored too)
                start = clean.find(e["evidence"])
                assert start >= 0, (g["doc_id"], e["gold_id"], "evidence not in the clean text")
                claim = {"quote": e["evidence"], "start": start, "end": start + len(e["evidence"])}
                if e.get("claimant_hint"):
                    claim["claimant"] = e["claimant_hint"]
                p["claims"] = [claim]
            lines.append(p)
        for s in g["statements"]:
            lines.append({"record": "statement", "doc_id": g["doc_id"], "speaker": s["speaker"], "quote": s["contains"]})
        # furniture strings occurring more than once
        for b in g["clean_text"]["must_not_contain"]:
            n = text.count(b)
            if n != 1:
                print(f"{g['doc_id']}: must_not_contain {b!r} occurs {n} times")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for x in lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
        pred = f.name
    out = subprocess.run([sys.executable, SCORE, "news", "--gold", os.path.join(set_dir, "news.gold.jsonl"), "--pred", pred,
                          "--input", os.path.join(set_dir, "news.input.jsonl")], capture_output=True, text=True)
    print(out.stdout.strip().splitlines()[-1] if out.stdout else out.stderr)
    os.unlink(pred)

    if "--review" in sys.argv:
        wd = r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        for g in golds:
            d = docs[g["doc_id"]]
            day = dt.date.fromisoformat(d["date"])
            print(f"== {d['id']} {d['date']} {day.strftime('%A')}")
            for m in re.finditer(wd, d["text"]):
                print("   WD:", d["text"][max(0, m.start() - 50):m.end() + 30].replace("\n", " "))
            for m in re.finditer(r'"([^"]{12,})"|“([^”]{12,})”', d["text"]):
                print("   Q:", (m.group(1) or m.group(2))[:90])

    if not structure:
        return
    # Every must_not_contain string must be a whole line of its text (so a cleaner that drops furniture lines loses
    # no content), and every non-furniture line must survive in the clean_text used above.
    bad = 0
    for g in golds:
        lines_ = [ln.strip() for ln in docs[g["doc_id"]]["text"].split("\n")]
        for b in g["clean_text"]["must_not_contain"]:
            if b.strip() not in lines_:
                bad += 1
                print(f"{g['doc_id']}: furniture string is not a whole line: {b!r}")
        ids = {e["gold_id"] for e in g["events"]}
        for e in g["events"]:
            if e.get("parent_id") and e["parent_id"] not in ids:
                bad += 1
                print(f"{g['doc_id']}: {e['gold_id']} unknown parent")
    print(f"furniture/parent check: {bad} problem(s)")
