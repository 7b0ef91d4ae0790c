"""The extraction benchmark's machine calibration (benchmarks/bench_extract.py): a fixed loop whose speed is
printed with every run, so that words/s of different days can be compared."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_extract  # noqa: E402


def test_machine_speed_is_a_positive_rate():
    speed = bench_extract.machine_speed(rounds=1)
    assert 10_000 < speed < 1e9
