from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER, POL

TITLE = "Russian attacks kill 3, injure 25 across Ukraine; Moscow claims Bilytske"
TEXT = """THE KYIV LEDGER
Ukraine's independent English-language daily
War | Politics | Business | Kyiv | Opinion | Investigations
Ukraine War Latest
Russian attacks kill 3, injure 25 across Ukraine; Moscow claims Bilytske
February 14, 2026 6:52 PM · 5 min read
by Iryna Sokolenko
Russia attacked Ukraine overnight on Feb. 14 with 142 long-range drones and 11 missiles, seven of them Iskander-M ballistic missiles, the Air Force reported. Air defense downed 120 drones and eight missiles.

Four people were injured in the capital: three in the Obolonskyi district, where fragments hit the upper floors of a 16-storey residential building, and one in the Podilskyi district, where a warehouse caught fire, the city's military administration said.

"The door flew into the room together with the frame. My son slept through the alarm, and thank God he did not get up," said Oleksandra Zhuk, who lives on the 14th floor of the Obolonskyi building.

In Kharkiv, a guided aerial bomb slammed into a street in the Kholodnohirskyi district on the evening of Feb. 13, killing two people and injuring nine, the mayor of Kharkiv said in a video address recorded in Kyiv, where he was attending a meeting of mayors of front-line cities.

Kharkiv has been under near-constant attack this month. On Feb. 3, a Shahed drone hit a student dormitory in the Shevchenkivskyi district, killing five students. Outside the city, the Odesa port has also been a frequent target: on Jan. 27, a ballistic missile struck its grain terminal, killing two dock workers.

For about seven hours on Feb. 13, the Zaporizhzhia Nuclear Power Plant, held by Russian troops since 2022, had no off-site power at all, the International Atomic Energy Agency said — the 13th such blackout since Russia's full-scale invasion began. Moscow and Kyiv blamed each other's shelling for the outage.

In Kherson Oblast, Russian attacks killed one person and injured 12 over the past day, the regional governor said on Feb. 14. Russian troops fire on the region's right bank from the occupied left bank, mostly from around Oleshky and Hola Prystan.

In Kherson, a drone struck a minibus in the Dniprovskyi district on the morning of Feb. 14, killing the driver and injuring two passengers.

"He always stopped right by the pharmacy, because the old people could not walk to the next stop," said Dmytro Lytvynenko, a paramedic who was at the scene.

Russia's Defense Ministry claimed on Feb. 14 that its troops had captured Bilytske, a town about 15 kilometers north of Pokrovsk. Ukraine's military denied the claim.

"Our units are holding Bilytske. The fighting is on the southern edge of the town, and it is heavy, but the town is ours," said Serhii Lytvak, a spokesperson for the Donetsk operational group.

Also on Feb. 13, the Cabinet of Ministers imposed sanctions on 56 Russian companies that supply parts for Shahed-type drones, the government's press service said.

Russia has stepped up its use of ballistic missiles against cities in the east since January, said Oleh Harkusha, an air defense analyst at the Kyiv Air Power Studies Centre. "Every Iskander that gets through is a question about the next Patriot battery. We are still waiting for the answer," he said.
Read also: Why Kharkiv's schools moved underground
We've been fighting for the truth since 2021. Become a member of the Kyiv Ledger community
© 2026 The Kyiv Ledger. All rights reserved.
"""
DOC = {"id": "lk12", "date": "2026-02-14", "source": "The Kyiv Ledger (Ukrainian English-language daily)",
       "url": "https://kyivledger.example/war/russian-attacks-kill-3-injure-25-bilytske-2026-02-14", "text": TEXT}

D, FRI = "2026-02-14", "2026-02-13"
W1 = "lk12-1"
AF = "Ukrainian Air Force"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant=AF,
      weapons=[W("missile", launched=N(11)), W("drone", launched=N(142))],
      evidence="Russia attacked Ukraine overnight on Feb. 14 with 142 long-range drones and 11 missiles",
      note="the nationwide wave 'overnight on Feb. 14': country precision, typed by the missiles; 11 missiles (the "
           "'seven of them Iskander-M' is a part, not the total: one `missile` entry of 11) + 142 drones"),
    E("lk12-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant=AF,
      weapons=[W("missile", intercepted=N(8)), W("drone", intercepted=N(120))],
      evidence="Air defense downed 120 drones and eight missiles.",
      note="the wave's interception: 120 drones, eight missiles"),
    E("lk12-3", ADS, D, L("Kyiv"), "RU", "UA", parent=W1, inj=N(3), weapons=[W("drone")],
      claimant="Kyiv city military administration",
      evidence="three in the Obolonskyi district, where fragments hit the upper floors of a 16-storey residential building",
      note="counts per place and as a total: 'Four people were injured in the capital: three in the Obolonskyi "
           "district … and one in the Podilskyi district' -> two sites in two districts of one city are two events "
           "(blind53 call 6); the capital = Kyiv, named only as 'the capital' and by its districts; fragments of the "
           "drones of the wave -> air_drone_strike; Obolonskyi 3 w"),
    E("lk12-4", ADS, D, L("Kyiv"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone")],
      claimant="Kyiv city military administration",
      evidence="one in the Podilskyi district, where a warehouse caught fire",
      note="the second Kyiv site: Podilskyi district, a warehouse fire, 1 w (the total of four is not a third event)"),
    E("lk12-5", ADS, FRI, L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("guided_bomb")],
      claimant="mayor of Kharkiv",
      evidence="In Kharkiv, a guided aerial bomb slammed into a street in the Kholodnohirskyi district on the evening of Feb. 13",
      note="'on the evening of Feb. 13' -> 13 Feb; 2 k 9 w; the mayor speaks 'in a video address recorded in Kyiv' -> "
           "the speaker's place is not the event's place: Kharkiv"),
    E("lk12-6", ADS, "2026-02-03", L("Kharkiv"), "RU", "UA", fat=N(5), weapons=[W("drone", "Shahed-136")],
      evidence="On Feb. 3, a Shahed drone hit a student dormitory in the Shevchenkivskyi district, killing five students.",
      note="background paragraph with its own date: 'On Feb. 3, a Shahed drone hit a student dormitory in the "
           "Shevchenkivskyi district' (Kharkiv's district, the paragraph is about Kharkiv) -> recalled, required, 5 k"),
    E("lk12-7", MAS, "2026-01-27", L("Odesa"), "RU", "UA", fat=N(2), weapons=[W("ballistic_missile")],
      evidence="on Jan. 27, a ballistic missile struck its grain terminal, killing two dock workers",
      note="recalled with its own date: 'on Jan. 27, a ballistic missile struck its grain terminal' (its = the Odesa "
           "port) -> Odesa, 27 Jan, 2 k"),
    E("lk12-8", DIS, FRI, H("Enerhodar", "Zaporizhzhia Nuclear Power Plant (Enerhodar)"), None, None,
      claimant="International Atomic Energy Agency",
      evidence="For about seven hours on Feb. 13, the Zaporizhzhia Nuclear Power Plant, held by Russian troops since 2022, had no off-site power at all",
      note="a place named only by a landmark: the Zaporizhzhia nuclear plant stands by Enerhodar (precision 2, "
           "Zaporizhzhia oblast); 'Moscow and Kyiv blamed each other' -> sides null (blind50 la02's ZNPP); 13 Feb; "
           "'the 13th such blackout since …' is a count, not 13 events"),
    E("lk12-9", MAS, FRI, R("UA-65", "Kherson Oblast"), "RU", "UA", end=D, prec="range", agg=True, fat=N(1),
      inj=N(12), family=[ADS], claimant="Kherson governor",
      evidence="In Kherson Oblast, Russian attacks killed one person and injured 12 over the past day",
      note="'over the past day, the regional governor said on Feb. 14' -> range 13-14 Feb, aggregate (ANNOTATION rule "
           "6), 1 k 12 w, weapon not said (both types); Oleshky and Hola Prystan are where the fire comes from "
           "(launch areas), not places hit; the Kherson minibus is its child"),
    E("lk12-10", ADS, D, L("Kherson"), "RU", "UA", parent="lk12-9", fat=N(1), inj=N(2), weapons=[W("drone")],
      evidence="In Kherson, a drone struck a minibus in the Dniprovskyi district on the morning of Feb. 14, killing the driver and injuring two passengers.",
      note="'on the morning of Feb. 14' -> 14 Feb; 'killing the driver and injuring two passengers' -> 1 k 2 w in words; "
           "the Dniprovskyi district is Kherson's"),
    E("lk12-11", TER, D, L("Bilytske"), "RU", "UA", claimant="Russian Ministry of Defence",
      evidence="Russia's Defense Ministry claimed on Feb. 14 that its troops had captured Bilytske",
      note="a capture claim is required on its claim day even when denied (blind53 call 5); Bilytske 712613, about 15 km "
           "north of Pokrovsk (checked against the coordinates)"),
    E("lk12-12", CLA, D, H("Bilytske", "southern edge of Bilytske"), "RU", "UA", claimant="Serhii Lytvak",
      evidence="The fighting is on the southern edge of the town, and it is heavy, but the town is ours",
      note="the denial: 'The fighting is on the southern edge of the town' -> a clash the same day, attacker RU, edge of "
           "X = precision 2 (blind53 ld08-10)"),
    E("lk12-13", POL, FRI, C("UA", "Ukraine"), "UA", "RU", claimant="Cabinet of Ministers of Ukraine",
      evidence="Also on Feb. 13, the Cabinet of Ministers imposed sanctions on 56 Russian companies",
      note="a sanctions decision 'on Feb. 13' -> policy_decision at the deciding country (blind49 call 10), UA -> RU"),
]
# Not events: 'Kharkiv has been under near-constant attack this month' (habit), 'the 13th such blackout since Russia's
# full-scale invasion began' (count), 'Russian troops fire on the region's right bank from the occupied left bank,
# mostly from around Oleshky and Hola Prystan' (habit; launch areas), 'Russia has stepped up its use of ballistic
# missiles … since January' (trend), 'We are still waiting for the answer' (opinion). Kyiv, where the Kharkiv mayor
# recorded his address, is no event's place. Masthead, tagline, menu, rubric, date line, byline, 'Read also' item,
# membership line and © are furniture.
STATEMENTS = [
    S("Oleksandra Zhuk", "UA", "The door flew into the room together with the frame", "resident, Kyiv Obolonskyi district"),
    S("Dmytro Lytvynenko", "UA", "He always stopped right by the pharmacy", "paramedic, Kherson"),
    S("Serhii Lytvak", "UA", "Our units are holding Bilytske", "spokesperson, Donetsk operational group"),
    S("Oleh Harkusha", None, "Every Iskander that gets through is a question about the next Patriot battery",
      "air defense analyst, Kyiv Air Power Studies Centre"),
]
MUST_NOT = ["THE KYIV LEDGER", "Ukraine's independent English-language daily",
            "War | Politics | Business | Kyiv | Opinion | Investigations", "Ukraine War Latest",
            "February 14, 2026 6:52 PM · 5 min read", "by Iryna Sokolenko",
            "Read also: Why Kharkiv's schools moved underground",
            "We've been fighting for the truth since 2021. Become a member of the Kyiv Ledger community",
            "© 2026 The Kyiv Ledger. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
