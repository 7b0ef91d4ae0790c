from common import E, L, R, C, N, W, S, gold

TITLE = "Russia pounds western Ukraine with missiles and drones, three killed"
TEXT = """GDA · Global Dispatch Agency
World  ›  Europe  ›  Ukraine
Russia pounds western Ukraine with missiles and drones, three killed
Published 15/09/2026 - 10:41 · Modified 15/09/2026 - 13:02 · 4 min
Listen (3:51)

Lviv (Ukraine) (GDA) - Russia fired 48 missiles and 210 drones at Ukraine overnight, most of them at energy and military sites in the west of the country far from the front line, killing three people, Ukrainian officials said on Tuesday.

The salvo included 22 Kh-101 cruise missiles launched from Tu-95 strategic bombers over the Caspian Sea, 20 Kalibr cruise missiles fired from warships in the Black Sea and six Kinzhal hypersonic missiles launched by MiG-31K jets from the airspace of Russia's Lipetsk region, the air force said. The drones were launched from Russia's Kursk and Oryol regions and from Primorsko-Akhtarsk on the Sea of Azov.

Air defences shot down 20 of the Kh-101s, 17 of the Kalibrs and two of the Kinzhals, as well as 183 drones, the air force said. Another 18 drones were "locationally lost", a term used for drones believed to have been diverted by electronic warfare. Nine missiles and nine drones reached their targets.

"The Kinzhals are the hardest to stop, and this time they flew straight at the west," air force spokesman Yevhen Kravets told GDA. "Four of them got through."

In Lviv, one of the Kinzhal missiles hit an industrial area in the Zaliznychnyi district, killing two workers and wounding nine people, the city's mayor said. Windows were blown out in several nearby apartment blocks.

In the northwestern city of Lutsk, a drone slammed into the upper floors of a five-storey residential building, killing a 73-year-old woman, the regional governor said.

An energy facility in the Stryi district, south of Lviv, was also hit, the regional administration said, without specifying whether it had been struck by a missile or a drone. More than 120,000 households in the Lviv region were without electricity on Tuesday morning.

In Kalush, in the Ivano-Frankivsk region, falling debris damaged the roof of a kindergarten. No one was hurt, local authorities said. Five drones were downed over the Rivne region, where debris injured a man in a village in the Sarny district, the regional governor said.

Read also: Ukraine's parliament extends martial law for another 90 days

Poland scrambled fighter jets and put ground-based air defence systems on the highest state of readiness during the attack, the Polish military's operational command said, describing the measures as precautionary. No violation of Polish airspace was recorded.

In Moscow, the defence ministry said its forces had carried out "a massive strike with high-precision long-range weapons against enterprises of the military-industrial complex and military airfields" in western Ukraine, including in the Lvov region. "All designated targets were hit," it said.

The ministry also claimed that two F-16 fighter jets had been destroyed at an airfield in the Khmelnytskyi region. Kravets denied the claim, saying no aircraft had been damaged.

Ukraine's energy company Ukrenergo warned that repair crews would need several days to restore supply in the Lviv region. "If Russia keeps hitting the west at this rate, we will have to introduce scheduled outages before the heating season even starts," Ukrenergo spokeswoman Iryna Panas said.

Kyiv has repeatedly urged its Western allies to deliver more Patriot air defence systems, the only ones able to reliably intercept the Kinzhal. Russia has stepped up its strikes on Ukraine's power grid since the end of the summer, in what officials in Kyiv describe as a campaign to cripple the country before winter.

ks-pb/jd
© GDA 2026. All rights reserved. Reproduction prohibited without written permission.
Sponsored content
"""
DOC = {"id": "n07", "date": "2026-09-15", "source": "Global Dispatch Agency (GDA)",
       "url": "https://gda-news.example/en/world/europe/20260915-russia-pounds-western-ukraine", "text": TEXT}

D = "2026-09-15"
EVENTS = [
    E("n07-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(3),
      weapons=[W("cruise_missile", "Kh-101", launched=N(22)), W("cruise_missile", "Kalibr", launched=N(20)),
               W("ballistic_missile", "Kinzhal", launched=N(6)), W("drone", launched=N(210))],
      claimant="Ukrainian air force",
      note="combined wave, missile-typed parent with totals (48 = 22 + 20 + 6); Caspian Sea, Black Sea, Lipetsk "
           "region airspace, Kursk and Oryol regions and Primorsko-Akhtarsk are launch areas, not targets"),
    E("n07-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", "Kh-101", intercepted=N(20)), W("cruise_missile", "Kalibr", intercepted=N(17)),
               W("ballistic_missile", "Kinzhal", intercepted=N(2)), W("drone", intercepted=N(183))],
      claimant="Ukrainian air force", note="18 'locationally lost' drones are not intercepted"),
    E("n07-3", "missile_artillery_strike", D, L("Lviv", 1, "Lviv, Zaliznychnyi district"), "RU", "UA", fat=N(2),
      inj=N(9), weapons=[W("ballistic_missile", "Kinzhal")], parent="n07-1", claimant="Lviv mayor"),
    E("n07-4", "air_drone_strike", D, L("Lutsk"), "RU", "UA", fat=N(1), weapons=[W("drone")], parent="n07-1",
      claimant="Volyn regional governor"),
    E("n07-5", "missile_artillery_strike", D, L("Stryi", 2, "Stryi district"), "RU", "UA", family=["air_drone_strike"],
      parent="n07-1", claimant="Lviv regional administration", note="'without specifying whether … a missile or a drone'"),
    E("n07-6", "infrastructure_disruption", D, R("UA-46", "Lviv region"), "RU", "UA",
      note="more than 120,000 households without electricity"),
    E("n07-7", "air_drone_strike", D, L("Kalush"), "RU", "UA", fat=N(0), inj=N(0), parent="n07-1",
      family=["missile_artillery_strike"],
      note="'falling debris' without saying of what: typed drone (most downed objects), missile accepted; 0/0"),
    E("n07-8", "interception", D, R("UA-56", "Rivne region"), "UA", "RU", weapons=[W("drone", intercepted=N(5))],
      claimant="Rivne regional governor", note="region with a count: required (ANNOTATION rule 3)"),
    E("n07-9", "air_drone_strike", D, L("Sarny", 2, "village in the Sarny district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="n07-1", note="debris of a downed drone; district named after its town"),
    E("n07-10", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish operational command",
      note="jets scrambled, air defence on alert; no place given"),
    E("n07-11", "missile_artillery_strike", D, R("UA-68", "Khmelnytskyi region"), "RU", "UA", optional=True,
      family=["air_drone_strike"], claimant="Russian defence ministry",
      note="claimed destruction of two F-16s at an airfield, denied by Ukraine: optional"),
]
STATEMENTS = [
    S("Yevhen Kravets", "UA", "The Kinzhals are the hardest to stop", "air force spokesman"),
    S("Yevhen Kravets", "UA", "Four of them got through.", "air force spokesman"),
    S("Russian Defence Ministry", "RU", "a massive strike with high-precision long-range weapons"),
    S("Russian Defence Ministry", "RU", "All designated targets were hit"),
    S("Iryna Panas", "UA", "we will have to introduce scheduled outages before the heating season", "Ukrenergo spokeswoman"),
]
MUST_NOT = [
    "GDA · Global Dispatch Agency",
    "World  ›  Europe  ›  Ukraine",
    "Published 15/09/2026 - 10:41 · Modified 15/09/2026 - 13:02 · 4 min",
    "Listen (3:51)",
    "Read also: Ukraine's parliament extends martial law for another 90 days",
    "ks-pb/jd",
    "© GDA 2026. All rights reserved. Reproduction prohibited without written permission.",
    "Sponsored content",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
