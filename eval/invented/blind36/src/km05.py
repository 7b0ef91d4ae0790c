from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones set Novokuibyshevsk refinery on fire for the second time in five weeks"
TEXT = """KOLOKOL
independent Russian newsroom in exile · Riga
Русская версия · English
Kolokol has been declared an "undesirable organization" in Russia. Sharing our materials inside Russia may be prosecuted.
Blocked? Read us through the mirror kolokol-mirror.example or the Telegram bot @kolokol_mirror_bot
War | Regions | Economy | Repression | Investigations
Ukrainian drones set Novokuibyshevsk refinery on fire for the second time in five weeks
March 21, 2026 · Pavel Ganin
Drones hit the oil refinery in Novokuibyshevsk in the Samara region overnight, starting a fire at one of its primary distillation units, a source in Ukraine's Security Service (SBU) told Kolokol and several Ukrainian outlets on Saturday.

The SBU later confirmed the attack in a statement, saying its long-range drones had hit the plant, which it said supplies fuel to Russian troops. "Every refinery that feeds the Russian army is a legitimate target and will remain one," the service said.

The Samara region governor wrote on Telegram that an attack on "an industrial enterprise in Novokuibyshevsk" had been repelled and that falling debris had caused a fire, which had been contained by morning. No one was hurt, he said.

Residents filmed a column of black smoke above the plant from the town's southern districts. "At four in the morning the windows shook twice. Then everything smelled of burnt rubber," a resident who gave her name as Tatyana told Kolokol.

Restrictions were imposed at Samara's Kurumoch airport from 02:10 to 07:30, the federal aviation agency said; 14 flights were delayed.

Russia's defence ministry said air defences had destroyed 64 Ukrainian drones overnight, including 21 over the Samara region, 17 over the Bryansk region and 12 over the Saratov region.

In Engels in the Saratov region, home to a strategic bomber base, debris from a drone damaged a private house and injured one man, the Saratov governor said. The SBU did not claim an attack on the base.

The SBU previously said it had hit the Novokuibyshevsk refinery on February 14. According to industry data seen by Kolokol, the plant processed about 20 per cent less crude in February than a year earlier.

"Each strike takes a unit out for two to six weeks. The question is whether Ukraine can hit faster than Russian refiners can repair," said Sergei Vakhrushin, an energy economist who left Moscow in 2022 and now works in Tbilisi.

The government is expected to extend its ban on gasoline exports, which expires at the end of the month, and retail prices in the Volga region could rise further if the plant stays down, traders said. A Ukrainian commander warned in a video on Saturday that strikes would continue "until the tanks run dry".
Pavel Ganin grew up in Samara and left Russia in 2022. He covers the Volga region for Kolokol from Vilnius.
Kolokol lives on reader donations: card · crypto · Patreon. Every euro helps keep our reporters safe.
Tags: #drones #oil #Samara #SBU
"""
DOC = {"id": "km05", "date": "2026-03-21", "source": "Kolokol (Russian exile news site, Riga)",
       "url": "https://kolokol.example/en/war/2026/03/21/novokuibyshevsk-refinery-fire", "text": TEXT}

D = "2026-03-21"
EVENTS = [
    E("km05-1", "air_drone_strike", D, L("Novokuibyshevsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Security Service of Ukraine",
      note="'overnight' in a Saturday report = 21 Mar; the SBU's hit claim and the governor's 'repelled … debris "
           "caused a fire' are one event (counter-claims, blind28 call 8) with the governor's 'No one was hurt' = 0/0"),
    E("km05-2", "infrastructure_disruption", D, L("Samara"), None, None,
      note="restrictions at Samara's Kurumoch airport 02:10-07:30, 14 flights delayed: airport restrictions after a "
           "raid, no actor named (blind28 call 11); the airport is placed at Samara"),
    E("km05-3", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(64))],
      claimant="Russian Defence Ministry",
      note="the MoD's national count of 64 drones destroyed overnight (country precision)"),
    E("km05-4", "interception", D, R("RU-SAM", "Samara region"), "RU", "UA", parent="km05-3",
      weapons=[W("drone", intercepted=N(21))], note="'21 over the Samara region': regional count -> required"),
    E("km05-5", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="km05-3",
      weapons=[W("drone", intercepted=N(17))], note="'17 over the Bryansk region': regional count -> required"),
    E("km05-6", "interception", D, R("RU-SAR", "Saratov region"), "RU", "UA", parent="km05-3",
      weapons=[W("drone", intercepted=N(12))], note="'12 over the Saratov region': regional count -> required"),
    E("km05-7", "air_drone_strike", D, L("Engels"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="drone debris damaged a house and injured one man in Engels (same night, the Saratov governor); the airbase "
           "was not claimed as hit, so the event is the town's damage, not a strike on the base"),
    E("km05-8", "air_drone_strike", "2026-02-14", L("Novokuibyshevsk"), "UA", "RU", weapons=[W("drone")],
      claimant="Security Service of Ukraine",
      note="recalled with a day: the SBU 'said it had hit the Novokuibyshevsk refinery on February 14' -> required "
           "(blind31 convention); drones from the headline's 'Ukrainian drones … second time'"),
]
# Not events: the February output drop (statistics), 'is expected to extend' the export ban, prices 'could rise …
# if' (conditional), the commander's warning 'strikes would continue' (threat), Engels as 'home to a strategic bomber
# base' (background), the resident's smell of rubber (same event).
STATEMENTS = [
    S("Security Service of Ukraine", "UA", "Every refinery that feeds the Russian army is a legitimate target",
      "SBU statement"),
    S("Sergei Vakhrushin", None, "Each strike takes a unit out for two to six weeks", "energy economist"),
]
# Not gold: the first-name-only resident 'Tatyana' (blind16 call 11), the governor's fragment 'an industrial
# enterprise in Novokuibyshevsk' (title-only speaker), the unnamed commander's 'until the tanks run dry'.
MUST_NOT = ["KOLOKOL", "independent Russian newsroom in exile · Riga", "Русская версия · English",
            'Kolokol has been declared an "undesirable organization" in Russia. Sharing our materials inside Russia may '
            'be prosecuted.',
            "Blocked? Read us through the mirror kolokol-mirror.example or the Telegram bot @kolokol_mirror_bot",
            "War | Regions | Economy | Repression | Investigations", "March 21, 2026 · Pavel Ganin",
            "Pavel Ganin grew up in Samara and left Russia in 2022. He covers the Volga region for Kolokol from Vilnius.",
            "Kolokol lives on reader donations: card · crypto · Patreon. Every euro helps keep our reporters safe.",
            "Tags: #drones #oil #Samara #SBU"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
