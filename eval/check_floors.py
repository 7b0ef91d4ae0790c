#!/usr/bin/env python3
"""The quality ratchet: run the referee on evaluation sets and fail when a metric drops below its floor.

    python eval/check_floors.py seed news acled ucdp case2021

For each SET this runs ``../shared/eval/run SET`` (relative to the repository root), parses the
referee's last line (``SET: key=value ...``; the seed set prints ``article: ...``), compares every
metric that has a floor in ``eval/floors.json`` and prints a table. ``events_per_doc`` is a
ceiling (key ``events_per_doc_max``): more events per document than that fails too.

The extractor is ``$SITREP_EXTRACT`` when set, else ``<this python> -m sitrep extract`` run from the
repository root (so the checkout's code is measured, not whatever ``sitrep`` is first on PATH).

Exit status: 0 all metrics at or above their floors (or the referee is not installed: then a message
and 0), 1 a metric below its floor / above its ceiling, a set without a summary line, or a metric
with a floor missing from the summary ("na" counts as missing). Python standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLOORS = Path(__file__).resolve().parent / "floors.json"
REFEREE = REPO.parent / "shared" / "eval"
SUMMARY = re.compile(r"^(?P<set>[\w-]+):\s+(?P<body>(?:[\w]+=\S+\s*)+)$")
CEILING_SUFFIX = "_max"


def parse_summary(output: str) -> dict[str, float | None]:
    """Metrics of the referee's last summary line (``na`` -> None)."""
    for line in reversed([ln.strip() for ln in output.splitlines() if ln.strip()]):
        m = SUMMARY.match(line)
        if not m:
            continue
        out: dict[str, float | None] = {}
        for key, value in re.findall(r"(\w+)=(\S+)", m.group("body")):
            try:
                out[key] = float(value)
            except ValueError:
                out[key] = None
        return out
    raise ValueError("no summary line (SET: key=value ...) in the referee output")


def compare(floors: dict[str, float], metrics: dict[str, float | None]) -> list[tuple[str, float | None, str, float, bool]]:
    """Rows (metric, value, op, bound, ok); ``*_max`` keys are ceilings, the rest floors."""
    rows = []
    for key, bound in floors.items():
        if key.startswith("_"):
            continue
        if key.endswith(CEILING_SUFFIX):
            name, op = key[: -len(CEILING_SUFFIX)], "<="
        else:
            name, op = key, ">="
        value = metrics.get(name)
        ok = value is not None and (value <= bound if op == "<=" else value >= bound)
        rows.append((name, value, op, bound, ok))
    return rows


def run_referee(set_name: str, timeout: int) -> tuple[int, str]:
    env = os.environ.copy()
    # the checkout's code, run by this interpreter, unless the caller chose an extractor command
    env.setdefault("SITREP_EXTRACT", f"{sys.executable} -m sitrep extract")
    proc = subprocess.run([str(REFEREE / "run"), set_name], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env=env)
    return proc.returncode, proc.stdout + proc.stderr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="evaluation sets: seed news acled ucdp case2021")
    ap.add_argument("--floors", type=Path, default=FLOORS)
    ap.add_argument("--timeout", type=int, default=1800, help="seconds per set")
    args = ap.parse_args(argv)

    if not REFEREE.is_dir() or not (REFEREE / "run").exists():
        print(f"check_floors: referee not found at {REFEREE}; skipping the quality ratchet.")
        return 0
    floors_all = json.loads(args.floors.read_text(encoding="utf-8"))
    failed = False
    table: list[str] = []
    for set_name in args.sets:
        floors = floors_all.get(set_name)
        if floors is None:
            print(f"check_floors: no floors for set {set_name!r} in {args.floors}", file=sys.stderr)
            failed = True
            continue
        output = ""
        try:
            rc, output = run_referee(set_name, args.timeout)
            metrics = parse_summary(output)
        except (ValueError, subprocess.TimeoutExpired, OSError) as exc:
            tail = "\n".join(output.splitlines()[-5:])
            print(f"check_floors: {set_name}: {exc}\n{tail}", file=sys.stderr)
            table.append(f"{set_name:<9} {'(no summary)':<22} {'':>7}    {'':<6} FAIL")
            failed = True
            continue
        if rc != 0:
            table.append(f"{set_name:<9} (referee exit {rc})")
        for name, value, op, bound, ok in compare(floors, metrics):
            shown = "na" if value is None else f"{value:.3f}"
            table.append(f"{set_name:<9} {name:<22} {shown:>7} {op} {bound:<6.2f} {'ok' if ok else 'FAIL'}")
            failed |= not ok
    print(f"{'set':<9} {'metric':<22} {'value':>7}    {'bound':<6} result")
    print("\n".join(table))
    print("check_floors: " + ("FAILED (a metric fell below its floor; see eval/README.md)" if failed else "all floors met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
