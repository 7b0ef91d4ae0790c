from common import E, L, R, C, N, W, S, H, gold, ADS, INT, MOB, DIP

TITLE = "Drones over the Gulf of Finland: Primorsk oil port on fire, Pskov airfield targeted, a stray drone in Latvian airspace"
TEXT = """BALTIC PULSE
LV | EN | RU | EE
Latvia | Estonia | Lithuania | Russia | Defence | Business | Opinion
Section: Defence & security
Drones over the Gulf of Finland: Primorsk oil port on fire, Pskov airfield targeted, a stray drone in Latvian airspace
30.09.2024 · 12:05 · reading time 4 min
Ukraine's long-range drones reached the Russian north-west twice on Sunday, and one of the drones that Russia's electronic warfare threw off course ended up over Latvia.

Early on Sunday, a fire broke out at the oil terminal in the port of Primorsk, on the Gulf of Finland some 150 kilometres from the Estonian border, after a drone attack, the governor of the Leningrad region said. According to him, three drones were shot down over the gulf near Primorsk and a fourth hit a fuel tank; the fire was put out by noon and nobody was hurt. Loadings at the terminal were suspended for the day.

In the evening, the Pskov governor wrote that an attack on the Kresty military airfield on the outskirts of Pskov had been repelled: two drones were shot down, and there was "no damage". A source in Ukraine's military intelligence told Ukrainian media that two Il-76 transport aircraft on the airfield had been hit; the claim could not be verified. Pskov airport suspended flights for five hours.

At about 23:30 on Sunday, a drone entered Latvian airspace from Russia over the Ludza municipality and flew for around twenty minutes before it disappeared from radar, the Latvian armed forces said on Monday. Soldiers and police were searching for it in the forests near the border.

"We cannot yet say whose drone it was. We can say it came from Russia, and that it was not the first," said Major Ilze Kalnina, a spokeswoman for the Latvian armed forces.

Estonia, whose territory the drones did not cross, summoned Russia's chargé d'affaires to the foreign ministry in Tallinn on Monday over what it called the "reckless" use of electronic warfare near its border, which has disrupted GPS signals for airliners flying to Tallinn and Tartu.

"Primorsk and Ust-Luga are two of the biggest oil ports on the Baltic. When they burn, the tankers of the shadow fleet wait in our waters," said Kaarel Tamm, an analyst at the International Centre for Defence and Security Studies in Tartu.

Since January, Ukrainian drones have struck ports and refineries in the Leningrad region at least six times.
Photo: Leningrad region government
Subscribe to the Baltic Pulse defence newsletter
© Baltic Pulse 2024. All rights reserved.
"""
DOC = {"id": "lm11", "date": "2024-09-30", "source": "Baltic Pulse (Baltic news site, English edition)",
       "url": "https://balticpulse.example/en/defence/2024/09/30/primorsk-pskov-drones-latvia", "text": TEXT}

D, SUN = "2024-09-30", "2024-09-29"
EVENTS = [
    E("lm11-1", ADS, SUN, L("Primorsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone", launched=N(4))],
      claimant="Leningrad region governor",
      evidence="Early on Sunday, a fire broke out at the oil terminal in the port of Primorsk, on the Gulf of Finland "
               "some 150 kilometres from the Estonian border, after a drone attack, the governor of the Leningrad region "
               "said.",
      note="'Early on Sunday' in a Monday page = 29 Sep; Primorsk 505269 (Leningrad region, RU-LEN; not the Volgograd or "
           "Kaliningrad namesakes); three shot down and 'a fourth hit a fuel tank' -> launched 4; 'nobody was hurt' -> 0/0; "
           "the suspended loadings are port operations"),
    E("lm11-2", INT, SUN, H("Primorsk", "over the gulf near Primorsk"), "RU", "UA", parent="lm11-1",
      claimant="Leningrad region governor", weapons=[W("drone", intercepted=N(3))],
      evidence="three drones were shot down over the gulf near Primorsk",
      note="a count with a place -> required; 'over the gulf near X' = precision 2"),
    E("lm11-3", ADS, SUN, H("Pskov", "Kresty airfield on the outskirts of Pskov"), "UA", "RU", weapons=[W("drone")],
      claimant="Pskov governor",
      evidence="an attack on the Kresty military airfield on the outskirts of Pskov had been repelled",
      note="'In the evening' (Sunday 29 Sep); the governor's 'repelled … no damage' and the Ukrainian source's 'two Il-76 "
           "… had been hit' are two sides' accounts of one attack -> one strike event, outskirts = precision 2; "
           "casualties not stated"),
    E("lm11-4", INT, SUN, H("Pskov", "outskirts of Pskov"), "RU", "UA", parent="lm11-3", claimant="Pskov governor",
      weapons=[W("drone", intercepted=N(2))],
      evidence="two drones were shot down, and there was \"no damage\"",
      note="a count at a named place -> required interception"),
    E("lm11-5", MOB, SUN, C("LV", "Latvia"), "RU", "LV", claimant="Latvian armed forces",
      evidence="At about 23:30 on Sunday, a drone entered Latvian airspace from Russia over the Ludza municipality",
      note="a drone crossing into NATO airspace from Russia = military_mobilization RU -> LV (blind49 call 9), 29 Sep "
           "(23:30 Sunday, said Monday); Ludza municipality has no ISO code the referee accepts -> country (precision 4)"),
    E("lm11-6", DIP, D, L("Tallinn"), "EE", "RU", claimant="Estonian foreign ministry",
      evidence="Estonia, whose territory the drones did not cross, summoned Russia's chargé d'affaires to the foreign "
               "ministry in Tallinn on Monday",
      note="a summons takes the named capital (blind49 call 9), the summoning state as actor1; Monday = the publication day; "
           "'whose territory the drones did not cross' is a negation"),
]
# Not events: loadings 'suspended for the day' (port operations), Pskov airport's five-hour suspension (airport closure:
# not an event in this set), the search 'in the forests near the border' (ongoing), GPS disruption for airliners
# (ongoing, no day), 'at least six times' since January (running count), 'it was not the first' (history). Furniture:
# masthead, language row, menu, rubric, date/reading line, own-line photo credit, newsletter line, ©.
STATEMENTS = [
    S("Ilze Kalnina", "LV", "it came from Russia, and that it was not the first", "spokeswoman, Latvian armed forces"),
    S("Kaarel Tamm", None, "the tankers of the shadow fleet wait in our waters",
      "analyst, International Centre for Defence and Security Studies, Tartu"),
]
# Not gold: "no damage" (the Pskov governor, fragment), "reckless" (Estonia, fragment).
MUST_NOT = ["BALTIC PULSE", "LV | EN | RU | EE", "Latvia | Estonia | Lithuania | Russia | Defence | Business | Opinion",
            "Section: Defence & security", "30.09.2024 · 12:05 · reading time 4 min", "Photo: Leningrad region government",
            "Subscribe to the Baltic Pulse defence newsletter", "© Baltic Pulse 2024. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
