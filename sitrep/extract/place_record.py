"""The record of a place named in a text, with its role (sitrep.extract.places.find_places)."""
from __future__ import annotations

from dataclasses import dataclass

from sitrep.model import Location


@dataclass
class Place:
    start: int
    end: int
    text: str
    kind: str  # settlement, region, country, demonym, area
    location: Location
    role: str = "incident"  # incident, origin, reference, speaker_role, metonymy
