"""The desk map's server side (issue 17): place labels from the gazetteer, the basemap's land,
the dashboard's script modules (offline, no module over ~600 lines)."""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from sitrep.web import STATIC_DIR


@pytest.fixture(scope="module")
def labels():
    from sitrep.geo import get_gazetteer
    from sitrep.web.labels import compute_labels

    return compute_labels(get_gazetteer())


def _by_name(labels, name):
    return [l for l in labels if l[0] == name]


def test_labels_have_levels_by_kind_and_population(labels):
    from sitrep.web.labels import BOX

    levels = {l[3] for l in labels}
    assert levels == {1, 2, 3, 4}
    assert all(BOX[0] <= l[1] <= BOX[2] and BOX[1] <= l[2] <= BOX[3] for l in labels)
    kyiv = _by_name(labels, "Kyiv")
    assert len(kyiv) == 1 and kyiv[0][3] == 2 and abs(kyiv[0][1] - 50.45) < 0.1
    assert [l[3] for l in _by_name(labels, "Kharkiv")] == [2]
    assert [l[3] for l in _by_name(labels, "Kharkiv obl.")] == [1]
    assert [l[3] for l in _by_name(labels, "Autonomous Republic of Crimea")] == [1]
    assert not _by_name(labels, "Saltivka")     # a district of Kharkiv, not a place of its own
    assert [l[3] for l in _by_name(labels, "Kupyansk")] == [3]    # GeoNames spelling
    regions = [l for l in labels if l[3] == 1]
    assert 24 <= len([l for l in regions if 44 <= l[1] <= 52.5 and 22 <= l[2] <= 40.3]) <= 40
    # villages only in Ukraine and the Russian border regions; none below 1,000 inhabitants
    assert all(l[4] >= 1000 for l in labels if l[3] == 4)
    assert len([l for l in labels if l[3] == 4]) > 1000
    # one label per place: the GeoNames and KATOTTG entries of a town are not both drawn
    from sitrep.geo.distance import haversine_km

    by_name: dict = {}
    for l in labels:
        if l[3] > 1:
            by_name.setdefault(l[0], []).append(l)
    for name, same in by_name.items():
        for i, a in enumerate(same):
            assert all(haversine_km(a[1], a[2], b[1], b[2]) >= 3 for b in same[i + 1:]), name


def test_labels_are_served_and_cached(tmp_path, monkeypatch):
    from sitrep.web import labels as mod

    monkeypatch.setattr(mod, "_cache_file", lambda: tmp_path / "labels.json")
    mod.place_labels.cache_clear()
    try:
        from sitrep.web.demo import create_demo_app

        with TestClient(create_demo_app()) as c:
            r = c.get("/static/labels.json")
        assert r.status_code == 200
        body = r.json()
        assert len(body["labels"]) > 1000 and "GeoNames" in body["source"]
        assert json.loads((tmp_path / "labels.json").read_text(encoding="utf-8")) == body
    finally:
        mod.place_labels.cache_clear()


def test_basemap_land_is_the_neighbours_only():
    land = json.loads((STATIC_DIR / "geo" / "land.json").read_text(encoding="utf-8"))
    countries = {f["properties"]["adm0_a3"] for f in land["features"]}
    assert {"BLR", "POL", "ROU", "MDA", "TUR", "GEO", "KAZ"} <= countries
    assert not countries & {"UKR", "RUS"}       # Ukraine and Russia are the oblast polygons (Crimea in UA)


def test_dashboard_scripts_are_local_modules():
    index = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', index)
    assert scripts[-1] == "/static/app.js" and "/static/util.js" in scripts
    assert "<script>" not in index and "style=" not in index
    for src in scripts:
        path = STATIC_DIR / src[len("/static/"):]
        text = path.read_text(encoding="utf-8")
        if "leaflet" in src:
            continue
        assert len(text.splitlines()) <= 600, src
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text), src
        assert "eval(" not in text and "new Function" not in text, src
