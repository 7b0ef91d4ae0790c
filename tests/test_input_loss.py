"""No input lost without a word: unreadable folders and files are reported (one line naming
them) and counted while the rest is processed; very deeply nested HTML keeps its text.
Unreadability is simulated (the tests may run as root, who can read anything)."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.ingest import read_inputs
from sitrep.model import IngestError, RawDocument

runner = CliRunner()
REPORT = "Russian artillery shelled Nikopol on Sunday, killing two people, the governor said.\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """good.txt, locked.txt (cannot even be stat'ed), a folder with a readable and a locked
    subfolder."""
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(REPORT.replace("Nikopol", "Kherson"), encoding="utf-8")
    d = tmp_path / "corpus"
    (d / "open").mkdir(parents=True)
    (d / "open" / "inner.txt").write_text(REPORT.replace("Nikopol", "Marhanets"), encoding="utf-8")
    (d / "secret").mkdir()
    (d / "secret" / "hidden.txt").write_text(REPORT.replace("Nikopol", "Odesa"), encoding="utf-8")
    # as for a user without the rights: locked.txt sits in a folder without search permission
    # (its stat fails); secret/ can be seen but not listed (mode 000)
    locked = {str(d / "secret")}
    no_stat = {str(tmp_path / "locked.txt")}
    real_stat, real_iterdir, real_scandir = Path.stat, Path.iterdir, os.scandir

    def stat(self, *a, **k):
        if str(self) in no_stat or str(self.parent) in locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *a, **k)

    def iterdir(self):
        if str(self) in locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_iterdir(self)

    def scandir(p="."):
        if str(p) in locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_scandir(p)

    monkeypatch.setattr(Path, "stat", stat)
    monkeypatch.setattr(Path, "iterdir", iterdir)
    monkeypatch.setattr(os, "scandir", scandir)
    return tmp_path


def test_unreadable_subfolder_is_an_error_item(tree):
    items = list(read_inputs([tree / "corpus"]))
    docs = [i.doc_id for i in items if isinstance(i, RawDocument)]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert docs == ["inner"]
    assert len(errs) == 1 and "secret" in errs[0].message and "Permission denied" in errs[0].message
    assert "\n" not in errs[0].message


def test_unreadable_named_file_does_not_stop_the_others(tree):
    items = list(read_inputs([tree / "locked.txt", tree / "good.txt"]))
    assert [type(i).__name__ for i in items] == ["IngestError", "RawDocument"]
    assert "locked.txt" in items[0].message and "Permission denied" in items[0].message


def test_extract_reports_unreadable_input_and_goes_on(tree):
    r = runner.invoke(app, ["extract", str(tree / "locked.txt"), str(tree / "good.txt"), str(tree / "corpus")])
    assert r.exit_code == 0, (r.stderr, r.exception)
    assert '"doc_id":"good"' in r.stdout and '"doc_id":"inner"' in r.stdout
    err = r.stderr.splitlines()
    assert len([ln for ln in err if "locked.txt" in ln]) == 1
    assert len([ln for ln in err if "secret" in ln]) == 1
    assert all("Permission denied" in ln for ln in err), err


def test_extract_of_only_unreadable_input_exits_2(tree):
    r = runner.invoke(app, ["extract", str(tree / "locked.txt")])
    assert r.exit_code == 2 and "locked.txt" in r.stderr
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_ingest_counts_unreadable_input_as_failed(tree, monkeypatch):
    from sitrep.app import driver as ingest_mod
    from store_fixtures import fake_process

    monkeypatch.setattr(ingest_mod, "pipeline_processor", lambda settings=None: fake_process)
    db = tree / "db.sqlite"
    r = runner.invoke(app, ["ingest", str(tree / "locked.txt"), str(tree / "good.txt"), str(tree / "corpus"),
                            "--db", str(db)])
    assert r.exit_code == 0, (r.stderr, r.exception)
    assert "2 added" in r.stdout and "2 failed" in r.stdout
    assert len([ln for ln in r.stderr.splitlines() if "locked.txt" in ln]) == 1
    assert len([ln for ln in r.stderr.splitlines() if "secret" in ln]) == 1


def test_ingest_error_lines_are_one_per_document_when_not_a_tty(tmp_path, monkeypatch):
    """stderr to a file or a pipe: no hard wrap at 80 columns, the id once, one line each."""
    from sitrep.app import driver as ingest_mod
    from store_fixtures import fake_process

    monkeypatch.setattr(ingest_mod, "pipeline_processor", lambda settings=None: fake_process)
    deep = tmp_path / ("a-rather-long-folder-name-for-the-reports-of-the-week-" * 2) / "incoming"
    deep.mkdir(parents=True)
    for i in range(3):
        (deep / f"empty-report-number-{i}-from-the-regional-administration.txt").write_bytes(b"")
    (deep / "good.txt").write_text(REPORT, encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(deep), "--db", str(tmp_path / "db.sqlite")])
    assert r.exit_code == 0, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 3, lines
    for i, ln in enumerate(sorted(lines)):
        doc_id = f"empty-report-number-{i}-from-the-regional-administration"
        assert ln.startswith("sitrep: ") and ln.endswith("empty document") and len(ln) > 120
        assert ln.count(doc_id) == 1
    assert "3 failed" in r.stdout


def _deep_page(depth: int, tag: str = "div") -> str:
    return ("<html><head><title>Shelling of Nikopol</title></head><body>" + f"<{tag}>" * depth
            + "<p>Russian artillery shelled Nikopol on Sunday, killing two people, the governor said.</p>"
            + f"</{tag}>" * depth + "<p>Rescuers worked through the night.</p></body></html>")


@pytest.mark.parametrize("depth,tag", [(1000, "div"), (1000, "span"), (5000, "div"), (3000, "section")])
def test_deeply_nested_html_keeps_its_text(tmp_path, depth, tag):
    from sitrep.ingest.clean import clean

    f = tmp_path / "deep.html"
    f.write_text(_deep_page(depth, tag), encoding="utf-8")
    (item,) = list(read_inputs([f]))
    assert isinstance(item, RawDocument), item.message
    assert item.title == "Shelling of Nikopol"
    doc = clean(item)
    assert "Russian artillery shelled Nikopol on Sunday" in doc.clean_text
    assert "Rescuers worked through the night." in doc.clean_text


@pytest.mark.slow
def test_extract_of_deeply_nested_html_finds_the_event(tmp_path):
    f = tmp_path / "deep.html"
    f.write_text(_deep_page(1000), encoding="utf-8")
    r = runner.invoke(app, ["extract", str(f), "--date", "2025-03-10"])
    assert r.exit_code == 0, r.stderr
    assert '"name":"Nikopol"' in r.stdout


@pytest.fixture
def mode_000(tmp_path, monkeypatch):
    """bad.txt can be seen but not read (mode 000 for a user who is not root)."""
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(REPORT.replace("Nikopol", "Kherson"), encoding="utf-8")
    real_access, real_read_bytes = os.access, Path.read_bytes

    def access(p, mode, *a, **k):
        return False if str(p) == str(bad) else real_access(p, mode, *a, **k)

    def read_bytes(self):
        if str(self) == str(bad):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return bad, good


def test_extract_unreadable_file_on_the_command_line_does_not_abort(mode_000):
    bad, good = mode_000
    r = runner.invoke(app, ["extract", str(bad), str(good)])
    assert r.exit_code == 0, r.stderr
    assert '"doc_id":"good"' in r.stdout
    (line,) = r.stderr.splitlines()
    assert "bad.txt" in line and "Permission denied" in line


def test_ingest_unreadable_file_on_the_command_line_does_not_abort(mode_000, tmp_path, monkeypatch):
    from sitrep.app import driver as ingest_mod
    from store_fixtures import fake_process

    monkeypatch.setattr(ingest_mod, "pipeline_processor", lambda settings=None: fake_process)
    bad, good = mode_000
    r = runner.invoke(app, ["ingest", str(bad), str(good), "--db", str(tmp_path / "db.sqlite")])
    assert r.exit_code == 0, r.stderr
    assert "1 added" in r.stdout and "1 failed" in r.stdout
    (line,) = r.stderr.splitlines()
    assert "bad.txt" in line and "Permission denied" in line
