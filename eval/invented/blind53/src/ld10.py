from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Toll from Russian missile attack on Zaporizhzhia rises to nine"
TEXT = """TNA Transcontinental News Agency
World | Business | Markets | Ukraine war | Video
Updates toll in paragraphs 1 and 6, adds Orikhiv attack in paragraph 9
Toll from Russian missile attack on Zaporizhzhia rises to nine
By Maryna Holub and Piotr Zawada
April 8, 2026 7:42 PM GMT+3 · Updated 12 minutes ago
ZAPORIZHZHIA, Ukraine, April 8 (TNA) - The death toll from a Russian barrage of missiles and drones on the southern Ukrainian city of Zaporizhzhia rose to nine on Wednesday, regional officials said, one of the deadliest strikes on the city this year.

Overnight Russia fired two Iskander-M ballistic missiles and 88 drones, according to Ukraine's air force, whose units shot down 61 of the drones but neither of the missiles.

Both missiles struck Zaporizhzhia shortly after 5 a.m., hitting a residential neighbourhood and a bus depot in the Shevchenkivskyi district, according to the regional governor. Drones that reached the city an hour earlier had damaged an energy facility, leaving about 12,000 households without electricity.

In the morning, officials put the toll at six dead and 24 wounded. Rescuers then pulled two more bodies from a collapsed section of a four-storey building, and a woman died in hospital in the afternoon.

"We heard the first one and ran to the corridor. The second came before we got there," said Olha Marchenko, 63, whose flat faces the depot.

By 6 p.m., the governor said nine people had been killed, among them a 12-year-old boy, and 31 had been wounded.

In the neighbouring Dnipropetrovsk region, drones damaged a gas facility in the Pavlohrad district overnight; no one was hurt, the regional governor there said.

The evening before, on Tuesday, a drone struck a kindergarten in Kharkiv's Saltivskyi district after the children had gone home, wounding two members of staff, the city's mayor said.

Later on Wednesday, guided bombs hit Orikhiv, a frontline town south-east of Zaporizhzhia, killing a man in his garden, the governor said.

Russia's defence ministry said its forces had carried out a "massive strike" overnight on enterprises of Ukraine's military-industrial complex. It did not mention Zaporizhzhia.

In Russia's Belgorod region, the governor said a Ukrainian drone had hit a car in the town of Shebekino on Wednesday morning, injuring the driver.

"Russia is firing ballistic missiles at a city of 700,000 that has perhaps a dozen minutes of warning at best. The gap is in the interceptors, not in the radars," said Tobias Lindqvist-Hale, an air defence analyst at the Baltic Defence Review.

Ukraine's foreign minister asked allies for more Patriot systems, and the European Commission is expected to propose a new package of military aid next week. Zaporizhzhia declared Thursday a day of mourning. More than 140 civilians have been killed in the region since January, according to regional officials.

Serhii Bondarenko, who waited for news outside the cordon for four hours, said his son, a driver at the depot, had been on the early shift and had called him at last from a neighbour's phone.
Reporting by Maryna Holub in Zaporizhzhia and Piotr Zawada in Warsaw; Editing by Hannah Pryce
Our Standards: The TNA Trust Principles.
"""
DOC = {"id": "ld10", "date": "2026-04-08", "source": "TNA Transcontinental News Agency (international wire)",
       "url": "https://tna-news.example/world/europe/toll-russian-attack-zaporizhzhia-rises-nine-2026-04-08", "text": TEXT}

D, TUE = "2026-04-08", "2026-04-07"
W1 = "ld10-1"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2)), W("drone", launched=N(88))],
      note="'Overnight Russia fired two Iskander-M ballistic missiles and 88 drones': the nationwide wave, "
           "country precision, typed by the missiles; the MoD's 'massive strike … on enterprises of the military-"
           "industrial complex' is its version of the same wave, not another event"),
    E("ld10-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(61)), W("ballistic_missile", "Iskander-M", intercepted=N(0))],
      note="'shot down 61 of the drones but neither of the missiles' -> drones 61, ballistic missiles an exact 0 "
           "(blind43 call 1)"),
    E("ld10-3", MAS, D, L("Zaporizhzhia"), "RU", "UA", parent=W1, fat=N(9), inj=N(31),
      weapons=[W("ballistic_missile", "Iskander-M"), W("drone")],
      note="'Both missiles struck Zaporizhzhia shortly after 5 a.m.' (Shevchenkivskyi district = the city) and drones "
           "had damaged an energy facility an hour earlier: one city event of the wave; the toll rises through the page "
           "(lead 'rose to nine', morning 'six dead and 24 wounded', 'By 6 p.m. … nine … killed … 31 … wounded') -> "
           "the latest figures 9 k 31 w (blind41 call 2)"),
    E("ld10-4", DIS, D, L("Zaporizhzhia"), "RU", "UA", parent="ld10-3",
      note="'damaged an energy facility, leaving about 12,000 households without electricity'"),
    E("ld10-5", ADS, D, H("Pavlohrad", "Pavlohrad district"), "RU", "UA", parent=W1, fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'drones damaged a gas facility in the Pavlohrad district overnight; no one was hurt': a raion named after "
           "its centre = precision 2, 0/0, child of the wave"),
    E("ld10-6", ADS, TUE, L("Kharkiv"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'The evening before, on Tuesday, a drone struck a kindergarten in Kharkiv's Saltivskyi district … wounding "
           "two members of staff' -> 7 April, not part of the overnight wave"),
    E("ld10-7", ADS, D, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="'Later on Wednesday, guided bombs hit Orikhiv, a frontline town south-east of Zaporizhzhia, killing a man' "
           "(apposition after the place; launched count not given)"),
    E("ld10-8", ADS, D, L("Shebekino"), "UA", "RU", inj=N(1), weapons=[W("drone")], claimant="Belgorod governor",
      note="'a Ukrainian drone had hit a car in the town of Shebekino on Wednesday morning, injuring the driver' "
           "(UA -> RU)"),
]
# Not events: the morning toll 'six dead and 24 wounded' and the rescuers' recoveries (stages of ld10-3's toll), the
# MoD's 'massive strike' (the same wave), the foreign minister's request for Patriots (ask), the Commission 'expected to
# propose … next week' (plan), the day of mourning on Thursday (future, not a war event), 'More than 140 civilians …
# since January' (cumulative). Bondarenko's account of his son is reported speech (no gold statement); the MoD's "massive strike" is a fragment. Masthead, menu, update note, byline, date line, reporting/editing line and
# the standards line are furniture; the dateline 'ZAPORIZHZHIA, Ukraine, April 8 (TNA) -' stays as text.
STATEMENTS = [
    S("Olha Marchenko", "UA", "The second came before we got there", "resident, Zaporizhzhia"),
    S("Tobias Lindqvist-Hale", None, "The gap is in the interceptors, not in the radars",
      "air defence analyst, Baltic Defence Review"),
]
MUST_NOT = ["TNA Transcontinental News Agency", "World | Business | Markets | Ukraine war | Video",
            "Updates toll in paragraphs 1 and 6, adds Orikhiv attack in paragraph 9", "By Maryna Holub and Piotr Zawada",
            "April 8, 2026 7:42 PM GMT+3 · Updated 12 minutes ago",
            "Reporting by Maryna Holub in Zaporizhzhia and Piotr Zawada in Warsaw; Editing by Hannah Pryce",
            "Our Standards: The TNA Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
