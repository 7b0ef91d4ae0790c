"""Disambiguation by the other places of the text: a namesake near them wins, a village far
from all of them is left unresolved rather than guessed; "X near Y", "X in the Y district",
"X, Y raion". Invented sentences only."""
from __future__ import annotations

import pytest

from sitrep.geo import geocode, get_gazetteer
from sitrep.geo.lexicon import _haversine


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _found(gaz, text):
    return {m.text: m.location for m in gaz.find_mentions(text)}


def _km(a, b):
    return _haversine(a.lat, a.lon, b.lat, b.lon)


@pytest.mark.parametrize("text, name, other, iso", [
    ("Russian troops attacked Petrivka near Kupiansk at dawn.", "Petrivka", "Kupiansk", "UA-63"),
    ("Units fought for Stepove near Avdiivka all week.", "Stepove", "Avdiivka", "UA-14"),
    ("Units fought for Stepove near Orikhiv all week.", "Stepove", "Orikhiv", "UA-23"),
    ("Guns shelled Vovchansk and Vilne overnight.", "Vilne", "Vovchansk", "UA-63"),
])
def test_namesake_nearest_the_other_places(gaz, text, name, other, iso):
    got = _found(gaz, text)
    assert got[name].admin1_code == iso
    assert _km(got[name], got[other]) <= 100
    assert "namesake nearest the other places named" in got[name].geo_reason


def test_a_city_keeps_its_name_among_villages(gaz):
    got = _found(gaz, "Troops shelled Izium; later missiles struck Kyiv and Zaporizhzhia.")
    assert got["Kyiv"].admin1_code == "UA-30" and got["Kyiv"].precision == 1
    assert got["Zaporizhzhia"].name.startswith("Zaporizh") and got["Zaporizhzhia"].admin1_code == "UA-23"
    assert _km(got["Zaporizhzhia"], geocode("Zaporizhzhia")) < 1


def test_a_region_named_in_the_sentence_wins_over_neighbours(gaz):
    got = _found(gaz, "Shelling hit Kupiansk. In Donetsk region, a drone struck Stepove.")
    assert got["Stepove"].admin1_code == "UA-14"


def test_far_namesake_is_left_unresolved(gaz):
    # find a village name with several namesakes, none within 100 km of Kupiansk
    kup = geocode("Kupiansk")
    name = None
    for cand in ("Zalissia", "Sadky", "Zhovtantsi", "Dubrivka", "Rudka", "Kamianka-Buzka"):
        locs = gaz.candidates(cand, limit=200)
        if len(locs) >= 2 and all(r["population"] < 10000 for r in locs) and min(
                _haversine(r["lat"], r["lon"], kup.lat, kup.lon) for r in locs) > 100:
            name = cand
            break
    assert name is not None
    text = f"Troops shelled Kupiansk; later a drone hit houses near {name}."
    without = _found(gaz, f"Later a drone hit houses near {name}, police said.")
    assert name in without  # alone, the name is still read as a place
    assert name not in _found(gaz, text)


@pytest.mark.parametrize("mention, iso, where", [
    ("Petrivka near Kupiansk", "UA-63", "km from Kupyansk"),
    ("Stepove near Orikhiv", "UA-23", "km from Orikhiv"),
    ("Stepove, near Avdiivka", "UA-14", "km from Avdiyivka"),
    ("Petrivka in the Izium district", "UA-63", "in Iziumskyi raion"),
])
def test_geocode_x_near_y(mention, iso, where):
    loc = geocode(mention)
    assert loc.admin1_code == iso and where in loc.geo_reason
    y = geocode(mention.split()[-1] if "district" not in mention else "Izium")
    assert _km(loc, y) <= 100


def test_geocode_x_near_y_without_x_there_is_near_y():
    loc = geocode("Zzyzxville near Kupiansk")
    assert loc.name == geocode("Kupiansk").name and loc.precision == 2
    assert "fell back" in loc.geo_reason and loc.geo_confidence <= 0.5


def test_namesakes_in_the_region_written_prefer_the_front_line(gaz):
    """Among namesakes of one front-line oblast, the one near the line of contact wins even over a
    somewhat larger one far from it (where the fighting a report names happens)."""
    from sitrep.geo.lexicon import FRONT_ADMIN1

    found = None
    for key, codes in gaz._names.items():
        if len(codes) < 3 or len(key) < 7:
            continue
        for iso in FRONT_ADMIN1:
            cands = [c for c in gaz._cands(key) if gaz._a1[c[0]] == iso and c[1] >= 2]
            if len(cands) < 2 or not any(gaz._front[i] == 2 for i, _ in cands):
                continue
            plain = max(cands, key=lambda c: gaz._score(c[0], c[1], set(), set(), set(), None))
            if gaz._front[plain[0]] == 0:
                found = (key, iso)
                break
        if found:
            break
    assert found is not None
    key, iso = found
    i, _ = gaz._best(key, constraint={iso})
    assert gaz._front[i] >= 1 and gaz._a1[i] == iso
