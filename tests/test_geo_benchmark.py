"""The geo benchmark (tests/geo_bench_cases.py): our own realistic sentences, one group per
phenomenon (variants and typos, Russian-form names of Ukrainian villages, city districts, raions,
foreign cities with the right country, "Alexandria, Louisiana"-style qualified names, ordinary
English words that must not become places). Every case must pass; the known gaps are listed as
strict xfails so that fixing one is noticed."""
from __future__ import annotations

from collections import Counter

import pytest

from geo_bench_cases import CASES
from sitrep.geo import geocode, get_gazetteer
from sitrep.geo.lexicon import _haversine

# Russian names whose vowels differ from the Ukrainian ones beyond the regular correspondences
# (Работино for Роботине): not derivable from the codifier's Ukrainian name
KNOWN_GAPS = {"Rabotino"}


def check(gaz, sentence: str, surface: str, expected) -> tuple[bool, str]:
    found = {m.text: m.location for m in gaz.find_mentions(sentence)}
    loc = found.get(surface)
    if expected is None:
        return loc is None, f"{surface!r} became {loc and loc.name}"
    if loc is None:
        return False, f"{surface!r} not found among {list(found)}"
    if loc.country_code != expected["cc"] or ("a1" in expected and loc.admin1_code != expected["a1"]):
        return False, f"{surface!r} -> {loc.name} {loc.country_code} {loc.admin1_code}"
    if "at" in expected:
        ref = geocode(expected["at"])
        d = _haversine(loc.lat, loc.lon, ref.lat, ref.lon)
        if d > 10:
            return False, f"{surface!r} -> {loc.name} {d:.0f} km from {ref.name}"
    if not loc.geo_reason:
        return False, f"{surface!r} has no geo_reason"
    return True, ""


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


@pytest.mark.parametrize("phenomenon, sentence, surface, expected", [
    pytest.param(*c, id=f"{c[0]}-{c[2]}",
                 marks=[pytest.mark.xfail(strict=True, reason="known gap")] if c[2] in KNOWN_GAPS else [])
    for c in CASES])
def test_geo_benchmark_case(gaz, phenomenon, sentence, surface, expected):
    ok, why = check(gaz, sentence, surface, expected)
    assert ok, why


def test_geo_benchmark_covers_every_phenomenon():
    groups = Counter(c[0] for c in CASES)
    assert set(groups) == {"variant", "russian_form", "city_district", "raion", "abroad", "qualified",
                           "english_word"}
    assert min(groups.values()) >= 3


def test_russian_spelling_correspondences():
    from sitrep.geo.translit import ru_forms, translit_ru

    forms = {translit_ru(f) for f in ru_forms("Кліщіївка")}
    assert "kleshcheyevka" in forms  # inner і/ї of an old ѣ -> е
    assert {translit_ru(f) for f in ru_forms("Калинине")} >= {"kalinino"}  # -ине -> -ино
    assert not any(f.startswith("е") for f in ru_forms("Іванівка"))  # a leading І stays И


@pytest.mark.parametrize("sentence", [
    "Talks were held in Zelenskyy office on Monday.",
    "The delegation stayed in Brussel for two days.",
])
def test_typo_reading_needs_a_war_zone_town(gaz, sentence):
    assert all(m.location.country_code != "UA" for m in gaz.find_mentions(sentence) if m.kind == "settlement")
