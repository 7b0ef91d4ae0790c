from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA

TITLE = "A day in the Chernihiv region: border villages under fire, power cuts in Chernihiv and Nizhyn, missile on Pryluky"
TEXT = """DESNA ONLINE
Новини Чернігівщини | English
Air raid alert map | Shelter map | Hotline 1580
News | Region | Chernihiv | Economy | Culture | Sport
News › Region
A day in the Chernihiv region: border villages under fire, power cuts in Chernihiv and Nizhyn, missile on Pryluky
16.09.2025 20:40 | 3,411 views
Text: Oksana Marchenko
Tuesday brought the Chernihiv region its usual share of trouble and a few unusual ones. Below, Desna Online brings together what the head of the regional military administration reported over the day, with additions from hromada heads and the power company.

Morning: 38 attacks on the border
In his morning summary, posted at 08:10, the head of the regional military administration said that over the past day Russian troops had attacked border hromadas 38 times, with 61 explosions recorded. One person was killed and three were injured. By hromada:

Semenivka hromada. A drone dropped explosives on a farm in Zhadove. A 52-year-old tractor driver was injured and taken to hospital in Semenivka.

Snovsk hromada. Artillery shells landed in Hirsk; a 63-year-old man was killed in his own yard. In Novi Borovychi, an FPV drone hit a car, wounding the driver.

Novhorod-Siverskyi hromada. The village of Blystova came under mortar fire. A woman was injured by shrapnel.

Ponornytsia hromada. A guided aerial bomb fell on Avdiivka (this Avdiivka is a village in the north-east of our region, not the town in Donetsk region). The bomb destroyed a granary; nobody was hurt.

The Koriukivka, Kholmy and Horodnia hromadas were also under fire, the head of the RMA said, without details.

"People ask me every morning whether it is safe to take the cows out. I tell them honestly: I do not know," said Vasyl Ilchenko, the head of the Semenivka hromada. "The drones are hunting anything that moves within fifteen kilometres of the border."

Night: Shaheds over Chernihiv
The night had been loud in the regional centre as well. Air defence destroyed 17 Shahed-type drones over the region, the RMA head said. Several drones got through to Chernihiv, where they hit an energy infrastructure facility in the Novozavodskyi district. A fire broke out and was put out by the emergency service. Several neighbourhoods woke up without electricity; by 15:00 the regional power company had reconnected every consumer.

"Our crews started work while the alert was still on. We understand that every hour without light means cold water in the taps and no lifts in high-rise buildings," said Olena Bondar, the power company's spokesperson.

Midday: Nizhyn and Pryluky
At 11:20, a Shahed struck an energy facility in Nizhyn. The town and 12 nearby villages lost power. Repairs will take at least until Wednesday evening, the power company said, and generators have been brought to the hospital and the water utility.

At 14:05, Russia hit Pryluky with a ballistic missile. The missile struck an infrastructure facility in the city, the RMA head said, without giving details. Two employees were injured in the first report; by the evening their number had risen to three. None of them is in a serious condition.

Afternoon: sabotage group at the border
Around 16:00, Border Guard Service units spotted a Russian sabotage and reconnaissance group trying to cross the state border in the Semenivka hromada. After a short firefight the group withdrew to Russian territory, the border guards said. There were no losses among the Ukrainian troops.

The head of the RMA added in the evening that the boy injured on Sunday evening, when a Shahed hit a private house in Mena, has been discharged from hospital. The nine-year-old had cuts from broken glass.

What is being done
Remote learning will remain in place in schools of the Semenivka, Snovsk and Novhorod-Siverskyi hromadas at least until the end of October, the regional education department said. The evacuation of families from villages within five kilometres of the border continues; since the beginning of September, 214 people have left. The RMA reminds residents that applications for compensation for destroyed housing can be submitted through the Diia app.

In the first half of September, the border areas of the region recorded more than 600 attacks, nearly twice as many as in the same period of August.
Photo: Chernihiv Regional Military Administration
Subscribe to our Telegram channel so you don't miss the news of Chernihiv region
Tags: shelling, Semenivka, Snovsk, Nizhyn, Pryluky, energy
When using materials, a hyperlink to Desna Online is required.
"""
DOC = {"id": "la06", "date": "2025-09-16", "source": "Desna Online (Ukrainian regional news site, English version)",
       "url": "https://desna-online.example/en/news/region/2025/09/16/day-in-chernihiv-region",
       "text": TEXT}

D, Y = "2025-09-16", "2025-09-15"
PAST = dict(prec="range", end=D)
T = "la06-1"
EVENTS = [
    E(T, MAS, Y, R("UA-74", "Chernihiv region"), "RU", "UA", agg=True, fat=N(1), inj=N(3), family=[ADS], **PAST,
      note="08:10 morning summary: 'over the past day Russian troops had attacked border hromadas 38 times, with 61 "
           "explosions … One person was killed and three were injured': past-day regional tally, aggregate range, "
           "parent of the hromada lines (header check: killed Hirsk 1; injured Zhadove, Novi Borovychi, Blystova = 3); 38 attacks are not munitions"),
    E("la06-2", ADS, Y, L("Zhadove"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")], **PAST,
      note="Semenivka hromada line: drone-dropped explosives on a farm in Zhadove (687251; KATOTTG: Semenivka "
           "hromada): the village named with its hromada is the village (blind44 call 1); the hospital in Semenivka "
           "is not the place hit"),
    E("la06-3", MAS, Y, L("Hirsk"), "RU", "UA", parent=T, fat=N(1), weapons=[W("artillery")], **PAST,
      note="Snovsk hromada: 'Artillery shells landed in Hirsk; a 63-year-old man was killed' (Hirsk 708276, Snovsk "
           "hromada, not the Luhansk-oblast Hirske)"),
    E("la06-4", ADS, Y, L("Novi Borovychi"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")], **PAST,
      note="'In Novi Borovychi, an FPV drone hit a car, wounding the driver': a second event in the same hromada"),
    E("la06-5", MAS, Y, L("Blystova"), "RU", "UA", parent=T, inj=N(1), weapons=[W("artillery")], **PAST,
      note="Novhorod-Siverskyi hromada: mortar fire on Blystova (712055, the Novhorod-Siverskyi-hromada village, not "
           "its namesake in the Mena hromada); mortar = artillery"),
    E("la06-6", ADS, Y, L("Avdiivka (Chernihiv)", name="Avdiivka (Ponornytsia hromada, Chernihiv region)"), "RU", "UA",
      parent=T, fat=N(0), inj=N(0), weapons=[W("guided_bomb")], **PAST,
      note="Ponornytsia hromada: a guided aerial bomb on Avdiivka, 'not the town in Donetsk region' (713120, UA-74, "
           "not Avdiivka 713122 in UA-14); 'nobody was hurt' = 0/0"),
    E("la06-7", MAS, Y, H("Horodnia", "Horodnia hromada"), "RU", "UA", parent=T, optional=True, family=[ADS],
      **PAST, note="third hromada listed as 'also under fire … without details' -> optional"),
    E("la06-8", MAS, Y, H("Koriukivka", "Koriukivka hromada"), "RU", "UA", parent=T, optional=True, family=[ADS],
      **PAST, note="'The Koriukivka, Kholmy and Horodnia hromadas were also under fire … without details' -> optional"),
    E("la06-9", MAS, Y, H("Kholmy", "Kholmy hromada"), "RU", "UA", parent=T, optional=True, family=[ADS], **PAST,
      note="second listed hromada -> optional"),
    E("la06-10", INT, D, R("UA-74", "Chernihiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(17))],
      note="'Air defence destroyed 17 Shahed-type drones over the region': the night into Tuesday (reported on the "
           "day) -> a regional interception with its own count, required"),
    E("la06-11", ADS, D, L("Chernihiv"), "RU", "UA", weapons=[W("drone", "Shahed-136")],
      note="'Several drones got through to Chernihiv, where they hit an energy infrastructure facility in the "
           "Novozavodskyi district' (= the city); casualties not stated"),
    E("la06-12", DIS, D, L("Chernihiv"), "RU", "UA", parent="la06-11",
      note="'Several neighbourhoods woke up without electricity'; reconnected by 15:00 (still an outage, "
           "blind44 call 6)"),
    E("la06-13", ADS, D, L("Nizhyn"), "RU", "UA", weapons=[W("drone", "Shahed-136")],
      note="'At 11:20, a Shahed struck an energy facility in Nizhyn'"),
    E("la06-14", DIS, D, L("Nizhyn"), "RU", "UA", parent="la06-13",
      note="'The town and 12 nearby villages lost power'; repairs 'until Wednesday evening' are a plan"),
    E("la06-15", MAS, D, L("Pryluky"), "RU", "UA", inj=N(3), weapons=[W("ballistic_missile")],
      note="'At 14:05, Russia hit Pryluky with a ballistic missile … Two employees were injured in the first report; "
           "by the evening their number had risen to three': the latest figure wins"),
    E("la06-16", CLA, D, H("Semenivka", "border in the Semenivka hromada"), "RU", "UA",
      note="'Around 16:00 … a Russian sabotage and reconnaissance group trying to cross the state border in the "
           "Semenivka hromada. After a short firefight the group withdrew': a repelled crossing is a clash of the "
           "raiding side (blind41 call 5), hromada = precision 2; 'no losses among the Ukrainian troops' gives no "
           "total count"),
    E("la06-17", ADS, "2025-09-14", L("Mena"), "RU", "UA", inj=N(1), weapons=[W("drone", "Shahed-136")],
      note="recalled: 'the boy injured on Sunday evening, when a Shahed hit a private house in Mena' (Sunday 14 Sep): "
           "a recalled event with a day -> required; his discharge today is no event"),
]
# Not events: 'its usual share of trouble'; the hromada head's fears ('The drones are hunting anything that moves …':
# habit); the restoration by 15:00 (ends la06-12); repairs 'until Wednesday evening' and generators brought in
# (response, plan); the boy's discharge; remote learning 'until the end of October' (plan); the evacuation that
# 'continues' and '214 people have left' since September (ongoing tally); compensation through Diia (advice); 'more than
# 600 attacks' in the first half of September (period tally without a place, comparison with August).
STATEMENTS = [
    S("Vasyl Ilchenko", "UA", "I tell them honestly: I do not know", "head of the Semenivka hromada"),
    S("Olena Bondar", "UA", "every hour without light means cold water in the taps", "spokesperson of the regional power company"),
]
# Not gold: the head of the regional military administration (title only, reported speech).
MUST_NOT = ["DESNA ONLINE", "Новини Чернігівщини | English", "Air raid alert map | Shelter map | Hotline 1580",
            "News | Region | Chernihiv | Economy | Culture | Sport", "News › Region", "16.09.2025 20:40 | 3,411 views",
            "Text: Oksana Marchenko", "Photo: Chernihiv Regional Military Administration",
            "Subscribe to our Telegram channel so you don't miss the news of Chernihiv region",
            "Tags: shelling, Semenivka, Snovsk, Nizhyn, Pryluky, energy",
            "When using materials, a hyperlink to Desna Online is required."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la06-1": "over the past day Russian troops had attacked border hromadas 38 times, with 61 explosions recorded. One person was killed and three were injured.",
    "la06-2": "A drone dropped explosives on a farm in Zhadove. A 52-year-old tractor driver was injured",
    "la06-3": "Artillery shells landed in Hirsk; a 63-year-old man was killed in his own yard.",
    "la06-4": "In Novi Borovychi, an FPV drone hit a car, wounding the driver.",
    "la06-5": "The village of Blystova came under mortar fire. A woman was injured by shrapnel.",
    "la06-6": "A guided aerial bomb fell on Avdiivka",
    "la06-7": "The Koriukivka, Kholmy and Horodnia hromadas were also under fire",
    "la06-8": "The Koriukivka, Kholmy and Horodnia hromadas were also under fire",
    "la06-9": "The Koriukivka, Kholmy and Horodnia hromadas were also under fire",
    "la06-10": "Air defence destroyed 17 Shahed-type drones over the region",
    "la06-11": "Several drones got through to Chernihiv, where they hit an energy infrastructure facility in the Novozavodskyi district.",
    "la06-12": "Several neighbourhoods woke up without electricity",
    "la06-13": "At 11:20, a Shahed struck an energy facility in Nizhyn.",
    "la06-14": "The town and 12 nearby villages lost power.",
    "la06-15": "Two employees were injured in the first report; by the evening their number had risen to three.",
    "la06-16": "Border Guard Service units spotted a Russian sabotage and reconnaissance group trying to cross the state border in the Semenivka hromada. After a short firefight the group withdrew to Russian territory",
    "la06-17": "the boy injured on Sunday evening, when a Shahed hit a private house in Mena",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
