"""Recognising page furniture: line rules (``sitrep/data/boilerplate_lines.tsv``) and page
structure (header zone, related-story lists and cards after the body, article tail).

A line is furniture when a whole-line rule matches it (after an optional list bullet), when it
is a date/time stamp glued to a furniture line ("5 March 2025 14:20 by Example news desk"), or
when it is made of " · "/" | "-separated pieces that are all furniture ("Updated 14:20 · 3 min
read").  Rules have a mode: *hard* (always), *soft* (not on a line with event vocabulary),
*head* (only before the first body paragraph) and *tail* (only in the last third of the page).
:func:`classify_lines` adds the structural kinds on top of the line rules: the header (the headline
is the first line shaped like one that no menu follows; short labels around it go, a list under a
"Key developments:" heading stays), labels repeated above and below the article, names beside a
post's stamp or handle, lines inside a promotion box, lists under a list heading (an inline box of
links inside the article, or the rest of the page), related headlines and topic labels closing the
page.  A line is also tried without the brackets around it and with pieces a browser copy glued
together split apart ("Skip to contentSkip to site index").  The word tables of the structural
passes (list headings, headline verbs, place words) are kept here next to their one user.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

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
    r"(?:^|\s|[|·•,])(?:first |last )?(?:published|updated|posted|modified)(?:\s+(?:on|at))?\s*:?\s*"
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


def _rules_match(line: str, zone: str) -> Classified:
    n = len(line)
    limits = _rule_limits()
    i = bisect_left(limits, n, hi=len(limits) - 1)
    is_eventful: Optional[bool] = None
    for r in _rules_for(zone, limits[i]):
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
        if c.isspace() or unicodedata.category(c)[0] == "S" or c in "\u200d\ufe0f\u20e3":
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


def classify_lines(lines: list[str]) -> list[Classified]:
    """Kinds of the stripped non-blank lines of one page, using their position: line rules per
    zone, then a run of related headlines closing the page ("related"), a related-story card
    (headline, teaser, image placeholder) and a list heading after the body with no body after it
    (everything from it on is "related")."""
    n = len(lines)
    out: list[Classified] = [classify_line(x) for x in lines]
    body = [i for i, (k, _) in enumerate(out) if k is None and _is_body(lines[i])]
    # the header ends at the first sentence of prose
    first_body = next((i for i, (k, _) in enumerate(out) if k is None and len(lines[i]) >= 40
                       and lines[i].endswith(_SENTENCE_END)), n)
    tail_from = max(first_body + 1, n - n // 3)
    for i in range(n):
        if out[i][0] is None and (i < first_body or i >= tail_from):
            out[i] = classify_line(lines[i], "head" if i < first_body else "tail")

    # a line inside a promotion box, between two lines of it ("Sign up to Example Europe" / "The
    # stories that matter, every Friday" / "Privacy Notice: ...")
    for i in range(1, n - 1):
        if out[i][0] is None and out[i - 1][0] in _PROMO_KINDS and out[i + 1][0] in _PROMO_KINDS \
                and len(lines[i]) <= 200 and not eventful(lines[i]):
            out[i] = ("share", None)

    # a short label both above the article and after it is a section or topic link
    # ("Military operation in Ukraine" as rubric and as tag)
    if body:
        _repeated_labels(lines, out, first_body, body[-1])

    # a name beside a stamp or handle is a byline ("Jane Example" / "2h ago / 9:02 AM EST")
    for i in range(n):
        if out[i][0] is None and _person_like(lines[i]) and (
                i > 0 and _clock_stamp(lines[i - 1], out[i - 1][0])
                or i + 1 < n and _clock_stamp(lines[i + 1], out[i + 1][0])):
            out[i] = ("byline", None)

    # the header: the headline is the first line shaped like one (some words, no sentence end);
    # short lines that are no sentence around it (menus, bylines without "By", outlet names,
    # section labels, places) are furniture
    head = [i for i in range(first_body) if out[i][0] is None] if body else []
    if head:
        headline = _pick_headline(lines, out, head)
        listing = False
        for i in head:
            # a list under a heading after the headline ("Key developments on March 4:") is article text
            if i > headline and _list_heading(lines[i]):
                listing = True
            if i != headline and not listing and _short_label(lines[i]) and not _DATELINE.match(lines[i]) and not (
                    i > headline and len(lines[i].split()) >= 4 and eventful(lines[i])) and not (
                    i == headline - 1 == head[0] and _short_headline(lines[i], lines[headline])):
                out[i] = ("head", None)

    # the close: name-like lines after the body ("Jane Example", "Example Daily"), unless a line
    # announced them as a list ("The alert covered the following regions." / "Kyiv" / "Sumy" / ...)
    names: list[int] = []
    for i in range(n - 1, first_body, -1):
        if out[i][0] is not None:
            continue
        if not _name_like(lines[i]):
            if not (len(names) >= 3 and _LIST_INTRO.search(lines[i])):
                for k in names:
                    out[k] = ("signoff", None)
            names = []
            break
        names.append(i)
    for k in names:
        out[k] = ("signoff", None)

    # related headlines running to the end of the page, after the body; a story card may add a
    # one-line teaser under its headline (then the list must follow a furniture line: "Read more")
    run: list[int] = []
    teasers = 0
    content = [i for i in range(first_body + 1, n) if out[i][0] is None]
    for pos in range(len(content) - 1, -1, -1):
        i = content[pos]
        if _link_like(lines[i]):
            run.append(i)
        elif len(lines[i]) < 25 and not lines[i].endswith(_SENTENCE_END):
            run.append(i)  # a stray short label inside the list
        elif pos > 0 and len(lines[i]) <= _TEASER_MAX and _link_like(lines[content[pos - 1]]):
            run.append(i)
            teasers += 1
        else:
            break
    if sum(_link_like(lines[i]) for i in run) >= 3 and (
            not teasers or run and min(run) > 0 and out[min(run) - 1][0] is not None):
        for i in run:
            out[i] = ("related", None)

    # a bulleted list of headlines right after furniture that closes the article (an author's
    # bio, a share bar), with no prose after it: "more on this" links even in sentence case
    if len(body) >= 2:
        i = body[1] + 1
        while i < n:
            j = i
            while j < n and out[j][0] is None and _BULLET.match(lines[j]) and len(lines[j]) <= 200 \
                    and not _ends_sentence(lines[j]):
                j += 1
            need = 1 if out[i - 1][0] in ("related", "feed") else 3  # right under "Read also:" one will do
            if j - i >= need and out[i - 1][0] is not None \
                    and sum(1 for k in range(j, n) if out[k][0] is None and _is_body(lines[k])) < 2:
                for k in range(i, j):
                    out[k] = ("related", None)
            i = j + 1

    # one or two headlines or a run-together tag list closing the page after the body
    # ("... said on Friday." / "Troops Pull Back From River Town" / "Kharkiv Drones War in Ukraine");
    # a short wire item may have one paragraph of prose only
    if body:
        titles = 0
        for i in range(n - 1, body[min(1, len(body) - 1)], -1):
            if out[i][0] is not None:
                continue
            numbered = _NUMBERED.match(lines[i])
            line = lines[i][numbered.end():] if numbered else lines[i]
            # inside a list of three headlines or more, a headline may quote ("..., commander says")
            if _trailing_title(line) or titles >= 3 and _list_headline(line) or _PROMO.search(line) and len(line) <= 200:
                out[i] = ("related", None)  # numbered: "3.  'Miracle' as ...", a most-read list
                titles += 1
                continue
            break

    # list headings and story cards after the body
    half = n // 2
    for a in range(half, n):
        kind = out[a][0]
        if kind in CARD_KINDS:
            if sum(1 for i in range(a + 1, n) if out[i][0] is None and _is_body(lines[i])) >= 2:
                continue  # an image inside the body
            start = _card_start(lines, out, a)
            if start is not None:
                for i in range(start, a):
                    out[i] = ("related", None)
        elif kind in APPEAL_KINDS:
            if a > first_body and sum(1 for i in body if i < a) >= 2:
                for i in range(a + 1, n):
                    out[i] = ("appeal", None)  # a letter to readers runs to the end of the page
                break
        elif kind in FEED_KINDS:
            if _feed_box(lines, out, a):
                continue
            for i in range(a + 1, n):
                if out[i][0] is None:
                    out[i] = ("related", None)
            break
    # a list heading inside the body ("Read also", "Related article") takes the headlines under it
    for a in range(first_body + 1, half):
        if out[a][0] in FEED_KINDS:
            _feed_box(lines, out, a)

    # a run of short topic labels closing the page next to furniture ("Russia", "Ukraine",
    # "Military" / "Comments")
    if body:
        _closing_labels(lines, out, body[-1])
    return out


def _list_item(line: str) -> bool:
    """A line of a list of links: no paragraph of prose, no sentence end, no heading colon."""
    return len(line) <= 200 and not _is_body(line) and not _ends_sentence(line) and not line.endswith(":")


_BOX_WINDOW = 400
_READ_BUTTON = re.compile(r"(?:read (?:also|more|next)|also read|see also)\s*[:»›>|]?", re.IGNORECASE)


def _feed_box(lines: list[str], out: list[Classified], a: int) -> bool:
    """The list under the heading at ``a`` when the article goes on after it: its headlines are
    related (True); False when the rest of the page is the list (no prose after, or cards of
    headline and teaser)."""
    # (a window of the page after the heading: an inline box is short, and a page of list
    # headings stays linear)
    after = [i for i in range(a + 1, min(len(lines), a + _BOX_WINDOW)) if out[i][0] is None]
    lead = 0
    while lead < len(after) and _list_item(lines[after[lead]]):
        lead += 1
    rest = after[lead:]
    # prose that goes on after the list; a teaser cut off mid-word is no article text
    resumed = sum(1 for i in rest if _is_body(lines[i]) and _ends_sentence(lines[i]))
    # one paragraph after a list of headlines is the article going on unless more headlines follow
    # (cards); right under the heading it is the teaser of the first card
    if resumed >= 2 or (resumed and lead and not any(_list_item(lines[i]) and _link_like(lines[i])
                                                     for i in rest)):
        for i in after[:lead]:
            out[i] = ("related", None)
        return True
    # a bare "Read more" with prose right under it may be a button of the article itself
    return not lead and bool(resumed) and bool(_READ_BUTTON.fullmatch(lines[a]))


def _closing_labels(lines: list[str], out: list[Classified], last_body: int) -> None:
    """Three short labels or more (no digits, no heading colon) closing the page after the last
    paragraph, with furniture before or among them, are topic links; not when a line ending in a
    colon announces them."""
    run: list[int] = []
    stop = None
    for i in range(len(lines) - 1, last_body, -1):
        if out[i][0] is not None:
            continue
        if _short_label(lines[i], 40) and len(lines[i].split()) <= 5 and not lines[i].endswith(":") \
                and not any(c.isdigit() for c in lines[i]):
            run.append(i)
            continue
        stop = i
        break
    if len(run) < 3 or stop is not None and lines[stop].endswith(":"):
        return
    first = min(run)
    if out[first - 1][0] is not None or any(out[i][0] is not None for i in range(first, len(lines))):
        for i in run:
            out[i] = ("related", None)


def _repeated_labels(lines: list[str], out: list[Classified], first_body: int, last_body: int) -> None:
    """A short label found both above the first paragraph and after the last one is a section or
    topic link: every copy of it goes."""
    keys: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if (i < first_body or i > last_body) and _short_label(line, 40):
            keys.setdefault(" ".join(line.split()).casefold(), []).append(i)
    for idx in keys.values():
        if len(idx) >= 2 and idx[0] < first_body and idx[-1] > last_body:
            for i in idx:
                out[i] = ("nav", None)


_STAMP_KINDS = {"date", "meta", "social"}
_MENU_KINDS = {None, "nav", "kicker", "feed", "site", "masthead", "related"}
_PROMO_KINDS = {"share", "paywall", "donate", "cookie"}


def _short_label(line: str, limit: int = 50) -> bool:
    """A short line that is no sentence (its decoration of emoji not counted)."""
    return len(line) - _decor_end(line) <= limit and not line.endswith(_SENTENCE_END)


def _pick_headline(lines: list[str], out: list[Classified], head: list[int]) -> int:
    """The headline among the content lines above the body: the first line shaped like one, unless
    a menu follows it (two menu labels or more before the next such line: a site's tagline)."""
    shaped = [k for k, i in enumerate(head) if _headline_shaped(lines[i])]
    if not shaped:  # a short headline has words; a menu item rarely three
        return next((i for i in head if len(lines[i].split()) >= 3), head[0])
    for a, b in zip(shaped, shaped[1:]):
        if sum(1 for i in range(head[a] + 1, head[b]) if out[i][0] in _MENU_KINDS and _short_label(lines[i])
               and not lines[i].endswith(":")) < 2:
            return head[a]
    return head[shaped[-1]]


# words of a heading over the article's own list ("Key developments on March 4:", "What we know:")
_LIST_HEAD_WORDS = ("key", "developments", "takeaways", "points", "what we know", "what happened", "details",
                    "chronology", "background", "summary", "highlights",
                    "latest", "main", "at a glance", "in brief", "timeline", "facts", "casualties", "damage")
_LIST_HEAD = re.compile(r"\b(?:" + "|".join(_LIST_HEAD_WORDS) + r")\b", re.IGNORECASE)


# a sentence announcing a list of names under it
_LIST_INTRO = re.compile(r"(?::|\b(?:following|these|as follows|listed|list|includ\w*)\b[^.!?]{0,40}[.:]?)$",
                         re.IGNORECASE)


# verbs of news headlines: a short line with one tells something ("Kharkiv hit again"), a rubric
# does not ("War in Ukraine")
_HEADLINE_VERBS = frozenset("""
    hit hits kill kills killed strike strikes struck attack attacks attacked shell shells shelled down
    downs downed shoot shoots launch launches launched say says said warn warns claim claims injure injures
    injured wound wounds wounded destroy destroys destroyed damage damages damaged pound pounds target
    targets repel repels repelled capture captures captured seize seizes seized advance advances retreat
    retreats intercept intercepts explode explodes exploded burn burns die dies died flee flees evacuate
    evacuates cut cuts lose loses lost take takes took""".split())


def _short_headline(line: str, below: str) -> bool:
    """A short headline in sentence case over a standfirst ("Kharkiv hit again" / "The governor
    says ..."): three words or more with a headline verb, not in Title Case, not glued menu words,
    not a rubric that the line below repeats ("Ukraine war latest" / "Ukraine war latest: ...")."""
    return (len(line.split()) >= 3 and not _title_case(line) and not _GLUE.search(line)
            and any(w in _HEADLINE_VERBS for w in _WORD_RE.findall(line.lower()))
            and line.casefold() not in below.casefold())


def _list_heading(line: str) -> bool:
    """A heading over the article's own list: a colon at its end and a list word or a date."""
    return line.endswith(":") and len(line) <= 80 and bool(_LIST_HEAD.search(line) or _has_date(line))


def _headline_shaped(line: str) -> bool:
    """A headline: four words or more, no sentence end or heading colon, not all in capitals, no
    publication stamp in front ("6 MAR, 09:14 Military operation in Ukraine")."""
    return (20 <= len(line) <= 200 and len(line.split()) >= 4 and not line.endswith((":", ".", ","))
            and not line.isupper() and not _BULLET.match(line) and not _LEAD_STAMP.match(line)
            and not (len(line.split()) <= 4 and _name_like(line))  # "Press Union of India"
            and not line.startswith(("By ", "BY ", "by ")))


def _person_like(line: str) -> bool:
    """A person's name alone on a line: two to four capitalised words, no digits, no word of a
    place's name ("Kharkiv Oblast", "Pokrovsk Direction" are region headings)."""
    words = line.split()
    return (2 <= len(words) <= 4 and len(line) <= 40 and _name_like(line) and all(w[:1].isupper() for w in words)
            and not any(w.lower().strip(".,") in _PLACE_WORDS for w in words))


_PLACE_WORDS = frozenset("""oblast region district raion krai province city town village county republic
    direction sector axis area territory peninsula sea river""".split())
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d|\bago\b", re.IGNORECASE)


def _clock_stamp(line: str, kind: Optional[str]) -> bool:
    """A handle, or a stamp with a time of day or an age ("2h ago / 9:02 AM EST"): the byline of a
    post goes beside it."""
    return kind == "social" or kind in _STAMP_KINDS and bool(_CLOCK.search(line))


def _card_start(lines: list[str], out: list[Classified], a: int) -> Optional[int]:
    """The headline that opens a story card ending at the image placeholder ``a``: a headline
    one or two content lines before it (a teaser between), else None."""
    content = [i for i in range(max(0, a - 4), a) if out[i][0] is None]
    if not content:
        return None
    if _headline_like(lines[content[-1]]):
        return content[-1]
    if len(content) >= 2 and _headline_like(lines[content[-2]]) and len(lines[content[-1]]) <= 400:
        return content[-2]
    return None


def explain(text: str) -> list[tuple[Optional[str], str]]:
    """(kind or None, stripped line) for every non-blank line: which rule removes what (a
    debugging aid for analysts extending the rule file; the tail and duplicate passes of
    ``clean_lines`` are not shown)."""
    lines = [x for x in (strip_suffix(strip_prefix(r.strip())) for r in text.split("\n")) if x]
    return [(k, x) for (k, _), x in zip(classify_lines(lines), lines)]
