from common import E, L, R, C, N, W, S, gold

TITLE = "Truck blast on Crimean Bridge kills three, fuel train set on fire"
TEXT = """NTA — Neva Telegraph Agency | English service
Moscow time (MSK) is used throughout.
Crimean Bridge | Special military operation | Economy | Sport
Truck blast on Crimean Bridge kills three, fuel train set on fire
08.10.2022 | 18:02 MSK
The material was updated at 17:55 with the statement of the Investigative Committee.
SIMFEROPOL, October 8 (NTA) - A truck exploded on the road section of the Crimean Bridge at 06:07 Moscow time on Saturday, setting fire to seven fuel tank cars of a freight train heading for the peninsula, the National Anti-Terrorist Committee said. Two road spans partially collapsed into the Kerch Strait.

Three people were killed, the Investigative Committee said later in the day. They were probably a man and a woman in a car driving next to the truck at the moment of the explosion, whose bodies were recovered from the water, and the truck's driver. The committee has opened a criminal case and is establishing the owner of the vehicle, registered in the Krasnodar region.

Road traffic across the bridge was suspended for the day, and the Kerch ferry crossing, idle for several months, was restarted to take cars and buses across. Rail traffic resumed in the evening after the fire was put out, the head of the republic said, adding that the peninsula had a month's supply of fuel.

"I saw the flash in the mirror and then the smoke. The cars in front of me just stopped," said Sergei Tyurin, a lorry driver who was on the approach to the bridge from the Taman side.

No one has claimed responsibility. Kiev officially avoided comment, but several Ukrainian officials posted images of the burning bridge on social media. "We are not commenting on fires in Crimea. We only note that the sky over Kerch is bright this morning," said Oksana Moroz, a spokeswoman for the Ukrainian navy.

"This is a terrorist act by the Kiev regime, and the answer must be adequate," said Vitaly Zubkov, a State Duma deputy from the Krasnodar region.
ALSO ON THE TOPIC: Crimean Bridge — chronicle of construction in photos
The Russian Defence Ministry said on Saturday that high-precision strikes over the past day had hit a temporary deployment point of foreign mercenaries near Nikolaev, killing up to 150 of them. The claim could not be independently verified.

In Donetsk, the Ukrainian armed forces fired ten 155 mm NATO-calibre shells at the Kievsky district on Saturday morning, killing one civilian and damaging a school, the DPR's representative office in the JCCC said.

The 19-kilometre bridge, opened in 2018, is the main supply link between Russia and Crimea.
Content of NTA Terminal is available to subscribers only.
NTA reminds: reprinting is allowed only with a hyperlink to nta.example | 12+
"""
DOC = {"id": "kl09", "date": "2022-10-08", "source": "Neva Telegraph Agency (Russian state news agency, English service)",
       "url": "https://nta.example/en/incidents/2022-10-08/crimean-bridge-blast-kills-three", "text": TEXT}

EVENTS = [
    E("kl09-1", "remote_explosive", "2022-10-08", L("Kerch", 2, "Crimean Bridge, Kerch Strait"), None, "RU", fat=N(3),
      note="truck exploded on the bridge 'at 06:07 … on Saturday' (publication day); three killed (Investigative "
           "Committee, latest figure); 'No one has claimed responsibility' → actor1 null although a Duma deputy blames "
           "Kyiv; the bridge = near Kerch, precision 2 (UA-43); the train fire is the same event"),
    E("kl09-2", "infrastructure_disruption", "2022-10-08", L("Kerch", 2, "Crimean Bridge"), None, "RU", parent="kl09-1",
      note="'Road traffic across the bridge was suspended for the day': disruption caused by the blast; the ferry "
           "restart and rail resumption are no events"),
    E("kl09-3", "missile_artillery_strike", "2022-10-07", L("Mykolaiv", 2, "near Nikolaev"), "RU", "UA", end="2022-10-08",
      prec="range", fat=N(150, "at_most"), weapons=[W("missile")],
      note="MoD 'said on Saturday that high-precision strikes over the past day had hit a … deployment point … near "
           "Nikolaev, killing up to 150': past-day range, 'up to' = at_most; Russian form Nikolaev; weapon unstated "
           "('high-precision strikes', typed as missile, air_drone_strike accepted)", family=["air_drone_strike"]),
    E("kl09-4", "missile_artillery_strike", "2022-10-08", L("Donetsk"), "UA", None, fat=N(1),
      weapons=[W("artillery", launched=N(10))],
      note="'fired ten 155 mm … shells at the Kievsky district on Saturday morning, killing one civilian': district = "
           "the city; actor2 null for occupied Donetsk (blind26 call 4)"),
]
# Not events: the criminal case (not an event), the truck's registration in the Krasnodar region (no event there),
# 'the answer must be adequate' (threat), the month's fuel supply, 'opened in 2018' (history).
STATEMENTS = [
    S("Sergei Tyurin", "RU", "I saw the flash in the mirror and then the smoke", "lorry driver"),
    S("Oksana Moroz", "UA", "We are not commenting on fires in Crimea", "spokeswoman for the Ukrainian navy"),
    S("Vitaly Zubkov", "RU", "This is a terrorist act by the Kiev regime", "State Duma deputy"),
]
MUST_NOT = ["NTA — Neva Telegraph Agency | English service", "Moscow time (MSK) is used throughout.",
            "Crimean Bridge | Special military operation | Economy | Sport", "08.10.2022 | 18:02 MSK",
            "The material was updated at 17:55 with the statement of the Investigative Committee.",
            "ALSO ON THE TOPIC: Crimean Bridge — chronicle of construction in photos",
            "Content of NTA Terminal is available to subscribers only.",
            "NTA reminds: reprinting is allowed only with a hyperlink to nta.example | 12+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
