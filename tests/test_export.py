"""Exports (ACLED CSV, GeoJSON, JSONL, Parquet) and the CLI commands over the store."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from sitrep import model
from sitrep.cli import db as dbcli
from sitrep.store import EventFilter, open_store
from sitrep.store import export as ex
from store_fixtures import fake_process, make_event, make_result, random_text

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
                "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
                "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
                "source_scale,notes,fatalities,tags,timestamp")


@pytest.fixture
def store(tmp_path):
    st = open_store(str(tmp_path / "x.db"))
    st.add_result(make_result("a", [make_event("a", 1, place="Mykolaiv", killed=2, injured=7, weapons=[
        {"category": "drone", "model": "Shahed-136",
         "launched": {"low": None, "best": 100, "high": 100, "qualifier": "almost"}}])], outlet="Kyiv Ledger"))
    st.add_result(make_result("b", [make_event("b", 1, place="Mykolaiv", killed=4, claimant="Russian MoD",
                                               claimant_side="RU")], outlet="Steppe Wire"))
    st.add_result(make_result("c", [make_event("c", 1, place="Belgorod", side="UA", killed=None,
                                               event_type="air_drone_strike", date="2024-11-12")]))
    yield st
    st.close()


def test_acled_csv(store):
    buf = io.StringIO()
    n = ex.write_acled_csv(store.iter_events(EventFilter(limit=None)), buf)
    assert n == 2
    text = buf.getvalue()
    assert text.startswith(ACLED_HEADER + ",sitrep_event_type,")
    rows = list(csv.DictReader(io.StringIO(text)))
    r = next(x for x in rows if x["event_id_cnty"] == "a-1")
    assert r["event_date"] == "2024-11-17" and r["year"] == "2024" and r["time_precision"] == "1"
    assert r["disorder_type"] == "Political violence"
    assert r["event_type"] == "Explosions/Remote violence"
    assert r["sub_event_type"] == "Shelling/artillery/missile attack"
    assert r["inter1"] == "State forces" and r["inter2"] == "Civilians"
    assert r["interaction"] == "State forces-Civilians"
    assert r["civilian_targeting"] == "Civilian targeting"
    assert r["iso"] == "804" and r["country"] == "Ukraine" and r["admin1"] == "Mykolaiv Oblast"
    assert r["location"] == "Mykolaiv" and float(r["latitude"]) == pytest.approx(46.975)
    assert r["geo_precision"] == "1"
    assert r["source"] == "Kyiv Ledger; Steppe Wire"
    assert r["fatalities"] == "2"  # most conservative credible figure
    assert (r["fatalities_low"], r["fatalities_high"]) == ("2", "4")
    assert r["claims_count"] == "2" and r["cluster_size"] == "2"
    assert "Shahed-136" in r["weapons"] and r["injured"] == "7"
    assert r["timestamp"].isdigit()
    c = next(x for x in rows if x["event_id_cnty"] == "c-1")
    assert c["fatalities"] == "0" and "casualties unknown" in c["tags"]
    assert c["country"] == "Russia" and c["iso"] == "643"


def test_geojson(store):
    gj = ex.to_geojson(store.iter_events(EventFilter(limit=None)))
    assert gj["type"] == "FeatureCollection"
    assert "GeoNames" in gj["metadata"]["attribution"]
    f = gj["features"][0]
    assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
    assert f["properties"]["event_id"] == f["id"]
    nogeo = make_event("n", 1, place={"country_code": "UA", "precision": 4})
    assert ex.geojson_feature(nogeo)["geometry"] is None


def test_jsonl_contract_records(store):
    buf = io.StringIO()
    ex.write_jsonl(store.iter_events(EventFilter(limit=None)), buf)
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2
    for line in lines:
        d = json.loads(line)
        contract = {k: v for k, v in d.items() if k in model.Event.model_fields}
        ev = model.Event.model_validate(contract)
        assert ev.claims and d["sources"]


def test_parquet(store, tmp_path):
    path = tmp_path / "x.parquet"
    n = ex.write_parquet(store.iter_events(EventFilter(limit=None)), str(path))
    t = pq.read_table(path)
    assert n == t.num_rows == 2
    assert t.column_names[: len(ex.ACLED_COLUMNS)] == ex.ACLED_COLUMNS
    assert b"attribution" in t.schema.metadata
    assert sorted(t.column("fatalities").to_pylist()) == [0, 2]


def test_plain_events_export():
    ev = make_event("p", 1)
    assert ex.acled_row(ev)["event_id_cnty"] == "p-1"
    with pytest.raises(ValueError):
        ex.export([ev], "xlsx", io.StringIO())


# ----------------------------------------------------------------------------- CLI

@pytest.fixture
def cli():
    app = typer.Typer()
    dbcli.register(app)
    return app


def test_cli_ingest_events_export(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("sitrep.app.driver.pipeline_processor", lambda settings=None: fake_process)
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        (docs / f"doc-{i}.txt").write_text(random_text(f"cli{i}", 80))
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    r = runner.invoke(cli, ["ingest", str(docs), "--db", db, "--date", "2024-11-17"])
    assert r.exit_code == 0, r.output
    assert "6 added" in r.output
    for _ in range(2):
        r = runner.invoke(cli, ["ingest", str(docs), "--db", db])
        assert r.exit_code == 0 and "0 added" in r.output and "6 skipped" in r.output
        assert "events: 0 added" in r.output
    r = runner.invoke(cli, ["events", "--db", db, "--format", "jsonl", "--limit", "3"])
    assert r.exit_code == 0 and len(r.output.splitlines()) == 3
    r = runner.invoke(cli, ["events", "--db", db])
    assert r.exit_code == 0 and "events" in r.output
    r = runner.invoke(cli, ["events", "--db", db, "--from", "not-a-date"])
    assert r.exit_code == 2
    out = tmp_path / "x.csv"
    r = runner.invoke(cli, ["export", "--db", db, "--format", "acled-csv", "-o", str(out)])
    assert r.exit_code == 0 and out.read_text().startswith(ACLED_HEADER)
    r = runner.invoke(cli, ["export", "--db", db, "--format", "geojson", "--admin1", "UA-63"])
    assert r.exit_code == 0 and json.loads(r.stdout)["type"] == "FeatureCollection"
    r = runner.invoke(cli, ["export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "x.parquet")])
    assert r.exit_code == 0 and (tmp_path / "x.parquet").read_bytes()[:4] == b"PAR1"
    r = runner.invoke(cli, ["export", "--db", db, "--format", "xml"])
    assert r.exit_code == 2


def test_cli_ingest_reports_errors(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("sitrep.app.driver.pipeline_processor", lambda settings=None: fake_process)
    (tmp_path / "good-1.txt").write_text(random_text("good", 80))
    (tmp_path / "bad-2.txt").write_text("BAD " + random_text("bad", 80))
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "good-1.txt"), str(tmp_path / "bad-2.txt"),
                                 "--db", str(tmp_path / "e.db")])
    assert r.exit_code == 0
    assert "1 added" in r.stdout and "1 failed" in r.stdout
    assert "not a report" in r.stderr


@pytest.mark.parametrize("evil", ["'; DROP TABLE events; --", "x' OR '1'='1", "%", "UA-48' --"])
def test_cli_filters_injection(cli, store, evil):
    runner = CliRunner()
    for opt in ("--type", "--admin1", "--side"):  # not a known value: refused (exit 2)
        r = runner.invoke(cli, ["events", "--db", store.url, opt, evil, "--format", "jsonl"])
        assert r.exit_code == 2 and r.stdout == ""
    r = runner.invoke(cli, ["events", "--db", store.url, "--text", evil, "--format", "jsonl"])
    assert r.exit_code == 0 and r.stdout == ""
    r = runner.invoke(cli, ["events", "--db", store.url, "--from", evil])
    assert r.exit_code == 2
    assert store.meta()["documents"] == 3
