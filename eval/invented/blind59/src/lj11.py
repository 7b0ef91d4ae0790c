from common import E, L, R, C, N, W, S, H, gold, ARR, PRO, LOO, DIS, REX

TITLE = "Teenage arsonists detained in Lviv, bomb at Khmelnytskyi recruitment centre wounds four, POW families march in Kyiv"
TEXT = """CHAS
Ukraine's national news · Українською | English
War | Politics | Economy | Society | Regions | Opinion | Special projects
⚠ Air raid alert in the Kyiv region. Follow the official alert map
Society › Security
Teenage arsonists detained in Lviv, bomb at Khmelnytskyi recruitment centre wounds four, POW families march in Kyiv
Author: Bohdan Lisovyi
15 April 2025, 11:20 · updated 15:47
Reading time: 6 min
Two 16-year-olds who set fire to three military pickup trucks in Lviv on the night to Sunday were detained the following day, the Security Service of Ukraine (SBU) and the National Police said on Tuesday. According to investigators, a handler in Russia recruited the boys through a Telegram channel that offered "easy money" and promised them 800 US dollars for the job.

The pickups, which volunteers had bought for a brigade fighting in the Zaporizhzhia direction, were parked in a courtyard in the Sykhivskyi district. All three burned out. The teenagers filmed the fire on a phone as proof for their handler, and it was that video, the SBU says, that led investigators to them within a day.

"Most of them are children who have never seen the front. They are told it is a game, and they only find out it is a prison term when we knock on the door," said Yuliia Koval, a spokeswoman for the SBU in the Lviv region.
Photo: SBU press service
In Khmelnytskyi, an explosive device went off at the entrance of a territorial recruitment centre shortly before 9 a.m. on Monday. Three servicemen and a passer-by were injured, one of the soldiers seriously. Police detained a 31-year-old local man within hours; according to the SBU, he had planted the device on the instructions of Russian special services.

On the railway, sabotage is suspected in a derailment near Kovel. On Saturday night an explosion went off under the track as a freight train with fuel tank cars was passing; six tank cars left the rails, but none caught fire, and the crew was unhurt, Ukrzaliznytsia said. Traffic on the Kovel–Lutsk line was suspended for eleven hours while the track was repaired.

Meanwhile, in Kyiv, about 1,500 relatives of prisoners of war and missing soldiers marched on Sunday from Mykhailivska Square to Maidan Nezalezhnosti, carrying portraits and blue-and-yellow ribbons. They asked the government to speed up exchanges and to publish the lists of those confirmed to be in captivity. The march ended without incident.

"My son has been in captivity for two years and four months. I know he is alive only because a soldier released in January saw him in a prison camp," said Halyna Ostrovska, who came from Chernihiv for the march.

The Coordination Headquarters for the Treatment of Prisoners of War said another exchange was being prepared but gave no date. In the first three months of the year, according to the SBU, 117 people suspected of arson and sabotage on Russia's instructions were detained, about a third of them minors. Parliament is due to vote next week on a bill that would toughen the penalties for sabotage on the railway.
Read also: Recruited on Telegram: how Russia's special services hire teenagers for arson
Subscribe to our morning newsletter Chas Ranok
Share: Facebook · Telegram · X · Viber
Tags: SBU, sabotage, Lviv, Khmelnytskyi, prisoners of war
Noticed a mistake? Select it and press Ctrl+Enter
© 2025 Chas Media LLC. Materials may be used only with a hyperlink to chas.example placed no lower than the first paragraph.
"""
DOC = {"id": "lj11", "date": "2025-04-15", "source": "Chas (Ukrainian national news site, English version)",
       "url": "https://chas.example/en/society/2025/04/15/lviv-arsonists-khmelnytskyi-blast-pow-march", "text": TEXT}

D, MON, SUN, SAT = "2025-04-15", "2025-04-14", "2025-04-13", "2025-04-12"
EVENTS = [
    E("lj11-1", LOO, SUN, L("Lviv"), None, "UA", claimant="SBU",
      evidence="Two 16-year-olds who set fire to three military pickup trucks in Lviv on the night to Sunday",
      note="arson of three military pickups 'on the night to Sunday' -> 13 Apr (a Tuesday page); property destruction = "
           "looting_destruction; the Russian handler is the SBU's account -> actor1 null as in lj10 (blind49 kz11-1); "
           "the Sykhivskyi district is the city"),
    E("lj11-2", ARR, MON, L("Lviv"), "UA", None, claimant="SBU",
      evidence="were detained the following day",
      note="'detained the following day' -> Monday 14 Apr (its own day wins over the Tuesday announcement, blind51 call "
           "6); arrests by the SBU and police are UA with actor2 null"),
    E("lj11-3", REX, MON, L("Khmelnytskyi"), None, "UA", inj=N(4), claimant="SBU",
      evidence="In Khmelnytskyi, an explosive device went off at the entrance of a territorial recruitment centre shortly "
               "before 9 a.m. on Monday",
      note="an IED = remote_explosive, Monday 14 Apr; 'Three servicemen and a passer-by' = 4 injured (counted from a "
           "list, blind51 call 9); the 'Russian special services' are the SBU's claim -> actor1 null"),
    E("lj11-4", ARR, MON, L("Khmelnytskyi"), "UA", None,
      evidence="Police detained a 31-year-old local man within hours",
      note="'within hours' of the Monday blast -> 14 Apr"),
    E("lj11-5", REX, SAT, H("Kovel", "railway near Kovel"), None, "UA", fat=N(0), inj=N(0),
      evidence="On Saturday night an explosion went off under the track as a freight train with fuel tank cars was passing",
      note="'On Saturday night' -> 12 Apr (Saturday night = Saturday, blind50/blind51); an explosion under the track = "
           "remote_explosive, layer unknown -> actor1 null; 'none caught fire, and the crew was unhurt' -> 0/0; near X -> "
           "precision 2 (UA-07)"),
    E("lj11-6", DIS, SAT, H("Kovel", "Kovel–Lutsk line"), None, "UA", parent="lj11-5",
      evidence="Traffic on the Kovel–Lutsk line was suspended for eleven hours while the track was repaired",
      note="rail traffic suspended for eleven hours: a disruption caused by lj11-5"),
    E("lj11-7", PRO, SUN, L("Kyiv"), "UA", None,
      evidence="about 1,500 relatives of prisoners of war and missing soldiers marched on Sunday from Mykhailivska Square "
               "to Maidan Nezalezhnosti",
      note="peaceful march 'on Sunday' -> 13 Apr, 'ended without incident' (no intervention)"),
]
# Not events: the handler's promise of 800 dollars (part of lj11-1), the video that led investigators to the boys
# (investigation), 'sabotage is suspected' (the same derailment), the POW headquarters' exchange 'being prepared' with
# no date (plan), '117 people … in the first three months' (cumulative), the vote 'due … next week' (plan). The air
# alert banner, the own-line photo credit and the 'Read also' headline are furniture.
STATEMENTS = [
    S("Yuliia Koval", "UA", "they only find out it is a prison term when we knock on the door",
      "spokeswoman, SBU in the Lviv region"),
    S("Halyna Ostrovska", "UA", "I know he is alive only because a soldier released in January saw him",
      "mother of a prisoner of war"),
]
# Not gold: "easy money" (fragment).
MUST_NOT = ["CHAS", "Ukraine's national news · Українською | English",
            "War | Politics | Economy | Society | Regions | Opinion | Special projects",
            "⚠ Air raid alert in the Kyiv region. Follow the official alert map", "Society › Security",
            "Author: Bohdan Lisovyi", "15 April 2025, 11:20 · updated 15:47", "Reading time: 6 min",
            "Photo: SBU press service",
            "Read also: Recruited on Telegram: how Russia's special services hire teenagers for arson",
            "Subscribe to our morning newsletter Chas Ranok", "Share: Facebook · Telegram · X · Viber",
            "Tags: SBU, sabotage, Lviv, Khmelnytskyi, prisoners of war",
            "Noticed a mistake? Select it and press Ctrl+Enter",
            "© 2025 Chas Media LLC. Materials may be used only with a hyperlink to chas.example placed no lower than the "
            "first paragraph."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
