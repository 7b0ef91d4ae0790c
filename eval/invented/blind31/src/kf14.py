from common import E, L, R, C, N, W, S, gold

TITLE = "Deminers race the frost on Kharkiv farmland as tractor hits mine near Balakliia"
TEXT = """BLACK EARTH FARMER
Grain | Oilseeds | Machinery | Land | War & Agriculture
Prices: wheat (3rd class) 5,650 UAH/t ▲ · maize 4,900 UAH/t ▼ · sunflower 12,300 UAH/t ▲
15.11.2023
Reading time ≈ 6 min
Deminers race the frost on Kharkiv farmland as tractor hits mine near Balakliia
A tractor driver was seriously injured on Monday when his vehicle hit an anti-tank mine in a field near Balakliia, the Kharkiv regional police said, the latest in a series of accidents on land that Russian forces mined before they retreated from the area in September last year.

The 52-year-old driver was ploughing a sunflower field that had been marked as checked by a private contractor in the summer. He was taken to hospital in Kharkiv with leg injuries. Police have opened an investigation into how the field was certified.

Across the Kharkiv region, 33 civilians have been killed and more than 80 injured by mines and unexploded ordnance since the start of the year, according to the regional administration. Many of them were farmers.

Partner content
"We find everything here: TM-62 anti-tank mines, butterfly mines, cluster bomblets, shells that did not explode. Some fields are like a museum of the war," said Viktor Sahaidak, who leads a team of the State Emergency Service near Balakliia. His team of 12 clears about two hectares a day when the weather allows. Once the ground freezes, most work will stop until March.

The government estimates that up to 139,000 square kilometres of Ukrainian territory may be contaminated, an area larger than Greece. Clearing it at the current pace could take decades, the World Bank has warned.

On Friday, the cabinet approved a programme under which the state will reimburse farmers for up to 80% of the cost of certified commercial demining. Farmers say the money helps, but that there are too few certified companies.

Mykola Pylypenko, who farms 1,400 hectares near Izium, has waited since spring for his land to be cleared. "Half my fields are fenced off with red signs. I pay rent on land I cannot touch," he said. "If nothing changes by next season, I will have to sell the machinery."

An international conference on humanitarian demining is planned in Zagreb next month, where Ukraine hopes to secure more equipment. Croatia, which still clears mines from its own war in the 1990s, has offered training.

Subscribe to the print edition — 12 issues a year
When reprinting, an active link to Black Earth Farmer is required
"""
DOC = {"id": "kf14", "date": "2023-11-15", "source": "Black Earth Farmer (Ukrainian agricultural magazine)",
       "url": "https://blackearthfarmer.example/war-agriculture/2023/11/15/kharkiv-demining-balakliia", "text": TEXT}

EVENTS = [
    E("kf14-1", "remote_explosive", "2023-11-13", L("Balakliia", 2, "near Balakliia"), "RU", "UA", inj=N(1),
      claimant="Kharkiv regional police",
      note="'on Monday' (13 Nov) a tractor hit an anti-tank mine 'in a field near Balakliia' = precision 2; the article "
           "says Russian forces mined the land = actor1 RU; one injured"),
    E("kf14-2", "remote_explosive", "2023-01-01", R("UA-63", "Kharkiv region"), None, "UA", end="2023-11-15",
      prec="range", agg=True, fat=N(33), inj=N(80, "at_least"), optional=True,
      note="'since the start of the year' regional tally of mine victims: a long aggregate, optional like monthly totals"),
    E("kf14-3", "policy_decision", "2023-11-10", C("UA", "Ukraine"), "UA", None, optional=True,
      note="cabinet programme approved 'On Friday' (10 Nov) to reimburse demining: a real decision, but about "
           "recovery rather than the fighting; optional (blind8 call 10: aid payments)"),
]
# Not events: the retreat 'in September last year' (history), certification 'in the summer', estimates and the World
# Bank warning, work stopping 'once the ground freezes' and 'If nothing changes' (future, conditional), the Zagreb
# conference 'planned … next month', Croatia's offer, the 1990s.
STATEMENTS = [
    S("Viktor Sahaidak", "UA", "Some fields are like a museum of the war", "State Emergency Service demining team leader"),
    S("Mykola Pylypenko", "UA", "I pay rent on land I cannot touch", "farmer near Izium"),
]
MUST_NOT = ["BLACK EARTH FARMER", "Grain | Oilseeds | Machinery | Land | War & Agriculture",
            "Prices: wheat (3rd class) 5,650 UAH/t ▲ · maize 4,900 UAH/t ▼ · sunflower 12,300 UAH/t ▲",
            "15.11.2023", "Reading time ≈ 6 min", "Partner content", "Subscribe to the print edition — 12 issues a year",
            "When reprinting, an active link to Black Earth Farmer is required"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
