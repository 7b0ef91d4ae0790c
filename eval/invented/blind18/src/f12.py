from common import E, L, R, C, N, W, S, gold

TITLE = "The week in the war: Kyiv's deadliest night since spring, a disputed village and a 24th sanctions package"
TEXT = """EASTERN FLANK REVIEW
Weekly · Defence · Security · Eastern Europe
THE WEEK IN THE WAR — No. 212 | 7–13 June 2026
The week in the war: Kyiv's deadliest night since spring, a disputed village and a 24th sanctions package
Compiled by the Eastern Flank Review desk · Saturday 13 June 2026 · 7 min read
Every Saturday we sum up the week's main developments in Russia's war against Ukraine. Sources are listed at the end.

THE FRONT
Russia's Defence Ministry claimed on Thursday that its troops had captured Shevchenkove, a village in the Kharkiv region west of Kupiansk. Ukraine's General Staff called the claim "fiction" and said fighting was continuing on the village's eastern outskirts on Thursday evening.

Near Kostiantynivka, the pressure did not let up. Over the past week Ukrainian units repelled 46 Russian assaults on the southern outskirts of the town, most of them by small infantry groups on motorcycles, according to the brigade holding the sector.

Wednesday's guided-bomb strike on a residential quarter of Kramatorsk killed three people and injured nine. Kramatorsk, once well behind the lines, is now within reach of Russian glide bombs almost daily.

THE AIR WAR
The week's heaviest attack came on the night to Monday, when Russia launched 480 drones and 32 missiles, including 9 Kinzhal. The air force said 441 drones and 27 missiles were brought down, more than a third of the drones by interceptor drones. In Kyiv, four people were killed and 22 injured when a missile and drone debris hit two apartment blocks in the Obolonskyi and Darnytskyi districts. An energy facility in the Lviv region was damaged; no one was hurt.

INSIDE RUSSIA
Ukrainian long-range drones struck a chemical plant in Bryansk on Tuesday. The governor said there were no casualties; the General Staff said the plant produces components for explosives.
On Friday, a drone hit a city bus in Belgorod, injuring seven people, the regional governor said.
Russia's Defence Ministry said it had destroyed 1,262 Ukrainian drones over the week, a figure that cannot be checked.

DIPLOMACY
EU ambassadors agreed the bloc's 24th sanctions package in Brussels on Monday, adding 84 vessels of the "shadow fleet" and two Chinese refineries to the list.
Russia and Ukraine swapped 210 prisoners of war for 210 on Friday, the fifth exchange this year, mediated by the United Arab Emirates.

QUOTE OF THE WEEK
"They fly lower, they fly in swarms, and they come every night. We are learning as fast as they are," said Colonel Oleksandr Dubrava, commander of an air-defence unit near Kyiv.

WHAT TO WATCH
NATO defence ministers meet in Brussels next week to discuss a joint drone-interceptor procurement. If Russia keeps up its pace of around 3,000 drones a week, Ukraine's stocks of interceptors could run short by August, officials warn.

Sources: Ukrainian General Staff, Ukrainian Air Force, Russian Defence Ministry, regional administrations, Council of the EU, ERF reporting.
Forward this newsletter · Manage your subscription · Unsubscribe
© 2026 Eastern Flank Review Ltd.
"""
DOC = {"id": "f12", "date": "2026-06-13", "source": "Eastern Flank Review (weekly round-up newsletter)",
       "url": "https://easternflank.example/newsletter/week-in-the-war-212", "text": TEXT}

GS = "Ukrainian General Staff"
MOD = "Russian Defence Ministry"
AF = "Ukrainian Air Force"
EVENTS = [
    E("f12-1", "territory_change", "2026-06-11", L("Shevchenkove-Kh"), "RU", "UA", claimant=MOD,
      note="capture claimed 'on Thursday' (11 June), disputed: a claim is a territory_change dated the day it was made "
           "(blind16 call 6); Shevchenkove of the Kharkiv oblast (west of Kupiansk)"),
    E("f12-2", "armed_clash", "2026-06-11", L("Shevchenkove-Kh", 2, "eastern outskirts of Shevchenkove"), "RU", "UA",
      claimant=GS, note="'fighting was continuing on the village's eastern outskirts on Thursday evening' (counter-claim: "
                        "clash beside the claim); outskirts = precision 2; attacker RU from context"),
    E("f12-3", "armed_clash", "2026-06-07", L("Kostiantynivka", 2, "southern outskirts of Kostiantynivka"), "RU", "UA",
      end="2026-06-13", prec="week", agg=True, claimant="Ukrainian brigade",
      note="'Over the past week … repelled 46 Russian assaults': a week tally at one place (reference-6 … reference)"),
    E("f12-4", "air_drone_strike", "2026-06-10", L("Kramatorsk"), "RU", "UA", fat=N(3), inj=N(9),
      weapons=[W("guided_bomb")], note="nominalised 'Wednesday's guided-bomb strike on …' (10 June); perpetrator from context (Russian glide bombs)"),
    E("f12-5", "missile_artillery_strike", "2026-06-08", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(480)), W("missile", launched=N(32))], claimant=AF,
      note="'on the night to Monday' = Monday 8 June; 32 missiles 'including 9 Kinzhal': one generic missile entry of 32 "
           "(blind14 call 9)"),
    E("f12-6", "interception", "2026-06-08", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(441)), W("missile", intercepted=N(27))], claimant=AF, parent="f12-5",
      note="441 drones and 27 missiles brought down; the interceptor-drone share is part of the same interception"),
    E("f12-7", "missile_artillery_strike", "2026-06-08", L("Kyiv", 1, "Kyiv (Obolonskyi and Darnytskyi districts)"), "RU",
      "UA", fat=N(4), inj=N(22), weapons=[W("missile"), W("drone")], family=["air_drone_strike"], parent="f12-5",
      note="'a missile and drone debris hit two apartment blocks': one child at the city (two districts = the city), "
           "missile type with drone accepted"),
    E("f12-8", "missile_artillery_strike", "2026-06-08", R("UA-46", "Lviv region"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="f12-5",
      note="energy facility damaged, weapon not said (rule 4); 'no one was hurt' = 0/0; region only"),
    E("f12-9", "air_drone_strike", "2026-06-09", L("Bryansk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Bryansk governor / Ukrainian General Staff",
      note="'on Tuesday' chemical plant; governor's 'no casualties' = 0/0; General Staff's description = same event"),
    E("f12-10", "air_drone_strike", "2026-06-12", L("Belgorod"), "UA", "RU", inj=N(7), weapons=[W("drone")],
      claimant="Belgorod governor", note="'On Friday' a drone hit a city bus; actor1 UA from the section's context"),
    E("f12-11", "interception", "2026-06-07", C("RU", "Russia"), "RU", "UA", end="2026-06-13", prec="week", agg=True,
      weapons=[W("drone", intercepted=N(1262))], optional=True, claimant=MOD,
      note="weekly MoD tally: optional (weekly totals)"),
    E("f12-12", "policy_decision", "2026-06-08", L("Brussels"), None, "RU", claimant="Council of the EU",
      note="24th sanctions package agreed by EU ambassadors 'on Monday' in Brussels (EU: actor1 null, blind16 call 7)"),
    E("f12-13", "agreement", "2026-06-12", C(None, "unspecified"), "RU", "UA",
      note="prisoner exchange 210 for 210 'on Friday' = agreement without a place (country null); 'fifth this year' "
           "is not an event"),
]
STATEMENTS = [
    S("Oleksandr Dubrava", "UA", "They fly lower, they fly in swarms, and they come every night",
      "air-defence unit commander"),
]
MUST_NOT = ["EASTERN FLANK REVIEW", "Weekly · Defence · Security · Eastern Europe",
            "THE WEEK IN THE WAR — No. 212 | 7–13 June 2026",
            "Compiled by the Eastern Flank Review desk · Saturday 13 June 2026 · 7 min read",
            "Every Saturday we sum up the week's main developments in Russia's war against Ukraine. Sources are listed at the end.",
            "Sources: Ukrainian General Staff, Ukrainian Air Force, Russian Defence Ministry, regional administrations, Council of the EU, ERF reporting.",
            "Forward this newsletter · Manage your subscription · Unsubscribe", "© 2026 Eastern Flank Review Ltd."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
