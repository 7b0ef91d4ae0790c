"""News spellings of cities abroad that folding cannot join to GeoNames' names (aliases.tsv): "Gaza City"
(the city; "Gaza" alone stays the territory), "Khan Younis", "Beit Lahia", "Quebec City". Invented text."""
from sitrep.geo import geocode, get_gazetteer


def _found(text):
    return {m.text: (m.location.country_code, m.location.precision) for m in get_gazetteer().find_mentions(text)
            if m.location is not None}


def test_gaza_city_and_khan_younis_in_free_text():
    got = _found("Families fled Gaza City for Khan Younis after the evacuation order on Tuesday.")
    assert got.get("Gaza City") == ("PS", 1) and got.get("Khan Younis") == ("PS", 1), got


def test_gaza_alone_is_the_territory():
    assert _found("Aid trucks waited at the crossing into Gaza.").get("Gaza") == ("PS", 4)


def test_quebec_city_is_the_city():
    loc = geocode("Quebec City")
    assert loc is not None and loc.admin1_code == "CA-QC" and loc.precision == 1
    assert _found("Officials in Quebec City announced the budget.").get("Quebec City") == ("CA", 1)


def test_beit_lahia():
    loc = geocode("Beit Lahia")
    assert loc is not None and loc.country_code == "PS" and loc.precision == 1
