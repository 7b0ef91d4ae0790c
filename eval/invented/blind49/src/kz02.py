from common import E, L, R, C, N, W, S, gold

TITLE = "Drone hits Rylsk bakery, Tyotkino shelled again: the governor on the past day"
TEXT = """PANORAMA-KURSK.RU
Kursk region news portal
Kursk +18°C | USD 78.91 | EUR 89.40
News | Incidents | Society | Economy | SVO | Sport | Classifieds
Home / News / Incidents
Drone hits Rylsk bakery, Tyotkino shelled again: the governor on the past day
03.06.2025 09:47
👁 4 312
Author: Panorama editorial staff
Over the past day, the Armed Forces of Ukraine attacked the border districts of the Kursk region 64 times, launching 41 drones and firing 96 shells and mines at 19 settlements, the governor of the region reported on his Telegram channel on Tuesday morning.

The most serious incident took place in Rylsk. On Monday evening, an enemy drone struck the yard of a bakery on Kirova Street just as the night shift was arriving. Two women, aged 44 and 51, were injured and were brought to the central district hospital with shrapnel wounds.

"The girls were just getting out of the car when it exploded. The windows in the shop flew out onto the pavement," said Nikolai Vorontsov, the manager of the bakery.

In the Glushkovo district, an FPV drone struck a car at the edge of the village of Glushkovo. The driver, a 58-year-old local man, did not survive the journey to hospital.

Tyotkino, which has been under fire almost daily since the summer of last year, was shelled again the night before last. According to the head of the Glushkovo district, Alexei Kuzmin, about twenty shells landed in the village; a house and a gas pipeline were damaged, and nobody was hurt. Some 300 homes in Tyotkino will remain without gas until the pipeline is repaired.

"We no longer count the days of shelling, we count the quiet hours," Kuzmin said.

On Monday morning, Ukrainian saboteurs attempted a crossing of the state border near Tyotkino, the border department of the FSB reported. Border guards, supported by artillery, forced the group of saboteurs to retreat to Ukrainian territory.

Last night, air defence forces destroyed 17 Ukrainian drones over the region, the Russian Ministry of Defence said. In total, according to the ministry, 52 drones were shot down overnight over seven Russian regions.

Debris of one of the drones came down on the grounds of an industrial enterprise in Kurchatov, the city where the Kursk nuclear power plant is located. A small fire was quickly put out, and there were no casualties. The station is operating normally, its press service said.

The Ukrainian General Staff, for its part, claimed on Tuesday that a fuel depot near Lgov had been hit by its drones overnight. The regional authorities did not comment on that report.

Since August last year, when Ukrainian units broke into the Sudzha district, the western districts of the region have been shelled every day.
Subscribe to our channel in Telegram
If you notice an error, select it and press Ctrl+Enter
18+
Copying of our materials is allowed only with a direct hyperlink to panorama-kursk.ru
"""
DOC = {"id": "kz02", "date": "2025-06-03", "source": "Panorama-Kursk (Russian regional news portal, in translation)",
       "url": "https://panorama-kursk.example/news/incidents/2025/06/03/rylsk-bakery-drone-tyotkino/", "text": TEXT}

D, MON = "2025-06-03", "2025-06-02"
EVENTS = [
    E("kz02-1", "missile_artillery_strike", MON, R("RU-KRS", "Kursk region"), "UA", "RU", end=D, prec="range",
      agg=True, family=["air_drone_strike"], weapons=[W("drone", launched=N(41)), W("artillery", launched=N(96))],
      claimant="Kursk region governor",
      note="the governor's past-day tally (Tuesday morning): 64 attacks, 41 drones, 96 shells and mines on 19 "
           "settlements: aggregate, past-day range, both strike types; the 64 'attacks' are no munitions"),
    E("kz02-2", "air_drone_strike", MON, L("Rylsk"), "UA", "RU", parent="kz02-1", inj=N(2), weapons=[W("drone")],
      claimant="Kursk region governor",
      note="'On Monday evening, an enemy drone struck the yard of a bakery' in Rylsk: two women injured; the day of "
           "its own time (2 Jun)"),
    E("kz02-3", "air_drone_strike", MON, L("Glushkovo", 2, "edge of Glushkovo"), "UA", "RU", parent="kz02-1",
      end=D, prec="range", fat=N(1), weapons=[W("drone")], claimant="Kursk region governor",
      note="FPV drone on a car 'at the edge of the village of Glushkovo', driver died: no time -> the past-day "
           "range; edge of X = precision 2"),
    E("kz02-4", "missile_artillery_strike", MON, L("Tyotkino"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(20, "about"))], claimant="head of the Glushkovo district",
      note="'shelled again the night before last' in a Tuesday page = the night of Sunday to Monday -> Monday 2 Jun; "
           "'about twenty shells', 'nobody was hurt' = 0/0"),
    E("kz02-5", "infrastructure_disruption", MON, L("Tyotkino"), "UA", "RU", parent="kz02-4",
      note="'Some 300 homes in Tyotkino will remain without gas until the pipeline is repaired': a gas cut caused by the "
           "shelling (already in force)"),
    E("kz02-6", "armed_clash", MON, L("Tyotkino", 2, "border near Tyotkino"), "UA", "RU",
      claimant="FSB border department",
      note="'On Monday morning, Ukrainian saboteurs attempted a crossing of the state border near "
           "Tyotkino … forced … to retreat': a repelled crossing = clash of the raiding side (blind41 call 5), near X = "
           "precision 2"),
    E("kz02-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(52))],
      claimant="Russian Ministry of Defence",
      note="'52 drones were shot down overnight over seven Russian regions' (Tuesday page: 'Last night' = Tuesday)"),
    E("kz02-8", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="kz02-7",
      weapons=[W("drone", intercepted=N(17))], claimant="Russian Ministry of Defence",
      note="'Last night, air defence forces destroyed 17 Ukrainian drones over the region'"),
    E("kz02-9", "air_drone_strike", D, L("Kurchatov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Debris of one of the drones came down on the grounds of an industrial enterprise in Kurchatov … there were no casualties' = "
           "0/0; the debris of a downed drone is placed as a strike (blind41 kr08-11)"),
    E("kz02-10", "air_drone_strike", D, L("Lgov", 2, "near Lgov"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      note="the General Staff 'claimed on Tuesday that a fuel depot near Lgov had been hit by its drones overnight': claimed "
           "strike, near X = precision 2, no comment from the other side"),
    E("kz02-11", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole, implied by the MoD count: optional (blind37 call 5)"),
]
# Not events: 'under fire almost daily since the summer of last year' (habitual), the nuclear station 'operating
# normally', 'The regional authorities did not comment', 'Since August last year, when Ukrainian units broke into the
# Sudzha district' (background without a day), the daily shelling (habitual).
STATEMENTS = [
    S("Nikolai Vorontsov", "RU", "The windows in the shop flew out onto the pavement", "manager of the Rylsk bakery"),
    S("Alexei Kuzmin", "RU", "we count the quiet hours", "head of the Glushkovo district"),
]
# Not gold: the governor (title only, reported speech).
MUST_NOT = ["PANORAMA-KURSK.RU", "Kursk region news portal", "Kursk +18°C | USD 78.91 | EUR 89.40",
            "News | Incidents | Society | Economy | SVO | Sport | Classifieds", "Home / News / Incidents",
            "03.06.2025 09:47", "👁 4 312", "Author: Panorama editorial staff", "Subscribe to our channel in Telegram",
            "If you notice an error, select it and press Ctrl+Enter", "18+",
            "Copying of our materials is allowed only with a direct hyperlink to panorama-kursk.ru"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
