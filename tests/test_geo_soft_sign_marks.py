"""The soft sign romanised with a mark (BGN/PCGN ʹ U+02B9, an acute ´, a prime ′) is no letter: the
names meet their keys exactly, in geocode and in free text (before, NFKD turned "´" into a space and
"ʹ" stayed in the key: towns answered only as "one edit away", villages and free text not at all)."""
import pytest

from sitrep.geo import geocode, get_gazetteer
from sitrep.geo.translit import fold


@pytest.mark.parametrize("written,plain", [
    ("Kramatorsʹk", "Kramatorsk"), ("Donets´k", "Donetsk"), ("Horlivsʹkyi", "Horlivskyi"), ("Lysychansʹk", "Lysychansk"),
    ("Novomykolaïvka", "Novomykolaivka"),
])
def test_marks_fold_away(written, plain):
    assert fold(written) == fold(plain)


def test_exact_match_not_a_typo():
    loc = geocode("Slovʹiansʹk, Donetsʹka oblastʹ")
    assert loc is not None and loc.admin1_code == "UA-14" and not loc.geo_reason.startswith("one edit")


def test_free_text_finds_the_marked_name():
    ms = get_gazetteer().find_mentions("Drones struck Kostiantynivka and Druzhkivka; Kramatorsʹk was shelled.")
    assert "Kramatorsʹk" in {m.text for m in ms}
