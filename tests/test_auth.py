"""Users, roles and tokens: ``sitrep users``, bearer tokens on the API, ``--private``, the
legacy ingest token, CORS closed by default."""
from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitrep import model
from sitrep.api.app import create_app
from sitrep.cli.main import app as cli
from sitrep.store import open_store
from sitrep.store import users as users_lib
from store_fixtures import make_event, make_result, random_text

LEGACY = "legacy-ingest-secret"


def processor(raw: model.RawDocument):
    return make_result(raw.doc_id, [make_event(raw.doc_id, 1, place="Odesa", date="2025-02-11")],
                       text=raw.text, outlet=raw.outlet or "api")


def test_cli_users_add_list_revoke(tmp_path):
    db = str(tmp_path / "u.db")
    r = CliRunner().invoke(cli, ["users", "add", "olena", "--role", "editor", "--db", db])
    assert r.exit_code == 0, r.output
    lines = r.output.rstrip("\n").split("\n")
    token = lines[-1]
    assert users_lib.TOKEN_RE.match(token), lines  # alone on the last line
    assert token not in "\n".join(lines[:-1])
    # stored hashed: the token is nowhere in the database file
    con = sqlite3.connect(db)
    rows = con.execute("select name, role, token_hash from users").fetchall()
    con.close()
    assert rows == [("olena", "editor", users_lib.token_hash(token))]
    assert token.encode() not in open(db, "rb").read()
    with open_store(db) as st:
        assert users_lib.authenticate(st, token).name == "olena"
        assert users_lib.authenticate(st, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    r = CliRunner().invoke(cli, ["users", "add", "olena", "--role", "reader", "--db", db])
    assert r.exit_code == 2 and "exists" in r.output
    r = CliRunner().invoke(cli, ["users", "add", "taras", "--role", "boss", "--db", db])
    assert r.exit_code == 2 and "role must be" in r.output
    r = CliRunner().invoke(cli, ["users", "list", "--db", db])
    assert r.exit_code == 0 and "olena\teditor" in r.output and "active" in r.output
    r = CliRunner().invoke(cli, ["users", "revoke", "olena", "--db", db])
    assert r.exit_code == 0
    r = CliRunner().invoke(cli, ["users", "list", "--db", db])
    assert "revoked" in r.output
    with open_store(db) as st:
        assert users_lib.authenticate(st, token) is None
    r = CliRunner().invoke(cli, ["users", "revoke", "nobody", "--db", db])
    assert r.exit_code == 2


@pytest.fixture
def setup(tmp_path):
    db = str(tmp_path / "a.db")
    with open_store(db) as st:
        st.add_result(make_result("odesa-port", [make_event("odesa-port", 1, place="Odesa", killed=1)]))
        tokens = {role: users_lib.add_user(st, f"{role}-user", role)[1] for role in users_lib.ROLES}
    return db, tokens


def _h(token):
    return {"Authorization": f"Bearer {token}"}


def test_public_reads_and_role_checks(setup):
    db, tok = setup
    app = create_app(db, processor=processor)
    with TestClient(app) as c:
        assert c.get("/events").status_code == 200  # readable without a token
        assert c.get("/auth/me").status_code == 401
        r = c.get("/auth/me", headers=_h(tok["editor"]))
        assert r.json() == {"name": "editor-user", "role": "editor", "can_review": True, "can_admin": False}
        r = c.get("/auth/me", headers=_h("sr_0123456789abcdef_" + "x" * 43))
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        # ingest: editors and admins, not readers, not anonymous
        doc = {"id": "kherson-1", "text": random_text("kherson-1")}
        assert c.post("/documents", json=doc).status_code == 401
        assert c.post("/documents", json=doc, headers=_h(tok["reader"])).status_code == 403
        assert c.post("/documents", json=doc, headers=_h(tok["editor"])).status_code == 201
        # users: admin only
        assert c.get("/users").status_code == 401
        assert c.get("/users", headers=_h(tok["editor"])).status_code == 403
        names = [u["name"] for u in c.get("/users", headers=_h(tok["admin"])).json()["users"]]
        assert names == ["reader-user", "editor-user", "admin-user"]
        r = c.post("/users", json={"name": "mykola", "role": "reader"}, headers=_h(tok["admin"]))
        assert r.status_code == 201 and users_lib.TOKEN_RE.match(r.json()["token"])
        new = r.json()["token"]
        assert c.get("/auth/me", headers=_h(new)).json()["role"] == "reader"
        assert c.post("/users", json={"name": "x y", "role": "reader"}, headers=_h(tok["admin"])).status_code == 422
        assert c.post("/users", json={"name": "mykola", "role": "god"}, headers=_h(tok["admin"])).status_code == 422
        assert c.post("/users", json={"name": "mykola", "role": "reader"}, headers=_h(tok["admin"])).status_code == 409
        assert c.delete("/users/mykola", headers=_h(tok["admin"])).status_code == 200
        assert c.get("/auth/me", headers=_h(new)).status_code == 401  # revoked


def test_private_mode_closes_reads(setup):
    db, tok = setup
    app = create_app(db, private=True)
    with TestClient(app) as c:
        for path in ("/events", "/meta", "/events/odesa-port-1", "/export.csv", "/openapi.json"):
            r = c.get(path)
            assert r.status_code == 401, path
            assert r.headers["www-authenticate"] == "Bearer"
        assert c.get("/events", headers=_h("wrong")).status_code == 401
        assert c.get("/events", headers=_h(tok["reader"])).status_code == 200
        assert c.get("/meta", headers=_h(tok["reader"])).json()["private"] is True
        assert c.get("/").status_code == 200  # the dashboard shell, to log in from
        assert c.get("/static/app.js").status_code == 200


def test_legacy_ingest_token_keeps_working_and_only_ingests(setup):
    db, tok = setup
    app = create_app(db, ingest_token=LEGACY, processor=processor)
    with TestClient(app) as c:
        r = c.post("/documents", json={"id": "zp-1", "text": random_text("zp-1")}, headers=_h(LEGACY))
        assert r.status_code == 201
        assert c.post("/documents", json={"id": "zp-2", "text": "x"}, headers=_h("nope")).status_code == 401
        assert c.get("/users", headers=_h(LEGACY)).status_code == 403  # ingest only
        assert c.get("/auth/me", headers=_h(LEGACY)).json()["role"] == "ingest"


def test_cors_closed_by_default(setup):
    db, _tok = setup
    app = create_app(db)
    with TestClient(app) as c:
        r = c.get("/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in {k.lower() for k in r.headers}
        r = c.options("/events/odesa-port-1", headers={"Origin": "https://evil.example",
                                                      "Access-Control-Request-Method": "PATCH",
                                                      "Access-Control-Request-Headers": "authorization"})
        assert r.status_code >= 400
        assert "access-control-allow-origin" not in {k.lower() for k in r.headers}


def test_migration_from_previous_head(tmp_path):
    """A database made before users and reviews existed upgrades in place."""
    import sqlalchemy as sa

    from sitrep.store import db as dbmod

    path = tmp_path / "old.db"
    eng = dbmod.make_engine(dbmod.resolve_url(str(path)))
    dbmod.migrate(eng, "0001")
    names = set(sa.inspect(eng).get_table_names())
    assert "events" in names and "users" not in names
    eng.dispose()
    with open_store(str(path)) as st:
        users_lib.add_user(st, "late", "reader")
        names = set(sa.inspect(st.engine).get_table_names())
    assert {"users", "reviews", "review_anchors", "review_actions", "review_links"} <= names
