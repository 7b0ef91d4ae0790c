"""Places abroad in free text as world news writes them (issue 11): invented sentences of
tests/geo_world_text_cases.py, one test each; plus the index facts they rest on."""
from __future__ import annotations

import pytest

from geo_world_text_cases import CASES
from sitrep.geo import get_gazetteer


def _found(sentence: str, surface: str, cc, iso, prec) -> bool:
    ms = get_gazetteer().find_mentions(sentence)
    if cc is None:  # no mention may start with the name's first word alone
        return not any(m.text.startswith(surface) and m.location is not None for m in ms)
    return any(m.text == surface and m.location is not None and m.location.country_code == cc
               and (iso is None or m.location.admin1_code == iso) and (prec is None or m.location.precision == prec)
               and m.location.lat is not None for m in ms)


@pytest.mark.parametrize("sentence,surface,cc,iso,prec", CASES, ids=[f"{c[1]}-{n}" for n, c in enumerate(CASES)])
def test_world_place_in_free_text(sentence, surface, cc, iso, prec):
    assert _found(sentence, surface, cc, iso, prec)


def test_region_abroad_has_a_centroid():
    g = get_gazetteer()
    for iso in ("CD-NK", "SD-GZ", "NG-BO", "SY-ID", "MM-16", "HT-AR"):
        loc = g.region_location(iso)
        assert loc is not None and loc.precision == 3 and loc.lat is not None and loc.country_code == iso[:2]


def test_bare_city_stays_the_city_with_its_type_word_the_region():
    g = get_gazetteer()
    city = [m for m in g.find_mentions("Shells fell on Idlib on Monday.") if m.text == "Idlib"]
    assert city and city[0].location.precision == 1
    reg = [m for m in g.find_mentions("Shells fell across Idlib province on Monday.") if m.text.startswith("Idlib")]
    assert reg and reg[0].location.precision == 3 and reg[0].location.admin1_code == "SY-ID"


def test_war_report_regions_untouched():
    ms = get_gazetteer().find_mentions("Russian drones hit Kharkiv region and the Belgorod region overnight.")
    assert {m.location.admin1_code for m in ms if m.kind == "region"} == {"UA-63", "RU-BEL"}


def test_news_spelling_does_not_take_a_ukrainian_town():
    ms = get_gazetteer().find_mentions("Shelling hit Kupiansk and Pokrovsk, the governor said.")
    assert [m.location.country_code for m in ms] == ["UA", "UA"]


def test_qualified_region_is_not_a_namesake_abroad():
    ms = get_gazetteer().find_mentions("Reinforcements from the Far East region arrived near Kupiansk.")
    assert all(m.location.country_code != "CM" for m in ms if m.location is not None)
