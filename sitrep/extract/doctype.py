"""What kind of document the extractor reads (a mixin of the document extractor in
sitrep/extract/events.py): about armed conflict at all, one entry of an incident log, a log entry
or headline placed in the war's theatre. Needs ``self.text``, ``self.sentences``, ``self._is_conflict``
and ``self._label_places``."""
from __future__ import annotations

import re

from sitrep.extract import places as P
from sitrep.extract.classify import CONFLICT, DISASTER, VIOLENT
from sitrep.extract.patterns import _BORDER_REGIONS
from sitrep.extract.rules import cue


# the war's parties and the countries around them where its weapons land and its spillover happens
_NEAR_THEATRE = frozenset({"UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU", "LT", "LV", "EE", "FI", None})
# what the war leaves beyond its borders: a drifting sea mine off another Black Sea coast is its spillover
_WAR_ANCHOR = re.compile(r"\b(?:(?:sea|naval|drifting) mines?|mines? (?:drifting|adrift))\b", re.I)
# incidents (not decisions, aid, talks or agreements, which a war page tells only when they are about it)
_INCIDENT_TYPES = VIOLENT | {"interception", "arrest", "looting_destruction"}


def _names_war(text: str) -> bool:
    return bool(cue("theatre_named").search(text) or _WAR_ANCHOR.search(text))


class DocumentKindMixin:
    def _conflict_document(self) -> bool:
        """Whether the document is about armed conflict at all (casualty counts in a flood
        report are not war casualties)."""
        if self._is_conflict is None:
            self._is_conflict = (len(CONFLICT.findall(self.text)) >= 2 or self._theatre_log_entry()) and not DISASTER.search(self.text[:400])
        return self._is_conflict

    def _war_page(self) -> bool:
        """The page is about this monitor's war: its places or parties are named three times or more
        (a sidebar item about another war on it is other news)."""
        got = self.__dict__.get("_war_page_memo")
        if got is None:
            got = self.__dict__["_war_page_memo"] = len(cue("theatre_named").findall(self.text)) >= 3
        return got

    def _other_news(self, f) -> bool:
        """On a page about this war, an incident placed in a country away from it whose paragraph names
        neither the war's places nor its parties is other news ("A drone strike on a market in El Obeid
        killed 22 people", "Police in Tbilisi detained 40 protesters"): a world-news digest or a sidebar.
        The countries that border the war, where its drones and missiles stray, are never other news."""
        loc = f.location or f.fallback_location
        if loc is None or loc.country_code in _NEAR_THEATRE or f.event_type not in _INCIDENT_TYPES or not self._war_page():
            return False
        if loc.country_code in self._lead_countries():
            return False  # the page is about that country ("Georgian police break up protest ...")
        here = self.sentence_index[id(f.sent)]
        para = [(i, s) for i, s in enumerate(self.sentences) if s.paragraph == f.sent.paragraph]
        for i, s in para:
            if not _names_war(s.text):
                continue
            if i >= here:
                return False  # its own sentence, or one after it, ties it to the war
            if any(p.location is not None and p.location.country_code == loc.country_code for p in self._sentence_places(s)):
                return False  # it goes on telling a passage about the war in that country
        return True  # ("A Moscow court sentenced a director. In Georgia, police detained 40 protesters.": a new item)

    def _lead_countries(self) -> set:
        """The countries of the places the page's first three sentences name (its headline and lead)."""
        got = self.__dict__.get("_lead_countries_memo")
        if got is None:
            got = self.__dict__["_lead_countries_memo"] = {p.location.country_code for s in self.sentences[:3]
                                                           for p in self._sentence_places(s) if p.location is not None}
        return got

    def _one_entry(self) -> bool:
        """The document is one entry of an incident log (a line or two: ": Damage to a school after a
        night strike."): the entry is itself the report of an incident, so a damaged target or a weapon
        anchors its trigger even where the log gives the place only in its own columns."""
        return len(self.text) <= 300 and len(self.sentences) <= 3

    def _theatre_log_entry(self) -> bool:
        """A one- or two-line entry of an incident log, or a one-sentence headline, placed in the war's
        theatre ("Sumy: Teenager killed."): it is about the war, so its casualties are war casualties."""
        here = self._label_places()
        if not here and len(self.text) <= 200 and len(self.sentences) == 1 and P.log_label(self.text) is None:
            here = self._label_places((0, len(self.text)))  # a one-sentence headline ("Four civilians killed in Donetsk region …")
        return any(p.location.country_code == "UA" or p.location.admin1_code in _BORDER_REGIONS for p in here)


# a long text that names a day in almost none of its sentences: commentary, an explainer, an
# interview, a retrospective (a daily assessment or a wire report dates what it tells)
ANALYTICAL_MIN_SENTENCES = 30
ANALYTICAL_MAX_DATED_SHARE = 0.06


# a digest that places an incident in a town or village in one sentence of five is a report, whatever its dates
# (a governor's district-by-district digest dated once, by its lead); analysis places one in ten or fewer
DIGEST_MIN_PLACED_SHARE = 0.2


def analytical_document(n_sentences: int, n_day_dated: int, n_placed: int = 0) -> bool:
    """Whether a document of ``n_sentences`` sentences, ``n_day_dated`` of which name a day and ``n_placed`` of
    which tell an incident at a town or village, is analysis rather than news (issue 10: long analytical reports)."""
    return n_sentences >= ANALYTICAL_MIN_SENTENCES and n_day_dated < ANALYTICAL_MAX_DATED_SHARE * n_sentences \
        and n_placed < DIGEST_MIN_PLACED_SHARE * n_sentences


def told_as_news(f) -> bool:
    """In an analytical document, an event is kept only when its own sentence tells it as news: it
    dates it to a day, or counts its dead, wounded or weapons ("On 12 February, an attack on
    Kramatorsk killed a mother and her daughter"); the rest is analysis, history or trend."""
    return bool(f.date_explicit or f.cas.fatalities or f.cas.injured
                or any(w.launched or w.intercepted for w in f.weapons))
