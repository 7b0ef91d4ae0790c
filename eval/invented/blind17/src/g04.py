from common import E, L, R, C, N, W, S, gold

TITLE = "Death toll in Russian missile strike on Kryvyi Rih rises to 13, including 3 children"
TEXT = """UNITED WIRE PRESS
WORLD NEWS   U.S.   POLITICS   BUSINESS   SPORTS
Death toll in Russian missile strike on Kryvyi Rih rises to 13, including 3 children
BY KATERYNA BOIKO and JAMES WHITFIELD
Updated 9:52 PM GMT+2, March 10, 2026
Share  Copy  Print
KYIV, Ukraine (UWP) — The number of people killed when a Russian ballistic missile slammed into a residential neighborhood of the central Ukrainian city of Kryvyi Rih rose to 13 on Tuesday evening, including three children, as rescuers pulled more bodies from the rubble of a five-story apartment building, local officials said.

Another 58 people were wounded, 31 of whom remained in hospitals, said Petro Hlushko, head of the city's military administration. Eight of the injured were in serious condition, he said.

The missile hit shortly after 10:20 a.m., when many residents were at work and children were at school. Initial reports spoke of four dead. By mid-afternoon, regional Gov. Mykhailo Tarasenko said nine people had been killed, and the toll kept climbing as emergency crews cleared concrete slabs by hand.

"We are still hearing voices under the debris. Nobody is going home tonight," said Ivan Kravchenko, a rescuer with the State Emergency Service, as he took a short break near a row of burned-out cars.

A school and a kindergarten nearby were damaged by the blast wave, and more than 40 apartment buildings had their windows blown out, according to the city administration. Gas supply to part of the district was cut off as a precaution.

Hours after the missile strike, a Russian drone hit a gas station in the city's Inhuletskyi district, wounding two employees, Hlushko said.

Russia's Defense Ministry said it had struck "a place where commanders of Ukrainian formations and foreign instructors were gathered" in Kryvyi Rih, without providing evidence. Ukrainian officials rejected the claim, saying the building hit was an ordinary apartment block.

Hlushko declared Wednesday and Thursday days of mourning in the city.

Ukraine's foreign minister called the strike "a war crime committed in broad daylight" and urged allies to deliver more air defense systems.

Kryvyi Rih, the hometown of Ukraine's president and a steel-making center of some 600,000 people before the war, lies about 70 kilometers (45 miles) from the front line and has been struck repeatedly. On Feb. 26, a Russian missile hit a college building in the city, killing three people and injuring 11. Last year, dozens of civilians died in attacks on the city.

___

Associated coverage of the war: https://unitedwirepress.example/hub/russia-ukraine

___
UWP writer Marek Novak in Warsaw contributed to this report.
Copyright 2026 United Wire Press. All rights reserved.
"""
DOC = {"id": "g04", "date": "2026-03-10", "source": "United Wire Press (wire)",
       "url": "https://unitedwirepress.example/article/russia-ukraine-kryvyi-rih-missile-death-toll-2026-03-10", "text": TEXT}

D = "2026-03-10"
EVENTS = [
    E("g04-1", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", fat=N(13), inj=N(58),
      weapons=[W("ballistic_missile", launched=N(1))], claimant="Petro Hlushko",
      note="the toll rose over the day (4 → 9 → 13): the latest figure wins; 58 wounded; the MoD's 'commanders … "
           "gathered' claim is a second claim on the same strike; damage to the school/kindergarten and the "
           "precautionary gas cut are part of this event (passive sentences, no new event)"),
    E("g04-2", "air_drone_strike", D, L("Kryvyi Rih", 1, "Kryvyi Rih (Inhuletskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], claimant="Petro Hlushko",
      note="separate drone hit on a gas station hours later (city district = the city)"),
    E("g04-3", "infrastructure_disruption", D, L("Kryvyi Rih"), "RU", "UA", optional=True,
      note="gas supply to part of the district cut off as a precaution: consequence of the strike, optional"),
    E("g04-4", "missile_artillery_strike", "2026-02-26", L("Kryvyi Rih"), "RU", "UA", fat=N(3), inj=N(11),
      weapons=[W("missile")], note="recalled strike with a resolvable day (Feb. 26): its own event"),
]
STATEMENTS = [
    S("Ivan Kravchenko", "UA", "Nobody is going home tonight", "State Emergency Service rescuer"),
    S("Russian Defense Ministry", "RU", "commanders of Ukrainian formations and foreign instructors were gathered"),
    S("Ukraine's foreign minister", "UA", "a war crime committed in broad daylight", "foreign minister"),
]
MUST_NOT = ["UNITED WIRE PRESS", "WORLD NEWS   U.S.   POLITICS   BUSINESS   SPORTS",
            "BY KATERYNA BOIKO and JAMES WHITFIELD", "Updated 9:52 PM GMT+2, March 10, 2026", "Share  Copy  Print",
            "Associated coverage of the war: https://unitedwirepress.example/hub/russia-ukraine",
            "UWP writer Marek Novak in Warsaw contributed to this report.",
            "Copyright 2026 United Wire Press. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
