"""Alerts (issue 15): rules, firing once per rule and change at the end of an ingest pass,
message content, webhooks and e-mail to local receivers on 127.0.0.1, retries, digests and
rate limits, the CLI and the API. Reports are invented for these tests."""
from __future__ import annotations

import json
import socket
import threading
import time
from datetime import timedelta
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from sitrep import alerts as al
from sitrep.alerts import engine
from sitrep.store import open_store
from sitrep.store.models import utcnow
from store_fixtures import DB_PARAMS, db_url, make_event, make_result, random_text


# --------------------------------------------------------------------------- receivers

class Receiver:
    """A webhook receiver on 127.0.0.1: records JSON bodies, answers ``status``; ``stop()``
    closes the port (connection refused) and ``start()`` opens the same port again."""

    def __init__(self):
        self.bodies: list[dict] = []
        self.status = 200
        self.port = 0
        self._srv = None
        self.start()

    def start(self):
        rec = self

        class H(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                if rec.status == 200:
                    rec.bodies.append(json.loads(body))
                self.send_response(rec.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *a):
                pass

        self._srv = ThreadingHTTPServer(("127.0.0.1", self.port), H)
        self.port = self._srv.server_address[1]
        threading.Thread(target=self._srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self):
        self._srv.shutdown()
        self._srv.server_close()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/hook"


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.stop()


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    class Handler:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    h = Handler()
    c = Controller(h, hostname="127.0.0.1", port=port)
    c.start()
    yield h, f"smtp://127.0.0.1:{port}?from=desk%40sitrep.test"
    c.stop()


@pytest.fixture(params=DB_PARAMS)
def store(request, tmp_path):
    st = open_store(db_url(request.param, tmp_path))
    yield st
    st.close()


SETTINGS = al.AlertSettings(public_url="https://desk.example/sitrep", timeout_s=2.0)


def rule(name="r", **kw):
    kw.setdefault("channels", [])
    return al.Rule(name=name, **kw)


def hook(url, fmt="json"):
    return al.channels_from([url], fmt=fmt)


def run(st, **kw):
    kw.setdefault("budget_s", 10)
    kw.setdefault("backoff_s", 0.05)
    return al.run_pass(st, SETTINGS, **kw)


# --------------------------------------------------------------------------- the Done-when

KHARKIV = """Russian missile strike on Kharkiv apartment block kills {n}

KHARKIV, 14 March 2025 - A Russian Iskander-M missile hit a nine-storey apartment building in the \
Saltivskyi district of Kharkiv on Friday afternoon, killing {n} people and injuring 11 others, \
regional governor Oleh Syniehubov said.

"Rescuers are still working at the site, people may be under the rubble," Syniehubov wrote on \
Telegram. The upper floors of the building collapsed and several cars in the courtyard caught fire.

Mayor Ihor Terekhov said a kindergarten nearby was also damaged. Emergency services said the \
search would continue through the night.

Russia's defence ministry did not comment on the strike. Kharkiv, Ukraine's second-largest city, \
lies about 30 kilometres from the Russian border and is attacked almost daily.
"""

ODESA = """Drone attack on Odesa kills three, damages port infrastructure

ODESA, 15 March 2025 - Russian Shahed drones struck a residential area and port facilities in \
Odesa overnight, killing three people and injuring eight, Odesa regional governor Oleh Kiper said \
on Saturday.

A fire broke out at a warehouse in the port and was put out by morning, the State Emergency \
Service said. Several apartment buildings had their windows blown out.
"""


def test_done_when_one_post_per_deadly_strike_in_the_oblast(tmp_path, receiver, monkeypatch):
    """`sitrep alerts add` + `sitrep ingest` (in process, the real extractor): a deadly strike in
    Kharkiv oblast POSTs exactly one body with the right type, fatalities and quoted sentence;
    the same report again POSTs nothing, a deadly strike in Odesa oblast nothing, and the report
    re-published with a raised toll one `updated`."""
    from sitrep.cli.main import app

    monkeypatch.setenv("SITREP_PUBLIC_URL", "https://desk.example")
    db = str(tmp_path / "desk.db")
    cli = CliRunner()
    out = cli.invoke(app, ["alerts", "add", "kharkiv-deaths", "--db", db, "--admin1", "UA-63",
                           "--min-fatalities", "1", "--webhook", receiver.url])
    assert out.exit_code == 0, out.output
    (tmp_path / "in1").mkdir()
    (tmp_path / "in1" / "kharkiv-strike.txt").write_text(KHARKIV.format(n="two"), encoding="utf-8")
    res = cli.invoke(app, ["ingest", str(tmp_path / "in1"), "--db", db])
    assert res.exit_code == 0, res.output
    assert len(receiver.bodies) == 1, receiver.bodies
    body = receiver.bodies[0]
    assert body["rule"] == "kharkiv-deaths" and body["change"] == "new"
    ev = body["event"]
    assert ev["event_type"] == "missile_artillery_strike"
    assert ev["fatalities"]["best"] == 2 and ev["location"]["admin1_code"] == "UA-63"
    sentence = ("KHARKIV, 14 March 2025 - A Russian Iskander-M missile hit a nine-storey apartment building in "
                "the Saltivskyi district of Kharkiv on Friday afternoon, killing two people and injuring 11 "
                "others, regional governor Oleh Syniehubov said.")
    assert sentence in [c["quote"] for c in ev["claims"]]
    assert f'"{sentence}"' in body["text"] and "Syniehubov" in body["text"] and "(UA)" in body["text"]
    assert body["url"] == "https://desk.example/#event=" + ev["event_id"]
    assert "alerts: 1 queued (1 new, 0 updated), 1 sent" in res.stderr

    res = cli.invoke(app, ["ingest", str(tmp_path / "in1"), "--db", db])  # the same report again
    assert res.exit_code == 0 and len(receiver.bodies) == 1

    (tmp_path / "in2").mkdir()
    (tmp_path / "in2" / "odesa.txt").write_text(ODESA, encoding="utf-8")
    res = cli.invoke(app, ["ingest", str(tmp_path / "in2"), "--db", db])  # another oblast
    assert res.exit_code == 0 and "1 added" in res.stdout and len(receiver.bodies) == 1

    (tmp_path / "in3").mkdir()
    (tmp_path / "in3" / "kharkiv-update.txt").write_text(KHARKIV.format(n="nine"), encoding="utf-8")
    res = cli.invoke(app, ["ingest", str(tmp_path / "in3"), "--db", db])  # the toll raised
    assert res.exit_code == 0 and len(receiver.bodies) == 2, res.output
    upd = receiver.bodies[1]
    assert upd["change"] == "updated" and upd["event"]["event_id"] == ev["event_id"]
    assert upd["event"]["fatalities"]["best"] == 9
    assert any("killing nine people" in c["quote"] for c in upd["event"]["claims"])
    res = cli.invoke(app, ["ingest", str(tmp_path / "in1"), str(tmp_path / "in3"), "--db", db])
    assert res.exit_code == 0 and len(receiver.bodies) == 2


# --------------------------------------------------------------------------- firing

def test_one_message_per_matching_event_and_change(store, receiver):
    al.add_rule(store, rule("kharkiv", admin1="UA-63", min_fatalities=1, channels=hook(receiver.url)))
    store.add_result(make_result("k1", [make_event("k1", 1, killed=2)]))
    store.add_result(make_result("o1", [make_event("o1", 1, place="Odesa", killed=5)]))   # other oblast
    store.add_result(make_result("k0", [make_event("k0", 1, killed=0, date="2024-11-10")]))  # nobody killed
    s = run(store)
    assert (s.new, s.updated, s.sent, s.failed) == (1, 0, 1, 0)
    assert [b["event"]["event_id"] for b in receiver.bodies] == ["k1-1"]
    # a second report of the same incident with the same figures: a new claim, no material change
    store.add_result(make_result("k2", [make_event("k2", 1, killed=2, quote="two dead in Kharkiv")]))
    assert store.get_event("k2-1").cluster_id == "k1-1"
    s = run(store)
    assert s.queued == 0 and len(receiver.bodies) == 1
    # a third with a higher compatible figure: the canonical counts change -> one update
    store.add_result(make_result("k3", [make_event("k3", 1, killed=3, quote="three dead in Kharkiv")]))
    s = run(store)
    assert (s.new, s.updated, s.sent) == (0, 1, 1)
    assert receiver.bodies[1]["change"] == "updated" and receiver.bodies[1]["event"]["fatalities"]["high"] == 3
    assert run(store).queued == 0 and len(receiver.bodies) == 2
    log = al.deliveries(store, rule="kharkiv")
    assert [d["status"] for d in log] == ["sent", "sent"] and log[0]["change"] == "updated"


def test_a_rule_sees_only_what_changes_after_it_was_added(store, receiver):
    store.add_result(make_result("before", [make_event("before", 1, killed=4)]))
    al.add_rule(store, rule("late", channels=hook(receiver.url)))
    assert run(store).queued == 0 and receiver.bodies == []
    store.add_result(make_result("after", [make_event("after", 1, place="Odesa", killed=1)]))
    assert run(store).new == 1 and receiver.bodies[0]["event"]["event_id"] == "after-1"


def test_weapon_launched_country_and_distance_criteria(store, receiver):
    shahed = [{"category": "drone", "model": "Shahed-136",
               "launched": {"low": None, "best": 120, "high": 120, "qualifier": "almost"}}]
    few = [{"category": "drone", "model": "Shahed-136",
            "launched": {"low": 40, "best": 40, "high": 40, "qualifier": "exact"}}]
    al.add_rule(store, rule("shaheds", weapon_model="shahed", min_launched=100, channels=hook(receiver.url)))
    al.add_rule(store, rule("russia", country="RU", channels=hook(receiver.url)))
    # Kharkiv city centre; Odesa is ~550 km away
    al.add_rule(store, rule("near-kharkiv", near=(49.99, 36.23), radius_km=30, channels=hook(receiver.url)))
    store.add_result(make_result("w1", [make_event("w1", 1, place="Odesa", weapons=shahed, killed=None)]))
    store.add_result(make_result("w2", [make_event("w2", 1, place="Mykolaiv", weapons=few, killed=None)]))
    store.add_result(make_result("b1", [make_event("b1", 1, place="Belgorod", side="UA", killed=1)]))
    store.add_result(make_result("k1", [make_event("k1", 1, place="Kharkiv", killed=1)]))
    run(store)
    got = sorted((b["rule"], b["event"]["event_id"]) for b in receiver.bodies)
    assert got == [("near-kharkiv", "k1-1"), ("russia", "b1-1"), ("shaheds", "w1-1")]


def test_email_text_and_html(store, smtp):
    handler, url = smtp
    al.add_rule(store, rule("mail", admin1="UA-63", channels=al.channels_from(emails=["analyst@desk.test"])))
    quote = 'Two people were killed when a missile hit a "Nova Poshta" depot in Kharkiv, the governor said.'
    store.add_result(make_result("m1", [make_event("m1", 1, killed=2, injured=5, quote=quote)], outlet="Kyiv Ledger"))
    s = al.run_pass(store, al.AlertSettings(smtp_url=url, public_url="https://desk.example"), budget_s=10)
    assert s.sent == 1 and len(handler.messages) == 1
    rcpt, msg = handler.messages[0]
    assert rcpt == ["analyst@desk.test"] and msg["From"] == "desk@sitrep.test"
    assert "missile_artillery_strike in Kharkiv on 2024-11-17, 2 killed" in msg["Subject"]
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert f'"{quote}"' in text and "Killed: 2 (exact)" in text and "Injured: 5 (exact)" in text
    assert "Oleh Syniehubov" in text and "(UA)" in text and "Outlets: Kyiv Ledger" in text
    assert "Kharkiv (Kharkiv Oblast, UA-63, UA) at 49.9935, 36.2304" in text
    assert "https://desk.example/#event=m1-1" in text
    assert "&quot;Nova Poshta&quot;" in html and 'href="https://desk.example/#event=m1-1"' in html
    assert al.run_pass(store, al.AlertSettings(smtp_url=url), budget_s=10).queued == 0 and len(handler.messages) == 1


def test_slack_format_and_digest(store, receiver):
    al.add_rule(store, rule("slack", admin1="UA-51", channels=hook(receiver.url, "slack")))
    al.add_rule(store, rule("hourly", admin1="UA-63", digest_s=3600, channels=hook(receiver.url)))
    store.add_result(make_result("s1", [make_event("s1", 1, place="Odesa", killed=1)]))
    store.add_result(make_result("d1", [make_event("d1", 1, killed=1)]))
    store.add_result(make_result("d2", [make_event("d2", 1, killed=1, date="2024-11-12")]))
    s = run(store)
    assert s.new == 3 and s.sent == 1
    assert list(receiver.bodies[0]) == ["text"] and "Event id: s1-1" in receiver.bodies[0]["text"]
    assert run(store, now=utcnow() + timedelta(minutes=30)).sent == 0  # the digest waits its hour
    s = run(store, now=utcnow() + timedelta(minutes=61))
    assert s.sent == 1 and len(receiver.bodies) == 2
    dig = receiver.bodies[1]
    assert dig["digest"] is True and dig["rule"] == "hourly"
    assert sorted(i["event"]["event_id"] for i in dig["items"]) == ["d1-1", "d2-1"]
    assert run(store, now=utcnow() + timedelta(minutes=200)).sent == 0


def test_rate_limit_defers_to_a_later_pass(store, receiver):
    al.add_rule(store, rule("slow", rate_per_hour=2, channels=hook(receiver.url)))
    for i in range(3):
        store.add_result(make_result(f"r{i}", [make_event(f"r{i}", 1, killed=1, date=f"2024-11-{1 + 4 * i:02d}")]))
    s = run(store)
    assert s.new == 3 and s.sent == 2 and s.deferred == 1 and len(receiver.bodies) == 2
    assert run(store).sent == 0
    assert run(store, now=utcnow() + timedelta(minutes=61)).sent == 1 and len(receiver.bodies) == 3


def test_retry_after_the_receiver_comes_back(store, receiver):
    al.add_rule(store, rule("flaky", channels=hook(receiver.url)))
    receiver.stop()  # connection refused
    store.add_result(make_result("f1", [make_event("f1", 1, killed=1)]))
    store.add_result(make_result("f2", [make_event("f2", 1, place="Odesa", killed=1)]))
    s = run(store)
    # the first message failed after its retries; the second was not tried against a dead receiver
    assert (s.new, s.sent, s.failed, s.deferred) == (2, 0, 1, 1) and s.errors
    tried, waiting = sorted(al.deliveries(store), key=lambda d: d["status"])
    assert tried["status"] == "failed" and "unreachable" in tried["last_error"] and tried["attempts"] == 1
    assert waiting["status"] == "pending" and waiting["attempts"] == 0
    receiver.status = 503
    receiver.start()
    s = run(store)  # the failed one waits for its retry time; the other gets a 503 (retried within the pass)
    assert s.sent == 0 and s.failed == 1
    receiver.status = 200
    s = run(store, now=utcnow() + timedelta(minutes=5))
    assert s.sent == 2 and s.failed == 0
    assert sorted(b["event"]["event_id"] for b in receiver.bodies) == ["f1-1", "f2-1"]
    assert run(store, now=utcnow() + timedelta(hours=2)).sent == 0 and len(receiver.bodies) == 2


def test_a_hanging_receiver_never_blocks_the_pass(store):
    hang = socket.socket()
    hang.bind(("127.0.0.1", 0))
    hang.listen(16)  # accepts connections, never answers
    try:
        url = f"http://127.0.0.1:{hang.getsockname()[1]}/hook"
        al.add_rule(store, rule("hang", channels=hook(url)))
        for i in range(4):
            store.add_result(make_result(f"h{i}", [make_event(f"h{i}", 1, killed=1, date=f"2024-11-{1 + 4 * i:02d}")]))
        t0 = time.monotonic()
        s = al.run_pass(store, al.AlertSettings(timeout_s=0.5), budget_s=5)
        took = time.monotonic() - t0
        assert s.failed == 1 and s.deferred == 3 and "timed out" in s.errors[0]
        assert took < 4, took
        out = al.after_pass(store, al.AlertSettings(timeout_s=0.5), echo=lambda line: None)
        assert out is not None  # never raises
    finally:
        hang.close()


def test_after_pass_never_raises(tmp_path):
    import sqlalchemy as sa

    st = open_store(str(tmp_path / "x.db"))
    try:
        with st.engine.begin() as c:  # a database whose alerts tables are gone
            for t in ("alert_deliveries", "alert_sent", "alert_rules"):
                c.execute(sa.text(f"DROP TABLE {t}"))
        lines: list[str] = []
        assert al.after_pass(st, SETTINGS, echo=lines.append) is None
        assert len(lines) == 1 and lines[0].startswith("sitrep: alerts: OperationalError")
    finally:
        st.close()


# --------------------------------------------------------------------------- rules, CLI, API

def test_rule_validation():
    with pytest.raises(al.RuleError, match="channel"):
        rule("x").validated()
    with pytest.raises(al.RuleError, match="http"):
        rule("x", channels=hook("ftp://x")).validated()
    with pytest.raises(al.RuleError, match="e-mail"):
        rule("x", channels=al.channels_from(emails=["not an address"])).validated()
    with pytest.raises(al.RuleError, match="together"):
        rule("x", near=(50.0, 36.0), channels=hook("http://h")).validated()
    with pytest.raises(al.RuleError, match="YYYY-MM-DD"):
        rule("x", date_from="yesterday", channels=hook("http://h")).validated()
    with pytest.raises(al.RuleError, match="unknown event type"):
        rule("x", event_type="strike", channels=hook("http://h")).validated()
    with pytest.raises(al.RuleError):
        rule("bad name!", channels=hook("http://h")).validated()
    assert al.parse_duration("1h") == 3600 and al.parse_duration("30m") == 1800 and al.parse_duration("2d") == 172800
    with pytest.raises(al.RuleError):
        al.parse_duration("soon")
    assert al.parse_near("47.51, 34.58") == (47.51, 34.58)
    cfg = al.SmtpConfig.from_url("smtp://desk%40x.org:p%40ss@mail.x.org:587?starttls=1")
    assert (cfg.host, cfg.port, cfg.user, cfg.password, cfg.starttls, cfg.ssl) == (
        "mail.x.org", 587, "desk@x.org", "p@ss", True, False)
    assert "p@ss" not in cfg.describe()


def test_cli_add_list_test_remove(tmp_path, receiver):
    from sitrep.cli.main import app

    db = str(tmp_path / "cli.db")
    cli = CliRunner()
    r = cli.invoke(app, ["alerts", "add", "npp", "--db", db, "--near", "47.51,34.58", "--radius-km", "30",
                         "--type", "missile_artillery_strike,air_drone_strike", "--webhook", receiver.url,
                         "--format", "slack", "--digest", "1h"])
    assert r.exit_code == 0, r.output
    r = cli.invoke(app, ["alerts", "add", "npp", "--db", db, "--webhook", receiver.url])
    assert r.exit_code == 2 and "exists" in r.stderr
    r = cli.invoke(app, ["alerts", "add", "nothing", "--db", db])
    assert r.exit_code == 2 and "channel" in r.stderr
    r = cli.invoke(app, ["alerts", "list", "--db", db, "--format", "json"])
    rules = json.loads(r.stdout)
    assert [x["name"] for x in rules] == ["npp"] and rules[0]["digest"] == "1h"
    assert rules[0]["criteria"]["near"] == [47.51, 34.58] and rules[0]["channels"][0]["format"] == "slack"
    r = cli.invoke(app, ["alerts", "test", "npp", "--db", db])  # an empty database: the invented sample
    assert r.exit_code == 0 and "sent" in r.stdout
    assert len(receiver.bodies) == 1 and "sitrep-sample-1" in receiver.bodies[0]["text"]
    r = cli.invoke(app, ["alerts", "remove", "npp", "--db", db])
    assert r.exit_code == 0
    r = cli.invoke(app, ["alerts", "remove", "npp", "--db", db])
    assert r.exit_code == 2


def test_api_rules_need_an_editor(tmp_path, receiver):
    from fastapi.testclient import TestClient

    from sitrep.api.app import create_app
    from sitrep.store import users

    app = create_app(str(tmp_path / "api.db"), ingest_token="legacy-ingest")
    _, editor = users.add_user(app.state.store, "ed", "editor")
    _, reader = users.add_user(app.state.store, "rd", "reader")
    client = TestClient(app)
    body = {"name": "api-rule", "admin1": "UA-63", "min_fatalities": 1, "webhooks": [receiver.url]}
    assert client.get("/alerts/rules").status_code == 401
    assert client.post("/alerts/rules", json=body).status_code == 401
    for tok, status in (("nope", 401), (reader, 403), ("legacy-ingest", 403)):
        assert client.post("/alerts/rules", json=body, headers={"Authorization": f"Bearer {tok}"}).status_code == status
    assert client.get("/alerts/rules", headers={"Authorization": f"Bearer {reader}"}).status_code == 403
    auth = {"Authorization": f"Bearer {editor}"}
    r = client.post("/alerts/rules", json=body, headers=auth)
    assert r.status_code == 201 and r.json()["rule"]["criteria"] == {"admin1": "UA-63", "min_fatalities": 1}
    assert client.post("/alerts/rules", json=body, headers=auth).status_code == 409
    bad = client.post("/alerts/rules", json={**body, "name": "x", "webhooks": ["gopher://x"]}, headers=auth)
    assert bad.status_code == 400 and "detail" in bad.json()
    assert [x["name"] for x in client.get("/alerts/rules", headers=auth).json()["rules"]] == ["api-rule"]
    r = client.post("/alerts/rules/api-rule/test", headers=auth)
    assert r.status_code == 200 and r.json()["results"][0]["ok"] is True and len(receiver.bodies) == 1
    assert client.get("/alerts/deliveries", headers=auth).json() == {"deliveries": []}  # a test is not logged
    assert client.delete("/alerts/rules/api-rule", headers=auth).status_code == 200
    assert client.delete("/alerts/rules/api-rule", headers=auth).status_code == 404


def test_api_ingest_fires_the_alerts_in_the_background(tmp_path, receiver):
    from fastapi.testclient import TestClient

    from sitrep.api.app import create_app

    def process(raw):
        place = "Kharkiv" if "Kharkiv" in raw.text else "Odesa"
        return make_result(raw.doc_id, [make_event(raw.doc_id, 1, place=place, killed=3)], text=raw.text)

    app = create_app(str(tmp_path / "bg.db"), ingest_token="tok", processor=process)
    al.add_rule(app.state.store, rule("bg", admin1="UA-63", channels=hook(receiver.url)))
    client = TestClient(app)
    auth = {"Authorization": "Bearer tok"}
    doc = {"id": "k", "text": random_text("api-kharkiv", 80) + " Kharkiv"}
    assert client.post("/documents", json=doc, headers=auth).status_code == 201
    assert app.state.alerts.wait(10)
    assert [b["event"]["event_id"] for b in receiver.bodies] == ["k-1"]
    assert client.post("/documents", json=doc, headers=auth).status_code == 200  # a duplicate: no pass
    other = {"id": "o", "text": random_text("api-odesa", 80) + " Odesa"}
    assert client.post("/documents", json=other, headers=auth).status_code == 201
    assert app.state.alerts.wait(10) and app.state.alerts.passes == 2
    assert len(receiver.bodies) == 1


def test_migration_from_the_previous_head(tmp_path):
    import sqlalchemy as sa
    from alembic.script import ScriptDirectory

    from sitrep.store import db as dbmod

    path = tmp_path / "old.db"
    script = ScriptDirectory.from_config(dbmod.alembic_config("sqlite:///" + str(path)))
    head = script.get_current_head()
    previous = script.get_revision(head).down_revision
    assert head == "0003_alerts" or "0003_alerts" in {r.revision for r in script.walk_revisions()}
    eng = dbmod.make_engine("sqlite:///" + str(path))
    dbmod.migrate(eng, previous if head == "0003_alerts" else "0003_alerts")
    eng.dispose()
    st = open_store(str(path))  # upgrades to head
    try:
        with st.engine.connect() as c:
            assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == head
            assert c.execute(sa.text("SELECT COUNT(*) FROM alert_rules")).scalar() == 0
        al.add_rule(st, rule("after-upgrade", channels=hook("http://127.0.0.1:9/x")))
        assert [r.name for r in al.list_rules(st)] == ["after-upgrade"]
    finally:
        st.close()


def test_watch_pass_fires_the_alerts(tmp_path, receiver):
    """`sitrep watch --once` (a drop-folder source) calls the alerts at the end of its pass."""
    import os

    from sitrep.cli.main import app

    drop = tmp_path / "drop"
    drop.mkdir()
    old = time.time() - 120

    def put(name, text):
        (drop / name).write_text(text, encoding="utf-8")
        os.utime(drop / name, (old, old))

    put("kharkiv-strike.txt", KHARKIV.format(n="two"))
    put("odesa.txt", ODESA)
    (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "inbox"\nurl = "{drop}"\nkind = "dir"\n'
                                           f'interval = "1m"\n', encoding="utf-8")
    db = str(tmp_path / "watch.db")
    cli = CliRunner()
    assert cli.invoke(app, ["alerts", "add", "kharkiv", "--db", db, "--admin1", "UA-63",
                            "--min-fatalities", "1", "--webhook", receiver.url]).exit_code == 0
    watch = ["watch", "--once", "--force", "--db", db, "--sources", str(tmp_path / "sources.toml")]
    r = cli.invoke(app, watch)
    assert r.exit_code == 0, r.output
    assert [(b["change"], b["event"]["fatalities"]["best"]) for b in receiver.bodies] == [("new", 2)]
    assert cli.invoke(app, watch).exit_code == 0 and len(receiver.bodies) == 1
    put("kharkiv-update.txt", KHARKIV.format(n="nine"))
    assert cli.invoke(app, watch).exit_code == 0
    assert [(b["change"], b["event"]["fatalities"]["best"]) for b in receiver.bodies] == [("new", 2), ("updated", 9)]
