from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Novaya Kakhovka administration: posts of 15–16 July"
TEXT = """NOVAYA KAKHOVKA ADMINISTRATION | OFFICIAL
Channel of the Russian-appointed municipal administration · posts translated from Russian by the Pivden Watch desk
Novaya Kakhovka administration: posts of 15–16 July
Translated and posted 16.07.2024, 19:30
The desk translates the channel's wording as it is, including its terms for the Ukrainian forces. Ukrainian officials have not commented on these claims.

[15 July, 21:50] This evening an FPV drone of the Kyiv regime struck an ambulance on Dniprovsky Avenue. The paramedic, born in 1979, was wounded in the shoulder and hospitalised.
[16 July, 07:40] Overnight the AFU shelled Novaya Kakhovka with artillery, damaging a fence and a private house. There were no casualties.
[16 July, 10:15] A UAV of the Ukrainian formations let an explosive device fall onto a civilian car in Dnepryany. The driver, born in 1968, received shrapnel wounds.
[16 July, 12:30] In Tavriysk, a drone attacked a public transport stop. A woman died at the scene. The administration expresses its deep condolences to her relatives.
[16 July, 14:05] Kakhovka: as a result of artillery fire from the right bank, a gas pipeline was damaged. Gas supply to three streets has been cut off; gas workers will start the repair when the shelling stops.
[16 July, 16:20] Reminder: from 21:00 to 06:00 movement of vehicles in the town is prohibited. Do not approach the riverbank: it is mined.
[16 July, 17:45] Humanitarian aid will be distributed tomorrow at the House of Culture from 09:00 for pensioners and families with children.
"We patch the roofs and the windows faster than they can break them, but the film is running out," said Valentina Kuzmenko, head of the town's housing and utilities department.
🇷🇺 Novaya Kakhovka is Russia
Translated by Pivden Watch · support our translators
"""
DOC = {"id": "lr11", "date": "2024-07-16", "source": "Novaya Kakhovka Russian-appointed administration channel, translated by Pivden Watch",
       "url": "https://pivden-watch.example/occupied/nova-kakhovka/2024-07-16", "text": TEXT}

D, PREV = "2024-07-16", "2024-07-15"
ADM = "Russian-appointed Novaya Kakhovka administration"
EVENTS = [
    E("lr11-1", ADS, PREV, L("Nova Kakhovka"), "UA", None, inj=N(1), weapons=[W("drone")], claimant=ADM,
      evidence="[15 July, 21:50] This evening an FPV drone of the Kyiv regime struck an ambulance on Dniprovsky Avenue.",
      note="the post stamped '15 July, 21:50' says 'This evening' -> 15 Jul; an occupation channel's claim "
           "keeps the claimed attacker (UA) with actor2 null (blind53 call 5); Novaya Kakhovka = Nova Kakhovka 699839; "
           "'wounded … and hospitalised' -> 1 w"),
    E("lr11-2", MAS, D, L("Nova Kakhovka"), "UA", None, fat=N(0), inj=N(0), weapons=[W("artillery")], claimant=ADM,
      evidence="[16 July, 07:40] Overnight the AFU shelled Novaya Kakhovka with artillery, damaging a fence and a private house.",
      note="'Overnight' in a 07:40 post of 16 Jul -> 16 Jul; 'There were no casualties' -> 0/0"),
    E("lr11-3", ADS, D, L("Dnipriany"), "UA", None, inj=N(1), weapons=[W("drone")], claimant=ADM,
      evidence="[16 July, 10:15] A UAV of the Ukrainian formations let an explosive device fall onto a civilian car in Dnepryany.",
      note="Russian form Dnepryany = Dnipriany 709940; the driver 'received shrapnel wounds' -> 1 w"),
    E("lr11-4", ADS, D, L("Tavriisk"), "UA", None, fat=N(1), weapons=[W("drone")], claimant=ADM,
      evidence="[16 July, 12:30] In Tavriysk, a drone attacked a public transport stop. A woman died at the scene.",
      note="Tavriysk = Tavriisk 865729; 1 k"),
    E("lr11-5", MAS, D, L("Kakhovka"), "UA", None, weapons=[W("artillery")], claimant=ADM,
      evidence="Kakhovka: as a result of artillery fire from the right bank, a gas pipeline was damaged.",
      note="Kakhovka 707244 (the town, not Nova Kakhovka); casualties not stated -> absent"),
    E("lr11-6", DIS, D, L("Kakhovka"), "UA", None, parent="lr11-5", claimant=ADM,
      evidence="Gas supply to three streets has been cut off",
      note="a gas cut caused by the shelling; the repair 'when the shelling stops' is a plan"),
]
# Not events: the curfew reminder (a standing rule, no decision of the day); 'Do not approach the riverbank: it is
# mined' (a warning); humanitarian aid 'tomorrow' (future, not a war event); condolences; the flag line. Channel name,
# description, translated-and-posted line, flag line and translator credit are furniture; the desk's note is text.
STATEMENTS = [
    S("Valentina Kuzmenko", "RU", "We patch the roofs and the windows faster than they can break them",
      "head of the housing and utilities department of the Russian-appointed administration"),
]
MUST_NOT = ["NOVAYA KAKHOVKA ADMINISTRATION | OFFICIAL",
            "Channel of the Russian-appointed municipal administration · posts translated from Russian by the Pivden Watch desk",
            "Translated and posted 16.07.2024, 19:30", "🇷🇺 Novaya Kakhovka is Russia",
            "Translated by Pivden Watch · support our translators"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
