"""Loaders for the analyst-editable data files in ``sitrep/data`` (triggers, weapons, actors,
the ACLED mapping). Each file is a TSV with ``#`` comment lines and a header row; patterns are
compiled once per process."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitrep.nlp.prefilter import KeywordIndex, fold_text, keyword_set, may_match, may_match_any, required_literals  # noqa: F401  (re-exported)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def read_tsv(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "") for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@dataclass(frozen=True)
class Trigger:
    event_type: str
    strength: str
    regex: re.Pattern
    lower_regex: re.Pattern  # the same pattern, case-sensitive, for lowercased text (faster)
    # strings one of which every match of ``lower_regex`` contains (None: no such set known):
    # a sentence without any of them cannot match, so the regex is not run (``classify.sentence_triggers``)
    keywords: frozenset[str] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class WeaponEntry:
    category: str
    model: str | None
    regex: re.Pattern
    keywords: frozenset[str] | None = field(default=None, compare=False)  # keyword_set, folded


@dataclass(frozen=True)
class ActorEntry:
    actor: str
    side: str
    kind: str
    regex: re.Pattern
    keywords: frozenset[str] | None = field(default=None, compare=False)  # keyword_set, folded


def _word_regex(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])", flags)


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    out = []
    for r in read_tsv("triggers.tsv"):
        low = _word_regex(r["pattern"].lower(), 0)
        full = _word_regex(r["pattern"])
        # a pattern with a case-sensitive part ("(?-i:[A-Z])": a capitalised name) cannot run on
        # lowercased text: its "lower" form is then the pattern itself, run on the original text
        out.append(Trigger(r["event_type"], r["strength"], full, full if "(?-i:" in r["pattern"] else low, keyword_set(low.pattern)))
    return tuple(out)


@lru_cache(maxsize=1)
def weapons() -> tuple[WeaponEntry, ...]:
    out = []
    for r in read_tsv("weapons.tsv"):
        # models are case-sensitive-ish acronyms; generic nouns are not
        rx = _word_regex(r["pattern"])
        out.append(WeaponEntry(r["category"], r["model"] or None, rx, keyword_set(rx.pattern, rx.flags)))
    return tuple(out)


@lru_cache(maxsize=1)
def actors() -> tuple[ActorEntry, ...]:
    out = []
    for r in read_tsv("actors.tsv"):
        # acronyms that are also English words (US, UK) are wrapped in (?-i:...) in the data file
        rx = _word_regex(r["pattern"])
        out.append(ActorEntry(r["actor"], r["side"], r["kind"], rx, keyword_set(rx.pattern, rx.flags)))
    return tuple(out)


@lru_cache(maxsize=1)
def trigger_index() -> KeywordIndex:
    """The keywords of every trigger row, found in one pass over a lowercased sentence."""
    return KeywordIndex(t.keywords for t in triggers())


@lru_cache(maxsize=1)
def weapon_index() -> KeywordIndex:
    return KeywordIndex(w.keywords for w in weapons())


@lru_cache(maxsize=1)
def actor_index() -> KeywordIndex:
    return KeywordIndex(a.keywords for a in actors())


@lru_cache(maxsize=1)
def acled_map() -> dict[tuple[str, str], tuple[str, str]]:
    return {(r["event_type"], r["variant"]): (r["acled_event_type"], r["acled_sub_event_type"]) for r in read_tsv("acled_map.tsv")}


def acled_types(event_type: str, variant: str = "") -> tuple[str, str]:
    """ACLED event type and sub-event type for an event type and the variant the text supports."""
    table = acled_map()
    if (event_type, variant) in table:
        return table[(event_type, variant)]
    for (et, _v), value in table.items():  # the first row of the type is its default
        if et == event_type:
            return value
    return ("", "")
