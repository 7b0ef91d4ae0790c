"""From clean text to events: triage, frames, assembly.

One frame per event-bearing sentence (and per distinct place of it: :mod:`sitrep.extract.place_frames`);
frames about the same incident merge; a nationwide strike wave becomes the parent of the incidents it
caused; period tallies become aggregates; planned, hypothetical, negated and historical mentions are dropped.
Every event carries the claims (who says so) with exact spans of the text.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from sitrep.extract import places as P
from sitrep.extract.assemble import Assembler, Frame
from sitrep.extract.frames import HISTORY_DAYS, _RELATIVE_ASIDE, event_dates
from sitrep.extract.actors import ActorMention, actor_for_side, find_actors, interception_sides, pick_actors, territory_sides, OPPOSITE
from sitrep.extract.captions import is_caption
from sitrep.extract.casualties import OUTCOME, Casualties, extract_casualties, may_have_casualties
from sitrep.extract.classify import (ENTRY_HARM, ENTRY_TARGET,
    CIVILIAN_TARGET, MILITARY_TARGET, NON_STATE, PRIORITY, STATE_FORCES, STRIKE,
    VIOLENT, CONFLICT, DISASTER, TALLY, TARGET_NOUN,
    WAVE_SCOPE, date_hint, family, sentence_triggers, strike_type, target_of, generic_attack, variant,
)
from sitrep.extract.claims import find_person_names
from sitrep.extract.factuality import factuality_of
from sitrep.extract.doctype import DocumentKindMixin, analytical_document, told_as_news
from sitrep.extract.followups import FollowUpMixin, cause_frames, contact_before_decision, downed_frames, hit_frames, outage_frames
from sitrep.extract.place_frames import PlaceFramesMixin
from sitrep.extract.regions import RegionMixin, abroad_only
from sitrep.extract.patterns import (
    _NATION_WORD, _RECALLED_ANY, _OF_TOTAL, summary_key, _COMMEMORATION, _YEAR_NAMED, _DAMAGE_BY_ANAPHOR, _SAID_AFTER,
    _SAID_ON, _HIT_BEFORE, _OTHER_TIME_AFTER, _NOW, retrospective, _SINCE_YEAR, _LEAD_YEAR, _ON_DAY_MONTH, _AT_A_VENUE, _IN_COUNTRY, _SAME_DAY,
    _THAT_TIME, _STATE_NOW, uncounted, _HEADING, _WEEKDAY_DAY, _DATELINE_DATE, _NO_HARM, _DECREE_BACK, _SIMILAR_LEAD, _SOON_AFTER_LEAD, _YEAR_HEADING, _ANCHOR_DAYS, anchor_days,
)
from sitrep.extract.clauses import split_clauses
from sitrep.extract.sections import clock_entries, clock_log_days, clock_openers, day_sections, in_month_table, in_section
from sitrep.extract.tables import count_columns, row_counts
from sitrep.extract.rules import RuleContext, cue, judge_trigger, retype
from sitrep.extract.speakers import PersonRegistry
from sitrep.extract.weapons import ATTACK_MADE_OF, extract_weapons
from sitrep.model import Event, Weapon
from sitrep.nlp.dates import DateMention, day_anaphor, find_dates, in_story_year
from sitrep.nlp.sentences import Sentence, SpanIndex, inside, quote_spans, split_sentences


# a clause of cause or time after a trigger: "scrambled ... as / while / after / amid Russian drones ..."
_CAUSE_CLAUSE = re.compile(r"\b(?:as|while|when|after|because|amid|following|in response to)\b", re.I)

# a toll in brackets after a place, one of a list: a breakdown of statistics
_TOLL_IN_PARENS = re.compile(r"\(\s*\d[\d,]*\s+(?:killed|dead|deaths|injured|wounded)\b[^()]*\)", re.I)
# what may follow a day that opens an entry's label: its place ("3 November, Kherson.", "12 March — Sumy:")
_DIGEST_WORDS = re.compile(r"\b(?:consequences|summary|digest|results|situation|overview|chronicle|log|attacks|shelling)\b", re.I)
_DIGEST_DAY_TITLE = re.compile(r"\b(?:for|on|of)\s+(?:the\s+day\s+of\s+)?$", re.I)  # "... attacks on the region for 19 October"
# a time after midnight or the present, inside a morning summary of the past day ("at 02:10", "shortly after 1 a.m.",
# "right now", "is ongoing")
_REPORT_MORNING = re.compile(r"(?<![\d.:])0[0-7][:.][0-5]\d(?![\d.:])|\b(?:[1-7](?::\d\d)?|one|two|three|four|five|six)\s*a\.?m\.?(?!\w)|"
                             r"\b(?:right now|at the moment|is (?:still )?(?:ongoing|going on|continuing)|are (?:still )?(?:ongoing|going on|continuing))\b", re.I)
_AIMED_AT = re.compile(r"\b(?:at|against|on|towards?)\s+(?:the\s+)?$", re.I)
_PLACE_LABEL = re.compile(r"\s*(?:(?:Near|Outside|In|Around)\s+)?(?-i:[A-Z])[\w'’-]+(?:[ -][\w'’-]+){0,3}\s*,\s*")  # "Mykolaiv, " before a day
_ENTRY_LABEL_REST = re.compile(r"\s*[,:.—–-]?\s*(?:(?-i:[A-Z])[\w'’-]+(?:[ -][\w'’-]+){0,3})?\s*[.:]?\s*")


# a deed told in a main clause after a relative aside ("..., which had been hit at the weekend, a building was struck again")
# (a strike's own verb: "..., which was shelled again on Sunday, two people were injured" is the aside's strike and toll)
_MAIN_DEED = re.compile(r"\b(?:struck|hit|shelled|attacked|bombed|exploded|fell)\b")


class DocumentExtractor(FollowUpMixin, RegionMixin, DocumentKindMixin, PlaceFramesMixin, Assembler):
    """Extraction for one document. Create one per document; call :meth:`run`."""

    def __init__(self, doc_id: str, text: str, ref_date: Optional[dt.date], *, outlet: Optional[str] = None):
        self.doc_id = doc_id
        self.text = text
        self.ref = ref_date
        self.outlet = outlet
        self.quotes = quote_spans(text)
        self._quote_index = SpanIndex(self.quotes)  # (sorted spans: answers as inside())
        self.person_names = find_person_names(text)  # (the places, the registry and the statements read them)
        self.outlet_regions = P.publisher_regions(outlet or "")  # "Belgorod Region Governor": the document's region
        self.places = P.find_places(text, self.person_names, about=self.outlet_regions) if text.strip() else []
        if outlet and (own := re.split(r"\s*[(,|·—–]\s*", outlet.strip(), maxsplit=1)[0]) and len(own) >= 4:
            # "By Bereg's count, ...": the outlet that publishes the report names no place (Berehove)
            self.places = [p for p in self.places if re.sub(r"['’]s$", "", p.text) != own]
        at = sorted(p.start for p in self.places if p.role == "incident" and p.kind in ("settlement", "region"))
        self.sentences = split_clauses(split_sentences(text), at, lambda part: bool(sentence_triggers(part, True)))
        self._place_index: Optional[tuple[list[int], list[int]]] = None
        self.frames: list[Frame] = []
        self.sentence_index = {id(s): i for i, s in enumerate(self.sentences)}
        self.speakers = None  # quotation -> speaker, computed on first need
        self.registry: Optional[PersonRegistry] = None  # the people named, made with the speakers
        self._is_conflict: Optional[bool] = None
        # a daily summary's "over the past day" in its lead: the period of every incident it goes on to
        # list without a date of its own ("Kupiansk came under artillery fire.")
        self._summary_period: Optional[tuple[dt.date, dt.date]] = None
        self._para_day: dict[int, tuple[dt.date, int]] = {}  # paragraph -> (its day told with an incident, sentence)
        self._clock_days: dict[int, dt.date] = {}  # sentence -> its day in a log crossing midnight (sections.clock_log_days)
        self._clock_entries: dict[int, bool] = {}

    # ------------------------------------------------------------------ frames
    def run(self) -> list[Event]:
        running_date: Optional[dt.date] = None
        running_prec = "unknown"
        section_day: Optional[dt.date] = None  # the day the first sentence under the current section heading names
        last_frame: Optional[Frame] = None
        told: Optional[tuple[int, int]] = None  # (sentence, paragraph) of the last date long past
        retro = self.ref is not None and retrospective(self.text, self.ref)
        years: list[tuple[int, int]] = []  # (sentence index, year) of the years the text names
        lead_dated = False  # an event sentence with a day of its own has been read (the lead)
        clause_day: Optional[dt.date] = None  # the day of a sentence's first clause: its later clauses' (clauses.py)
        story_day: Optional[tuple[dt.date, int]] = None  # the last day a sentence named (not the report's), and where
        lead_years: list[tuple[int, int]] = []  # (sentence index, year) of sentences that open with a year
        n_day_dated, news_lede = 0, False  # sentences that name a day; a lede telling a dated incident
        # a key point repeated word for word later in the body ("Key takeaways" of an assessment, a
        # teaser over the article): the later sentence, in its context, makes the event
        norm = [summary_key(x.text) for x in self.sentences]
        last_seen = {t: i for i, t in enumerate(norm) if len(t) >= 40}
        sections = day_sections(self.sentences, self.ref, self.text)
        openers = clock_openers(self.sentences)  # a log's entries: paragraphs opened by a clock time
        self._clock_days = clock_log_days(self.sentences, openers, self.ref)  # their days before and after midnight
        self._clock_entries = clock_entries(self.sentences, openers)  # paragraph -> whether that entry updates an earlier one
        table_rows = count_columns(self.text)  # the rows of an incident table whose header names its dead and injured
        year_heading = None
        for idx, s in enumerate(self.sentences):
            if len(norm[idx]) >= 40 and last_seen.get(norm[idx], idx) > idx:
                continue
            if (heading := _YEAR_HEADING.fullmatch(s.text)) is not None:
                year_heading = int(heading.group(1))  # (until the next year heading)
            if idx in sections and (idx - 1) not in sections:
                running_date, running_prec = sections[idx], "day"  # the section's day dates what it tells
            dates = uncounted(s.text, find_dates(s.text, self.ref)) if date_hint(s.text) else []
            if dates:
                # "GENEVA, July 10 (Reuters) - ...": the dateline's day is the report's, not the event's
                line = _DATELINE_DATE.match(s.text)
                if line is not None:
                    dates = [d for d in dates if d.start >= line.end()]
            if idx in sections:  # "Saturday: the grid" over a round-up's paragraphs: that Saturday
                dates = in_section(dates, sections[idx])
            if dates and self.ref is not None:
                story = next((y for i, y in reversed(years) if idx - i <= 5), None)
                told_in = next((y for i, y in reversed(lead_years) if 0 < idx - i <= 2), None) if _ON_DAY_MONTH.match(s.text) else None
                told_in = year_heading or told_in  # a timeline's "2025" heading dates its "February 18: ..." entries
                dates = [in_story_year(d, self.ref, story, s.text, told_in) for d in dates]
            if "19" in s.text or "20" in s.text:  # (every year both patterns read is 19xx or 20xx)
                years += [(idx, int(y)) for y in _YEAR_NAMED.findall(_SINCE_YEAR.sub("", s.text)) if self.ref is None or int(y) <= self.ref.year]
            lead = _LEAD_YEAR.match(s.text)  # a timeline's "In June 2024, ...", "The June 2024 summit ..."
            if lead is not None:
                lead_years.append((idx, int(lead.group(1))))
            day_dates = [d for d in dates if d.date and d.kind in ("absolute", "relative") and d.precision == "day"]
            if day_dates and ", wh" in s.text:  # ("the offensive, which began on Tuesday, has advanced": no day of the sentence)
                day_dates = [d for d in day_dates if not any(m.start() <= d.start < m.end() for m in _RELATIVE_ASIDE.finditer(s.text))]
            abs_dates = [d for d in day_dates if d.kind == "absolute"]
            if abs_dates and len(s.text) <= 60 and (abs_dates[0].start <= 1 and _ENTRY_LABEL_REST.fullmatch(s.text, abs_dates[0].end)
                                                    or _PLACE_LABEL.fullmatch(s.text[:abs_dates[0].start])
                                                    and re.fullmatch(r"\s*[.:—–-]?\s*", s.text[abs_dates[0].end:])):
                # "3 November, Kherson." or "Mykolaiv, 3 September." over "Two missiles struck a building ...": an entry's
                # label dates its paragraph
                self._para_day[s.paragraph] = (abs_dates[0].date, idx)
            trig = sentence_triggers(s, bool(day_dates))
            if trig and _HEADING.fullmatch(s.text) and not self._sentence_places(s):
                trig = []  # "Military aid", "Fighting": a section heading of a digest, not a report
            if idx > 0 and _HEADING.fullmatch(self.sentences[idx - 1].text) and self.sentences[idx - 1].paragraph != s.paragraph:
                wd = abs_dates or [d for d in day_dates if _WEEKDAY_DAY.search(d.text)]
                section_day = wd[0].date if trig and wd else None  # the first sentence under a section heading dates its section
            # (a day still to come dates no story: "blackouts will apply on Sunday" in a Saturday report)
            past = self.ref is None or bool(day_dates) and day_dates[0].date <= self.ref
            if abs_dates and (self.ref is None or abs_dates[0].date <= self.ref) and (re.match(r"\s*(?:On|Around|Between|During|In the (?:morning|night|evening) of|(?:The|That) (?:night|morning|evening|day|weekend) (?:of|to|into|before))\b", s.text) or len(self.sentences) <= 4):
                running_date, running_prec = abs_dates[0].date, "day"
            elif running_date is None and not lead_dated and idx <= 3 and abs_dates and abs_dates[-1].date < self.ref \
                    and _DIGEST_DAY_TITLE.search(s.text[:abs_dates[-1].start]) and not s.text[abs_dates[-1].end:].strip(" .:") \
                    and _DIGEST_WORDS.search(s.text):
                # "Consequences of attacks on the Kursk region for 19 October": a digest's title names the day it tells
                running_date, running_prec = abs_dates[-1].date, "day"
            elif running_date is None and not lead_dated and trig and day_dates and past and _WEEKDAY_DAY.search(day_dates[0].text) \
                    and (len(day_dates) == 1 or not _SAID_ON.search(s.text[:day_dates[0].start])):
                # the lead's "on Tuesday" dates what the story goes on to tell without a date of its own
                # (only the lead's, an event's: "Here is the situation on Thursday" or a later "late on
                # Monday" tells no story day)
                running_date, running_prec = day_dates[0].date, "day"
            past_day = next((d for d in dates if d.kind == "period" and d.date_end == self.ref
                             and d.date == self.ref - dt.timedelta(days=1)), None) if self.ref is not None else None
            if past_day is not None and idx <= 4 and not lead_dated and self._summary_period is None:
                self._summary_period = (past_day.date, past_day.date_end)  # the lead's
            elif past_day is not None and not re.search(r"\w", s.text[:past_day.start]) and not abs_dates:
                # "Over the past day, the enemy shelled 41 settlements." further down: the period of what the summary
                # goes on to list without a day of its own, until a sentence names a day again (date.summary_period)
                self._summary_period, running_date = (past_day.date, past_day.date_end), None
            lead_dated = lead_dated or bool(trig and day_dates)
            n_day_dated += bool(day_dates) or (idx in sections and bool(trig))  # (a day heading dates its section's reports)
            news_lede = news_lede or (idx <= 3 and bool(trig and day_dates))  # ("Russia attacked Ukraine overnight with 112 drones")
            cas = extract_casualties(s.text) if may_have_casualties(s.text) else Casualties()
            if table_rows:
                line_start = self.text.rfind("\n", 0, s.start) + 1
                row = table_rows.get(line_start)
                if row is not None:  # "0437 | 20.08 | ... | Man injured by a drone | 0 | 1 | police": the row's own cells count
                    line_end = self.text.find("\n", s.start)
                    dead, hurt = row_counts(self.text[line_start:line_end if line_end >= 0 else None], row)
                    cas.fatalities, cas.injured = dead or cas.fatalities, hurt or cas.injured
            has_cas = cas.fatalities is not None or cas.injured is not None
            if not trig and has_cas and last_frame is not None and idx > 0 and self.sentences[idx - 1] is last_frame.sent \
                    and last_frame.sent.paragraph == s.paragraph and not (last_frame.event_type == "infrastructure_disruption"
                                                                          and all(c is None or c.best == 0 for c in (cas.fatalities, cas.injured))) \
                    and self._attach_outcome(s, cas, last_frame):
                has_cas = False
            if not trig and has_cas and all(c is None or c.best == 0 for c in (cas.fatalities, cas.injured)):
                # "The fire at the depot was put out and there were no casualties." with no event word:
                # the outcome of the strike told just before (even across a paragraph), not a new incident
                # (a strike's, past a disruption told in between: "...smashed into a building. Airports
                # suspended flights. There were no casualties.")
                hit = next((f for f in reversed(self.frames) if f.event_type in STRIKE and idx - self.sentence_index[id(f.sent)] <= 2), last_frame)
                if hit is not None and idx - self.sentence_index[id(hit.sent)] <= 2 \
                        and self._attach_outcome(s, cas, hit):
                    has_cas = False
            if dates:
                explicit = [d for d in dates if d.date and d.kind in ("absolute", "period") and _YEAR_NAMED.search(d.text)]
                past = self.ref is not None and explicit and all((d.date_end or d.date) < self.ref - dt.timedelta(days=HISTORY_DAYS) for d in explicit)
                told = (idx, s.paragraph) if past else None  # the narrative is in a year long past
            elif told is not None and (trig or has_cas) and told[1] == s.paragraph and idx - told[0] <= 2 and not _NOW.search(s.text):
                # "In February 2022 Russian troops crossed the border. Within hours, missiles struck
                # airfields near the capital.": an undated sentence goes on telling that past
                trig, has_cas = [], False
            if (trig or has_cas) and self.ref is not None and _THAT_TIME.search(s.text) \
                    and any(0 <= idx - i <= 3 and y < self.ref.year for i, y in years):
                trig, has_cas = [], False  # "seized the city in 2014 ... damaged by shelling that year": that past
            if (trig or has_cas) and retro and not any(d.date and d.date >= self.ref - dt.timedelta(days=HISTORY_DAYS)
                                                         and (d.kind == "relative" or _YEAR_NAMED.search(d.text)) for d in dates):
                trig, has_cas = [], False  # a retrospective tells the past: only what it dates as recent is news
            if s.clause == 0:
                clause_day = day_dates[0].date if day_dates else None
            run_day, run_prec = (clause_day or section_day, "day") if (s.clause and not day_dates and clause_day) or section_day else (running_date, running_prec)
            ana = day_anaphor(s.text) if story_day is not None and idx - story_day[1] <= 12 else None
            if ana is not None and idx - story_day[1] > 3 and not ana[1].group("same"):
                ana = None  # ("the day before" counts from a day told just before; "the same morning" names the day last told)
            if ana is not None:  # "A missile hit Sumy on Friday. The day before, drones struck Konotop.": Thursday
                dates = [d for d in dates if not (ana[1].start() <= d.start < ana[1].end())]
                day_dates = [d for d in day_dates if d in dates]
                if not day_dates:
                    run_day, run_prec = story_day[0] + dt.timedelta(days=ana[0]), "day"
            if day_dates and day_dates[0].date and day_dates[0].date != self.ref:
                story_day = (day_dates[0].date, idx)
            frames = self._frames_for_sentence(s, trig, cas, dates, run_day, run_prec, last_frame) if (trig or has_cas) else []
            frames += outage_frames(s.text, frames, s.start, self._sentence_places(s) if frames else ()) + hit_frames(s.text, frames, s.start) \
                + cause_frames(s.text, frames, s.start) + downed_frames(frames)
            if not frames and last_frame is not None and last_frame.location is None and last_frame.fallback_location is None \
                    and idx > 0 and self.sentences[idx - 1] is last_frame.sent and last_frame.sent.paragraph == s.paragraph:
                # "… held a protest 'Bring them home! Now!' in Korosten": the place
                # of an event can trail into the next sentence
                here = [p for p in self._sentence_places(s) if p.role == "incident" and p.kind in ("settlement", "region")]
                named = {p.location.country_code for p in self._sentence_places(last_frame.sent) if p.role == "incident" and p.kind == "country"}
                here = [p for p in here if not named or p.location.country_code in named]  # ("an attack on western Ukraine. A drone entered Polish airspace near X")
                if here:
                    last_frame.fallback_location = min(here, key=lambda p: (p.location.precision, p.start)).location
            if frames and self._also_intercepted(s, frames, last_frame):
                frames = []
            if not frames and last_frame is not None and idx > 0 and self.sentence_index[id(last_frame.sent)] >= idx - 2:
                self._counter_claim(s, last_frame)
            for f in frames:
                f.order = len(self.frames)
                self.frames.append(f)
            if frames:
                last_frame = frames[-1]
        n_placed = len({id(f.sent) for f in self.frames if f.location is not None and f.location.precision <= 2})
        if analytical_document(len(self.sentences), n_day_dated, n_placed) and not (news_lede and len(self.sentences) < 60):
            self.frames = [f for f in self.frames if told_as_news(f)]
        return self._assemble()

    def _sentence_places(self, s: Sentence) -> list[P.Place]:
        """The places starting inside ``s``, in the order of ``self.places`` (found by bisection:
        a scan of every place per sentence made long documents quadratic)."""
        if self._place_index is None:
            order = sorted(range(len(self.places)), key=lambda i: self.places[i].start)
            self._place_index = ([self.places[i].start for i in order], order)
        starts, order = self._place_index
        idx = order[bisect_left(starts, s.start):bisect_left(starts, s.end)]
        if len(idx) > 1:
            idx = sorted(idx)
        return [self.places[i] for i in idx]

    def _frames_for_sentence(self, s, trig, cas: Casualties, dates: list[DateMention], running_date, running_prec, last_frame) -> list[Frame]:
        text = s.text
        dateline_end = text.find(" — ") if text.find(" — ") < 60 else -1
        day_dates = [d for d in dates if d.date and d.precision == "day" and d.start > dateline_end]
        types = {t for t, _, _ in trig}
        here = self.sentence_index[id(s)]
        weapons = extract_weapons(text, antecedent=self.sentences[here - 1].text if here > 0 else None)
        places = self._sentence_places(s)
        actors = find_actors(text)
        actor_spans = [(a.start, a.end) for a in actors]
        group_spans = [(a.start, a.end) for a in actors if a.kind == "armed_group"]
        # a meeting's venue ("talks in Geneva") is where diplomacy happens, not where a strike does
        # ("A drone hit Kharkiv as talks in Geneva went on": the strike keeps its own place)
        place_roles = ("incident", "venue") if types & _AT_A_VENUE and (types <= _AT_A_VENUE or not [
            p for p in places if p.role == "incident" and p.kind in ("settlement", "region")]) else ("incident",)
        if "infrastructure_disruption" in types and not [p for p in places if p.role == "incident" and p.kind in ("settlement", "region")]:
            place_roles += ("halted",)  # "the Kazan airport suspended flights": where travel stopped is the event's place
        incident_places = [p for p in places if p.role in place_roles and p.kind in ("settlement", "region", "area", "country")
                           and not (p.kind == "country" and any(a <= p.start - s.start < b for a, b in actor_spans)
                                    and not (_IN_COUNTRY.search(text, max(0, p.start - s.start - 30), p.start - s.start)
                                             and not re.search(r"['’]s$", p.text) and not re.match(r"['’]s\b", text[p.end - s.start:])))]
        in_group = [p for p in incident_places if any(a <= p.start - s.start < b for a, b in group_spans)]
        if in_group and any(p not in in_group and p.kind != "country" for p in incident_places):
            # "positions of the Donetsk People's Militia near Vodiane, Donetsk": the force is not the place
            incident_places = [p for p in incident_places if p not in in_group]
        if day_dates:
            # "exchanged prisoners on Saturday, a swap agreed at talks in Istanbul last week": a place
            # tied to another, earlier time is where that other thing happened
            incident_places = [p for p in incident_places if not _OTHER_TIME_AFTER.match(text, p.end - s.start)]
        role_places = [p for p in places if p.role == "speaker_role" and p.kind in ("settlement", "region")]
        if not [p for p in incident_places if p.kind != "country"]:
            # "drones flying towards Moscow" with no other place: near the destination
            for p in places:
                if p.role == "destination" and p.kind in ("settlement", "region"):
                    loc = p.location.model_copy(update={"precision": max(2, p.location.precision)})
                    incident_places.append(P.Place(p.start, p.end, p.text, p.kind, loc, "incident"))
        incident_places += self._anaphoric_places(s, text, trig, places, incident_places, role_places)
        has_cas = cas.fatalities is not None or cas.injured is not None

        # anchors: what makes a weak trigger an event (a place below country level, a casualty
        # count, a counted weapon); "Last night's attack" alone is not an event
        local_places = [p for p in incident_places if p.kind != "country"]
        counted = any(w.launched or w.intercepted for w in weapons)
        armed = bool([a for a in actors if a.kind != "official"] or NON_STATE.search(text) or STATE_FORCES.search(text))
        targeted = bool(TARGET_NOUN.search(text) or MILITARY_TARGET.search(text))
        targeted = targeted or bool(CIVILIAN_TARGET.search(text))
        anchored = bool(local_places or has_cas or counted or (armed and targeted) or (weapons and (armed or targeted))
                        or (self._one_entry() and bool(ENTRY_HARM.search(text)) and bool(targeted or weapons or ENTRY_TARGET.search(text))))

        chosen: Optional[str] = None
        trig_pos = (0, 0)
        strength = "weak"
        unanchored_strike = None
        fired: list[str] = []
        firsts: dict[str, int] = {}
        for t, _s, m in trig:
            firsts.setdefault(t, m.start())
        dropped = False
        memo: dict = {}  # the sentence's cue answers, shared by its rule contexts
        for et, st, m in sorted(trig, key=lambda x: PRIORITY[x[0]]):
            ctx = RuleContext(text, et, st, m.start(), m.end(), types, firsts, weapons, actors, armed, anchored, has_cas,
                              factuality=lru_cache(maxsize=1)(lambda m=m, et=et: factuality_of(text, m.start(), m.end(), et)),
                              ref_year=self.ref.year if self.ref else None, day_dated=bool(day_dates),
                              caption=lambda: len(self.sentences) >= 4 and is_caption(text), war_page=self._war_page, memo=memo)
            verdict = judge_trigger(ctx)
            dropped = dropped or verdict.dropped
            if not verdict.keep:
                if verdict.skipped_by == "veto.weak_unanchored" and verdict.event_type in STRIKE and unanchored_strike is None:
                    unanchored_strike = (verdict.event_type, (m.start(), m.end()))
                continue
            chosen, trig_pos, strength = verdict.event_type, (m.start(), m.end()), st
            fired = [f"trigger.{chosen}"] + verdict.fired
            if et == "armed_clash" and chosen in STRIKE:  # "fired 127 missiles at Ukraine in ... one of the heaviest
                # assaults on ...": the clash word retyped to a strike; the strike's own word, told first, anchors it
                own = [x for t, _s2, x in trig if t in STRIKE and x.start() < m.start()]
                if own:
                    trig_pos = (own[0].start(), own[0].end())
            break
        if chosen is None and dropped:
            return []  # background or history: no fallback event from its casualty words either
        outage_kept = None
        if chosen == "infrastructure_disruption" and has_cas:
            # "Two were killed by a ballistic missile in X; hundreds of buildings have no heating": the dead are a strike's
            # (the casualty fallback below), whose outage is split from it after (followups.outage_frames)
            outage_kept, chosen, trig_pos = (chosen, trig_pos, strength, fired), None, (0, 0)
        if chosen is None and not has_cas and re.search(r"\b(?:killed|shot dead|murdered)\b", text) and (actors or NON_STATE.search(text)) and not DISASTER.search(text):
            # "Ukrainian forces killed a battalion commander and 12 of his men near Siversk"
            victims = text[re.search(r"\b(?:killed|shot dead|murdered)\b", text).end():][:120]
            chosen = "armed_clash" if MILITARY_TARGET.search(victims) or re.search(r"\b(?:colonel|commander|officer|general|major|captain|battalion|brigade|fighters)\b", victims, re.I) else "attack_on_civilians"
            strength = "strong"
            fired = ["fallback.killing_by_armed_actor"]
        if chosen is None and has_cas and (TALLY.search(text) or cue("casualty_statistics").search(text)
                                           or max((c.best or c.low or 0) for c in (cas.fatalities, cas.injured) if c) >= 10000):
            return []  # "total Russian casualties at 1.2 million": a running tally, not an incident
        if chosen is None and has_cas and in_month_table(self.sentences, self.sentence_index[id(s)]):
            return []  # "Casualties by oblast, August 2025" over "Donetsk oblast: 91 killed": a month's statistics
        if chosen is None and has_cas and len(_TOLL_IN_PARENS.findall(text)) >= 2:
            return []  # "Kherson region (41 killed, 158 injured), Kharkiv region (27 killed, 96 injured)": a breakdown of a period's toll
        if chosen is None and has_cas and (_COMMEMORATION.search(text) or _RECALLED_ANY.search(text) or cue("bodies_returned").search(text) or cue("wounded_moved").search(text)
                                           or not day_dates and cue("years_ago").search(text)):
            return []  # "the funeral of two soldiers killed near Bakhmut", "received the bodies of 900 fallen soldiers": the deaths are told, not happening
        harmed = self._harms(s, here, cas) and not cue("log_entry_withdrawn").search(text)  # (a log's withdrawn or corrected entry)
        if chosen is None and harmed and not DISASTER.search(text) and not abroad_only(incident_places) and (CONFLICT.search(text) or (
                self._conflict_document() and (incident_places or re.search(r"[.!?\"”]\W*$", text)))  # (a bare headline of other news on the page: "Crews recover bodies of nine skiers in California")
                or any(a.kind in ("military", "armed_group") for a in actors)):
            chosen = "__casualty__"
            fired = ["fallback.casualties_in_conflict"]
            if NON_STATE.search(text) and re.search(r"\b(?:army|troops|soldiers|security forces|government forces)\b", text, re.I) and not weapons:
                chosen, strength = "armed_clash", "strong"
                fired.append("fallback.casualties_between_forces")
        if chosen is None and outage_kept is not None:
            chosen, trig_pos, strength, fired = outage_kept
        if chosen is None:
            if unanchored_strike and actors:
                return [self._unanchored(s, unanchored_strike[0], unanchored_strike[1], actors)]
            return []
        ctx = RuleContext(text, chosen, strength, trig_pos[0], trig_pos[1], types, firsts, weapons, actors, armed, anchored, has_cas,
                          memo=memo)
        rest = [t for t, _s, _m in sorted(trig, key=lambda x: PRIORITY[x[0]])]
        chosen, retyped = retype(ctx, rest, lambda default: generic_attack(text, trig_pos, default))
        fired += retyped
        if chosen is None:
            return []
        if chosen != "infrastructure_disruption":
            incident_places = [p for p in incident_places if p.role != "halted"]
        # "jets were scrambled as Russian missiles flew toward Zakarpattia": the clause after a mobilization's
        # trigger tells its cause, not where the jets were nor who raised them
        # (and a protest's: "marched down Rustaveli Avenue, one year after Russia invaded Ukraine")
        cause = _CAUSE_CLAUSE.search(text, trig_pos[1]) if chosen in ("military_mobilization", "protest") else None
        if cause is not None:
            incident_places = [p for p in incident_places if p.start - s.start < cause.start()]
        if not [p for p in incident_places if p.kind != "country"]:
            incident_places += [p for p in places if p.role == "home"]  # "Man, 45, from Chasiv Yar, foot injury: he stepped on a mine"
        if chosen == "policy_decision" and not [p for p in incident_places if p.kind != "country"] and "vacuat" in text[trig_pos[0]:trig_pos[1]]:
            incident_places += [p for p in places if p.role == "origin" and p.kind in ("settlement", "region")]  # "ordered the evacuation from X"
        if chosen == "territory_change" and not [p for p in incident_places if p.kind != "country"]:
            # "troops withdrew their garrison from Snake Island": the place given up is where it changed hands
            incident_places += [p for p in places if p.role == "origin" and p.kind in ("settlement", "region", "area")]
        if (";" in text or "," in text and len(types) > 1) and (len(types) > 1 or P.headline_shaped(text)):
            incident_places = P.own_clause_places(text, s.start, trig_pos[0], family(chosen), [(t, m.start()) for t, _s, m in trig],
                                                  incident_places, family)

        at = trig_pos[0]
        if ", wh" in text and any(m.start() <= at < m.end() for m in _RELATIVE_ASIDE.finditer(text)):
            # "In Zaporizhzhia, which had been hit at the weekend, a building was struck again": the main clause's trigger
            aside = next(m for m in _RELATIVE_ASIDE.finditer(text) if m.start() <= at < m.end())
            main = _MAIN_DEED.search(text, aside.end())
            at = main.start() if main is not None else at
        period, day, dates = event_dates(text, dates, self.ref, at)
        if chosen == "policy_decision" and not dates and here > 0 and _DECREE_BACK.search(text):
            # "... will be let in only with passes from 10 April. I have signed the corresponding decree.": the measure's day and place
            prev = self.sentences[here - 1]
            period, day, dates = event_dates(prev.text, find_dates(prev.text, self.ref), self.ref)
            if not local_places:
                incident_places = [p for p in self._sentence_places(prev) if p.role in ("incident", "reference") and p.kind in ("settlement", "region")] or incident_places
            fired.append("date.decree_told_before")
        frames: list[Frame] = []
        base = Frame(sent=s, event_type=chosen, trigger_start=s.start + trig_pos[0], trigger_end=s.start + trig_pos[1], cas=cas, weapons=weapons, anchored=anchored or strength == "strong", strength=strength, rules=fired)
        if period is not None and (day is None or period.start < day.start or chosen in STRIKE):
            base.date, base.date_end, base.date_precision, base.is_aggregate = period.date, period.date_end, period.precision, True
        elif day is not None:
            base.date, base.date_precision, base.date_explicit = day.date, "day", day.kind == "absolute" or not re.match(r"(?i)(?:overnight|today|this morning|tonight)", day.text)
            if base.date_explicit and not re.match(r"\s*(?:to|into|and|-|–)\s*\d", text[day.start + len(day.text):]):
                self._para_day[s.paragraph] = (day.date, here)  # (not "overnight on April 15 to 16": its morning is the day)
        elif chosen == "interception" and last_frame is not None and last_frame.is_wave and last_frame.date_explicit \
                and last_frame.date and self.sentence_index[id(last_frame.sent)] == self.sentence_index[id(s)] - 1:
            # "Russia launched 127 missiles and 109 drones on Monday. Air defences shot down 102 ...": that night's defence
            base.date, base.date_precision, base.date_explicit = last_frame.date, last_frame.date_precision, True
            fired.append("date.continues_wave")
        elif (clock_day := self._clock_days.get(here)) is not None:
            base.date, base.date_precision = clock_day, "day"  # "23:15 Mykolaiv ..." before "00:40 ..." in a morning log
            fired.append("date.log_clock")
        elif last_frame is not None and last_frame.date and last_frame.date_precision == "day" and last_frame.sent.paragraph == s.paragraph \
                and (_SIMILAR_LEAD.match(text) or _SOON_AFTER_LEAD.match(text) or last_frame.date_explicit and here > 0 and self.sentences[here - 1] is last_frame.sent) \
                and day_anaphor(text) is None:
            # (and a sentence right after one dated by its own words, in its paragraph: "Police detained three of them")
            # "On Saturday, relatives rallied in Kyiv. Similar rallies took place in Lviv and Dnipro.": that day
            base.date, base.date_precision = last_frame.date, "day"  # (inherited: not its own explicit day)
            fired.append("date.similar_events")
        elif (pd := self._para_day.get(s.paragraph)) is not None and 0 < here - pd[1] <= 3 and running_date != pd[0] and not _STATE_NOW.search(text) and day_anaphor(text) is None:
            base.date, base.date_precision = pd[0], "day"  # "The heaviest attack came on the night to Monday ... A substation was damaged."
            fired.append("date.paragraph_day")
        elif running_date is not None:
            base.date, base.date_precision = running_date, running_prec
        elif self._summary_period is not None and self._summary_period[1] == self.ref and _REPORT_MORNING.search(text):
            # "At 02:10 a drone attacked ...", "fighting is going on right now" under a morning summary of the past day:
            # the report's own day, not the period
            base.date, base.date_precision = self.ref, "day"
            fired.append("date.summary_morning")
        elif self._summary_period is not None:
            (base.date, base.date_end), base.date_precision = self._summary_period, "range"
            fired.append("date.summary_period")
        elif self.ref is not None:
            base.date, base.date_precision = self.ref, "day"
        if base.date and base.date_precision == "day" and not base.date_explicit and not base.is_aggregate \
                and (back := _ANCHOR_DAYS.search(text, max(0, trig_pos[0] - 60), trig_pos[0])) is not None:
            # "The meeting came a day after a Russian missile attack on Dnipro killed four people": the day before the one told
            base.date -= dt.timedelta(days=anchor_days(back))
            fired.append("date.anchored_before")

        # type detail
        if chosen in STRIKE or chosen == "__casualty__":
            # ("The attack damaged four houses" after "shot down nine drones": the weapons just told decide)
            told = last_frame.weapons if not weapons and last_frame is not None and _DAMAGE_BY_ANAPHOR.search(text) else []
            et, explicit = strike_type(weapons or told, types, None)
            base.event_type, base.type_explicit = et, explicit and chosen != "__casualty__" or explicit
            if chosen == "__casualty__":
                base.type_explicit = bool({w.category for w in weapons} - {"mixed"}) or "air_drone_strike" in types
        if chosen == "interception" and re.search(r"\b(?:debris|fragments|wreckage|shards|(?:pieces|parts|remains|remnants) of (?:an? |the |one |two )?(?:[\w-]+ )?(?:drones?|missiles?|rockets?|UAVs?|Shaheds?|projectiles?)|falling (?:parts|remains)|crash of|crashed (?:onto|into|on))\b", text, re.I) \
                and (has_cas or re.search(r"\bdamag\w*|\bhit\b|\bfell\b|\bstarted a fire|\bfire\b", _NO_HARM.sub("", text), re.I)):
            # "debris from a downed drone damaged a warehouse": the damage is the event
            chosen = "air_drone_strike" if re.search(r"\bdrones?\b|\bUAVs?\b|\bShahed", text, re.I) else "missile_artillery_strike"
            base.event_type = chosen
        if chosen == "interception":
            for w in weapons:
                if w.launched and not w.intercepted and re.search(r"\bshot down|\bintercept|\bdowned|\bdestroyed", text, re.I) and not re.search(r"\blaunch|\bfired|\bunleashed", text, re.I):
                    w.intercepted, w.launched = w.launched, None
        base.variant = variant(base.event_type, text, actors)
        base.target = target_of(text)

        # actors
        excl = [(p.start - s.start, p.end - s.start) for p in places if p.role == "dateline"]
        a1, a2 = pick_actors(text, trig_pos[0], trig_pos[1], actors, excl)
        if a2 is not None and any(p.role == "origin" and p.start - s.start <= a2.start < p.end - s.start for p in places):
            a2 = None  # "missiles fired from bombers over Russia's Kursk region hit Kremenchuk": where they came from, not the target
        if cause is not None and a1 is not None and a1.start >= cause.end():
            a1 = None  # "jets were scrambled as Russian drones flew west": the drones are the cause, not who scrambled
        if base.event_type in ("interception", "territory_change"):
            a1, a2 = (interception_sides(text, trig_pos, a1, a2, actors) if base.event_type == "interception" else territory_sides(text, trig_pos, a1, a2))
        if a1:
            base.actor1, base.actor1_side = a1.actor, a1.side
            base.actor1_weak = bool(re.fullmatch(r"(?:Ukraine|Ukrainians|Kyiv|Kiev|Zelensky[iy]?|Russia|Russians|Moscow|Kremlin|Putin)(?:['’]s)?", a1.text, re.I)) \
                and not re.match(r"\s+regime\b", text[a1.end:])  # "the Kiev regime attacked": the attacker named, not a speaker
            base.actor1_generic = not _NATION_WORD.search(a1.text)
        if a2:
            base.actor2, base.actor2_side = a2.actor, a2.side

        # wave: national totals of launched weapons
        launched_total = sum((w.launched.best or w.launched.low or 0) for w in weapons if w.launched)
        local = [p for p in incident_places if p.kind != "country"]
        national = not local or bool(WAVE_SCOPE.search(text) and len({p.location.admin1_code for p in local}) > 2)
        if base.event_type in STRIKE and launched_total >= 5 and (national or WAVE_SCOPE.search(text)):
            base.is_wave = not base.is_aggregate
            incident_places = [p for p in incident_places if p.kind == "country"]
        if base.event_type == "interception":
            # "shot down 21 of 23, with the remaining two hitting Uman and Dnipro": the places the
            # weapons that got through hit are strike places, not where the interception happened
            incident_places = [p for p in incident_places if not _HIT_BEFORE.search(text[trig_pos[1]:max(trig_pos[1], p.start - s.start)])]
            local = [p for p in incident_places if p.kind != "country"]
        if base.event_type == "interception" and not local and not base.is_aggregate:
            told = self._wave_place_before(s, text, last_frame)  # "... at the Sumy region. 17 of them were downed"
            incident_places = [told] if told is not None else [p for p in incident_places if p.kind == "country"]

        # claims
        claim = self._claim(s, text)
        base.claims.append(claim)

        # one sentence, two events: "Russia launched 45 drones; air defence shot down 38"
        intercepted_any = any(w.intercepted for w in weapons)
        launch_verb = re.search(r"\b(?:launch\w*|fired|unleashed|attacked (?:[\w'’-]+ ){0,4}?with|sent|used)\b", text, re.I) or ATTACK_MADE_OF.search(text)
        if base.is_wave and intercepted_any or (base.event_type == "interception" and launched_total >= 5 and (launch_verb or _OF_TOTAL.search(text))
                                                 and (not local or (launch_verb and len(local) == 1 and local[0].kind in ("settlement", "region")))
                                                 and not base.is_aggregate):
            wave = Frame(**{**base.__dict__, "claims": [claim], "weapons": [], "cas": base.cas})
            launch = re.search(r"\b(?:launch\w*|fired|unleashed|attacked|struck|used)\b", text, re.I) or ATTACK_MADE_OF.search(text)
            if launch is not None:
                la1, la2 = pick_actors(text, launch.start(), launch.end(), actors, excl)
                wave.actor1, wave.actor1_side = (la1.actor, la1.side) if la1 else (None, None)
                wave.actor2, wave.actor2_side = (la2.actor, la2.side) if la2 else (None, None)
            wave.event_type, wave.type_explicit = strike_type(weapons, types - {"interception"}, None)
            wave.is_wave = True
            wave.weapons = [Weapon(category=w.category, model=w.model, launched=w.launched) for w in weapons if w.launched]
            inter = Frame(**{**base.__dict__, "claims": [claim.model_copy()], "weapons": [], "cas": Casualties()})
            inter.event_type, inter.is_wave, inter.variant = "interception", False, ""
            wave.rules, inter.rules = [*base.rules, "split.wave_and_interception"], [*base.rules, "split.wave_and_interception"]
            inter.weapons = [Weapon(category=w.category, model=w.model, intercepted=w.intercepted) for w in weapons if w.intercepted]
            attacker = wave.actor1_side
            if base.event_type == "interception" and base.actor1_side in OPPOSITE and (attacker is None or attacker == base.actor1_side) \
                    and (launch is None or launch.start() > trig_pos[0] or attacker is None):
                # "the air force destroyed 17 of the 20 drones launched overnight": the agent of the
                # interception is the defender, whoever the launch verb's nearest actor is
                attacker = OPPOSITE[base.actor1_side]
                wave.actor1, wave.actor1_side = actor_for_side(attacker), attacker
                wave.actor2, wave.actor2_side = actor_for_side(base.actor1_side), base.actor1_side
            defender = OPPOSITE.get(attacker) if attacker else None
            inter.actor1, inter.actor1_side = actor_for_side(defender), defender
            inter.actor2, inter.actor2_side = (actor_for_side(attacker), attacker) if attacker else (None, None)
            countries = [p for p in incident_places if p.kind == "country"]
            loc = countries[0].location if countries else None
            if not local and not countries:  # "12 drones were launched at the Sumy region ...; nine were shot down": the launch clause's target
                aimed = [p for p in places if p.role == "incident" and p.kind in ("settlement", "region")
                         and _AIMED_AT.search(text, max(0, p.start - s.start - 20), p.start - s.start)]
                named = [p for p in places if p.role == "incident" and p.kind in ("settlement", "region", "country")]
                local = aimed if len(aimed) == 1 and len(named) == 1 else local  # (not "most of them at the Volyn and Lviv regions")
            if local and not re.search(r"\b(?:at|against|on|across) Ukraine\b", text):  # "launched 30 drones at Odesa, 25 of which were shot down": a strike on the city and its defence
                loc, wave.is_wave = local[0].location, False
            wave.location = inter.location = loc
            if loc is None:  # "6 of the 9 Shahed drones that attacked the region were shot down": the region told before
                self._fallback_place(s, text, inter, places, role_places)
                wave.fallback_location = inter.fallback_location
            return [wave, inter]

        if base.event_type == "policy_decision" and "diplomatic_contact" in types \
                and (met := contact_before_decision(text, s.start, trig, base, actors, local_places)) is not None:
            frames = frames + [met]  # "held talks in Kyiv with the president and announced a further ...": both
        if self._decider_place(s, base, actors, local_places):
            return frames + [base]

        return self._frames_per_place(s, text, base, frames, places, incident_places, role_places, weapons, dates)


def extract_events(doc_id: str, text: str, ref_date: Optional[dt.date], *, outlet: Optional[str] = None) -> list[Event]:
    """Events of one cleaned document (a pure function of its inputs)."""
    if not text.strip():
        return []
    return DocumentExtractor(doc_id, text, ref_date, outlet=outlet).run()
