from common import E, L, R, C, N, W, S, gold

TITLE = "Missiles rain on Kyiv and a dozen cities in Russia's biggest strike in months"
TEXT = """NVB — Nordvik Broadcasting | English Service
Radio · TV · News · Sport · Weather
Missiles rain on Kyiv and a dozen cities in Russia's biggest strike in months
Monday 10 October 2022 · 16:05 CET
Listen to this article (4 min)
Russia fired 84 cruise missiles and 24 Iranian-made Shahed drones at Ukraine on Monday morning, the Ukrainian military said, hitting the centre of Kyiv during the rush hour and knocking out power in much of the west of the country.

Ukraine's air defences destroyed 43 of the missiles and 13 of the drones, the General Staff said. The rest got through.

In Kyiv, at least five people were killed and 12 injured when missiles struck the Shevchenkivskyi district, including a crossroads near the university and a children's playground, said Oleksandr Hrytsenko, deputy head of the city's military administration.

"People were on their way to work and to school. There is no military object within a kilometre of this crossing," Hrytsenko told NVB.

A missile hit the fourth-floor apartment of a family in Dnipro, and three people were killed in the city, regional officials said. In Zaporizhzhia, one man died when a missile struck a residential street.

Strikes on energy facilities in Lviv left the city without power and hot water, and the regional administration said large parts of the Lviv region were also cut off. Explosions were reported in Ternopil, but officials gave no details.

In Kharkiv, two strikes hit energy infrastructure in the morning, the mayor said, and the city's metro stopped running because of the power cut.

Later on Monday, scheduled power cuts were introduced in the Lviv, Poltava, Sumy and Ternopil regions, the national grid operator said.

Air-raid sirens sounded in every region for more than five hours. Russia had last hit central Kyiv with missiles in June.

Moldova said three of the cruise missiles, fired from warships in the Black Sea, had crossed its airspace. Its foreign ministry summoned the Russian ambassador in Chisinau on Monday afternoon.

A woman and her son wait in a metro station used as a bomb shelter in central Kyiv on Monday morning. Photo: Kateryna Lys/NVB

The Kremlin said the strikes were a response to the explosion on the Crimean bridge on Saturday, which Moscow blamed on Ukrainian intelligence. Kyiv has not claimed responsibility.

In Minsk, the Belarusian president said on Monday that he had agreed with Moscow to deploy a joint regional grouping of troops, and that Russian soldiers would arrive in Belarus in the coming weeks.

In a video address recorded in the centre of the capital, the Ukrainian president said Russia wanted to spread panic and destroy the energy system before winter. The Russian president warned that further strikes would follow if Ukraine attacked Russian territory again.

"The targeting of power stations is a strategy, not a reprisal. The bridge gave the Kremlin a story to tell at home, nothing more," said Pekka Lahtinen, an analyst at the Nordic Institute of Strategic Studies in Helsinki.

Berlin said it would speed up the delivery of the first IRIS-T air-defence system, promised for the coming days, and G7 leaders are to hold an emergency video call on Tuesday.

Read more on nvb.example:
Timeline: eight months of war in Ukraine
How Ukraine's air defence works

Share on social media
NVB English Service · Contact us · Terms of use
"""
DOC = {"id": "kc03", "date": "2022-10-10", "source": "Nordvik Broadcasting English Service (European broadcaster)",
       "url": "https://nvb.example/english/world/2022-10-10-missiles-kyiv", "text": TEXT}

D = "2022-10-10"
GS = "General Staff of the Armed Forces of Ukraine"
EVENTS = [
    E("kc03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(84)), W("drone", "Shahed-136", launched=N(24))], claimant=GS,
      note="nationwide wave typed by its heaviest weapon, country precision, not aggregate"),
    E("kc03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(43)), W("drone", "Shahed-136", intercepted=N(13))], claimant=GS,
      parent="kc03-1", note="'destroyed 43 of the missiles and 13 of the drones'"),
    E("kc03-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Shevchenkivskyi district)"), "RU", "UA",
      fat=N(5, "at_least"), inj=N(12), weapons=[W("cruise_missile")], parent="kc03-1", claimant="Oleksandr Hrytsenko",
      note="city district = the city; 'at least five' killed, 12 injured; the caption (metro shelter) is text, not a "
           "second event"),
    E("kc03-4", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", fat=N(3), weapons=[W("cruise_missile")],
      parent="kc03-1", note="'three people were killed in the city'"),
    E("kc03-5", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), weapons=[W("cruise_missile")],
      parent="kc03-1", note="one man died"),
    E("kc03-6", "missile_artillery_strike", D, L("Lviv"), "RU", "UA", family=["air_drone_strike"], parent="kc03-1",
      note="'Strikes on energy facilities in Lviv': weapon not said → drone type accepted"),
    E("kc03-7", "infrastructure_disruption", D, L("Lviv"), "RU", "UA", parent="kc03-1",
      note="city without power and hot water; the region's cuts are the same outage (one event)"),
    E("kc03-8", "missile_artillery_strike", D, L("Ternopil"), "RU", "UA", family=["air_drone_strike"], optional=True,
      parent="kc03-1", note="'Explosions were reported … no details': vague, optional"),
    E("kc03-9", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", family=["policy_decision"],
      parent="kc03-1", note="scheduled cuts in four listed regions: one country-level event (blind8 r01 convention)"),
    E("kc03-12", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", family=["air_drone_strike"], parent="kc03-1",
      note="'two strikes hit energy infrastructure': weapon not said, drone type accepted; one event for the city"),
    E("kc03-13", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="kc03-1",
      note="the metro stopped running because of the power cut"),
    E("kc03-14", "diplomatic_contact", D, L("Chisinau"), "MD", "RU",
      note="Moldova summoned the Russian ambassador in Chisinau 'on Monday afternoon'; the missiles crossing its "
           "airspace 'fired from warships in the Black Sea' give no strike event (launch area, transit)"),
    E("kc03-15", "missile_artillery_strike", "2022-06-01", L("Kyiv"), "RU", "UA", end="2022-06-30", prec="month",
      optional=True, note="'had last hit central Kyiv with missiles in June': recalled without a day, optional"),
    E("kc03-10", "remote_explosive", "2022-10-08", R("UA-43", "Crimea (Crimean bridge)"), None, "RU", optional=True,
      family=["air_drone_strike", "missile_artillery_strike"],
      note="recalled 'explosion on the Crimean bridge on Saturday' (8 Oct): day resolvable but cause and perpetrator "
           "only blamed, place given only as the bridge; optional; actor1 null (Kyiv has not claimed it)"),
    E("kc03-11", "policy_decision", D, L("Minsk"), "BY", "RU", family=["military_mobilization"],
      note="the Belarusian president's decision, announced in Minsk 'on Monday', to deploy a joint regional grouping "
           "with Russia: a decision taken (placed where it was announced); the troops' arrival 'in the coming weeks' "
           "is a plan"),
]
STATEMENTS = [
    S("Pekka Lahtinen", None, "The targeting of power stations is a strategy, not a reprisal", "analyst"),
    S("Oleksandr Hrytsenko", "UA", "There is no military object within a kilometre of this crossing",
      "deputy head of Kyiv's military administration"),
]
MUST_NOT = ["NVB — Nordvik Broadcasting | English Service", "Radio · TV · News · Sport · Weather",
            "Monday 10 October 2022 · 16:05 CET", "Listen to this article (4 min)", "Read more on nvb.example:",
            "Timeline: eight months of war in Ukraine", "How Ukraine's air defence works", "Share on social media",
            "NVB English Service · Contact us · Terms of use"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
