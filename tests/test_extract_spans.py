"""Span integrity (hypothesis): documents built from invented report sentences in random order, with
random boilerplate lines, through the whole pipeline. Every claim and every statement must cut its quote
out of the document's clean_text exactly, and the event records must stay internally consistent."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from helpers_extract import check_claim_spans, check_event_line
from sitrep.extract.events import extract_events
from sitrep.extract.pipeline import get_pipeline
from sitrep.model import ExtractionResult, IngestError, RawDocument
from test_extract_taxonomy import CASES

SENTENCES = [c[0] for c in CASES] + [
    "Russia launched almost 100 drones and 12 ballistic missiles against Ukraine overnight, the air force said.",
    "Air defence shot down 81 drones and 7 missiles.",
    "Overnight the air force shot down 144 targets over Ukraine.",
    "In Kharkiv, a 66-year-old woman was killed and seven people, including two children, were injured.",
    "In Odesa, debris damaged a warehouse 20 kilometers from the city centre. No one was hurt.",
    "Over the past week, Russia has launched nearly 140 missiles and more than 600 drones at Ukraine, Zelensky said.",
    "Russian forces shelled Kupiansk on Monday. Casualties unknown.",
    "On Sunday, Ukraine said Russian shelling killed three civilians in Kherson.",
    "Russia's defence ministry said Ukrainian forces shelled the city themselves, killing five.",
    "Russian forces purportedly struck Kramatorsk on Sunday, a pro-Kremlin blogger said.",
    "Russia is gearing up to perform strikes on Ukrainian energy facilities, Zelensky warned.",
    "\"Strikes are not made with words,\" Zelensky said on Sunday.",
    "\u201cThe enemy struck a residential area in the middle of the night,\u201d governor Oleh Synehubov wrote on Telegram.",
    "\u201cRescuers are still working at the site,\u201d he added. \u201cThe toll may rise.\u201d",
    "Foreign minister Andrii Sybiha said that Russia had attacked the energy grid again.",
    "Since the onset of the invasion, Russia has launched thousands of missiles at Ukraine.",
    "As of tomorrow, 18 November, power restrictions apply in all regions, Ukrenergo said.",
    "Ukraine's air force said it had destroyed five drones over Mykolaiv region on Sunday.",
    "A Ukrainian drone hit a house in Belgorod region on Sunday, governor Vyacheslav Gladkov said.",
    "Ukrainian forces shelled DPR positions near Horlivka on Sunday, the DPR militia said.",
]
BOILERPLATE = [
    "Share this article", "Read More: Sanctions package adopted", "By Test Wire staff", "Edited by: Petro Savchuk",
    "newsdesk@test-wire.example", "We use cookies to improve your experience. Accept all cookies",
    "Photo: Test Wire / invented", "Read also: Air defence units receive new mobile fire groups",
    "Follow us on Telegram", "Subscribe to our newsletter", "3 min read", "Advertisement",
]
HEADLINES = ["Overnight attacks across Ukraine", "War update", "Strikes, protests and a prisoner exchange"]

paragraph = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join)
body_item = st.one_of(paragraph, paragraph, paragraph, st.sampled_from(BOILERPLATE))
documents = st.tuples(st.sampled_from(HEADLINES), st.lists(body_item, min_size=1, max_size=8),
                      st.sampled_from(["\n\n", "\n"])).map(lambda t: t[0] + "\n\n" + t[2].join(t[1]) + "\n")


def _check_result(res: ExtractionResult) -> None:
    text = res.document.clean_text
    check_claim_spans(text, res.events, res.statements)
    ids = [e.event_id for e in res.events]
    assert len(ids) == len(set(ids))
    for e in res.events:
        assert e.parent_id is None or (e.parent_id in ids and e.parent_id != e.event_id)
        check_event_line(json.loads(e.model_dump_json(exclude={"record"})))
    for s in res.statements:
        assert set(s.event_ids) <= set(ids)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(["2025-03-10", "2024-11-17", None]))
def test_pipeline_spans_cut_their_quotes(text, ref):
    res = get_pipeline().process(RawDocument(doc_id="h", text=text), ref)
    assert isinstance(res, (ExtractionResult, IngestError))
    if isinstance(res, ExtractionResult):
        _check_result(res)
        for b in ("Share this article", "newsdesk@test-wire.example", "Accept all cookies"):
            assert b not in res.document.clean_text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=10), st.sampled_from([" ", "\n", "\n\n"]))
def test_extract_events_spans_on_raw_concatenations(sentences, sep):
    text = sep.join(sentences)
    import datetime as dt
    events = extract_events("r", text, dt.date(2025, 3, 10))
    check_claim_spans(text, events)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_the_pipeline(text):
    res = get_pipeline().process(RawDocument(doc_id="junk", text=text), "2025-03-10")
    assert isinstance(res, (ExtractionResult, IngestError))
    if isinstance(res, ExtractionResult):
        _check_result(res)
    else:
        assert "junk" in res.message
