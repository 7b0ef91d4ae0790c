"""What kind of document the extractor reads (a mixin of the document extractor in
sitrep/extract/events.py): about armed conflict at all, one entry of an incident log, a log entry
or headline placed in the war's theatre. Needs ``self.text``, ``self.sentences``, ``self._is_conflict``
and ``self._label_places``."""
from __future__ import annotations

from sitrep.extract import places as P
from sitrep.extract.classify import CONFLICT, DISASTER
from sitrep.extract.patterns import _BORDER_REGIONS
from sitrep.extract.rules import cue


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


def analytical_document(n_sentences: int, n_day_dated: int) -> bool:
    """Whether a document of ``n_sentences`` sentences, ``n_day_dated`` of which name a day, is
    analysis rather than news (issue 10: long analytical reports)."""
    return n_sentences >= ANALYTICAL_MIN_SENTENCES and n_day_dated < ANALYTICAL_MAX_DATED_SHARE * n_sentences


def told_as_news(f) -> bool:
    """In an analytical document, an event is kept only when its own sentence tells it as news: it
    dates it to a day, or counts its dead, wounded or weapons ("On 12 February, an attack on
    Kramatorsk killed a mother and her daughter"); the rest is analysis, history or trend."""
    return bool(f.date_explicit or f.cas.fatalities or f.cas.injured
                or any(w.launched or w.intercepted for w in f.weapons))
