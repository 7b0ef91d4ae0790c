"""Loaders for the analyst-editable data files in ``sitrep/data`` (triggers, weapons, actors,
the ACLED mapping). Each file is a TSV with ``#`` comment lines and a header row; patterns are
compiled once per process."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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
    keywords: tuple[str, ...] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class WeaponEntry:
    category: str
    model: str | None
    regex: re.Pattern
    keywords: tuple[str, ...] | None = field(default=None, compare=False)  # required_literals, folded


@dataclass(frozen=True)
class ActorEntry:
    actor: str
    side: str
    kind: str
    regex: re.Pattern
    keywords: tuple[str, ...] | None = field(default=None, compare=False)  # required_literals, folded


def _word_regex(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])", flags)


_COMMON = {"the", "a", "an", "of", "in", "on", "at", "to", "by", "and", "or", "for", "with", "from", "is", "was", "were"}


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, read from its parse tree: the longest
    literal run of a sequence, the union over the branches of an alternation; a repeat counts only
    when it must occur once. None when no such set is known (a branch made only of classes like
    ``\\w+``, or ``(?i:...)`` in a case-sensitive pattern). With ``re.IGNORECASE`` the strings are
    lowercased and must be looked up in :func:`fold_text` of the text. Sound by construction: the
    prefilter built on it only skips regex runs that cannot match."""
    from re import _constants as C, _parser  # type: ignore[attr-defined]

    fold = bool(flags & re.IGNORECASE)
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE and not fold:
        return None

    def score(c: set[str]) -> tuple:
        return (not any(x.strip() in _COMMON for x in c), min(map(len, c)), -len(c))

    def need(seq) -> set[str] | None:
        cands: list[set[str]] = []
        run: list[str] = []
        for op, av in seq:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                cands.append({"".join(run)})
                run = []
            if op is C.SUBPATTERN:
                if av[1] & re.IGNORECASE and not fold:
                    return None  # (?i:...) inside: no literal of this sequence is safe to rely on
                cands.append(need(av[-1]))
            elif op is C.BRANCH:
                subs = [need(b) for b in av[1]]
                cands.append(None if any(x is None for x in subs) else set().union(*subs))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                cands.append(need(av[2]))
        if run:
            cands.append({"".join(run)})
        found = [c for c in cands if c]
        return max(found, key=score) if found else None

    out = need(parsed)
    if not out:
        return None
    if fold:  # a case-insensitive pattern: its literals, lowercased, are looked up in lowercased text (see fold_text)
        out = {x.lower() for x in out}
    # a string that contains another of the set adds nothing ("bomb blast" beside "bomb")
    return tuple(sorted(x for x in out if not any(y != x and y in x for y in out)))


def fold_text(text: str) -> str | None:
    """``text.lower()`` when every case-insensitive match of a lexicon regex in ``text`` lowercases to
    the pattern's lowercased literals (so :func:`may_match` is exact); None for the rare text where
    that is not so (the caller then runs every regex): a lowercase that changes the length ("İ"), or
    a character the regex engine folds onto a keyword letter other than its own lowercase ("ſ"
    matches "s", "ı" matches "i", "Σ" at a word's end)."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _fold_odd().search(text)):
        return None
    return low


@lru_cache(maxsize=1)
def _fold_odd() -> re.Pattern:
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]  # {lowercase: other chars the engine equates}

    chars = {c for table in (weapons(), actors()) for e in table for k in (e.keywords or ()) for c in k}
    odd = {chr(v) for c in chars for v in _EXTRA_CASES.get(ord(c), ())} | {"Σ"}
    return re.compile("[" + re.escape("".join(sorted(odd))) + "]")


def may_match(keywords: tuple[str, ...] | None, low: str | None) -> bool:
    """False only when the regex with these ``required_literals`` cannot match the (folded) text."""
    return low is None or keywords is None or any(k in low for k in keywords)


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    out = []
    for r in read_tsv("triggers.tsv"):
        low = _word_regex(r["pattern"].lower(), 0)
        out.append(Trigger(r["event_type"], r["strength"], _word_regex(r["pattern"]), low, required_literals(low.pattern)))
    return tuple(out)


@lru_cache(maxsize=1)
def weapons() -> tuple[WeaponEntry, ...]:
    out = []
    for r in read_tsv("weapons.tsv"):
        # models are case-sensitive-ish acronyms; generic nouns are not
        rx = _word_regex(r["pattern"])
        out.append(WeaponEntry(r["category"], r["model"] or None, rx, required_literals(rx.pattern, rx.flags)))
    return tuple(out)


@lru_cache(maxsize=1)
def actors() -> tuple[ActorEntry, ...]:
    out = []
    for r in read_tsv("actors.tsv"):
        # acronyms that are also English words (US, UK) are wrapped in (?-i:...) in the data file
        rx = _word_regex(r["pattern"])
        out.append(ActorEntry(r["actor"], r["side"], r["kind"], rx, required_literals(rx.pattern, rx.flags)))
    return tuple(out)


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
