from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, TER

TITLE = "Ukrainian militants shell Donetsk and Gorlovka; Vampire rockets downed over Belgorod region"
TEXT = """FTV NEWS
Federal Television · English service
Main | Russia | Special military operation | World | Economy | Sport | Weather
Special operation › Donbass
Ukrainian militants shell Donetsk and Gorlovka; Vampire rockets downed over Belgorod region
21.04.2024 14:37 (updated 15:10)
Text: Sergei Voronin, FTV correspondent
Ukrainian armed formations fired on the Petrovsky district of Donetsk with 155-millimetre NATO-standard shells on Sunday morning. Two civilians, a woman born in 1961 and a 40-year-old man, were wounded, the head of the Donetsk People's Republic said. The blast wave blew out windows in a school and in three apartment blocks.

"They hit the district at the hour when people walk to church. This is not an accident, this is their method," FTV war correspondent Dmitry Lapshin reported from the scene.

The evening before, in Gorlovka, a drone launched by Ukrainian militants dropped an explosive device on a bus stop in the Tsentralno-Gorodskoy district. A man of 58 died on the spot, the city's head said.

Over the Belgorod region, air defence systems shot down 14 rockets of a Czech-made Vampire multiple rocket launcher and three aircraft-type drones during the night, the Defence Ministry reported.

In Graivoron, a Ukrainian FPV drone hit a car on Saturday evening, the region's governor said. The driver was wounded in the shoulder and was taken to the regional hospital in Belgorod.

"I saw it over the road and stepped on the gas, but it was faster," the driver, Nikolai Zuyev, told FTV from his hospital bed.

Units of the Tsentr group of forces have liberated the settlement of Ocheretino in the Donetsk People's Republic, the Defence Ministry announced on Sunday. On Saturday, an Iskander missile strike destroyed a depot of foreign-made weapons near Kramatorsk, the ministry added.

The Foreign Ministry's spokeswoman said the Kiev regime would bear full responsibility for the shelling of Donetsk. Since 2014 the city has been shelled almost every day.
Watch FTV live around the clock
Subscribe to FTV on Telegram and VK
18+ © FTV Federal Television, 2024. All rights reserved.
"""
DOC = {"id": "lk05", "date": "2024-04-21", "source": "FTV News (Russian state TV channel's website, English service)",
       "url": "https://ftv-news.example/svo/2024/04/21/donetsk-gorlovka-belgorod", "text": TEXT}

D, SAT = "2024-04-21", "2024-04-20"
MOD = "Russian Ministry of Defence"
EVENTS = [
    E("lk05-1", MAS, D, L("Donetsk"), "UA", None, inj=N(2), weapons=[W("artillery")],
      claimant="head of the Donetsk People's Republic (Russian-installed)",
      evidence="Ukrainian armed formations fired on the Petrovsky district of Donetsk with 155-millimetre NATO-standard shells on Sunday morning.",
      note="'on Sunday morning' = the publication Sunday, 21 Apr; 155-mm shells = artillery; 'Two civilians, a woman "
           "born in 1961 and a 40-year-old man, were wounded' -> 2 w; occupied Donetsk told by the occupation side: the "
           "claimed attacker UA, actor2 null (blind53 call 5); the Petrovsky district is the city"),
    E("lk05-2", ADS, SAT, L("Horlivka", name="Horlivka (Gorlovka)"), "UA", None, fat=N(1), weapons=[W("drone")],
      claimant="head of Gorlovka (Russian-installed)",
      evidence="The evening before, in Gorlovka, a drone launched by Ukrainian militants dropped an explosive device on a bus stop in the Tsentralno-Gorodskoy district.",
      note="'The evening before' a Sunday-morning shelling -> Saturday 20 Apr; Gorlovka = Horlivka (Russian form); a "
           "drone drop, 'A man of 58 died on the spot' -> 1 k; 'launched by Ukrainian militants' names the attacker, not "
           "a launch place"),
    E("lk05-3", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", claimant=MOD,
      weapons=[W("mlrs", "Vampire", intercepted=N(14)), W("drone", intercepted=N(3))],
      evidence="Over the Belgorod region, air defence systems shot down 14 rockets of a Czech-made Vampire multiple rocket launcher and three aircraft-type drones during the night",
      note="a fronted place with counts: 14 Vampire rockets + 3 drones 'during the night' (a Sunday afternoon page -> "
           "21 Apr) -> required regional interception, RU defending"),
    E("lk05-4", ADS, SAT, L("Graivoron"), "UA", "RU", inj=N(1), weapons=[W("drone")], claimant="Belgorod governor",
      evidence="In Graivoron, a Ukrainian FPV drone hit a car on Saturday evening, the region's governor said.",
      note="'on Saturday evening' -> 20 Apr; 1 w; the regional hospital in Belgorod is where he was taken, not the place"),
    E("lk05-5", TER, D, L("Ocheretyne", name="Ocheretyne (Ocheretino)"), "RU", "UA", claimant=MOD,
      evidence="Units of the Tsentr group of forces have liberated the settlement of Ocheretino in the Donetsk People's Republic, the Defence Ministry announced on Sunday.",
      note="the MoD's 'liberated … announced on Sunday': a capture claim is required on the claim day (blind53 call 5), "
           "Ocheretino = Ocheretyne (698759), Donetsk oblast"),
    E("lk05-6", MAS, SAT, H("Kramatorsk", "near Kramatorsk"), "RU", "UA", claimant=MOD,
      weapons=[W("ballistic_missile", "Iskander-M")],
      evidence="On Saturday, an Iskander missile strike destroyed a depot of foreign-made weapons near Kramatorsk",
      note="the MoD's claimed strike 'On Saturday' (20 Apr) 'near Kramatorsk' -> RU -> UA at precision 2; Iskander = "
           "ballistic missile"),
]
# Not events: the Foreign Ministry spokeswoman's 'would bear full responsibility' (statement, title only), 'Since 2014
# the city has been shelled almost every day' (habit), Zuyev's hospital in Belgorod (not a place of an event). Not
# gold: the spokeswoman's words (reported, title only). Masthead, channel line, menu, rubric, date line, byline,
# live line, subscribe line and the 18+/© line are furniture.
STATEMENTS = [
    S("Dmitry Lapshin", "RU", "This is not an accident, this is their method", "FTV war correspondent"),
    S("Nikolai Zuyev", "RU", "I saw it over the road and stepped on the gas, but it was faster", "driver, Graivoron"),
]
MUST_NOT = ["FTV NEWS", "Federal Television · English service",
            "Main | Russia | Special military operation | World | Economy | Sport | Weather", "Special operation › Donbass",
            "21.04.2024 14:37 (updated 15:10)", "Text: Sergei Voronin, FTV correspondent",
            "Watch FTV live around the clock", "Subscribe to FTV on Telegram and VK",
            "18+ © FTV Federal Television, 2024. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
