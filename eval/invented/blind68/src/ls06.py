from common import E, L, R, C, N, W, S, H, gold, with_evidence, ADS, POL, DIP, ARR

TITLE = "Shadow fleet tankers blacklisted; captain of tanker held off Porvoo stays in custody"
TEXT = """POHJOLA TODAY
News from Finland in English
Finland | World | Business | Culture | Sport | Weather
Shadow fleet tankers blacklisted; captain of tanker held off Porvoo stays in custody
Pohjola Today · 10.7.2025 at 14:05 · Updated 10.7.2025 at 16:30
Image: Finnish Border Guard
The EU's ambassadors agreed in Brussels on Wednesday on a new round of sanctions against Russia that, among other things, bars 105 more tankers of the so-called shadow fleet from European ports and services. The package still has to be published in the EU's Official Journal, which is usually a formality.

Finland pushed hard for the tanker listings. Most of the ageing ships that carry Russian oil past the sanctions sail through the Gulf of Finland, a few kilometres from the Finnish coast, on their way from Primorsk and Ust-Luga.

One of them is now anchored off Porvoo. Police and the Border Guard boarded the tanker Vega Star in the early hours of Tuesday, some 15 kilometres off the town, and detained her captain, a Georgian national, on suspicion of violating sanctions regulations. A Helsinki district court ordered on Thursday that he be held in custody for another two weeks. The 23 crew members remain on board.

"We found the cargo papers did not match the cargo. That is where it starts," said Kari Lindroos, the head of investigations at Finnish Customs.

On Thursday the Finnish government also added twelve people and three companies linked to the shipping of Russian oil to its national sanctions list, a step the foreign ministry said was meant to close gaps until the EU package takes effect.

Moscow reacted quickly. The Russian foreign ministry summoned Finland's ambassador on Wednesday and handed her a note of protest over what it called "piracy in the Baltic". The Kremlin's spokesman said Russia would "take measures to protect its shipping", without saying which.

"The Russians have escorted tankers with a warship before, and they can do it again. The question is whether they want a standing naval presence in the gulf, and I doubt they have the ships for it," said Eero Kallio, a researcher at the Helsinki Centre for Eastern Studies.

In Ukraine, meanwhile, the war went on: on Sunday, Russian drones hit a residential street in Kharkiv, killing two people, Ukrainian officials said. A 20th sanctions package is already being discussed, and diplomats expect the oil price cap to be lowered again in the autumn.

Finland closed its land border with Russia in December 2023 and it has stayed closed since.
Read more: Tanker traffic in the gulf at record levels
Comments are closed for this article.
© Pohjola Media Oy 2025
"""
DOC = {"id": "ls06", "date": "2025-07-10", "source": "Pohjola Today (Finnish outlet, English service)",
       "url": "https://pohjolatoday.example/news/2025/07/10/shadow-fleet-porvoo-tanker", "text": TEXT}

D, SUN, TUE, WED = "2025-07-10", "2025-07-06", "2025-07-08", "2025-07-09"
EVENTS = [
    E("ls06-1", POL, WED, L("Brussels"), None, "RU",
      note="'The EU's ambassadors agreed in Brussels on Wednesday on a new round of sanctions against Russia' -> a "
           "decision at the place it was taken, actor1 null for the EU (blind22 a14-1, blind30 call 6), Wed 9 Jul; "
           "publication in the Official Journal is to come"),
    E("ls06-2", ARR, TUE, H("Porvoo", "off Porvoo"), "FI", None, claimant="Finnish Police; Border Guard",
      note="'Police and the Border Guard boarded the tanker Vega Star in the early hours of Tuesday, some 15 kilometres "
           "off the town, and detained her captain' -> an arrest by Finnish authorities, Tue 8 Jul, 'off the town' = "
           "precision 2 at Porvoo (FI-18); the captain is Georgian, not a warring party (actor2 null); the court's "
           "custody order is a legal step, no second event"),
    E("ls06-3", POL, D, C("FI", "Finland"), "FI", "RU", claimant="Finnish foreign ministry",
      note="'On Thursday the Finnish government also added twelve people and three companies … to its national "
           "sanctions list' -> a national sanctions decision at the deciding country, Thu 10 Jul"),
    E("ls06-4", DIP, WED, L("Moscow"), "RU", "FI", claimant="Russian foreign ministry",
      note="'The Russian foreign ministry summoned Finland's ambassador on Wednesday and handed her a note of protest' "
           "-> the summoning state is actor1, at Moscow (blind61), Wed 9 Jul"),
    E("ls06-5", ADS, SUN, L("Kharkiv"), "RU", "UA", fat=N(2), weapons=[W("drone")], claimant="Ukrainian officials",
      note="'on Sunday, Russian drones hit a residential street in Kharkiv, killing two people' -> Sun 6 Jul; injured "
           "not given"),
]
# Not events: the Official Journal publication (to come), Finland 'pushed hard' (lobbying, no day), the tankers' route
# past the coast (habit), 'The 23 crew members remain on board' (state), the Helsinki court's custody order (a court
# step in the arrest case, blind21 call 5), the Kremlin's 'would take measures' (threat), Kallio's escorts 'before' and
# 'can do it again' (history, opinion), the 20th package 'being discussed' and the price cap 'lowered again in the
# autumn' (plans), the border closed 'in December 2023' (history without a day). Not gold statements: "piracy in the
# Baltic" (the ministry's phrase) and the Kremlin spokesman's "take measures to protect its shipping" (title only).
STATEMENTS = [
    S("Kari Lindroos", "FI", "We found the cargo papers did not match the cargo", "head of investigations, Finnish Customs"),
    S("Eero Kallio", None, "I doubt they have the ships for it", "researcher, Helsinki Centre for Eastern Studies"),
]
MUST_NOT = ["POHJOLA TODAY", "News from Finland in English", "Finland | World | Business | Culture | Sport | Weather",
            "Pohjola Today · 10.7.2025 at 14:05 · Updated 10.7.2025 at 16:30", "Image: Finnish Border Guard",
            "Read more: Tanker traffic in the gulf at record levels", "Comments are closed for this article.",
            "© Pohjola Media Oy 2025"]
EVIDENCE = {
    "ls06-1": "The EU's ambassadors agreed in Brussels on Wednesday on a new round of sanctions against Russia",
    "ls06-2": "Police and the Border Guard boarded the tanker Vega Star in the early hours of Tuesday, some 15 kilometres off the town, and detained her captain",
    "ls06-3": "On Thursday the Finnish government also added twelve people and three companies linked to the shipping of Russian oil to its national sanctions list",
    "ls06-4": "The Russian foreign ministry summoned Finland's ambassador on Wednesday and handed her a note of protest",
    "ls06-5": "on Sunday, Russian drones hit a residential street in Kharkiv, killing two people, Ukrainian officials said",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
