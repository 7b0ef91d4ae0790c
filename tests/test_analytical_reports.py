"""Long analytical reports (daily assessments, round-ups): an invented assessment-style text.

What a user expects: ground assaults at each named place are clashes, analysis, forecasts, history
and off-topic items on the page are not events, and no event is dated after publication."""
import pytest
import datetime as dt

from helpers_extract import run as events_of

REPORT = """Offensive Campaign Assessment, March 11, 2025

Russian forces continued offensive operations in the Kupyansk direction on March 10. Russian forces attacked near Kupyansk and east of Kupyansk near Petropavlivka and Kindrashivka on March 10 but did not advance.

The Kremlin will likely continue to use the negotiations to demand Ukraine's capitulation. Russia's failure to seize Kharkiv in 2022 stemmed from poor logistics and planning.

Putin may attempt to launch a new offensive in Sumy Oblast in the coming months, which would stretch Ukrainian defences.

In other news, a Briton was among 19 people killed after a bus plunged off a highway in Nepal, police said.

Russian forces will attack Kramatorsk on March 14, according to a leaked plan.
"""


def _events():
    return events_of(REPORT, "2025-03-11")


def test_ground_attacks_near_each_place_are_clashes():
    clashes = {e.location.name for e in _events() if e.event_type == "armed_clash" and e.location and e.location.precision <= 2}
    assert {"Petropavlivka", "Kindrashivka"} <= clashes
    assert not [e for e in _events() if e.event_type in ("missile_artillery_strike", "air_drone_strike")]


def test_analysis_forecast_history_and_off_topic_are_not_events():
    for e in _events():
        assert e.location is None or e.location.name not in ("Sumy", "Kramatorsk", "Kharkiv", "Nepal")
        assert not (e.fatalities and e.fatalities.best == 19), "a road accident abroad is no war casualty"


def test_no_event_after_publication():
    assert all(e.date is None or dt.date.fromisoformat(str(e.date)) <= dt.date(2025, 3, 11) for e in _events())


def test_capital_as_subject_of_a_bare_verb_is_metonymy():
    events = events_of("Ukrainian forces pushed across the river in a counter-offensive that saw Kyiv retake swathes of territory near Kupiansk.")
    assert all(e.location is None or e.location.name != "Kyiv" for e in events)


REPORT_2 = """Russian Offensive Campaign Assessment, June 4, 2025

Key Takeaways:
Russian forces conducted a combined missile and drone strike against Ukraine on the night of June 3 to 4. Ukraine's Air Force reported that Russian forces launched 112 Shahed and decoy drones from the directions of Kursk, Oryol, and Bryansk cities and that Ukrainian forces downed 72 drones and that 34 decoy drones were "lost" likely due to electronic warfare interference.
Kremlin officials continue to reject Ukraine's proposals for an unconditional ceasefire, demonstrating that Russia remains uninterested in good-faith negotiations.
Ukrainian forces recently advanced near Toretsk, and Russian forces recently advanced near Pokrovsk and Kostyantynivka.

Russian forces continued offensive operations in the Siversk direction on June 3 but did not make confirmed advances. Russian forces attacked near Verkhnokamyanske and Ivano-Darivka on June 3.

The Russian military command will likely continue to prioritize the Pokrovsk direction in the coming weeks. Russian milbloggers claimed that Russian forces seized Koptieve, although ISW has not observed confirmation of this claim.

Ukrainian Defense Intelligence (HUR) reported on June 3 that Russia has produced over 2,700 Shahed drones per month since the beginning of 2025. Russia previously struck Sumy city with ballistic missiles in April 2025, killing 35 civilians.

Geolocated footage published on June 3 indicates that Ukrainian forces recently advanced west of Dachne.

Ukrainian President Volodymyr Zelensky met with Danish Prime Minister Mette Frederiksen in Kyiv on June 3 to discuss defense cooperation.
"""


def test_assessment_commentary_is_not_an_event():
    events = events_of(REPORT_2, "2025-06-04")
    types = {e.event_type for e in events}
    assert not types & {"protest", "agreement"}, types  # "demonstrating that ...", "proposals for a ceasefire"
    assert not [e for e in events if e.location is not None and e.location.name == "Sumy"], "a recalled April strike"
    assert {"interception", "armed_clash"} <= types


RETROSPECTIVE = """Three Years On: How the Night of the Invasion Unfolded

On the morning of February 24, 2022, Russian missiles struck airfields near Ivano-Frankivsk and Lutsk, and columns of tanks crossed the border north of Kharkiv.

Two days later, Russian paratroopers attacked the airport at Hostomel, where fierce fighting lasted until the evening.

In March 2022, a Russian air strike on the drama theatre in Mariupol killed hundreds of civilians sheltering inside.

Today, the front line runs far to the east. On Saturday night, Russian drones struck an energy facility near Poltava, injuring two workers, the regional governor said.
"""


def test_a_retrospective_keeps_only_the_current_incident():
    # ANNOTATION 2: history is not an event; the report's own incident is
    evs = events_of(RETROSPECTIVE, "2025-02-24")
    assert all(dt.date.fromisoformat(str(e.date)) >= dt.date(2024, 2, 24) for e in evs if e.date), \
        [(e.event_type, str(e.date)) for e in evs]
    poltava = [e for e in evs if e.event_type == "air_drone_strike" and e.location and "Poltava" in e.location.name]
    assert poltava and str(poltava[0].date) == "2025-02-22"


TIMELINE = """A timeline of the talks

The first talks between the delegations took place four days after the invasion in February 2022. Two more rounds followed in Belarus, ending on March 7.

On March 10, the foreign ministers of the two countries met in Antalya.

On March 12, Russian missiles struck the port of Mykolaiv, killing four people.

Talks are scheduled to resume in Geneva on March 12.
"""


def test_a_day_without_a_year_in_a_timeline_is_in_the_story_year():
    evs = events_of(TIMELINE, "2026-02-18")
    # the strike of "March 12" is the 2022 one of the timeline (history), not one of March 2025
    assert not [e for e in evs if e.event_type == "missile_artillery_strike"], [(e.event_type, str(e.date)) for e in evs]


def test_in_story_year_keeps_what_is_to_come():
    from sitrep.nlp.dates import find_dates, in_story_year
    ref = dt.date(2026, 2, 18)
    m = find_dates("Talks are scheduled to resume on March 12.", ref)[0]
    assert in_story_year(m, ref, 2022, "Talks are scheduled to resume on March 12.").date == dt.date(2026, 3, 12)
    m = find_dates("On March 10, the ministers met.", ref)[0]
    assert in_story_year(m, ref, None, "On March 10, the ministers met.").date == dt.date(2025, 3, 10)
    assert in_story_year(m, ref, 2022, "On March 10, the ministers met.").date == dt.date(2022, 3, 10)


def test_the_site_told_again_is_the_one_placed_incident():
    text = 'IAEA says drone struck training centre at nuclear plant\n\nVIENNA, April 2 (Example Wire) - A drone struck the training centre of the Zaporizhzhia nuclear power plant on Tuesday, the International Atomic Energy Agency said, adding that no one was hurt and the reactors were not affected.\n\nIAEA chief Rafael Grossi said his team at the site heard several explosions in the morning and was told by the Russian-installed management that a drone had hit the roof of the building.\n\n"Such attacks jeopardise nuclear safety and must end," Grossi said in a statement. The plant, Europe\'s largest, has been under Russian control since March 2022. Its six reactors are in cold shutdown.\n\nUkraine\'s nuclear operator Energoatom said it had no information about the incident.'
    evs = events_of(text, "2025-04-02")
    strikes = [e for e in evs if e.event_type in ("air_drone_strike", "missile_artillery_strike")]
    assert len(strikes) == 1 and strikes[0].location.precision <= 2, [(e.event_type, e.location and e.location.name) for e in evs]


def test_an_assessment_that_a_deal_is_unlikely_is_no_agreement():
    assert events_of("Analysts assess that Moscow is unlikely to agree to a ceasefire in the near term.", "2025-06-14") == []
    assert [e.event_type for e in events_of("The two sides agreed to a ceasefire on Monday.", "2025-06-14")] == ["agreement"]


def test_forces_advanced_in_part_of_a_town_is_a_territory_change():
    ev = events_of("Geolocated footage published on June 12 indicates that Ukrainian forces advanced in southwestern "
                   "Kostiantynivka.", "2025-06-14")
    assert [(e.event_type, e.location.name) for e in ev] == [("territory_change", "Kostyantynivka")], ev


def test_the_night_of_one_day_to_the_next_is_the_morning_it_ended():
    # ANNOTATION 6: "overnight" in a morning report is that day
    from sitrep.nlp.dates import find_dates
    for text in ("on the night of June 13 to 14", "on the night of 13-14 June", "the night of May 31 to June 1"):
        ms = find_dates(text, dt.date(2025, 6, 14))
        assert len(ms) == 1 and ms[0].date in (dt.date(2025, 6, 14), dt.date(2025, 6, 1)), (text, ms)
    ev = events_of("Russian forces launched 160 drones against Ukraine on the night of June 13 to 14, the air force said.",
                   "2025-06-14")
    assert ev and str(ev[0].date) == "2025-06-14"


def test_using_talks_to_delay_sanctions_is_no_decision_and_openness_is_no_contact():
    assert events_of("The Kremlin continues to use the prospect of negotiations to delay new Western sanctions.", "2025-06-14") == []
    assert events_of("Putin stated on June 13 that Russia remains open to talks.", "2025-06-14") == []
    assert events_of("The EU could impose new sanctions on Russia.", "2025-06-14") == []
    assert [e.event_type for e in events_of("The EU imposed new sanctions on Russia on Monday.", "2025-06-14")] == ["policy_decision"]


def test_blocking_an_attack_is_ground_fighting():
    ev = events_of("Ukrainian troops blocked a Russian attack near Pokrovsk.", "2025-06-14")
    assert [e.event_type for e in ev] == ["armed_clash"]


ASSESSMENT = """Russian Offensive Campaign Assessment, June 14, 2025

Key Takeaways:
* Ukrainian forces recently advanced near Kostiantynivka.
* Russian forces attacked northeast of Kupyansk near Dvorichna on June 13.

Ukrainian forces recently advanced near Kostiantynivka. Geolocated footage published on June 12 indicates that Ukrainian forces advanced in southwestern Kostiantynivka.

Russian forces attacked northeast of Kupyansk near Dvorichna on June 13.
"""


def test_key_takeaways_repeated_in_the_body_give_each_event_once():
    from sitrep.extract.pipeline import get_pipeline
    from sitrep.model import RawDocument
    evs = get_pipeline().process(RawDocument(doc_id="isw", text=ASSESSMENT, date="2025-06-14")).events
    names = [e.location.name for e in evs if e.location]
    assert names.count("Dvorichna") == 1 and names.count("Kostyantynivka") == 1, [(e.event_type, e.location.name) for e in evs]
    assert [e.event_type for e in evs if e.location.name == "Kostyantynivka"] == ["territory_change"]


def test_an_undated_sentence_goes_on_telling_a_past_year():
    from helpers_extract import run
    text = ("In February 2022, Russian columns crossed into Ukraine from Belarus. Within hours, missiles struck airfields "
            "near Kyiv and Kharkiv.\n\nFour years on, the front runs through the Donetsk region. On Monday, drones hit "
            "Odesa, injuring two people, the governor said.")
    ev = run(text, "2026-02-20")
    assert [(e.event_type, e.location.name if e.location else None) for e in ev] == [("air_drone_strike", "Odesa")], \
        [(e.event_type, e.location, e.date) for e in ev]


def test_a_past_year_does_not_silence_what_happens_now():
    from helpers_extract import run
    text = "Russia seized the town in May 2022. Its troops are now shelling the outskirts of Kupiansk, the governor said."
    assert any(e.event_type == "missile_artillery_strike" for e in run(text, "2026-02-20"))


def test_another_war_in_a_round_up_keeps_its_dead_out_of_the_wave():
    from helpers_extract import run
    text = ("Russian forces launched 90 missiles and nearly 100 drones at Ukraine's energy grid overnight, officials said.\n\n"
            "Also in the news\n\nAn Israeli air strike killed 12 people in a refugee camp, medics said.")
    ev = run(text, "2024-12-01")
    wave = [e for e in ev if e.location and e.location.country_code == "UA"]
    assert wave and all(e.fatalities is None for e in wave), [(e.event_type, e.location, e.fatalities) for e in ev]


def test_an_advance_west_of_a_village_is_a_territory_change():
    from helpers_extract import run
    ev = run("Geolocated footage published on March 2 indicates that Ukrainian forces advanced west of Dvorichna.", "2025-03-03")
    assert [e.event_type for e in ev] == ["territory_change"] and ev[0].location.precision == 2


def test_claiming_openness_to_talks_is_no_contact():
    from helpers_extract import run
    assert run("The president has repeatedly claimed that Russia is open to talks, but Kremlin officials continue to "
               "demand Ukraine's neutrality.", "2025-03-03") == []


def test_a_retrospective_feature_tells_no_news():
    from helpers_extract import run
    years = "In 2014 Russia annexed Crimea. In 2015 the Minsk talks stalled. By 2019 a new president was elected. In 2020 the " \
            "intelligence services watched the border. In 2021 troops massed near it; in spring 2021 they drilled in Crimea. "
    text = ("How the warnings of 2021 were missed\n\n" + years +
            "In November 2021 the defence secretary visited Kyiv and briefed the president. In mid-December officials met in "
            "Geneva. Minutes later, missiles struck airfields near the capital, and columns crossed from Belarus in 2022. "
            "The 2022 invasion changed everything; its first weeks in 2022 decided the war.")
    assert run(text, "2026-02-20") == [], [(e.event_type, e.date) for e in run(text, "2026-02-20")]
    # a news report with a long background still gives its news
    news = "Drones hit Odesa overnight, injuring two, the governor said. " + years
    assert run(news, "2026-02-20")


def test_meeting_names_preferences_and_square_kilometres():
    from helpers_extract import run
    ev = run("Russia launched 300 drones and 20 missiles at Ukraine's energy grid on the day of the Geneva talks.", "2026-02-20")
    assert ev and all(e.location is None or e.location.country_code == "UA" for e in ev), [(e.event_type, e.location) for e in ev]
    assert run("Instead of ceding land now, the president favours freezing the front line as a basis for a ceasefire.", "2026-02-20") == []
    ev = run("Ukrainian forces gained 120 sq km of territory between February 11 and 15, according to analysts.", "2026-02-20")
    assert [(e.event_type, e.date, e.date_end) for e in ev] == [("territory_change", "2026-02-11", "2026-02-15")]


def test_footnote_numbers_end_sentences_and_an_executed_veto_is_no_killing():
    from sitrep.nlp.sentences import split_sentences
    from helpers_extract import run
    assert [s.text for s in split_sentences("The talks produced no breakthrough.12 Western officials remain sceptical.")] == \
        ["The talks produced no breakthrough.", "Western officials remain sceptical."]
    assert run("A member state executed a formal veto against the loan package in Brussels on Friday.", "2026-02-20") == []
    assert [e.event_type for e in run("Soldiers executed a captured medic near the village of Robotyne, prosecutors said.", "2026-02-20")] == ["attack_on_civilians"]


@pytest.mark.parametrize("text,expected", [
    ("The gap between strategy and demonstrated Ukrainian resilience suggests the Kremlin errs.", []),
    ("Hundreds demonstrated outside parliament in Tbilisi on Sunday.", ["protest"]),
    ("The pipeline has been shut since a Russian strike in late January, officials in Kyiv said.", []),
    ("The Ukrainian counter attacks near Orikhiv continued on Monday.", ["armed_clash"]),
    ("Deportations are frequently carried out under the guise of evacuation in occupied Kherson.", []),
])
def test_analysis_forms(text, expected):
    from helpers_extract import run
    assert [e.event_type for e in run(text, "2026-02-20")] == expected


# An assessment as crawled from a page with markdown endnotes, an order-of-battle note and
# a list of ground attacks "within and near" a town (invented text, real geography).
REPORT_ENDNOTES = """Russian Offensive Campaign Assessment, February 21, 2026

Russian forces attacked within and near Siversk itself; northwest of Siversk near Serebrianka and Verkhnokamianske; and east of Siversk near Vyimka on February 20 and 21.[[xl]](https://example.org/analysis/<#_edn40>) A Russian milblogger claimed that Ukrainian forces counterattacked near Vyimka.[[xli]](https://example.org/analysis/<#_edn41>)
Order of Battle: Drone operators of the Russian 35th Motorized Rifle Brigade are reportedly striking Ukrainian positions near Hulyaipole.[[xlii]](https://example.org/analysis/<#_edn42>)
The talks held in Geneva on February 17 and 18, 2026, underscored the strategic deadlock between Kyiv and Moscow.
"""


def _endnote_events():
    return events_of(REPORT_ENDNOTES, "2026-02-21")


def test_markdown_endnotes_end_sentences():
    from sitrep.nlp.sentences import split_sentences
    texts = [s.text for s in split_sentences(REPORT_ENDNOTES)]
    assert any(t.startswith("A Russian milblogger claimed") for t in texts)
    assert not any("[[xl]]" in t and "milblogger" in t for t in texts)
    assert [s.text for s in split_sentences("He said it.[12] Russian forces attacked.")] == ["He said it.", "Russian forces attacked."]
    assert [s.text for s in split_sentences("Fighting near Bakhmut [3] continued. Then more.")] == ["Fighting near Bakhmut [3] continued.", "Then more."]


def test_attacks_within_and_near_each_place_are_russian_clashes():
    ev = _endnote_events()
    clashes = {e.location.name: e for e in ev if e.event_type == "armed_clash" and e.location}
    assert {"Siversk", "Serebrianka", "Verkhnokamianske"} <= set(clashes)
    assert all(clashes[n].actor1_side == "RU" for n in ("Siversk", "Serebrianka", "Verkhnokamianske"))
    assert not [e for e in ev if e.event_type in ("missile_artillery_strike", "air_drone_strike")]


def test_order_of_battle_note_is_not_an_incident():
    assert not [e for e in _endnote_events() if e.location and "Hulya" in e.location.name]


def test_deadlock_is_no_death():
    assert all(e.fatalities is None for e in _endnote_events())


def test_venue_of_talks_is_no_strike_place():
    ev = events_of("This week was defined by a gap between diplomatic efforts in Abu Dhabi and an escalation of strikes.", "2026-02-21")
    assert all(e.location is None or e.location.name != "Abu Dhabi" for e in ev)
    ev = events_of("A Russian drone hit a house in Kharkiv on Tuesday as talks in Geneva went on.", "2026-02-21")
    assert {e.location.name for e in ev if e.location} == {"Kharkiv"}
    ev = events_of("Russia and Ukraine agreed a prisoner swap at negotiations held in Abu Dhabi on Thursday.", "2026-02-21")
    assert [e.location.name for e in ev if e.event_type == "agreement" and e.location] == ["Abu Dhabi"]


def test_assaulted_positions_is_ground_fighting_by_the_named_side():
    ev = events_of("Reports indicate that Ukrainian maneuver elements assaulted and cleared multiple Russian defensive positions near Huliaipole on Friday.", "2026-02-21")
    assert [(e.event_type, e.actor1_side) for e in ev] == [("armed_clash", "UA")]
    ev = events_of("Russian assault units attacked near Kupiansk on Friday.", "2026-02-21")
    assert [(e.event_type, e.actor1_side) for e in ev] == [("armed_clash", "RU")]
    ev = events_of("Masked men assaulted a journalist in Kherson on Friday.", "2026-02-21")
    assert [e.event_type for e in ev] == ["attack_on_civilians"]


def test_modified_weapon_noun_is_no_defender():
    # "Russian cruise missiles" are the weapons shot down, not the side that shot them down
    ev = events_of("18 Russian cruise missiles shot down over Ukraine in one morning", "2022-10-22")
    assert [(e.event_type, e.actor1_side) for e in ev] == [("interception", "UA")]


def test_events_as_subject_of_a_comment_are_not_reported():
    # the noun of an event as the subject of a verb of analysis: a comment on events, not a report of one
    for s in ("The timing of Russian attacks with their drone and missile attacks against Ukrainian cities underscores Moscow's negotiating posture.",
              "Russia's mobilization challenges indicate that force generation mechanisms are stressed.",
              "The recent Ukrainian counterattacks in the south reflect a shift in battlefield initiative."):
        assert events_of(s, "2026-02-21") == [], s


def test_a_comment_on_a_dated_deadly_strike_keeps_the_strike():
    ev = events_of("The strike on Sumy on Sunday, which killed 34 people, underscores that Moscow is not interested in peace.", "2026-02-21")
    assert [(e.event_type, e.location.name, e.fatalities.best) for e in ev] == [("missile_artillery_strike", "Sumy", 34)]
    ev = events_of("Footage shows a Russian missile hitting a shopping centre in Kharkiv on Friday.", "2026-02-21")
    assert [e.location.name for e in ev] == ["Kharkiv"]


def test_figures_of_speech_and_goals_are_not_events():
    assert events_of("With authoritarian forces now on the march in Europe and Asia, the resolve of Ukrainians matters.", "2026-02-21") == []
    assert events_of("Moscow's main priority remains capturing the rest of Donetsk region.", "2026-02-21") == []
    ev = events_of("Thousands of people marched in Tbilisi on Sunday to protest the law.", "2026-02-21")
    assert [e.event_type for e in ev] == ["protest"]


def test_capital_describing_is_the_government():
    ev = events_of("Kyiv describes the shelling of Kherson as terror.", "2026-02-21")
    assert [e.location.name for e in ev if e.location] == ["Kherson"]


def test_weapons_delivered_or_shown_are_not_used_and_figurative_fights():
    assert events_of("Missile systems such as HIMARS and Patriot reached Ukraine through the initiative.", "2026-02-21") == []
    assert events_of("Moscow is fighting for Ukraine to give up parts of the Donbas region that Ukrainian forces still control.", "2026-02-21") == []
    ev = events_of("The Flamingo missiles, which Ukrainian crews recently demonstrated in practice when attacking an ammunition depot in the Volgograd region, are made in Ukraine.", "2026-02-21")
    assert [e.event_type for e in ev] == ["missile_artillery_strike"]
    ev = events_of("\"Russia greets with a strike even the very day new formats begin in Geneva,\" Zelensky said.", "2026-02-21")
    assert all(e.location is None or e.location.name != "Geneva" for e in ev)


def test_a_weapon_described_is_not_used():
    assert events_of("Geran-2 platforms, essentially Iranian Shahed-136 drones produced under license, now serve as carriers for smaller FPV drones.", "2026-02-21") == []
    assert events_of("Russia has kept up a baseline of continuous pressure through aerial attacks, with periodic pulses of 400 drones.", "2026-02-21") == []
    ev = events_of("Kherson: FPV drone dropped explosives on a bus, injuring the driver.", "2026-02-21")
    assert [e.event_type for e in ev] == ["air_drone_strike"]
