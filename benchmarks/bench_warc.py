#!/usr/bin/env python3
"""WARC reading benchmark: ``fastwarc`` (Rust) vs ``warcio`` (pure Python) vs sitrep's reader.

sitrep depends on warcio (it also writes the test archives); fastwarc is measured when installed
(``pip install fastwarc``).  On the project machine (2 shared cores; 2,000 pages of 30 KB, 4,000
records), decoding every payload: fastwarc 7,700 records/s (.warc.gz) and 19,700 (.warc), warcio
2,600 and 6,700; sitrep's whole reader 280-390 pages/s, and the same within noise with fastwarc
swapped in (fastwarc/warcio, 1,000 pages: 346/362 pages/s .warc.gz, 380/356 .warc): HTML parsing and
page metadata dominate; extraction (~8 articles/s) makes the reader < 5% of an extract run.  So
the pure-Python, long-stable library was chosen (fastwarc 2.0.1 also stops silently after a
chunked+gzip record with auto_decode="all", and panics on a Python stream without tell()).

Generates a WARC (written with warcio, in a temporary directory) that looks like a news crawl: per
page a ``request`` record and a ``response`` record with an HTML article of ~``--kb`` KB, every
fifth response with ``Content-Encoding: gzip`` and every seventh with chunked transfer-encoding,
plus image/jpeg responses and 404s.  Then reads it back, decoding every HTTP payload in full
(chunked + gzip, as an ingest must), and prints records/s and MB/s for each library, for the
per-record gzip file (``.warc.gz``) and the uncompressed one (``.warc``).  ``sitrep`` is the
whole reader (``sitrep.ingest.read_inputs``: parse, skip, decode, charset, page metadata).

Usage:
    python benchmarks/bench_warc.py [--pages 2000] [--kb 30] [--repeat 3] [--no-sitrep]
"""
from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_WORDS = ("shelling artillery drone strike regional administration reported village district "
          "forces wounded killed residential building infrastructure overnight according governor "
          "air defence missile units front line positions attack civilians damaged power").split()


def _page(i: int, kb: int, rng: random.Random) -> bytes:
    paras = []
    size = 0
    while size < kb * 1024:
        p = " ".join(rng.choice(_WORDS) for _ in range(60)).capitalize() + "."
        paras.append(f"<p>{p}</p>")
        size += len(p) + 7
    nav = "".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(25))
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report {i} | Bench News</title>"
            f"<meta property=\"article:published_time\" content=\"2026-03-{1 + i % 28:02d}T08:00:00Z\">"
            f"</head><body><nav><ul>{nav}</ul></nav><article><h1>Report {i}</h1>{''.join(paras)}"
            f"</article><footer>© Bench News</footer></body></html>").encode()


def _chunked(body: bytes, size: int = 4096) -> bytes:
    out = io.BytesIO()
    for k in range(0, len(body), size):
        part = body[k:k + size]
        out.write(b"%x\r\n" % len(part) + part + b"\r\n")
    out.write(b"0\r\n\r\n")
    return out.getvalue()


def make_warc(path: Path, pages: int, kb: int, gz: bool) -> dict:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(7)
    counts = {"records": 0, "pages": 0}
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for i in range(pages):
            url = f"https://bench-news.test/2026/03/report-{i}.html"
            req = StatusAndHeaders(f"GET /2026/03/report-{i}.html HTTP/1.1", [("Host", "bench-news.test")],
                                   is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", http_headers=req))
            body = _page(i, kb, rng)
            headers = [("Content-Type", "text/html; charset=utf-8")]
            status = "200 OK"
            if i % 13 == 5:
                body, headers = b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(2048)), \
                    [("Content-Type", "image/jpeg")]
            elif i % 17 == 3:
                status = "404 Not Found"
            if i % 5 == 0:
                body = gzip.compress(body)
                headers.append(("Content-Encoding", "gzip"))
            if i % 7 == 0:
                body = _chunked(body)
                headers.append(("Transfer-Encoding", "chunked"))
            else:
                headers.append(("Content-Length", str(len(body))))
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                length=len(body), http_headers=http))
            counts["records"] += 2
            counts["pages"] += 1
    return counts


def read_fastwarc(path: Path) -> tuple[int, int]:
    """fastwarc 2.0.1's own auto_decode="all" stops iterating after a chunked+gzip record: the
    payload is decoded with sitrep's decoder instead (the same work warcio's content_stream does)."""
    from fastwarc import ArchiveIterator

    from sitrep.ingest.warc import _decode_http

    n = size = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, parse_http=True, auto_decode="none"):
            n += 1
            body = rec.reader.read()
            if rec.is_http and rec.http_headers is not None:
                body = _decode_http(body, {k.lower(): v for k, v in rec.http_headers.to_dict().items()})
            size += len(body)
    return n, size


def read_warcio(path: Path) -> tuple[int, int]:
    from warcio.archiveiterator import ArchiveIterator

    n = size = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            n += 1
            size += len(rec.content_stream().read())
    return n, size


def read_sitrep(path: Path) -> tuple[int, int]:
    from sitrep.ingest import read_inputs

    n = size = 0
    for doc in read_inputs([path]):
        n += 1
        size += len(getattr(doc, "text", ""))
    return n, size


def _time(fn, path: Path, repeat: int) -> tuple[float, int, int]:
    best = float("inf")
    n = size = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n, size = fn(path)
        best = min(best, time.perf_counter() - t0)
    return best, n, size


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--kb", type=int, default=30, help="article size in KB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-sitrep", action="store_true", help="libraries only")
    args = ap.parse_args(argv)
    readers = [("warcio", read_warcio)]
    try:
        import fastwarc  # noqa: F401
        readers.insert(0, ("fastwarc", read_fastwarc))
    except ImportError:
        print("fastwarc not installed: measuring warcio and sitrep only")
    if not args.no_sitrep:
        readers.append(("sitrep", read_sitrep))
    with tempfile.TemporaryDirectory() as tmp:
        for gz in (True, False):
            path = Path(tmp) / ("bench.warc.gz" if gz else "bench.warc")
            counts = make_warc(path, args.pages, args.kb, gz)
            mb = os.path.getsize(path) / 1e6
            print(f"{path.name}: {counts['records']} records, {counts['pages']} responses, {mb:.1f} MB")
            for name, fn in readers:
                secs, n, size = _time(fn, path, args.repeat)
                unit = "documents" if name == "sitrep" else "records"
                print(f"  {name:9s} {n:6d} {unit:9s} {secs:7.3f} s  {n / secs:9.0f} {unit}/s  "
                      f"{mb / secs:7.1f} MB/s (file)  {size / 1e6:7.1f} MB out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
