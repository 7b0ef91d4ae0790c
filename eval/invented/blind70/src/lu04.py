from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Kryvyi Rih missile toll climbs to three; Nikopol district shelled through the night"
TEXT = """DNIPRO VECHIRNII
Dnipro | Region | Front | Economy | Culture | Ads
Region › Security
Kryvyi Rih missile toll climbs to three; Nikopol district shelled through the night
15 January 2025, 09:20 | Kateryna Lukianenko | 1,204 views
The head of the regional military administration has published his morning summary on Telegram. Below, we retell it and add what hromada heads posted overnight.

The evening was the worst of it. At about 19:40 on Tuesday a ballistic missile came down in the centre of Kryvyi Rih, wrecking an administrative building and a row of shops. Three people are now dead, the head of the city's defence council wrote this morning (last night he had reported two), and eleven were injured, four of them children.

Across the reservoir from the occupied Zaporizhzhia plant, the Nikopol district got no rest. In the past day it was attacked more than 20 times with artillery and kamikaze drones, the governor's summary says.

In Nikopol itself, artillery damaged a five-storey building and a gas pipeline overnight; a man of 57 was wounded.

An FPV drone hit a minibus in the Marhanets hromada this morning. Two passengers were wounded, one of them is in a serious condition.

"The driver kept going for two kilometres with a smashed windscreen so that they could get to the hospital," said Ihor Prokopenko, who heads the hromada.

Chervonohryhorivka, a village on the edge of the former reservoir, was shelled after midnight: a farm was damaged, and no one was hurt.

In Pokrov, a shell cut a power line. Some 3,500 families there are without electricity; the repair crews are waiting for the shelling to ease.

Farther from the front, in the Mezhova hromada of the Synelnykove district, a drone set a private house on fire in the morning, the summary continues. Nobody was hurt.

Late on Tuesday, a drone attack caused a fire at an enterprise in Pavlohrad. It was put out before midnight, and there were no casualties, the governor wrote.

Overnight, the Eastern air command shot down nine drones over the region.

On Sunday, Nikopol buried the two paramedics who were killed on 9 January, when a drone struck their ambulance on a call. "He used to say that the siren was his alarm clock," said Svitlana Marchuk, the widow of one of them.

The governor announced that schools in Nikopol will stay on remote learning until the end of January, and Thursday has been declared a day of mourning in Kryvyi Rih.
Have news from your hromada? Write to our bot @vechirnii_dnipro_bot
Advertising: ads@vechirnii.example
© Dnipro Vechirnii, 2025. Citing is allowed with a hyperlink.
"""
DOC = {"id": "lu04", "date": "2025-01-15", "source": "Dnipro Vechirnii (regional news site retelling the governor's Telegram summary)",
       "url": "https://vechirnii.example/region/2025/01/15/kryvyi-rih-nikopol", "text": TEXT}

D, TUE = "2025-01-15", "2025-01-14"
EVENTS = [
    E("lu04-1", MAS, TUE, L("Kryvyi Rih"), "RU", "UA", fat=N(3), inj=N(11), weapons=[W("ballistic_missile")],
      claimant="head of the Kryvyi Rih defence council",
      evidence="At about 19:40 on Tuesday a ballistic missile came down in the centre of Kryvyi Rih",
      note="'At about 19:40 on Tuesday' in a Wednesday page = 14 Jan; the morning figure 'Three people are now dead' "
           "replaces the night's two; eleven injured"),
    E("lu04-2", MAS, TUE, H("Nikopol", "Nikopol district"), "RU", "UA", end=D, prec="range", agg=True, family=[ADS],
      claimant="head of the Dnipropetrovsk regional military administration",
      evidence="In the past day it was attacked more than 20 times with artillery and kamikaze drones",
      note="'In the past day' in a morning summary -> range 14–15 Jan, aggregate parent of the district's lines; the "
           "district named after its centre = precision 2; 'more than 20 times' counts attacks, not munitions; artillery "
           "and drones -> typed by the heavier, drones accepted"),
    E("lu04-3", MAS, D, L("Nikopol"), "RU", "UA", inj=N(1), parent="lu04-2", weapons=[W("artillery")],
      evidence="In Nikopol itself, artillery damaged a five-storey building and a gas pipeline overnight; a man of 57 was wounded.",
      note="'overnight' in the 09:20 page = 15 Jan; one wounded"),
    E("lu04-4", ADS, D, H("Marhanets", "Marhanets hromada"), "RU", "UA", inj=N(2), parent="lu04-2", weapons=[W("drone")],
      claimant="Ihor Prokopenko",
      evidence="An FPV drone hit a minibus in the Marhanets hromada this morning.",
      note="'this morning' = 15 Jan; a hromada = precision 2; two passengers wounded"),
    E("lu04-5", MAS, D, L("Chervonohryhorivka"), "RU", "UA", fat=N(0), inj=N(0), parent="lu04-2", weapons=[W("artillery")],
      evidence="Chervonohryhorivka, a village on the edge of the former reservoir, was shelled after midnight",
      note="apposition names the village (710552); 'after midnight' = 15 Jan; 'no one was hurt' -> 0/0"),
    E("lu04-6", MAS, D, L("Pokrov"), "RU", "UA", parent="lu04-2", weapons=[W("artillery")],
      evidence="In Pokrov, a shell cut a power line.",
      note="a shell = artillery; part of the district's past day, dated the publication day (no time, retold in the "
           "morning summary); casualties not stated -> absent"),
    E("lu04-7", DIS, D, L("Pokrov"), "RU", "UA", parent="lu04-6",
      evidence="Some 3,500 families there are without electricity",
      note="the outage caused by the cut line"),
    E("lu04-8", ADS, D, H("Mezhova", "Mezhova hromada"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="in the Mezhova hromada of the Synelnykove district, a drone set a private house on fire in the morning",
      note="'in the morning' = 15 Jan; hromada = precision 2 (Synelnykove district, not part of the Nikopol tally); "
           "'Nobody was hurt' -> 0/0"),
    E("lu04-9", ADS, TUE, L("Pavlohrad"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="head of the Dnipropetrovsk regional military administration",
      evidence="Late on Tuesday, a drone attack caused a fire at an enterprise in Pavlohrad.",
      note="'Late on Tuesday' = 14 Jan; 'no casualties' -> 0/0"),
    E("lu04-10", INT, D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      claimant="Eastern air command",
      evidence="Overnight, the Eastern air command shot down nine drones over the region.",
      note="a region with its own count (in words) -> required interception, 15 Jan"),
    E("lu04-11", ADS, "2025-01-09", L("Nikopol"), "RU", "UA", fat=N(2), weapons=[W("drone")],
      evidence="Nikopol buried the two paramedics who were killed on 9 January, when a drone struck their ambulance on a call",
      note="a recall with its own day -> required on 9 Jan (blind53 convention); the funeral 'On Sunday' is no event"),
]
# Not events: 'last night he had reported two' (superseded figure), the repair crews 'waiting for the shelling to
# ease', the funeral on Sunday, remote learning 'until the end of January' (school arrangement) and the day of
# mourning on Thursday (future, commemoration), 'the occupied Zaporizhzhia plant' (background). Furniture: masthead,
# menu, breadcrumb, date/author/views line, bot line, advertising line, ©; the retelling note stays.
STATEMENTS = [
    S("Ihor Prokopenko", "UA", "The driver kept going for two kilometres", "head of the Marhanets hromada"),
    S("Svitlana Marchuk", "UA", "the siren was his alarm clock", "widow of a paramedic, Nikopol"),
]
MUST_NOT = ["DNIPRO VECHIRNII", "Dnipro | Region | Front | Economy | Culture | Ads", "Region › Security",
            "15 January 2025, 09:20 | Kateryna Lukianenko | 1,204 views",
            "Have news from your hromada? Write to our bot @vechirnii_dnipro_bot", "Advertising: ads@vechirnii.example",
            "© Dnipro Vechirnii, 2025. Citing is allowed with a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
