from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles and drones hit Ukrainian power plants, three dead"
TEXT = """Russian missiles and drones hit Ukrainian power plants, three dead
By Marta Kowalczyk and Dmytro Savchuk
January 19, 2023 9:47 AM GMT+2 Updated 2 hours ago
Listen to article (4 min)

KYIV, Jan 19 (Lodestar) - Russia fired 33 cruise missiles and 24 Iranian-made Shahed drones at Ukraine overnight, striking power stations and substations in at least five regions and killing at least three people, Ukrainian officials said on Thursday.

Air defences destroyed 27 of the missiles and 21 of the drones, the air force said. Six of the cruise missiles were brought down over the southern Mykolaiv region alone, regional governor Petro Kolesnyk said on Telegram.

"The enemy again chose the coldest week of the winter to go after our power stations. Most of the missiles were stopped, but not all of them," air force spokesman Colonel Andriy Vovk told national television.

In the eastern city of Pavlohrad, in the Dnipropetrovsk region, a missile hit an industrial enterprise, killing two workers and wounding nine, the regional administration said. Rescuers brought out two dozen workers who had been sheltering in the basement of the damaged workshop.

Missiles struck the thermal power plant in Ladyzhyn in the Vinnytsia region, setting a turbine hall on fire. Nobody was hurt, the plant's operator said.

Two energy facilities were hit in the western Lviv region, governor Taras Hnatiuk said, without saying what had hit them. About 40% of the region was left without electricity in the morning.

In Kyiv, debris from a downed drone fell on a car park in the Holosiivskyi district, injuring one man, the city administration said. South of the capital, a 58-year-old woman was killed when drone debris fell on her house in the Bila Tserkva district of the Kyiv region, the regional police said.

A drone struck an energy facility in the Black Sea port of Odesa, cutting power to parts of the city, the regional governor said.

Grid operator Ukrenergo said it had introduced emergency power cuts in several regions to stabilise the system after the attack. "The damage is serious, and repairs will take longer than after previous attacks," Ukrenergo chief executive Serhiy Lytvak said.

Air defence units were also in action over the Cherkasy and Khmelnytskyi regions, the air force said.

Russia's defence ministry said its forces had carried out "a massive strike with long-range high-precision weapons" on Ukraine's energy infrastructure and that "all assigned targets were hit".

Russia has struck Ukraine's energy system in waves since October, knocking out about half of its generating capacity at one point. Ukrainian officials have warned that Moscow could launch another large attack before the end of the month, and Kyiv has asked Western partners for more air defence systems.

(Reporting by Marta Kowalczyk and Dmytro Savchuk; Writing by Paul Hennessy; Editing by Clare Doyle)

Our Standards: The Lodestar Trust Principles.
Read also: Ukraine's grid operator warns of long outages as frost deepens
Acquire Licensing Rights, opens new tab
"""
DOC = {"id": "v01", "date": "2023-01-19", "source": "Lodestar News Agency",
       "url": "https://www.lodestarnews.example/world/europe/russian-missiles-drones-hit-ukrainian-power-plants-2023-01-19/",
       "text": TEXT}

D = "2023-01-19"
EVENTS = [
    E("v01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(3, "at_least"),
      weapons=[W("cruise_missile", launched=N(33)), W("drone", "Shahed-136", launched=N(24))],
      claimant="Ukrainian officials / air force", note="nationwide wave, typed by its heaviest weapon"),
    E("v01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(27)), W("drone", intercepted=N(21))], claimant="Ukrainian air force"),
    E("v01-3", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(6))], claimant="Petro Kolesnyk", parent="v01-1"),
    E("v01-4", "missile_artillery_strike", D, L("Pavlohrad"), "RU", "UA", fat=N(2), inj=N(9),
      weapons=[W("missile")], parent="v01-1", claimant="Dnipropetrovsk regional administration"),
    E("v01-5", "missile_artillery_strike", D, L("Ladyzhyn"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], parent="v01-1", claimant="plant operator", note="'Nobody was hurt' = 0/0"),
    E("v01-6", "missile_artillery_strike", D, R("UA-46", "Lviv region"), "RU", "UA", family=["air_drone_strike"],
      parent="v01-1", claimant="Taras Hnatiuk", note="two energy facilities hit, weapon not said"),
    E("v01-7", "infrastructure_disruption", D, R("UA-46", "Lviv region"), "RU", "UA", claimant="Taras Hnatiuk",
      note="about 40% of the region without electricity"),
    E("v01-8", "air_drone_strike", D, L("Kyiv", 1, "Kyiv, Holosiivskyi district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="v01-1", note="debris of a downed drone"),
    E("v01-9", "air_drone_strike", D, L("Bila Tserkva", 2, "Bila Tserkva district"), "RU", "UA", fat=N(1),
      weapons=[W("drone")], parent="v01-1", claimant="Kyiv regional police", note="district of the Kyiv region = near Bila Tserkva"),
    E("v01-10", "air_drone_strike", D, L("Odesa"), "RU", "UA", weapons=[W("drone")], parent="v01-1"),
    E("v01-11", "infrastructure_disruption", D, L("Odesa"), "RU", "UA", note="power cut to parts of the city"),
    E("v01-12", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrenergo",
      note="emergency power cuts in several (unnamed) regions"),
    E("v01-13", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", optional=True,
      note="region merely listed, no count"),
    E("v01-14", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", optional=True,
      note="region merely listed, no count"),
]
STATEMENTS = [
    S("Andriy Vovk", "UA", "chose the coldest week of the winter to go after our power stations", "air force spokesman"),
    S("Serhiy Lytvak", "UA", "repairs will take longer than after previous attacks", "Ukrenergo chief executive"),
    S("Russian Defence Ministry", "RU", "all assigned targets were hit"),
]
MUST_NOT = ["By Marta Kowalczyk and Dmytro Savchuk", "January 19, 2023 9:47 AM GMT+2 Updated 2 hours ago",
            "Listen to article (4 min)",
            "(Reporting by Marta Kowalczyk and Dmytro Savchuk; Writing by Paul Hennessy; Editing by Clare Doyle)",
            "Our Standards: The Lodestar Trust Principles.",
            "Read also: Ukraine's grid operator warns of long outages as frost deepens",
            "Acquire Licensing Rights, opens new tab"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
