"""Line rules of page furniture (``sitrep/data/boilerplate_lines.tsv``): one line at a time, whole-line
rules with their modes, date/time stamps glued to furniture, " · "-separated pieces, bracketed and
glued copies; the page-level passes over these verdicts live in :mod:`sitrep.ingest.boilerplate`.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from sitrep.literals import KeywordFinder, fold_text, required_literals

from .datetables import DATE_RE as _DATE, MONTH_RE as _MONTH, WEEKDAY_RE as _WEEKDAY

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "boilerplate_lines.tsv"

_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?(?:utc|gmt|cet|eet|eest|msk|ist|uhr|kyiv time|local time|[ecmp][sd]t|bst|[+-]\d{2}:?\d{2}|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?)"
_NAME = r"(?-i:[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|el|bin|da|di)){0,3})"
_ORG = r"(?-i:(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|for|on|de)){0,5})"
_ROLE = (r"(?:(?:senior|chief|staff|special|foreign|defen[cs]e|military|war|political|local|international|"
         r"investigative|contributing|freelance|our|news|deputy|managing|digital)\s+){0,3}"
         r"(?:writer|reporter|correspondent|editor|journalist|contributor|columnist|producer|photographer)s?")
_WIRE = (r"(?:reuters|ap|the associated press|associated press|afp|agence france-presse|cnn|bbc(?: news)?|"
         r"bloomberg|al jazeera|dpa|efe|anadolu(?: agency)?|xinhua|ukrinform|unian|tass|ria novosti|"
         r"interfax(?:-ukraine)?|nbc news|cbs news|abc news|sky news|dw|euronews|rfe/rl|radio liberty|npr|pbs)")
_MACROS = {"{MONTH}": _MONTH, "{WEEKDAY}": _WEEKDAY, "{DATE}": _DATE, "{TIME}": _TIME, "{NAME}": _NAME,
           "{ORG}": _ORG, "{ROLE}": _ROLE, "{WIRE}": _WIRE}

# a line with any of these (word prefixes / phrases) is an article sentence for the soft rules
_EVENT_PREFIXES = (
    "kill", "dead", "died", "death", "injur", "wound", "casualt", "attack", "strik", "struck", "shell",
    "bomb", "drone", "missile", "rocket", "artillery", "troops", "forces", "army", "soldier", "military",
    "explosion", "intercept", "captur", "occup", "destroy", "damag", "fire", "offensive", "frontline",
    "sanction", "arrest", "detain", "protest", "governor", "minister", "president", "official", "said",
    "says", "told", "reported", "rally", "rallies", "demonstrat", "civilian", "victim", "village",
    "oblast", "region", "city", "people", "thousand", "hundred",
)
_EVENT_PHRASES = ("shot down", "according to", "front line")
_WORD_RE = re.compile(r"[^\W\d_]+")
_DATE_OR_TIME = re.compile(_DATE + "|" + _TIME + r"|\b\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.IGNORECASE)

# kinds of a bare heading that opens a list of other stories, and of an image placeholder
FEED_KINDS = {"feed"}
CARD_KINDS = {"card"}
# a letter to readers ("Dear readers,") after the body: the rest of the page is the appeal
APPEAL_KINDS = {"appeal"}
_TEASER_MAX = 250
# a numbered item of a most-read list; a subscription or streaming offer closing the page
_NUMBERED = re.compile(r"^\d{1,2}\.\s+(?=\S)")
_PROMO = re.compile(r"[£$€]\s?\d+(?:\.\d\d)?\s+(?:a|per)\s+(?:month|week|year)\b|\b(?:subscribe|subscription|sign up|free trial|stream (?:world-class|live|all)|dedicated (?:sports )?channels|download (?:our|the) app)\b", re.I)
_QUOTES = tuple("\"“”‘’'«„")
_SPEECH = re.compile(r"[,!?][\"”’»]")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|been|being|will|would|has|have|had|can|could|may|might|"
                        r"should|must|does|did)\b", re.IGNORECASE)
# kinds that a glued date/time stamp may precede ("12:40 pm by Jane Example")
_STAMPABLE = {"byline", "desk", "meta", "date", "editor", "source", "update", "signoff"}

_BULLET = re.compile(r"^(?:[-–—•·▪►▸»>*+]|\d{1,2}[.)])\s*(?=\S)")
_STAMP_LEAD = re.compile(
    r"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:" + _DATE + r"(?:\s*(?:,|at|\||-|–|—|·)?\s*"
    + _TIME + r")?|" + _TIME + r"(?:\s*[,|·]?\s*" + _DATE + r")?)\s*[,|·•–—-]?\s*",
    re.IGNORECASE,
)
_STAMP_TRAIL = re.compile(
    r"(?:^|\s|[|·•,])(?:first |last )?(?:published|updated|posted|modified|(?<=last )update)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?P<stamp>[^\s].{0,45})$", re.IGNORECASE)
# a date with a time, or a full date, opening a line
_LEAD_STAMP = re.compile(
    r"^\W*(?:(?:" + _WEEKDAY + r",?\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}"
    r"|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)"
    r",?\s*(?:at\s+)?" + _TIME + r"|" + _DATE + r"|" + _TIME + r"\s)", re.IGNORECASE)
# a dateline alone on its line ("KYIV, March 5 —", "Kharkiv, 5 March 2025:"): the place and day of the story
_DATELINE = re.compile(r"^(?-i:[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2}),?\s+(?:\(?[A-Z][\w ]{1,20}\)?,?\s+)?(?:"
                       + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")(?:,?\s+\d{4})?\s*[—–:-]*$", re.IGNORECASE)
_HANDLE = re.compile(r"\(?@\w{2,30}\)?")
_LETTER = re.compile(r"[^\W\d_]")
# where a browser copy glued two pieces: a lower-case letter before a capitalised word, a year before a time
_GLUE = re.compile(r"(?<=[a-z\d])(?=[A-Z][a-z])|(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d)|(?<=[a-z])(?=\d{1,6}$)")
_SEGMENT_SPLIT = re.compile(r"\s+[·•|]\s+|\s*[·•]\s*")
_SENTENCE_END = tuple(".!?…\"”’»)")


@dataclass
class _Rule:
    kind: str
    max_len: int
    mode: str  # hard | soft | head | tail
    rx: re.Pattern
    search: bool = False  # rx is the rule without its ".*" ends, searched (same lines, faster)
    keywords: Optional[tuple[str, ...]] = None  # lowercased strings one of which every match holds (None: unknown)

    def __post_init__(self) -> None:
        self.keywords = required_literals(self.rx.pattern, self.rx.flags)

    @property
    def soft(self) -> bool:
        return self.mode == "soft"


def eventful(line: str) -> bool:
    low = line.lower()
    if any(p in low for p in _EVENT_PHRASES):
        return True
    return any(w.startswith(_EVENT_PREFIXES) for w in _WORD_RE.findall(low))


def load_rules(path: Optional[str] = None) -> tuple[list[_Rule], list[re.Pattern]]:
    """(line rules, prefix rules) from the boilerplate TSV; the "suffix" rules are in
    :func:`load_suffixes`."""
    rules, prefixes, _ = _load(path)
    return rules, prefixes


def load_suffixes(path: Optional[str] = None) -> list[re.Pattern]:
    """Rules of kind "suffix": furniture glued to the end of a content line."""
    return _load(path)[2]


@lru_cache(maxsize=2)
def _load(path: Optional[str] = None) -> tuple[list[_Rule], list[re.Pattern], list[re.Pattern]]:
    rules: list[_Rule] = []
    prefixes: list[re.Pattern] = []
    suffixes: list[re.Pattern] = []
    src = Path(path) if path else DATA_FILE
    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ValueError(f"{src}:{lineno}: expected 4 tab-separated columns")
        kind, max_len, mode, regex = parts
        mode = mode.strip()
        if mode not in ("hard", "soft", "head", "tail"):
            raise ValueError(f"{src}:{lineno}: mode must be hard, soft, head or tail")
        for k, v in _MACROS.items():
            regex = regex.replace(k, v)
        try:
            rx = re.compile(regex, re.IGNORECASE)
        except re.error as e:
            raise ValueError(f"{src}:{lineno}: bad regex ({e})") from None
        if kind == "prefix":
            prefixes.append(rx)
        elif kind == "suffix":
            suffixes.append(rx)
        else:
            inner = _unanchored(regex)
            if inner is not None:
                rules.append(_Rule(kind, int(max_len), mode, re.compile(inner, re.IGNORECASE), search=True))
            else:
                rules.append(_Rule(kind, int(max_len), mode, rx))
    return rules, prefixes, suffixes


def _unanchored(regex: str) -> Optional[str]:
    """``.*X.*|.*Y.*`` as ``X|Y``: on a line (no newline) a full match of the first is a search
    for the second, which the regex engine does faster. None when an alternative at the top level
    does not start and end with ``.*``."""
    alternatives, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if regex[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            alternatives.append(regex[start:i])
            start = i + 1
        i += 1
    alternatives.append(regex[start:])
    out = []
    for alt in alternatives:
        if not (alt.startswith(".*") and alt.endswith(".*") and len(alt) > 4 and alt[2] not in "*+?{"
                and not alt.endswith("\\.*") and alt[-3] != "\\"):
            return None
        out.append(alt[2:-2])
    return "|".join(out)


Classified = tuple[Optional[str], Optional[re.Match]]


def classify_line(line: str, zone: str = "body") -> Classified:
    """The boilerplate kind of a stripped line (None when it is content) and the match.
    ``zone`` is "body", "head" (before the first body paragraph) or "tail" (last third)."""
    if len(line) <= 200:  # short lines repeat (menus, share bars, sign-offs): memoise them
        return _classify_cached(line, zone)
    return _classify(line, zone, 0)


@lru_cache(maxsize=8192)
def _classify_cached(line: str, zone: str) -> Classified:
    return _classify(line, zone, 0)


@lru_cache(maxsize=None)
def _rule_limits() -> tuple[int, ...]:
    """The distinct line-length limits of the rules, ascending (0, "any length", last)."""
    rules, _ = load_rules()
    return tuple(sorted({r.max_len for r in rules if r.max_len})) + (0,)


@lru_cache(maxsize=None)
def _rules_for(zone: str, limit: int) -> tuple[_Rule, ...]:
    """The rules, in file order, that apply in ``zone`` to a line no longer than ``limit`` (0: a
    line longer than every limit)."""
    rules, _ = load_rules()
    return tuple(r for r in rules
                 if (not r.max_len or limit and limit <= r.max_len)
                 and not (r.mode == "head" and zone != "head" or r.mode == "tail" and zone != "tail"))


@lru_cache(maxsize=None)
def _finder() -> KeywordFinder:
    """One pass that finds, in a folded line, every required literal of every line rule."""
    rules, _ = load_rules()
    return KeywordFinder(tuple(sorted({k for r in rules if r.keywords for k in r.keywords})))


@lru_cache(maxsize=None)
def _rules_by_keyword(zone: str, limit: int) -> tuple[dict[str, tuple[int, ...]], frozenset[int]]:
    """For :func:`_rules_for` ``(zone, limit)``: the positions of the rules that hold each required
    literal, and the positions of the rules without known literals (tried on every line)."""
    by_keyword: dict[str, list[int]] = {}
    always = set()
    for pos, r in enumerate(_rules_for(zone, limit)):
        if r.keywords is None:
            always.add(pos)
        else:
            for k in r.keywords:
                by_keyword.setdefault(k, []).append(pos)
    return {k: tuple(v) for k, v in by_keyword.items()}, frozenset(always)


def _candidate_rules(zone: str, limit: int, present) -> list[_Rule] | tuple[_Rule, ...]:
    """The rules of :func:`_rules_for`, in file order, that can match a line whose folded text holds
    the keywords ``present`` (:func:`_finder`; None: not folded, every rule): a rule none of whose
    required literals is there cannot match. Looked up from the keywords found, not tested rule by rule."""
    rules = _rules_for(zone, limit)
    if present is None:
        return rules
    by_keyword, always = _rules_by_keyword(zone, limit)
    positions = set(always)
    for k in present:
        hit = by_keyword.get(k)
        if hit:
            positions.update(hit)
    return [rules[pos] for pos in sorted(positions)]


def _rules_match(line: str, zone: str) -> Classified:
    n = len(line)
    limits = _rule_limits()
    i = bisect_left(limits, n, hi=len(limits) - 1)
    is_eventful: Optional[bool] = None
    low = fold_text(line)
    present = None if low is None else _finder().find(low)
    for r in _candidate_rules(zone, limits[i], present):
        if r.mode == "soft":
            if is_eventful is None:
                is_eventful = eventful(line)
            if is_eventful:
                continue
        m = r.rx.search(line) if r.search else r.rx.fullmatch(line)
        if m:
            return r.kind, m
    return None, None


def _classify(line: str, zone: str, depth: int) -> Classified:
    kind, m = _rules_match(line, zone)
    if kind is not None or depth >= 2 or len(line) > 300:
        return kind, m
    # a line of emoji, counters and punctuation without a letter ("❤️ 231 🔥 44", "👁 25.6K")
    if len(line) <= 80 and not _LETTER.search(line) and any(unicodedata.category(c) == "So" for c in line):
        return "social", None
    # a whole line in brackets ("(Updated: 14:40 GMT 05.03.2025)")
    if line[:1] in "([" and line[-1:] in ")]" and len(line) > 2:
        kind, m = _classify(line[1:-1].strip(), zone, depth + 1)
        if kind is not None:
            return kind, m
    # pieces of page furniture glued together by a browser copy ("Skip to contentSkip to site index",
    # "March 9, 20256:14 AM ET")
    if len(line) <= 120:
        unglued = _GLUE.sub(" ", line)
        if unglued != line:
            kind, m = _classify(unglued, zone, depth + 1)
            if kind is not None:
                return kind, m
    # a list bullet or emoji/symbol decoration before a furniture line ("- Read also: ...",
    # "👉 Subscribe to our channel", "🔴 LIVE")
    lead = _BULLET.match(line)
    cut = lead.end() if lead else _decor_end(line)
    if 0 < cut < len(line):
        kind, m = _classify(line[cut:].lstrip(), zone, depth + 1)
        if kind is not None:
            return kind, m
    # a publication stamp closing a byline or outlet name ("Jane Example Published 3 May 2024
    # | 10:20 AM", "Example Wire Updated: 12:40 GMT")
    t = _STAMP_TRAIL.search(line)
    if t and _has_date(t.group("stamp")):
        rest = line[:t.start()].strip(" |·•,-–—")
        if not rest:
            return "date", None
        kind, m = _classify(rest, zone, depth + 1)
        if kind in _STAMPABLE or kind == "site":
            return kind, m
        if kind is None and _name_like(_HANDLE.sub("", rest).removeprefix("By ").strip()):
            return "byline", None
    # a date/time stamp glued before a byline, desk or reading-time line
    s = _STAMP_LEAD.match(line)
    if s and 0 < s.end() < len(line):
        kind, m = _classify(line[s.end():].strip(), zone, depth + 1)
        if kind in _STAMPABLE:
            return kind, m
    # a meta bar: every " · " / " | " separated piece is furniture
    if len(line) <= 200:
        pieces = [p.strip() for p in _SEGMENT_SPLIT.split(line) if p.strip()]
        if len(pieces) >= 2:
            found = [_classify(p, zone, depth + 1) for p in pieces]
            # one piece may be the outlet's name when another is a stamp ("Example News | Updated: ...")
            unknown = [i for i, (k, _) in enumerate(found) if k is None]
            if (len(unknown) == 1 and _name_like(pieces[unknown[0]]) and len(pieces[unknown[0]]) <= 30
                    and any(k == "date" for k, _ in found)):
                found[unknown[0]] = ("site", None)
            if all(k is not None for k, _ in found):
                for k, mm in found:  # prefer the piece that carries metadata
                    if mm is not None and any(mm.groupdict().values()):
                        return k, mm
                return found[0]
    return None, None


def _decor_end(line: str) -> int:
    """Length of a lead of emoji, pictographs and other symbols (no letters, digits, quotes or
    brackets) before the text of a line."""
    i = 0
    while i < len(line) and i < 12:
        c = line[i]
        if c.isspace() or unicodedata.category(c)[0] == "S" or c in "\u200d\ufe0f\u20e3‼⁉❗❕":
            i += 1
        else:
            break
    return i


def _has_date(text: str) -> bool:
    return bool(_DATE_OR_TIME.search(text))


def strip_prefix(line: str) -> str:
    """Cut glued scrape tokens ("date 2024-03-31 ", "[ad_1] ") from the start of a line."""
    _, prefixes = load_rules()
    changed = True
    while changed and line:
        changed = False
        for rx in prefixes:
            m = rx.match(line)
            if m and m.end() < len(line):
                line = line[m.end():].strip()
                changed = True
    return line


def strip_suffix(line: str) -> str:
    """Cut furniture glued to the end of a content line ("... the governor said.Read also: ...")."""
    for rx in load_suffixes():
        m = rx.search(line)
        if m and m.start() > 0:
            line = line[:m.start()].rstrip()
    return line


# --- page structure -------------------------------------------------------------------------


def _is_body(line: str) -> bool:
    """A paragraph of article prose: long, or a full sentence of some length."""
    return len(line) >= 120 or (len(line) >= 60 and line.endswith(_SENTENCE_END))


def _title_case(text: str) -> bool:
    words = [w for w in _WORD_RE.findall(text) if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _ends_sentence(line: str) -> bool:
    """A sentence end; a closing quotation mark after a word is none ("Kremlin Says Deal Is
    'Not on the Table'" is a headline that ends with a quoted phrase)."""
    core = line.rstrip("\"”’»')")
    if core != line and core[-1:].isalnum():
        return False
    return line.endswith(_SENTENCE_END)


def _link_like(line: str) -> bool:
    """A headline of another story: no sentence end, a few words in Title Case (a bullet may
    lead; a bulleted list in sentence case is article text: key points, casualty lists)."""
    if not (15 <= len(line) <= 200) or _ends_sentence(line) or line.endswith((",", ":", ";")):
        return False
    b = _BULLET.match(line)
    rest = line[b.end():] if b else line
    return len(rest.split()) >= 3 and _title_case(rest)


def _name_like(line: str) -> bool:
    """A name or outlet alone on a line: 1-5 capitalised words, no digits, no sentence end."""
    words = line.rstrip(".").split()
    return (len(line) <= 40 and 1 <= len(words) <= 5 and not any(c.isdigit() for c in line)
            and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "de", "von", "van", "al", "&")
                    for w in words)
            and not line.endswith(("!", "?", ":", ",")))


def _trailing_title(line: str) -> bool:
    """A headline or run-together tag list, not a cut-off paragraph, an attributed quote or an
    unpunctuated closing sentence: at most ~110 characters, no sentence end and no sentence break
    inside, no list bullet, an upper-case start that is no quotation mark, no quote closed by a
    comma ('," he said'), no auxiliary verb ("casualties are being clarified": headlines drop them)."""
    return (len(line) <= 110 and _headline_like(line) and ". " not in line and not _BULLET.match(line)
            and not line.startswith(_QUOTES) and not _SPEECH.search(line) and not _AUXILIARY.search(line)
            and not line.endswith(("-", "–", "—", "(", "/", "&")))


def _list_headline(line: str) -> bool:
    """A line of a list of headlines: short, no sentence break and no full stop at its end."""
    return 12 <= len(line) <= 160 and ". " not in line and not line.endswith(".") and (line[:1].isupper() or line[:1] in "'‘\"“")


def _headline_like(line: str) -> bool:
    if not (20 <= len(line) <= 200) or line.endswith(_SENTENCE_END) or line.endswith((",", ":", ";")):
        return False
    return 4 <= len(line.split()) <= 30 and next((c for c in line if c.isalpha()), "a").isupper()
