from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Armed Forces deliver retaliatory strike on Odessa, Ilyichevsk - Defense Ministry"
TEXT = """VESTI-INFO International
Русская версия | English | Español
Russia | World | Special military operation in Ukraine | Economy | Sports
20 JUL, 10:41
Updated 20 JUL, 11:03
Russian Armed Forces deliver retaliatory strike on Odessa, Ilyichevsk - Defense Ministry
Fuel infrastructure with a total volume of 70,000 tonnes was destroyed in the port of Ilyichevsk, the ministry said
MOSCOW, July 20. /VESTI-INFO/. The Russian Armed Forces on the night of July 20 delivered a group retaliatory strike with sea- and air-based high-precision weapons on facilities in the cities of Odessa and Ilyichevsk (the Ukrainian name is Chornomorsk), the Russian Defense Ministry said on Thursday.

"The strike hit production shops and storage sites of uncrewed boats, as well as fuel infrastructure in the port of Ilyichevsk with a total volume of 70,000 tonnes. All the designated targets have been hit," the ministry said.

The Kiev regime claimed that port infrastructure and a residential area of Odessa had been hit and that two people had been injured there.

According to the ministry, the strike was delivered in response to the terrorist attack on the Crimean Bridge on Monday, July 17, carried out by the Kiev regime with the use of uncrewed surface vessels. A married couple was killed and their teenage daughter was injured in the attack.

READ ALSO
Black Sea Fleet holds drills to isolate area of sea
Crimean Bridge traffic to resume in one lane by September

Late on Wednesday, air defenses stopped eight Ukrainian UAVs over the north-western part of Crimea: six were destroyed and two more were suppressed by electronic warfare means, the ministry added. There were no casualties or damage.

On the same day, Ukrainian troops shelled the town of Aleshki on the left bank of the Dnieper, killing a civilian, the Kherson region's governor said on his Telegram channel.

The Defense Ministry also said that, starting from 00:00 Moscow time on July 20, all vessels sailing in the waters of the Black Sea to Ukrainian ports will be considered by the Russian side as potential carriers of military cargo. The flag countries of such vessels will be considered involved in the Ukrainian conflict on the side of the Kiev regime, the statement said.

On Monday, Russia informed Turkey, Ukraine and the UN Secretariat of its objection to the extension of the Black Sea Initiative. The deal will be resumed only when the Russian part of the agreements is fulfilled, the Kremlin spokesman said.

"As soon as the part of the Istanbul agreements concerning Russia is fulfilled, the Russian side will immediately return to the implementation of this deal," the Kremlin spokesman stressed.

The grain deal was signed in Istanbul on July 22, 2022, for 120 days and was extended several times.
Tags: Special military operation in Ukraine, Black Sea, Crimean Bridge, Odessa
Subscribe to VESTI-INFO on Telegram — all the news first
© 2023 VESTI-INFO. All rights reserved. 18+
"""
DOC = {"id": "f04", "date": "2023-07-20", "source": "VESTI-INFO International (Russian state agency, English service)",
       "url": "https://vesti-info.example/en/military-operation/1654321", "text": TEXT}

D = "2023-07-20"
MOD = "Russian Defense Ministry"
EVENTS = [
    E("f04-1", "missile_artillery_strike", D, L("Odesa", 1, "Odessa"), "RU", "UA", inj=N(2),
      weapons=[W("missile")], family=["air_drone_strike"], claimant=MOD,
      note="'group retaliatory strike with sea- and air-based high-precision weapons' on the night of July 20: "
           "missiles (generic), drone type accepted since the weapon is not named; the Ukrainian claim of two "
           "injured is the same event (kept as its count)"),
    E("f04-2", "missile_artillery_strike", D, L("Chornomorsk", 1, "Ilyichevsk (Chornomorsk)"), "RU", "UA",
      weapons=[W("missile")], family=["air_drone_strike"], claimant=MOD,
      note="the same strike on the second named city (port fuel infrastructure): one event per place, no wave parent "
           "given (the MoD names the two cities only)"),
    E("f04-3", "air_drone_strike", "2023-07-17", L("Kerch", 2, "Crimean Bridge"), "UA", "RU", fat=N(2), inj=N(1),
      weapons=[W("drone")], family=["remote_explosive"], claimant=MOD,
      note="'on Monday, July 17' attack by uncrewed surface vessels: sea drones are air_drone_strike with "
           "remote_explosive accepted (blind4 call 8); the bridge is coded near Kerch (UA-43, occupied Crimea keeps "
           "its Ukrainian code); actor2 RU as the occupying power's infrastructure"),
    E("f04-4", "interception", "2023-07-19", R("UA-43", "Crimea (north-west)", 2), "RU", "UA",
      weapons=[W("drone", intercepted=N(8))], claimant=MOD,
      note="'Late on Wednesday' eight UAVs stopped (six destroyed, two suppressed by EW: both are interception); "
           "'north-western part of Crimea' = part of a region, precision 2 without a point"),
    E("f04-5", "missile_artillery_strike", "2023-07-19", L("Oleshky", 1, "Aleshki (Oleshky)"), "UA", None, fat=N(1),
      weapons=[W("artillery")], claimant="Russian-installed Kherson region governor",
      note="'On the same day' = Wednesday 19 July; occupied town (actor2 null)"),
    E("f04-6", "policy_decision", D, C("RU", "Russia"), "RU", "UA", claimant=MOD,
      note="vessels heading for Ukrainian ports regarded as potential carriers of military cargo 'starting from 00:00 "
           "Moscow time on July 20': in force on the publication day"),
    E("f04-7", "policy_decision", "2023-07-17", C("RU", "Russia"), "RU", None,
      note="'On Monday' Russia notified its objection to extending the Black Sea Initiative (the grain deal's end); "
           "no place named (country precision); a unilateral decision, not an agreement"),
]
STATEMENTS = [
    S(MOD, "RU", "All the designated targets have been hit"),
    S("Kremlin spokesman", "RU", "the Russian side will immediately return to the implementation of this deal"),
]
MUST_NOT = ["VESTI-INFO International", "Русская версия | English | Español",
            "Russia | World | Special military operation in Ukraine | Economy | Sports", "20 JUL, 10:41",
            "Updated 20 JUL, 11:03", "READ ALSO", "Black Sea Fleet holds drills to isolate area of sea",
            "Crimean Bridge traffic to resume in one lane by September",
            "Tags: Special military operation in Ukraine, Black Sea, Crimean Bridge, Odessa",
            "Subscribe to VESTI-INFO on Telegram — all the news first", "© 2023 VESTI-INFO. All rights reserved. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
