"""`sitrep extract` as a user meets it: exit codes, error lines naming the document, -o, --format table,
bad --date. In-process with typer's CliRunner (fast); one subprocess check of the real exit status."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from helpers_extract import FIXTURES, REPO, check_event_line
from sitrep.cli.main import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, ["extract", *map(str, args)])


@pytest.fixture
def bad_files(tmp_path):
    empty = tmp_path / "empty-report.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan-image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    blank = tmp_path / "blank-lines.txt"
    blank.write_text("\n\n   \n", encoding="utf-8")
    return empty, binary, blank


def test_empty_file_only_exits_2_and_names_it(bad_files):
    empty, _, _ = bad_files
    r = invoke(empty)
    assert r.exit_code == 2
    assert r.stdout == ""
    assert "empty-report" in r.stderr


def test_binary_file_only_exits_2_and_names_it(bad_files):
    _, binary, _ = bad_files
    r = invoke(binary)
    assert r.exit_code == 2
    assert r.stdout == ""
    assert "scan-image" in r.stderr


def test_whitespace_only_file_exits_2(bad_files):
    r = invoke(bad_files[2])
    assert r.exit_code == 2 and "blank-lines" in r.stderr


def test_bad_documents_do_not_stop_the_good_ones(bad_files):
    empty, binary, _ = bad_files
    r = invoke(empty, FIXTURES / "batch.jsonl", binary)
    assert r.exit_code == 0, r.stderr
    lines = [json.loads(ln) for ln in r.stdout.splitlines() if ln.strip()]
    assert {ln["doc_id"] for ln in lines} == {"batch-1", "batch-2", "batch-3"}
    for ln in lines:
        check_event_line(ln)
    err = r.stderr.splitlines()
    assert any("empty-report" in ln for ln in err) and any("scan-image" in ln for ln in err)
    assert not any("batch-" in ln for ln in err)


def test_missing_file_is_an_error_line(tmp_path):
    r = invoke(tmp_path / "nowhere.txt", FIXTURES / "batch.jsonl")
    assert r.exit_code == 0
    assert "nowhere" in r.stderr


def test_bad_jsonl_line_names_the_line_and_keeps_the_rest(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        json.dumps({"id": "ok-1", "text": "Russian artillery shelled Nikopol on Sunday, the governor said.", "date": "2025-03-10"}) + "\n"
        "{not json at all\n"
        + json.dumps({"id": "empty-1", "text": ""}) + "\n",
        encoding="utf-8")
    r = invoke(f)
    assert r.exit_code == 0, r.stderr
    assert [json.loads(ln)["doc_id"] for ln in r.stdout.splitlines()] == ["ok-1"]
    assert r.stderr.strip(), "the broken line and the empty document are reported"
    assert "empty-1" in r.stderr


def test_output_file(tmp_path):
    out = tmp_path / "events.jsonl"
    r = runner.invoke(app, ["extract", str(FIXTURES / "batch.jsonl"), "-o", str(out), "--with-document"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [x["doc_id"] for x in recs if x.get("record") == "document"] == ["batch-1", "batch-2", "batch-3", "batch-4"]


def test_table_format():
    r = invoke(FIXTURES / "batch.jsonl", "--format", "table")
    assert r.exit_code == 0, r.stderr
    assert "missile_artillery_strike" in r.stdout and "diplomatic_contact" in r.stdout


@pytest.mark.parametrize("args", [["--format", "xml"], ["--date", "18 November"], ["--date", "2025-02-30"]])
def test_bad_options_exit_2(args):
    r = invoke(FIXTURES / "batch.jsonl", *args)
    assert r.exit_code == 2
    assert r.stdout == ""


def test_reference_date_resolves_relative_dates(tmp_path):
    f = tmp_path / "odesa-undated.txt"
    f.write_text("Russian drones hit Odesa yesterday, injuring three people, the governor said.\n", encoding="utf-8")
    r = invoke(f, "--date", "2025-01-20")
    assert r.exit_code == 0, r.stderr
    assert [json.loads(ln)["date"] for ln in r.stdout.splitlines()] == ["2025-01-19"]
    r = invoke(f)  # no reference anywhere: unresolved, never today's date
    assert r.exit_code == 0, r.stderr
    assert [json.loads(ln)["date"] for ln in r.stdout.splitlines()] == [None]


def test_real_process_exit_status(tmp_path):
    empty = tmp_path / "void.txt"
    empty.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "sitrep", "extract", str(empty)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert proc.stdout == "" and "void" in proc.stderr
