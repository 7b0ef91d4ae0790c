from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Two Georgian sailors among three injured as Russian drones hit ship in Izmail"
TEXT = """TBILISI DISPATCH
Georgia's English-language daily since 2009
ქარ | ENG | РУС
Politics | Society | Economy | World | Sport | Culture
World news
Two Georgian sailors among three injured as Russian drones hit ship in Izmail
09 August 2023 — 14:20
Author: Nino Kapanadze
Two Georgian sailors were among three crew members injured when Russian drones struck a cargo ship moored in the Ukrainian Danube port of Izmail overnight into Wednesday, Georgia's Foreign Ministry said.

The vessel, a bulk carrier waiting to load wheat for Egypt, was hit shortly after 3 a.m., and a fire broke out in its superstructure. Ukraine's Southern Defence Forces said that Russia had launched 24 Shahed drones against the Odesa region during the night and that 19 of them had been destroyed by air defence. Warehouses in the port were also damaged.

One of the injured Georgians, a 41-year-old mechanic from Batumi, has burns to his hands; the other suffered a concussion. Both are in hospital in Izmail, and Georgia's consul in Odesa visited them on Wednesday morning.

"He called at six in the morning and said only: I am alive, the ship is burning, don't worry," his wife, Tamar Beridze, told Tbilisi Dispatch by phone from Batumi.

The strike came after an evening of a very different kind in the Georgian capital. On Tuesday, the 15th anniversary of the start of the August 2008 war, several thousand people filled Rustaveli Avenue in front of the parliament in Tbilisi, waving Georgian, Ukrainian and European Union flags. Organisers said the rally was both a commemoration and a show of solidarity with Ukraine.

"Fifteen years ago Ukraine stood with us. Today the least we can do is stand with Ukraine," said Salome Chkheidze, one of the organisers from the civic movement Europe Is Here.

In 2008 Russian troops advanced to within some 40 kilometres of Tbilisi before a ceasefire brokered by the European Union; Russia still keeps troops in the breakaway regions of Abkhazia and South Ossetia.

Georgians are also fighting on the Ukrainian side. The Georgian Legion, a volunteer unit that is part of Ukraine's armed forces, said on Wednesday that one of its fighters, 27-year-old Levan Gelashvili from Kutaisi, had been killed on Sunday during an assault on Russian positions near Bakhmut. "He went first, as he always did," said Giorgi Maisuradze, a spokesman for the Legion.

More than 40 Georgian volunteers have been killed in Ukraine since the full-scale invasion began, according to the Legion. The government, which has not joined Western sanctions against Russia, has repeatedly said that Georgia will not be dragged into the war.
Like Tbilisi Dispatch on Facebook and follow us on X
Also read: Parliament approves new rules for public broadcaster's board
All rights reserved © 2023 Tbilisi Dispatch
"""
DOC = {"id": "kx14", "date": "2023-08-09", "source": "Tbilisi Dispatch (Georgian news site in English)",
       "url": "https://tbilisidispatch.example/world/2023/08/09/georgian-sailors-injured-izmail/", "text": TEXT}

D, TUE, SUN = "2023-08-09", "2023-08-08", "2023-08-06"
EVENTS = [
    E("kx14-1", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA", claimant="Southern Defence Forces",
      weapons=[W("drone", "Shahed", launched=N(24))],
      note="'Russia had launched 24 Shahed drones against the Odesa region during the night' (overnight into "
           "Wednesday): a regional wave (blind38 ko10), region precision"),
    E("kx14-2", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", parent="kx14-1",
      weapons=[W("drone", intercepted=N(19))], note="'19 of them had been destroyed by air defence'"),
    E("kx14-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", parent="kx14-1", inj=N(3), weapons=[W("drone")],
      note="'Russian drones struck a cargo ship moored in the Ukrainian Danube port of Izmail overnight into "
           "Wednesday': three crew members injured (two Georgians); the damaged port warehouses are part of it"),
    E("kx14-4", "protest", TUE, L("Tbilisi"), "GE", None,
      note="'On Tuesday' (8 Aug) several thousand people on Rustaveli Avenue in front of the parliament in Tbilisi, "
           "'a commemoration and a show of solidarity with Ukraine': peaceful demonstration"),
    E("kx14-5", "armed_clash", SUN, L("Bakhmut", 2, "near Bakhmut"), "UA", "RU", fat=N(1),
      claimant="Georgian Legion",
      note="a Georgian Legion fighter 'killed on Sunday during an assault on Russian positions near Bakhmut' (6 Aug): "
           "a clash with the Ukrainian side attacking (the Legion is part of Ukraine's armed forces -> UA), 1 killed "
           "as stated; near X = precision 2"),
]
# Not events: the consul's hospital visit (consular care), 'the 15th anniversary of the start of the August 2008 war'
# and the 2008 advance and ceasefire (another war, history), Russian troops in Abkhazia and South Ossetia (state of
# affairs), 'More than 40 Georgian volunteers have been killed … since' (tally), Georgia 'has not joined Western
# sanctions' and 'will not be dragged into the war' (negation, policy statement), the 'Also read' headline (furniture).
STATEMENTS = [
    S("Tamar Beridze", "GE", "I am alive, the ship is burning", "wife of an injured sailor"),
    S("Salome Chkheidze", "GE", "Today the least we can do is stand with Ukraine", "organiser, Europe Is Here"),
    S("Giorgi Maisuradze", "UA", "He went first, as he always did", "spokesman, Georgian Legion"),
]
MUST_NOT = ["TBILISI DISPATCH", "Georgia's English-language daily since 2009", "ქარ | ENG | РУС",
            "Politics | Society | Economy | World | Sport | Culture", "World news", "09 August 2023 — 14:20",
            "Author: Nino Kapanadze", "Like Tbilisi Dispatch on Facebook and follow us on X",
            "Also read: Parliament approves new rules for public broadcaster's board",
            "All rights reserved © 2023 Tbilisi Dispatch"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx14-1': 'Russia had launched 24 Shahed drones against the Odesa region during the night',
    'kx14-2': '19 of them had been destroyed by air defence',
    'kx14-3': 'Two Georgian sailors were among three crew members injured when Russian drones struck a cargo ship moored in the Ukrainian Danube port of Izmail',
    'kx14-4': 'several thousand people filled Rustaveli Avenue in front of the parliament in Tbilisi',
    'kx14-5': 'had been killed on Sunday during an assault on Russian positions near Bakhmut',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
