from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine retakes Kupiansk rail hub as Russian forces pull back from Izium area"
TEXT = """NORDA NEWSWIRE
Home › World › Europe › Russia-Ukraine
Ukraine retakes Kupiansk rail hub as Russian forces pull back from Izium area
Filed 11.09.2022 23:52 CET | Words: 598 | Priority: URGENT
KHARKIV, Ukraine, Sept 11 (NORDA) — Ukrainian troops have raised the national flag over the centre of Kupiansk, the rail junction that fed Russian forces across north-eastern Ukraine, and the Russian command has confirmed that its units are leaving the area around Izium, officials on both sides said on Sunday.

Video footage verified by NORDA showed soldiers of a Ukrainian air assault brigade posing outside the town council building in Kupiansk (Kupyansk) on Saturday. The eastern part of the town, across the Oskil river, remained contested on Sunday and fighting there was continuing, said Oleh Pavlyk, deputy head of the Kupiansk district administration.

"The east bank is still a grey zone. Nobody should come back yet," Pavlyk told NORDA by telephone.

Russia's Defence Ministry said late on Saturday that troops grouped near Balakleya and Izyum would be regrouped to reinforce the Donetsk direction, describing the move as a planned operation "to curtail and transfer" forces. Ukrainian officials said the pull-back had turned into a rout and that Izium was back under Ukrainian control by Saturday evening. NORDA could not independently confirm that account.

Balakliia itself was retaken on Thursday, Ukraine's General Staff said, and Shevchenkove, on the road north to Kupiansk, the following day. Since the start of the month Ukrainian forces have recovered more than 3,000 square kilometres, the General Staff said on Sunday — a figure that could not be verified.

"We are moving faster than their logistics can retreat," said Lieutenant Colonel Bohdan Kravchuk, a battalion commander whose unit entered Balakliia. "They left ammunition, fuel, even their breakfast."

In the city of Kharkiv, a shell killed a man and wounded two people in the Saltivskyi district on Sunday morning, the regional governor said. A woman was wounded in Chuhuiv when Russian artillery struck a residential street the day before, local police said.

Late on Sunday, missiles struck a thermal power station and other energy facilities in and around Kharkiv, cutting electricity across the Kharkiv region and in parts of the Poltava, Sumy and Dnipropetrovsk regions, regional officials said. Trains on Kharkiv's metro halted in the tunnels and the water supply was interrupted in several districts.

Ukraine's president, in his nightly video address, called the blackout Moscow's answer to its defeats on the battlefield. The Kremlin did not comment on the strikes.

The Russian-installed administration of the occupied part of the Kharkiv region had urged residents on Friday to leave for Russia, and long queues of cars formed at the crossing points, witnesses said. Analysts cautioned that Russia could still try to hold a line along the Oskil river, and that Ukraine's forces would be stretched if they pushed further east toward the Luhansk region.

The speed of the advance recalls the spring, when Russian columns withdrew from around Kyiv, but commanders warned that the coming weeks would be harder.
(Reporting by Daria Mykhailenko in Kharkiv and Jonas Eklund in Stockholm; editing by Paul Granger)
Related: Ukraine's southern push grinds on near Kherson | Analysis: what the Kharkiv breakthrough means for winter
© NORDA 2022. All rights reserved. Redistribution prohibited without written permission.
"""
DOC = {"id": "f01", "date": "2022-09-11", "source": "NORDA Newswire (wire)",
       "url": "https://newswire.norda.example/world/europe/ukraine-kupiansk-izium-20220911", "text": TEXT}

GS = "Ukrainian General Staff"
EVENTS = [
    E("f01-1", "territory_change", "2022-09-10", L("Kupiansk"), "UA", "RU", claimant="NORDA (verified video)",
      note="flag raised over the centre of Kupiansk, footage of Saturday (the day before the Sunday report)"),
    E("f01-2", "armed_clash", "2022-09-11", L("Kupiansk"), None, None, claimant="Oleh Pavlyk",
      note="the eastern part of the town remained contested 'on Sunday' and fighting was continuing; no side named as "
           "attacker (sides null); part of the town = the town itself"),
    E("f01-3", "territory_change", "2022-09-10", L("Izium", name="Izium (Izyum)"), "UA", "RU",
      claimant="Ukrainian officials / Russian Defence Ministry",
      note="Ukrainian claim that Izium was back under Ukrainian control by Saturday evening; the MoD's 'regrouped' "
           "announcement late on Saturday is the other side's version of the same withdrawal (one event)"),
    E("f01-4", "territory_change", "2022-09-08", L("Balakliia", name="Balakliia (Balakleya)"), "UA", "RU", claimant=GS,
      note="'retaken on Thursday' (8 Sep); recalled with a day: required"),
    E("f01-5", "territory_change", "2022-09-09", L("Shevchenkove-Kh"), "UA", "RU", claimant=GS,
      note="'the following day' after Thursday = Friday 9 Sep; Shevchenkove of the Kharkiv oblast (on the road to "
           "Kupiansk)"),
    E("f01-6", "territory_change", "2022-09-01", C("UA", "Ukraine"), "UA", "RU", end="2022-09-11", prec="range",
      agg=True, optional=True, claimant=GS,
      note="'more than 3,000 square kilometres' since the start of the month: a month-to-date tally, optional"),
    E("f01-7", "missile_artillery_strike", "2022-09-11", L("Kharkiv", name="Kharkiv (Saltivskyi district)"), "RU", "UA",
      fat=N(1), inj=N(2), weapons=[W("artillery")], claimant="Kharkiv regional governor",
      note="a shell, Sunday morning; city district = city; perpetrator implied by the context (Russian shelling of "
           "Kharkiv)"),
    E("f01-8", "missile_artillery_strike", "2022-09-10", L("Chuhuiv"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], claimant="police", note="'the day before' a Sunday-morning item = Saturday 10 Sep"),
    E("f01-9", "missile_artillery_strike", "2022-09-11", L("Kharkiv", 2, "Kharkiv (in and around)"), "RU", "UA",
      weapons=[W("missile")], claimant="regional officials",
      note="'Late on Sunday, missiles struck a thermal power station … in and around Kharkiv'; perpetrator implied "
           "(the president calls it Moscow's answer); 'in and around' = precision 2"),
    E("f01-10", "infrastructure_disruption", "2022-09-11", C("UA", "Ukraine"), "RU", "UA", parent="f01-9",
      note="power cut across the Kharkiv region and parts of three more regions, metro halted, water interrupted: one "
           "country-level disruption (several regions listed; blind8 r01 convention)"),
]
STATEMENTS = [
    S("Oleh Pavlyk", "UA", "The east bank is still a grey zone. Nobody should come back yet",
      "deputy head of the Kupiansk district administration"),
    S("Bohdan Kravchuk", "UA", "We are moving faster than their logistics can retreat", "battalion commander"),
    S("Bohdan Kravchuk", "UA", "They left ammunition, fuel, even their breakfast.", "battalion commander"),
]
MUST_NOT = ["NORDA NEWSWIRE", "Home › World › Europe › Russia-Ukraine",
            "Filed 11.09.2022 23:52 CET | Words: 598 | Priority: URGENT",
            "(Reporting by Daria Mykhailenko in Kharkiv and Jonas Eklund in Stockholm; editing by Paul Granger)",
            "Related: Ukraine's southern push grinds on near Kherson | Analysis: what the Kharkiv breakthrough means for winter",
            "© NORDA 2022. All rights reserved. Redistribution prohibited without written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
