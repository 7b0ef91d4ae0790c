from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, POL

TITLE = "Drone explodes inside South Ukraine nuclear plant's perimeter, operator says"
TEXT = """KATTEGAT TIDENDE
Danish news in English
Indland | Udland | Erhverv | Klima | Debat | In English
Udland › Ukraine
Drone explodes inside South Ukraine nuclear plant's perimeter, operator says
Denmark adds 2.2 billion kroner to its Ukraine fund a day earlier
Af Mette Lindholm Rasmussen
Torsdag 22. juni 2023 kl. 16.12
A Russian attack drone exploded inside the fenced perimeter of the South Ukraine nuclear power plant in the early hours of Thursday, damaging the roof of a transport workshop roughly 300 metres from the nearest reactor building, the Ukrainian nuclear operator Energoatom said.

Nobody was injured, and all three of the plant's reactors stayed in operation, the company said. The plant, near the town of Pivdennoukrainsk in the Mykolaiv region, is the second-largest in Ukraine and has remained under Ukrainian control throughout the war.

Overnight Russia launched 35 Shahed drones and four Kalibr cruise missiles from the Black Sea, the Ukrainian air force reported; its crews destroyed 28 of the drones and all four missiles. Eleven of those drones were brought down over the Mykolaiv region, the regional governor said.

Another drone hit a substation in the Voznesensk district, about 30 kilometres to the south. As a result, one of the four high-voltage lines that connect the nuclear plant to the grid was switched off for six hours, Energoatom said, and the plant reduced the output of one unit as a precaution.

"The drone came in low over the cooling pond and we heard it before we saw it. The hole in the roof is the size of a door," said Serhii Lysenko, deputy head of the plant's safety department, in a video the operator released in the afternoon.

In Odesa, falling parts of a downed Kalibr missile damaged a warehouse near the port and injured three workers, the regional military administration said.

The International Atomic Energy Agency said it had been informed by Ukraine and was seeking access to the site for its experts. The agency does not have a permanent team at the plant, unlike at the Russian-occupied Zaporizhzhia station further east.

"A workshop roof is not a reactor. But the margin here is counted in hundreds of metres, and drones do not fly in straight lines," said Jens Vestergaard, a nuclear safety researcher at the Nordjylland Centre for Reactor Safety. "Every time one of them falls inside a fence like this, we are testing luck rather than engineering."
Læs også: Danske F-16-piloter begynder træning i august
The attack came a day after the government in Copenhagen agreed to add 2.2 billion kroner to the Ukraine fund, money earmarked for air defence ammunition and for spare parts for Ukraine's power grid. The decision was backed by all parties in the Folketing except one.

Denmark has pledged more than 18 billion kroner to Ukraine since February last year. The defence minister is to present a plan for the training of Ukrainian F-16 pilots in Denmark later this summer.
Del artiklen: Facebook · X · LinkedIn · E-mail
Kattegat Tidende · Havnegade 14 · 8000 Aarhus C · redaktion@kattegat-tidende.example
"""
DOC = {"id": "lo05", "date": "2023-06-22", "source": "Kattegat Tidende (Danish newspaper website, English page)",
       "url": "https://kattegat-tidende.example/udland/2023/06/22/drone-south-ukraine-nuclear-plant", "text": TEXT}

D, WED = "2023-06-22", "2023-06-21"
W1, I1 = "lo05-2", "lo05-3"
EVENTS = [
    E("lo05-1", ADS, D, L("Pivdennoukrainsk"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Energoatom",
      note="'A Russian attack drone exploded inside the fenced perimeter of the South Ukraine nuclear power plant in the "
           "early hours of Thursday' (the publication day): 'Nobody was injured' -> 0/0 (no deaths either); the plant is "
           "'near the town of Pivdennoukrainsk' but the site is the plant itself, placed at the town's point as the "
           "plant's own place (blind51 lb15 placed a plant hit at Enerhodar, precision 1); a child of the night's wave"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(35)), W("cruise_missile", "Kalibr", launched=N(4))],
      note="'Overnight Russia launched 35 Shahed drones and four Kalibr cruise missiles from the Black Sea': the "
           "nationwide wave (Thursday), typed by the missiles"),
    E(I1, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", intercepted=N(28)), W("cruise_missile", "Kalibr", intercepted=N(4))],
      note="'its crews destroyed 28 of the drones and all four missiles' -> drones 28, Kalibr 4"),
    E("lo05-4", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", parent=I1, weapons=[W("drone", intercepted=N(11))],
      note="fronted number 'Eleven of those drones were brought down over the Mykolaiv region': a regional count -> "
           "required"),
    E("lo05-5", ADS, D, H("Voznesensk", "Voznesensk district"), "RU", "UA", parent=W1, weapons=[W("drone")],
      note="'Another drone hit a substation in the Voznesensk district': district named after its centre = precision 2; "
           "casualties not stated (absent)"),
    E("lo05-6", DIS, D, H("Voznesensk", "Voznesensk district"), "RU", "UA", parent="lo05-5",
      note="'one of the four high-voltage lines that connect the nuclear plant to the grid was switched off for six "
           "hours': a grid disruption caused by the substation hit, placed with its cause; the plant's reduced output "
           "is part of it"),
    E("lo05-7", MAS, D, L("Odesa"), "RU", "UA", parent=W1, inj=N(3), weapons=[W("cruise_missile", "Kalibr")],
      note="'In Odesa, falling parts of a downed Kalibr missile damaged a warehouse near the port and injured three "
           "workers': debris of a missile that damages property is the strike of the place (blind53 ld05-7 for "
           "drones), typed by the weapon"),
    E("lo05-8", POL, WED, C("DK", "Denmark"), "DK", "UA",
      note="'a day after the government in Copenhagen agreed to add 2.2 billion kroner to the Ukraine fund' (the strike "
           "is Thursday -> Wednesday 21 Jun; the standfirst 'a day earlier' too): aid decision at the deciding country"),
]
# Not events: the reactors 'stayed in operation' (negated effect), 'under Ukrainian control throughout the war'
# (state), the IAEA 'seeking access' (request), no permanent team (state), the Folketing parties' support (part of
# lo05-8), 'more than 18 billion kroner … since February last year' (cumulative), the F-16 plan 'later this summer'
# (future), the researcher's warning (opinion). The standfirst ('Denmark adds … a day earlier') is text; 'Læs også',
# the share row, the Danish byline and date lines and the address footer are furniture.
STATEMENTS = [
    S("Serhii Lysenko", "UA", "The hole in the roof is the size of a door",
      "deputy head of the safety department, South Ukraine nuclear power plant"),
    S("Jens Vestergaard", None, "we are testing luck rather than engineering",
      "nuclear safety researcher, Nordjylland Centre for Reactor Safety"),
]
MUST_NOT = ["KATTEGAT TIDENDE", "Danish news in English", "Indland | Udland | Erhverv | Klima | Debat | In English",
            "Udland › Ukraine", "Af Mette Lindholm Rasmussen", "Torsdag 22. juni 2023 kl. 16.12",
            "Læs også: Danske F-16-piloter begynder træning i august",
            "Del artiklen: Facebook · X · LinkedIn · E-mail",
            "Kattegat Tidende · Havnegade 14 · 8000 Aarhus C · redaktion@kattegat-tidende.example"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo05-1': "A Russian attack drone exploded inside the fenced perimeter of the South Ukraine nuclear power plant in the early hours of Thursday",
    'lo05-2': "Overnight Russia launched 35 Shahed drones and four Kalibr cruise missiles from the Black Sea",
    'lo05-3': "its crews destroyed 28 of the drones and all four missiles",
    'lo05-4': "Eleven of those drones were brought down over the Mykolaiv region",
    'lo05-5': "Another drone hit a substation in the Voznesensk district",
    'lo05-6': "one of the four high-voltage lines that connect the nuclear plant to the grid was switched off for six hours",
    'lo05-7': "In Odesa, falling parts of a downed Kalibr missile damaged a warehouse near the port and injured three workers",
    'lo05-8': "the government in Copenhagen agreed to add 2.2 billion kroner to the Ukraine fund",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
