"""The misspelling index (sitrep.geo.typos): the prebuilt tables equal those built on demand, and a
one-edit name finds its place through either."""
import marshal

from sitrep.geo import get_gazetteer
from sitrep.geo.lexicon import WAR_ADMIN1
from sitrep.geo.typos import deletion_index, deletions, keys_by_region, one_edit_keys


def test_deletion_index_finds_keys_one_edit_away():
    idx = deletion_index(["kramatorsk", "kostiantynivka", "kherson"])
    assert "kramatorsk" in one_edit_keys(idx, "kramatorks")  # a swapped ending: two deletions meet
    assert "kramatorsk" in one_edit_keys(idx, "kramatrsk")  # a letter dropped
    assert "kramatorsk" in one_edit_keys(idx, "kramatorskk")  # a letter doubled
    assert "kherson" in one_edit_keys(idx, "kherzon")  # a letter changed
    assert not one_edit_keys(idx, "mariupol")
    assert deletions("abc") == {"abc", "bc", "ac", "ab"}


def test_prebuilt_tables_equal_tables_built_on_demand():
    gaz = get_gazetteer()
    blob = marshal.loads(gaz._fuzzy_blob) if gaz._fuzzy_blob is not None else dict(gaz._fuzzy_index)
    by = keys_by_region(gaz._names, gaz._a1, gaz._pop)
    for iso in sorted(WAR_ADMIN1)[:4]:
        built = deletion_index(by.get(iso, ()))
        assert {k: set(v) for k, v in blob[iso].items()} == {k: set(v) for k, v in built.items()}
    assert {k: set(v) for k, v in blob["towns"].items()} == {
        k: set(v) for k, v in deletion_index(sorted(gaz._town_keys)).items()}


def test_misspelt_towns_resolve():
    gaz = get_gazetteer()
    loc = gaz.geocode("Kramatorks, Donetsk oblast")
    assert loc is not None and loc.name.startswith("Kramatorsk") and loc.admin1_code == "UA-14"
    i = gaz._town_typo("avdiika")
    assert i is not None and gaz._a1[i] == "UA-14"
