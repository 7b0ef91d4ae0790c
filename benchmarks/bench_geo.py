"""Gazetteer benchmark: index build time, load time, memory, geocode and find_mentions speed.

    python benchmarks/bench_geo.py [--no-build]

Builds the index into a temporary cache directory (unless --no-build), then measures loading
in a fresh interpreter (RSS delta from /proc/self/status), find_mentions throughput on a
long invented text, and toponyms/s (with the share of cases right) on the geo benchmark's
sentences (tests/geo_bench_cases.py).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAGRAPH = (
    "Russian forces shelled Kharkiv and the outskirts of Chuhuiv overnight, the Kharkiv regional "
    "governor said. In the Zaporizhia region, fighting continued near Verbove and Robotyne, while "
    "drones hit an oil depot in Bryansk Oblast and a substation in Belgorod. Kyiv said it had "
    "downed 24 of 30 Shahed drones; Moscow claimed its troops took the village of Pavshyno. "
    "Residents of Pokrovsk, Donetsk, were told to evacuate as the front moved closer to Myrnohrad "
    "and Selydove. A Polish delegation visited Lviv and Sheptytskyi, and North Korean troops "
    "were reported in the Kursk region near Sudzha. Shelling of Kherson and Nikopol killed two "
    "civilians; the Mykolaiv regional administration reported damage in Ochakiv. May and Hope "
    "are not places here, and neither is Victoria in this sentence. "
)
# ordinary prose around the places: most words of a news report are not place names
FILLER = (
    "Officials said the situation remained difficult and that emergency services were working at "
    "the scene throughout the day. The statement added that further details would be released "
    "later, while analysts warned that the coming weeks could bring more attacks on energy "
    "infrastructure and that air defence systems remained stretched across the country. "
    "Humanitarian groups appealed for more funding as winter approached and families prepared "
    "to leave their homes. "
)


def main(argv=None) -> int:
    build = "--no-build" not in (argv or sys.argv[1:])
    env = dict(os.environ)
    tmp = None
    if build:
        tmp = tempfile.TemporaryDirectory(prefix="sitrep-geo-bench-")
        env["SITREP_CACHE_DIR"] = tmp.name
        t = time.time()
        r = subprocess.run([sys.executable, "-c", "from sitrep.geo.build import build_index, write_index;"
                            "p=write_index(build_index());print(p.stat().st_size)"],
                           env=env, capture_output=True, text=True, cwd=ROOT)
        if r.returncode:
            print(r.stderr)
            return 1
        print(f"index build: {time.time() - t:.1f}s (incl. interpreter start), "
              f"size {int(r.stdout.split()[-1]) / 1e6:.1f} MB")
    code = r"""
import time, sys
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
r0 = rss(); t = time.perf_counter()
from sitrep.geo import get_gazetteer, geocode
g = get_gazetteer()
print(f"load: {time.perf_counter() - t:.3f}s, RSS delta {rss() - r0:.0f} MB (total {rss():.0f} MB), {len(g)} places")
for label, text in (("dense (1 place in 5 words)", sys.argv[1] * 20),
                    ("news-like", (sys.argv[1] + sys.argv[2] * 4) * 5)):
    words = len(text.split())
    g.find_mentions(text)
    n = 20
    t = time.perf_counter(); c = time.process_time()
    for _ in range(n):
        ms = g.find_mentions(text)
    dt = (time.perf_counter() - t) / n
    dc = (time.process_time() - c) / n
    print(f"find_mentions {label}: {words} words in {dt * 1000:.2f} ms wall / {dc * 1000:.2f} ms CPU "
          f"-> {words / dt:,.0f} words/s, {len(ms)} mentions")
one = sys.argv[1] * 2
t = time.perf_counter(); g.find_mentions(one); dt = time.perf_counter() - t
print(f"find_mentions on {len(one.split())} words: {dt * 1000:.2f} ms")
# the geo benchmark's sentences (tests/geo_bench_cases.py): toponyms resolved per second, and
# the share of cases right (the same check as tests/test_geo_benchmark.py)
sys.path.insert(0, sys.argv[3])
from geo_bench_cases import CASES
from test_geo_benchmark import check
sents = [c[1] for c in CASES]
n_top = sum(1 for s in sents for m in g.find_mentions(s) if m.location is not None)
reps = 20
t = time.perf_counter(); c = time.process_time()
for _ in range(reps):
    for s in sents:
        g.find_mentions(s)
dt = (time.perf_counter() - t) / reps
dc = (time.process_time() - c) / reps
right = sum(check(g, *c[1:])[0] for c in CASES)
print(f"geo benchmark: {len(CASES)} sentences, {n_top} toponyms in {dt * 1000:.1f} ms wall / {dc * 1000:.1f} ms CPU "
      f"-> {n_top / dt:,.0f} toponyms/s ({n_top / dc:,.0f} per CPU second); {right}/{len(CASES)} cases right")
qs = ["near Bakhmut", "Kharkiv region", "Verbove, Zaporizhia", "Donetsk - Kirovskyi", "Pavshyno",
      "Mykolaiv", "Kursk", "Sheptytsky", "the village of Pavshyno", "Zaporozhye"] * 100
t = time.perf_counter()
for q in qs:
    geocode(q)
dt = (time.perf_counter() - t) / len(qs)
print(f"geocode: {dt * 1e6:.0f} us/call")
"""
    r = subprocess.run([sys.executable, "-c", code, PARAGRAPH, FILLER, str(ROOT / "tests")], env=env,
                       capture_output=True, text=True, cwd=ROOT)
    print(r.stdout.strip() or r.stderr.strip())
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
