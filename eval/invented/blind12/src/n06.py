from common import E, L, R, C, N, W, S, gold

TITLE = "The enemy carried out 412 strikes on 14 settlements of the region over the past day"
TEXT = """Official website of the Zaporizhzhia Regional Military Administration
Accessibility mode   |   Українська   |   English
Main › News › Security situation
The enemy carried out 412 strikes on 14 settlements of the region over the past day
19 February 2025, 08:05   |   Press service of the RMA   |   Views: 2,481   |   Print

Over the past day, Russian troops carried out 412 strikes on 14 settlements of the Zaporizhzhia region. One person was killed and six were injured.

The enemy carried out 5 guided-bomb airstrikes on Stepnohirsk, Prymorske and Mala Tokmachka. 262 UAVs of various types attacked Huliaipole, Orikhiv, Bilenke, Komyshuvakha, Ternuvate and other settlements. 9 MLRS attacks hit Orikhiv and Vozdvyzhivka. 136 artillery strikes were carried out on the territory of Kamianske, Malokaterynivka, Zaliznychne and other frontline settlements.

Consequences by settlement:

Zaporizhzhia, Zavodskyi district: Industrial enterprise hit by a drone, 2 people injured.
Stepnohirsk: Three private houses destroyed by guided bombs; no casualties.
Prymorske: Car hit by FPV drone, a 44-year-old man injured.
Malokaterynivka: Infrastructure facility damaged, reportedly by artillery.
Kamianske: A 67-year-old man killed by artillery fire.
Orikhiv: Apartment building and a pharmacy damaged by MLRS fire.
Mala Tokmachka: Outbuildings damaged in guided-bomb strike.
Huliaipole: School and six houses damaged; a woman injured.
Bilenke: Power line damaged by drone attack, 1,200 households without electricity.
Komyshuvakha: Residential building damaged by FPV drone, 2 injured.
Ternuvate: Agricultural enterprise damaged, reportedly by a drone.
Vozdvyzhivka: Private houses damaged by MLRS.

In total, 47 reports of destroyed housing, cars and infrastructure were received.

Overnight, air defence units destroyed 11 UAVs over the region.

Power engineers will start restoring electricity in Bilenke as soon as the security situation allows.

⚠️ Stay in shelters during air raid alerts. Do not touch unknown objects — call 101.
Share: Facebook | Telegram | Viber
Other news of the RMA
Schedule of humanitarian aid distribution points for 20–21 February
© 2025 Zaporizhzhia Regional Military Administration. When using materials, a link to the website is required.
"""
DOC = {"id": "n06", "date": "2025-02-19", "source": "Zaporizhzhia Regional Military Administration",
       "url": "https://zoda.example/en/news/2025-02-19-412-strikes", "text": TEXT}

D0, D1 = "2025-02-18", "2025-02-19"
FAM = ["air_drone_strike"]


def PD(gid, etype, loc, **kw):
    """A settlement line of the past-day summary: range 18-19 Feb (not aggregate), child of the tally."""
    return E(gid, etype, D0, loc, "RU", "UA", prec="range", end=D1, parent="n06-1", **kw)


EVENTS = [
    E("n06-1", "missile_artillery_strike", D0, R("UA-23", "Zaporizhzhia region"), "RU", "UA", prec="range", end=D1,
      agg=True, fat=N(1), inj=N(6), family=FAM,
      weapons=[W("mixed", launched=N(412)), W("guided_bomb", launched=N(5)), W("drone", launched=N(262)),
               W("mlrs", launched=N(9)), W("artillery", launched=N(136))],
      note="past-day regional tally with weapon breakdown (5 + 262 + 9 + 136 = 412); settlements named in the "
           "breakdown paragraph are covered by their consequence lines, or optional where no line of the same type "
           "exists (n06-16, n06-17)"),
    PD("n06-2", "air_drone_strike", L("Zaporizhzhia", 1, "Zaporizhzhia, Zavodskyi district"), inj=N(2),
       weapons=[W("drone")], note="city district coded to the city"),
    PD("n06-3", "air_drone_strike", L("Stepnohirsk"), fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
       note="'no casualties' = 0/0"),
    PD("n06-4", "air_drone_strike", L("Prymorske"), inj=N(1), weapons=[W("drone", "FPV")],
       note="the Zaporizhzhia-raion Prymorske (UA-23), not the Odesa-region villages"),
    PD("n06-5", "missile_artillery_strike", L("Malokaterynivka"), weapons=[W("artillery")]),
    PD("n06-6", "missile_artillery_strike", L("Kamianske-Z"), fat=N(1), weapons=[W("artillery")],
       note="Kamianske of Zaporizhzhia region (Vasylivka district), not the Dnipropetrovsk-region city"),
    PD("n06-7", "missile_artillery_strike", L("Orikhiv"), weapons=[W("mlrs")]),
    PD("n06-8", "air_drone_strike", L("Mala Tokmachka"), weapons=[W("guided_bomb")]),
    PD("n06-9", "missile_artillery_strike", L("Huliaipole"), inj=N(1), family=FAM,
       note="weapon not stated on the line (rule 4)"),
    PD("n06-10", "air_drone_strike", L("Bilenke-Z"), weapons=[W("drone")],
       note="Bilenke of Zaporizhzhia region (Donetsk region has a larger Bilenke)"),
    PD("n06-11", "infrastructure_disruption", L("Bilenke-Z"), note="1,200 households without electricity"),
    PD("n06-12", "air_drone_strike", L("Komyshuvakha"), inj=N(2), weapons=[W("drone", "FPV")],
       note="Zaporizhzhia-region Komyshuvakha"),
    PD("n06-13", "air_drone_strike", L("Ternuvate"), weapons=[W("drone")], note="'reportedly by a drone'"),
    PD("n06-14", "missile_artillery_strike", L("Vozdvyzhivka"), weapons=[W("mlrs")]),
    PD("n06-16", "air_drone_strike", L("Orikhiv"), optional=True, weapons=[W("drone")],
       note="Orikhiv named among the drone targets of the breakdown; its line reports MLRS (n06-7): optional"),
    PD("n06-17", "missile_artillery_strike", L("Zaliznychne"), optional=True, weapons=[W("artillery")],
       note="named only in the breakdown paragraph (artillery), no consequence line: optional"),
    E("n06-15", "interception", D1, R("UA-23", "Zaporizhzhia region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(11))], note="'Overnight' in a morning report = 19 Feb"),
]
STATEMENTS = []
MUST_NOT = [
    "Official website of the Zaporizhzhia Regional Military Administration",
    "Accessibility mode   |   Українська   |   English",
    "Main › News › Security situation",
    "19 February 2025, 08:05   |   Press service of the RMA   |   Views: 2,481   |   Print",
    "⚠️ Stay in shelters during air raid alerts. Do not touch unknown objects — call 101.",
    "Share: Facebook | Telegram | Viber",
    "Other news of the RMA",
    "Schedule of humanitarian aid distribution points for 20–21 February",
    "© 2025 Zaporizhzhia Regional Military Administration. When using materials, a link to the website is required.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
