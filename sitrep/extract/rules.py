"""Named, ordered event rules read from ``sitrep/data/rules.tsv`` (conditions over sentence facts,
cues from ``sitrep/data/cues.tsv``), and the small engine that applies them.

A rule is ``id``, ``stage``, ``when`` (a conjunction of conditions) and ``then`` (an action). The
extractor asks the engine two questions per event-bearing sentence:

* :func:`judge_trigger` — for one trigger (type, strength, span) of the sentence: is it kept, skipped,
  or retyped? (stage ``trigger``)
* :func:`retype` — for the type chosen for the sentence: does a retype rule change it? (stage
  ``retype``)

Both return the ids of the rules that fired, which the event carries in its ``rules`` field. The
conditions are evaluated on :class:`RuleContext`, which holds only facts already computed for the
sentence (triggers, weapons, actors, anchors, factuality), so a rule never re-reads raw text for
something another component found.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Optional

from sitrep.extract.lexicon import read_tsv
from sitrep.nlp.prefilter import Gated, fold_text, present_keywords

STRIKE_TYPES = ("missile_artillery_strike", "air_drone_strike")
STAGES = ("trigger", "retype")
ACTIONS = ("skip", "drop", "next_type", "generic_attack")


@lru_cache(maxsize=1)
def cues() -> dict[str, Gated]:
    """Named cue patterns (case-insensitive; searched only in texts holding one of their words)."""
    return {r["name"]: Gated(re.compile(r["pattern"], re.I)) for r in read_tsv("cues.tsv")}


def cue(name: str) -> Gated:
    return cues()[name]


@dataclass
class RuleContext:
    """What the rules may look at for one sentence and one candidate trigger."""

    text: str
    event_type: str
    strength: str
    start: int  # trigger span in the sentence
    end: int
    types: set[str]
    firsts: dict[str, int]  # type -> start of its first trigger in the sentence
    weapons: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    armed: bool = False
    anchored: bool = False
    has_casualties: bool = False
    factuality: Callable[[], str] = lambda: "asserted"
    ref_year: Optional[int] = None  # the report's year
    day_dated: bool = False  # the sentence names a day (date, weekday, "overnight", "yesterday")
    caption: Callable[[], bool] = lambda: False  # the sentence is a photo caption (parsed lazily)
    war_page: Callable[[], bool] = lambda: False  # the document is about this monitor's war (named 3+ times)
    # cue answers already found for this sentence (shared by the contexts of its triggers: a cue is searched
    # once per scope, not once per rule), with the keywords present in the folded sentence under "" (the cue
    # gates: a keyword absent from the sentence is absent from every part of it)
    memo: dict = field(default_factory=dict)

    def cue_hit(self, name: str, scope: str) -> bool:
        """Does cue ``name`` match in the ``scope`` of the sentence (``around``: a match holding the trigger)?"""
        memo = self.memo
        key = (name, scope) if scope == "all" or scope.startswith("before:") else (name, scope, self.start, self.end)
        hit = memo.get(key)
        if hit is None:
            if "" not in memo:
                low = fold_text(self.text)
                memo[""] = None if low is None else present_keywords(low)
            g = cue(name)
            if not g.possible_given(memo[""], self.text):
                hit = False
            elif scope == "around":
                hit = any(m.start() <= self.start < m.end() for m in g.rx.finditer(self.text))
            else:
                hit = g.rx.search(_scoped_text(self, scope)) is not None
            memo[key] = hit
        return hit

    def has(self, what: str) -> bool:
        if what == "weapons":
            return bool(self.weapons)
        if what == "specific_weapon":
            return bool({w.category for w in self.weapons} - {"mixed", "other"})
        if what == "actors":
            return bool(self.actors)
        if what == "armed":
            return self.armed
        if what == "anchored":
            return self.anchored
        if what == "casualties":
            return self.has_casualties
        if what == "day_dated":
            return self.day_dated
        if what == "caption":
            return self.caption()
        if what == "war_page":
            return self.war_page()
        if what == "huge_count":  # running totals of a war, not one night's wave
            return any((c.best or c.low or 0) >= 1000 for w in self.weapons for c in (w.launched, w.intercepted) if c)
        if what == "past_year":  # "in 2022", "since 2014" in a later report, with no day of its own
            if self.ref_year is None:
                return False
            adj = _YEAR_ADJECTIVE.search(self.text, max(0, self.start - 40), self.start)
            if adj is not None and int(adj.group(1)) < self.ref_year:
                return True  # "the scene of a deadly 2017 chemical weapons attack": the year names that event
            if self.day_dated:
                return False
            if _CENTURIES_BACK.match(self.text):
                return True  # "In 1888, Makhno was born here; thirty years later the town ... fought": history
            for m in _YEAR.finditer(self.text):
                between = self.text[min(m.end(), self.end):max(m.start(), self.start)] if m.start() > self.end else self.text[m.end():self.start]
                if int(m.group(1)) < self.ref_year and abs(m.start() - self.start) <= 80 and not _CLAUSE_BREAK.search(between):
                    return True  # the year is in the trigger's own clause
                if int(m.group(1)) < self.ref_year and m.start(1) < self.start and _FRONTED.match(self.text[:m.start(1)]):
                    return True  # "In October 2022, the bridge was damaged ...": a fronted time adverbial scopes over the sentence
            return False
        raise ValueError(f"unknown has= fact: {what}")


# a year the sentence places something in ("launched in 2022", "back in March 2023"), not a comparison
# ("the largest attack since 2022")
_YEAR_ADJECTIVE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$", re.I)
_YEAR = re.compile(r"\b(?i:in|during|back in|of|from|until)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)(?!\d|,\d)")


_CENTURIES_BACK = re.compile(r"^\W*(?:[Ii]n|[Bb]y|[Ss]ince|[Dd]uring)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?1[5-8]\d\d(?:s)?\b(?!\s*(?:m|km|metres|meters|kilomet))")  # a year of a past century opening the sentence
_FRONTED = re.compile(r"^\W*(?i:(?:back|as early as|as long ago as)\s+)?(?i:in|by|during|on|since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?$")
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:which|while|but|and|as|after|when|where|who)\b|\b(?:but|while|whereas)\b")


def _types(spec: str) -> frozenset[str]:
    out: set[str] = set()
    for t in spec.split("|"):
        out.update(STRIKE_TYPES if t == "STRIKE" else (t,))
    return frozenset(out)


@dataclass(frozen=True)
class Condition:
    negated: bool
    test: Callable[[RuleContext], bool]
    text: str

    def __call__(self, ctx: RuleContext) -> bool:
        return self.test(ctx) != self.negated


_CLAUSE_CUT = re.compile(r";|\s[—–]\s")
_ANCHOR_AFTER = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|hours?|weeks?|months?|minutes?)|(?:only |just )?hours|shortly|soon|just|moments)\s+(?:after|before)\b", re.I)


def _scoped_text(ctx: RuleContext, scope: str) -> str:
    if scope == "all":
        return ctx.text
    if scope == "left":
        return ctx.text[:ctx.start]
    if scope == "right":
        return ctx.text[ctx.end:]
    if scope == "trigger":
        return ctx.text[ctx.start:ctx.end]
    if scope == "clause":
        # the trigger's own clause of a sentence cut by ';' or a spaced dash ("drones hit Sumy; Kremlin rejects truce
        # proposal"), or by a recalled event that dates it ("missiles hit the port a day after the grain deal was
        # signed": the deal is the anchor's)
        lo = max((m.end() for m in _CLAUSE_CUT.finditer(ctx.text, 0, ctx.start)), default=0)
        cuts = [m.start() for m in (_CLAUSE_CUT.search(ctx.text, ctx.end), _ANCHOR_AFTER.search(ctx.text, ctx.end)) if m]
        return ctx.text[lo:min(cuts, default=len(ctx.text))]
    if scope.startswith("before:"):
        return ctx.text[:ctx.firsts.get(scope[7:], 0)]
    raise ValueError(f"unknown cue scope: {scope}")


def _condition(term: str) -> Condition:
    neg = term.startswith("!")
    body = term[1:] if neg else term
    m = re.fullmatch(r"cue(?:\[(?P<scope>[\w:]+)\])?=(?P<name>\w+)", body)
    if m:
        name, scope = m["name"], m["scope"] or "all"
        cue(name)  # unknown cue names fail at load time
        # scope "around": a match of the cue that holds the trigger ("has been hit repeatedly since ...")
        return Condition(neg, lambda c, n=name, s=scope: c.cue_hit(n, s), term)
    key, op, value = re.fullmatch(r"(\w+)(=|~|<)(.+)", body).groups()
    if key == "type" and op == "=":
        ts = _types(value)
        return Condition(neg, lambda c: c.event_type in ts, term)
    if key == "types" and op == "~":
        ts = _types(value)
        return Condition(neg, lambda c: bool(c.types & ts), term)
    if key == "strength" and op == "=":
        return Condition(neg, lambda c: c.strength == value, term)
    if key == "has" and op == "=":
        return Condition(neg, lambda c: c.has(value), term)
    if key == "sides" and op == "<":
        n = int(value)
        return Condition(neg, lambda c: len({a.side for a in c.actors}) < n, term)
    if key == "first" and op == "=":
        a, b = value.split("<")
        return Condition(neg, lambda c: a in c.firsts and b in c.firsts and c.firsts[a] < c.firsts[b], term)
    if key == "factuality" and op == "=":
        fs = frozenset(value.split("|"))
        return Condition(neg, lambda c: c.factuality() in fs, term)
    raise ValueError(f"unknown rule condition: {term}")


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    conditions: tuple[Condition, ...]
    action: str
    new_type: Optional[str]
    note: str
    types: Optional[frozenset] = None  # its plain "type=..." condition's types, checked first (most rules fail there)

    def applies(self, ctx: RuleContext) -> bool:
        if self.types is not None and ctx.event_type not in self.types:
            return False
        return self.holds(ctx)

    def holds(self, ctx: RuleContext) -> bool:
        """Its conditions other than the plain type one (:attr:`types`)."""
        for c in self.conditions:
            if not c(ctx):
                return False
        return True


def _rule(row: dict[str, str]) -> Rule:
    then = row["then"].strip()
    new_type = None
    if then.startswith("retype="):
        new_type, then = then.split("=", 1)[1], "retype"
    elif then not in ACTIONS:
        raise ValueError(f"rule {row['id']}: unknown action {then!r}")
    if row["stage"] not in STAGES:
        raise ValueError(f"rule {row['id']}: unknown stage {row['stage']!r}")
    terms = row["when"].split()
    typed_term = next((t for t in terms if t.startswith("type=")), None)  # checked by Rule.types, first
    conds = tuple(_condition(t) for t in terms if t is not typed_term)
    typed = _types(typed_term[5:]) if typed_term is not None else None
    return Rule(row["id"], row["stage"], conds, then, new_type, row.get("note", ""), typed)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    out = tuple(_rule(r) for r in read_tsv("rules.tsv"))
    ids = [r.id for r in out]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ValueError(f"duplicate rule ids in rules.tsv: {sorted(dup)}")
    return out


@lru_cache(maxsize=None)
def rules_of(stage: str) -> tuple[Rule, ...]:
    return tuple(r for r in rules() if r.stage == stage)


@lru_cache(maxsize=None)
def _rules_typed(stage: str, event_type: str) -> tuple[tuple[int, ...], tuple[Rule, ...]]:
    """The rules of ``stage`` whose plain type condition admits ``event_type`` (or that have none), in
    order, and their positions in :func:`rules_of`: most rules are for other types, and testing each
    rule's type once per trigger was most of the engine's time."""
    pairs = [(pos, r) for pos, r in enumerate(rules_of(stage)) if r.types is None or event_type in r.types]
    return tuple(pos for pos, _ in pairs), tuple(r for _, r in pairs)


def _applying(stage: str, ctx: RuleContext) -> Iterator[Rule]:
    """The rules of ``stage`` that apply to ``ctx``, in order, each tested on the type ``ctx`` has
    when its turn comes (the caller may change ``ctx.event_type`` after a rule: the following rules
    see the new type), as ``(r for r in rules_of(stage) if r.applies(ctx))`` does."""
    last = -1
    while True:
        event_type = ctx.event_type
        positions, typed = _rules_typed(stage, event_type)
        for k in range(bisect_right(positions, last), len(typed)):
            r = typed[k]
            if r.holds(ctx):
                last = positions[k]
                yield r
                if ctx.event_type != event_type:
                    break  # the rules after this one, for the new type
        else:
            return


@dataclass
class Verdict:
    keep: bool
    event_type: str
    fired: list[str]
    skipped_by: Optional[str] = None
    dropped: bool = False  # "drop": the sentence reports no new event (no fallback event either)


def judge_trigger(ctx: RuleContext) -> Verdict:
    """Trigger-stage rules, in order: the first ``skip`` ends the trigger; ``retype`` changes the
    candidate type and the following rules see the new type."""
    fired: list[str] = []
    for r in _applying("trigger", ctx):
        if r.action in ("skip", "drop"):
            return Verdict(False, ctx.event_type, fired + [r.id], r.id, dropped=r.action == "drop")
        if r.action == "retype" and r.new_type != ctx.event_type:
            fired.append(r.id)
            ctx.event_type = r.new_type
    return Verdict(True, ctx.event_type, fired)


def retype(ctx: RuleContext, rest: list[str], generic: Callable[[str], str]) -> tuple[Optional[str], list[str]]:
    """Retype-stage rules applied in order to the chosen type. ``rest``: the sentence's other trigger
    types, strongest first (for ``next_type``); ``generic``: the generic-attack typing function.
    Returns the final type (None: no event) and the ids that fired."""
    fired: list[str] = []
    for r in _applying("retype", ctx):
        fired.append(r.id)
        if r.action == "retype":
            ctx.event_type = r.new_type
        elif r.action == "next_type":
            others = [t for t in rest if t != ctx.event_type]
            if not others:
                return None, fired
            ctx.event_type = others[0]
        elif r.action == "generic_attack":
            ctx.event_type = generic(ctx.event_type)
        elif r.action in ("drop", "skip"):
            return None, fired
    return ctx.event_type, fired
