from common import E, L, R, C, N, W, S, gold

TITLE = "Kursk governor: three killed in Rylsk; Kyiv says it hit a command post. Belgorod counts 1,143 munitions in a week"
TEXT = """DAUGAVA HERALD
English · Latviešu · Русский
Latvia | Russia | Ukraine war | Baltics | Economy | Culture
Kursk governor: three killed in Rylsk; Kyiv says it hit a command post. Belgorod counts 1,143 munitions in a week
Saturday, 21 December 2024, 12:30 (Riga)
Author: Pāvels Ozoliņš
➤ Listen on our podcast app "Daugava Daily" every morning at 7
Three people were killed and nine injured when Ukrainian rockets struck the centre of the Russian town of Rylsk on Friday afternoon, the acting governor of Russia's Kursk region said in his Telegram channel. According to him, rockets of the HIMARS system hit a college building and a neighbouring residential house.

Ukraine's General Staff gave a different picture. It said on Saturday that the Ukrainian forces had struck "a command post of the enemy's group of troops" in Rylsk on Friday and that the strike was confirmed by secondary detonations. Kyiv did not mention civilians.

Russia's defence ministry said on Friday evening that air defence units had shot down two HIMARS rockets and 18 drones over the Kursk region during the day.

Fighting in the part of the Kursk region held by Ukrainian troops since August continued. The Ukrainian General Staff said on Saturday that over the past day its units repelled 42 assaults near Sudzha and west of it, and that Russian infantry was again supported by North Korean soldiers. "The assaults go in columns, on open fields, and they lose dozens of people every day," said Lieutenant Oleksii Zaporozhets, an officer of a Ukrainian airborne brigade fighting in the area.

In the neighbouring Bryansk region, Ukrainian shelling hit Sevsk on Friday morning and damaged a power line, the governor of the region wrote. About 1,200 residents of the town were left without electricity. Nobody was hurt, he added.

The governor of the Belgorod region published his weekly count on Saturday: over the past week the Ukrainian forces fired 1,143 munitions and drones at the region, six civilians were killed and 38 injured.

"For the people in the Russian border districts this war has come home, but the Kremlin does not offer them anything except evacuation buses," said Daina Kalniņa, a researcher of Russian regional politics at the Riga Stradiņš University.

The Kremlin has promised several times that the Kursk region will be "liberated" before the new year. Russian military bloggers are sceptical.

Daugava Herald is supported by readers. Become a supporter from €3 a month
When quoting, a hyperlink to Daugava Herald is required. Reg. No. 40003991234
"""
DOC = {"id": "kg14", "date": "2024-12-21", "source": "Daugava Herald (Latvian news site, English edition)",
       "url": "https://daugavaherald.example/en/ukraine-war/2024/12/21/rylsk-kursk-belgorod-week", "text": TEXT}

D = "2024-12-21"
FRI = "2024-12-20"
EVENTS = [
    E("kg14-1", "missile_artillery_strike", FRI, L("Rylsk"), "UA", "RU", fat=N(3), inj=N(9),
      weapons=[W("mlrs", "HIMARS")], claimant="Kursk region governor / General Staff of the Armed Forces of Ukraine",
      note="'on Friday afternoon' = 20 Dec; the governor's college strike and the General Staff's 'command post … in "
           "Rylsk on Friday' are one event (counter-claims) with the governor's 3 k 9 w; HIMARS rockets = mlrs"),
    E("kg14-2", "interception", FRI, R("RU-KRS", "Kursk region"), "RU", "UA",
      weapons=[W("mlrs", "HIMARS", intercepted=N(2)), W("drone", intercepted=N(18))],
      claimant="Russian Defence Ministry",
      note="'said on Friday evening … during the day' = 20 Dec; regional interception with two weapon entries"),
    E("kg14-3", "armed_clash", FRI, L("Sudzha", 2, "near Sudzha"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine",
      note="'over the past day its units repelled 42 assaults near Sudzha and west of it', said Saturday = 20-21 Dec "
           "range; attacker RU (with North Korean soldiers: actor1 stays RU, the main attacker)"),
    E("kg14-4", "missile_artillery_strike", FRI, L("Sevsk"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Bryansk region governor",
      note="'hit Sevsk on Friday morning' = 20 Dec; 'Nobody was hurt' = 0/0"),
    E("kg14-5", "infrastructure_disruption", FRI, L("Sevsk"), "UA", "RU", parent="kg14-4",
      note="'About 1,200 residents … were left without electricity'"),
    E("kg14-6", "missile_artillery_strike", "2024-12-15", R("RU-BEL", "Belgorod region"), "UA", "RU", end=D,
      prec="range", agg=True, fat=N(6), inj=N(38), family=["air_drone_strike"],
      weapons=[W("mixed", launched=N(1143))], claimant="Belgorod region governor",
      note="'over the past week' published Saturday 21 Dec = 15-21 Dec (reference-6 … reference), required week "
           "aggregate (blind28 call 3); '1,143 munitions and drones' = one mixed count (four-digit, comma)"),
]
# Not events: Ukrainian hold of part of the Kursk region 'since August' (history), 'lose dozens of people every day'
# (habitual, no count), the Kremlin's promise to 'liberate' before the new year (plan), 'evacuation buses' (opinion).
# Not gold statements: the General Staff fragment 'a command post of the enemy's group of troops', the Kremlin's
# scare-quoted "liberated".
STATEMENTS = [
    S("Oleksii Zaporozhets", "UA", "The assaults go in columns, on open fields", "officer of a Ukrainian airborne brigade"),
    S("Daina Kalniņa", None, "this war has come home", "researcher of Russian regional politics"),
]
MUST_NOT = ["DAUGAVA HERALD", "English · Latviešu · Русский", "Latvia | Russia | Ukraine war | Baltics | Economy | Culture",
            "Saturday, 21 December 2024, 12:30 (Riga)", "Author: Pāvels Ozoliņš",
            "➤ Listen on our podcast app \"Daugava Daily\" every morning at 7",
            "Daugava Herald is supported by readers. Become a supporter from €3 a month",
            "When quoting, a hyperlink to Daugava Herald is required. Reg. No. 40003991234"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
