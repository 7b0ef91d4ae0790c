"""Store benchmark: ingest throughput, re-ingest (skip) throughput, query latency, and
clustering precision/recall on the labelled set in tests/fixtures/reconcile/.

    python benchmarks/bench_store.py [--docs 500] [--db URL_OR_PATH] [--real examples/reports]

The synthetic run uses a fake extraction step (1-3 hand-made events per document) so that it
measures the store (transactions, dedup, clustering), not the NLP. ``--real DIR`` also times
``sitrep ingest`` end to end with the real pipeline over DIR.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sitrep import model  # noqa: E402
from sitrep.reconcile import cluster_events, pairwise_scores  # noqa: E402
from sitrep.store import EventFilter, open_store  # noqa: E402
from sitrep.app import Settings, ingest  # noqa: E402
from store_fixtures import fake_process, generated_raws  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "reconcile" / "incidents.jsonl"


def clustering_scores() -> tuple[float, float, int, int]:
    rows = [json.loads(line) for line in FIXTURE.read_text().splitlines() if line.strip()]
    events = [model.Event.model_validate(r["event"]) for r in rows]
    labels = {r["event"]["event_id"]: r["label"] for r in rows}
    clusters = cluster_events(events)
    p, r = pairwise_scores([[e.event_id for e in c] for c in clusters], labels)
    return p, r, len(events), len(set(labels.values()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--db", default=None, help="database URL or path (default: a temporary SQLite file)")
    ap.add_argument("--real", default=None, help="also ingest this directory with the real pipeline")
    args = ap.parse_args()

    p, r, n_ev, n_inc = clustering_scores()
    print(f"clustering (labelled set: {n_ev} reports, {n_inc} incidents): "
          f"pairwise precision={p:.3f} recall={r:.3f}")

    tmp = tempfile.mkdtemp(prefix="sitrep-bench-")
    db = args.db or str(Path(tmp) / "bench.db")
    store = open_store(db)
    raws = list(generated_raws(args.docs, prefix="bench"))
    t0 = time.perf_counter()
    s = ingest(Settings(), raws, store=store, process=fake_process)
    dt = time.perf_counter() - t0
    print(f"ingest ({store.dialect}): {s.added} docs, {s.events_added} events in {dt:.2f}s "
          f"= {s.added / dt:.1f} docs/s, {s.events_added / dt:.1f} events/s")
    t0 = time.perf_counter()
    s2 = ingest(Settings(), raws, store=store, process=fake_process)
    dt2 = time.perf_counter() - t0
    print(f"re-ingest: {s2.skipped} skipped, {s2.events_added} events added in {dt2:.2f}s "
          f"= {s2.skipped / dt2:.0f} docs/s")
    for name, flt in (("page of 100", EventFilter(limit=100)),
                      ("admin1 filter", EventFilter(admin1="UA-63", limit=100)),
                      ("text search", EventFilter(text="kharkiv", limit=100)),
                      ("page 3 (cursor)", None)):
        t0 = time.perf_counter()
        if flt is None:
            page = store.query_events(EventFilter(limit=100))
            page = store.query_events(EventFilter(limit=100, cursor=page.next_cursor))
            page = store.query_events(EventFilter(limit=100, cursor=page.next_cursor))
        else:
            page = store.query_events(flt)
        print(f"query {name}: {len(page.events)} of {page.count} in {(time.perf_counter() - t0) * 1000:.0f} ms")
    m = store.meta()
    print(f"store: {m['documents']} documents, {m['reports']} reports -> {m['events']} canonical events")
    store.close()

    if args.real:
        st = open_store(str(Path(tmp) / "real.db"))
        t0 = time.perf_counter()
        s = ingest(Settings(), [args.real], store=st)
        dt = time.perf_counter() - t0
        print(f"real pipeline over {args.real}: {s.added} docs, {s.events_added} events in {dt:.2f}s "
              f"= {s.added / dt:.1f} docs/s (includes model loading)")
        t0 = time.perf_counter()
        s = ingest(Settings(), [args.real], store=st)
        print(f"real re-ingest: {s.added} added, {s.skipped} skipped in {time.perf_counter() - t0:.2f}s")
        st.close()


if __name__ == "__main__":
    main()
