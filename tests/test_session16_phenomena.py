"""Phenomena found on the studied halves (HALF=1) of the invented sets in the sixteenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations

from sitrep.geo import geocode, get_gazetteer


def _placed(text: str) -> dict:
    return {m.text: (m.location.admin1_code, m.location.precision) for m in get_gazetteer().find_mentions(text)}


# ------------------------------------------------------------------ a village told by its hromada
def test_a_village_in_brackets_with_its_hromada():
    got = _placed("Okip (Krasnopillia hromada) - a shell set a grain store on fire; nobody was hurt.")
    assert got.get("Okip", ("", 9))[0] == "UA-59", got


def test_a_village_described_as_lying_in_a_hromada():
    got = _placed("On Sunday a drone dropped explosives on Sukhyi Yar, a village in Pokrovsk hromada, and a barn burned.")
    assert got.get("Sukhyi Yar", ("", 9))[0] == "UA-14", got


def test_a_log_row_with_village_and_hromada():
    got = _placed("Druzhba village, Velyka Pysarivka hromada | mortar | two houses damaged")
    assert got.get("Druzhba", ("", 9))[0] == "UA-59", got


def test_a_hromada_named_for_a_centre_whose_adjective_changes_its_vowel():
    got = _placed("Vesele (Shyroke hromada, Zaporizhzhia region) - an FPV drone hit a car.")  # Shyrokivska hromada
    assert got.get("Vesele", ("", 9))[0] == "UA-23", got
    got = _placed("Urozhaine, a village in Beryslav hromada, was shelled from the left bank.")
    assert got.get("Urozhaine", ("", 9))[0] == "UA-65", got


def test_the_hromada_and_the_oblast_written_after_the_village():
    loc = geocode("Vasylivka", "Vasylivka, Snihurivka hromada, Mykolaiv region: a mine went off under a harvester.")
    assert (loc.admin1_code, loc.precision) == ("UA-48", 1), loc


def test_a_village_the_hromada_does_not_hold_falls_back_to_its_centre():
    loc = geocode("Nonexistentivka, Borova hromada")
    assert loc is not None and loc.name == "Borova" and loc.precision == 2, loc


# ------------------------------------------------------------------ a log row's place cell
def test_a_variant_spelling_opening_a_semicolon_row():
    got = _placed("Novoaleksandrovka; 03.02; mortar; a shed burned")  # Novooleksandrivka, a variant spelling
    assert got.get("Novoaleksandrovka", ("", 9))[1] <= 2, got


def test_a_town_with_its_area_word_before_a_pipe():
    got = _placed("Bolhrad outskirts | 02:40 | drone downed | debris in a vineyard")
    assert got.get("Bolhrad", ("", 9))[0] == "UA-51", got


def test_a_misspelt_town_in_a_pipe_cell():
    got = _placed("2025-01-19 | Pavlohard | debris on a warehouse roof | no casualties")
    assert got.get("Pavlohard", ("", 9))[0] == "UA-12", got


def test_a_capitalised_word_in_a_cell_is_no_place():
    got = _placed("Update | 04:10 | Correction; the count was revised")
    assert not got, got


# ------------------------------------------------------------------ a counted interception whose debris did damage
from helpers_extract import run as events_of  # noqa: E402


def _typed(text: str, ref: str):
    return [(e.event_type, e.location.name if e.location else None, e.date) for e in events_of(text, ref)]


def test_a_counted_interception_over_a_city_and_the_damage_of_its_debris_are_two_events():
    got = events_of("Nine drones were destroyed over Voronezh overnight, the governor said, but debris of two of them "
                    "fell on a warehouse and a private house on the city's edge.", "2025-06-02")
    kinds = sorted(e.event_type for e in got)
    assert kinds == ["air_drone_strike", "interception"], got
    icp = next(e for e in got if e.event_type == "interception")
    assert icp.weapons and icp.weapons[0].intercepted.best == 9 and icp.actor1_side == "RU", icp
    hit = next(e for e in got if e.event_type == "air_drone_strike")
    assert not any(w.intercepted for w in hit.weapons), hit


def test_one_drone_shot_down_whose_debris_hit_a_house_stays_one_event():
    got = _typed("A drone was shot down over Lipetsk, and its debris fell on a garage.", "2025-06-02")
    assert [t for t, _p, _d in got] == ["air_drone_strike"], got


# ------------------------------------------------------------------ places that are no place of the event
def test_the_hour_abroad_is_no_place():
    got = _typed("Russia sent 90 drones against Ukraine overnight into Friday (Friday morning in Australia), the air force said.",
                 "2024-03-15")
    assert [p for _t, p, _d in got] == ["Ukraine"], got
    got = _typed("SEOUL - Russia launched 70 drones at Ukraine late on Sunday Kyiv time, early Monday in Seoul, the air force said.",
                 "2024-03-18")
    assert [p for _t, p, _d in got] == ["Ukraine"], got


def test_a_named_persons_age_and_home_town():
    got = events_of("Daniel Marsh, 41, of Rotorua, was killed on Saturday as Russian artillery pounded his unit's position "
                    "west of Bakhmut, the Legion said.", "2024-03-17")
    assert [(e.location.name, e.fatalities.best if e.fatalities else None) for e in got] == [("Bakhmut", 1)], got


def test_officials_in_a_city_who_called_the_attack_something():
    got = _typed("KYIV - Russia fired 127 missiles and 109 drones at Ukraine on Monday in what officials in Kyiv called one "
                 "of the heaviest assaults on the country's power grid.", "2024-08-27")
    assert [(t, p) for t, p, _d in got] == [("missile_artillery_strike", "Ukraine")], got


def test_pieces_of_a_downed_drone_that_hurt_someone_are_a_strike():
    got = _typed("Pieces of a drone brought down over Lviv landed on a kindergarten, injuring a guard.", "2025-01-10")
    assert [t for t, _p, _d in got] == ["air_drone_strike"], got


def test_officials_in_a_city_who_called_a_strike_something_are_not_its_place():
    got = _typed("Drones hit a substation in Sumy overnight in what officials in Kyiv called a deliberate attack on civilians.",
                 "2024-08-27")
    assert [p for _t, p, _d in got] == ["Sumy"], got


# ------------------------------------------------------------------ an incident report's "Place, day." label
def test_a_place_and_day_label_dates_its_paragraph():
    page = ("Monthly civilian harm summary\n\n"
            "Kherson, 6 May. Artillery shells hit a bus stop in the Dniprovskyi district in the morning. Two people were killed.\n\n"
            "Near Kupiansk, 19 May. A drone dropped a charge on a car on the road to the village; the driver was injured.")
    got = _typed(page, "2024-06-10")
    assert ("missile_artillery_strike", "2024-05-06") in [(t, str(d)) for t, _p, d in got], got
    assert ("air_drone_strike", "2024-05-19") in [(t, str(d)) for t, _p, d in got], got


# ------------------------------------------------------------------ a relative clause's day and a weekday after its verb
def test_the_day_a_relative_clause_gives_its_noun_does_not_date_the_clause():
    got = _typed("Where the front stands: the offensive, which began on Tuesday east of Kupiansk, has advanced 20 kilometres, "
                 "officials said.", "2024-09-14")
    assert got and all(str(d) != "2024-09-10" for _t, _p, d in got), got


def test_a_weekday_right_after_spent_or_held():
    got = _typed("Ukraine's foreign minister spent Thursday in Ankara, where he held talks with his Turkish counterpart.", "2023-10-29")
    assert [(t, str(d)) for t, _p, d in got] == [("diplomatic_contact", "2023-10-26")], got


# ------------------------------------------------------------------ a month's tally is no incident
def test_a_tally_over_a_calendar_month_is_no_event():
    got = _typed("In March, monitors recorded at least 212 civilians killed and 640 injured across Ukraine. "
                 "On Tuesday, a missile hit a school in Kharkiv, injuring three teachers.", "2025-04-10")
    assert [(t, p) for t, p, _d in got] == [("missile_artillery_strike", "Kharkiv")], got


# ------------------------------------------------------------------ a region's own night, told by its governor
def test_a_wave_launched_at_one_region_and_its_defence_are_that_regions():
    got = _typed("Russia launched 14 drones at the Mykolaiv region overnight, the regional governor said; ten were shot down.",
                 "2024-07-19")
    assert sorted((t, p) for t, p, _d in got) == [("air_drone_strike", "Mykolaiv"), ("interception", "Mykolaiv")], got


def test_a_home_and_its_region_abroad_are_no_place():
    got = _typed("Rodel Cruz, 41, the ship's cook, from Cebu in the Visayas, said a Russian missile struck the vessel in Izmail "
                 "on Monday.", "2024-03-12")
    assert [p for _t, p, _d in got] == ["Izmayil"], got


def test_the_day_a_suspension_ends_is_not_its_day():
    got = _typed("Belgorod airport has suspended flights until 20 May after a drone attack, the regional administration said.",
                 "2024-05-14")
    assert ("infrastructure_disruption", "2024-05-14") in [(t, str(d)) for t, _p, d in got], got


def test_days_before_a_coming_event_and_its_place_are_not_the_events():
    got = _typed("MOSCOW - Ukraine sent more than a hundred drones against Russia overnight, Russian officials said on "
                 "Wednesday, two days before a parade on Red Square that foreign leaders are due to attend.", "2025-05-07")
    assert [(p, str(d)) for _t, p, d in got] == [("Russia", "2025-05-07")], got


def test_a_day_before_a_told_arrival_is_still_counted_from_the_report():
    got = _typed("A drone attacked a food queue in Kherson, a day before the Prime Minister arrived in Kyiv.", "2025-09-11")
    assert ("Kherson", "2025-09-10") in [(p, str(d)) for _t, p, d in got], got


def test_calling_a_proposal_a_quoted_name_is_no_call():
    got = _typed("Kyiv has called Moscow's offer of a three-day truce for the holidays a \"cynical\" move.", "2025-05-07")
    assert not [t for t, _p, _d in got if t == "diplomatic_contact"], got


def test_a_day_month_last_year_and_until_the_evening_of():
    import datetime as dt

    from sitrep.nlp.dates import find_dates, in_story_year
    text = "the names of those killed there on 14 May last year, when a drone struck a bus"
    got = [in_story_year(m, dt.date(2025, 7, 12), None, text).date for m in find_dates(text, dt.date(2025, 7, 12))]
    assert got == [dt.date(2024, 5, 14)], got
    got = _typed("A drone hit the heat plant in Sumy on Tuesday; some 300 blocks were left without heating until the evening "
                 "of 9 February.", "2026-02-06")
    assert all(str(d) == "2026-02-03" for _t, _p, d in got), got


# ------------------------------------------------------------------ furniture of long compiled pages
def test_a_newsletters_contents_tagline_issue_label_and_endnotes_are_furniture():
    from sitrep.ingest.clean import clean_lines
    page = ("Frontline Letters\nFrontline Letters, every Thursday\nIssue 87: the river crossing, the grid and a quiet week in the north\n"
            "Inside this issue: 1. The front · 2. From the air · 3. Diplomacy\n\n"
            "On Tuesday Russian drones struck a substation in Chernihiv, cutting power to 12,000 homes[1].\n\n"
            "Ukrainian forces repelled an assault near Vovchansk on Wednesday, the General Staff said.\n\n"
            "[1] Figures from the regional energy company, published on Wednesday.\n")
    text = clean_lines(page)[0]
    for furniture in ("Frontline Letters, every Thursday", "Inside this issue", "Issue 87:", "[1] Figures from"):
        assert furniture not in text, text
    assert "struck a substation in Chernihiv" in text and "repelled an assault near Vovchansk" in text


def test_a_headlines_comma_items_keep_their_own_places():
    page = ("Drones hit Kursk refinery, clashes near Pokrovsk, aid vote in Brussels\n\n"
            "Ukrainian drones struck a refinery in Kursk overnight, the regional governor said.\n\n"
            "Russian forces attacked near Pokrovsk on Monday, Ukraine's General Staff said.")
    got = _typed(page, "2025-09-16")
    assert ("armed_clash", "Kursk") not in [(t, p) for t, p, _d in got], got


def test_a_pattern_over_a_period_is_no_incident():
    for text in ("Both sides kept using drones against towns near the front, and Huliaipole was shelled on most days of the month.",
                 "For the rest of January Russia struck the gas system at a steady rhythm, while its infantry pushed slowly."):
        got = _typed(text, "2026-02-03")
        assert not [t for t, _p, _d in got if t in ("missile_artillery_strike", "air_drone_strike")], (text, got)


def test_drones_that_did_something_and_had_been_destroyed_are_an_interception():
    got = _typed("Nobody was hurt, the governor said, adding that all nine drones that crossed into the Poltava region during the "
                 "night had been destroyed.", "2024-09-17")
    assert [(t, p) for t, p, _d in got] == [("interception", "Poltava")], got


def test_a_fronted_day_of_saying_and_the_deeds_own_day():
    got = _typed("On Tuesday, the regional governor said that a Russian drone had hit a bus near Kherson on Sunday, killing two.",
                 "2025-12-03")
    assert [str(d) for _t, _p, d in got] == ["2025-11-30"], got
    got = _typed("Earlier on Wednesday, the defence ministry reported that air defences had destroyed 40 drones over the Kursk "
                 "region overnight.", "2025-10-15")
    assert [str(d) for _t, _p, d in got] == ["2025-10-15"], got


def test_a_salvos_interception_is_where_its_hit_turned_out_to_be():
    page = ("Missiles hit Mykolaiv port overnight\n\n"
            "Russian cruise missiles struck the port of Mykolaiv overnight, the regional governor said.\n\n"
            "The air force said two Kalibr missiles hit the port's grain terminal, while air defences shot down two others.")
    got = _typed(page, "2023-07-20")
    assert ("interception", "Mykolayiv") in [(t, p) for t, p, _d in got], got


def test_a_front_direction_names_the_front_town_not_a_namesake_deep_in_russia():
    got = _placed("In the Seversk direction, units of the South group defeated a mechanised brigade, the ministry added.")
    assert got.get("Seversk", ("", 9))[0] == "UA-14", got  # Siversk, not Seversk by Tomsk
