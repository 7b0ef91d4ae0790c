from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war live: three killed in Kyiv's Obolon as ballistic missiles hit capital; EU ministers meet in Luxembourg"
TEXT = """THE HARBOUR CHRONICLE
News › World › Ukraine
● LIVE
Russia-Ukraine war live: three killed in Kyiv's Obolon as ballistic missiles hit capital; EU ministers meet in Luxembourg
Niamh Brennan (now) and Cian Doherty (earlier)
Thu 16 Apr 2026 21.48 IST
Show key events only
Please turn on JavaScript in your browser to receive live updates.

21.40 IST
That's where we'll leave our live coverage for today. Here is a summary of the day's main developments:
The death toll from the ballistic missile strike on Kyiv's Obolonskyi district has risen to three, with at least 14 people injured. Russia fired six Iskander-M missiles and 131 drones at Ukraine overnight. A guided bomb killed one person in Kramatorsk in the afternoon. EU foreign ministers discussed a new air-defence fund in Luxembourg.

19.05 IST
Moldova's defence ministry says a drone crashed in a field near Ocnita, in the north of the country, overnight. No one was injured. "This is a Geran-type drone that entered our airspace from Ukraine during the Russian attack," the defence minister told reporters in Chisinau. Moldova has asked the Russian ambassador for explanations.

17.30 IST
Ukraine's General Staff says its long-range drones hit the Syzran oil refinery in Russia's Samara region overnight, causing a fire in the primary processing unit. The Samara governor said earlier that drones had been shot down near "an industrial enterprise" in Syzran and that no one was hurt.

15.20 IST
EU foreign ministers meeting in Luxembourg today have held talks with Ukraine's foreign minister, who joined them in person. "Every euro we put into air defence now saves lives tonight," the EU's foreign policy chief told reporters as she arrived.

13.55 IST
A Russian guided aerial bomb hit the centre of Kramatorsk at 13.40 local time, killing one person and injuring two, the head of the city military administration said. It struck near a bus stop opposite the central market.

11.48 IST
Rescuers in Kyiv have pulled another body from the rubble in Obolon. The city military administration now says three people were killed and at least 14 were injured, four of them children.

10.15 IST
In Kherson, a Russian drone hit a minibus in the Dniprovskyi district at around 09.00 local time, injuring the driver, the regional military administration says.

09.30 IST
More on the overnight attack: in Dnipro, a drone hit the upper floors of a 12-storey residential building, injuring four people. In Bila Tserkva, south of Kyiv, drones struck an infrastructure facility, causing a fire. No casualties were reported there.

08.12 IST
Ukraine's air force says Russia launched six Iskander-M ballistic missiles and 131 drones overnight. Air defences shot down two of the missiles and 104 drones.

07.40 IST
Good morning. Kyiv has been hit by ballistic missiles overnight. The Kyiv city military administration says two people were killed and eight injured when a missile struck a residential building and a nearby warehouse in the Obolonskyi district. "It was the loudest night of the spring," Larysa Hnatiuk, 68, told our reporter outside the building.

Key events
3 killed, at least 14 injured in Kyiv
Kramatorsk hit by glide bomb
Drone crashes in Moldova

Sign up to the Harbour Chronicle Morning Briefing
© 2026 The Harbour Chronicle DAC. Registered in Ireland.
"""
DOC = {"id": "a10", "date": "2026-04-16", "source": "The Harbour Chronicle (live blog)",
       "url": "https://harbourchronicle.example/world/live/2026/apr/16/russia-ukraine-war-live-kyiv-obolon", "text": TEXT}

D = "2026-04-16"
AF = "Ukrainian Air Force"
EVENTS = [
    E("a10-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(6)), W("drone", launched=N(131))], claimant=AF,
      note="overnight wave: one parent typed by its heaviest weapon, country precision"),
    E("a10-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("ballistic_missile", intercepted=N(2)), W("drone", intercepted=N(104))], parent="a10-1", claimant=AF,
      note="two of the Iskander-M and 104 drones shot down"),
    E("a10-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Obolonskyi district)"), "RU", "UA", fat=N(3),
      inj=N(14, "at_least"), weapons=[W("ballistic_missile")], parent="a10-1",
      claimant="Kyiv city military administration",
      note="the toll rises during the day (2 k / 8 w at 07.40 -> 3 k / at least 14 w at 11.48 and in the summary): "
           "latest figure wins; one event"),
    E("a10-4", "air_drone_strike", D, L("Dnipro"), "RU", "UA", inj=N(4), weapons=[W("drone")], parent="a10-1",
      note="part of the overnight attack"),
    E("a10-5", "air_drone_strike", D, L("Bila Tserkva"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="a10-1", note="'No casualties were reported' = 0/0"),
    E("a10-6", "air_drone_strike", D, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], note="daytime, 'around 09.00 local time'; not part of the overnight wave"),
    E("a10-7", "air_drone_strike", D, L("Kramatorsk"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("guided_bomb", launched=N(1))], note="13.40 local time; the summary repeats it (same event)"),
    E("a10-8", "diplomatic_contact", D, L("Luxembourg"), None, "UA",
      note="EU foreign ministers' talks with Ukraine's foreign minister in Luxembourg; EU is no state: actor1 null; the "
           "air-defence fund 'discussed' is not a decision"),
    E("a10-9", "air_drone_strike", D, L("Syzran"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="General Staff of the Armed Forces of Ukraine",
      note="refinery fire claimed by UA; the governor's 'shot down near an industrial enterprise … no one was hurt' is "
           "the same event (0/0); 'overnight' in a Thursday entry = 16 April"),
    E("a10-10", "air_drone_strike", D, L("Ocnita", 2, "near Ocnita"), "RU", "MD", fat=N(0), inj=N(0),
      weapons=[W("drone", "Geran-2")], family=["interception"],
      note="a Geran-type drone crashed in a Moldovan field during the Russian attack (the minister attributes it); "
           "'near X' = precision 2; 'No one was injured' = 0/0"),
    E("a10-11", "diplomatic_contact", D, L("Chisinau"), "MD", "RU", optional=True,
      note="'Moldova has asked the Russian ambassador for explanations': a démarche, day implied, place implied "
           "(Chisinau): optional"),
]
STATEMENTS = [
    S("Moldova's defence minister", "MD", "This is a Geran-type drone that entered our airspace from Ukraine"),
    S("EU foreign policy chief", None, "Every euro we put into air defence now saves lives tonight"),
    S("Larysa Hnatiuk", "UA", "It was the loudest night of the spring", "resident"),
]
MUST_NOT = ["THE HARBOUR CHRONICLE", "News › World › Ukraine", "● LIVE", "Niamh Brennan (now) and Cian Doherty (earlier)",
            "Thu 16 Apr 2026 21.48 IST", "Show key events only",
            "Please turn on JavaScript in your browser to receive live updates.",
            "Sign up to the Harbour Chronicle Morning Briefing",
            "© 2026 The Harbour Chronicle DAC. Registered in Ireland."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
