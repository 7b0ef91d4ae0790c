from common import E, L, R, C, N, W, S, gold

TITLE = "Russia says it downed 125 Ukrainian drones as fuel depot burns in Rostov region"
TEXT = """AGP - Agence Globe Presse
Europe
Russia says it downed 125 Ukrainian drones as fuel depot burns in Rostov region
Published on 24/09/2024 - 11:42 · Updated 24/09/2024 - 13:05
Reading time 2 min

Moscow (AGP) - Russia said Tuesday it had downed 125 Ukrainian drones overnight over six regions, as a fire broke out at a fuel depot in the southern Rostov region that Kyiv said its forces had targeted.

The defence ministry said 46 drones had been destroyed over the Bryansk region, 31 over the Kursk region, 20 over the Belgorod region and 15 over the Voronezh region, with the remainder over the Rostov and Oryol regions.

In the Rostov region, the governor said debris from a downed drone had started a fire at "an industrial facility" in the Proletarsky district, which firefighters extinguished by the morning. No one was hurt, he said.

Ukraine's General Staff said its drones had hit the Proletarsk oil depot, which it described as one of the main facilities supplying fuel to Russian forces in southern Ukraine.

"The target was hit, and the fire can be seen from several kilometres away," said Colonel Vadym Sheremeta, a spokesman for the General Staff.

In the Belgorod region, a drone struck a car in the village of Krasnaya Yaruga on Monday evening, killing a woman, the regional governor said. In the Voronzeh region, drone debris fell on a residential street in Ostrogozhsk, damaging three houses without causing casualties, local authorities said.

Russia's civil aviation authority imposed restrictions on flights at Moscow's Vnukovo airport for about three hours overnight, but the Moscow mayor did not report any drones over the capital.

Russian military bloggers said many of the drones had been launched from Ukraine's Sumy region, a few dozen kilometres from the border.

Read more: "We sleep in the corridor": a year of drone alerts in Belgorod

Kyiv has stepped up long-range attacks on Russian oil and energy infrastructure this year, saying they are a legitimate response to Moscow's strikes on the Ukrainian power grid. The Kremlin has repeatedly threatened "a harsh response".

Meanwhile, Russian guided bombs hit the southern Ukrainian city of Zaporizhzhia on Monday evening, killing one person and wounding 13, the regional governor said. "They hit a residential neighbourhood at rush hour. There is nothing military there," said Iryna Kovalchuk, a spokeswoman for the regional administration.

Ukraine's president is in the United States this week, where he is expected to present what he has called a "victory plan" to US leaders. Russia has dismissed the plan in advance as "an attempt to beg for more weapons".

ds-ab/tw
© 2024 AGP
Follow AGP on WhatsApp
"""
DOC = {"id": "p09", "date": "2024-09-24", "source": "AGP (Agence Globe Presse)",
       "url": "https://www.agp-news.example/en/20240924-russia-says-it-downed-125-ukrainian-drones", "text": TEXT}

D, MON = "2024-09-24", "2024-09-23"
MOD = "Russian defence ministry"
EVENTS = [
    E("p09-1", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(125))],
      claimant=MOD, note="country total over six regions"),
    E("p09-2", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(46))],
      claimant=MOD),
    E("p09-3", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant=MOD),
    E("p09-4", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(20))],
      claimant=MOD),
    E("p09-5", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", weapons=[W("drone", intercepted=N(15))],
      claimant=MOD),
    E("p09-6", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", optional=True,
      note="'the remainder': no count given"),
    E("p09-7", "interception", D, R("RU-ORL", "Oryol region"), "RU", "UA", optional=True,
      note="'the remainder': no count given"),
    E("p09-13", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the overnight Ukrainian drone attack on Russia as a whole (no launch total given)"),
    E("p09-8", "air_drone_strike", D, L("Proletarsk", 2, "Proletarsky district / Proletarsk oil depot"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Ukraine's General Staff",
      note="one event with two versions: governor (debris of a downed drone, 'an industrial facility') and the "
           "General Staff (hit on the oil depot); district named after its town: precision 2"),
    E("p09-9", "air_drone_strike", MON, L("Krasnaya Yaruga"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      claimant="regional governor", note="'on Monday evening' in a Tuesday report = 23 Sept"),
    E("p09-10", "air_drone_strike", D, L("Ostrogozhsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris damage: a child strike typed by the weapon; 'without causing casualties' = 0/0"),
    E("p09-11", "infrastructure_disruption", D, L("Vnukovo"), "UA", "RU",
      note="flight restrictions at Vnukovo for about three hours"),
    E("p09-12", "air_drone_strike", MON, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(13),
      weapons=[W("guided_bomb")], claimant="regional governor", note="'on Monday evening'"),
]
STATEMENTS = [
    S("Vadym Sheremeta", "UA", "The target was hit, and the fire can be seen from several kilometres away",
      "General Staff spokesman"),
    S("Iryna Kovalchuk", "UA", "They hit a residential neighbourhood at rush hour", "regional administration spokeswoman"),
]
MUST_NOT = [
    "AGP - Agence Globe Presse",
    "Published on 24/09/2024 - 11:42 · Updated 24/09/2024 - 13:05",
    "Reading time 2 min",
    'Read more: "We sleep in the corridor": a year of drone alerts in Belgorod',
    "ds-ab/tw",
    "© 2024 AGP",
    "Follow AGP on WhatsApp",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
