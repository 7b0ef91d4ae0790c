"""Reconciliation: near-duplicate articles, incident clustering on the labelled set, count merging."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from sitrep import model
from sitrep.reconcile import (
    cluster_events, counts_compatible, find_near_duplicates, haversine_km, jaccard, match,
    merge_cluster, merge_counts, pairwise_scores, same_place,
)
from store_fixtures import count, make_event, random_text

FIXTURE = Path(__file__).parent / "fixtures" / "reconcile" / "incidents.jsonl"


def load_fixture():
    rows = [json.loads(line) for line in FIXTURE.read_text().splitlines() if line.strip()]
    events = [model.Event.model_validate(r["event"]) for r in rows]
    labels = {r["event"]["event_id"]: r["label"] for r in rows}
    return rows, events, labels


def score(events, labels):
    clusters = cluster_events(events)
    return pairwise_scores([[e.event_id for e in c] for c in clusters], labels)


def test_labelled_set_is_meaningful():
    rows, events, labels = load_fixture()
    assert len(events) >= 40
    notes = " ".join(r["note"] for r in rows)
    for kind in ("two days later", "other oblast", "different event type", "Odesa Oblast"):
        assert kind in notes
    assert len(set(labels.values())) < len(labels)  # there are real pairs to find


def test_pairwise_precision_recall_high():
    _, events, labels = load_fixture()
    p, r = score(events, labels)
    print(f"\nclustering on labelled set: precision={p:.3f} recall={r:.3f}")
    assert p >= 0.95 and r >= 0.95


@pytest.mark.parametrize("seed", range(5))
def test_precision_recall_do_not_depend_on_order(seed):
    _, events, labels = load_fixture()
    random.Random(seed).shuffle(events)
    p, r = score(events, labels)
    assert p >= 0.9 and r >= 0.9


def test_near_misses():
    a = make_event("a", 1, place="Kharkiv", date="2024-11-17")
    assert match(a, make_event("b", 1, place="Kharkiv", date="2024-11-18", killed=3))
    assert not match(a, make_event("b", 1, place="Kharkiv", date="2024-11-19"))
    assert not match(a, make_event("b", 1, place="Kharkiv", event_type="interception"))
    assert match(a, make_event("b", 1, place="Kharkiv", event_type="air_drone_strike"))
    assert not match(a, make_event("a", 2, place="Kharkiv"))  # same document
    assert not match(a, make_event("b", 1, place="Kharkiv", killed=40))
    assert not match(a, make_event("b", 1, place="Kharkiv", side="UA"))
    namesake = dict(name="Kharkiv", country_code="UA", admin1_code="UA-14", admin1="Donetsk Oblast",
                    lat=48.0, lon=37.8, precision=1)
    assert not match(a, make_event("b", 1, place=namesake))
    undated = make_event("b", 1, place="Kharkiv").model_copy(update={"date": None})
    assert not match(a, undated)


def test_same_place_rules():
    L = model.Location
    k1 = L(name="Kharkiv", country_code="UA", admin1_code="UA-63", lat=49.99, lon=36.23, precision=1)
    k2 = L(name="Kharkov", country_code="UA", admin1_code="UA-63", lat=50.05, lon=36.30, precision=1)
    assert haversine_km(49.99, 36.23, 50.05, 36.30) < 15
    assert same_place(k1, k2)
    far = L(name="Kharkiv", country_code="UA", admin1_code="UA-63", lat=49.5, lon=36.6, precision=1)
    assert not same_place(k1, far)
    by_name = L(name="kharkiv", country_code="UA", admin1_code="UA-63", precision=1)
    assert same_place(by_name, L(name="Kharkiv", country_code="UA", admin1_code="UA-63", precision=2))
    region = L(country_code="UA", admin1_code="UA-63", precision=3)
    assert not same_place(k1, region)
    assert same_place(region, L(country_code="UA", admin1_code="UA-63", admin1="Kharkiv Oblast", precision=3))
    assert same_place(L(country_code="UA", precision=4), L(name="Ukraine", country_code="UA", precision=4))
    assert not same_place(L(country_code="UA", precision=4), L(country_code="RU", precision=4))
    assert not same_place(None, k1)


def test_counts_compatible():
    assert counts_compatible(count(2), count(3))
    assert counts_compatible(count(10), count(3, "at_least"))
    assert counts_compatible(None, count(40))
    assert not counts_compatible(count(2), count(40))
    assert counts_compatible(count(0), count(1))


def test_merge_counts_acled_rule():
    m = merge_counts([count(2), count(5), count(3)])
    assert (m.low, m.best, m.high) == (2, 2, 5)
    m = merge_counts([count(4), count(3, "at_least")])
    assert (m.low, m.best, m.high, m.qualifier) == (3, 3, None, "at_least")
    # a denied claim does not set the best figure
    m = merge_counts([count(0), count(7)], credible=[False, True])
    assert (m.low, m.best, m.high) == (0, 7, 7)
    assert merge_counts([None, None]) is None
    same = merge_counts([count(2), count(2)])
    assert (same.low, same.best, same.high, same.qualifier) == (2, 2, 2, "exact")
    about = merge_counts([count(10, "about"), count(12)])
    assert about.best == 10 and about.high == 12


def test_merge_cluster_keeps_every_claim():
    a = make_event("a", 1, killed=2, quote="two killed", claimant="Governor", claimant_side="UA")
    b = make_event("b", 1, killed=6, quote="six killed", claimant="Russian MoD", claimant_side="RU",
                   weapons=[{"category": "missile", "model": "Iskander-M"}])
    c = make_event("c", 1, killed=3, quote="three killed",
                   place=dict(name="Kharkiv", country_code="UA", admin1_code="UA-63", precision=3))
    m = merge_cluster([a, b, c])
    assert m.event_id == "a-1"
    assert [cl.quote for cl in m.claims] == ["two killed", "six killed", "three killed"]
    assert [cl.doc_id for cl in m.claims] == ["a", "b", "c"]
    assert (m.fatalities.low, m.fatalities.best, m.fatalities.high) == (2, 2, 6)
    assert m.location.precision == 1
    assert m.weapons[0].model == "Iskander-M"
    # the inputs are untouched
    assert a.fatalities.best == 2 and len(a.claims) == 1


def test_near_duplicate_articles():
    base = random_text("wire-story", 200)
    texts = {
        "wire": base,
        "copy-1": "BREAKING: " + base + " Follow us on Telegram.",
        "copy-2": base.replace("governor", "head of the regional administration", 2),
        "other": random_text("different-story", 200),
        "short": "Explosions in Kyiv.",
    }
    dups = find_near_duplicates(texts)
    assert dups == {"copy-1": "wire", "copy-2": "wire"}
    assert jaccard(base, texts["copy-1"]) > 0.8 > jaccard(base, texts["other"])


def test_signature_round_trip():
    from sitrep.reconcile import minhash, signature_bytes, signature_from_bytes

    m = minhash(random_text("sig", 100))
    back = signature_from_bytes(signature_bytes(m))
    assert back.jaccard(m) == 1.0


def test_nationwide_waves_told_apart_by_numbers():
    from sitrep.reconcile import weapons_compatible

    country = {"name": "Ukraine", "country_code": "UA", "precision": 4}

    def wave(doc, date, drones):
        return make_event(doc, 1, place=country, date=date, killed=None, weapons=[
            {"category": "drone", "launched": {"low": drones, "best": drones, "high": drones, "qualifier": "exact"}}])

    assert match(wave("a", "2024-12-01", 62), wave("b", "2024-12-02", 62))
    assert match(wave("a", "2024-12-01", 62), wave("b", "2024-12-01", 60))
    assert not match(wave("a", "2024-12-01", 62), wave("b", "2024-12-02", 45))
    assert weapons_compatible(wave("a", "2024-12-01", 62), make_event("b", 1, place=country))
