"""Russian forms of Ukrainian village names (issue 11): a root Russian writes with another word
(Кам'ян-/Камен-, Залізничн-/Железнодорожн-, Сонячн-/Солнечн-, Перемог-/Побед-), a Ukrainian і for an
old о (Вільне/Вольное), and names of two words whose first is an adjective (Стара/Старая,
Зелене/Зеленое). Invented names for the spelling rules; invented queries for the geocoder."""
import pytest

from sitrep.geo import geocode
from sitrep.geo.translit import fold, ru_forms, translit_ru


@pytest.mark.parametrize("uk,ru", [
    ("Залізничний Хутір", "железнодорожный хутор"),
    ("Сонячна Долина", "солнечная долина"),
    ("Вільний Поділ", "вольный подол"),
    ("Стара Гребля", "старая гребля"),
])
def test_russian_guesses_of_an_invented_name(uk, ru):
    assert ru in ru_forms(uk), sorted(ru_forms(uk))


def test_stone_root_meets_the_russian_spelling():
    # Кам'яний Яр is written Kamennyy Yar in Russian-language reports (folded keys meet)
    assert fold("Kamennyy Yar") in {fold(translit_ru(f)) for f in ru_forms("Кам'яний Яр")}


def test_guesses_stay_few():
    assert len(ru_forms("Кліщіївка")) <= 6  # an і for an old о only in a stem with one і
    assert ru_forms("Велика Нова Стара Гребля") == set()  # four words: no guesses


@pytest.mark.parametrize("mention,iso,name", [
    ("Solnechnoye, Zaporozhye region", "UA-23", "Soniachne"),
    ("Privolnoye, Donetsk region", "UA-14", "Pryvilne"),
    ("Zelenoye Pole, Donetsk region", "UA-14", "Zelene Pole"),
])
def test_russian_form_finds_the_ukrainian_village(mention, iso, name):
    loc = geocode(mention)
    assert loc is not None and loc.admin1_code == iso and loc.name == name, loc
    assert "variant spelling" in loc.geo_reason
