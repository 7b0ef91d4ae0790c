"""The quality ratchet (eval/check_floors.py): parsing, comparison, the floors file; the real run is slow."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from helpers_extract import REPO

SPEC = importlib.util.spec_from_file_location("check_floors", REPO / "eval" / "check_floors.py")
cf = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(cf)

SETS = ("seed", "news", "acled", "ucdp", "case2021")


def test_parse_summary_takes_the_last_summary_line():
    out = ("table ...\nextract: 13 docs in 1.15 s wall = 11.33 articles/s (exit 0)\n"
           "acled: detected=0.970 type_acc=0.864 loc_10km=na events_per_doc=1.077 n_docs=1107 bad_lines=0\n")
    m = cf.parse_summary(out)
    assert m["detected"] == 0.97 and m["type_acc"] == 0.864 and m["loc_10km"] is None and m["n_docs"] == 1107


def test_parse_summary_article_line():
    m = cf.parse_summary("article: event_precision=0.789 event_recall=0.882 bad_lines=0")
    assert m == {"event_precision": 0.789, "event_recall": 0.882, "bad_lines": 0.0}


def test_parse_summary_without_summary_raises():
    with pytest.raises(ValueError):
        cf.parse_summary("Traceback (most recent call last):\n  boom\n")


def test_compare_floors_and_ceiling():
    rows = {r[0]: r for r in cf.compare({"type_acc": 0.84, "loc_10km": 0.5, "events_per_doc_max": 1.38, "_comment": "x"},
                                        {"type_acc": 0.83, "loc_10km": None, "events_per_doc": 1.2})}
    assert rows["type_acc"][4] is False  # below its floor
    assert rows["loc_10km"][4] is False  # na where a floor exists
    assert rows["events_per_doc"][2] == "<=" and rows["events_per_doc"][4] is True
    assert "_comment" not in rows
    assert cf.compare({"events_per_doc_max": 1.0}, {"events_per_doc": 1.5})[0][4] is False


def test_floors_file_is_well_formed():
    floors = json.loads((REPO / "eval" / "floors.json").read_text(encoding="utf-8"))
    assert set(SETS) <= set(floors)
    for s in SETS:
        assert floors[s], s
        for k, v in floors[s].items():
            assert isinstance(v, (int, float)) and 0 <= v <= (10 if k.endswith("_max") else 1), (s, k, v)
    assert all(k.endswith("_max") for s in SETS for k in floors[s] if k.startswith("events_per_doc"))


def test_missing_referee_is_a_skip_with_exit_0(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(cf, "REFEREE", tmp_path / "no-shared-eval")
    assert cf.main(["seed"]) == 0
    assert "skipping" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.skipif(not cf.REFEREE.is_dir(), reason="../shared/eval not present")
def test_check_floors_on_seed_passes():
    proc = subprocess.run([sys.executable, str(REPO / "eval" / "check_floors.py"), "seed"], cwd=REPO,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "all floors met" in proc.stdout
