from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Missile strike on Chernihiv leaves three dead as Russia keeps up pressure on Ukraine's north"
TEXT = """POLARIS WIRE
World · Europe · Business · Markets · Climate · Video
Europe | Ukraine war
Missile strike on Chernihiv leaves three dead as Russia keeps up pressure on Ukraine's north
By Hanna Lewicki and Ostap Dovzhenko
Filed 20 Jan 2026 · 11:48 UTC · updated 14:02 UTC
CHERNIHIV, Ukraine, Jan 20 (Polaris) - A Russian ballistic missile slammed into an administrative building in central Chernihiv shortly after 7 p.m. on Monday, killing three people and wounding 19, regional officials said on Tuesday, raising a toll that had stood at two overnight.

Rescuers worked through the night to free two women trapped under a collapsed stairwell, said Oksana Hrebeniuk, a spokeswoman for the regional emergency service. "We could hear one of them answering us for almost two hours before we reached her," she said.

Across the street, Valentyna Kulyk, 54, was sweeping glass from her kitchen floor. "The windows came in on us while we were putting the children to bed," she said.

Hours before the missile struck, drones had attacked energy facilities near Nizhyn, about 80 km (50 miles) to the southeast, cutting power to roughly 11,000 households, the regional grid operator said. Supply had been restored to most of them by Tuesday morning.

Overnight, Russia launched 64 drones and two Iskander-M ballistic missiles at Ukraine, the Ukrainian air force said on Tuesday, adding that 51 of the drones had been shot down or jammed. It did not say where the missiles had landed.

In the southern Kherson region, a 62-year-old man was killed when Russian artillery shelled Antonivka, a suburb of Kherson on the Dnipro river, on Tuesday morning, the regional governor said.

Moscow did not comment on the Chernihiv strike. Russia's defence ministry said its air defences had destroyed 33 Ukrainian drones over several regions during the night, without giving a breakdown.

Chernihiv, which lies about 60 km from the Belarusian border, was cut off for weeks in the opening phase of the full-scale invasion in 2022. City authorities declared Wednesday a day of mourning. European Union ministers are expected to discuss a new package of sanctions next week.
(Reporting by Hanna Lewicki in Chernihiv and Ostap Dovzhenko in Kyiv; editing by Mark Feeney)
Polaris Wire is an independent newswire. Our editorial standards →
Tags: Ukraine · Chernihiv · Air strikes · Energy
"""
DOC = {"id": "ky03", "date": "2026-01-20", "source": "Polaris Wire (international newswire)",
       "url": "https://polariswire.example/europe/ukraine-chernihiv-missile-strike-2026-01-20", "text": TEXT}

D, Y = "2026-01-20", "2026-01-19"
WAVE = "ky03-4"
EVENTS = [
    E("ky03-1", MAS, Y, L("Chernihiv"), "RU", "UA", fat=N(3), inj=N(19), weapons=[W("ballistic_missile")],
      note="'shortly after 7 p.m. on Monday' in a Tuesday wire = Mon 19 Jan, not part of the overnight wave; the "
           "toll 'had stood at two overnight' -> the latest figure wins: 3 killed, 19 wounded"),
    E("ky03-2", ADS, Y, H("Nizhyn", "near Nizhyn"), "RU", "UA", weapons=[W("drone")],
      note="'Hours before the missile struck, drones had attacked energy facilities near Nizhyn' -> Monday 19 Jan "
           "(before 7 p.m.), precision 2"),
    E("ky03-3", DIS, Y, H("Nizhyn", "near Nizhyn"), "RU", "UA", parent="ky03-2",
      note="'cutting power to roughly 11,000 households'; the restoration by Tuesday morning is not an event"),
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(64)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="'Overnight, Russia launched 64 drones and two Iskander-M ballistic missiles' in a Tuesday wire = 20 Jan; "
           "combined wave typed by the missiles; the missiles' targets are not said"),
    E("ky03-5", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, weapons=[W("drone", intercepted=N(51))],
      note="'51 of the drones had been shot down or jammed': counted together as the text does"),
    E("ky03-6", MAS, D, L("Antonivka"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="artillery shelled Antonivka, 'a suburb of Kherson on the Dnipro river', 'on Tuesday morning' = 20 Jan; "
           "the Kherson-oblast Antonivka 713304 (the suburb), 1 killed"),
    E("ky03-7", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(33))],
      claimant="Russian defence ministry",
      note="the Russian MoD's 33 drones destroyed 'over several regions during the night' = 20 Jan (country level)"),
    E("ky03-8", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole, implied by the MoD count: optional (blind37 call 5)"),
]
# Not events: 'a toll that had stood at two overnight' (superseded figure); the rescue of the two women (part of the
# strike); the restoration of supply 'by Tuesday morning'; 'It did not say where the missiles had landed'; 'Moscow did
# not comment'; Chernihiv 'cut off for weeks in the opening phase … in 2022' (history); the day of mourning on
# Wednesday (future, not conflict); EU ministers 'expected to discuss' sanctions 'next week' (future).
STATEMENTS = [
    S("Oksana Hrebeniuk", "UA", "We could hear one of them answering us for almost two hours",
      "spokeswoman, Chernihiv regional emergency service"),
    S("Valentyna Kulyk", "UA", "The windows came in on us while we were putting the children to bed",
      "resident of Chernihiv"),
]
MUST_NOT = ["POLARIS WIRE", "World · Europe · Business · Markets · Climate · Video", "Europe | Ukraine war",
            "By Hanna Lewicki and Ostap Dovzhenko", "Filed 20 Jan 2026 · 11:48 UTC · updated 14:02 UTC",
            "(Reporting by Hanna Lewicki in Chernihiv and Ostap Dovzhenko in Kyiv; editing by Mark Feeney)",
            "Polaris Wire is an independent newswire. Our editorial standards →",
            "Tags: Ukraine · Chernihiv · Air strikes · Energy"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
