"""The records every stage speaks (the contract of ``../shared/spec/EVENTS.md``).

This module imports nothing from the rest of :mod:`sitrep`; every stage imports it.
Records are pydantic models so that the CLI, the store and the API validate and
serialise them the same way.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["exact", "almost", "at_least", "at_most", "about", "unspecified"]
DatePrecision = Literal["day", "week", "month", "range", "unknown"]
Certainty = Literal["reported", "disputed", "confirmed", "denied"]
WeaponCategory = Literal[
    "missile", "ballistic_missile", "cruise_missile", "drone", "guided_bomb",
    "artillery", "mlrs", "aircraft", "mixed", "other",
]
EVENT_TYPES = (
    "armed_clash", "territory_change", "air_drone_strike", "missile_artillery_strike",
    "remote_explosive", "grenade", "suicide_bombing", "chemical_attack", "interception",
    "attack_on_civilians", "sexual_violence", "abduction", "protest", "riot", "arrest",
    "looting_destruction", "agreement", "armed_group_change", "infrastructure_disruption",
    "military_mobilization", "policy_decision", "diplomatic_contact",
)
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Count(Record):
    """A number as the text states it: ``best`` plus the range the qualifier implies."""

    low: Optional[int] = None
    best: Optional[int] = None
    high: Optional[int] = None
    qualifier: Qualifier = "exact"


class Location(Record):
    name: Optional[str] = None
    country_code: Optional[str] = None
    admin1_code: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    precision: int = Field(4, ge=1, le=4)
    source: Optional[str] = None  # "geonames", "katottg", "iso3166", "country", "sitrep", "district", "context"
    geo_reason: Optional[str] = None  # why the gazetteer chose this place ("region named in the sentence (UA-14)")
    geo_confidence: Optional[float] = Field(None, ge=0.0, le=1.0)  # 0-1: how sure the gazetteer is of the choice


class Weapon(Record):
    category: WeaponCategory
    model: Optional[str] = None
    launched: Optional[Count] = None
    intercepted: Optional[Count] = None


class Claim(Record):
    claimant: Optional[str] = None
    claimant_role: Optional[str] = None
    claimant_side: Optional[str] = None
    certainty: Certainty = "reported"
    quote: str
    start: int
    end: int
    doc_id: Optional[str] = None


class Event(Record):
    doc_id: str
    event_id: str
    parent_id: Optional[str] = None
    event_type: EventType
    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    date: Optional[str] = None
    date_end: Optional[str] = None
    date_precision: DatePrecision = "unknown"
    is_aggregate: bool = False
    actor1: Optional[str] = None
    actor1_side: Optional[str] = None
    actor2: Optional[str] = None
    actor2_side: Optional[str] = None
    location: Optional[Location] = None
    fatalities: Optional[Count] = None
    injured: Optional[Count] = None
    missing: Optional[Count] = None
    civilian_targeting: Optional[bool] = None
    target: Optional[str] = None
    weapons: list[Weapon] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)  # ids of the extraction rules that made the event, in order
    confidence: Optional[float] = None  # 0-1: how sure the extractor is that the event happened as typed
    geo_reason: Optional[str] = None  # why the place was chosen
    record: Literal["event"] = "event"


class Statement(Record):
    doc_id: str
    speaker: Optional[str] = None
    speaker_role: Optional[str] = None
    speaker_side: Optional[str] = None
    quote: str
    start: int
    end: int
    direct: bool = True
    event_ids: list[str] = Field(default_factory=list)
    record: Literal["statement"] = "statement"


class Document(Record):
    doc_id: str
    title: Optional[str] = None
    date: Optional[str] = None
    date_source: Optional[Literal["metadata", "argument", "text"]] = None
    outlet: Optional[str] = None
    editor: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    source_path: Optional[str] = None
    language: Optional[str] = None
    clean_text: str = ""
    content_hash: Optional[str] = None
    record: Literal["document"] = "document"


class RawDocument(Record):
    """What a reader hands to the pipeline: text (or HTML) plus whatever metadata it found."""

    doc_id: str
    text: str
    is_html: bool = False
    date: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    source_path: Optional[str] = None


class ExtractionResult(Record):
    """Everything the pipeline produced for one document."""

    document: Document
    events: list[Event] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)


class IngestError(Record):
    """A document that could not be read; ``message`` is one line for the user."""

    doc_id: str
    message: str
