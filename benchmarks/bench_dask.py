"""Scaling of ``sitrep ingest`` on a Dask LocalCluster: the same JSONL shards ingested into a
fresh SQLite database with 1 and with 2 worker processes (the workers extract, this process
stores). Prints wall time, documents/s, speedup, efficiency and the events of both runs, which
must be equal.

    python benchmarks/bench_dask.py --docs 240 --shards 8

The documents are invented from the templates of tests/test_linear_time.py (distinct texts,
about 2,500 characters each)."""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sitrep.app import Settings, driver  # noqa: E402
from sitrep.store import open_store  # noqa: E402
from test_linear_time import prose  # noqa: E402


def write_shards(folder: Path, docs: int, shards: int) -> list[Path]:
    paths = [folder / f"shard-{k:02d}.jsonl" for k in range(shards)]
    fhs = [p.open("w", encoding="utf-8") for p in paths]
    rnd = random.Random(5)
    for i in range(docs):
        day = 1 + i % 28
        text = prose(2_500, seed=1000 + i).replace("KYIV, 3 June 2025", f"KYIV, {day} June 2025")
        fhs[i % shards].write(json.dumps({"id": f"bench-{i}", "text": text, "date": f"2025-06-{day:02d}",
                                          "source": rnd.choice(["wire", "daily", "monitor"])}) + "\n")
    for fh in fhs:
        fh.close()
    return paths


def run(paths: list[Path], workers: int, db: Path, batch: int) -> tuple[float, driver.IngestSummary, int, float]:
    settings = Settings(database_url=str(db), workers=workers, batch_size=batch)
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=40)
    client = Client(cluster)
    client.run(lambda: __import__("sitrep.extract.pipeline").extract.pipeline.get_pipeline() and None)  # load before timing
    try:
        t0 = time.perf_counter()
        n = sum(1 for _ in driver.extract(settings, paths, client=client))
        extract_s = time.perf_counter() - t0
        assert n
        with open_store(str(db)) as store:
            t0 = time.perf_counter()
            summary = driver.ingest(settings, paths, store=store, client=client)
            dt = time.perf_counter() - t0
            events = store.meta()["events"]
    finally:
        client.close()
        cluster.close()
    return dt, summary, events, extract_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=240)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--batch", type=int, default=16, help="documents per task sent to a worker")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-dask-"))
    paths = write_shards(tmp, args.docs, args.shards)
    words = sum(len(json.loads(ln)["text"].split()) for p in paths for ln in p.open(encoding="utf-8"))
    print(f"{args.docs} documents, {words} words in {args.shards} shards ({tmp})")
    results = {}
    for n in (1, 2):
        dt, s, events, ex = run(paths, n, tmp / f"w{n}.db", args.batch)
        results[n] = (dt, events, ex)
        print(f"{n} worker{'s' if n > 1 else ' '}: extract only {ex:6.2f} s ({words / ex:7.0f} words/s); "
              f"ingest {dt:6.2f} s ({args.docs / dt:5.1f} docs/s, {words / dt:7.0f} words/s)  {s.line()}; "
              f"canonical events {events}")
    for label, k in (("extract only", 2), ("ingest", 0)):
        speedup = results[1][k] / results[2][k]
        print(f"{label}: speedup {speedup:.2f}x, efficiency {speedup / 2:.0%}")
    print(f"events equal: {results[1][1] == results[2][1]}")
    if results[1][1] != results[2][1]:
        sys.exit(1)


if __name__ == "__main__":
    main()
