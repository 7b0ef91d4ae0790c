"""The daily brief: totals on hand-made events, renderers, images, the CLI."""
import base64
import re

import pytest

from sitrep.model import Count, Event, Location, Statement, Weapon
from sitrep.report import build_brief, to_html, to_markdown, write_brief
from sitrep.report.brief import NO_REGION, fmt_count
from sitrep.web.demo import demo_events, demo_results, demo_statements


def ex(n):
    return Count(low=n, best=n, high=n, qualifier="exact")


def test_three_day_totals_on_demo_events():
    b = build_brief(demo_events(), demo_statements(), "2024-11-17", 3)
    assert b.date_from == "2024-11-15" and b.period == "2024-11-15 to 2024-11-17"
    assert b.n_events == 8                       # the weekly tally is not an incident
    assert [e.event_id for e in b.tallies] == ["demo-tass-3"]
    assert b.strikes == {"missile_artillery_strike": 4, "air_drone_strike": 1}
    assert b.launched == {"missiles": 120, "drones": 90}      # the tally's 140 is not added
    assert b.intercepted == {"missiles": 104, "drones": 42}
    assert b.killed == 4 and b.injured == 20
    regions = {r.code: (r.events, r.killed, r.injured) for r in b.regions}
    assert regions["UA-48"] == (2, 3, 7)
    assert regions["UA-63"] == (3, 0, 10)
    assert regions["RU-BEL"] == (1, 1, 3)
    assert regions["RU-KRS"] == (1, 0, 0)
    assert regions[NO_REGION] == (1, 0, 0)      # the wave itself adds nothing beyond its children
    assert sum(sum(d.values()) for d in b.per_day.values()) == 8
    assert list(b.per_day) == ["2024-11-15", "2024-11-16", "2024-11-17"]
    assert b.main_events[0].event.event_id == "demo-kyiv-independent-1"   # the wave leads
    assert len(b.main_events[0].children) == 3
    assert {s.speaker for s in b.statements} == {"Andriy Sybiga", "Volodymyr Zelensky"}
    assert b.regions[0].name == "Mykolaiv Oblast"


def test_one_day_window():
    b = build_brief(demo_events(), demo_statements(), "2024-11-17", 1)
    assert b.n_events == 4 and b.killed == 2 and b.injured == 17
    assert b.tallies == []
    # the statement of a document outside the window is left out
    assert [s.speaker for s in b.statements] == ["Andriy Sybiga"]


def test_parent_wave_counted_once_with_its_excess():
    loc = Location(name="Ukraine", country_code="UA", precision=4)
    parent = Event(doc_id="d", event_id="p", event_type="missile_artillery_strike", date="2024-01-02",
                   location=loc, fatalities=ex(5), injured=ex(3),
                   weapons=[Weapon(category="cruise_missile", launched=ex(40), intercepted=ex(30)),
                            Weapon(category="ballistic_missile", launched=ex(10), intercepted=ex(2)),
                            Weapon(category="drone", launched=Count(best=100, high=100, qualifier="almost"))])
    kid = Event(doc_id="d", event_id="c", parent_id="p", event_type="missile_artillery_strike",
                date="2024-01-02", fatalities=ex(2), injured=ex(4),
                location=Location(name="Kyiv", admin1_code="UA-30", precision=1, lat=50.45, lon=30.52))
    unclear = Event(doc_id="d", event_id="u", event_type="air_drone_strike", date="2024-01-02",
                    fatalities=Count(qualifier="unspecified"),
                    location=Location(name="Odesa", admin1_code="UA-51", precision=1))
    old = Event(doc_id="d", event_id="o", event_type="armed_clash", date="2023-12-31", fatalities=ex(9))
    b = build_brief([parent, kid, unclear, old], [], "2024-01-02", 2)
    assert b.killed == 5                 # max(5, 2): the nationwide figure includes Kyiv's 2
    assert b.injured == 4                # max(3, 4)
    assert b.launched == {"missiles": 50, "drones": 100}
    assert b.intercepted == {"missiles": 32}
    assert b.unspecified == ["u"]
    regions = {r.code: (r.events, r.killed, r.injured) for r in b.regions}
    assert regions == {"UA-30": (1, 2, 4), NO_REGION: (1, 3, 0), "UA-51": (1, 0, 0)}
    assert b.regions[0].name == "Kyiv"
    assert b.strikes == {"missile_artillery_strike": 2, "air_drone_strike": 1}


def test_empty_window():
    b = build_brief(demo_events(), [], "2020-01-01", 1)
    assert b.n_events == 0 and b.killed == 0 and b.main_events == []
    assert "No events in this period." in to_markdown(b)


def test_bad_days():
    with pytest.raises(ValueError):
        build_brief([], [], "2024-11-17", 0)


def test_count_wording():
    assert fmt_count(Count(best=100, high=100, qualifier="almost")) == "almost 100"
    assert fmt_count(Count(low=5, best=5, qualifier="at_least")) == "at least 5"
    assert fmt_count(None) == "–"


def test_markdown_has_figures_sources_and_statements():
    b = build_brief(demo_events(), demo_statements(), "2024-11-17", 3)
    md = to_markdown(b, "m.png", "c.png")
    assert "| Killed | 4 |" in md and "| Injured | 20 |" in md
    assert "| Missiles launched / intercepted | 120 / 104 |" in md
    assert "| Mykolaiv Oblast (UA-48) | 2 | 3 | 7 |" in md
    assert "![Map of events](m.png)" in md
    assert "demo-kyiv-independent" in md
    assert "Andriy Sybiga" in md
    # conflicting claims are both there
    assert "[disputed]" in md and "[denied]" in md


def test_html_is_escaped_and_embeds_images():
    ev = demo_events()
    b = build_brief(ev, [Statement(doc_id="demo-tass", speaker="<script>", quote="a < b", start=0, end=5)],
                    "2024-11-17", 3)
    page = to_html(b, b"\x89PNGfake", b"\x89PNGfake2")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.count("data:image/png;base64,") == 2
    assert base64.b64encode(b"\x89PNGfake").decode() in page


def test_write_markdown_puts_images_next_to_it(tmp_path):
    b = build_brief(demo_events(), demo_statements(), "2024-11-17", 3)
    out = tmp_path / "sub" / "brief.md"
    text = write_brief(b, str(out))
    assert out.read_text(encoding="utf-8") == text
    for name in ("brief-map.png", "brief-chart.png"):
        data = (tmp_path / "sub" / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 5000
        assert f"]({name})" in text


def test_write_html_embeds_images(tmp_path):
    b = build_brief(demo_events(), demo_statements(), "2024-11-17", 3)
    out = tmp_path / "brief.html"
    write_brief(b, str(out))
    page = out.read_text(encoding="utf-8")
    imgs = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(imgs) == 2
    assert all(base64.b64decode(i).startswith(b"\x89PNG") for i in imgs)
    assert list(tmp_path.iterdir()) == [out]


def _store_db(tmp_path):
    store_mod = pytest.importorskip("sitrep.store")
    path = tmp_path / "brief.db"
    with store_mod.open_store(str(path)) as st:
        for r in demo_results():
            st.add_result(r)
    return path


def test_cli_brief_from_store(tmp_path):
    import typer
    from typer.testing import CliRunner

    from sitrep.cli.report import register

    db = _store_db(tmp_path)
    app = typer.Typer()
    register(app)
    app.command("version")(lambda: None)   # a second command keeps "brief" a subcommand
    out = tmp_path / "daily.md"
    r = CliRunner().invoke(app, ["brief", "--date", "2024-11-17", "--days", "3", "--db", str(db),
                                 "-o", str(out)])
    assert r.exit_code == 0, r.output
    md = out.read_text(encoding="utf-8")
    assert "| Killed | 4 |" in md and "| Injured | 20 |" in md
    assert "Kyiv Independent" in md and "https://example.org/demo-1" in md
    assert (tmp_path / "daily-map.png").exists() and (tmp_path / "daily-chart.png").exists()
    # default date = newest event, Markdown on stdout
    r = CliRunner().invoke(app, ["brief", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "# Situation report: 2024-11-17" in r.output
    r = CliRunner().invoke(app, ["brief", "--db", str(db), "--date", "17.11.2024"])
    assert r.exit_code == 2
