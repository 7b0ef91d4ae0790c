"""A broadcaster's web page about a day of strikes (invented text, real places): masthead and section menu,
a follow-up sentence that continues the placed strike, fire set by drones, a force described by where it
fights, anaphoric 'the attacks come as ...' framing, a visit still to come, a strike already told that is
confirmed."""
from helpers_extract import run as events_of
from sitrep.ingest.clean import clean_lines

PAGE = """Skip to content
Example Broadcasting Corporation
Home News Sport Business Innovation Culture Travel Earth Video Live

Russian glide bombs kill seven in Zaporizhzhia

2 hours ago
Share
Save

At least seven people have been killed and 23 wounded in Russian air strikes on the southern Ukrainian city of Zaporizhzhia, regional officials say.

The governor said four guided aerial bombs hit an industrial area and a residential street on Tuesday afternoon. A nine-year-old girl was among the injured.

Hours earlier, Ukrainian drones set fire to an oil depot in the Russian region of Bryansk, according to the regional governor. He said there were no casualties.

Ukraine's general staff later confirmed the strike, saying the depot supplied fuel to Russian units fighting in the Kursk region.

The attacks come as a US envoy is due in Kyiv later this week for talks with President Volodymyr Zelensky.
"""


def _events():
    return events_of(PAGE, "2025-04-08")


def test_masthead_and_section_menu_are_boilerplate():
    text = clean_lines(PAGE)[0]
    assert "Broadcasting Corporation" not in text
    assert "Home News Sport" not in text
    assert "Russian glide bombs kill seven in Zaporizhzhia" in text


def test_follow_up_bombs_continue_the_placed_strike():
    zp = [e for e in _events() if e.location and e.location.admin1_code == "UA-23"]
    assert len(zp) == 1 and zp[0].location.precision == 1
    assert zp[0].fatalities.best == 7
    assert not [e for e in _events() if e.location and e.location.precision == 4 and e.event_type != "interception"]


def test_fire_set_by_drones_is_a_drone_strike():
    br = [e for e in _events() if e.location and e.location.admin1_code == "RU-BRY"]
    assert [(e.event_type, e.actor1_side) for e in br] == [("air_drone_strike", "UA")]


def test_described_force_framing_and_visit_to_come_are_no_events():
    for e in _events():
        assert e.location is None or e.location.admin1_code not in ("RU-KRS", "UA-30"), e


def test_arson_without_a_weapon_stays_arson():
    ev = events_of("Unknown people set fire to a military enlistment office in Saint Petersburg on Monday.", "2025-04-08")
    assert [e.event_type for e in ev] == ["looting_destruction"]
    ev = events_of("Ukrainian troops fighting in the Kursk region repelled three assaults on Monday.", "2025-04-08")
    assert [e.event_type for e in ev] == ["armed_clash"]


MONITORS = """Civilian harm in Ukraine rose sharply in June, monitors say

GENEVA, July 10 (Wire) - At least 232 civilians were killed and 1,343 injured in Ukraine in June, the highest monthly toll in three years, the monitoring mission said on Thursday.

Most of the casualties were caused by long-range missile and drone attacks on cities, the mission said in its monthly update.

The deadliest single incident was a June 17 missile strike on a residential building in Kyiv's Solomianskyi district that killed 28 people.
"""


def test_dateline_day_is_not_the_event_day():
    ev = events_of(MONITORS, "2025-07-10")
    assert not [e for e in ev if str(e.date) == "2025-07-10"], ev  # (June's toll is the month's summary: no event at all)
    assert [str(e.date) for e in ev if e.fatalities and e.fatalities.best == 28] == ["2025-06-17"]


def test_causes_of_a_told_toll_are_no_new_event():
    ev = events_of(MONITORS, "2025-07-10")
    assert not [e for e in ev if e.location and e.location.precision == 4]  # (nor is the month's toll, since session 16)


def test_possessive_city_of_a_district_is_one_place():
    ev = events_of(MONITORS, "2025-07-10")
    kyiv = [e for e in ev if e.location and e.location.admin1_code == "UA-30"]
    assert len(kyiv) == 1 and kyiv[0].fatalities.best == 28


def test_possessive_near_cue_stays_with_its_place():
    ev = events_of("Drones hit Kyiv's outskirts and Odesa on Monday.", "2025-07-10")
    assert {(e.location.name, e.location.precision) for e in ev} == {("Kyiv", 2), ("Odesa", 1)}


def test_a_town_taken_is_one_change_dated_by_its_first_report():
    text = ("Putin congratulates troops on capture of Vuhledar\n\n"
            "Russian President Vladimir Putin on Thursday congratulated the troops on the completion of the operation to capture Vuhledar, the Kremlin said.\n\n"
            "The Russian defence ministry said on Wednesday that its forces had gained full control over Vuhledar.\n")
    ev = events_of(text, "2024-10-03")
    assert [(e.event_type, e.location.name, str(e.date), e.actor1_side) for e in ev] == [("territory_change", "Vuhledar", "2024-10-02", "RU")]


def test_captured_commander_and_seized_weapons():
    assert events_of("The army has captured a senior commander who heads the group's explosives unit.", "2024-10-03") == []
    ev = events_of("Seven revolvers, a carbine and 85 rounds of cartridges were seized from their possession in Kherson, police said on Monday.", "2024-10-03")
    assert [e.event_type for e in ev] == ["interception"]
    ev = events_of("Militants gained control of the base in the district after days of heavy fighting, an army spokesman said.", "2024-10-03")
    assert [e.event_type for e in ev] == ["territory_change"]


def test_who_took_ground_is_read_in_the_reported_clause():
    ev = events_of("Capt. Kasereka, army spokesman in the region, said today that Mai Mai rebels have taken over four localities in the territory.", "2024-10-03")
    assert [e.acled_sub_event_type for e in ev] == ["Non-state actor overtakes territory"]
    ev = events_of("The army said it has recaptured the town of Bunia from rebels.", "2024-10-03")
    assert [e.acled_sub_event_type for e in ev] == ["Government regains territory"]
    ev = events_of("The General Staff said Russian forces captured the village of Krasnohorivka.", "2024-10-03")
    assert [(e.acled_sub_event_type, e.actor1_side) for e in ev] == [("Non-state actor overtakes territory", "RU")]


LATEST = """Ukraine war latest: Ukraine strikes oil terminal in Tuapse

by The Example news desk
November 3, 2025 10:42 PM

Key developments on Nov. 3:
- Ukraine's drones hit oil terminal in Russia's Tuapse, General Staff confirms
- Russian troops advance near Pokrovsk, monitors say

Ukrainian drones struck the oil terminal of the port of Tuapse in Russia's Krasnodar Krai overnight on Nov. 2, the General Staff reported on Nov. 3.

Russian troops have advanced near the village of Rodynske, north of Pokrovsk, a monitoring group reported on Nov. 3.

We've been working hard to bring you independent, on-the-ground journalism from Ukraine. Here's how you can support us.
"""


def test_list_items_on_their_own_lines_are_sentences():
    from sitrep.nlp.sentences import split_sentences
    texts = [s.text for s in split_sentences(LATEST)]
    assert "- Russian troops advance near Pokrovsk, monitors say" in texts


def test_overnight_on_a_named_day_is_that_day_and_advance_near_the_village_is_ground_taken():
    ev = events_of(LATEST, "2025-11-03")
    tuapse = [e for e in ev if e.location and e.location.name == "Tuapse"]
    assert len(tuapse) == 1 and str(tuapse[0].date) == "2025-11-02"
    assert [e.event_type for e in ev if e.location and e.location.name == "Rodynske"] == ["territory_change"]


def test_donation_pitch_is_boilerplate():
    assert "support us" not in clean_lines(LATEST)[0]


WIRE_RU = """Ukrainian army shells Belgorod Region border villages, one civilian killed - governor

BELGOROD, March 14. /Wire/. One civilian was killed and four more were wounded as the Ukrainian armed forces shelled the town of Shebekino and the town of Graivoron in the Belgorod Region on Thursday, the governor said.

In Graivoron, a drone dropped an explosive device on a car, injuring the driver, the governor added.

Over the past day, air defense systems intercepted and destroyed 12 MLRS rockets and three drones over the region, the Defense Ministry reported.

Earlier, the Kiev regime attempted to attack the Kursk Region with drones, but all of them were neutralized, the ministry said. There were no casualties or damage.
"""


def test_ministry_wire_interceptions_and_their_outcome():
    ev = events_of(WIRE_RU, "2024-03-14")
    kursk = [e for e in ev if e.location and e.location.admin1_code == "RU-KRS"]
    assert [(e.event_type, e.actor1_side) for e in kursk] == [("interception", "RU")]
    assert kursk[0].fatalities is not None and kursk[0].fatalities.best == 0
    gr = [e for e in ev if e.location and e.location.name == "Grayvoron"]
    assert gr and all(e.fatalities is None or e.fatalities.best != 0 for e in gr), "the Kursk outcome is not Graivoron's"
    bel = [e for e in ev if e.event_type == "interception" and e.location and e.location.admin1_code == "RU-BEL"]
    assert bel and {w.category for w in bel[0].weapons} == {"mlrs", "drone"}, "MLRS rockets are one weapon"


def test_speaker_reporting_its_own_strike_in_an_occupied_area():
    ev = events_of("Ukraine's military says its forces struck an ammunition depot near Makiivka in the occupied part of Donetsk region overnight.", "2025-06-12")
    assert [e.actor1_side for e in ev] == ["UA"]
    ev = events_of("Ukraine's military says its forces struck an ammunition depot near Bakhmut overnight.", "2025-06-12")
    assert [e.actor1_side for e in ev] == ["UA"]
    ev = events_of("Russia's defence ministry said Ukrainian drones struck a fuel depot in its Belgorod region overnight.", "2025-06-12")
    assert [e.actor1_side for e in ev] == ["UA"]
