from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT, DIS, REX

TITLE = "A drone hunted down a workers' bus near Semenivka; a tractor blew up on a mine in the Tupychiv hromada"
TEXT = """SIVERIANKA.INFO
Chernihiv · Novhorod-Siverskyi · Nizhyn · Pryluky
Main | Region | Border | Society | Photo | Contacts
Main > Border
A drone hunted down a workers' bus near Semenivka; a tractor blew up on a mine in the Tupychiv hromada
Tuesday, 7 November 2023 | 12:48
Author: Iryna Hrabovska
Six people, the driver among them, were wounded on Monday morning when a Russian FPV drone struck a shuttle bus carrying sawmill workers on the road outside Semenivka, the head of the regional military administration reported. The yellow bus was about three kilometres from the town when the drone hit its windscreen; it ended up in a ditch.
"I saw it in the mirror for maybe two seconds, then the glass exploded," the driver, Petro Sydorenko, 57, told our correspondent from his hospital bed. Two of the workers remain in a serious condition.
Photo: Semenivka hromada
Mine in a field
A second blow came from the ground. This morning, in the Tupychiv hromada, a tractor ran over an anti-tank mine while ploughing a field outside Tupychiv. The 44-year-old tractor driver was taken to hospital in Chernihiv with a concussion and leg wounds. The fields around the village were occupied in the spring of 2022; according to the police, the mine may have been left behind then.
The State Emergency Service asked farmers once more not to plough land that deminers have not yet checked.
Along the border
Over the past day, the Russians shelled the border areas of Chernihiv region 14 times, and 52 explosions were recorded in the Semenivka, Novhorod-Siverskyi and Horodnia hromadas, the Operational Command "North" said.
On Monday evening, mortar fire near Hremiach cut a 10-kilovolt line. The village and three hamlets around it remain without electricity; Chernihivoblenergo says its crews will go in as soon as the military allows.
In the Horodnia hromada, a drone dropped two explosive charges on a farm on the outskirts of Horodnia. A cowshed lost part of its roof; nobody was hurt.
Read also: Chernihiv hospitals receive new generators
Overnight, air defence shot down two Shahed drones on the approaches to Chernihiv, the head of the city military administration said.
The bus was the second attack on civilians in the border area in three days. On Saturday, a Russian drone killed a 70-year-old woman in Blystova, in the Novhorod-Siverskyi hromada, as she was feeding her goats.
"We asked the families for a month. Monday's bus convinced the last of them," said Nadiia Ostapenko, the starosta of the villages along the border. According to the Semenivka hromada, all 37 children who were still living in the five-kilometre zone have now been taken out with their families.
Tags: Semenivka, Tupychiv, Hremiach, border, mines
Found a mistake? Select it and press Ctrl+Enter
© Siverianka.info 2019–2023
"""
DOC = {"id": "lp03", "date": "2023-11-07", "source": "Siverianka.info (Chernihiv regional news site, English version)",
       "url": "https://siverianka.example/en/border/2023-11-07-drone-bus-semenivka", "text": TEXT}

D, Y = "2023-11-07", "2023-11-06"
RMA = "head of the Chernihiv regional military administration"
T = "lp03-3"
EVENTS = [
    E("lp03-1", ADS, Y, H("Semenivka", "road outside Semenivka"), "RU", "UA", inj=N(6), weapons=[W("drone", "FPV")],
      claimant=RMA,
      evidence="Six people, the driver among them, were wounded on Monday morning when a Russian FPV drone struck a shuttle bus carrying sawmill workers on the road outside Semenivka",
      note="'on Monday morning' (Tuesday page) -> 6 November; 'on the road outside Semenivka … about three kilometres "
           "from the town' -> near X, precision 2 (Semenivka 694590, Chernihiv oblast; not the Poltava, Zaporizhzhia, "
           "Mykolaiv or Kherson namesakes); 'Six people, the driver among them' = 6 injured (a number in words). Told on "
           "its own, before the past-day count: no parent"),
    E("lp03-2", REX, D, H("Tupychiv", "field outside Tupychiv"), None, "UA", inj=N(1),
      evidence="This morning, in the Tupychiv hromada, a tractor ran over an anti-tank mine while ploughing a field outside Tupychiv.",
      note="an anti-tank mine under a tractor -> remote_explosive, 'This morning' = 7 November; a field outside X -> "
           "precision 2 (Tupychiv 690997, Chernihiv district); the mine 'may have been left behind' in 2022 -> actor1 "
           "null (not said for sure; blind53 ld03); the driver hospitalised = 1 injured"),
    E(T, MAS, Y, R("UA-74", "Chernihiv region"), "RU", "UA", agg=True, family=[ADS], prec="range", end=D,
      claimant="Operational Command North",
      evidence="Over the past day, the Russians shelled the border areas of Chernihiv region 14 times, and 52 explosions were recorded",
      note="past-day count -> aggregate range 6–7 November at the region (three hromadas named), parent of the two "
           "border lines below; 14 times and 52 explosions are not munitions; no casualties stated"),
    E("lp03-4", MAS, Y, H("Hremiach", "near Hremiach"), "RU", "UA", parent=T, weapons=[W("artillery")],
      evidence="On Monday evening, mortar fire near Hremiach cut a 10-kilovolt line.",
      note="'On Monday evening' -> 6 November; near X -> precision 2; mortar = artillery (Hremiach 708146, "
           "Novhorod-Siverskyi hromada per KATOTTG, on the border; not Hremiachka of the Semenivka hromada)"),
    E("lp03-5", DIS, Y, L("Hremiach"), "RU", "UA", parent="lp03-4",
      evidence="The village and three hamlets around it remain without electricity",
      note="the outage caused by the cut line, since Monday evening and still on ('remain') -> one disruption at the "
           "village; the crews going in 'as soon as the military allows' is a plan"),
    E("lp03-6", ADS, Y, H("Horodnia", "outskirts of Horodnia"), "RU", "UA", parent=T, fat=N(0), inj=N(0),
      weapons=[W("drone")],
      evidence="In the Horodnia hromada, a drone dropped two explosive charges on a farm on the outskirts of Horodnia. A cowshed lost part of its roof; nobody was hurt.",
      note="outskirts of X -> precision 2; 'nobody was hurt' -> 0/0; two charges dropped are not drones launched; no "
           "time -> the past-day range", prec="range", end=D),
    E("lp03-7", INT, D, H("Chernihiv", "approaches to Chernihiv"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(2))], claimant="head of the Chernihiv city military administration",
      evidence="Overnight, air defence shot down two Shahed drones on the approaches to Chernihiv",
      note="'Overnight' in a Tuesday page -> 7 November; 'on the approaches to X' with a count -> required "
           "interception at precision 2 (blind53 ld09)"),
    E("lp03-8", ADS, "2023-11-04", L("Blystova"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      evidence="On Saturday, a Russian drone killed a 70-year-old woman in Blystova, in the Novhorod-Siverskyi hromada",
      note="recalled with its day: 'On Saturday' before Tuesday 7 November -> 4 November (required, blind53 "
           "convention); Blystova 712055 of the Novhorod-Siverskyi hromada (not its Mena-hromada namesake); 1 killed"),
]
# Not events: 'Two of the workers remain in a serious condition' (part of lp03-1), the occupation 'in the spring of
# 2022' (history), the SES request to farmers (appeal), 'the second attack on civilians … in three days' (recap of
# lp03-1 and lp03-8), the 37 children 'taken out' (an evacuation, no taxonomy event, no decision). 'Mine in a field' and
# 'Along the border' are section headings (text). Masthead, town row, menu, breadcrumb, date line, author, the own-line
# photo credit, the 'Read also' line, tags, the Ctrl+Enter line and © are furniture. Not a gold statement: the
# command's name "North" (a fragment).
STATEMENTS = [
    S("Petro Sydorenko", "UA", "then the glass exploded", "bus driver"),
    S("Nadiia Ostapenko", "UA", "Monday's bus convinced the last of them", "starosta of the border villages"),
]
MUST_NOT = ["SIVERIANKA.INFO", "Chernihiv · Novhorod-Siverskyi · Nizhyn · Pryluky",
            "Main | Region | Border | Society | Photo | Contacts", "Main > Border",
            "Tuesday, 7 November 2023 | 12:48", "Author: Iryna Hrabovska", "Photo: Semenivka hromada",
            "Read also: Chernihiv hospitals receive new generators", "Tags: Semenivka, Tupychiv, Hremiach, border, mines",
            "Found a mistake? Select it and press Ctrl+Enter", "© Siverianka.info 2019–2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
