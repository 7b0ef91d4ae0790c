from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "The situation in the frontline municipalities of the region over the past day"
TEXT = """Monitoring desk · occupation sources in translation
Translated from Russian; original spelling of place names kept
GOVERNMENT OF THE KHERSON REGION
Official portal · News · Documents · Municipal districts · Reception
The situation in the frontline municipalities of the region over the past day
05.11.2024, 08:30
Over the past day, Ukrainian formations fired more than 160 shells at settlements on the left bank of the Dnieper and used 43 drones. One civilian was killed and four were wounded.

Aleshki. At 14:20 yesterday, a UAV of the AFU dropped an explosive device on a minibus at the stop on Sovetskaya Street. The driver and a passenger were wounded and taken to the central district hospital.

Golaya Pristan. On the outskirts of the town, a drone attacked a car; the driver, born in 1968, died on the spot.

Novaya Kakhovka. The city was shelled with artillery eleven times. A boiler house and two residential buildings were damaged. There were no casualties.

Kakhovka. A woman was wounded by shelling near the city market.

Dnepryany. A kamikaze drone hit a power line, leaving the settlement de-energised. Power engineers will begin repairs when the shelling stops.

Kazachi Lagerya. A HIMARS strike hit a warehouse of an agricultural enterprise; nobody was hurt.

Gornostayevka. On the Gornostayevka – Kakhovka road, an FPV drone attacked a grain truck. The driver was wounded.

Skadovsk. On the approach to the city, air defence forces shot down three Ukrainian UAVs.

The evacuation of residents from the 15-kilometre zone along the Dnieper continues: 46 people were resettled yesterday to the settlements of the Genichesk municipal district.

"From dawn the drones hang over the road to the market. People now go out for bread in twos and threes, and we tell them to walk under the trees," said Yevgeny Sarkisov, head of the Aleshki municipal district administration.

The Kyiv regime, having no success at the front, is deliberately hunting civilians.
Government of the Kherson Region on Telegram | VK | OK
© Government of the Kherson Region
Desk note: claims of the occupation authorities, not independently verified.
"""
DOC = {"id": "ku14", "date": "2024-11-05", "source": "Russian-installed Government of the Kherson Region (official portal, in translation)",
       "url": "https://khogov-occupied.example/news/2024-11-05-situation", "text": TEXT}

D, Y = "2024-11-05", "2024-11-04"
OCC = "Russian-installed Kherson region administration"
T = "ku14-1"
A = dict(prec="range", end=D, parent=T, claimant=OCC)
EVENTS = [
    E(T, MAS, Y, R("UA-65", "Kherson region (occupied left bank)"), "UA", None, prec="range", end=D, agg=True,
      fat=N(1), inj=N(4), family=[ADS], claimant=OCC,
      weapons=[W("artillery", launched=N(160, "at_least")), W("drone", launched=N(43))],
      note="'Over the past day, Ukrainian formations fired more than 160 shells … and used 43 drones. One civilian was "
           "killed and four were wounded': the occupation administration's past-day tally, aggregate range at region "
           "level, parent of the town lines; 'more than 160' = at_least; an occupation-side claim keeps the claimed "
           "attacker UA with actor2 null for occupied territory (blind37 call 4). Check: killed Hola Prystan 1; "
           "wounded Oleshky 2, Kakhovka 1, Hornostaivka road 1"),
    E("ku14-2", ADS, Y, L("Oleshky", name="Oleshky (Aleshki)"), "UA", None, inj=N(2), weapons=[W("drone")],
      parent=T, claimant=OCC,
      note="'At 14:20 yesterday, a UAV of the AFU dropped an explosive device on a minibus': the hour gives the day "
           "(4 November); Aleshki is the Russian form of Oleshky; driver and passenger wounded"),
    E("ku14-3", ADS, Y, H("Hola Prystan", "outskirts of Hola Prystan (Golaya Pristan)"), "UA", None, fat=N(1),
      weapons=[W("drone")], **A,
      note="'On the outskirts of the town, a drone attacked a car; the driver … died on the spot': outskirts = "
           "precision 2; no hour -> past-day range"),
    E("ku14-4", MAS, Y, L("Nova Kakhovka", name="Nova Kakhovka (Novaya Kakhovka)"), "UA", None, fat=N(0), inj=N(0),
      weapons=[W("artillery")], **A,
      note="'shelled with artillery eleven times' (times are not shells -> no launched); 'There were no casualties' -> "
           "0/0"),
    E("ku14-5", MAS, Y, L("Kakhovka"), "UA", None, inj=N(1), weapons=[W("artillery")], **A,
      note="'A woman was wounded by shelling near the city market': near the market of the city is the city itself"),
    E("ku14-6", ADS, Y, L("Dnipriany", name="Dnipriany (Dnepryany)"), "UA", None, weapons=[W("drone")], **A,
      note="'A kamikaze drone hit a power line' in Dnepryany (Russian form of Dnipriany 709940); casualties not "
           "stated"),
    E("ku14-7", DIS, Y, L("Dnipriany", name="Dnipriany (Dnepryany)"), "UA", None, prec="range", end=D,
      parent="ku14-6", claimant=OCC,
      note="'leaving the settlement de-energised'; the repairs 'when the shelling stops' are a plan"),
    E("ku14-8", MAS, Y, L("Kozachi Laheri", name="Kozachi Laheri (Kazachi Lagerya)"), "UA", None, fat=N(0), inj=N(0),
      weapons=[W("mlrs", "HIMARS")], **A,
      note="'A HIMARS strike hit a warehouse of an agricultural enterprise; nobody was hurt': HIMARS = MLRS rockets -> "
           "missile_artillery_strike, 0/0"),
    E("ku14-9", ADS, Y, H("Hornostaivka", "Hornostaivka–Kakhovka road (Gornostayevka)"), "UA", None, inj=N(1),
      weapons=[W("drone")], **A,
      note="fronted 'On the Gornostayevka – Kakhovka road, an FPV drone attacked a grain truck': a road between two "
           "towns = precision 2 at the first named (Hornostaivka 708403)"),
    E("ku14-10", INT, Y, H("Skadovsk", "approach to Skadovsk"), "RU", "UA", weapons=[W("drone", intercepted=N(3))],
      prec="range", end=D, claimant=OCC,
      note="'On the approach to the city, air defence forces shot down three Ukrainian UAVs': the occupation forces "
           "are the defender (actor1 RU), the drones Ukrainian (actor2 UA); 'on the approach to' = near, precision 2; "
           "a count with a place -> required"),
]
# Not events: the evacuation from the 15-kilometre zone that 'continues' and the 46 people 'resettled yesterday' (an
# ongoing measure of the occupation administration, not an attack or an abduction as the page reports it), the repairs
# 'when the shelling stops' (plan), 'The Kyiv regime … is deliberately hunting civilians' (opinion). The desk's
# translation header and note, the portal header and the social and © lines are furniture.
STATEMENTS = [
    S("Yevgeny Sarkisov", "RU", "From dawn the drones hang over the road to the market",
      "head of the Aleshki municipal district administration (Russian-installed)"),
]
MUST_NOT = ["Monitoring desk · occupation sources in translation",
            "Translated from Russian; original spelling of place names kept", "GOVERNMENT OF THE KHERSON REGION",
            "Official portal · News · Documents · Municipal districts · Reception", "05.11.2024, 08:30",
            "Government of the Kherson Region on Telegram | VK | OK", "© Government of the Kherson Region",
            "Desk note: claims of the occupation authorities, not independently verified."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
