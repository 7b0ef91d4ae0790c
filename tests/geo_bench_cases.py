"""The geo benchmark: realistic sentences written for this project (none taken from any evaluation
set), one group per phenomenon the geocoder must handle. Used by tests/test_geo_benchmark.py (every
case must pass) and benchmarks/bench_geo.py (toponyms/s).

A case is (phenomenon, sentence, surface, expected): ``surface`` is the place as written in the
sentence; ``expected`` is None when the surface must NOT become a place, else a dict with
``cc`` (country), optionally ``a1`` (ISO 3166-2) and ``at`` (a canonical mention the location must
lie within 10 km of).
"""
from __future__ import annotations

CASES: list[tuple[str, str, str, dict | None]] = [
    # ---- spelling variants and typos
    ("variant", "Overnight shelling damaged two schools in Kharkov, the mayor said.", "Kharkov",
     {"cc": "UA", "a1": "UA-63", "at": "Kharkiv"}),
    ("variant", "A missile struck a port warehouse in Nikolaev on Tuesday.", "Nikolaev",
     {"cc": "UA", "a1": "UA-48", "at": "Mykolaiv"}),
    ("variant", "Drones attacked Zaporozhye again before dawn.", "Zaporozhye",
     {"cc": "UA", "a1": "UA-23", "at": "Zaporizhzhia"}),
    ("variant", "Heavy fighting was reported around Avdiika for a third day.", "Avdiika",
     {"cc": "UA", "a1": "UA-14", "at": "Avdiivka"}),
    ("variant", "Power was cut in parts of Kiev after the strike on a substation.", "Kiev",
     {"cc": "UA", "a1": "UA-30", "at": "Kyiv"}),
    ("variant", "Russian-installed officials in Artemovsk claimed the town was calm.", "Artemovsk",
     {"cc": "UA", "a1": "UA-14", "at": "Bakhmut"}),
    ("variant", "Rescuers worked through the night in Dnepr after the missile hit a block of flats.", "Dnepr",
     {"cc": "UA", "a1": "UA-12", "at": "Dnipro"}),
    # ---- Russian-form names of Ukrainian villages and towns
    ("russian_form", "Russian bloggers said assault groups entered Rabotino from the south.", "Rabotino",
     {"cc": "UA", "a1": "UA-23", "at": "Robotyne, Zaporizhzhia oblast"}),
    ("russian_form", "The ministry claimed its troops had improved positions near Kleshcheevka.", "Kleshcheevka",
     {"cc": "UA", "a1": "UA-14", "at": "Klishchiivka, Donetsk oblast"}),
    ("russian_form", "Artillery hit Krasnogorovka overnight, according to the Russian side.", "Krasnogorovka",
     {"cc": "UA", "a1": "UA-14", "at": "Krasnohorivka, Donetsk oblast"}),
    ("russian_form", "A glide bomb fell on the centre of Volchansk on Sunday.", "Volchansk",
     {"cc": "UA", "a1": "UA-63", "at": "Vovchansk"}),
    ("russian_form", "Moscow said its forces were advancing towards Ugledar.", "Ugledar",
     {"cc": "UA", "a1": "UA-14", "at": "Vuhledar"}),
    ("russian_form", "Fighting continued on the outskirts of Chasov Yar, the Russian ministry said.", "Chasov Yar",
     {"cc": "UA", "a1": "UA-14", "at": "Chasiv Yar"}),
    # ---- city districts
    ("city_district", "Separatist media said mortar rounds landed in Donetsk - Kirovskyi on Monday.",
     "Donetsk - Kirovskyi", {"cc": "UA", "a1": "UA-14"}),
    ("city_district", "A drone hit a high-rise in the Shevchenkivskyi district of Kyiv.", "Shevchenkivskyi district",
     {"cc": "UA", "a1": "UA-30"}),
    ("city_district", "Overnight, guided bombs struck Kharkiv – Saltivskyi, the governor wrote.", "Kharkiv – Saltivskyi",
     {"cc": "UA", "a1": "UA-63"}),
    # ---- raions
    ("raion", "Shelling damaged houses in several villages of the Bakhmut district.", "Bakhmut district",
     {"cc": "UA", "a1": "UA-14"}),
    ("raion", "Russian troops shelled 12 settlements in the Kupianskyi raion of Kharkiv region.", "Kupianskyi raion",
     {"cc": "UA", "a1": "UA-63"}),
    ("raion", "Authorities ordered the evacuation of families from the Nikopol district.", "Nikopol district",
     {"cc": "UA", "a1": "UA-12"}),
    # ---- foreign capitals and cities with the right country
    ("abroad", "Ministers met in Paris to discuss air defence deliveries.", "Paris", {"cc": "FR"}),
    ("abroad", "Protesters gathered outside the embassy in Tbilisi on Friday.", "Tbilisi", {"cc": "GE"}),
    ("abroad", "The talks moved to Istanbul after a week of consultations.", "Istanbul", {"cc": "TR"}),
    ("abroad", "Wounded soldiers were flown to a hospital in Rzeszow.", "Rzeszow", {"cc": "PL"}),
    ("abroad", "Negotiators arrived in Geneva for another round.", "Geneva", {"cc": "CH"}),
    ("abroad", "A rally for Ukraine took place in Vilnius.", "Vilnius", {"cc": "LT"}),
    ("abroad", "The summit will be held in Washington in July.", "Washington", {"cc": "US"}),
    # ---- qualified names abroad
    ("qualified", "A tornado damaged homes in Alexandria, Louisiana, officials said.", "Alexandria",
     {"cc": "US", "a1": "US-LA"}),
    ("qualified", "A veterans' parade was held in Paris, Texas, on Saturday.", "Paris", {"cc": "US", "a1": "US-TX"}),
    ("qualified", "Students in Moscow, Idaho, held a vigil.", "Moscow", {"cc": "US", "a1": "US-ID"}),
    ("qualified", "Volunteers in Odessa, Texas, collected donations for Ukraine.", "Odessa", {"cc": "US", "a1": "US-TX"}),
    ("qualified", "The drone hit a fuel depot near Sevastopol, Crimea.", "Sevastopol", {"cc": "UA"}),
    # ---- ordinary English words that must not become places
    ("english_word", "The Mirror reported that talks had stalled.", "Mirror", None),
    ("english_word", "Human rights groups documented the detentions.", "Human", None),
    ("english_word", "Below the bridge, rescuers searched the river bank.", "Below", None),
    ("english_word", "Stern warnings followed the attack on the convoy.", "Stern", None),
    ("english_word", "Hope for a ceasefire faded by evening.", "Hope", None),
    ("english_word", "On 5 May, the council met again.", "May", None),
    ("english_word", "Victoria, a nurse, said the shelter was full.", "Victoria", None),
    # ---- issue 11 (second pass): country names, renamed city districts, swaps, name parts
    ("abroad", "Aid flights from Jordan landed in Rzeszow.", "Jordan", {"cc": "JO"}),
    ("abroad", "Mercenaries were redeployed from Mali to the front.", "Mali", {"cc": "ML"}),
    ("abroad", "Wagner units once operated in Chad and Sudan.", "Chad", {"cc": "TD"}),
    ("city_district", "Shells hit the Petrovskyi district of Donetsk on Monday.", "Petrovskyi district",
     {"cc": "UA", "a1": "UA-14", "at": "Donetsk - Petrovskyi"}),
    ("city_district", "Three civilians were hurt in Donetsk - Proletarskyi, local officials said.",
     "Donetsk - Proletarskyi", {"cc": "UA", "a1": "UA-14", "at": "Donetsk - Chumakivskyi"}),
    ("variant", "Fighting continued around Adviika, the general staff said.", "Adviika",
     {"cc": "UA", "a1": "UA-14", "at": "Avdiivka"}),
    ("english_word", "Car burned out after the drone struck a yard in Kharkiv.", "Car", None),
    ("english_word", "Man wounded by shrapnel in Bucha, police said.", "Man", None),
    ("english_word", "A rocket hit Gorky Park in Kharkiv during the night.", "Gorky", None),
    ("english_word", "A shop on Moskovskaya street in Kherson burned down.", "Moskovskaya", None),
    # ---- issue 11 (third pass): OSINT-log forms
    ("russian_form", "Russian channels claimed assault groups had entered Malaya Rohan east of the city.",
     "Malaya Rohan", {"cc": "UA", "a1": "UA-63", "at": "Mala Rohan, Kharkiv oblast"}),
    ("russian_form", "Guns on the left bank shelled New Kakhovka again on Friday.", "New Kakhovka",
     {"cc": "UA", "a1": "UA-65", "at": "Nova Kakhovka"}),
    ("raion", "Shelling hit Shyroke, Vasylivskyi raion, Zaporizhzhia oblast, overnight.", "Shyroke",
     {"cc": "UA", "a1": "UA-23", "at": "Shyroke, Vasylivskyi raion, Zaporizhzhia oblast"}),
    ("qualified", "A guided bomb hit the outskirts of Vuhledar, Zaporizhzhia oblast, at night.", "Vuhledar",
     {"cc": "UA", "a1": "UA-14", "at": "Vuhledar"}),
]
