from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB, with_evidence

TITLE = "Russian strikes knock out Kyiv heating plant as frost deepens"
TEXT = """MERIDIAN PRESS AGENCY
Home | World | Business | Energy | Markets | Ukraine conflict | Graphics
World › Europe
Russian strikes knock out Kyiv heating plant as frost deepens
By Oksana Lytvyn and Dariusz Malec
January 17, 2026 11:26 AM GMT+2 · Updated 3 hours ago
KYIV, Jan 17 (MPA) - Missiles and drones slammed into a combined heat and power plant on Kyiv's left bank early on Saturday, leaving some 600,000 households in the Ukrainian capital without heating as night-time temperatures fell to minus 14 degrees Celsius, city officials said.

Two workers were hurt when a missile tore through the turbine hall at around 4 a.m., the plant's operator said. Firefighters in the Darnytskyi district needed five hours to put out the blaze.

"The windows shook, and within an hour the radiators were cold. We are sleeping in our coats," said Halyna Shevchuk, 71, who lives in a tower block across the road from the plant.

Far to the west, the Burshtyn thermal power plant in the Ivano-Frankivsk region was "seriously damaged" for the fifth time since October, according to its owner, the private energy group DTEK. Nobody at the plant was injured, the company said.

In Kharkiv, a drone crashed into the top storeys of a block of flats in the Shevchenkivskyi district, killing a woman and injuring four other residents, the regional governor said.

Ukraine's grid operator said hourly power cuts would apply in most regions for the rest of Saturday while engineers tried to balance a system that has lost much of its generating capacity since the autumn.

Altogether, Russia fired 34 missiles - 24 Kh-101 cruise missiles and 10 Iskander-M ballistic missiles - and 410 drones at Ukraine overnight, the Ukrainian air force said. Air defences shot down 371 of the drones, 23 of the cruise missiles and four of the ballistic missiles; seven missiles and 39 drones reached their targets.

Over the Lviv region alone, 16 drones and three cruise missiles were brought down, the regional governor said.

Poland scrambled fighter jets and put its ground-based air defence on the highest state of readiness as the attack moved west, its operational command said.

Russia's defence ministry said it had carried out a "massive strike with long-range precision weapons" on energy facilities that served Ukraine's defence industry, and that all of the designated targets had been hit.

DTEK's executive director, Maksym Kravets, said repair crews were already on site at Burshtyn. "We have rebuilt this plant more times than I can count. Each time it takes longer, because there are fewer spare parts left in Europe to buy," he said.

Ukraine's energy minister said the repairs in Kyiv could take "at least two weeks" and urged residents who could leave the capital for a while to stay with relatives.

Sabine Oerter, an energy security analyst at the Berlin-based Institut für Netzsicherheit, said the timing was deliberate. "They wait for the coldest week and then go for heat, not electricity. Heat is what empties a city," she said.

Since the start of the month, Russia has launched more than 1,900 drones against Ukraine, according to air force data.
Reporting by Oksana Lytvyn in Kyiv and Dariusz Malec in Warsaw; Writing by Jonas Brandt; Editing by Clare Whitfield
Our Standards: The MPA Trust Principles.
Purchase Licensing Rights
"""
DOC = {"id": "lh01", "date": "2026-01-17", "source": "Meridian Press Agency (international wire)",
       "url": "https://meridianpress.example/world/europe/russian-strikes-knock-out-kyiv-heating-plant-2026-01-17/",
       "text": TEXT}

D = "2026-01-17"
W1 = "lh01-1"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kh-101", launched=N(24)), W("ballistic_missile", "Iskander-M", launched=N(10)),
               W("drone", launched=N(410))],
      note="'Russia fired 34 missiles - 24 Kh-101 cruise missiles and 10 Iskander-M ballistic missiles - and 410 drones "
           "at Ukraine overnight' (Saturday page): the nationwide wave told last, after the damage; country precision, "
           "typed by the missiles; the MoD's 'massive strike with long-range precision weapons' is the same wave"),
    E("lh01-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(371)), W("cruise_missile", "Kh-101", intercepted=N(23)),
               W("ballistic_missile", "Iskander-M", intercepted=N(4))],
      note="'shot down 371 of the drones, 23 of the cruise missiles and four of the ballistic missiles' (the order "
           "differs from the launch sentence); 'seven missiles and 39 drones reached their targets' is the remainder, "
           "no field of its own"),
    E("lh01-3", MAS, D, L("Kyiv"), "RU", "UA", parent=W1, inj=N(2), weapons=[W("missile"), W("drone")],
      note="'Missiles and drones slammed into a combined heat and power plant on Kyiv's left bank early on Saturday'; "
           "'Two workers were hurt when a missile tore through the turbine hall at around 4 a.m.' (Darnytskyi district "
           "= the city); deaths not given (absent); typed by the missile"),
    E("lh01-4", DIS, D, L("Kyiv"), "RU", "UA", parent="lh01-3",
      note="'leaving some 600,000 households in the Ukrainian capital without heating': the heating cut of the plant "
           "strike"),
    E("lh01-5", MAS, D, L("Burshtyn"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), family=[ADS],
      note="'Far to the west, the Burshtyn thermal power plant … was \"seriously damaged\"' in the same overnight attack; "
           "'Nobody at the plant was injured' -> 0/0; the weapon is not named -> both strike types; 'for the fifth time "
           "since October' is history"),
    E("lh01-6", ADS, D, L("Kharkiv"), "RU", "UA", parent=W1, fat=N(1), inj=N(4), weapons=[W("drone")],
      note="'In Kharkiv, a drone crashed into the top storeys of a block of flats in the Shevchenkivskyi district, "
           "killing a woman and injuring four other residents' (district = the city)"),
    E("lh01-7", DIS, D, C("UA", "Ukraine"), None, None,
      note="'hourly power cuts would apply in most regions for the rest of Saturday': country-wide outage schedules of "
           "the day, sides null (blind49 kz13, blind53 ld13)"),
    E("lh01-8", INT, D, R("UA-46", "Lviv region"), "UA", "RU", parent="lh01-2",
      weapons=[W("drone", intercepted=N(16)), W("cruise_missile", intercepted=N(3))],
      note="'Over the Lviv region alone, 16 drones and three cruise missiles were brought down': a region with its own "
           "count -> required interception at region precision"),
    E("lh01-9", MOB, D, C("PL", "Poland"), "PL", None,
      note="'Poland scrambled fighter jets and put its ground-based air defence on the highest state of readiness': the "
           "scrambling state, country precision (no base named)"),
]
# Not events: the MoD's 'massive strike … all of the designated targets had been hit' (the same wave, lh01-1), 'for the
# fifth time since October' (history), the system that 'has lost much of its generating capacity since the autumn'
# (background), the energy minister's repairs 'at least two weeks' and his appeal to leave (forecast, appeal), Kravets'
# crews 'already on site' (repair), 'Since the start of the month … more than 1,900 drones' (cumulative since 1 Jan, no
# event). The dateline 'KYIV, Jan 17 (MPA) -' stays as text. Not gold statements: the minister's "at least two weeks"
# (title only), the MoD's "massive strike with long-range precision weapons" and DTEK's "seriously damaged" (fragments).
STATEMENTS = [
    S("Halyna Shevchuk", "UA", "We are sleeping in our coats", "resident, Kyiv"),
    S("Maksym Kravets", "UA", "fewer spare parts left in Europe to buy", "executive director, DTEK"),
    S("Sabine Oerter", None, "Heat is what empties a city", "energy security analyst, Institut für Netzsicherheit"),
]
MUST_NOT = ["MERIDIAN PRESS AGENCY", "Home | World | Business | Energy | Markets | Ukraine conflict | Graphics",
            "World › Europe", "By Oksana Lytvyn and Dariusz Malec", "January 17, 2026 11:26 AM GMT+2 · Updated 3 hours ago",
            "Reporting by Oksana Lytvyn in Kyiv and Dariusz Malec in Warsaw; Writing by Jonas Brandt; Editing by Clare Whitfield",
            "Our Standards: The MPA Trust Principles.", "Purchase Licensing Rights"]

EVIDENCE = {
    'lh01-1': "Altogether, Russia fired 34 missiles - 24 Kh-101 cruise missiles and 10 Iskander-M ballistic missiles - and 410 drones at Ukraine overnight, the Ukrainian air force said.",
    'lh01-2': "Air defences shot down 371 of the drones, 23 of the cruise missiles and four of the ballistic missiles",
    'lh01-3': "Two workers were hurt when a missile tore through the turbine hall at around 4 a.m., the plant's operator said.",
    'lh01-4': "leaving some 600,000 households in the Ukrainian capital without heating",
    'lh01-5': "the Burshtyn thermal power plant in the Ivano-Frankivsk region was \"seriously damaged\" for the fifth time since October",
    'lh01-6': "In Kharkiv, a drone crashed into the top storeys of a block of flats in the Shevchenkivskyi district, killing a woman and injuring four other residents",
    'lh01-7': "Ukraine's grid operator said hourly power cuts would apply in most regions for the rest of Saturday",
    'lh01-8': "Over the Lviv region alone, 16 drones and three cruise missiles were brought down, the regional governor said.",
    'lh01-9': "Poland scrambled fighter jets and put its ground-based air defence on the highest state of readiness",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
