from common import E, L, R, C, N, W, S, gold

TITLE = "Russia fires 74 drones, three ballistic missiles at Ukraine; Sumy hit"
TEXT = """MERIDIAN PRESS AGENCY
Top stories / World / Europe / Russia-Ukraine war
Russia fires 74 drones, three ballistic missiles at Ukraine; Sumy hit
By Anneke Vos, Meridian Press Agency
Published Jan 15, 2025 08:51 UTC
This story is being updated
KYIV (MPA) — Russia attacked Ukraine overnight with 74 attack drones and three Iskander-M ballistic missiles launched from the direction of Bryansk, Kursk and Millerovo, Ukraine's air force said on Wednesday, adding that air defences shot down 50 of the drones and one of the missiles.

Another 21 drones were "locationally lost" without causing damage, the air force said. Two ballistic missiles reached their targets.

One of them struck the centre of Sumy, killing one person and injuring four, the regional military administration said. Windows were blown out in a school and two apartment blocks.

In the north of the Sumy region, drones hit an energy facility in Shostka, leaving about 12,000 households without electricity, local authorities said. No casualties were reported there.

Debris from a drone shot down over the Bila Tserkva district of the Kyiv region damaged two private houses and injured two people, the regional governor said.

Five drones were shot down over the Poltava region, its governor said. Air defences also worked over the Chernihiv and Cherkasy regions.

"The pattern is the same every night: they probe our air defence with cheap drones and then send ballistic missiles where they think we are thin," air force spokesman Colonel Dmytro Sheremet told MPA.

Russia's Defence Ministry did not comment on the Sumy strike. It said its forces had shot down 17 Ukrainian drones over the Bryansk and Kursk regions overnight, without giving a breakdown.

RELATED
— EU ministers to discuss air-defence fund next week
— Explainer: what "locationally lost" means

Over the past week, Russia has launched more than 1,200 drones, nearly 500 guided bombs and 20 missiles at Ukraine, the president said on Wednesday, urging allies to speed up deliveries of air-defence systems. Officials in Kyiv warned that Moscow could launch another massive combined attack in the coming days.

Share this article: X · Facebook · LinkedIn · Email
Reporting by Anneke Vos in Kyiv; editing by Tomás Riera
© Meridian Press Agency 2025
"""
DOC = {"id": "kc02", "date": "2025-01-15", "source": "Meridian Press Agency (wire)",
       "url": "https://meridianpress.example/world/europe/2025/01/15/russia-drones-ballistic-sumy", "text": TEXT}

D = "2025-01-15"
AF = "Ukrainian Air Force"
EVENTS = [
    E("kc02-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(74)), W("ballistic_missile", "Iskander-M", launched=N(3))], claimant=AF,
      note="combined wave typed by its heaviest weapon; 'launched from the direction of Bryansk, Kursk and Millerovo' "
           "are launch areas, not targets (no events there)"),
    E("kc02-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(50)), W("ballistic_missile", "Iskander-M", intercepted=N(1))], claimant=AF,
      parent="kc02-1", note="'shot down 50 of the drones and one of the missiles'; 21 'locationally lost' not counted"),
    E("kc02-3", "missile_artillery_strike", D, L("Sumy"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("ballistic_missile")], parent="kc02-1",
      note="'Two ballistic missiles reached their targets. One of them struck the centre of Sumy'"),
    E("kc02-4", "air_drone_strike", D, L("Shostka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="kc02-1", note="energy facility hit by drones; 'No casualties were reported there' = 0/0"),
    E("kc02-5", "infrastructure_disruption", D, L("Shostka"), "RU", "UA", parent="kc02-1",
      note="about 12,000 households without electricity after the Shostka hit"),
    E("kc02-6", "air_drone_strike", D, L("Bila Tserkva", 2, "Bila Tserkva district"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent="kc02-1", note="debris of a downed drone: drone-type child; district named after "
      "its town = precision 2"),
    E("kc02-7", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", weapons=[W("drone", intercepted=N(5))],
      parent="kc02-1", note="regional count of downed drones: required (rule 3)"),
    E("kc02-8", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU", optional=True, parent="kc02-1",
      note="region merely listed ('also worked over'): optional"),
    E("kc02-9", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", optional=True, parent="kc02-1",
      note="region merely listed: optional"),
    E("kc02-10", "interception", D, C("RU", "Russia (Bryansk and Kursk regions)"), "RU", "UA",
      weapons=[W("drone", intercepted=N(17))], claimant="Russian Defence Ministry",
      note="17 drones over two named regions without a breakdown: one event; coded to the country (two regions named together); "
           "a region-level prediction in either region matches it (same country, precision >= 3)"),
    E("kc02-11", "missile_artillery_strike", "2025-01-09", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      weapons=[W("drone", launched=N(1200, "at_least")), W("guided_bomb", launched=N(500, "almost")),
               W("missile", launched=N(20))],
      note="'Over the past week' in a Wednesday statement = reference-6 … reference, a country tally; "
           "mixed weapons typed by the heaviest (drone type accepted); 'more than 1,200' at_least, 'nearly 500' almost"),
]
STATEMENTS = [
    S("Dmytro Sheremet", "UA", "they probe our air defence with cheap drones", "air force spokesman"),
]
MUST_NOT = ["MERIDIAN PRESS AGENCY", "Top stories / World / Europe / Russia-Ukraine war",
            "By Anneke Vos, Meridian Press Agency", "Published Jan 15, 2025 08:51 UTC", "This story is being updated",
            "RELATED", "— EU ministers to discuss air-defence fund next week",
            "— Explainer: what \"locationally lost\" means", "Share this article: X · Facebook · LinkedIn · Email",
            "Reporting by Anneke Vos in Kyiv; editing by Tomás Riera", "© Meridian Press Agency 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
