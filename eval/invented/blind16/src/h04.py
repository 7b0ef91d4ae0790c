from common import E, L, R, C, N, W, S, gold

TITLE = "Operational update as of 06:00, 14.03.2024, on the Russian invasion"
TEXT = """General Staff of the Armed Forces of Ukraine ✅
Official page · Follow · Message
Operational update as of 06:00, 14.03.2024, on the Russian invasion

The 750th day of the full-scale armed aggression of the russian federation against Ukraine has begun.

Over the past 24 hours, 81 combat engagements took place. Yesterday the enemy launched 4 missile strikes with 9 missiles and 52 air strikes, dropping 73 guided aerial bombs, and fired 86 times from multiple rocket launchers at the positions of our troops and at populated areas.

Last night the occupiers attacked Ukraine with 22 Shahed-type attack drones. Air defence destroyed 17 of them over the Odesa, Mykolaiv and Dnipropetrovsk oblasts.

Enemy air strikes targeted, among others, the areas of Vovchansk in Kharkiv oblast, Kurdiumivka and Vuhledar in Donetsk oblast and Orikhiv in Zaporizhzhia oblast.

Unfortunately, the russian terrorist attacks killed and wounded civilians; private houses and other civilian infrastructure were destroyed and damaged.

The operational situation in the Volyn and Polissia directions remains unchanged; no signs of the formation of enemy offensive groups have been detected.

Kupiansk direction: the Defence Forces repelled 5 attacks near Tavilzhanka and Kruhliakivka in Kharkiv oblast, where the enemy tried to improve its tactical position.

Lyman direction: our soldiers repelled 9 enemy attacks near Terny in Donetsk oblast and Bilohorivka in Luhansk oblast.

Bakhmut direction: the Defence Forces repelled 6 attacks near Ivanivske in Donetsk oblast.

Avdiivka direction: our defenders are holding back the enemy, which is trying to advance with the support of aviation. They repelled 27 attacks near Novobakhmutivka and Ocheretyne.

Novopavlivka direction: the Defence Forces repelled 11 attacks near Krasnohorivka and Hostre in Donetsk oblast.

Zaporizhzhia direction: the enemy made 4 unsuccessful attempts to regain lost positions near Verbove.

Prydniprovskyi direction: the enemy conducted 3 unsuccessful assaults on the positions of the Ukrainian defenders on the left bank of the Dnipro near Krynky.

Over the past day, our aviation struck 9 areas of concentration of enemy personnel and weapons and 2 anti-aircraft missile systems. Units of the missile troops hit a command post, an ammunition depot and 3 artillery pieces of the occupiers.

The total combat losses of the enemy from 24.02.22 to 14.03.24 were approximately:
personnel ‒ about 431,990 (+1,050) persons
tanks ‒ 6,760 (+22)
armoured combat vehicles ‒ 12,912 (+35)
artillery systems ‒ 10,399 (+27)
MLRS ‒ 989 (+2)
air defence systems ‒ 695 (+2)
aircraft ‒ 347 (+0)
helicopters ‒ 325 (+0)
operational-tactical UAVs ‒ 8,337 (+19)
cruise missiles ‒ 2,044 (+0)
The data are being updated.

We believe in the Armed Forces of Ukraine! Together we will win!
#UAarmy #StandWithUkraine #GeneralStaff
👍 14K · 💬 1.1K · ↗️ 2.4K shares
"""
DOC = {"id": "h04", "date": "2024-03-14", "source": "General Staff of the Armed Forces of Ukraine (Facebook)",
       "url": "https://www.facebook.com/GeneralStaff.example/posts/20240314", "text": TEXT}

D, Y = "2024-03-14", "2024-03-13"
PAST = dict(prec="range", end=D)
GS = "General Staff of the Armed Forces of Ukraine"


def clash(n, key, name, note):
    return E(f"h04-{n}", "armed_clash", Y, L(key, 2, name), "RU", "UA", claimant=GS, note=note, **PAST)


EVENTS = [
    E("h04-1", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, claimant=GS,
      note="81 combat engagements over the past 24 hours: national tally, optional (y15 convention)", **PAST),
    E("h04-2", "missile_artillery_strike", Y, C("UA", "Ukraine"), "RU", "UA", agg=True,
      weapons=[W("missile", launched=N(9))], claimant=GS,
      note="'Yesterday … 4 missile strikes with 9 missiles': day aggregate, 13 March"),
    E("h04-3", "air_drone_strike", Y, C("UA", "Ukraine"), "RU", "UA", agg=True,
      weapons=[W("guided_bomb", launched=N(73))], claimant=GS,
      note="'Yesterday … 52 air strikes, dropping 73 guided aerial bombs': day aggregate"),
    E("h04-4", "missile_artillery_strike", Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True,
      weapons=[W("mlrs")], claimant=GS, note="86 MLRS attacks yesterday: optional tally (y15 convention)"),
    E("h04-5", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(22))],
      claimant=GS, note="'Last night … 22 Shahed-type attack drones': the night's wave at country precision, not an "
                        "aggregate (ANNOTATION rule 3)"),
    E("h04-6", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(17))], claimant=GS,
      parent="h04-5", note="17 destroyed; regions merely listed are optional"),
    E("h04-7", "interception", D, R("UA-51", "Odesa oblast"), "UA", "RU", optional=True, parent="h04-5",
      note="listed region, no count"),
    E("h04-8", "interception", D, R("UA-48", "Mykolaiv oblast"), "UA", "RU", optional=True, parent="h04-5",
      note="listed region, no count"),
    E("h04-9", "interception", D, R("UA-12", "Dnipropetrovsk oblast"), "UA", "RU", optional=True, parent="h04-5",
      note="listed region, no count"),
    E("h04-10", "air_drone_strike", Y, L("Vovchansk", 2, "area of Vovchansk"), "RU", "UA", claimant=GS,
      note="'Enemy air strikes targeted … the areas of': yesterday, precision 2 (y15 convention)"),
    E("h04-11", "air_drone_strike", Y, L("Kurdiumivka", 2, "area of Kurdiumivka"), "RU", "UA", claimant=GS,
      note="named area of yesterday's air strikes"),
    E("h04-12", "air_drone_strike", Y, L("Vuhledar", 2, "area of Vuhledar"), "RU", "UA", claimant=GS,
      note="named area of yesterday's air strikes"),
    E("h04-13", "air_drone_strike", Y, L("Orikhiv", 2, "area of Orikhiv"), "RU", "UA", claimant=GS,
      note="named area of yesterday's air strikes"),
    clash(14, "Tavilzhanka", "near Tavilzhanka", "Kupiansk direction: 5 attacks near Tavilzhanka and Kruhliakivka"),
    clash(15, "Kruhliakivka", "near Kruhliakivka", "Kupiansk direction, second place"),
    clash(16, "Terny-D", "near Terny", "Lyman direction; Terny 691608, the Donetsk-oblast village"),
    clash(17, "Bilohorivka", "near Bilohorivka", "Lyman direction, Luhansk oblast (UA-09)"),
    clash(18, "Ivanivske-D", "near Ivanivske", "Bakhmut direction; Ivanivske 704285 (Bakhmut district), not the Luhansk one"),
    clash(19, "Novobakhmutivka", "near Novobakhmutivka", "Avdiivka direction: 27 attacks"),
    clash(20, "Ocheretyne", "near Ocheretyne", "Avdiivka direction, second place"),
    clash(21, "Krasnohorivka", "near Krasnohorivka", "Novopavlivka direction; Krasnohorivka 704393 (Donetsk oblast)"),
    clash(22, "Hostre", "near Hostre", "Novopavlivka direction, second place"),
    clash(23, "Verbove", "near Verbove", "'unsuccessful attempts to regain lost positions': attacker RU"),
    clash(24, "Krynky", "near Krynky", "Prydniprovskyi direction: assaults on the left-bank foothold"),
    E("h04-25", "missile_artillery_strike", Y, C("UA", "Ukraine"), "UA", "RU", agg=True, optional=True,
      family=["air_drone_strike"], claimant=GS,
      note="Ukrainian aviation and missile troops struck areas of concentration etc. (no place): optional tally"),
]
STATEMENTS = []
MUST_NOT = ["General Staff of the Armed Forces of Ukraine ✅", "Official page · Follow · Message",
            "We believe in the Armed Forces of Ukraine! Together we will win!", "#UAarmy #StandWithUkraine #GeneralStaff",
            "👍 14K · 💬 1.1K · ↗️ 2.4K shares"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
