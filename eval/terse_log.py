#!/usr/bin/env python3
"""Detection on a terse incident log: does ``sitrep extract`` find an event in each entry?

Issue 10's target for terse incident descriptions ("<place>: <what happened>", often passive and
agentless) is an event for at least 85% of them. This script measures it on the Bellingcat
civilian-harm log (``../shared/evaldata/raw/bellingcat-civharm/*.json``, read at run time, never
copied: evaluation data only). Each entry becomes one document ``"<location>: <description>"`` dated
by the entry; the score is the share of entries with at least one event, for all entries and for
those whose location column is filled, on the referee's two fixed halves (the same hash as
``../shared/eval/run``), so a change studied on one half can be checked on the other.

    python eval/terse_log.py [LOG.json] [--half 1|2] [--misses N]

The extractor command is ``$SITREP_EXTRACT`` (default ``python -m sitrep extract``), as for the referee.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "evaldata" / "raw" / "bellingcat-civharm"


def half_of(doc_id: str) -> int:
    return int(hashlib.sha256(f"sitrep-half|{doc_id}".encode()).hexdigest(), 16) % 2 + 1


def entries(path: Path) -> list[dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in rows:
        m, d, y = (r.get("date") or "//").split("/") if (r.get("date") or "").count("/") == 2 else ("", "", "")
        out.append({"id": r["id"], "location": (r.get("location") or "").strip(), "description": (r.get("description") or "").strip(),
                    "date": f"{y}-{m}-{d}" if y else None})
    return out


def run(rows: list[dict]) -> dict[str, int]:
    """Events per entry id, from one run of the extractor over all entries."""
    cmd = shlex.split(os.environ.get("SITREP_EXTRACT", f"{sys.executable} -m sitrep extract"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for r in rows:
            doc = {"id": r["id"], "text": f"{r['location']}: {r['description']}"}
            if r["date"]:
                doc["date"] = r["date"]
            fh.write(json.dumps(doc) + "\n")
        name = fh.name
    try:
        out = subprocess.run(cmd + [name, "--format", "jsonl"], capture_output=True, text=True, check=False)
    finally:
        os.unlink(name)
    if out.returncode not in (0, 1) or not out.stdout.strip():
        raise SystemExit(f"extractor failed (exit {out.returncode}): {out.stderr[-500:]}")
    counts: dict[str, int] = {}
    for line in out.stdout.splitlines():
        e = json.loads(line)
        if e.get("record", "event") == "event":
            counts[e["doc_id"]] = counts.get(e["doc_id"], 0) + 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("log", nargs="?", help="the incident log (JSON list); default: the Bellingcat dump")
    ap.add_argument("--half", type=int, choices=(1, 2), help="list the misses of this half")
    ap.add_argument("--misses", type=int, default=0, help="how many misses to list")
    a = ap.parse_args()
    path = Path(a.log) if a.log else next(iter(sorted(DEFAULT.glob("*.json"))), None)
    if path is None or not path.exists():
        print(f"no incident log at {DEFAULT}: nothing to measure", file=sys.stderr)
        return 2
    rows = [r for r in entries(path) if r["description"]]
    counts = run(rows)
    for h in (1, 2):
        part = [r for r in rows if half_of(r["id"]) == h]
        placed = [r for r in part if r["location"]]
        found = sum(1 for r in part if counts.get(r["id"]))
        found_placed = sum(1 for r in placed if counts.get(r["id"]))
        print(f"half {h}: detected {found / len(part):.3f} of {len(part)} entries; "
              f"with a location {found_placed / max(1, len(placed)):.3f} of {len(placed)}")
    print(f"all: detected {sum(1 for r in rows if counts.get(r['id'])) / len(rows):.3f} of {len(rows)} (target >= 0.85)")
    if a.half and a.misses:
        miss = [r for r in rows if half_of(r["id"]) == a.half and not counts.get(r["id"])]
        for r in miss[:a.misses]:
            print(f"  miss {r['id']}: {r['location']}: {r['description'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
