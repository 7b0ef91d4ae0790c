#!/usr/bin/env python3
"""Error report: what the extractor misses and what it invents, matched to gold exactly as the referee does.

    python eval/errors.py news [--half 1|2] [--doc ID] [--json]
    python eval/errors.py seed
    python eval/errors.py acled|ucdp|case2021 [--half 1|2] [--doc ID] [--json]

It runs the extractor on ``../shared/evaldata/dev/<SET>.input.jsonl`` (paths relative to the repository
root; ``seed``: ``../shared/seed/article-2024-11-17.txt`` with ``--date 2024-11-17``) with the arguments the
referee's ``run`` uses (news and seed: ``--with-statements --with-document``), then lists the errors.
The extractor is ``$SITREP_EXTRACT`` when set, else ``<this python> -m sitrep extract`` run from the
repository root, as in ``eval/check_floors.py``. ``--pred FILE`` reports on an existing prediction file
instead; ``--gold``/``--input`` (``--text`` for seed) point at other data.

Article sets (news, seed): per article, the missed required gold events (gold_id, type, date, place,
claimant_hint) and the spurious predictions (event_type, place, date, ``rules`` when the extractor writes
them, the quote of the first claim), each with an error kind:

    spurious:duplicate       fits a gold event that another prediction already matched
    spurious:wrong_type      a gold event agrees on place and date, not on type
    spurious:wrong_place     a gold event agrees on type and date, not on place
    spurious:wrong_date      a gold event agrees on type and place, not on date
    spurious:not_an_event    no gold event is off by only one of type, place, date
    missed:taken             a prediction fits it, but the optimal pairing gave that prediction to another
                             gold event (one prediction too few)
    missed:type / missed:place / missed:date   a prediction is off by only that
    missed:no_prediction     nothing close

Missed gold events look at the spurious predictions first, then at any; spurious predictions at the missed
gold events first, then at any. ``~`` names the near one. The pairing is the referee's own
(``match_events`` of ``../shared/eval/score.py``, imported from that path, never copied): predictions
left over after the required gold events are paired with the optional ones, which absorb them. "Agrees on"
uses the referee's ``compatible`` test with the other fields taken out.

Document sets (acled, ucdp, case2021): per document, only the wrong ones: gold vs primary prediction
(the referee's ``primary_event``) for the sub-event type (not ucdp), admin1 and date (not case2021), and a
confusion summary of the types (gold -> predicted, wrong ones only).

``--half`` keeps the half of the documents the referee keeps for ``HALF=1|2`` (the same hash of the id).
Exit status 0; 2 when ``../shared/eval`` or the data is missing, or the extractor fails.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
REFEREE = SHARED / "eval"
DEV = SHARED / "evaldata" / "dev"
SEED_TEXT = SHARED / "seed" / "article-2024-11-17.txt"
SEED_GOLD = SHARED / "seed" / "article-2024-11-17.gold.json"
SEED_DATE = "2024-11-17"
DOC_SETS = ("acled", "ucdp", "case2021")
SETS = ("news", "seed") + DOC_SETS
QUOTE_CHARS = 220  # trigger sentences are cut to this length in the table


class Fatal(Exception):
    """A message for the user; exit status 2."""


def load_referee(path: Path | None = None):
    """The referee's score.py as a module, imported from its path (not copied into the repository)."""
    src = (path or REFEREE) / "score.py"
    if not src.is_file():
        raise Fatal(f"errors.py: the referee is not here ({src} is missing); this report needs ../shared/eval "
                    "next to the repository.")
    spec = importlib.util.spec_from_file_location("sitrep_referee_score", src)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def in_half(doc_id: object, half: int) -> bool:
    """The referee's HALF split (``half_files`` in ../shared/eval/run): a fixed hash of the document id."""
    return int(hashlib.sha256(f"sitrep-half|{doc_id}".encode()).hexdigest(), 16) % 2 + 1 == half


def row_id(row: dict) -> str:
    return str(row.get("doc_id", row.get("id")))


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def keep_row(row: dict, half: int | None, docs: set[str] | None) -> bool:
    return (half is None or in_half(row_id(row), half)) and (not docs or row_id(row) in docs)


# --------------------------------------------------------------------------- running the extractor
def extractor_command() -> list[str]:
    cmd = os.environ.get("SITREP_EXTRACT")
    return shlex.split(cmd) if cmd else [sys.executable, "-m", "sitrep", "extract"]


def run_extractor(input_path: Path, extra_args: list[str], out_path: Path) -> None:
    cmd = extractor_command() + [str(input_path), "--format", "jsonl", *extra_args, "-o", str(out_path)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).splitlines()[-10:])
        raise Fatal(f"errors.py: the extractor failed (exit {proc.returncode}): {' '.join(cmd)}\n{tail}")


# --------------------------------------------------------------------------- article sets
def place(loc: object) -> str:
    loc = loc if isinstance(loc, dict) else {}
    name = loc.get("name") or "?"
    code = loc.get("admin1_code") or loc.get("country_code")
    return f"{name} ({code})" if code else str(name)


def trigger(event: dict) -> str:
    claims = [c for c in event.get("claims") or [] if isinstance(c, dict)]
    quote = " ".join(str(claims[0].get("quote") or "").split()) if claims else ""
    return quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 3] + "..."


def off_by(score, p: dict, g: dict) -> str | None:
    """Which one of type, place, date keeps the referee from pairing p with g (None: several, or none)."""
    if score.compatible(p, g):
        return "fits"
    gtype = g.get("event_type")
    as_gold_type = {**p, "event_type": gtype}
    type_ok = score.compatible(p, {"event_type": gtype, "type_family_ok": g.get("type_family_ok")})
    place_ok = score.compatible(as_gold_type, {**g, "date": None})
    date_ok = score.compatible(as_gold_type, {**g, "location": None})
    if place_ok and date_ok:
        return "type"
    if type_ok and date_ok:
        return "place"
    if type_ok and place_ok:
        return "date"
    return None


def nearest(score, one: dict, others: list[tuple[object, dict]], one_is_pred: bool) -> tuple[str | None, object]:
    """(what `one` is off by against the first candidate that is off by a single field, in the order
    fits, type, place, date; that candidate's key) or (None, None)."""
    found: dict[str, object] = {}
    for key, other in others:
        p, g = (one, other) if one_is_pred else (other, one)
        why = off_by(score, p, g)
        if why is not None and why not in found:
            found[why] = key
    for why in ("fits", "type", "place", "date"):
        if why in found:
            return why, found[why]
    return None, None


def article_errors(score, gold: dict, pred) -> dict:
    """Missed and spurious events of one article, paired as score_article() pairs them."""
    gold_events = [g for g in score.as_list(gold.get("events")) if isinstance(g, dict)]
    required = [g for g in gold_events if not g.get("optional")]
    optional = [g for g in gold_events if g.get("optional")]
    events = pred.events
    pairs = score.match_events(events, required)
    taken = {pi for pi, _ in pairs}
    rest = [i for i in range(len(events)) if i not in taken]
    absorbed = {rest[pi] for pi, _ in score.match_events([events[i] for i in rest], optional)}
    matched_gold = {gi for _, gi in pairs}
    spurious = [i for i in rest if i not in absorbed]
    missed = [gi for gi in range(len(required)) if gi not in matched_gold]

    def gid(gi: int, pool: list[dict]) -> str:
        return str(pool[gi].get("gold_id", gi))

    out_missed = []
    for gi in missed:
        g = required[gi]
        # a spurious prediction never fits a missed gold event (the pairing is maximal): look there for a
        # near miss first, then among all predictions (one that fits was paired with another gold event)
        why, near = nearest(score, g, [(i, events[i]) for i in spurious], one_is_pred=False)
        if why is None:
            why, near = nearest(score, g, list(enumerate(events)), one_is_pred=False)
        kind = {"fits": "missed:taken", None: "missed:no_prediction"}.get(why, f"missed:{why}")
        out_missed.append({"gold_id": gid(gi, required), "event_type": g.get("event_type"), "date": g.get("date"),
                           "place": place(g.get("location")), "claimant_hint": g.get("claimant_hint"),
                           "kind": kind, "near_pred": None if near is None else f"#{near}"})

    out_spurious = []
    for pi in spurious:
        p = events[pi]
        why, near = nearest(score, p, [(gid(gi, required), required[gi]) for gi in missed], one_is_pred=True)
        if why is None:
            everyone = [(gid(gi, required), g) for gi, g in enumerate(required)]
            everyone += [(gid(gi, optional), g) for gi, g in enumerate(optional)]
            why, near = nearest(score, p, everyone, one_is_pred=True)
        kind = {"fits": "spurious:duplicate", None: "spurious:not_an_event"}.get(why, f"spurious:wrong_{why}")
        out_spurious.append({"pred": f"#{pi}", "event_id": p.get("event_id"), "event_type": p.get("event_type"),
                             "date": p.get("date"), "place": place(p.get("location")),
                             "rules": p.get("rules"), "trigger": trigger(p), "kind": kind, "near_gold": near})
    return {"doc_id": gold.get("doc_id"), "required": len(required), "predicted": len(events),
            "matched": len(pairs), "absorbed_by_optional": len(absorbed), "missed": out_missed,
            "spurious": out_spurious}


def article_report(score, set_name: str, args) -> dict:
    with tempfile.TemporaryDirectory(prefix="sitrep-errors.") as tmp:
        tmp = Path(tmp)
        if set_name == "seed":
            if args.half:
                raise Fatal("errors.py: seed is one article; --half does not apply")
            gold_path = Path(args.gold or SEED_GOLD)
            with open(gold_path, encoding="utf-8") as f:
                golds = [{**json.load(f), "doc_id": "seed"}]
            pred_path = Path(args.pred) if args.pred else tmp / "pred.jsonl"
            if not args.pred:
                run_extractor(Path(args.text or SEED_TEXT), ["--date", SEED_DATE, "--with-statements",
                                                              "--with-document"], pred_path)
            preds = {"seed": score.read_predictions(str(pred_path), ())}
        else:
            gold_path = Path(args.gold or DEV / "news.gold.jsonl")
            golds = [g for g in read_jsonl(gold_path) if keep_row(g, args.half, args.doc)]
            for g in golds:
                g["doc_id"] = score.doc_key(g.get("doc_id"))
            pred_path = Path(args.pred) if args.pred else tmp / "pred.jsonl"
            if not args.pred:
                input_path = Path(args.input or DEV / "news.input.jsonl")
                rows = [r for r in read_jsonl(input_path) if keep_row(r, args.half, args.doc)]
                subset = tmp / "input.jsonl"
                subset.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
                run_extractor(subset, ["--with-statements", "--with-document"], pred_path)
            pred = score.read_predictions(str(pred_path), score.RECORD_KINDS)
            preds, _ = score.split_by_doc(pred, [g["doc_id"] for g in golds])
        articles = [article_errors(score, g, preds[g["doc_id"]]) for g in golds]
    summary = Counter(e["kind"] for a in articles for e in a["missed"] + a["spurious"])
    totals = {k: sum(a[k] for a in articles) for k in ("required", "predicted", "matched", "absorbed_by_optional")}
    return {"set": set_name, "half": args.half, "articles": articles, "totals": totals,
            "summary": dict(sorted(summary.items()))}


def print_article_report(rep: dict) -> None:
    for a in rep["articles"]:
        if not a["missed"] and not a["spurious"]:
            continue
        print(f"== {a['doc_id']}: {a['matched']} of {a['required']} gold matched, {a['predicted']} predicted "
              f"({a['absorbed_by_optional']} absorbed by optional gold)")
        for m in a["missed"]:
            near = f" ~ {m['near_pred']}" if m["near_pred"] else ""
            print(f"  MISSED   {m['gold_id']:<10} {m['event_type'] or '-':<26} {m['date'] or '-':<10}  {m['place']}"
                  f"   [{m['kind']}{near}]")
            if m["claimant_hint"]:
                print(f"           hint: {m['claimant_hint']}")
        for s in a["spurious"]:
            near = f" ~ {s['near_gold']}" if s["near_gold"] else ""
            rules = f"  rules={','.join(map(str, s['rules']))}" if s["rules"] else ""
            print(f"  SPURIOUS {s['pred']:<10} {s['event_type'] or '-':<26} {s['date'] or '-':<10}  {s['place']}"
                  f"{rules}   [{s['kind']}{near}]")
            if s["trigger"]:
                print(f"           \"{s['trigger']}\"")
    t = rep["totals"]
    print(f"\n{rep['set']}{' HALF=' + str(rep['half']) if rep['half'] else ''}: {len(rep['articles'])} articles, "
          f"{t['matched']} of {t['required']} gold events matched, {t['predicted']} predicted "
          f"({t['absorbed_by_optional']} absorbed by optional gold)")
    print("errors by kind:")
    for kind, n in sorted(rep["summary"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:<24} {n}")


# --------------------------------------------------------------------------- document sets
def doc_errors(score, set_name: str, g: dict, events: list[dict]) -> dict | None:
    """The wrong fields of one document's primary prediction (None when nothing is wrong)."""
    p = score.primary_event(events)
    ploc = score.as_dict(p.get("location")) if p else {}
    wrong: list[str] = []
    row: dict = {"doc_id": g["id"], "n_events": len(events)}
    if set_name != "ucdp":
        if set_name == "case2021":
            gold_label = score.label(g.get("acled_sub_event_type")) or score.NONE_LABEL
            has_acled = any(score.label(e.get("acled_sub_event_type")) for e in events)
            pred_label = score.label(p.get("acled_sub_event_type")) if has_acled else score.NONE_LABEL
        else:
            gold_label = score.label(g.get("acled_sub_event_type"))
            pred_label = score.label(p.get("acled_sub_event_type")) if p else score.NO_EVENT
        if not events and gold_label != score.NONE_LABEL:
            wrong.append("no_event")
        row["type"] = {"gold": gold_label, "pred": pred_label,
                       "pred_event_type": p.get("event_type") if p else None}
        if pred_label != gold_label:
            wrong.append("type")
    if set_name == "ucdp" and not events:
        wrong.append("no_event")
    if set_name != "case2021":
        pdate = score.parse_date(p.get("date")) if p else None
        if set_name == "acled":
            lo = hi = score.parse_date(g.get("event_date"))
        else:
            lo, hi = score.parse_date(g.get("date_start")), score.parse_date(g.get("date_end"))
            hi = hi or lo
        row["date"] = {"gold": str(lo) if lo == hi else f"{lo}..{hi}", "pred": p.get("date") if p else None}
        if lo and not (pdate is not None and lo <= pdate <= hi):
            wrong.append("date")
        gold_admin1 = score.code(g.get("admin1_code"))
        row["admin1"] = {"gold": gold_admin1, "pred": score.code(ploc.get("admin1_code")),
                         "pred_place": ploc.get("name")}
        if gold_admin1 and row["admin1"]["pred"] != gold_admin1:
            wrong.append("admin1")
    if p and p.get("rules"):
        row["rules"] = p["rules"]
    if not wrong:
        return None
    row["wrong"] = wrong
    return row


def doc_report(score, set_name: str, args) -> dict:
    gold_path = Path(args.gold or DEV / f"{set_name}.gold.jsonl")
    with tempfile.TemporaryDirectory(prefix="sitrep-errors.") as tmp:
        gold_rows = [g for g in score.read_gold_jsonl(str(gold_path), set_name) if keep_row(g, args.half, args.doc)]
        pred_path = Path(args.pred) if args.pred else Path(tmp) / "pred.jsonl"
        if not args.pred:
            input_path = Path(args.input or DEV / f"{set_name}.input.jsonl")
            rows = [r for r in read_jsonl(input_path) if keep_row(r, args.half, args.doc)]
            subset = Path(tmp) / "input.jsonl"
            subset.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            run_extractor(subset, [], pred_path)
        pred = score.read_predictions(str(pred_path), ("event",))
    by_doc: dict[str, list[dict]] = {}
    for e in pred.events:
        by_doc.setdefault(score.doc_key(e.get("doc_id")), []).append(e)
    docs = [r for g in gold_rows if (r := doc_errors(score, set_name, g, by_doc.get(g["id"], [])))]
    scored = {"no_event": len(gold_rows), "type": 0 if set_name == "ucdp" else len(gold_rows),
              "date": sum(1 for g in gold_rows if score.parse_date(g.get("event_date" if set_name == "acled"
                                                                           else "date_start"))),
              "admin1": sum(1 for g in gold_rows if score.code(g.get("admin1_code")))}
    if set_name == "case2021":
        scored.update(date=0, admin1=0)
    confusion = Counter(f"{d['type']['gold'] or '-'} -> {d['type']['pred'] or '-'}"
                        for d in docs if "type" in d["wrong"])
    return {"set": set_name, "half": args.half, "n_docs": len(gold_rows), "documents": docs,
            "summary": dict(sorted(Counter(w for d in docs for w in d["wrong"]).items())),
            "scored": {k: v for k, v in scored.items() if v},
            "type_confusion": dict(confusion.most_common())}


def print_doc_report(rep: dict, top: int = 25) -> None:
    for d in rep["documents"]:
        parts = []
        for field in ("type", "admin1", "date"):
            if field in d:
                mark = "!" if field in d["wrong"] else " "
                extra = f" [{d['admin1']['pred_place']}]" if field == "admin1" and d["admin1"]["pred_place"] else ""
                parts.append(f"{mark}{field} {d[field]['gold'] or '-'} | {d[field]['pred'] or '-'}{extra}")
        rules = f"  rules={','.join(map(str, d['rules']))}" if d.get("rules") else ""
        print(f"{d['doc_id']:<10} events={d['n_events']}  " + "   ".join(parts) + rules)
    print(f"\n{rep['set']}{' HALF=' + str(rep['half']) if rep['half'] else ''}: {len(rep['documents'])} of "
          f"{rep['n_docs']} documents with an error (gold | predicted; ! marks the wrong field)")
    print("errors by field (wrong / documents scored for it):")
    for kind, n in sorted(rep["summary"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:<10} {n} / {rep['scored'].get(kind, '?')}")
    if rep["type_confusion"]:
        print(f"type confusion, gold -> predicted (wrong ones, top {top}):")
        for pair, n in list(rep["type_confusion"].items())[:top]:
            print(f"  {n:>4}  {pair}")


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", choices=SETS)
    ap.add_argument("--half", type=int, choices=(1, 2), help="only the referee's HALF=1 or HALF=2 documents")
    ap.add_argument("--doc", action="append", help="only this document id (repeatable)")
    ap.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    ap.add_argument("--pred", help="report on this prediction file instead of running the extractor")
    ap.add_argument("--gold", help="gold file (default: the dev gold of SET)")
    ap.add_argument("--input", help="input JSONL to extract from (default: the dev input of SET)")
    ap.add_argument("--text", help="seed: the article text to extract from")
    args = ap.parse_args(argv)
    args.doc = set(args.doc) if args.doc else None
    try:
        score = load_referee()
        if not args.gold and not (DEV.is_dir() or args.set == "seed"):
            raise Fatal(f"errors.py: no evaluation data at {DEV}")
        if args.set in DOC_SETS:
            rep = doc_report(score, args.set, args)
            show = print_doc_report
        else:
            rep = article_report(score, args.set, args)
            show = print_article_report
    except Fatal as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(rep, ensure_ascii=False))
    else:
        show(rep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
