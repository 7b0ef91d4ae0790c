"""Phenomena found while reading sitrep's own output on invented reports; one fact each."""
import datetime as dt

from sitrep.extract.casualties import extract_casualties
from sitrep.extract.events import extract_events
from sitrep.nlp.numbers import find_numbers

REF = dt.date(2025, 3, 10)


def _events(text, ref=REF):
    return extract_events("t", text, ref)


def test_no_one_is_nobody():
    assert [n.text for n in find_numbers("no one was hurt")] == []
    c = extract_casualties("According to the governor, no one was hurt, but one house was partially damaged.")
    assert c.fatalities.best == 0 and c.injured.best == 0


def test_an_object_count_is_not_the_victims():
    c = extract_casualties("Equipment at three power plants was severely damaged, and a power engineer was injured.")
    assert c.injured.best == 1


def test_aside_after_including_does_not_hide_the_count():
    assert extract_casualties("At least 3 civilians including a small child died.").fatalities.best == 3


def test_counts_go_to_the_place_they_are_written_with():
    ev = _events("In Kherson oblast, one woman was killed by a drone strike in the village of Bilozerka "
                 "and three people were injured in Kherson city.")
    by_name = {e.location.name: e for e in ev}
    assert by_name["Bilozerka"].fatalities.best == 1 and by_name["Bilozerka"].injured is None
    assert by_name["Kherson"].injured.best == 3 and by_name["Kherson"].fatalities is None


def test_each_village_hit_is_its_own_incident():
    ev = _events("Russian forces also struck Kupiansk and the village of Velykyi Burluk with drones and artillery.")
    assert {e.location.admin1_code for e in ev} == {"UA-63"} and len(ev) == 2


def test_a_bare_oblast_centre_is_the_city_even_when_another_region_is_discussed():
    ev = _events("In Mykolaiv, two men were killed when a missile struck an industrial area.\n\n"
                 "In Donetsk oblast, Russian shelling killed two people in Kostiantynivka.")
    assert ev[0].location.admin1_code == "UA-48" and ev[0].fatalities.best == 2


def test_background_since_clause_does_not_date_the_event():
    ev = _events("Fighting continued around Vovchansk on Sunday since Russian troops crossed the border in May 2024.",
                 dt.date(2025, 3, 23))
    assert all(e.date != "2024-05-01" for e in ev)


def test_habitual_shelling_is_not_news():
    assert _events("Bilozerka is regularly shelled from the left bank of the Dnipro river.") == []


def test_city_district_is_not_a_namesake_elsewhere():
    ev = _events("KHARKIV, 11 March 2025 — A Russian glide bomb struck Kharkiv on Tuesday, injuring nine people.\n\n"
                 "The bomb hit the yard of an apartment block in the city's Kyivskyi district.", dt.date(2025, 3, 11))
    assert {e.location.admin1_code for e in ev} == {"UA-63"}


def test_unit_names_are_not_places():
    ev = _events("A spokesman for the Khortytsia group of forces said Russian troops attacked near Kurakhove on Friday.",
                 dt.date(2025, 3, 14))
    assert all(e.location.name != "Khortytsia" for e in ev if e.location)


def test_a_state_remote_strike_with_deaths_is_a_strike():
    ev = _events("Russian attacks over the past day killed at least five civilians in five regions of Ukraine.")
    assert ev and ev[0].event_type == "missile_artillery_strike"


def test_he_added_continues_the_previous_speaker_unless_someone_else_is_named():
    from sitrep.extract.statements import extract_statements
    text = ('"We are ready to continue the talks," said Oleksandr Marchenko.\n\n'
            '"The exchange will take place next week," he added.\n\n'
            'Foreign Minister Petro Savchuk rejected the proposal.\n\n'
            '"This is not a serious offer," he said.')
    st = [s for s in extract_statements("t", text, []) if s.direct]
    assert [s.speaker for s in st] == ["Oleksandr Marchenko", "Oleksandr Marchenko", "Petro Savchuk"]


def test_air_part_of_a_combined_strike_decides_the_type():
    ev = _events("On 8 March 2025, Russian forces launched an airstrike and fired mortars at Hulyaipole, Zaporizhzhia.")
    assert ev[0].event_type == "air_drone_strike"
    wave = _events("Russia launched 40 Shahed drones and 12 cruise missiles across Ukraine overnight.")
    assert wave[0].event_type == "missile_artillery_strike"


def test_police_intervention_in_the_next_sentence_makes_it_a_protest_with_intervention():
    ev = _events("On 2 March 2025, about 200 people gathered in Lviv to protest against corruption. "
                 "Police intervened in the event, detaining at least 12 participants.")
    assert len(ev) == 1 and ev[0].acled_sub_event_type == "Protest with intervention"
