from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles and drones pound Kyiv region overnight; one dead in capital, Bila Tserkva loses power"
TEXT = """LODESTAR
World · Business · Markets · Commodities · Sustainability · Legal
World · Europe
Russian missiles and drones pound Kyiv region overnight; one dead in capital, Bila Tserkva loses power
By Dmytro Kalchenko and Anna Reiss
March 4, 2025 7:55 AM GMT+2 Updated 41 min ago
Licensing: Lodestar Images
Emergency workers clear rubble outside a damaged clinic in Kyiv's Darnytskyi district, Ukraine, March 4, 2025. Lodestar/Serhii Vovk
KYIV, March 4 (Lodestar) - Russia hurled drones and missiles at Kyiv and the surrounding region in the night to Tuesday, killing one person in the capital and cutting power to thousands of homes in the city of Bila Tserkva, Ukrainian officials said.

According to the air force, the attack involved 184 strike drones and decoys, six Iskander-M ballistic missiles and eleven Kh-101 cruise missiles launched by strategic bombers over the Caspian Sea. All eleven cruise missiles were brought down, as were three of the ballistic missiles and 139 drones. Another 38 drones were "locationally lost", the military's term for decoys that vanish from radar, most likely because of electronic jamming.

Fragments of a ballistic missile intercepted over the Darnytskyi district fell on the yard of a two-storey clinic, killing a security guard and wounding seven people, two of them nurses, the capital's military administration said.

"The guard had just opened the gate for the morning shift. He was standing exactly where the crater is now," said Iryna Bondar, the clinic's head physician.

Some 80 km (50 miles) to the south, drones set an energy facility on fire in Bila Tserkva. By morning about 23,000 households there had no electricity, the regional governor said. No casualties were reported in the city.

On the other side of the Dnipro, in the satellite town of Brovary, drone debris fell on a private house and injured a woman of 71.

The Cherkasy regional administration put the number of drones destroyed over its territory at 14. Air defence units were also in action over the Chernihiv and Poltava regions.

"The cruise missiles came in low along the river and every one of them was brought down. With the ballistic ones it is a different story, and everybody knows why," air force spokesman Ostap Hryniv told a televised briefing, repeating Kyiv's call for more Patriot interceptors.

It was the third attack on the capital in a week. On Saturday, a drone slammed into an upper floor of a high-rise in the Obolonskyi district, injuring four residents.

"We counted the explosions until we lost count. Then the lights went out across the whole street," said Ruslan Dziuba, 45, who lives near the damaged facility in Bila Tserkva and spent the night in a basement with his two daughters.

In Moscow, the defence ministry claimed strikes on Ukrainian military-industrial facilities and airfields with long-range precision weapons. Its air defences, it added, had destroyed 37 Ukrainian drones overnight, 15 of them over the Bryansk region bordering Ukraine.

In Russia's Ryazan region, south-east of Moscow, the governor said debris from a downed drone had caused a fire on the premises of "an industrial enterprise" in the regional capital, with no injuries. Ukraine's General Staff said later on Tuesday that its drones had hit the Ryazan oil refinery, setting a primary processing unit ablaze.

Lodestar could not independently verify either side's battlefield reports.
Reporting by Dmytro Kalchenko in Kyiv; additional reporting by Anna Reiss in Riga; writing by Tom Hallett; editing by Greta Lund
Lodestar Editorial Standards apply to this report.
"""
DOC = {"id": "kt01", "date": "2025-03-04", "source": "Lodestar (international news agency)",
       "url": "https://www.lodestar.example/world/europe/russian-missiles-drones-pound-kyiv-region-2025-03-04/",
       "text": TEXT}

D = "2025-03-04"
EVENTS = [
    E("kt01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(184)), W("ballistic_missile", "Iskander-M", launched=N(6)),
               W("cruise_missile", "Kh-101", launched=N(11))],
      note="the wave 'in the night to Tuesday' (Tuesday report = that day): 184 drones and decoys + 6 Iskander-M + "
           "11 Kh-101 -> one country parent typed by the missiles; the MoD's claimed strikes 'with long-range precision "
           "weapons' are this same wave"),
    E("kt01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kt01-1",
      weapons=[W("drone", intercepted=N(139)), W("ballistic_missile", intercepted=N(3)),
               W("cruise_missile", intercepted=N(11))],
      note="'All eleven cruise missiles were brought down, as were three of the ballistic missiles and 139 drones'; "
           "the 38 'locationally lost' decoys are not counted as intercepted (blind41 call 1)"),
    E("kt01-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kt01-1", fat=N(1), inj=N(7),
      weapons=[W("ballistic_missile")],
      note="fragments of a ballistic missile intercepted over the Darnytskyi district (= the city) fell on a clinic "
           "yard: guard killed, 7 wounded; debris of an intercepted missile is placed as the strike"),
    E("kt01-4", "air_drone_strike", D, L("Bila Tserkva"), "RU", "UA", parent="kt01-1", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'drones set an energy facility on fire in Bila Tserkva'; 'No casualties were reported in the city' = 0/0"),
    E("kt01-5", "infrastructure_disruption", D, L("Bila Tserkva"), "RU", "UA", parent="kt01-4",
      note="'about 23,000 households there had no electricity'"),
    E("kt01-6", "air_drone_strike", D, L("Brovary"), "RU", "UA", parent="kt01-1", inj=N(1), weapons=[W("drone")],
      note="'in … Brovary, drone debris fell on a private house and injured a woman of 71' (fronted adverbial, "
           "apposition)"),
    E("kt01-7", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", parent="kt01-2",
      weapons=[W("drone", intercepted=N(14))],
      note="'The Cherkasy regional administration put the number of drones destroyed over its territory at 14': "
           "a region with its own count -> required"),
    E("kt01-8", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU", parent="kt01-2", optional=True,
      note="'Air defence units were also in action over the Chernihiv and Poltava regions': listed -> optional"),
    E("kt01-9", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", parent="kt01-2", optional=True,
      note="listed region -> optional"),
    E("kt01-10", "air_drone_strike", "2025-03-01", L("Kyiv"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="recalled with its day: 'On Saturday' (1 Mar; publication Tuesday 4 Mar) a drone hit a high-rise in the "
           "Obolonskyi district (= Kyiv), 4 injured -> required"),
    E("kt01-11", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(37))],
      claimant="Russian Defence Ministry",
      note="MoD: 'destroyed 37 Ukrainian drones overnight'"),
    E("kt01-12", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="kt01-11",
      weapons=[W("drone", intercepted=N(15))], note="'15 of them over the Bryansk region'"),
    E("kt01-13", "air_drone_strike", D, L("Ryazan"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ryazan governor; Ukrainian General Staff",
      note="both versions of one strike are one event (blind37 call 4): the governor's debris fire at 'an industrial "
           "enterprise' in the regional capital ('with no injuries' = 0/0) and the General Staff's refinery hit"),
    E("kt01-14", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight Ukrainian drone attack on Russia as a whole, implied by the MoD count: optional (blind37 "
           "call 5)"),
]
# Not events: the 38 'locationally lost' decoys (not intercepted, not hits), 'repeating Kyiv's call for more Patriot
# interceptors' (appeal), 'the third attack on the capital in a week' (tally), the caption (repeats kt01-3), the
# General Staff's statement 'later on Tuesday' (a claim of kt01-13, not another strike), 'could not independently
# verify'.
STATEMENTS = [
    S("Iryna Bondar", "UA", "He was standing exactly where the crater is now", "head physician of the Kyiv clinic"),
    S("Ostap Hryniv", "UA", "With the ballistic ones it is a different story", "air force spokesman"),
    S("Ruslan Dziuba", "UA", "Then the lights went out across the whole street", "resident of Bila Tserkva"),
]
# Not gold: 'locationally lost' (a military term in quotes), the governor's 'an industrial enterprise' (title-only
# speaker, fragment).
MUST_NOT = ["LODESTAR", "World · Business · Markets · Commodities · Sustainability · Legal", "World · Europe",
            "By Dmytro Kalchenko and Anna Reiss", "March 4, 2025 7:55 AM GMT+2 Updated 41 min ago",
            "Licensing: Lodestar Images",
            "Reporting by Dmytro Kalchenko in Kyiv; additional reporting by Anna Reiss in Riga; writing by Tom Hallett; "
            "editing by Greta Lund",
            "Lodestar Editorial Standards apply to this report."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
