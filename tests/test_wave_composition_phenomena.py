"""Wire phrasings of a night's attack and its aftermath (invented text, issue 10): an attack told by
what it was made of ("the attack involved 127 missiles and 109 drones"), the defence's counts in a
clause of their own ("..., according to the air force, which said it shot down ..."), an undated
interception right after the dated wave, an incident told as the background of other news ("days
after a jet crashed during a Russian attack"), a blaze that is no shooting ("the fire at the depot"),
an outcome a paragraph after its strike, a single crew member killed, a breakthrough attempt, and a
parliament extending martial law."""
from helpers_extract import run as events_of


def _summary(events):
    return [(e.event_type, e.date, e.location.name if e.location else None, e.actor1_side, e.rules) for e in events]


def _counts(event):
    return {w.category: (w.launched.best if w.launched else None, w.intercepted.best if w.intercepted else None)
            for w in event.weapons}


def test_an_attack_made_of_missiles_and_drones_is_a_wave_and_its_defence():
    text = ("Russia's attack on Tuesday involved 64 missiles and 140 drones, according to Ukraine's air force, "
            "which said it shot down 58 missiles and 121 drones. At least five people were killed across the country.")
    ev = events_of(text, "2025-03-13")
    waves = [e for e in ev if e.event_type != "interception"]
    inter = [e for e in ev if e.event_type == "interception"]
    assert len(waves) == 1 and len(inter) == 1, _summary(ev)
    assert _counts(waves[0]) == {"missile": (64, None), "drone": (140, None)}, waves[0].weapons
    assert _counts(inter[0]) == {"missile": (None, 58), "drone": (None, 121)}, inter[0].weapons
    assert waves[0].actor1_side == "RU" and inter[0].actor1_side == "UA", _summary(ev)
    assert waves[0].location.country_code == "UA" and inter[0].location.country_code == "UA", _summary(ev)
    assert str(waves[0].date) == "2025-03-11" and waves[0].fatalities.best == 5


def test_numbers_downed_in_an_adding_clause_are_not_launched():
    text = ("The overnight attack comprised 30 missiles and 75 drones, the air force said, adding that "
            "26 missiles and 60 drones were shot down.")
    ev = events_of(text, "2025-03-13")
    inter = [e for e in ev if e.event_type == "interception"]
    wave = [e for e in ev if e.event_type != "interception"]
    assert inter and _counts(inter[0]) == {"missile": (None, 26), "drone": (None, 60)}, _summary(ev)
    assert wave and _counts(wave[0]) == {"missile": (30, None), "drone": (75, None)}, _summary(ev)


def test_an_undated_interception_after_the_dated_wave_is_that_night():
    text = "Russia launched 64 missiles and 140 drones at Ukraine on Tuesday, the air force said. Air defences shot down 58 missiles and 121 drones."
    ev = events_of(text, "2025-03-13")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and str(inter[0].date) == "2025-03-11", _summary(ev)
    assert "date.continues_wave" in inter[0].rules


def test_an_incident_days_before_the_news_is_its_background():
    text = ("President Volodymyr Zelensky dismissed the navy commander on Friday, days after a patrol boat sank "
            "during a Russian missile attack, killing two sailors.")
    ev = events_of(text, "2025-03-14")
    assert not [e for e in ev if e.event_type in ("missile_artillery_strike", "air_drone_strike")], _summary(ev)


def test_a_strike_in_the_main_clause_after_a_days_after_clause_is_kept():
    text = "Two days after a strike on the city killed seven people, Russian missiles hit Kharkiv again on Thursday."
    ev = events_of(text, "2025-03-14")
    kh = [e for e in ev if e.location and e.location.name == "Kharkiv"]
    assert kh and str(kh[0].date) == "2025-03-13", _summary(ev)


def test_a_blaze_at_a_depot_is_no_shooting_and_its_outcome_joins_the_strike():
    text = ("A Ukrainian drone attack set fire to a fuel depot in Russia's Voronezh region early on Monday, the regional governor said.\n\n"
            "Governor Alexander Gusev said the fire at the depot in the Liskinsky district had been put out and there were no casualties.")
    ev = events_of(text, "2025-03-11")
    assert len(ev) == 1, _summary(ev)
    assert ev[0].location.admin1_code == "RU-VOR" and ev[0].actor1_side == "UA"
    assert ev[0].fatalities is not None and ev[0].fatalities.best == 0


def test_shooting_at_a_checkpoint_is_still_fire_at():
    ev = events_of("Russian troops opened fire at a checkpoint near Vovchansk on Monday.", "2025-03-11")
    assert ev and ev[0].location.name.startswith("Vov"), _summary(ev)


def test_one_crew_member_killed_is_counted():
    for text in ("A Russian drone hit a car in Nikopol on Monday, killing its driver.",
                 "The pilot was killed when his helicopter was shot down near Kupiansk on Monday."):
        ev = events_of(text, "2025-03-11")
        assert any(e.fatalities is not None and e.fatalities.best == 1 for e in ev), (text, _summary(ev))


def test_a_russian_air_attack_names_its_attacker():
    ev = events_of("A transformer substation caught fire on Monday during a massive Russian air attack.", "2025-03-11")
    assert ev and ev[0].actor1_side == "RU", _summary(ev)


def test_an_assault_unit_neutralized_is_the_target_not_the_agent():
    ev = events_of("Border guards neutralized a Russian assault unit near Vovchansk on Monday.", "2025-03-11")
    assert ev and ev[0].actor1_side != "RU", _summary(ev)


def test_a_breakthrough_attempt_is_a_clash_at_each_village():
    text = ("Russian units, backed by armoured vehicles, tried to break through Ukrainian defences near the villages "
            "of Yampil and Serebrianka on Friday, the General Staff said.")
    ev = events_of(text, "2025-03-15")
    clashes = [e for e in ev if e.event_type == "armed_clash"]
    assert len(clashes) == 2 and all(e.actor1_side == "RU" for e in clashes), _summary(ev)


def test_extending_martial_law_is_a_policy_decision():
    ev = events_of("Ukraine's parliament on Tuesday extended martial law and general mobilisation for another 90 days.", "2025-03-13")
    assert [e.event_type for e in ev] == ["policy_decision"], _summary(ev)
    assert ev[0].actor1_side == "UA" or ev[0].location.country_code == "UA"


def test_a_definite_mention_of_the_protest_just_told_is_that_protest():
    text = ("On 12 April 2024, hundreds of nurses demonstrated outside the health ministry in Accra demanding unpaid "
            "allowances. The protest was peaceful.")
    ev = events_of(text, "2024-04-20")
    assert [e.event_type for e in ev] == ["protest"] and ev[0].location.name == "Accra", _summary(ev)
    assert "assemble.event_anaphor" in ev[0].rules


def test_a_new_protest_elsewhere_is_not_an_anaphor():
    text = ("On 12 April 2024, hundreds of nurses demonstrated outside the health ministry in Accra. "
            "On 13 April, the protest spread to Kumasi, where doctors joined the march.")
    ev = events_of(text, "2024-04-20")
    assert len([e for e in ev if e.event_type == "protest"]) == 2, _summary(ev)


def test_a_trend_over_months_is_no_incident():
    for text in ("In recent months, Russian forces have tried to advance in the Kharkiv region.",
                 "Russian forces have been shelling Nikopol for months."):
        assert events_of(text, "2024-08-30") == [], text


def test_officials_in_an_occupied_city_place_their_report_there():
    text = "Russian-installed officials in occupied Horlivka said Ukrainian shelling killed a woman on Sunday."
    ev = events_of(text, "2024-04-15")
    assert ev and ev[0].location is not None and ev[0].location.name.startswith("Horl"), _summary(ev)
    assert ev[0].actor1_side == "UA"


def test_a_key_development_bullet_is_the_body_incident_in_brief():
    text = ("Ukraine war latest: drones hit Russian airfield\n\n"
            "Key developments:\n"
            "- Ukraine's General Staff confirms strike on Millerovo airfield\n"
            "- Zelensky meets Nordic leaders\n\n"
            "The General Staff said on April 15 that Ukrainian drones struck the Millerovo military airfield in "
            "Russia's Rostov Oblast overnight.")
    ev = events_of(text, "2024-04-15")
    strikes = [e for e in ev if e.location is not None and e.location.admin1_code == "RU-ROS"]
    assert len(strikes) == 1 and strikes[0].location.precision == 1, _summary(ev)


def test_aircraft_based_at_the_target_are_no_weapon_of_the_strike():
    text = "Ukrainian forces struck the Engels airfield in Russia's Saratov region overnight, where Tu-95 bombers are based."
    ev = events_of(text, "2024-04-15")
    assert ev and not any(w.category == "aircraft" for w in ev[0].weapons), ev[0].weapons


def test_forces_conducting_attacks_near_a_village_is_ground_fighting():
    for text in ("Russian forces conducted limited attacks near Siversk on June 2.",
                 "Ukrainian troops launched several assaults near Verbove on Monday."):
        ev = events_of(text, "2024-06-03")
        assert [e.event_type for e in ev] == ["armed_clash"], (text, _summary(ev))


def test_strikes_carried_out_near_a_town_stay_strikes():
    ev = events_of("Russian forces carried out strikes near Kupiansk on Monday.", "2024-06-03")
    assert [e.event_type for e in ev] == ["missile_artillery_strike"], _summary(ev)


def test_a_russian_group_of_forces_named_by_its_adjective_is_the_russian_side():
    text = "Units of the Northern Group of Forces inflicted losses on a mechanised brigade near Vovchansk and Tykhe."
    ev = events_of(text, "2024-06-03")
    assert len(ev) == 2 and all(e.actor1_side == "RU" for e in ev), _summary(ev)


def test_two_incidents_in_two_districts_of_one_city_stay_two():
    text = ("On July 21, a 67-year-old man was wounded when a drone dropped explosives on his car in Kherson's Dniprovskyi district.\n\n"
            "On the same morning, a Russian drone struck a bus stop in Kherson's Korabelnyi district, killing a 55-year-old woman.")
    ev = events_of(text, "2024-07-22")
    assert len(ev) == 2, _summary(ev)
    assert sorted((e.fatalities.best if e.fatalities else 0, e.injured.best if e.injured else 0) for e in ev) == [(0, 1), (1, 0)]


def test_a_headline_downing_without_a_count_is_the_body_downing():
    text = ("Ukraine says it shot down Russian Su-25 jet in south\n\n"
            "Ukraine's air force shot down a Russian Su-25 attack aircraft in the Zaporizhzhia region on Friday, its commander said.")
    ev = events_of(text, "2024-07-22")
    inter = [e for e in ev if e.event_type == "interception"]
    assert len(inter) == 1 and inter[0].location.admin1_code == "UA-23" and str(inter[0].date) == "2024-07-19", _summary(ev)


def test_each_village_of_a_coordinated_list_changed_hands():
    ev = events_of("Russian forces recently advanced near Chasiv Yar and Toretsk.", "2024-06-03")
    assert sorted(e.location.name for e in ev if e.event_type == "territory_change") == ["Chasiv Yar", "Toretsk"], _summary(ev)


def test_a_reference_place_or_another_clause_is_no_second_change():
    for text in ("The ministry said its forces captured the village of Pishchane, about 10 km east of Kupiansk, on Monday.",
                 "Russian forces control most of Vovchansk and are heavily shelling the nearby town of Lyptsi."):
        ev = events_of(text, "2024-06-03")
        assert len([e for e in ev if e.event_type == "territory_change"]) == 1, (text, _summary(ev))


def test_a_court_sentence_is_no_arrest():
    for text in ("A court in Rostov jailed a Ukrainian soldier for 20 years on terrorism charges on Friday.",
                 "A Moscow court on Tuesday sentenced the journalist to six years in prison."):
        assert events_of(text, "2024-09-01") == [], text
    ev = events_of("Police arrested 12 protesters in Minsk on Friday.", "2024-09-01")
    assert [e.event_type for e in ev] == ["arrest"], _summary(ev)


def test_a_secretary_general_keeps_the_whole_title():
    from sitrep.extract.statements import extract_statements
    text = 'NATO Secretary-General Mark Rutte called the strike "a horrific attack on civilians".'
    st = [s for s in extract_statements("t", text, []) if s.speaker == "Mark Rutte"]
    assert st and st[0].speaker_role and "Secretary-General" in st[0].speaker_role and st[0].speaker_side == "NATO", st


def test_this_month_and_last_month_are_calendar_months():
    import datetime as dt
    from sitrep.nlp.dates import find_dates
    ref = dt.date(2024, 6, 11)
    this = find_dates("the third attack this month", ref)[0]
    last = find_dates("a strike last month", ref)[0]
    past = find_dates("over the past month", ref)[0]
    assert (this.date, this.date_end) == (dt.date(2024, 6, 1), ref)
    assert (last.date, last.date_end) == (dt.date(2024, 5, 1), dt.date(2024, 5, 31))
    assert (past.date, past.date_end) == (dt.date(2024, 5, 13), ref)


def test_a_toll_told_as_a_year_ago_is_history():
    assert events_of("A year ago, a Russian missile hit the same shopping centre, killing 21 people.", "2024-06-11") == []
    ev = events_of("On Monday, a missile hit the market that had been struck a year ago, killing two.", "2024-06-11")
    assert len(ev) == 1 and str(ev[0].date) == "2024-06-10" and ev[0].fatalities.best == 2, _summary(ev)


def test_a_car_bombing_is_an_explosive_attack_and_blown_up_helicopters_are_targets():
    ev = events_of("In occupied Berdiansk, partisans said they killed two Russian officers in a car bombing on Tuesday.", "2024-06-13")
    assert [e.event_type for e in ev] == ["remote_explosive"], _summary(ev)
    ev = events_of("Saboteurs blew up two Russian helicopters at an airfield near Pskov on Wednesday night, Ukraine's military intelligence said.", "2024-06-13")
    assert ev and ev[0].event_type == "remote_explosive" and not ev[0].weapons, _summary(ev)


def test_a_mediator_is_no_place_of_the_exchange():
    text = ("Russia and Ukraine swap prisoners\n\n"
            "Russia and Ukraine exchanged 90 prisoners of war each on Saturday in a deal brokered by Qatar, officials said.")
    ev = events_of(text, "2024-06-15")
    agr = [e for e in ev if e.event_type == "agreement"]
    assert len(agr) == 1 and agr[0].location.country_code != "QA", _summary(ev)


def test_outages_from_a_weekday_are_scheduled_for_that_day():
    ev = events_of("Ukrenergo said scheduled power outages would be introduced in most regions from Sunday.", "2024-06-15")
    assert ev and ev[0].event_type == "infrastructure_disruption" and str(ev[0].date) == "2024-06-16", _summary(ev)


def test_deaths_and_injuries_each_take_their_own_number():
    from sitrep.extract.casualties import extract_casualties
    c = extract_casualties("The mission said it had verified 174 civilian deaths and 690 injuries in May.")
    assert (c.fatalities.best, c.injured.best) == (174, 690)


def test_the_kiev_regime_named_as_attacker_is_the_ukrainian_side():
    ev = events_of("Earlier, the Kiev regime attacked Horlivka with a drone, damaging a bus.", "2024-06-21")
    assert ev and ev[0].actor1_side == "UA", _summary(ev)


def test_districts_of_a_city_named_with_the_city_are_one_attack_and_the_headline_joins_it():
    text = ("Ukrainian troops shell Donetsk, two civilians wounded - mission\n\n"
            "Ukrainian troops shelled the Kuibyshevsky and Kievsky districts of Donetsk on Thursday, wounding two civilians, the mission said.")
    ev = events_of(text, "2024-06-21")
    assert len(ev) == 1 and ev[0].injured.best == 2 and str(ev[0].date) == "2024-06-20", _summary(ev)


def test_weapons_a_country_used_split_into_the_wave_and_its_defence_in_ukraine():
    text = "Ukraine's air force said Russia used 36 missiles and 70 drones in the attack, of which 28 missiles and 60 drones were destroyed."
    ev = events_of(text, "2024-08-28")
    inter = [e for e in ev if e.event_type == "interception"]
    wave = [e for e in ev if e.event_type != "interception"]
    assert len(inter) == 1 and len(wave) == 1, _summary(ev)
    assert inter[0].location.country_code == "UA" and inter[0].actor1_side == "UA" and wave[0].actor1_side == "RU"


def test_a_place_in_the_next_sentence_in_another_country_is_not_the_attacks_place():
    text = ("Poland scrambled fighter jets early on Wednesday after Russia launched a massive attack on western Ukraine, "
            "the Polish military said. A Russian drone briefly entered Polish airspace near Hrubieszow before returning to Ukraine, it said.")
    ev = events_of(text, "2024-08-28")
    assert not any(e.location is not None and e.location.country_code == "PL" and e.event_type in ("missile_artillery_strike", "air_drone_strike")
                   for e in ev), _summary(ev)


def test_a_towns_district_is_not_a_district_of_a_city_named_earlier():
    from sitrep.extract.places import find_places
    text = ("Serhii Lysak, head of the Dnipropetrovsk Regional Military Administration, reported the shelling of Marhanets.\n\n"
            "In the evening, air defence forces shot down two drones over the Synelnykove district.")
    syn = [p for p in find_places(text) if p.text.startswith("Synelnykove")]
    assert syn and syn[0].location.name == "Synelnykove", [(p.text, p.location.name) for p in find_places(text)]
    kh = [p for p in find_places("Two bombs hit Kharkiv on Monday, one in the Kyivskyi district.") if p.text.startswith("Kyivskyi")]
    assert kh and (kh[0].location.geo_reason or "").startswith("city district of Kharkiv")


def test_drones_over_a_district_keep_the_place():
    ev = events_of("Air defence forces shot down two drones over the Synelnykove district on Monday.", "2024-09-10")
    assert ev and ev[0].location.name == "Synelnykove", _summary(ev)
