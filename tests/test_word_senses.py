"""Trigger words in a sense that is no event (issue 10: long analytical reports and features):
a weapon or force named with an event word ("strike drones", "strike capability"), signals
intercepted, messages swapped, a show of capability, a nation rallied, mines laid, recruitment
figures, sanctions as background — next to the near-identical sentences that are events. Invented."""
import pytest

from helpers_extract import run as events_of


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.rules) for e in events]


@pytest.mark.parametrize("text", [
    "The steady spread of FPV strike drones along the front has made it hard for commanders to mass troops.",
    "Western partners promised to help Kyiv build a long-range strike capability.",
    "FPV drone operators of the 30th Brigade are reportedly active near the town.",
    "The border guards intercepted military communications that mentioned a regiment moving north.",
    "Their encrypted radio platforms are unreliable and easily intercepted by the enemy, the officer said.",
    "During the night the ministers swapped text messages about the crisis.",
    "The launch was a demonstration of capability aimed at Western capitals, analysts said.",
    "The president's speech helped rally Ukrainian society behind the army.",
    "Mines were laid along the coast to deter a possible landing near Odesa.",
    "Russian recruitment levels reached about 30,000 a month, the ministry estimated.",
    "Driven by Western sanctions, the Russian army came to rely on smuggled satellite terminals.",
    "Energy sales that circumvent sanctions keep the Russian budget afloat, the report said.",
    "Negotiators spent the day on the mechanics of a theoretical ceasefire along the line of contact.",
])
def test_not_an_event(text):
    assert events_of(text, "2026-02-21") == [], _summary(events_of(text, "2026-02-21"))


@pytest.mark.parametrize("text, etype", [
    ("Russian strike drones hit an apartment block in Sumy overnight, injuring three people.", "air_drone_strike"),
    ("Air defence intercepted 12 drones over the Kyiv region overnight.", "interception"),
    ("Russia and Ukraine swapped 150 prisoners of war on Friday, the coordination headquarters said.", "agreement"),
    ("Hundreds of people held a demonstration outside the parliament in Tbilisi on Saturday.", "protest"),
    ("A tractor driver was injured when a mine exploded in a field near Izium on Monday.", "remote_explosive"),
    ("The European Union adopted a new package of sanctions against Russia on Friday.", "policy_decision"),
])
def test_still_an_event(text, etype):
    assert etype in {e.event_type for e in events_of(text, "2026-02-21")}, _summary(events_of(text, "2026-02-21"))


@pytest.mark.parametrize("text", [
    "An FPV drone hit a car in Kherson on Friday, wounding the driver, the regional administration said.",
    "Russian FPV drones attacked a bus in Nikopol, injuring four passengers.",
    "A Russian FPV drone struck a civilian car near Beryslav, killing a man.",
])
def test_fpv_strikes_stay_strikes(text):
    assert "air_drone_strike" in {e.event_type for e in events_of(text, "2026-02-21")}, _summary(events_of(text, "2026-02-21"))


@pytest.mark.parametrize("text", [
    "Brokers in the port city route sanctioned goods and payments to Russian buyers, the report found.",
    "The bloc is now the largest donor to Ukraine, financing both its budget and military aid.",
    "Two governments have long voiced their opposition to military aid for Kyiv.",
    "Despite the war, the president still commands approval ratings most leaders can only dream about.",
    "Traders exploit loopholes in international sanctions, according to a new report.",
])
def test_background_nouns_are_no_decisions(text):
    assert events_of(text, "2026-02-21") == [], _summary(events_of(text, "2026-02-21"))


@pytest.mark.parametrize("text", [
    "The United States announced a new military aid package worth $400 million for Ukraine on Friday.",
    "The president paused all shipments of military aid to Ukraine on Monday.",
    "Parliament approved the bill on Tuesday, the speaker said.",
])
def test_decisions_stay_decisions(text):
    assert "policy_decision" in {e.event_type for e in events_of(text, "2026-02-21")}, _summary(events_of(text, "2026-02-21"))


def test_casualties_abroad_on_a_war_page_are_other_news():
    text = ("Russian drones struck Odesa overnight, injuring four people, the governor said.\n\n"
            "Rescue crews recovered the bodies of nine hikers in Colorado after a rock slide.\n\n"
            "A Briton was among 19 people killed after a bus plunged off a mountain road in Peru, police said.")
    events = events_of(text, "2026-02-20")
    assert {e.location.country_code for e in events if e.location} == {"UA"}, _summary(events)


@pytest.mark.parametrize("text", [
    "The president told a news agency last month that Kyiv, not Moscow, was holding up a peace deal.",
    "Nobody believes that Russia is acting in good faith in the negotiations, the senator said.",
    "Moscow describes the talks as businesslike, while Kyiv stresses the need for a real agreement.",
])
def test_deals_and_talks_only_named_are_no_events(text):
    assert events_of(text, "2026-02-21") == [], _summary(events_of(text, "2026-02-21"))


@pytest.mark.parametrize("text, etype", [
    ("Ukrainian and Russian delegations met in Geneva on Thursday for a third round of talks.", "diplomatic_contact"),
    ("The two sides agreed a ceasefire in the Black Sea, the White House said.", "agreement"),
])
def test_deals_and_talks_that_happen_stay(text, etype):
    assert etype in {e.event_type for e in events_of(text, "2026-02-21")}, _summary(events_of(text, "2026-02-21"))
