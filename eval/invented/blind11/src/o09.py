from common import E, L, R, C, N, W, S, gold

TITLE = "Night attack on Zaporizhzhia: two injured, enterprise on fire; 17 drones downed over the region"
TEXT = """Zaporizhzhia Regional Military Administration
Version for the visually impaired | UA | EN
Home / News / Operational situation
Night attack on Zaporizhzhia: two injured, enterprise on fire; 17 drones downed over the region
27 January 2026, 08:12
Views: 3 418

Overnight, Russia attacked Zaporizhzhia with attack drones.

Shevchenkivskyi district: a drone hit an industrial enterprise. Fire on an area of 600 sq m. Two employees injured, both hospitalised.
Dniprovskyi district: debris of a downed drone fell on a private house. Roof and windows damaged. No one hurt.
Air defence destroyed 17 UAVs over the region overnight.
Zaporizhzhia district: an overhead line damaged, 3,200 subscribers without power. Power engineers are working.

Over the past day, Russian troops carried out 486 strikes on 12 settlements of the region.
▪️ 18 air strikes on Stepnohirsk, Prymorske and Orikhiv.
▪️ 311 drones of various types attacked Zaporizhzhia, Kamianske, Malokaterynivka, Bilenke, Kushuhum and Prymorske.
▪️ 7 MLRS attacks hit Kamianske and Stepnohirsk.
▪️ 150 artillery strikes on Orikhiv, Stepnohirsk, Prymorske and Malokaterynivka.

Orikhiv: artillery shelling, a woman, 67, killed. A house destroyed.
Prymorske: an FPV drone hit a car. A man, 43, injured.
Stepnohirsk: 3 guided aerial bombs. The administrative building damaged. No casualties.
Kamianske: MLRS fire, private houses and a shop damaged.
Malokaterynivka: drone attacks. A man, 61, injured. A power line damaged.

In total over the past day: 1 person killed, 4 injured.

Hourly outage schedules apply in Zaporizhzhia region today from 08:00 to 22:00 because of damage to energy facilities after Russian attacks, Zaporizhzhiaoblenergo reports.

Stay in shelters during air raid alerts! Follow only official information channels.
Print | Share: Facebook | Telegram | Viber
Other news:
Heating points are open in all districts of Zaporizhzhia
Entry to Stepnohirsk remains restricted
© 2026 Zaporizhzhia Regional Military Administration. Materials may be used with a reference to zoda.example
"""
DOC = {"id": "o09", "date": "2026-01-27", "source": "Zaporizhzhia Regional Military Administration (official website)",
       "url": "https://zoda.example/news/2026/01/27/nichna-ataka", "text": TEXT}

D, Y = "2026-01-27", "2026-01-26"
RMA = "Zaporizhzhia regional military administration"
PAST = dict(end=D, prec="range")
EVENTS = [
    E("o09-1", "air_drone_strike", D, L("Zaporizhzhia", 1, "Zaporizhzhia, Shevchenkivskyi district"), "RU", "UA",
      inj=N(2), weapons=[W("drone")], claimant=RMA, note="'hospitalised' = injured; city district -> the city"),
    E("o09-2", "air_drone_strike", D, L("Zaporizhzhia", 1, "Zaporizhzhia, Dniprovskyi district"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant=RMA, note="debris of a downed drone; 'No one hurt' = 0/0"),
    E("o09-3", "interception", D, R("UA-23", "Zaporizhzhia region"), "UA", "RU", weapons=[W("drone", intercepted=N(17))],
      claimant=RMA),
    E("o09-4", "infrastructure_disruption", D, L("Zaporizhzhia", 2, "Zaporizhzhia district"), "RU", "UA",
      claimant=RMA, note="3,200 subscribers without power; the district around the city -> precision 2"),
    E("o09-5", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", agg=True,
      fat=N(1), inj=N(4), family=["air_drone_strike"],
      weapons=[W("aircraft", launched=N(18)), W("drone", launched=N(311)), W("mlrs", launched=N(7)),
               W("artillery", launched=N(150))], claimant=RMA,
      note="past-day tally, 486 strikes on 12 settlements; casualties from the closing line; the per-weapon counts "
           "are strikes; mixed weapons -> missile type, drone accepted", **PAST),
    E("o09-6", "missile_artillery_strike", Y, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant=RMA, note="past-day line without an hour -> range, not aggregate", **PAST),
    E("o09-7", "air_drone_strike", Y, L("Prymorske"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant=RMA,
      **PAST),
    E("o09-8", "air_drone_strike", Y, L("Stepnohirsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(3))], claimant=RMA, note="'No casualties' = 0/0", **PAST),
    E("o09-9", "missile_artillery_strike", Y, L("Kamianske"), "RU", "UA", weapons=[W("mlrs")], claimant=RMA,
      note="Kamianske of the Zaporizhzhia region (not the Dnipropetrovsk city)", **PAST),
    E("o09-10", "air_drone_strike", Y, L("Malokaterynivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant=RMA, **PAST),
    E("o09-11", "air_drone_strike", Y, L("Bilenke"), "RU", "UA", optional=True, weapons=[W("drone")],
      note="settlement only listed in the tally bullet", **PAST),
    E("o09-12", "air_drone_strike", Y, L("Kushuhum"), "RU", "UA", optional=True, weapons=[W("drone")],
      note="settlement only listed in the tally bullet", **PAST),
    E("o09-13", "infrastructure_disruption", D, R("UA-23", "Zaporizhzhia region"), "RU", "UA",
      claimant="Zaporizhzhiaoblenergo", note="hourly outage schedules today"),
]
STATEMENTS = []
MUST_NOT = ["Version for the visually impaired | UA | EN",
            "Home / News / Operational situation", "27 January 2026, 08:12", "Views: 3 418",
            "Stay in shelters during air raid alerts! Follow only official information channels.",
            "Print | Share: Facebook | Telegram | Viber", "Other news:",
            "Heating points are open in all districts of Zaporizhzhia", "Entry to Stepnohirsk remains restricted",
            "© 2026 Zaporizhzhia Regional Military Administration. Materials may be used with a reference to zoda.example",
            "Zaporizhzhia Regional Military Administration"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
