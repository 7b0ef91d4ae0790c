"""The dashboard in a real browser: Debian chromium driven headless by playwright.

A live server (``sitrep.api.app.create_app`` over a SQLite test database built from the
hand-made records of ``sitrep.web.demo``, run by uvicorn in a thread on 127.0.0.1 and a free
port) serves the API and the page. CI installs ``chromium`` (apt) and ``playwright`` (pip, the
``test`` extra); locally the tests are skipped with the reason when either is missing.
Run them with ``pytest -m browser tests/test_browser.py``.
"""
import re
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlparse

import httpx
import pytest

from sitrep.model import Claim, Document, Event, ExtractionResult, Location

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(results, tmp_dir):
    """Serve ``results`` with the real API (over a fresh SQLite file) on 127.0.0.1."""
    import uvicorn

    try:
        from sitrep.api.app import create_app
        from sitrep.store import open_store
    except ImportError:  # the API not installed: serve the same records from memory
        from sitrep.web.demo import create_demo_app
        app = create_demo_app(results)
    else:
        db = tmp_dir / "dashboard.db"
        with open_store(str(db)) as st:
            for r in results:
                st.add_result(r)
        app = create_app(str(db))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    return srv, thread, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from sitrep.web.demo import demo_results

    srv, thread, url = _serve(demo_results(), tmp_path_factory.mktemp("browser"))
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
    """A fresh page that records every request it makes and every script error."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.requests = []
    pg.errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    # the page runs under the server's Content-Security-Policy: a violation is an error
    pg.on("console", lambda m: pg.errors.append(m.text) if "Content Security Policy" in m.text else None)
    yield pg
    hosts = {urlparse(u).hostname for u in pg.requests if not u.startswith(("data:", "blob:"))}
    ctx.close()
    assert hosts <= {"127.0.0.1"}, f"requests outside 127.0.0.1: {hosts}"
    assert not pg.errors, pg.errors


def _open(page, server, fragment=""):
    page.goto(server + "/" + (("#" + fragment) if fragment else ""))
    page.wait_for_selector('body[data-ready="1"]', timeout=20000)


def _api_events(server, **params):
    out, cursor, count = [], None, None
    while True:
        q = dict(params, limit=1000)
        if cursor:
            q["cursor"] = cursor
        body = httpx.get(server + "/events?" + urlencode(q)).json()
        count = body["count"] if count is None else count
        out += body["events"]
        cursor = body.get("next_cursor")
        if not cursor:
            return out, count


def _mappable(events):
    return [e for e in events if e.get("location") and e["location"].get("lat") is not None
            and e["location"].get("lon") is not None and e["location"].get("precision") in (1, 2)]


def test_polygons_markers_and_only_local_requests(page, server):
    _open(page, server, "cluster=0")
    assert page.locator("#map svg path").count() > 20
    assert page.locator("path.region").count() > 100          # every oblast/region of UA and RU
    events, count = _api_events(server)
    assert count == len(events) == 9
    assert page.locator(".leaflet-marker-icon.event-marker").count() == len(_mappable(events)) == 7
    assert page.evaluate("window.sitrep.matchCount()") == count
    # the choropleth coloured the regions with events (Kharkiv has three)
    fill = page.locator('path.region[data-iso="UA-63"]').get_attribute("fill")
    assert fill and fill.lower() != "#f3f1ea"
    assert page.locator('path.region[data-iso="UA-05"]').get_attribute("fill").lower() == "#f3f1ea"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-overview.png"))
    assert all(urlparse(u).hostname == "127.0.0.1" for u in page.requests)


@pytest.mark.parametrize("fragment,params", [
    ("admin1=UA-63", {"admin1": "UA-63"}),
    ("type=missile_artillery_strike", {"type": "missile_artillery_strike"}),
    ("side=RU&q=kursk", {"side": "RU", "q": "kursk"}),
    ("date_from=2024-11-16&date_to=2024-11-16", {"date_from": "2024-11-16", "date_to": "2024-11-16"}),
])
def test_marker_count_equals_api_count_for_the_filters(page, server, fragment, params):
    _open(page, server, fragment + "&cluster=0")
    events, count = _api_events(server, **params)
    assert page.evaluate("window.sitrep.matchCount()") == count
    assert page.locator(".leaflet-marker-icon.event-marker").count() == len(_mappable(events))
    if "admin1" in params:   # every Kharkiv event is placed precisely: markers == count
        assert page.locator(".leaflet-marker-icon.event-marker").count() == count == 3
    # the filter shows in the form after a reload from the URL
    key, value = next(iter(params.items()))
    assert page.locator(f"#f-{key}").input_value() == value


def test_clustered_markers_account_for_every_event(page, server):
    _open(page, server)
    events, _ = _api_events(server)
    assert page.evaluate("window.sitrep.markerCount()") == len(_mappable(events))


def test_clicking_a_marker_shows_the_event_and_highlighted_sentence(page, server):
    _open(page, server, "cluster=0")
    page.locator('.leaflet-marker-icon.event-marker[data-event-id="demo-kyiv-independent-2"]').click()
    page.wait_for_selector("#event-panel .source-text mark")
    panel = page.locator("#event-panel")
    assert panel.locator(".event-type").inner_text() == "air drone strike"
    text = panel.inner_text()
    assert "2024-11-17" in text and "Mykolaiv" in text and "UA-48" in text
    quote = httpx.get(server + "/events/demo-kyiv-independent-2").json()["claims"][0]["quote"]
    assert page.locator("#event-panel mark").inner_text() == quote
    # counts with low/best/high/qualifier
    rows = panel.locator("table.counts tbody tr")
    assert rows.nth(0).inner_text().split("\t")[:5] == ["Killed", "2", "2", "2", "exact"]
    # the child's wave: lines from the parent to its three incidents
    assert page.locator("path.wave-link").count() == 3
    assert "event=demo-kyiv-independent-2" in page.url
    page.locator("#event-panel mark").scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))


def test_conflicting_claims_side_by_side(page, server):
    _open(page, server, "cluster=0&event=demo-tass-2")
    page.wait_for_selector("#event-panel .claims-columns")
    cols = page.locator("#event-panel .claims-columns > div")
    assert cols.count() == 2
    assert "side UA" in cols.nth(0).inner_text() and "repelled" in cols.nth(0).inner_text()
    assert "side RU" in cols.nth(1).inner_text() and "captured" in cols.nth(1).inner_text()
    # clicking the other side's claim highlights its own sentence
    cols.nth(1).locator(".claim").click()
    # (locator assertions and URL waits, not wait_for_function: its string predicate is an eval, which
    # the dashboard's Content-Security-Policy rightly forbids)
    from playwright.sync_api import expect
    expect(page.locator("#event-panel mark")).to_have_text(re.compile(r"^The Russian"))
    assert page.locator("#event-panel mark").inner_text() == (
        "The Russian Defence Ministry said its troops had captured the village of Vovchansk.")


def test_selecting_the_parent_wave_links_its_children(page, server):
    _open(page, server, "cluster=0")
    page.locator('#event-list li[data-event-id="demo-kyiv-independent-1"]').click()
    page.wait_for_selector("#event-panel .children")
    assert page.locator("#event-panel .children li").count() == 3
    assert page.locator("path.wave-link").count() == 3
    assert page.locator("path.wave-anchor").count() == 1
    assert "Missiles" in page.locator("#event-panel table.counts").inner_text() or \
        "missile launched" in page.locator("#event-panel table.counts").inner_text()


def test_brushing_the_timeline_selects_dates(page, server):
    _open(page, server, "cluster=0")
    bars = page.locator('#timeline rect.bar[data-day="2024-11-17"]')
    assert bars.count() >= 3          # stacked by type
    box = bars.first.bounding_box()
    x = box["x"] + box["width"] / 2
    y = box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 3, y, steps=2)
    page.mouse.move(x + 6, y, steps=2)
    page.mouse.up()
    page.wait_for_url(re.compile(r".*date_from=2024\-11\-17"))
    page.wait_for_selector('body[data-ready="1"]')
    assert "date_to=2024-11-17" in page.url
    events, count = _api_events(server, date_from="2024-11-17", date_to="2024-11-17")
    assert page.locator(".leaflet-marker-icon.event-marker").count() == len(_mappable(events)) == 3
    # the view survives a reload from its URL
    page.reload()
    page.wait_for_selector('body[data-ready="1"]')
    assert page.locator("#f-date_from").input_value() == "2024-11-17"
    assert page.locator(".leaflet-marker-icon.event-marker").count() == 3


def test_metric_toggle_and_region_click(page, server):
    _open(page, server, "cluster=0")
    page.locator('#metric input[value="fatalities"]').check()
    page.wait_for_url(re.compile(r".*metric=fatalities"))
    # Kharkiv has events but nobody killed: back to the land colour; Mykolaiv stays coloured
    assert page.locator('path.region[data-iso="UA-63"]').get_attribute("fill").lower() == "#f3f1ea"
    assert page.locator('path.region[data-iso="UA-48"]').get_attribute("fill").lower() != "#f3f1ea"
    page.select_option("#f-admin1", "RU-BEL")
    page.wait_for_url(re.compile(r".*admin1=RU\-BEL"))
    page.wait_for_selector('body[data-ready="1"]')
    assert page.locator(".leaflet-marker-icon.event-marker").count() == 1


EVIL = '<img src="/static/evil.png" onerror="window.__xss = 1">'


def test_data_is_never_interpreted_as_html(browser, tmp_path):
    """Names, quotes and article text from the data are shown as text, never as markup."""
    text = "Title\n\nShelling hit " + EVIL + " on Monday, " + EVIL + " said."
    quote = "Shelling hit " + EVIL + " on Monday"
    start = text.index(quote)
    doc = Document(doc_id="evil", title=EVIL, date="2024-11-17", outlet=EVIL, clean_text=text)
    ev = Event(doc_id="evil", event_id="evil-1", event_type="missile_artillery_strike",
               date="2024-11-17", date_precision="day", actor1=EVIL, actor1_side="RU",
               location=Location(name=EVIL, admin1=EVIL, admin1_code="UA-48", lat=46.97,
                                 lon=32.0, precision=1),
               claims=[Claim(claimant=EVIL, claimant_side="UA", quote=quote, start=start,
                             end=start + len(quote), doc_id="evil")])
    srv, thread, url = _serve([ExtractionResult(document=doc, events=[ev])], tmp_path)
    try:
        ctx = browser.new_context(viewport={"width": 1400, "height": 900})
        pg = ctx.new_page()
        requests = []
        pg.on("request", lambda r: requests.append(r.url))
        pg.goto(url + "/#cluster=0")
        pg.wait_for_selector('body[data-ready="1"]', timeout=20000)
        marker = pg.locator('.leaflet-marker-icon.event-marker[data-event-id="evil-1"]')
        marker.hover()
        marker.click()
        pg.wait_for_selector("#event-panel mark")
        assert pg.locator("#event-panel mark").inner_text() == quote
        assert EVIL in pg.locator("#event-panel").inner_text()
        assert pg.locator("img").count() == 0
        assert pg.evaluate("window.__xss") is None
        assert not [u for u in requests if "evil.png" in u]
        ctx.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def test_dashboard_under_its_content_security_policy(page, server):
    """The page keeps working under the strict policy: no inline script (the filter form's
    Enter key must not reload the page), swatch colours set without inline style attributes."""
    resp = httpx.get(server + "/")
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    _open(page, server, "cluster=0&event=demo-tass-2")
    page.wait_for_selector("#event-panel .swatch")
    assert page.evaluate("getComputedStyle(document.querySelector('#event-panel .swatch')).backgroundColor") \
        not in ("", "rgba(0, 0, 0, 0)")
    page.evaluate("window.__same_page = 1")
    page.fill("#f-q", "kursk")
    page.press("#f-q", "Enter")
    page.wait_for_timeout(800)
    assert page.evaluate("window.__same_page") == 1          # no form submission, no reload
    assert violations == []
