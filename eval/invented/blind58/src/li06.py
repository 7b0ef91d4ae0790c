from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT

TITLE = "Two dock workers killed as drones hit Odesa grain terminal"
TEXT = """PONTIC POST
≡ Menu   🔍 Search
⚡ AMP
Two dock workers killed as drones hit Odesa grain terminal
By Kateryna Savchuk, Odesa
12 Oct 2023 · 10:48 EEST
Share ▸
Russian drones struck a grain terminal in the port of Odesa overnight, killing two dock workers and injuring four, the regional military administration said on Thursday.
- ADVERTISEMENT -
The attack began shortly after 1 a.m. According to the air force, Russia sent 33 Shahed drones and two Kalibr cruise missiles against the south of Ukraine; 28 of the drones and both missiles were destroyed.
Story continues below advertisement
Twenty-one of the drones were shot down over the Odesa region alone.
Tap to unmute
0:00 / 1:14
The terminal's dryer and two conveyor galleries burned for more than three hours. "The shift had just changed. The two who died had been on the job for twenty minutes," said Ruslan Hordiienko, a crane operator who helped carry the injured out.
Recommended for you
Why insurers are coming back to the Black Sea corridor
Farther south, on the Danube, drones hit a warehouse in the port of Izmail. No one was injured there, the port authority said.
Ad · Sponsored
"We are counting the tonnes, not only the damage. About 6,000 tonnes of sunflower seed were in the silos," said Iryna Babiak, a spokeswoman for the Odesa port authority.
In Mykolaiv, debris of a downed drone fell on a garage cooperative in the Inhulskyi district, injuring a 60-year-old man, the city's mayor said.
Read more: Odesa ports have been hit 40 times since July
Separately, Russian artillery shelled Ochakiv on Wednesday afternoon, wounding two municipal workers who were repairing a water main, the Mykolaiv regional governor said.
ADVERTISEMENT · Scroll to continue
Across the Dnipro, Russian troops shelled the Kherson region 64 times over the past day, killing two people and injuring nine, according to the regional administration.
In Kherson itself, a shell killed a man in the Dniprovskyi district.
Advertisement
A drone dropped an explosive on a car in Bilozerka, injuring three people, among them a teenage girl. "They saw it was a family car. They fly low enough to see that," said Viktor Melnyk, a volunteer who drove them to hospital.
Most read
1. The last ferry to Vylkove   2. Prices at the Privoz market
Russia pulled out of the Black Sea grain deal in July, and since then Odesa's ports have become a regular target. The corridor that Ukraine opened without Russia's consent in August has, so far, kept ships sailing; insurers say premiums could rise again if a foreign vessel is hit.
Back to top ↑
View full (non-AMP) version of this article
Cookie preferences | Privacy | Terms
© 2023 Pontic Post. Powered by AMP.
"""
DOC = {"id": "li06", "date": "2023-10-12", "source": "Pontic Post (regional news site, mobile AMP page)",
       "url": "https://ponticpost.example/amp/2023/10/12/odesa-grain-terminal-drones", "text": TEXT}

D, WED = "2023-10-12", "2023-10-11"
PAST = dict(prec="range", end=D)
WAVE, INTC, KHT = "li06-1", "li06-2", "li06-8"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(33)), W("cruise_missile", "Kalibr", launched=N(2))],
      evidence="According to the air force, Russia sent 33 Shahed drones and two Kalibr cruise missiles against the south of Ukraine",
      note="the night's wave 'shortly after 1 a.m.' on Thursday; 'against the south of Ukraine' names no region -> "
           "country precision, typed by the cruise missiles"),
    E(INTC, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(28)), W("cruise_missile", "Kalibr", intercepted=N(2))],
      evidence="28 of the drones and both missiles were destroyed.",
      note="'both missiles' = 2 intercepted"),
    E("li06-3", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(21))],
      evidence="Twenty-one of the drones were shot down over the Odesa region alone.",
      note="a sentence of its own between two furniture lines; a region with its own count -> required"),
    E("li06-4", ADS, D, L("Odesa"), "RU", "UA", parent=WAVE, fat=N(2), inj=N(4), weapons=[W("drone")],
      evidence="Russian drones struck a grain terminal in the port of Odesa overnight, killing two dock workers and injuring four",
      note="the lede: the port of Odesa = the city, 2 k 4 w"),
    E("li06-5", ADS, D, L("Izmail"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Farther south, on the Danube, drones hit a warehouse in the port of Izmail. No one was injured there, the port authority said.",
      note="fronted adverbial; 'No one was injured there' = 0/0 (ANNOTATION 7: 'no one was hurt')"),
    E("li06-6", ADS, D, L("Mykolaiv"), "RU", "UA", parent=WAVE, inj=N(1), weapons=[W("drone")],
      evidence="In Mykolaiv, debris of a downed drone fell on a garage cooperative in the Inhulskyi district, injuring a 60-year-old man",
      note="debris of a downed drone that hurts someone is a strike; the Inhulskyi district is the city"),
    E("li06-7", MAS, WED, L("Ochakiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      evidence="Separately, Russian artillery shelled Ochakiv on Wednesday afternoon, wounding two municipal workers who were repairing a water main",
      note="'Separately … on Wednesday afternoon' -> 11 Oct, not the night's wave"),
    E(KHT, MAS, WED, R("UA-65", "Kherson region"), "RU", "UA", **PAST, agg=True, fat=N(2), inj=N(9), family=[ADS],
      evidence="Across the Dnipro, Russian troops shelled the Kherson region 64 times over the past day, killing two people and injuring nine",
      note="regional past-day tally (range 11-12 Oct, aggregate) and parent of the Kherson and Bilozerka lines; its "
           "incidents include a drone drop -> both strike types"),
    E("li06-9", MAS, WED, L("Kherson"), "RU", "UA", **PAST, parent=KHT, fat=N(1), weapons=[W("artillery")],
      evidence="In Kherson itself, a shell killed a man in the Dniprovskyi district.",
      note="a line of the past-day tally without a time -> range; the Dniprovskyi district is the city"),
    E("li06-10", ADS, WED, L("Bilozerka"), "RU", "UA", **PAST, parent=KHT, inj=N(3), weapons=[W("drone")],
      evidence="A drone dropped an explosive on a car in Bilozerka, injuring three people, among them a teenage girl.",
      note="a line of the past-day tally, a drone drop -> air_drone_strike, range"),
]
# Not events: the terminal burning 'for more than three hours' and the 6,000 tonnes of sunflower seed (details of
# li06-4); 'Odesa ports have been hit 40 times since July' (a furniture headline) and 'a regular target' (habit); Russia
# pulling out of the grain deal 'in July' and the corridor opened 'in August' (history without a day); premiums 'could
# rise again if a foreign vessel is hit' (conditional). The second death in the Kherson region is only in the tally.
STATEMENTS = [
    S("Ruslan Hordiienko", "UA", "The two who died had been on the job for twenty minutes", "crane operator, Odesa port"),
    S("Iryna Babiak", "UA", "We are counting the tonnes, not only the damage", "spokeswoman, Odesa port authority"),
    S("Viktor Melnyk", "UA", "They fly low enough to see that", "volunteer, Bilozerka"),
]
MUST_NOT = ["PONTIC POST", "≡ Menu   🔍 Search", "⚡ AMP", "By Kateryna Savchuk, Odesa", "12 Oct 2023 · 10:48 EEST",
            "Share ▸", "- ADVERTISEMENT -", "Story continues below advertisement", "Tap to unmute", "0:00 / 1:14",
            "Recommended for you", "Why insurers are coming back to the Black Sea corridor", "Ad · Sponsored",
            "Read more: Odesa ports have been hit 40 times since July", "ADVERTISEMENT · Scroll to continue",
            "Advertisement", "Most read", "1. The last ferry to Vylkove   2. Prices at the Privoz market",
            "Back to top ↑", "View full (non-AMP) version of this article", "Cookie preferences | Privacy | Terms",
            "© 2023 Pontic Post. Powered by AMP."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
