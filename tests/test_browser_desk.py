"""The desk map in a real browser (issue 17): place labels by zoom, icons by event family with
their legend, list <-> map linking, deep links across a reload, keyboard navigation of the list,
the timeline clipped to its busy period with a control to widen it, brushing, waves vs single
incidents, and the offline /docs page. Headless Debian chromium driven by playwright over the
real API (SQLite) on 127.0.0.1; screenshots go to $SITREP_ARTIFACTS (default ./artifacts/desk).
"""
import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from sitrep.model import Claim, Document, Event, ExtractionResult, Location
from test_browser import CHROMIUM_ARGS, _chromium, _serve

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("SITREP_ARTIFACTS") or ROOT / "artifacts") / "desk"
FAMILY = {"demo-kyiv-independent-2": "drone", "demo-kyiv-independent-3": "missile",
          "demo-kyiv-independent-4": "strike", "demo-tass-1": "strike", "demo-tass-2": "territory",
          "demo-ukrinform-1": "clash", "demo-ukrinform-2": "strike"}


def _old_report() -> ExtractionResult:
    """A report dated years before the others: the timeline must not stretch to it."""
    text = ("Shelling hit Sloviansk\n\nArtillery shelling damaged houses in Sloviansk on 2 June 2014, "
            "the city council said.")
    quote = "Artillery shelling damaged houses in Sloviansk on 2 June 2014, the city council said."
    start = text.index(quote)
    doc = Document(doc_id="old-sloviansk", title="Shelling hit Sloviansk", date="2014-06-02",
                   outlet="Archive Wire", language="en", clean_text=text)
    ev = Event(doc_id="old-sloviansk", event_id="old-sloviansk-1", event_type="missile_artillery_strike",
               date="2014-06-02", date_precision="day",
               location=Location(name="Sloviansk", country_code="UA", admin1_code="UA-14",
                                 admin1="Donetsk Oblast", lat=48.8667, lon=37.6167, precision=1),
               claims=[Claim(claimant="city council", claimant_side="UA", quote=quote, start=start,
                             end=start + len(quote), doc_id="old-sloviansk")])
    return ExtractionResult(document=doc, events=[ev])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from sitrep.web.demo import demo_results

    from sitrep.web.labels import place_labels

    place_labels()   # built from the gazetteer once (scripts/bootstrap.sh does it on install)
    srv, thread, url = _serve(demo_results() + [_old_report()], tmp_path_factory.mktemp("desk"))
    yield url
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright)")
    exe = _chromium()
    if not exe:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.requests, pg.errors = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if "Content Security Policy" in m.text else None)
    yield pg
    hosts = {urlparse(u).hostname for u in pg.requests if not u.startswith(("data:", "blob:"))}
    ctx.close()
    assert hosts <= {"127.0.0.1"}, f"requests outside 127.0.0.1: {hosts}"
    assert not pg.errors, pg.errors


def _open(page, server, fragment=""):
    page.goto(server + "/" + (("#" + fragment) if fragment else ""))
    page.wait_for_selector('body[data-ready="1"]', timeout=30000)


def _shot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def _zoom_to(page, lat, lon, zoom):
    page.evaluate(f"window.sitrep.setView({lat}, {lon}, {zoom})")
    page.wait_for_timeout(150)


def _labels(page, level):
    return page.locator(f".place-label.lv-{level}")


def test_place_labels_appear_by_zoom(page, server):
    _open(page, server, "cluster=0")
    page.wait_for_selector("body[data-labels]", timeout=120000)   # the gazetteer may load first
    assert page.evaluate("window.sitrep.zoom()") < 7
    assert _labels(page, 1).count() >= 5                        # oblast names zoomed out
    cities = page.locator(".place-label.lv-2").evaluate_all("els => els.map(e => e.dataset.name)")
    assert {"Kyiv", "Kharkiv", "Odesa"} <= set(cities), cities
    assert _labels(page, 3).count() == 0 and _labels(page, 4).count() == 0
    _shot(page, "labels-zoom6.png")
    _zoom_to(page, 49.99, 36.23, 9)                             # Kharkiv: towns, no oblast names
    assert _labels(page, 3).count() > 5 and _labels(page, 1).count() == 0
    towns = set(page.locator(".place-label.lv-3").evaluate_all("els => els.map(e => e.dataset.name)"))
    assert towns & {"Chuhuiv", "Izium", "Kupiansk", "Vovchansk", "Lozova", "Balakliia", "Merefa"}, towns
    _shot(page, "labels-zoom9.png")
    _zoom_to(page, 49.71, 37.61, 11)                            # around Kupiansk: villages too
    assert _labels(page, 4).count() > 0
    # drawn offline, from the gazetteer the server built: one request, no tiles
    assert [u for u in page.requests if u.endswith("/static/labels.json")]
    assert not [u for u in page.requests if re.search(r"/\d+/\d+/\d+\.png", u)]
    # no two labels overlap
    boxes = page.locator(".place-label span").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1), (a, b)


def test_markers_are_icons_by_family_with_a_legend(page, server):
    _open(page, server, "cluster=0&span=all")
    markers = page.locator(".leaflet-marker-icon.event-marker")
    assert markers.count() == 8
    got = dict(markers.evaluate_all("els => els.map(e => [e.dataset.eventId, e.dataset.family])"))
    for eid, fam in FAMILY.items():
        assert got[eid] == fam, (eid, got[eid])
    # each family has its own glyph and colour
    glyphs = page.locator(".event-marker svg path").evaluate_all("els => els.map(e => e.getAttribute('d'))")
    assert len(set(glyphs)) == len(set(got.values())) == 5
    fills = set(page.locator(".event-marker svg circle").evaluate_all("els => els.map(e => e.getAttribute('fill'))"))
    assert len(fills) == 5
    legend = page.locator("#map-legend .family-legend .family")
    assert legend.count() == 8
    text = page.locator("#map-legend .family-legend").inner_text()
    for name in ("Missile strike (1)", "Drone / air strike (1)", "Shelling / other strike (4)", "Armed clash (1)",
                 "Territory change (1)", "Interception (0)", "Civilian harm (0)", "Political / other (0)"):
        assert name in text, text
    # the list shows the same icon as the map
    assert page.locator('#event-list li[data-event-id="demo-tass-2"] svg[data-family="territory"]').count() == 1
    _shot(page, "icons-legend.png")


def test_list_selection_flies_to_the_marker_and_highlights_it(page, server):
    _open(page, server, "cluster=0")
    page.locator('#event-list li[data-event-id="demo-tass-2"]').click()
    page.wait_for_selector('body[data-focused="demo-tass-2"]', timeout=10000)
    assert page.evaluate("window.sitrep.zoom()") >= 9
    lat, lon = page.evaluate("window.sitrep.center()")
    assert abs(lat - 50.2906) < 0.05 and abs(lon - 36.9411) < 0.05
    marker = page.locator('.event-marker[data-event-id="demo-tass-2"]')
    assert "selected" in marker.get_attribute("class")
    assert page.locator(".event-marker.selected").count() == 1
    assert page.locator("#event-panel .event-type").inner_text() == "territory change"
    assert "event=demo-tass-2" in page.url
    _shot(page, "list-to-map.png")
    # back to the list: the item stays marked and has the focus
    page.locator("#event-panel button.back").click()
    item = page.locator('#event-list li[data-event-id="demo-tass-2"]')
    assert "selected" in item.get_attribute("class")
    assert page.evaluate("document.activeElement.dataset.eventId") == "demo-tass-2"
    assert page.locator(".event-marker.selected").count() == 0


def test_clicking_a_marker_opens_the_panel_and_marks_the_list(page, server):
    _open(page, server, "cluster=0")
    page.locator('.event-marker[data-event-id="demo-ukrinform-2"]').click()
    page.wait_for_selector("#event-panel .source-text mark")
    assert page.locator("#event-panel .event-type").inner_text() == "missile artillery strike"
    assert "Ochakiv" in page.locator("#event-panel").inner_text()
    assert "selected" in page.locator('.event-marker[data-event-id="demo-ukrinform-2"]').get_attribute("class")
    assert page.locator('#event-list li.selected').get_attribute("data-event-id") == "demo-ukrinform-2"


def test_clustered_marker_is_brought_out_of_its_cluster(page, server):
    _open(page, server, "")                                    # clustering on (the default)
    page.locator('#event-list li[data-event-id="demo-kyiv-independent-4"]').click()
    page.wait_for_selector('body[data-focused="demo-kyiv-independent-4"]', timeout=15000)
    marker = page.locator('.event-marker[data-event-id="demo-kyiv-independent-4"]')
    assert marker.is_visible() and "selected" in marker.get_attribute("class")


def test_deep_link_survives_a_reload(page, server):
    frag = "type=missile_artillery_strike&cluster=0&event=demo-ukrinform-2"
    _open(page, server, frag)
    for _ in range(2):
        page.wait_for_selector('#event-panel[data-event-id="demo-ukrinform-2"]')
        assert page.locator("#f-type").input_value() == "missile_artillery_strike"
        assert page.locator(".event-marker").count() == 4        # Kharkiv, Belgorod, Ochakiv, Sloviansk
        lat, lon = page.evaluate("window.sitrep.center()")
        assert abs(lat - 46.6128) < 0.05 and abs(lon - 31.5486) < 0.05 and page.evaluate("window.sitrep.zoom()") >= 9
        assert "selected" in page.locator('.event-marker[data-event-id="demo-ukrinform-2"]').get_attribute("class")
        page.reload()
        page.wait_for_selector('body[data-ready="1"]', timeout=30000)
    assert frag.split("&")[0] in page.url and "event=demo-ukrinform-2" in page.url
    _shot(page, "deep-link.png")


def test_keyboard_navigation_of_the_list(page, server):
    _open(page, server, "cluster=0")
    items = page.locator("#event-list li[data-event-id]")
    ids = items.evaluate_all("els => els.map(e => e.dataset.eventId)")
    items.first.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.dataset.eventId") == ids[2]
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.dataset.eventId") == ids[1]
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.dataset.eventId") == ids[-1]
    page.keyboard.press("Home")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#event-panel[data-event-id="{ids[1]}"]')
    assert f"event={ids[1]}" in page.url
    page.keyboard.press("Escape")
    page.wait_for_selector("#list-view:not([hidden])")
    assert page.evaluate("document.activeElement.dataset.eventId") == ids[1]
    assert "event=" not in page.url


def test_timeline_is_clipped_widened_brushed_and_splits_waves(page, server):
    _open(page, server, "cluster=0")
    bars = page.locator("#timeline rect.bar")
    days = set(bars.evaluate_all("els => els.map(e => e.dataset.day)"))
    assert days and all(d.startswith("2024-11") for d in days), days      # 2014 left out
    widen = page.locator("#timeline-widen")
    assert widen.is_visible() and "1 events outside" in widen.inner_text()
    # waves vs single incidents: the 17 November wave (parent + 3 incidents) is outlined
    wave = page.locator('#timeline rect.bar.wave[data-day="2024-11-17"]')
    assert wave.count() == 3 and page.locator('#timeline rect.bar.single[data-day="2024-11-17"]').count() == 0
    assert page.locator('#timeline rect.bar.single[data-day="2024-11-16"]').count() == 2
    assert page.locator('#timeline .wave-mark[data-day="2024-11-17"]').get_attribute("data-waves") == "1"
    assert page.locator("#timeline-split").inner_text().startswith("1 attack wave (4 events")
    _shot(page, "timeline-clipped.png")
    widen.click()
    page.wait_for_url(re.compile(r".*span=all"))
    assert page.locator('#timeline rect.bar[data-day^="2014"]').count() == 1
    _shot(page, "timeline-all.png")
    widen.click()
    assert page.locator('#timeline rect.bar[data-day^="2014"]').count() == 0
    # brushing 16-17 November filters the map and the list
    a = page.locator('#timeline rect.bar[data-day="2024-11-16"]').first.bounding_box()
    b = page.locator('#timeline rect.bar[data-day="2024-11-17"]').first.bounding_box()
    y = a["y"] + a["height"] / 2
    page.mouse.move(a["x"] + a["width"] / 2, y)
    page.mouse.down()
    page.mouse.move(b["x"] + b["width"] / 2, y, steps=4)
    page.mouse.up()
    page.wait_for_url(re.compile(r".*date_from=2024-11-16&date_to=2024-11-17"))
    page.wait_for_selector('body[data-ready="1"]')
    listed = page.locator("#event-list li[data-event-id]").evaluate_all("els => els.map(e => e.dataset.eventId)")
    assert sorted(listed) == sorted(["demo-kyiv-independent-1", "demo-kyiv-independent-2", "demo-kyiv-independent-3",
                                     "demo-kyiv-independent-4", "demo-tass-1", "demo-tass-2", "demo-tass-3"])
    assert page.locator(".event-marker").count() == 5
    _shot(page, "timeline-brushed.png")


def test_docs_page_is_served_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=30000)
    paths = page.locator(".opblock-summary-path").evaluate_all("els => els.map(e => e.textContent)")
    assert "/health" in "".join(paths) and "/brief" in "".join(paths)
    _shot(page, "docs.png")


def test_demo_database_shows_place_labels_and_type_icons(browser, tmp_path):
    """The database scripts/demo.sh builds (examples/reports through the real pipeline)."""
    import threading
    import time

    import uvicorn

    from sitrep.api.app import create_app
    from sitrep.app import Settings, ingest
    from sitrep.web.labels import place_labels
    from test_browser import _free_port

    db = tmp_path / "demo.db"
    summary = ingest(Settings.from_env(database_url=str(db)), [str(ROOT / "examples" / "reports")])
    assert summary.events_added > 20
    place_labels()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    try:
        ctx = browser.new_context(viewport={"width": 1400, "height": 900})
        pg = ctx.new_page()
        pg.goto(f"http://127.0.0.1:{port}/#cluster=0")
        pg.wait_for_selector('body[data-ready="1"]', timeout=30000)
        pg.wait_for_selector("body[data-labels]", timeout=60000)
        assert pg.locator(".place-label").count() > 20
        fams = set(pg.locator(".leaflet-marker-icon.event-marker").evaluate_all(
            "els => els.map(e => e.dataset.family)"))
        assert len(fams) >= 4 and pg.locator(".event-marker svg.family-icon").count() > 10
        _shot(pg, "demo-database.png")
        ctx.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
