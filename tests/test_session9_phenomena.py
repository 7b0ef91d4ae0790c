"""Phenomena found on the studied halves of the invented sets in the ninth session (blind28 HALF=1 first),
each written here in new invented sentences.

Passive and intransitive deployments ("troops have been moved to X", "forces have massed near the border
in Y") are movements of forces; a meeting whose participants then "pledged to" do something is the
meeting, not a decision; "had attacked near X 17 times" is ground fighting like "attacked near X"; a
launch site given as an unknown name in a known region ("from the direction of Cape T. in occupied
Crimea") is still the launch site; a region's demonym before armed men ("Chechen fighters") is who they
are, not a place; "reported destroying N drones over Russia" is an interception over Russia."""
from __future__ import annotations

from helpers_extract import run as events_of


def _types_places(text: str, ref: str = "2025-03-13"):
    return [(e.event_type, e.location.name if e.location else None) for e in events_of(text, ref)]


def test_passive_deployment_is_a_movement_of_forces():
    text = "Some 3,000 Belarusian troops have been moved to the Gomel region over the past week, Ukraine's border guard service said on Thursday."
    assert ("military_mobilization", "Gomel") in _types_places(text)


def test_forces_massed_near_the_border_is_a_movement_of_forces():
    text = "Russian forces have massed near the border in the Bryansk region, the Ukrainian military said on Thursday."
    assert ("military_mobilization", "Bryansk") in _types_places(text)


def test_a_movement_still_to_come_is_no_event():
    text = "The troops will be moved to the Gomel region next month, the ministry said on Thursday."
    assert _types_places(text) == []


def test_a_meeting_with_a_pledge_is_the_meeting():
    text = ("The defence minister of Iran met his Russian counterpart in Moscow on Wednesday, "
            "and the two pledged to deepen military cooperation.")
    assert _types_places(text) == [("diplomatic_contact", "Moscow")]


def test_a_pledge_of_aid_stays_a_decision():
    text = "Germany pledged to send 20 more tanks to Ukraine on Wednesday."
    assert [t for t, _ in _types_places(text)] == ["policy_decision"]


def test_pluperfect_attacks_near_a_town_are_ground_fighting():
    text = "Russian troops had attacked near Siversk 17 times over the past day, the General Staff said."
    assert _types_places(text) == [("armed_clash", "Siversk")]


def test_launch_site_in_an_unknown_cape_of_a_known_region():
    text = ("Russia attacked the Mykolaiv region overnight with attack drones launched from the area of Cape Tarkhankut "
            "in Crimea, the governor said on Monday. Air defences shot down 14 drones over the region.")
    got = _types_places(text)
    assert ("air_drone_strike", "Mykolaiv") in got and ("interception", "Mykolaiv") in got
    assert not [p for _, p in got if p == "Crimea"]


def test_a_region_demonym_before_armed_men_is_no_place():
    text = ("Roughly 2,000 Chechen fighters have been moved to Russia's Belgorod region in recent days, "
            "Ukraine's intelligence agency told reporters on Friday.")
    places = [p for _, p in _types_places(text, "2025-03-14")]
    assert places and "Chechen Republic" not in places and "Belgorod" in places


def test_a_town_in_chechnya_is_still_placed():
    text = "A drone hit an apartment block in Grozny, the capital of Chechnya, on Friday, the Chechen leader said."
    assert _types_places(text, "2025-03-14") == [("air_drone_strike", "Grozny")]


def test_reported_destroying_drones_over_russia():
    text = "The Russian Defence Ministry reported destroying a total of 124 Ukrainian drones over Russia on Tuesday."
    ev = events_of(text, "2025-03-19")
    assert [(e.event_type, e.location.name) for e in ev] == [("interception", "Russia")]
    assert ev[0].weapons and ev[0].weapons[0].intercepted.best == 124


LOG = """Steppe Ledger
Incident log: Zaporozhye oblast, 3-4 March 2023
Place names are given as the original channels wrote them.

Fri 03.03
1. Orekhov: strike on a grain elevator; watchman injured.
2. Vasilyevka (Zaporozhye oblast): village council building destroyed by a missile, casualties unknown.
3. Gulyaipole: residential streets shelled in the morning, 2 injured.
4. Tokmak: a shop hit by artillery, 1 dead.
5. Polohy: a bakery damaged by shelling, no casualties.
6. Molochansk: a car hit by a drone on a field road, the driver injured.
7. Huliaipole: a kindergarten hit by rockets, no casualties.
8. Vasylivka: a power line cut by shelling.

Sat 04.03
9. Kamenka-Dneprovskaya (occupied): explosions at a Russian fuel depot; Ukraine's General Staff says its rockets hit it.
10. Stepnogorsk: two cars hit by mortar fire on the road to Zaporozhye, 1 civilian killed.
11. Orekhov: a school hit by a guided bomb, 3 injured.
12. Mala Tokmachka: a house burned down after shelling.
13. Kamianske: a farm hit by artillery, cattle killed.
14. Prymorske: a pier damaged by a drone.
15. Malokaterynivka: a warehouse hit by a missile.
"""


def test_a_numbered_log_under_day_headings_keeps_every_row():
    ev = events_of(LOG, "2023-03-05")
    by_place = {(e.location.name, e.date) for e in ev if e.location}
    assert ("Orikhiv", "2023-03-03") in by_place and ("Orikhiv", "2023-03-04") in by_place
    assert ("Kamyanka-Dniprovska", "2023-03-04") in by_place  # "(occupied)" is a note on the label
    assert not [e for e in ev if e.location and e.location.name.startswith("Zaporizh")]  # "on the road to X"
    vas = [e for e in ev if e.location and e.location.name == "Vasylivka" and e.date == "2023-03-03"]
    assert vas and vas[0].event_type == "missile_artillery_strike"  # "destroyed by a missile" is no interception


def test_dotted_day_rows_and_a_district_of_the_city_before():
    text = ("Occupied Luhansk area: incidents reported by the occupation authorities, 3-4 June 2023\n\n"
            "03.06 · Lisichansk · bakery hit by shelling; 2 workers killed\n"
            "03.06 · Lugansk, Artyomovsky district · drone dropped an explosive on a car, 1 wounded\n"
            "04.06 · Rubezhnoye · water pumping station hit by shelling; the town is without water\n")
    ev = events_of(text, "2023-06-05")
    got = [(e.event_type, e.location.name, e.date) for e in ev]
    assert ("missile_artillery_strike", "Lysychansk", "2023-06-03") in got
    assert ("air_drone_strike", "Luhansk", "2023-06-03") in got
    assert ("missile_artillery_strike", "Rubizhne", "2023-06-04") in got
    assert not [e for e in ev if e.event_type == "territory_change"]  # "Occupied X area:" is a heading
    assert all(e.location.country_code == "UA" for e in ev)


def test_mines_counted_after_mortar_fire_are_mortar_bombs():
    text = "The village of Sorokino came under mortar fire, 12 mines; a barn burned down, there were no casualties."
    assert [t for t, _ in _types_places(text, "2024-03-19")] == ["missile_artillery_strike"]


def test_precision_phenomena_of_pages_with_few_incidents():
    # a strike told while leaders meet abroad is where it hit
    got = _types_places("As ministers gathered in Vienna on Friday evening, a Russian drone hit a kindergarten in Kherson, "
                        "injuring two, the regional administration said.", "2023-05-26")
    assert got == [("air_drone_strike", "Kherson")]
    # drills launched are no launch of weapons; "Vilnius weighs" is the government
    got = _types_places("Belarus launches snap drills near the Polish border as Vilnius weighs more troops for its east", "2023-05-26")
    assert got == [("military_mobilization", "Belarus")]
    # the topics of talks, a measure already in force, the deed a court judges: no events
    for text in ("The talks, hosted by Turkey at a palace on the Bosphorus, focused on a proposed moratorium on strikes on ports "
                 "and on the exchange of prisoners, officials said.",
                 "It already has a decree that allows it to do so, he noted.",
                 "A court in Sumy on Wednesday sentenced a Russian gunner in absentia to nine years in prison for shelling a farm "
                 "in the village of Bilopillia early in the invasion.",
                 "The SBU charged a Russian colonel with ordering the shelling of Kharkiv."):
        assert _types_places(text, "2023-05-26") == [], text


def test_an_attack_launched_and_a_swap_stay_events():
    assert _types_places("Russia launched 40 drones at Odesa overnight.", "2023-05-26") == [("air_drone_strike", "Odesa")]
    assert [t for t, _ in _types_places("Russia and Ukraine exchanged 95 prisoners each on Friday.", "2023-05-26")] == ["agreement"]


def test_a_wire_of_the_first_war_year():
    text = ("Kyiv: Russian forces launched one of their largest assaults in months on Vuhledar on Tuesday, attacking the town "
            "from two directions with tanks and armoured vehicles, Ukrainian officials said.\n\n"
            "Ukrainian troops repelled a Russian assault near Marinka on Saturday, as Moscow presses its winter offensive in the east.\n\n"
            "\"Every strike on Mykolaiv raises the price of bread in Beirut and Tunis,\" said an analyst.")
    got = _types_places(text, "2023-10-10")
    assert ("armed_clash", "Vuhledar") in got
    assert ("armed_clash", "Mar'yinka") in got
    assert not [p for _, p in got if p in ("Kyiv", "Moscow", "Beirut", "Tunis", "Mykolayiv")]


def test_drones_sent_against_the_capital_hit_the_capital():
    text = ("On Wednesday morning, Russia sent 9 Shahed drones against Kyiv. All of them were shot down, the city "
            "administration said, although debris damaged a school in the Solomianskyi district.")
    got = events_of(text, "2022-12-16")
    assert got and all(e.location is not None and e.location.admin1_code == "UA-30" for e in got)


def test_where_it_was_said_abroad_and_where_it_happened_at_home():
    got = _types_places("In Seoul, South Korea's spy agency said about 2,000 North Korean soldiers had already been sent to Russia.", "2024-10-23")
    assert got == [("military_mobilization", "Russia")]
    got = _types_places("In Kherson, local officials reported the death of a 60-year-old man due to a drone strike.", "2024-10-23")
    assert got == [("air_drone_strike", "Kherson")]


def test_fighters_of_a_region_of_the_theatre_still_place_it():
    text = "Four LPR servicemen were killed since the beginning of the day in battles with Ukrainian forces, the militia spokesman said."
    ev = events_of(text, "2022-09-05")
    assert ev and ev[0].location is not None and ev[0].location.admin1_code == "UA-09"
