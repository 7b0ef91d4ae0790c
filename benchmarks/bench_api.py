"""API load benchmark: ``sitrep serve`` on 127.0.0.1 over a database of invented reports.

    python benchmarks/bench_api.py                       # 100,000 events, 50 and 200 clients
    python benchmarks/bench_api.py --events 2000 --paced 200 --duration 20   # the issue-13 check
    python benchmarks/bench_api.py --workers 2 --scenarios list

The database (``--db``, default ``/tmp/sitrep-bench-api-N.db``, kept between runs) is built
from the report templates of ``tests/synthetic_reports.py``: about 12,500 reports stored
through ``Store.add_result`` (dedup and clustering as in a real ingest), then copied under
new ids in SQL up to ``--events`` (see ``replicate``). Scenarios: ``list``
(``GET /events?limit=50``), ``filter`` (admin1, type, date range, side + min fatalities, text,
bbox: repeated, so mostly answered from the response cache), ``uncached`` (a new bbox every
request: count and page each time), ``single`` (``GET /events/{id}``), ``export`` (``/export.geojson?limit=1000``, fewer clients).
Each runs closed-loop (clients send back to back: requests/s) unless ``--paced R`` gives
each client R requests per second. Prints requests/s, p50/p95/p99, errors, the server's
CPU seconds and the load average (other processes share the machine: quote it).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from loadclient import cpu_seconds, load, start_server, stop_server  # noqa: E402

BASE_REPORTS = 12_500
FILTERS = ["admin1=UA-63", "type=air_drone_strike", "date_from=2024-03-01&date_to=2024-03-31",
           "side=RU&min_fatalities=1", "admin1=UA-51&type=missile_artillery_strike", "q=kupiansk",
           "bbox=30,46,33,48"]


def ensure_db(path: str, events: int) -> dict:
    from synthetic_reports import build_database, replicate

    if not os.path.exists(path):
        base = min(events, BASE_REPORTS)
        t0 = time.time()
        meta = build_database(path, base)
        print(f"built {meta['reports']} reports through the store in {time.time() - t0:.0f} s", flush=True)
        if events > meta["reports"]:
            copies = -(-events // meta["reports"]) - 1
            t0 = time.time()
            out = replicate(path, copies)
            print(f"replicated x{copies + 1}: {out['reports']} reports in {time.time() - t0:.1f} s", flush=True)
    from sitrep.store import open_store
    store = open_store(path)
    try:
        return store.meta()
    finally:
        store.close()


def scenario_paths(name: str, port: int):
    if name == "list":
        return lambda rng: "/events?limit=50"
    if name == "filter":
        return lambda rng: "/events?limit=50&" + rng.choice(FILTERS)
    if name == "uncached":  # a bbox never asked before: count + page every time (no cache helps)
        return lambda rng: f"/events?limit=50&bbox=30,46,{33 + rng.random():.6f},49"
    if name == "single":
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/events?limit=1000") as r:
            ids = [e["event_id"] for e in json.load(r)["events"]]
        return lambda rng: "/events/" + rng.choice(ids)
    if name == "export":
        return lambda rng: "/export.geojson?limit=1000&" + rng.choice(["", "admin1=UA-63", "type=interception"])
    raise SystemExit(f"unknown scenario {name}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--clients", default="50,200")
    ap.add_argument("--scenarios", default="list,filter,uncached,single,export")
    ap.add_argument("--duration", type=float, default=10.0)
    ap.add_argument("--paced", type=float, default=None, help="requests per second per client")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--serve-arg", action="append", default=[], help="extra argument to sitrep serve")
    args = ap.parse_args()

    db = args.db or f"/tmp/sitrep-bench-api-{args.events}.db"
    meta = ensure_db(db, args.events)
    print(f"database: {meta['reports']} reports, {meta['events']} canonical events, "
          f"{meta['documents']} documents, {meta['claims']} claims ({db})")
    proc, port = start_server(db, workers=args.workers, extra=args.serve_arg)
    try:
        for name in args.scenarios.split(","):
            paths = scenario_paths(name, port)
            load("127.0.0.1", port, paths, clients=8, duration=2.0)  # warm up
            for clients in [int(c) for c in args.clients.split(",")]:
                if name == "export" and args.paced is None:  # the server streams 4 exports at a time
                    clients = max(1, min(4, clients // 50))
                la = os.getloadavg()[0]
                cpu0 = cpu_seconds(proc.pid)
                res = load("127.0.0.1", port, paths, clients=clients, duration=args.duration, rate=args.paced)
                cpu = cpu_seconds(proc.pid) - cpu0
                mode = f"paced {args.paced:g}/s" if args.paced else "closed loop"
                print(f"{name:7s} {clients:4d} clients ({mode}, {args.workers} worker(s)): {res.line()}; "
                      f"server CPU {cpu:.1f} s in {res.wall:.0f} s, load avg {la:.1f}", flush=True)
                if res.errors:
                    print("   first errors:", res.errors[:3])
    finally:
        stop_server(proc)


if __name__ == "__main__":
    main()
