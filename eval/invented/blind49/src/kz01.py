from common import E, L, R, C, N, W, S, gold

TITLE = "Russian attack kills three in Kyiv, cuts power to hundreds of thousands"
TEXT = """JBN WORLD-JAPAN
Live | Programs | On Demand | News | Learn Japanese
News > World
Russian attack kills three in Kyiv, cuts power to hundreds of thousands
October 10, 2025 16:42 JST
Share | X | Facebook | LINE
Ukrainian authorities say a large-scale Russian attack in the early hours of Friday killed three people in the capital, Kyiv, and left hundreds of thousands of households without electricity.

The city's military administration says a drone slammed into the upper floors of a nine-storey apartment building in the Pecherskyi district. Rescue workers pulled two bodies from the rubble. A third victim, a woman in her sixties, died later in hospital. Eleven people were wounded, among them a seven-year-old boy.

In the capital, a thermal power plant on the left bank of the Dnipro River was also damaged. According to the capital's power utility, about 350,000 customers were cut off, and trains on one metro line ran on only part of the route until mid-morning.

"We are restoring supply district by district. Hospitals and water pumping stations come first," said Dmytro Sushko, a spokesperson for the utility.

Outside the capital, a missile strike set off a fire at an oil refinery in Kremenchuk, in central Ukraine. Regional officials say no one was hurt. In the southeastern city of Zaporizhzhia, drones damaged a bus depot and several homes, wounding four people.

JBN reached Kyiv resident Oksana Melnychuk by phone. She spent the night in a metro station with her two daughters.

"We heard the drones circling for almost an hour. Then the whole building shook, and the lights went out everywhere," she said.

Ukraine's energy minister says repair crews are working around the clock, but she warned that power cuts could continue for several days.

Earlier this month, on October 3, Russian missiles and drones hit gas production facilities in the central Poltava region, forcing the state operator to suspend part of its output.

The Ukrainian air force says that, in all, Russia launched 465 drones and 32 missiles at the country overnight, including ballistic and cruise missiles. It says 405 of the drones and 26 of the missiles were shot down or neutralized. Over the western Lviv region alone, air defense units downed 18 drones, regional officials said.

Japan's Chief Cabinet Secretary told reporters in Tokyo that the government strongly condemns attacks on civilians and on energy facilities.

Kenji Arakawa, a professor of Russian security policy at Kita-Kanto University, says the timing is deliberate. "Russia is trying to break Ukraine's winter before it begins. Every substation it destroys in October is a cold apartment in January," he told JBN.
Related Articles
Ukraine's grid operator introduces rolling blackouts in eight regions
Watch our channel on your smartphone: download the free JBN app
Copyright Japan Broadcasting Network (JBN). All rights reserved.
"""
DOC = {"id": "kz01", "date": "2025-10-10", "source": "JBN World-Japan (Japanese public broadcaster, English service)",
       "url": "https://www3.jbn.example/jbnworld/en/news/20251010_18/", "text": TEXT}

D, OCT3 = "2025-10-10", "2025-10-03"
EVENTS = [
    E("kz01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(465)), W("missile", launched=N(32))],
      note="the wave told last: 'in all, Russia launched 465 drones and 32 missiles … overnight' (Friday page, 'in the "
           "early hours of Friday'): country parent typed by the missiles; 'including ballistic and cruise' gives no "
           "split, so one `missile` entry"),
    E("kz01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kz01-1",
      weapons=[W("drone", intercepted=N(405)), W("missile", intercepted=N(26))],
      note="'405 of the drones and 26 of the missiles were shot down or neutralized' (counted together, blind41 call 1)"),
    E("kz01-3", "air_drone_strike", D, L("Kyiv"), "RU", "UA", parent="kz01-1", fat=N(3), inj=N(11),
      weapons=[W("drone")],
      note="told first: a drone on a nine-storey building in the Pecherskyi district (= the city): two bodies + 'A third "
           "victim … died later in hospital' = 3 killed, 'Eleven people were wounded'"),
    E("kz01-4", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kz01-1",
      family=["air_drone_strike"],
      note="'In the capital, a thermal power plant on the left bank of the Dnipro River was also damaged': the "
           "weapon is not said -> both strike types"),
    E("kz01-5", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="kz01-4",
      note="'about 350,000 customers were cut off' and one metro line ran on part of its route until mid-morning: one "
           "disruption in the city"),
    E("kz01-6", "missile_artillery_strike", D, L("Kremenchuk"), "RU", "UA", parent="kz01-1", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="'a missile strike set off a fire at an oil refinery in Kremenchuk … no one was hurt' = 0/0"),
    E("kz01-7", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", parent="kz01-1", inj=N(4),
      weapons=[W("drone")], note="'drones damaged a bus depot and several homes, wounding four people'"),
    E("kz01-8", "interception", D, R("UA-46", "Lviv region"), "UA", "RU", parent="kz01-2",
      weapons=[W("drone", intercepted=N(18))],
      note="'Over the western Lviv region alone, air defense units downed 18 drones': a regional count -> required"),
    E("kz01-9", "missile_artillery_strike", OCT3, R("UA-53", "Poltava region"), "RU", "UA",
      weapons=[W("missile"), W("drone")],
      note="recalled with its own date: 'Earlier this month, on October 3, Russian missiles and drones hit gas production "
           "facilities in the central Poltava region' -> required on 3 Oct, region only"),
    E("kz01-10", "infrastructure_disruption", OCT3, R("UA-53", "Poltava region"), "RU", "UA", parent="kz01-9",
      optional=True,
      note="'forcing the state operator to suspend part of its output': a production cut, not an outage of consumers "
           "-> optional"),
]
# Not events: the utility restoring supply 'district by district' (repair), 'power cuts could continue for several
# days' (modal), the Chief Cabinet Secretary's condemnation (statement), the professor's analysis, the 'Related
# Articles' headline about rolling blackouts (furniture).
STATEMENTS = [
    S("Dmytro Sushko", "UA", "Hospitals and water pumping stations come first", "spokesperson, Kyiv power utility"),
    S("Oksana Melnychuk", "UA", "the lights went out everywhere", "resident of Kyiv"),
    S("Kenji Arakawa", None, "Every substation it destroys in October is a cold apartment in January",
      "professor, Kita-Kanto University"),
]
# Not gold: the Chief Cabinet Secretary (title only, reported speech).
MUST_NOT = ["JBN WORLD-JAPAN", "Live | Programs | On Demand | News | Learn Japanese", "News > World",
            "October 10, 2025 16:42 JST", "Share | X | Facebook | LINE", "Related Articles",
            "Ukraine's grid operator introduces rolling blackouts in eight regions",
            "Watch our channel on your smartphone: download the free JBN app",
            "Copyright Japan Broadcasting Network (JBN). All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
