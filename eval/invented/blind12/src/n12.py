from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones knock out Chernihiv heating plant as first frosts arrive"
TEXT = """VLTAVA INTERNATIONAL · English edition
Czech Republic | Europe | World | Business | Sport | Weather
LIVE TICKER
08:41 Typhoon forces evacuation of 200,000 people in southern Japan
08:15 Chile: opposition candidate leads in run-off polls
07:58 Kenya: police fire tear gas at protesters in Nairobi, dozens detained
07:30 Mexico: gunmen kill four at a bar in Guanajuato state
World
Russian drones knock out Chernihiv heating plant as first frosts arrive
Tuesday, 20 October 2026, 10:24 · Author: Lukáš Procházka, with agencies

Russian drones hit the combined heat and power plant in the northern Ukrainian city of Chernihiv overnight, leaving around 38,000 households without heating and hot water just as the first night frosts of the season set in, local authorities said on Tuesday.

Two plant workers were injured and taken to hospital with burns, the city's acting mayor, Halyna Koval, said. Parts of the city's left-bank districts also lost electricity for several hours.

"The plant was the target, not an accident. They know exactly when the heating season starts," Koval said in a video message recorded in front of the damaged turbine hall. "We will give people heat, if not from this plant, then from mobile boilers."

Image: Smoke rises over the heat and power plant in Chernihiv on Tuesday morning. Photo: Chernihiv City Council

WORLD IN BRIEF
Earthquake of magnitude 6.1 strikes off Indonesia's Sulawesi; no tsunami warning
Fire at chemical plant near Lyon forces residents to stay indoors
Slovak parliament approves 2027 budget after all-night session

Air defence units shot down 17 of the 22 drones that attacked the Chernihiv region overnight, the regional military administration said. Debris from a downed drone fell in a residential area of Nizhyn, damaging the facades of two houses; no one was injured.

The administration also reported that a guided bomb hit a village in the Novhorod-Siverskyi district near the Russian border on Monday evening, killing a 64-year-old man, and that an FPV drone attacked a car in the Semenivka community on Monday, wounding two men.

It was the third attack on the Chernihiv plant since the start of the month. Energy officials warned that full repairs could take weeks, and the city has started installing mobile boiler units at hospitals and schools. Temperatures in the region are expected to fall to minus five degrees Celsius by the weekend.

Ukraine's energy ministry said that, if Russia continued to target heating plants at the current rate, several northern cities could face "the hardest winter since 2022". The ministry has asked European partners for additional gas turbines and mobile boilers.

The Czech government approved a further shipment of mobile boilers and generators for Ukraine last week, worth CZK 120 million.

Related: Czech firefighters return from Ukraine after demining mission
MOST READ
1. Prague: new tram line to Suchdol opens a year late
2. Sparta and Slavia draw 1-1 in the derby
3. Czech inflation falls to 2.1 percent in September
4. Typhoon forces evacuation of 200,000 people in southern Japan
Share: Facebook · X · LinkedIn · E-mail
© 2026 Vltava International s.r.o. · Reproduction of content without the publisher's consent is prohibited.
"""
DOC = {"id": "n12", "date": "2026-10-20", "source": "Vltava International (English edition)",
       "url": "https://vltava-international.example/world/russian-drones-knock-out-chernihiv-heating-plant", "text": TEXT}

D, Y = "2026-10-20", "2026-10-19"
EVENTS = [
    E("n12-1", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Halyna Koval", note="CHP plant hit overnight; the photo caption repeats it"),
    E("n12-2", "infrastructure_disruption", D, L("Chernihiv"), "RU", "UA",
      note="38,000 households without heating and hot water; left-bank power cut folded in"),
    E("n12-3", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU",
      weapons=[W("drone", launched=N(22), intercepted=N(17))], claimant="Chernihiv regional military administration"),
    E("n12-4", "air_drone_strike", D, R("UA-74", "Chernihiv region"), "RU", "UA", optional=True,
      weapons=[W("drone", launched=N(22))], note="the 22-drone attack on the region as a strike: optional"),
    E("n12-5", "air_drone_strike", D, L("Nizhyn"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone; 'no one was injured' = 0/0"),
    E("n12-6", "air_drone_strike", Y, L("Novhorod-Siverskyi", 2, "village in the Novhorod-Siverskyi district"), "RU",
      "UA", fat=N(1), weapons=[W("guided_bomb", launched=N(1))], note="'on Monday evening' = 19 October"),
    E("n12-7", "air_drone_strike", Y, L("Semenivka", 2, "Semenivka community"), "RU", "UA", inj=N(2),
      weapons=[W("drone", "FPV")], note="Semenivka of Chernihiv region (UA-74), not the Zaporizhzhia village"),
    E("n12-8", "policy_decision", "2026-10-12", L("Prague"), "CZ", "UA", prec="week", end="2026-10-18",
      optional=True, note="Czech aid shipment approved 'last week': optional (week)"),
    E("n12-9", "air_drone_strike", "2026-10-01", L("Chernihiv"), "RU", "UA", prec="range", end=D, agg=True,
      optional=True, note="'the third attack on the Chernihiv plant since the start of the month': optional aggregate"),
]
STATEMENTS = [
    S("Halyna Koval", "UA", "They know exactly when the heating season starts", "acting mayor of Chernihiv"),
    S("Halyna Koval", "UA", "if not from this plant, then from mobile boilers", "acting mayor of Chernihiv"),
    S("Ukrainian Energy Ministry", "UA", "the hardest winter since 2022"),
]
MUST_NOT = [
    "VLTAVA INTERNATIONAL · English edition",
    "Czech Republic | Europe | World | Business | Sport | Weather",
    "LIVE TICKER",
    "08:41 Typhoon forces evacuation of 200,000 people in southern Japan",
    "08:15 Chile: opposition candidate leads in run-off polls",
    "07:58 Kenya: police fire tear gas at protesters in Nairobi, dozens detained",
    "07:30 Mexico: gunmen kill four at a bar in Guanajuato state",
    "Tuesday, 20 October 2026, 10:24 · Author: Lukáš Procházka, with agencies",
    "WORLD IN BRIEF",
    "Earthquake of magnitude 6.1 strikes off Indonesia's Sulawesi; no tsunami warning",
    "Fire at chemical plant near Lyon forces residents to stay indoors",
    "Slovak parliament approves 2027 budget after all-night session",
    "Related: Czech firefighters return from Ukraine after demining mission",
    "MOST READ",
    "1. Prague: new tram line to Suchdol opens a year late",
    "2. Sparta and Slavia draw 1-1 in the derby",
    "3. Czech inflation falls to 2.1 percent in September",
    "4. Typhoon forces evacuation of 200,000 people in southern Japan",
    "Share: Facebook · X · LinkedIn · E-mail",
    "© 2026 Vltava International s.r.o. · Reproduction of content without the publisher's consent is prohibited.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
