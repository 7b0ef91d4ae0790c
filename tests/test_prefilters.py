"""The keyword prefilters that skip regexes which cannot match (``lexicon.required_literals``,
``classify.sentence_triggers``) must never skip one that can: a new trigger row is covered
automatically, and these tests fail if the derivation ever drops a branch."""
from __future__ import annotations

import re
from pathlib import Path

from re import _constants as C, _parser  # type: ignore[attr-defined]

import pytest

from sitrep.extract.classify import sentence_triggers
from sitrep.extract.lexicon import required_literals, triggers
from sitrep.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
_CAT = {C.CATEGORY_WORD: "x", C.CATEGORY_SPACE: " ", C.CATEGORY_DIGIT: "1", C.CATEGORY_NOT_WORD: " ",
        C.CATEGORY_NOT_SPACE: "x", C.CATEGORY_NOT_DIGIT: "x"}


def _one(op, av) -> list[str]:
    """Sample strings for one node: every alternative of every alternation appears in at least one."""
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.NOT_LITERAL or op is C.ANY:
        return ["x" if av != ord("x") else "y"] if op is C.NOT_LITERAL else ["x"]
    if op is C.IN:
        kind, val = av[0]
        if kind is C.NEGATE:
            return ["\u2003"]
        if kind is C.LITERAL:
            return [chr(val)]
        if kind is C.RANGE:
            return [chr(val[0])]
        if kind is C.CATEGORY:
            return [_CAT.get(val, "x")]
        return ["x"]
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.BRANCH:
        return [s for b in av[1] for s in _seq(b)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        inner = _seq(av[2])
        return [v * av[0] for v in inner] if av[0] else [""] + inner
    return [""]  # assertions, anchors: consume nothing


def _seq(seq) -> list[str]:
    parts = [_one(op, av) for op, av in seq]
    base = [p[0] for p in parts]
    out = ["".join(base)]
    for i, p in enumerate(parts):
        out.extend("".join(base[:i]) + v + "".join(base[i + 1:]) for v in p[1:])
    return out


def test_every_trigger_row_has_keywords():
    """Each row of triggers.tsv is gated by a keyword set (a row without one runs on every sentence)."""
    for t in triggers():
        assert t.keywords, t.lower_regex.pattern[:80]
        assert all(k == k.lower() for k in t.keywords)


@pytest.mark.parametrize("i", range(len(triggers())))
def test_trigger_samples_pass_the_prefilter(i):
    """A sample string for every alternative of the row: whenever the row's regex matches it, the
    keyword prefilter lets it through."""
    t = triggers()[i]
    samples = _seq(_parser.parse(t.lower_regex.pattern, 0))
    checked = 0
    for s in samples:
        text = f"x {s} x"
        if t.lower_regex.search(text):
            checked += 1
            assert any(k in text for k in t.keywords), (s, t.keywords)
    assert checked >= len(samples) // 2  # most samples are real matches (lookarounds drop a few)


def test_prefilter_is_sound_on_text():
    """On the demo reports, every sentence where a trigger regex matches passes its prefilter."""
    for f in sorted((ROOT / "examples" / "reports").glob("*.txt")):
        low = f.read_text(encoding="utf-8").lower()
        for t in triggers():
            if t.lower_regex.search(low):
                assert any(k in low for k in t.keywords), (f.name, t.event_type)


def test_required_literals():
    assert required_literals("air ?strikes?") == ("strike",)
    assert required_literals("shell(?:ed|ing)?|barrage") == ("barrage", "shell")
    assert required_literals(r"\w+ed") == ("ed",)
    assert required_literals(r"\w+") is None
    assert required_literals("a|\\w+") is None  # a branch without a literal: no set
    assert required_literals("bombs?|bomb blast") == ("bomb",)
    assert required_literals("(?i:mine)") is None
    assert required_literals("MINE|(?-i:UK)", re.I) == ("mine", "uk")  # case-insensitive: lowercased, for fold_text


def test_sentence_triggers_same_without_prefilter(monkeypatch):
    from sitrep.extract import classify

    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "examples" / "reports").glob("*.txt"))]
    sents = [s for t in texts for s in split_sentences(t)]
    with_pf = [[(a, b, m.span()) for a, b, m in sentence_triggers(s, False)] for s in sents]
    plain = tuple(type(t)(t.event_type, t.strength, t.regex, t.lower_regex, None) for t in triggers())
    monkeypatch.setattr(classify, "triggers", lambda: plain)
    without = [[(a, b, m.span()) for a, b, m in sentence_triggers(s, False)] for s in sents]
    assert with_pf == without
    assert any(with_pf)


def _lexicon_entries():
    from sitrep.extract.lexicon import actors, weapons

    return [("weapons", i) for i in range(len(weapons()))] + [("actors", i) for i in range(len(actors()))]


@pytest.mark.parametrize("table,i", _lexicon_entries())
def test_lexicon_samples_pass_the_prefilter(table, i):
    """weapons.tsv and actors.tsv rows (case-insensitive): a sample of every alternative, as written,
    upper- and title-cased, passes ``may_match`` whenever the row's regex matches it."""
    from sitrep.extract import lexicon
    from sitrep.extract.lexicon import fold_text, may_match

    e = getattr(lexicon, table)()[i]
    samples = _seq(_parser.parse(e.regex.pattern, e.regex.flags))
    checked = 0
    for s in samples:
        for text in (f"x {s} x", f"x {s.upper()} x", f"x {s.title()} x", f"“x” {s} x"):
            if e.regex.search(text):
                checked += 1
                assert may_match(e.keywords, fold_text(text)), (text, e.keywords)
    assert checked >= len(samples) // 2


def test_fold_text_refuses_odd_case_folds():
    from sitrep.extract.lexicon import fold_text, may_match
    from sitrep.extract.weapons import find_weapon_mentions

    assert fold_text("Shahed drones") == "shahed drones"
    for odd in ("ſhahed", "Mıssiles", "İskander"):  # the engine matches these case-insensitively
        assert fold_text(odd) is None
        assert may_match(("shahed",), fold_text(odd))
    assert find_weapon_mentions("two ſhaheds")  # found although "shahed" is not in its lower()


def _date_patterns():
    from sitrep.nlp.dates import _KEYWORDS

    return list(_KEYWORDS)


@pytest.mark.parametrize("i", range(len(_date_patterns())))
def test_date_samples_pass_the_prefilter(i):
    """nlp.dates gates each date pattern on its required strings: samples of every alternative
    (as written, upper, title case, 1999 and 2024 as years) pass whenever the pattern matches."""
    from sitrep.nlp.dates import _KEYWORDS
    from sitrep.nlp.prefilter import fold_text, may_match

    pat = _date_patterns()[i]
    samples = _seq(_parser.parse(pat.pattern, pat.flags))
    checked = 0
    for s in samples:
        for text in (f"x {s} x", f"x {s.upper()} x", f"x {s.title()} x", f"“x” {s} x",
                     f"x {s.replace('11', '20')} x", f"x {s.replace('1111', '2024')} x",
                     f"{s} — x", f"x\t{s}\tx", f"Fri {s}"):  # (a log entry's day opens its line or column; a day heading)
            if pat.search(text):
                checked += 1
                assert may_match(_KEYWORDS[pat], fold_text(text)), (text, _KEYWORDS[pat])
    assert checked >= 1


def test_find_dates_same_without_prefilter(monkeypatch):
    import datetime as dt

    from sitrep.nlp import dates

    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "examples" / "reports").glob("*.txt"))]
    texts += ["On 3 March 2024, and on Oct. 22; 2024-05-01; 1.2.2023", "in May 2024 over the past week, yesterday",
              "the day before yesterday, two days ago, on Sunday night, this morning", "ON SUNDAY, 12 MAY"]
    ref = dt.date(2025, 5, 4)
    with_pf = [dates.find_dates(t, ref) for t in texts]
    monkeypatch.setattr(dates, "_KEYWORDS", {p: None for p in dates._KEYWORDS})
    assert with_pf == [dates.find_dates(t, ref) for t in texts]
    assert sum(map(len, with_pf)) > 10


def test_keyword_index_is_exact():
    """``KeywordIndex.present`` holds exactly the keywords of the index that are substrings of the
    text (with the automaton and with the regex fallback): keywords that are prefixes, suffixes and
    overlaps of each other, regex metacharacters, random texts over their letters, and the demo
    reports against the real trigger, weapon, actor and date keywords."""
    import random

    from sitrep.extract.lexicon import actor_index, trigger_index, weapon_index
    from sitrep.nlp import dates
    from sitrep.nlp.prefilter import KeywordIndex, _Finder

    words = ["fire", "fire ", "fired", "ire", "re d", "ab", "bc", "abc", "c.d", "(x)", "a+", "ed", "d"]
    ix = KeywordIndex([words[:4], words[4:9], None, (), words[9:]])
    assert set(ix.words) == set(words)
    finders = [_Finder(tuple(sorted(words))), _Finder(tuple(sorted(words)), automaton=False)]
    assert finders[0]._ac is not None and finders[1]._rx is not None
    for f in finders:
        assert f.find("the fired round") == {"fire", "fired", "ire", "ed", "d"}
        assert f.find("abc.d") == {"ab", "bc", "abc", "c.d", "d"}
        assert f.find("nothing") == set()
    rng = random.Random(7)
    alphabet = "abcdefir .()+x"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        want = {w for w in words if w in text}
        assert ix.present(text) & set(words) == want, text
        for f in finders:
            assert f.find(text) == want, text
    texts = [f.read_text(encoding="utf-8").lower() for f in sorted((ROOT / "examples" / "reports").glob("*.txt"))]
    for index in (trigger_index(), weapon_index(), actor_index(), dates._INDEX):
        assert len(index.words) > 10
        slow = _Finder(index.words, automaton=False)
        for text in texts:
            for line in text.split("\n"):
                want = {w for w in index.words if w in line}
                assert index.present(line) & set(index.words) == want, line
                assert slow.find(line) == want, line
    assert _Finder((), automaton=False).find("anything") == frozenset()


def test_gated_search_answers_as_the_pattern():
    """``Gated.search`` (required literals first) gives what the pattern gives, for case-insensitive
    and case-sensitive patterns, on the demo reports' sentences and on texts with odd case folds."""
    from sitrep.extract.casualties import OUTCOME
    from sitrep.extract.classify import CIVILIAN_TARGET, TARGET_NOUN
    from sitrep.nlp.prefilter import Gated

    pats = [re.compile(r"(?<![\w-])(?:killed|wounded|dead)\b", re.I), re.compile(r"\bKyiv (?:said|says)"),
            re.compile(r"\d+ drones", re.I), OUTCOME.rx, CIVILIAN_TARGET.rx, TARGET_NOUN.rx]
    texts = [s.text for f in sorted((ROOT / "examples" / "reports").glob("*.txt"))
             for s in split_sentences(f.read_text(encoding="utf-8"))]
    texts += ["Two were KILLED", "ſix wounded", "Kyiv said", "kyiv said", "12 Drones", "İ killed", ""]
    for rx in pats:
        g = Gated(rx)
        for t in texts:
            a, b = rx.search(t), g.search(t)
            assert (a and a.span()) == (b and b.span()), (rx.pattern, t)


def test_line_rule_candidates_are_the_rules_whose_literals_are_there():
    # linerules looks the rules up from the keywords found in a line: the same rules, in the same order,
    # as testing every rule's literals against the line
    from sitrep.ingest import linerules as L

    lines = [ln.strip() for f in sorted((ROOT / "examples" / "reports").glob("*.txt"))
             for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines += ["Read more: Subscribe to our newsletter", "Share this article", "By Jane Example, Reuters", "Updated 12:40 GMT",
              "Photo: AFP", "© 2024 Example News. All rights reserved.", "Advertisement", "Related stories"]
    assert len(lines) > 50
    checked = 0
    for zone in ("body", "head", "tail"):
        for limit in L._rule_limits():
            rules = L._rules_for(zone, limit)
            for line in lines:
                low = L.fold_text(line)
                present = None if low is None else L._finder().find(low)
                want = [r for r in rules if present is None or r.keywords is None or not present.isdisjoint(r.keywords)]
                assert list(L._candidate_rules(zone, limit, present)) == want, line
                checked += 1
    assert checked > 300
