"""Shared helpers for the store / reconcile / API / export tests (hand-made records)."""
from __future__ import annotations

import hashlib
import os
import random
import uuid
from typing import Any

import pytest

from sitrep import model

PLACES = {
    "Kharkiv": dict(name="Kharkiv", country_code="UA", admin1_code="UA-63", admin1="Kharkiv Oblast",
                    lat=49.9935, lon=36.2304, geonameid=706483, precision=1),
    "Mykolaiv": dict(name="Mykolaiv", country_code="UA", admin1_code="UA-48", admin1="Mykolaiv Oblast",
                     lat=46.975, lon=31.995, geonameid=700569, precision=1),
    "Odesa": dict(name="Odesa", country_code="UA", admin1_code="UA-51", admin1="Odesa Oblast",
                  lat=46.4775, lon=30.7326, geonameid=698740, precision=1),
    "Kyiv": dict(name="Kyiv", country_code="UA", admin1_code="UA-30", admin1="Kyiv",
                 lat=50.4501, lon=30.5234, geonameid=703448, precision=1),
    "Belgorod": dict(name="Belgorod", country_code="RU", admin1_code="RU-BEL", admin1="Belgorod Oblast",
                     lat=50.5997, lon=36.5983, geonameid=578072, precision=1),
}

WORDS = ("shelling strike drone missile city region village residential building school hospital "
         "governor said according officials killed injured night morning attack air defence "
         "infrastructure energy facility damaged fire emergency services rescue workers debris").split()


def count(n: int | None, qualifier: str = "exact") -> model.Count | None:
    if n is None:
        return None
    if qualifier == "exact":
        return model.Count(low=n, best=n, high=n, qualifier="exact")
    if qualifier == "at_least":
        return model.Count(low=n, best=n, high=None, qualifier="at_least")
    if qualifier == "about":
        return model.Count(best=n, qualifier="about")
    return model.Count(best=n, qualifier=qualifier)


def make_event(doc_id: str, n: int = 1, *, place: str | dict = "Kharkiv", date: str = "2024-11-17",
               event_type: str = "missile_artillery_strike", killed: int | None = 2,
               injured: int | None = None, side: str | None = "RU", quote: str | None = None,
               claimant: str | None = "Oleh Syniehubov", claimant_side: str | None = "UA",
               certainty: str = "reported", parent_id: str | None = None,
               is_aggregate: bool = False, weapons: list[dict] | None = None,
               qualifier: str = "exact") -> model.Event:
    loc = PLACES[place] if isinstance(place, str) else place
    q = quote or f"{killed} people were killed in {loc.get('name')}"
    return model.Event(
        doc_id=doc_id, event_id=f"{doc_id}-{n}", parent_id=parent_id, event_type=event_type,
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Shelling/artillery/missile attack",
        date=date, date_precision="day", is_aggregate=is_aggregate,
        actor1="Military Forces of Russia" if side == "RU" else "Military Forces of Ukraine",
        actor1_side=side, actor2="Civilians (Ukraine)", actor2_side="UA",
        location=model.Location(**loc) if loc else None,
        fatalities=count(killed, qualifier), injured=count(injured),
        civilian_targeting=True, target="residential",
        weapons=[model.Weapon(**w) for w in (weapons or [])],
        claims=[model.Claim(claimant=claimant, claimant_side=claimant_side, certainty=certainty,
                            quote=q, start=0, end=len(q), doc_id=doc_id)],
    )


def random_text(seed: int | str, n_words: int = 120) -> str:
    rng = random.Random(str(seed))
    return " ".join(rng.choice(WORDS) for _ in range(n_words)) + f" [{seed}]"


def make_result(doc_id: str, events: list[model.Event] | None = None, *, text: str | None = None,
                outlet: str = "Example Outlet", date: str = "2024-11-17", statements=None,
                url: str | None = None, title: str | None = None) -> model.ExtractionResult:
    text = text if text is not None else random_text(doc_id)
    doc = model.Document(doc_id=doc_id, title=title or f"Report {doc_id}", date=date,
                         date_source="metadata", outlet=outlet, url=url or f"https://example.org/{doc_id}",
                         language="en", clean_text=text,
                         content_hash=hashlib.sha256(text.encode()).hexdigest())
    return model.ExtractionResult(document=doc, events=events if events is not None else [make_event(doc_id)],
                                  statements=statements or [])


def make_statement(doc_id: str, speaker: str = "Andriy Sybiga", side: str = "UA",
                   quote: str = "We will respond.") -> model.Statement:
    return model.Statement(doc_id=doc_id, speaker=speaker, speaker_role="foreign minister",
                           speaker_side=side, quote=quote, start=0, end=len(quote))


# ----------------------------------------------------------------------------- databases

PG_URL = os.environ.get("SITREP_TEST_POSTGRES_URL")

DB_PARAMS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=[
        pytest.mark.postgres,
        pytest.mark.skipif(not PG_URL, reason="SITREP_TEST_POSTGRES_URL not set")]),
]


_SCHEMAS: list[str] = []


def _drop_schemas() -> None:
    import sqlalchemy as sa
    if not _SCHEMAS or not PG_URL:
        return
    eng = sa.create_engine(PG_URL)
    try:
        with eng.begin() as c:
            c.execute(sa.text("SET lock_timeout = '5s'"))
            for schema in _SCHEMAS:
                c.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    except Exception:  # best effort: the server is a throwaway one
        pass
    finally:
        eng.dispose()


def fresh_pg_url() -> str:
    """A fresh schema in the test PostgreSQL database (URL with search_path option);
    every schema made this way is dropped when the test process exits."""
    import atexit

    import sqlalchemy as sa
    assert PG_URL
    schema = "t_" + uuid.uuid4().hex[:12]
    eng = sa.create_engine(PG_URL)
    with eng.begin() as c:
        c.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    eng.dispose()
    if not _SCHEMAS:
        atexit.register(_drop_schemas)
    _SCHEMAS.append(schema)
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def db_url(kind: str, tmp_path) -> str:
    if kind == "sqlite":
        return str(tmp_path / "test.db")
    return fresh_pg_url()


# ----------------------------------------------------------------------------- fake pipeline

PLACE_CYCLE = ["Kharkiv", "Odesa", "Kyiv", "Mykolaiv", "Belgorod"]


def expected_events(doc_id: str) -> int:
    tail = doc_id.rsplit("-", 1)[-1]
    n = int(tail) if tail.isdigit() else 0
    return 1 + n % 3


def fake_process(raw: model.RawDocument):
    """A deterministic stand-in for the extraction pipeline (1-3 events per document)."""
    if raw.text.startswith("BAD"):
        return model.IngestError(doc_id=raw.doc_id, message="not a report")
    tail = raw.doc_id.rsplit("-", 1)[-1]
    n = int(tail) if tail.isdigit() else 0
    events = [make_event(raw.doc_id, k + 1, place=PLACE_CYCLE[(n + k) % 5],
                         date=f"2024-{1 + n % 12:02d}-{1 + (n * 7 + k) % 27:02d}", killed=n % 4)
              for k in range(expected_events(raw.doc_id))]
    return make_result(raw.doc_id, events, text=raw.text,
                       statements=[make_statement(raw.doc_id)] if n % 2 else [])


def generated_raws(n: int, prefix: str = "doc", words: int = 60):
    for i in range(n):
        yield model.RawDocument(doc_id=f"{prefix}-{i}", text=random_text(f"{prefix}{i}", words))


def ingest_driver(db: str, n: int, delay: float = 0.0) -> None:
    """Subprocess entry point for the crash test: ingest ``n`` generated documents,
    printing one line per stored document."""
    import sys
    import time

    from sitrep.store import open_store
    from sitrep.app import Settings, ingest

    store = open_store(db)

    def slow(raw):
        if delay:
            time.sleep(delay)
        return fake_process(raw)

    def done(doc_id, status):
        sys.stdout.write(f"{doc_id} {status}\n")
        sys.stdout.flush()

    s = ingest(Settings(), generated_raws(n), store=store, process=slow, on_progress=done)
    sys.stdout.write(s.line() + "\n")
    store.close()
