"""eval/terse_log.py: detection on an incident log, per referee half (an invented three-entry log)."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_terse_log_scores_an_invented_log(tmp_path):
    log = tmp_path / "log.json"
    log.write_text(json.dumps([
        {"id": "T1", "date": "03/14/2022", "location": "Kharkiv", "description": "Apartment block hit by a rocket, two wounded."},
        {"id": "T2", "date": "03/15/2022", "location": "Sumy", "description": "Residents queue for bread outside a shop."},
        {"id": "T3", "date": "03/16/2022", "location": "", "description": "Kindergarten damaged in an overnight strike."},
    ]))
    env = dict(os.environ, PYTHONPATH=str(ROOT), SITREP_EXTRACT=f"{sys.executable} -m sitrep extract")
    out = subprocess.run([sys.executable, str(ROOT / "eval" / "terse_log.py"), str(log), "--half", "1", "--misses", "5"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "all: detected 0.667 of 3" in out.stdout, out.stdout
    halves = [ln for ln in out.stdout.splitlines() if ln.startswith("half ")]
    assert len(halves) == 2
