"""A learned second opinion on page furniture: a logistic model over the shape of a line, its words and
its neighbours' verdicts, for the lines the rules of :mod:`sitrep.ingest.boilerplate` leave as text.

The line rules know the furniture somebody has seen; a page of a new outlet brings forms nobody wrote a
rule for ("Listen (4 mins)", "Support us: donate from 3 euros", a poll's results, a byline in another
language).  Such lines share a shape with the furniture the rules know: short, no sentence, few function
words, promotional words, next to other furniture, near the top or the bottom of the page.  The model
scores that shape; :func:`sitrep.ingest.boilerplate.classify_lines` removes a text line whose score is
at least the model's threshold, unless it is the headline or a sentence with event words.

The weights (``sitrep/data/furniture_model.tsv``) are trained by ``scripts/train_furniture.py`` on the
project's own invented pages (``eval/invented``: each page's ``must_not_contain`` lines are furniture,
its other lines text); no third-party text is used.  Features are plain strings, so a verdict can be
explained by listing the weights that made it (:func:`explain_line`).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from .linerules import _AUXILIARY, eventful

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "furniture_model.tsv"

# a page this short is a message or a snippet, and a page without two paragraphs of prose has no
# article to tell furniture from: their lines are judged by the rules alone
MIN_LINES = 6
# a paragraph this long is the rules' to judge (the model's furniture is labels, promotions, credits)
MAX_CHARS = 300

_WORD = re.compile(r"[^\W\d_]+|\d+")
_URL = re.compile(r"https?://|www\.|\.(?:com|ua|org|net|ru|eu)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_DIACRITIC = re.compile("[ąćęłńśźżäöüßéèçşğı]")
_MARKS = (("|", "pipe"), ("·", "mdot"), ("•", "bullet"), ("©", "copy"), ("@", "at"), ("#", "hash"),
          ("/", "slash"), ("›", "gt"), ("»", "raquo"), ("→", "arrow"), ("—", "mdash"), ("(", "paren"),
          ('"', "dq"), ("“", "dq"))
_OPEN_QUOTES = "\"“«„‘'"
_ENDS = '.!?:;,"”’)»'
# words of a news sentence (a line with one of them and a sentence's length is prose)
_VERBS = frozenset("""said says say told killed injured wounded struck hit destroyed damaged launched shot
    downed attacked fired reported added according was were is are has have had will would could announced
    confirmed died""".split())
# English function words: a line without them is a label, a name or a line in another language
_FUNCTION = frozenset("""the a an of in on at to for and or but is are was were be been by with from as that
    this it its their his her he she they we you i not no after before over into than""".split())


def _bucket_words(n: int) -> str:
    return ("1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "4-6" if n <= 6 else "7-12" if n <= 12
            else "13-25" if n <= 25 else "26+")


def shape(line: str) -> list[str]:
    """Features of one line's form, without its neighbours."""
    return list(_shape(line))


@lru_cache(maxsize=8192)
def _shape(line: str) -> tuple[str, ...]:
    f: list[str] = []
    words = line.split()
    f.append("nw=" + _bucket_words(len(words)))
    last = line[-1:]
    f.append("end=" + (last if last and last in _ENDS else "w" if last.isalnum() else "o"))
    first = line[:1]
    f.append("start=" + ("U" if first.isupper() else "l" if first.islower() else "d" if first.isdigit() else first))
    for mark, name in _MARKS:
        if mark in line:
            f.append("has=" + name)
    if _URL.search(line):
        f.append("url")
    if _CLOCK.search(line):
        f.append("clock")
    if _YEAR.search(line):
        f.append("year")
    alpha = [w for w in words if w[:1].isalpha()]
    if alpha:
        upper = sum(w[:1].isupper() for w in alpha) / len(alpha)
        f.append("tc=" + ("hi" if upper > .7 else "mid" if upper > .4 else "lo"))
        if len(line) > 3 and all(w.isupper() for w in alpha):
            f.append("caps")
    tokens = [t.lower() for t in _WORD.findall(line)]
    if any(t in _VERBS for t in tokens):
        f.append("verb")
    if _CYRILLIC.search(line):
        f.append("cyr")
    if _EMOJI.search(line):
        f.append("emoji")
    if _DIACRITIC.search(line.lower()):
        f.append("diacr")
    letters = [t for t in tokens if t.isalpha()]
    if len(letters) >= 2:
        share = sum(t in _FUNCTION for t in letters) / len(letters)
        f.append("sw=" + ("0" if share == 0 else "lo" if share < .2 else "hi"))
    if len(words) >= 8 and last in '.!?"”':
        f.append("prose")
    return tuple(f)


def _brief(line: str) -> tuple[str, str]:
    """The first two features of :func:`shape` (word count and last character), for a neighbour."""
    last = line[-1:]
    return ("nw=" + _bucket_words(len(line.split())),
            "end=" + (last if last and last in _ENDS else "w" if last.isalnum() else "o"))


@lru_cache(maxsize=8192)
def _own(line: str) -> tuple[str, ...]:
    """The features of a line that do not depend on its page: its form and its words."""
    f = ["bias", *_shape(line)]
    tokens = ["0" if t.isdigit() else t.lower() for t in _WORD.findall(line)]
    head = set(tokens[:12])
    f.extend("w=" + t for t in sorted(head))
    f.extend("p5=" + t[:5] for t in sorted(head) if len(t) > 5)
    if tokens:
        f.append("w0=" + tokens[0])
        f.append("wl=" + tokens[-1])
    if len(tokens) > 1:
        f.append("w01=" + tokens[0] + "_" + tokens[1])
    return tuple(f)


def features(lines: Sequence[str], furniture: Sequence[bool], i: int) -> list[str]:
    """Features of line ``i`` of a page: its form, its words (digits as 0), its place on the page
    and whether the rules call its neighbours furniture (``furniture``, one flag per line)."""
    n = len(lines)
    f = list(_own(lines[i]))
    where = i / max(1, n - 1)
    if i < 3 or where < .15:
        f.append("pos=" + ("top" if i < 3 else "head"))
    for step, name in ((-1, "p"), (1, "n"), (-2, "pp"), (2, "nn")):
        j = i + step
        if not 0 <= j < n:
            continue
        f.append(name + "k=" + ("f" if furniture[j] else "c"))
        if abs(step) == 1:
            other = lines[j]
            f.append(name + "len=" + ("s" if len(other) < 40 else "m" if len(other) < 120 else "l"))
            f.extend(name + s for s in _brief(other))
    return f


@lru_cache(maxsize=4)
def load_model(path: Optional[str] = None) -> tuple[dict[str, float], tuple[float, float]]:
    """(weights, (threshold, sentence threshold)) from the model file: ``# threshold <t>``,
    ``# sentence_threshold <t>`` and ``feature<TAB>weight`` lines."""
    weights: dict[str, float] = {}
    threshold = strong = 1.0  # no file, no verdicts
    file = Path(path) if path else MODEL_FILE
    if not file.exists():
        return weights, (threshold, strong)
    for raw in file.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# threshold"):
            threshold = float(raw.split()[-1])
        elif raw.startswith("# sentence_threshold"):
            strong = float(raw.split()[-1])
        elif raw and not raw.startswith("#"):
            name, _, value = raw.rpartition("\t")
            weights[name] = float(value)
    return weights, (threshold, strong)


def score(feats: Sequence[str], weights: dict[str, float]) -> float:
    """The model's probability that a line with these features is furniture."""
    z = sum(weights.get(f, 0.0) for f in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def probability(lines: Sequence[str], furniture: Sequence[bool], i: int) -> float:
    """The model's score of line ``i`` of a page (0 without a model file)."""
    weights, _ = load_model()
    return score(features(lines, furniture, i), weights) if weights else 0.0


def _full_stop(line: str) -> bool:
    """The line ends like a sentence: ".", "!" or "?", before closing quotes or brackets."""
    return line.rstrip('"”’»)').endswith((".", "!", "?"))


def _sentence(line: str) -> bool:
    """A sentence of a report: six words or more ending like a sentence or with event words, or a
    clause in sentence case ("Repairs are under way"); the model needs its stronger threshold to
    remove one."""
    words = line.split()
    if len(words) >= 6 and (_full_stop(line) or eventful(line)):
        return True
    return (len(words) >= 3 and words[0][:1].isupper() and sum(w[:1].isupper() for w in words[1:]) <= len(words) // 3
            and bool(_AUXILIARY.search(line)))


def _subheading(lines: Sequence[str], furniture: Sequence[bool], i: int) -> bool:
    """A short heading between two paragraphs of prose ("What comes next"): a section of the article."""
    if not 0 < i < len(lines) - 1 or furniture[i - 1] or furniture[i + 1] or len(lines[i].split()) > 5:
        return False
    before, after = lines[i - 1], lines[i + 1]
    return (len(before) >= 60 and len(after) >= 60 and _full_stop(before)
            and not lines[i].endswith((".", "!", "?")))


def _table_row(lines: Sequence[str], furniture: Sequence[bool], i: int) -> bool:
    """A row of a table ("Source | Period | Claimed gains"): cells split by "|" like the row above or
    below it, with a figure in the row or its neighbour (a menu has no figures and stands alone)."""
    cells = lines[i].count("|")
    if cells < 1:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and not furniture[j] and lines[j].count("|") == cells \
                and (any(ch.isdigit() for ch in lines[i]) or any(ch.isdigit() for ch in lines[j])):
            return True
    return False


_REPORTING = re.compile(r"\b(?:said|says|told|reported|according to|announced|added|stated)\b", re.IGNORECASE)


def _report(line: str) -> bool:
    """A sentence of reported news ("Repairs will take a week, the ministry said on Tuesday."): eight
    words or more, a reporting verb, a sentence end.  The model never removes one."""
    return len(line.split()) >= 8 and _full_stop(line) and bool(_REPORTING.search(line))


def _quotation(line: str) -> bool:
    """A quotation opening the line ("\"Read the room ...,\" the minister said"): article text."""
    return len(line.split()) >= 6 and line[:1] in _OPEN_QUOTES


def _list_item(lines: Sequence[str], furniture: Sequence[bool], i: int) -> bool:
    """An item of a list whose previous item is text: it starts with the same mark ("- ...", "▪️ ..."),
    or both are short names ("Vovchansk" / "Zolochiv": the places of a list the article gives)."""
    if not i or furniture[i - 1]:
        return False
    line, before = lines[i], lines[i - 1]
    mark = line[:1]
    if mark and not mark.isalnum() and mark not in "\"“'‘(" and before[:1] == mark:
        return True
    return _short_name(line) and _short_name(before)


def _short_name(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not line.endswith((".", ":", "!", "?"))


def _attribution(lines: Sequence[str], furniture: Sequence[bool], i: int) -> bool:
    """The source line of a quotation ("— The Foundation's report" under a quoted passage)."""
    if not i or furniture[i - 1] or lines[i][:1] not in "—–-":
        return False
    before = lines[i - 1].rstrip("*_ ")
    return before[:1] in _OPEN_QUOTES or before.endswith(("\"", "”", "»", "’"))


def _guarded(lines: Sequence[str], furniture: Sequence[bool], i: int) -> bool:
    """Text the model never removes, whatever its score: a line over ``MAX_CHARS``, an item of a list of
    text, a quotation, a sentence of reported news, a quotation's source line, a subheading, a table row."""
    line = lines[i]
    return (len(line) > MAX_CHARS or _list_item(lines, furniture, i) or _quotation(line) or _report(line)
            or _attribution(lines, furniture, i) or _subheading(lines, furniture, i) or _table_row(lines, furniture, i))


def judge(lines: Sequence[str], furniture: Sequence[bool], keep: Sequence[int] = ()) -> list[int]:
    """Indices of the text lines (``furniture`` False) the model calls furniture: a score at or over the
    threshold, or over the sentence threshold for a sentence of a report (:func:`_sentence`); never the
    lines in ``keep`` (the headline, a list the page announces) nor a guarded one (:func:`_guarded`), and
    nothing on a page under ``MIN_LINES`` lines or without two paragraphs of prose."""
    weights, (threshold, strong) = load_model()
    if not weights or len(lines) < MIN_LINES or sum(1 for x in lines if len(x) >= 60 and _full_stop(x)) < 2:
        return []  # a snippet, or no article (two paragraphs of prose) for furniture to be around
    out = []
    for i, line in enumerate(lines):
        if furniture[i] or i in keep or _guarded(lines, furniture, i):
            continue
        p = score(features(lines, furniture, i), weights)
        if p >= threshold and (p >= strong or not _sentence(line)):
            out.append(i)
    return out


def explain_line(lines: Sequence[str], furniture: Sequence[bool], i: int, top: int = 6) -> list[tuple[str, float]]:
    """The features of line ``i`` that weigh most in its verdict, strongest first."""
    weights, _ = load_model()
    got = [(f, weights.get(f, 0.0)) for f in set(features(lines, furniture, i))]
    return sorted((x for x in got if x[1]), key=lambda x: -abs(x[1]))[:top]
