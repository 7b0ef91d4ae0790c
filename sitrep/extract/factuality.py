"""Factuality of an event trigger: did the sentence say it happened?

Classes: ``asserted`` (it happened, as far as the sentence says), ``negated`` ("did not strike",
"failed to take"), ``hypothetical`` ("could strike"), ``planned`` ("will strike", "plans to
strike", "ordered troops to advance"), ``anticipated`` (a decision not taken yet: "is expected to
approve sanctions", "plans to strike", "urged allies to send"), ``permitted`` ("allowed Kyiv to strike": a decision, not a
strike), ``threatened`` ("threatened to hit", "the threat of attacks"), ``denied`` ("denied
shelling"), ``supplied`` (goods, not their use: "resumed deliveries of artillery shells"), ``generic``
(the kind of event said to be the norm: "with drone attacks becoming routine"), ``conditional`` ("if they attack"), ``question`` ("Will Russia strike again?"),
``habitual`` ("drones frequently target the city"), ``analytical`` (the event noun is the subject of a
verb of analysis: "the timing of Russian attacks underscores Moscow's posture": a comment on attacks,
not the report of one).

Two passes keep it cheap. The cue lexicon (``sitrep/data/factuality.tsv``) is first matched as
word stems on the sentence: most trigger sentences carry no cue and are ``asserted`` without
further work. Only a sentence with a cue is parsed (spaCy tagger + parser, loaded on first need,
one sentence at a time, cached), and the cue counts only when the parse puts the trigger in its
scope: an auxiliary, negation or ``if`` of the trigger's own clause (or of a clause it is the
complement or conjunct of), or a governing verb or noun the trigger depends on through
complements, objects and prepositions ("authorized Kyiv to use missiles to strike" → permitted).
Without a parser (``SITREP_PARSE=0`` or no model) the cue must stand in the trigger's clause, to its
left, within a short window.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitrep.extract.lexicon import read_tsv
from sitrep.nlp.prefilter import Gated
from sitrep.nlp.spacy_pipeline import lemma as lemma_of, parse

ASSERTED = "asserted"
# dependency labels through which a trigger is governed by the word above it
_GOVERNED = {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "advcl", "nsubj", "nsubjpass", "conj", "amod",
             "compound", "attr", "oprd", "pcomp", "npadvmod", "appos", "dep"}
# labels through which an auxiliary / negation of the governing clause also binds the trigger
_SAME_CLAUSE = {"xcomp", "conj"}
# labels through which a governing word's own meaning (allow, plan, deny, threat ...) binds the trigger
_HEAD_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "oprd", "attr", "compound", "amod"}
_SPEECH = {"say", "tell", "report", "claim", "state", "announce", "add", "write", "note", "confirm", "accuse", "allege"}
_MAX_CLIMB = 8
# cues that are adjectives ("open to talks", "set to strike", "bound to fail"): as a finite verb they are
# no modality ("had opened an investigation into the execution", "set fire to a depot")
_ADJECTIVE_CUES = frozenset({"open", "set", "bound", "poised", "able", "likely", "unlikely", "possible", "willing"})  # ("readies an offensive" is a plan too)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, dict[str, str]], Gated]:
    by_kind: dict[str, dict[str, str]] = {}
    words: set[str] = set()
    for r in read_tsv("factuality.tsv"):
        for lemma in r["lemmas"].split("|"):
            lemma = lemma.strip().lower()
            if lemma:
                by_kind.setdefault(r["kind"], {}).setdefault(lemma, r["class"])
                words.add(lemma)
    # stems, so that inflections pass the gate ("denied", "approves", "threatening")
    # longest first, then alphabetical: the same pattern in every process (the compiled-regex cache)
    stems = sorted({re.escape(w[:-1] if w[-1] in "ey" and len(w) >= 4 else w) for w in words if w.isalpha()},
                   key=lambda w: (-len(w), w))
    stems = [w for w in stems if w not in ("no", "can", "let", "right", "need", "call", "order", "clear", "move", "question")]
    extra = r"\bcan(?:not|'t|’t)?\b|\bordered\b|\bcall(?:s|ed|ing)? (?:for|on)\b|\blet(?:s|ting)?\b|\bneed(?:s|ed)? to\b|\bright to\b|\bmov(?:ed|es|ing) (?:\w+ )?to\b"
    # (searched only in windows holding one of its words: most trigger windows hold none)
    gate = Gated(re.compile(r"n't|n’t|'ll|’ll|" + extra + r"|\b(?:" + "|".join(stems) + r")", re.I))
    return by_kind, gate


def has_cue(text: str) -> bool:
    return _lexicon()[1].search(text) is not None


_MODAL_AFTER = re.compile(r"\b(?:could|might|may|would|will|should|can)\b")  # "an offensive ... could begin"
_NOUNISH = re.compile(r"(?:ive|ion|ions|ack|acks|ike|ikes|ing|ings|s)$", re.I)  # a noun trigger may be a subject


# a plot or plan right before the trigger ("plot to set fire", "plans to strike"), in any parse
_PLOT_TO = re.compile(r"\b(?:plots?|plotting|plotted|conspiracy|conspiring|plans?|planning|planned|intends?|intending|intention)"
                      r"\s+to\s+$", re.I)


# a preparation verb right before the trigger noun: "Kyiv readies counteroffensive", "braces for a new offensive"
_READIES = re.compile(r"\b(?:read(?:ies|ying|ied)|prepar(?:es|ing)(?: for)?|gears? up for|gearing up for|brac(?:es|ing) for|eyes|eyeing|mulls|mulling|plots|plotting)\s+"
                      r"(?:(?:a|an|the|its|their|new|long-awaited|expected|anticipated|major|possible|spring|summer|autumn|winter|fresh|another)\s+){0,3}$", re.I)


# a line that announces analysis, not news: "Analysis: Why the offensive is stalling", "Explainer - ...",
# or a headline asking why/how/what ("Why Russia keeps striking Odesa", no full stop: a title)
_ANALYSIS_LINE = re.compile(r"^\W*(?:(?:Analysis|Explainer|Opinion|Comment|Commentary|Factbox|Fact ?check|Q&A|Insight|Editorial|Perspective|Column)\s*[:|—–-]"
                            r"|(?:Why|How|What)\s+(?!(?:we|I)\b)[^.!]*$)", re.I)


# a trigger noun said to be the norm: "attacks becoming routine", "strikes have become commonplace"
# "are hit with glide bombs and drones as a matter of routine": the norm, not one attack
_AS_ROUTINE = re.compile(r"[^.;]{0,80}?\b(?:as a matter of (?:routine|course)|as a daily routine)\b", re.I)
_ROUTINE_AFTER = re.compile(r"\s+(?:now\s+)?(?:becoming|become|became|have become|has become|had become|are|were|remain|remained)\s+"
                            r"(?:now\s+|increasingly\s+|more\s+|almost\s+|all but\s+|so\s+)?(?:routine|common|commonplace|regular|frequent|everyday|"
                            r"the norm|a daily occurrence|a regular occurrence|a fact of life|part of daily life)\b", re.I)


# a plural subject that attacks in the simple present, in a sentence (not a headline): what they do, not
# what happened ("Kiev's militants deliberately fire at residential quarters", "the occupiers shell the
# city every day"); a headline's present ("Russian troops attack Kupiansk") keeps its news
_PRESENT_PLURAL = re.compile(r"\b(?:militants|forces|troops|units|they|invaders|occupiers|nationalists|neo-Nazis|"
                             r"gunmen|Russians|Ukrainians|fighters|soldiers|terrorists|militias|regime)\s+"
                             r"(?:(?:deliberately|constantly|systematically|regularly|still|now|often|routinely|continuously|"
                             r"intentionally|purposely|purposefully|cynically|also)\s+)?$", re.I)
_PRESENT_VERB = re.compile(r"(?:fire|shell|strike|attack|bomb|target|kill|shoot|pound|destroy)(?:\s+(?:at|on))?", re.I)
_SENTENCE_END = re.compile(r"[.!]\W*$")
# a condition opening the trigger's clause: "as long as they sit at the table, we will provide ...", "..., provided Kyiv
# withdrew its troops from two regions", "on condition that the strikes stop"
_CONDITION_BEFORE = re.compile(r"(?:\b(?:as|so) long as|,\s*provid(?:ed|ing)(?: that)?|\bprovid(?:ed|ing) that|\bon (?:the )?conditions? that)\s+[^.;:!?–—]*$", re.I)


# a pattern over a period, not one deed: "was shelled on most days of the month", "for the rest of February it struck the
# grid at a steady rhythm", "strikes ... continued throughout the month", "both sides continued to use glide bombs"
_PERIOD_PATTERN = re.compile(r"\bon most (?:days|nights)\b|\b(?:day|night|week) after (?:day|night|week)\b|\bat a (?:steady|regular|relentless) "
                             r"(?:rhythm|pace|rate)\b|\bthroughout the (?:month|week|summer|winter|autumn|spring|year)\b|\bfor the rest of "
                             r"(?:the )?(?:month|week|(?-i:[A-Z])[a-z]+)\b|\bcontinued to (?:use|strike|shell|pound|hit|target|attack|bomb|launch)\b"
                             # a rate: "only forty shells a day", "up to 30 drones every night"
                             r"|\b(?:\d[\d,]*|[a-z]+ty|dozens of|hundreds of|a few|several)\s+(?:[\w-]+\s+)?(?:shells|strikes|attacks|drones|missiles|bombs|explosions|rounds)"
                             r"\s+(?:a|per|each|every)\s+(?:day|night|week|month|hour)\b", re.I)


def factuality_of(text: str, start: int, end: int, event_type: str = "") -> str:
    """The factuality of the trigger at ``text[start:end]`` (one sentence)."""
    if _ANALYSIS_LINE.match(text):
        return "analytical"
    if _PERIOD_PATTERN.search(text):
        return "habitual"
    # only a cue near the trigger can scope over it: up to ~120 characters to its left (the governing
    # verb, auxiliaries, "if"), a little to its right ("... to strike, the ministry denied" is rare);
    # a question mark anywhere
    adj = _habitual_adjective(text, start, end)
    if adj:
        return adj
    if _PRESENT_VERB.fullmatch(text, start, end) and _PRESENT_PLURAL.search(text, max(0, start - 60), start) \
            and _SENTENCE_END.search(text) and not re.search(r"\b(?:if|unless|whether|once|until|before)\b", text[:start], re.I):
        return "generic"
    if _ROUTINE_AFTER.match(text, end) or _AS_ROUTINE.match(text, end):
        return "generic"  # "with Ukrainian aerial attacks becoming routine, airports suspended flights"
    if _CONDITION_BEFORE.search(text, max(0, start - 120), start):
        return "conditional"
    if _PLOT_TO.search(text, max(0, start - 40), start) or _READIES.search(text, max(0, start - 60), start):
        return "anticipated"  # "over plot to set fire to ...", "as Kyiv readies counteroffensive": a headline the parser may misread
    lo = max(0, start - 120)
    if re.search(r"[\t|]\s*\?\s*$", text):
        text = re.sub(r"\?(\s*)$", r" \1", text)  # a log's "?" column ("not established") asks nothing
    if not has_cue(text[lo:min(len(text), end + 25)]) and not text.rstrip().endswith("?") \
            and not _analysis_verb_after(text, end) \
            and not (_NOUNISH.search(text[start:end]) and _MODAL_AFTER.search(text, end, min(len(text), end + 60))):
        return ASSERTED
    doc = parse(text)
    if doc is None:
        return _window(text, start)
    tok = _trigger_token(doc, start, end)
    if tok is None:
        return _window(text, start)
    return _scope(doc, tok)


@lru_cache(maxsize=1)
def _analysis_verbs() -> Optional[re.Pattern]:
    words = _lexicon()[0].get("subject_of")
    if not words:
        return None
    stems = sorted({w[:-1] if w.endswith("e") else w for w in words}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")", re.I)


def _analysis_verb_after(text: str, end: int) -> bool:
    """A verb of analysis to the right, where the verb of a long subject phrase stands ("the timing
    of Russian attacks against Ukrainian cities underscores ..."): worth a parse."""
    pat = _analysis_verbs()
    return pat is not None and pat.search(text, end, min(len(text), end + 160)) is not None


@lru_cache(maxsize=1)
def _adjectives() -> Optional[re.Pattern]:
    by_kind, _gate = _lexicon()
    adj = by_kind.get("adj")
    if not adj:
        return None
    # the adjective, then at most three words of the same noun phrase (no punctuation) before the trigger
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, adj), key=lambda w: (-len(w), w))) + r")\s+(?:[\w’'-]+\s+){0,4}$", re.I)


_NO_NOT_NEGATION = re.compile(r"no\s+(?:fewer|less|more|longer|later|sooner|other|one|sign|signs|word|end|doubt|[^\s]*[.,;:!?])\b", re.I)


def _habitual_adjective(text: str, start: int, end: int) -> Optional[str]:
    """"regular missile and drone strikes", "daily shelling": a noun trigger under a habitual adjective
    (no parse needed; a verb trigger such as "shelled" is never modified by an adjective)."""
    pat = _adjectives()
    trig = text[start:end]
    if pat is None or re.search(r"ed$", trig, re.I):
        return None
    m = pat.search(text[max(0, start - 60):start])
    if m is None or re.search(r"\bto\s", m.group(0), re.I):
        return None  # "expected to approve": a verb's infinitive, no adjective of a noun
    if m.group(1).lower() == "no" and _NO_NOT_NEGATION.match(m.group(0)):
        return None  # "no fewer than 40 drones", "no one": a number or a pronoun, not "no agreement"
    return _lexicon()[0]["adj"][m.group(1).lower()]


def _trigger_token(doc, start: int, end: int):
    span = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    if not span:
        return None
    inside = {t.i for t in span}
    heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    return heads[0] if heads else span[0]


def _clause_cue(tok, by_kind) -> Optional[str]:
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "neg" or low in ("never",):
            return by_kind.get("neg", {}).get(low.replace("’", "'"), "negated")
        if c.dep_ in ("nsubj", "nsubjpass") and (low in ("nobody", "none", "nothing", "noone")
                                                 or low == "one" and any(g.lower_ == "no" for g in c.children)):
            return "negated"  # "Nobody has liberated anything", "No one was captured": no one did it
        if c.dep_ == "aux" and c.tag_ == "MD":
            cls = by_kind.get("aux", {}).get(lemma_of(c).lower()) or by_kind.get("aux", {}).get(low)
            if cls == "hypothetical" and _perfect_hedge(tok, c):
                continue  # "may have reached": a hedged report of a past event
            if cls:
                return cls
        if c.dep_ == "mark" and low in by_kind.get("mark", {}):
            return by_kind["mark"][low]
        if c.dep_ == "advmod" and low in by_kind.get("adv", {}):
            return by_kind["adv"][low]
    return None


def _verb_use(tok) -> bool:
    """"opened", "has opened", "sets": the cue word used as a verb of its own, not an adjective."""
    return tok.tag_ in _FINITE_TAGS or (tok.tag_ == "VBN" and any(c.dep_ == "aux" and lemma_of(c) == "have" for c in tok.children))


def _perfect_hedge(verb, modal) -> bool:
    return any(c.dep_ == "aux" and lemma_of(c) == "have" and c.i > modal.i for c in verb.children)


def _scope(doc, tok) -> str:
    by_kind, _ = _lexicon()
    heads = by_kind.get("head", {})
    purposes = by_kind.get("purpose", {})
    subject_of = by_kind.get("subject_of", {})
    if doc[-1].text == "?" or (len(doc) > 1 and doc[-2].text == "?"):
        if tok.head == tok or tok.dep_ in _SAME_CLAUSE | {"ccomp"}:
            return "question"
    cls = _clause_cue(tok, by_kind)
    if cls:
        return cls
    node, climbed, infinitive = tok, 0, False
    while node.head is not node and climbed < _MAX_CLIMB:
        dep, parent = node.dep_, node.head
        to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if dep in ("relcl", "acl") and to_inf:
            infinitive = True  # "sent two brigades to attack": an infinitive on the object is a purpose
        elif dep not in _GOVERNED:
            break
        lemma = lemma_of(parent).lower()
        if lemma in _SPEECH:
            node, climbed = parent, climbed + 1
            continue  # reported speech: "officials said the troops shelled ..." stays factual
        purpose = (dep == "advcl" and to_inf) or (infinitive and dep in ("dobj", "relcl", "acl"))
        if lemma in heads and (dep in _HEAD_DEPS or purpose) and not (lemma in _ADJECTIVE_CUES and _verb_use(parent)):
            if climbed < _MAX_CLIMB:
                # what governs the plan or the permission: "is unlikely to agree to a ceasefire", "is
                # expected to approve sanctions" (a permission not given yet)
                above = _scope(doc, parent)
                if above in ("hypothetical", "negated", "denied", "conditional", "question", "anticipated"):
                    return above
            return heads[lemma]
        if lemma in purposes and (dep == "xcomp" or purpose):
            return purposes[lemma]
        if dep == "nsubj" and lemma in subject_of and node.pos_ in ("NOUN", "PROPN"):
            return subject_of[lemma]  # "the timing of the attacks underscores ...": analysis of events
        if dep in ("nsubj", "nsubjpass") and parent.pos_ in ("VERB", "AUX") and node.pos_ in ("NOUN", "PROPN"):
            # "a Russian offensive could begin next month": a modal on the verb of which the event
            # noun is the subject (not a negation: "the attack caused no casualties" happened)
            cls = _clause_cue(parent, by_kind)
            if cls in ("hypothetical", "planned", "conditional") and not any(c.dep_ == "aux" and c.lower_ == "have" for c in parent.children):
                return cls
        if dep == "prep" and parent.pos_ in ("VERB", "AUX"):
            # "is increasingly taking the war to Russia with drone strikes": a habit of the verb
            # whose phrase holds the trigger noun
            adv = by_kind.get("adv", {})
            if any(c.dep_ == "advmod" and adv.get(c.lower_) == "habitual" for c in parent.children):
                return "habitual"
        if dep in _SAME_CLAUSE or (dep in ("ccomp", "advcl") and parent.pos_ in ("VERB", "AUX")):
            cls = _clause_cue(parent, by_kind)
            if cls and not (dep in ("ccomp", "advcl") and cls in ("negated", "habitual")):
                return cls
        node, climbed = parent, climbed + 1
    return ASSERTED


_WINDOW_AUX = re.compile(r"\b(?:could|might|(?-i:may)|would|will|shall|can)\b(?!\s+have\b)|\bif\b|\bunless\b", re.I)  # "May 12" is no modal


def _window(text: str, start: int) -> str:
    """Without a parse: an auxiliary or head cue close to the left of the trigger, in its clause."""
    left = text[max(0, start - 60):start]
    cut = max(left.rfind(","), left.rfind(";"), left.rfind(":"), left.rfind(" but "), left.rfind(" and "))
    clause = left[cut + 1:] if cut >= 0 else left
    if _WINDOW_AUX.search(clause):
        return "hypothetical"
    heads = _lexicon()[0].get("head", {})
    for w in re.findall(r"[a-z]+", clause.lower()):
        for lemma, cls in heads.items():
            if w.startswith(lemma) and len(w) - len(lemma) <= 3:
                return cls
    return ASSERTED
