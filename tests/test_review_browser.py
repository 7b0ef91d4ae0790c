"""The review desk in a real browser (Debian chromium, headless, driven by playwright): log in
with a token (session storage only), verify, correct and reject events from the queue with
the keyboard, and see the decision in the map's event panel.

A live server (the real API over a SQLite file made from ``sitrep.web.demo`` records, with
users added) runs in a thread on 127.0.0.1 and a free port. Run with
``pytest -m browser tests/test_review_browser.py``.
"""
from __future__ import annotations

import re
import shutil
import socket
import threading
import time

import httpx
import pytest

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    import uvicorn

    from sitrep.api.app import create_app
    from sitrep.store import open_store
    from sitrep.store import users as users_lib
    from sitrep.web.demo import demo_results

    db = tmp_path_factory.mktemp("review-browser") / "desk.db"
    with open_store(str(db)) as st:
        for r in demo_results():
            st.add_result(r)
        editor = users_lib.add_user(st, "olena.k", "editor")[1]
        reader = users_lib.add_user(st, "taras", "reader")[1]
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
    yield {"url": f"http://127.0.0.1:{port}", "editor": editor, "reader": reader}
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright)")
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, desk):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.hosts = set()
    pg.on("request", lambda r: pg.hosts.add(re.sub(r"^\w+://([^/:]+).*$", r"\1", r.url))
          if r.url.startswith("http") else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if "Content Security Policy" in m.text else None)
    yield pg
    ctx.close()
    assert pg.hosts <= {"127.0.0.1"}, pg.hosts
    assert not pg.errors, pg.errors


def _event(desk, event_id):
    return httpx.get(f"{desk['url']}/events/{event_id}", timeout=10).json()


def _wait(pred, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        got = pred()
        if got:
            return got
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def _login(page, desk, who="editor"):
    from playwright.sync_api import expect

    page.goto(desk["url"] + "/")
    page.wait_for_selector('body[data-ready="1"]', timeout=20000)
    page.fill("#review-token", desk[who])
    page.click("#review-login button[type=submit]")
    expect(page.locator("#review-user")).to_contain_text("(" + who + ")")


def test_verify_correct_and_reject_from_the_queue(page, desk):
    from playwright.sync_api import expect

    _login(page, desk)
    # the token is in session storage, nowhere else
    stored = page.evaluate("() => [sessionStorage.getItem('sitrep.token'), localStorage.length, document.cookie]")
    assert stored == [desk["editor"], 0, ""]
    page.click("#review-open")
    current = page.locator("#review-current .review-event")
    expect(current).to_have_count(1)
    first = current.get_attribute("data-event-id")
    assert _event(desk, first)["review_status"] == "unreviewed"

    page.keyboard.press("v")  # verify, and on to the next
    ev = _wait(lambda: (e := _event(desk, first))["review_status"] == "verified" and e)
    assert ev["review"]["reviewed_by"] == "olena.k"
    expect(current).not_to_have_attribute("data-event-id", first)
    second = current.get_attribute("data-event-id")

    page.keyboard.press("c")  # correct: the fatalities field has the focus
    form = page.locator("#review-current .correct-form")
    expect(form).to_be_visible()
    form.locator("input[name=fatalities]").fill("7")
    form.locator("select[name=fatalities_q]").select_option("at_least")
    form.locator("button[type=submit]").click()
    expect(page.locator("#review-current .review-box .review-status")).to_have_text("corrected")
    expect(page.locator("#review-current .f-fatalities")).to_have_text("7 (at least)")
    ev = _event(desk, second)
    assert ev["review_status"] == "corrected"
    assert ev["fatalities"]["best"] == 7 and ev["fatalities"]["qualifier"] == "at_least"
    hist = httpx.get(f"{desk['url']}/events/{second}/history", timeout=10).json()["history"]
    assert [(h["action"], h["user"]) for h in hist] == [("correct", "olena.k")]

    page.keyboard.press("n")
    third = current.get_attribute("data-event-id")
    assert third not in (first, second)
    page.keyboard.press("r")
    reason = page.locator("#review-current .reject-reason")
    expect(reason).to_be_focused()
    reason.fill("a duplicate of another wire report")
    reason.press("Enter")
    ev = _wait(lambda: (e := _event(desk, third))["review_status"] == "rejected" and e)
    assert ev["review"]["reason"] == "a duplicate of another wire report"
    listed = [e["event_id"] for e in httpx.get(f"{desk['url']}/events", timeout=10).json()["events"]]
    assert third not in listed and second in listed

    # the map's event panel shows the decision and its history
    page.keyboard.press("Escape")
    expect(page.locator("#review-pane")).to_be_hidden()
    page.goto(f"{desk['url']}/#event={second}")
    page.wait_for_selector('body[data-ready="1"]', timeout=20000)
    box = page.locator("#event-panel .review-box")
    expect(box.locator(".review-status")).to_have_text("corrected")
    box.locator("summary").click()
    expect(box.locator(".review-history")).to_contain_text("olena.k")


def test_correct_place_counts_actors_and_weapons_through_the_form(page, desk):
    """The correction form covers the EVENTS.md fields: a place chosen among the gazetteer's
    suggestions (its region comes with it), a count with its qualifier, an actor and its
    side, a weapon added; only what changed is sent."""
    from playwright.sync_api import expect

    _login(page, desk)
    page.click("#review-open")
    current = page.locator("#review-current .review-event")
    expect(current).to_have_count(1)
    eid = current.get_attribute("data-event-id")
    before = _event(desk, eid)
    page.keyboard.press("c")
    form = page.locator("#review-current .correct-form")
    expect(form).to_be_visible()
    expect(form.locator("input[name=fatalities]")).to_be_focused()
    for name in ("event_type", "date_precision", "fatalities_q", "injured_q", "missing_q", "civilian_targeting"):
        expect(form.locator(f"select[name={name}]")).to_have_count(1)
    for name in ("date", "date_end", "missing", "actor1", "actor1_side", "actor2", "actor2_side", "country_code"):
        expect(form.locator(f"input[name={name}]")).to_have_count(1)

    form.locator("input[name=injured]").fill("12")
    form.locator("select[name=injured_q]").select_option("about")
    place = form.locator("input[name=place]")
    place.fill("Kupiansk")  # as news writes it; the gazetteer knows it as Kupyansk
    option = page.locator("#review-places option[value^='Kupyansk']")
    expect(option).to_have_count(1)
    place.fill(option.get_attribute("value"))  # the analyst picks the suggestion
    expect(form.locator("input[name=admin1_code]")).to_have_value("UA-63")
    expect(form.locator("input[name=country_code]")).to_have_value("UA")
    form.locator("input[name=actor2]").fill("Ukrainian border guards")
    form.locator("input[name=actor2_side]").fill("ua")
    form.locator("button.weapon-add").click()
    row = form.locator(".weapon-row").last
    row.locator("select[name=weapon_category]").select_option("guided_bomb")
    row.locator("input[name=weapon_model]").fill("KAB-500")
    row.locator("input[name=weapon_launched]").fill("2")
    form.locator("button[type=submit]").click()
    expect(page.locator("#review-current .review-box .review-status")).to_have_text("corrected")

    ev = _event(desk, eid)
    assert ev["review_status"] == "corrected"
    assert (ev["location"]["name"], ev["location"]["admin1_code"]) == ("Kupyansk", "UA-63")
    assert ev["location"]["lat"] == pytest.approx(49.71, abs=0.01)
    assert ev["injured"]["best"] == 12 and ev["injured"]["qualifier"] == "about"
    assert ev["actor2"] == "Ukrainian border guards" and ev["actor2_side"] == "UA"
    assert ev["weapons"][:-1] == before["weapons"]  # the machine's weapons kept as they were
    assert ev["weapons"][-1]["category"] == "guided_bomb" and ev["weapons"][-1]["model"] == "KAB-500"
    assert ev["weapons"][-1]["launched"]["best"] == 2
    assert set(ev["review"]["corrected_fields"]) == {"injured", "location", "actor2", "weapons"} | (
        {"actor2_side"} if before.get("actor2_side") != "UA" else set())
    assert ev["fatalities"] == before["fatalities"] and ev["event_type"] == before["event_type"]

    # an unchanged form sends nothing
    page.keyboard.press("c")
    form.locator("button[type=submit]").click()
    expect(page.locator("#review-current .review-msg")).to_have_text("nothing changed")


def test_a_reader_sees_no_review_actions(page, desk):
    from playwright.sync_api import expect

    _login(page, desk, "reader")
    expect(page.locator("#review-open")).to_have_count(0)
    page.click("#review-logout")
    expect(page.locator("#review-token")).to_be_visible()
    assert page.evaluate("() => sessionStorage.getItem('sitrep.token')") is None
