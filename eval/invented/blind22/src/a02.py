from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson: man killed in Dniprovskyi district, drone targets bus stop as left-bank fighting grinds on"
TEXT = """PIVDEN POST
South • Kherson • Mykolaiv • Odesa • Crimea
Kherson: man killed in Dniprovskyi district, drone targets bus stop as left-bank fighting grinds on
🕒 6 November 2023, 14:25
Text: Iryna Moroz
Russian troops shelled Kherson on Sunday evening and attacked the city with drones on Monday morning, the regional military administration said, as Ukrainian marines kept up pressure on Russian positions on the eastern bank of the Dnipro.

According to the administration, Russian forces fired on the Kherson region 94 times over the past day, using artillery, mortars, Grad rockets, drones and aircraft. One person was killed and four were wounded.

Artillery shells hit a residential street in the city's Dniprovskyi district at about 19:30 on Sunday. A 67-year-old man was killed in his yard and two neighbours, a man and a woman, were taken to hospital with shrapnel wounds.

On Monday at 08:10 a Russian drone dropped an explosive on a bus stop in the Korabelnyi district. A 52-year-old woman waiting for a bus was injured in the legs, the city military administration said.

A Russian aircraft also dropped a KAB guided bomb on Antonivka, on the eastern outskirts of the city, on Monday morning. Three private houses were destroyed; residents had left the area earlier and no one was hurt.

In the Bilozerka hromada, west of Kherson, shelling damaged a substation on Sunday afternoon and injured a man who was repairing his roof. About 3,100 households were left without electricity; power engineers said they hoped to restore supply by Tuesday.

Photo: Kherson Regional Military Administration

Across the river, Ukraine's southern defence forces said they had repelled five Russian assaults near Krynky (Krynki) over the past day and were holding their bridgehead around the village.

"The enemy is throwing infantry at our positions in small groups, without armour. They take losses and come back the next night," said Captain Olha Tymchuk, a spokesperson for the southern forces.

The Russian-installed administration on the left bank gave a different picture. "The Dnieper group of forces controls the situation. Ukrainian landings near Krynki are being destroyed," its head told Russian state television.

Residents of Kherson have lived under fire from across the river since Ukrainian forces liberated the city in November 2022. The administration again urged families with children to evacuate from the riverside districts.

Follow Pivden Post on WhatsApp for updates from the south
Support independent journalism in the south — become a patron
Tags: Kherson, shelling, Krynky, left bank
"""
DOC = {"id": "a02", "date": "2023-11-06", "source": "Pivden Post (regional news site)",
       "url": "https://pivdenpost.example/en/kherson/2023/11/06/dniprovskyi-shelling-bus-stop-drone", "text": TEXT}

D, Y = "2023-11-06", "2023-11-05"
EVENTS = [
    E("a02-1", "missile_artillery_strike", Y, R("UA-65", "Kherson region"), "RU", "UA", prec="range", end=D, agg=True,
      fat=N(1), inj=N(4), family=["air_drone_strike"],
      note="past-day regional tally (94 attacks, mixed weapons, 1 k / 4 w): aggregate range"),
    E("a02-2", "missile_artillery_strike", Y, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", fat=N(1),
      inj=N(2), weapons=[W("artillery")], parent="a02-1", note="'at about 19:30 on Sunday' = 5 November; city district = "
                                                               "the city; hospital = injured"),
    E("a02-3", "air_drone_strike", D, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="a02-1", note="'On Monday at 08:10' = publication day"),
    E("a02-4", "air_drone_strike", D, L("Antonivka-Kh"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", "KAB", launched=N(1))],
      note="KAB on Antonivka (713304, the Kherson suburb) on Monday morning; 'no one was hurt' = 0/0; not attached to the "
           "past-day tally: no hour given, 'Monday morning' may fall after its cut-off"),
    E("a02-5", "missile_artillery_strike", Y, L("Bilozerka", 2, "Bilozerka hromada"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], parent="a02-1", note="hromada named after its town: precision 2; 'on Sunday afternoon'"),
    E("a02-6", "infrastructure_disruption", Y, L("Bilozerka", 2, "Bilozerka hromada"), "RU", "UA",
      note="about 3,100 households without electricity after the substation was hit; repair hoped 'by Tuesday' is a plan"),
    E("a02-7", "armed_clash", Y, L("Krynky", 2, "near Krynky"), "RU", "UA", prec="range", end=D,
      claimant="Ukraine's southern defence forces",
      note="five Russian assaults repelled near Krynky 'over the past day' (range); the occupation head's 'landings … "
           "are being destroyed' is the other side's claim about the same fighting, not a second event"),
]
STATEMENTS = [
    S("Olha Tymchuk", "UA", "The enemy is throwing infantry at our positions in small groups", "spokesperson, southern forces"),
    S("head of the Russian-installed administration on the left bank", "RU",
      "The Dnieper group of forces controls the situation"),
]
MUST_NOT = ["PIVDEN POST", "South • Kherson • Mykolaiv • Odesa • Crimea", "🕒 6 November 2023, 14:25",
            "Text: Iryna Moroz", "Photo: Kherson Regional Military Administration",
            "Follow Pivden Post on WhatsApp for updates from the south",
            "Support independent journalism in the south — become a patron", "Tags: Kherson, shelling, Krynky, left bank"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
