"""Honest CLI edges (issue 17): --version, missing databases, help texts, the ingest progress
total and the 'N added' vs 'M events' note."""
from __future__ import annotations

import json
import re

import click
import pytest
import typer
from typer.testing import CliRunner

from sitrep import __version__
from sitrep.cli.main import app as cli


def test_version():
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0 and r.stdout.strip() == f"sitrep {__version__}"
    from importlib.metadata import PackageNotFoundError, version
    try:
        assert version("sitrep") == __version__      # pyproject reads sitrep.__version__
    except PackageNotFoundError:  # pragma: no cover - not installed
        pass


@pytest.mark.parametrize("argv", [["events"], ["export", "--format", "jsonl"], ["brief"], ["serve"],
                                  ["events", "--format", "jsonl", "--type", "interception"]])
def test_read_only_commands_refuse_a_missing_database(tmp_path, monkeypatch, argv):
    monkeypatch.delenv("SITREP_INGEST_TOKEN", raising=False)
    missing = tmp_path / "typo.db"
    r = CliRunner().invoke(cli, [*argv, "--db", str(missing)])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no database at" in lines[0] and str(missing) in lines[0]
    assert not missing.exists() and not list(tmp_path.iterdir())


def test_missing_database_is_not_refused_for_urls(tmp_path):
    from sitrep.store.db import missing_database

    assert missing_database("postgresql://u@127.0.0.1/x") is None
    assert missing_database(":memory:") is None
    assert missing_database(str(tmp_path / "nope.db")) == str(tmp_path / "nope.db")
    (tmp_path / "yes.db").write_bytes(b"")
    assert missing_database(str(tmp_path / "yes.db")) is None
    assert missing_database("sqlite:///" + str(tmp_path / "nope.db")) == str(tmp_path / "nope.db")


def _commands():
    group = typer.main.get_command(cli)
    yield "", group
    for name, cmd in group.commands.items():
        yield name, cmd


@pytest.mark.parametrize("name", ["", "extract", "ingest", "events", "export", "serve", "brief", "geocode"])
def test_help_has_text_for_every_option_and_no_bool_type(name):
    r = CliRunner().invoke(cli, ([name] if name else []) + ["--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    assert "<bool>" not in r.stdout
    cmd = dict(_commands())[name]
    for p in cmd.params:
        if isinstance(p, click.Option):
            assert (p.help or "").strip(), f"{name} {p.opts} has no help text"


def test_count_documents_matches_the_readers(tmp_path):
    from sitrep.ingest import read_inputs
    from sitrep.ingest.count import count_documents

    (tmp_path / "a.txt").write_text("Shelling hit Kherson on Monday, officials said.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps({"id": f"j{i}", "text": f"Report {i} from Sumy."})
                                                for i in range(4)) + "\n\n", encoding="utf-8")
    (tmp_path / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        + "".join(f"<item><title>Strike {i}</title><description>Drones hit Odesa overnight, "
                  f"the governor said ({i}).</description></item>" for i in range(3))
        + "</channel></rss>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<html><body><p>Missiles struck Dnipro.</p></body></html>",
                                             encoding="utf-8")
    inputs = [str(tmp_path), str(tmp_path / "missing.txt"), str(tmp_path / "sub" / "*.html")]
    assert count_documents(inputs) == sum(1 for _ in read_inputs(inputs)) == 1 + 4 + 3 + 1 + 1 + 1


def test_ingest_explains_added_events_against_distinct_events(tmp_path, monkeypatch):
    """Two outlets report one incident: 2 events added, the database holds 1 (merged)."""
    from sitrep.web.demo import demo_results

    from sitrep import model
    res = demo_results()[2]           # Ochakiv shelling and Sudzha clash (Ukrinform)
    copy = res.model_copy(deep=True)
    copy.document.doc_id = "copy"
    copy.document.outlet = "Another Wire"
    prefix = ("Another Wire, evening digest. Regional officials in the south and in the border "
              "areas described a tense day, with several settlements reporting damage to homes, "
              "schools and power lines, and with repair crews working through the afternoon to "
              "restore water and electricity to thousands of residents before the night. ")
    copy.document.clean_text = prefix + res.document.clean_text
    for ev in copy.events:
        ev.doc_id = "copy"
        ev.event_id = ev.event_id.replace("demo-ukrinform", "copy")
        for c in ev.claims:
            c.doc_id, c.start, c.end = "copy", c.start + len(prefix), c.end + len(prefix)
    copy.statements = []
    by_text = {"first": res, "second": copy}

    def fake(settings=None):
        return lambda raw: by_text[raw.text.split()[0]]

    monkeypatch.setattr("sitrep.app.driver.pipeline_processor", fake)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "1.txt").write_text("first report", encoding="utf-8")
    (tmp_path / "docs" / "2.txt").write_text("second report", encoding="utf-8")
    db = tmp_path / "i.db"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", str(db)])
    assert r.exit_code == 0, r.output
    m = re.search(r"events: (\d+) added \(the database holds (\d+) distinct events", r.stdout)
    assert m, r.stdout
    added, distinct = int(m.group(1)), int(m.group(2))
    assert added == 4 and distinct < added
    events = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl"])
    assert len(events.stdout.strip().splitlines()) == distinct
    # stderr is no terminal here: no progress bar, no counting pass, nothing on stderr
    assert r.stderr == ""
    assert isinstance(model.EVENT_TYPES, tuple)
