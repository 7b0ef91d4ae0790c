"""`sitrep extract -` reads standard input: one text or HTML document, or JSONL documents."""
import json
import subprocess
import sys

import pytest


def _run(data: str, *args):
    return subprocess.run([sys.executable, "-m", "sitrep", "extract", "-", *args], input=data.encode(),
                          capture_output=True, timeout=120)


@pytest.mark.slow
def test_text_on_stdin_is_one_document():
    r = _run("Russian drones struck Kharkiv overnight, injuring two people, the governor said.\n", "--date", "2025-03-18")
    assert r.returncode == 0, r.stderr
    evs = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert evs and evs[0]["doc_id"] == "stdin" and evs[0]["location"]["name"] == "Kharkiv"


@pytest.mark.slow
def test_jsonl_on_stdin_keeps_its_ids():
    docs = "\n".join(json.dumps({"id": f"d{i}", "text": "Russian drones struck Odesa overnight.", "date": "2025-03-18"})
                     for i in range(2))
    r = _run(docs + "\n")
    assert r.returncode == 0, r.stderr
    assert sorted({json.loads(x)["doc_id"] for x in r.stdout.decode().splitlines()}) == ["d0", "d1"]


@pytest.mark.slow
def test_empty_stdin_is_a_clear_error_not_a_traceback():
    r = _run("")
    assert r.returncode != 0 and b"Traceback" not in r.stderr
