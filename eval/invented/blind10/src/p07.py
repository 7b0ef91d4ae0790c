from common import E, L, R, C, N, W, S, gold

TITLE = "Security situation in the region: 76 attacks, 27 settlements under fire over the past day"
TEXT = """KHERSON REGIONAL MILITARY ADMINISTRATION
Official web portal
Version for the visually impaired
Home › News › Security situation
Security situation in the region: 76 attacks, 27 settlements under fire over the past day
14 November 2023 08:12
Views: 2,318

Over the past day, the enemy carried out 76 attacks on the Kherson region, firing 412 projectiles from artillery, MLRS, tanks, mortars, UAVs and aircraft. Russian troops shelled 27 settlements of the region, including the city of Kherson, which came under fire 29 times. Residential quarters, a school, a hospital and critical infrastructure were hit. As a result of Russian aggression, 3 people were killed and 11 people were injured.

Consequences of the attacks by settlement:

Kherson, Dniprovskyi district: artillery hit an apartment building, a 67-year-old woman was killed.
Kherson, Korabelnyi district: a drone dropped explosives near a bus stop, 2 men were injured.
Kherson, Tsentralnyi district: shelling damaged a school and a gas pipeline. No one was hurt.
Antonivka: an FPV drone attacked a car, the 42-year-old driver was injured.
Bilozerka hromada: a guided aerial bomb hit the territory of an enterprise; 1 person killed, 3 injured.
Stanislav: 4 private houses damaged by MLRS fire.
Komyshany: power line damaged by shelling, 2,300 subscribers left without electricity.
Chornobaivka: a drone droped explosives on a tractor, a 55-year-old man injured.
Beryslav: hospital building damaged by artillery. No casualties.
Tiahynka: houses damaged, reportedly by tank fire.
Kizomys: enemy drone struck a car. No one was hurt.
Tomyna Balka: strike on a farm, a 71-year-old man was killed.
Lvove: 2 residents injured by mortar fire.
Naddniprianske: a residential building caught fire after shelling, 2 women injured.

During the night, air defence forces destroyed 5 Shahed attack UAVs over the region.

Power engineers have already restored electricity to 1,100 subscribers in Komyshany. Work continues.

We remind you: during shelling, stay in shelters and do not post photos or videos of the consequences of attacks online.
Print
Share: Facebook · Telegram · Viber
Other news
Humanitarian aid distribution points in Kherson: schedule for this week
Heating season: how the region's communities are preparing
© 2023 Kherson Regional Military Administration. Use of materials requires a hyperlink to the source.
"""
DOC = {"id": "p07", "date": "2023-11-14", "source": "Kherson Regional Military Administration (website)",
       "url": "https://khoda.example.gov.ua/news/security-situation-2023-11-14", "text": TEXT}

D, Y = "2023-11-14", "2023-11-13"
FAM = ["air_drone_strike"]
KH = "Kherson Regional Military Administration"


def day(gid, etype, loc, **kw):
    """An incident of the past-day list: dated Y..D (range), not an aggregate (blind4 convention 11)."""
    return E(gid, etype, Y, loc, kw.pop("a1", "RU"), kw.pop("a2", "UA"), prec="range", end=D, claimant=KH, **kw)


EVENTS = [
    E("p07-1", "missile_artillery_strike", Y, R("UA-65", "Kherson region"), "RU", "UA", prec="range", end=D,
      agg=True, fat=N(3), inj=N(11), weapons=[W("mixed", launched=N(412))], family=FAM, claimant=KH,
      note="past-day regional tally: 76 attacks, 412 projectiles of mixed kinds"),
    E("p07-2", "missile_artillery_strike", Y, L("Kherson"), "RU", "UA", prec="range", end=D, agg=True,
      family=FAM, optional=True, note="'came under fire 29 times': sub-tally for the city"),
    day("p07-3", "missile_artillery_strike", L("Kherson", 1, "Kherson, Dniprovskyi district"), fat=N(1),
        weapons=[W("artillery")], note="city districts coded to the city (three Kherson incidents)"),
    day("p07-4", "air_drone_strike", L("Kherson", 1, "Kherson, Korabelnyi district"), inj=N(2), weapons=[W("drone")]),
    day("p07-5", "missile_artillery_strike", L("Kherson", 1, "Kherson, Tsentralnyi district"), fat=N(0), inj=N(0),
        note="'shelling'; 'No one was hurt' = 0/0"),
    day("p07-6", "air_drone_strike", L("Antonivka"), inj=N(1), weapons=[W("drone", "FPV")],
        note="Antonivka the Kherson suburb (713304), not the Skadovsk-raion village"),
    day("p07-7", "air_drone_strike", L("Bilozerka", 2, "Bilozerka hromada"), fat=N(1), inj=N(3),
        weapons=[W("guided_bomb", launched=N(1))], note="hromada named after its town: precision 2"),
    day("p07-8", "missile_artillery_strike", L("Stanislav"), weapons=[W("mlrs")]),
    day("p07-9", "missile_artillery_strike", L("Komyshany"), weapons=[W("artillery")]),
    day("p07-10", "infrastructure_disruption", L("Komyshany"), note="2,300 subscribers without electricity"),
    day("p07-11", "air_drone_strike", L("Chornobaivka"), inj=N(1), weapons=[W("drone")]),
    day("p07-12", "missile_artillery_strike", L("Beryslav"), fat=N(0), inj=N(0), weapons=[W("artillery")],
        note="'No casualties' = 0/0"),
    day("p07-13", "missile_artillery_strike", L("Tiahynka"), note="'reportedly by tank fire': direct fire = shelling"),
    day("p07-14", "air_drone_strike", L("Kizomys"), fat=N(0), inj=N(0), weapons=[W("drone")]),
    day("p07-15", "missile_artillery_strike", L("Tomyna Balka"), fat=N(1), family=FAM,
        note="'strike', weapon unstated (rule 4)"),
    day("p07-16", "missile_artillery_strike", L("Lvove"), inj=N(2), weapons=[W("artillery")],
        note="mortar fire = artillery"),
    day("p07-17", "missile_artillery_strike", L("Naddniprianske"), inj=N(2), weapons=[W("artillery")]),
    E("p07-18", "interception", D, R("UA-65", "Kherson region"), "UA", "RU",
      weapons=[W("drone", "Shahed", intercepted=N(5))], claimant=KH, note="'During the night' = 14 Nov"),
]
STATEMENTS = []
MUST_NOT = [
    "KHERSON REGIONAL MILITARY ADMINISTRATION",
    "Official web portal",
    "Version for the visually impaired",
    "Home › News › Security situation",
    "14 November 2023 08:12",
    "Views: 2,318",
    "We remind you: during shelling, stay in shelters and do not post photos or videos of the consequences of attacks online.",
    "Share: Facebook · Telegram · Viber",
    "Other news",
    "Humanitarian aid distribution points in Kherson: schedule for this week",
    "Heating season: how the region's communities are preparing",
    "© 2023 Kherson Regional Military Administration. Use of materials requires a hyperlink to the source.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
