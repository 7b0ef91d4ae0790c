from common import E, L, R, C, N, W, S, gold

TITLE = "Morning Front: Be-12s burn at Saky, a drone over Romania, and 175 come home"
TEXT = """THE SENTINEL | MORNING FRONT
Your daily briefing on the war in Ukraine
Thursday 19 March 2026
View in browser
Forwarded this email? Sign up here
Morning Front: Be-12s burn at Saky, a drone over Romania, and 175 come home
Good morning. Five minutes, six stories: this is the war as it stood at breakfast.

THE NIGHT
Russia sent 214 drones and three Iskander-M ballistic missiles against Ukraine overnight, the air force said at 8am; 188 drones and one missile were brought down. In Kharkiv, a drone hit the upper floors of a residential building, injuring two people. In Nizhyn, in the Chernihiv region, a drone struck a railway depot. Nobody was hurt, but several trains towards Kyiv ran up to two hours late.

CRIMEA
Ukraine's military intelligence says its drones set two Russian Be-12 amphibious patrol aircraft on fire at the Saky airfield the night before last. Satellite pictures published on Wednesday afternoon show scorch marks next to both aircraft. Russia has not commented.

THE DANUBE
Late on Wednesday, Russian drones attacked the port of Izmail again, damaging a warehouse and injuring a truck driver, the Odesa regional governor said. One of the drones crossed into Romanian airspace near Ceatalchioi, on the other bank of the river, for about three minutes before turning back, Romania's defence ministry said. Two Romanian F-16s were scrambled from Fetești.

"The pattern is the same every time: the drones use the river as a corridor, and the border is the river," said Radu Ionescu, a security researcher at the Black Sea Observatory in Constanța.

ARRESTS
German federal prosecutors said on Wednesday that police had arrested two men in Frankfurt on Monday on suspicion of planning arson attacks on logistics firms that ship aid to Ukraine, on behalf of Russian intelligence.

POLITICS
Britain on Tuesday added 90 tankers and four oil traders to its sanctions list. EU ambassadors are due to discuss a twentieth sanctions package on Friday, but Hungary and Slovakia are again signalling objections.

HOME
Ukraine and Russia swapped 175 prisoners of war apiece on Wednesday; the United Arab Emirates brokered the deal. Among those freed were 22 defenders of Mariupol who had been held since 2022.

"I recognised him by his walk before I recognised his face," said Liudmyla Hrytsenko, whose son came back after three years in captivity.

NUMBER OF THE DAY
1,020 – the number of guided aerial bombs Russia dropped on Ukrainian positions and towns last week, according to the air force.
WHAT WE'RE READING
The quiet logistics war on the Danube (Black Sea Review, 12 min)
Today's briefing was written by Aoife Brennan and edited by Tom Akers.
Advertisement
This newsletter comes to you because you signed up for Morning Front.
Unsubscribe | Manage preferences | Privacy
© 2026 The Sentinel Media Group, 1 King's Yard, London
"""
DOC = {"id": "kz16", "date": "2026-03-19", "source": "The Sentinel — Morning Front (daily newsletter digest)",
       "url": "https://newsletters.thesentinel.example/morning-front/2026-03-19", "text": TEXT}

D, WED, TUE, MON = "2026-03-19", "2026-03-18", "2026-03-17", "2026-03-16"
EVENTS = [
    E("kz16-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(214)), W("ballistic_missile", "Iskander-M", launched=N(3))],
      note="'Russia sent 214 drones and three Iskander-M ballistic missiles against Ukraine overnight' (Thursday "
           "newsletter): the night wave, typed by the missiles"),
    E("kz16-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kz16-1",
      weapons=[W("drone", intercepted=N(188)), W("ballistic_missile", intercepted=N(1))],
      note="'188 drones and one missile were brought down'"),
    E("kz16-3", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", parent="kz16-1", inj=N(2), weapons=[W("drone")],
      note="'In Kharkiv, a drone hit the upper floors of a residential building, injuring two people'"),
    E("kz16-4", "air_drone_strike", D, L("Nizhyn"), "RU", "UA", parent="kz16-1", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="'In Nizhyn … a drone struck a railway depot. Nobody was hurt' = 0/0"),
    E("kz16-5", "infrastructure_disruption", D, L("Nizhyn"), "RU", "UA", parent="kz16-4",
      note="'several trains towards Kyiv ran up to two hours late': rail delays through the damaged node (blind44 call 6)"),
    E("kz16-6", "air_drone_strike", WED, L("Saky"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian military intelligence",
      note="'its drones set two Russian Be-12 … on fire at the Saky airfield the night before last': in a Thursday page "
           "the night before last = the night of Tuesday to Wednesday -> Wednesday 18 Mar; a military target -> actor2 "
           "RU; the Wednesday satellite pictures repeat it"),
    E("kz16-7", "air_drone_strike", WED, L("Izmail"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Late on Wednesday, Russian drones attacked the port of Izmail again, damaging a warehouse and injuring a "
           "truck driver'"),
    E("kz16-8", "military_mobilization", WED, L("Ceatalchioi", 2, "Romanian airspace near Ceatalchioi"), "RU", "RO",
      note="'One of the drones crossed into Romanian airspace near Ceatalchioi … for about three minutes': an airspace "
           "violation = military_mobilization RU->RO (blind41 call 7), near X = precision 2"),
    E("kz16-9", "military_mobilization", WED, C("RO", "Romania"), "RO", None,
      note="'Two Romanian F-16s were scrambled from Fetești': the scrambling state (RO); Fetești is only their base"),
    E("kz16-10", "arrest", MON, L("Frankfurt"), "DE", None,
      note="prosecutors 'said on Wednesday that police had arrested two men in Frankfurt on Monday' (16 Mar): the arrest "
           "day wins over the announcement day (blind43 call 4)"),
    E("kz16-11", "policy_decision", TUE, C("GB", "United Kingdom"), "GB", "RU",
      note="'Britain on Tuesday added 90 tankers and four oil traders to its sanctions list': a sanction at the "
           "deciding country"),
    E("kz16-12", "agreement", WED, C(None, "undisclosed"), "UA", "RU",
      note="'Ukraine and Russia swapped 175 prisoners of war apiece on Wednesday', brokered by the UAE: a prisoner exchange is "
           "an agreement without a place (blind41 kr06-1)"),
    E("kz16-13", "air_drone_strike", "2026-03-09", C("UA", "Ukraine"), "RU", "UA", end="2026-03-15", prec="week",
      agg=True, weapons=[W("guided_bomb", launched=N(1020))],
      note="'1,020 – the number of guided aerial bombs Russia dropped … last week': 'last week' of a Thursday page = "
           "Mon 9 - Sun 15 Mar; a week aggregate with its count (kz08-7), glide bombs = air_drone_strike"),
]
# Not events: 'Russia has not commented' (negation), the satellite pictures (evidence of kz16-6), the EU ambassadors
# 'due to discuss … on Friday' and Hungary's and Slovakia's 'signalling objections' (plan, stance), Mariupol defenders
# 'held since 2022' (background), the 'WHAT WE'RE READING' recommendation (furniture).
STATEMENTS = [
    S("Radu Ionescu", None, "the drones use the river as a corridor, and the border is the river",
      "security researcher, Black Sea Observatory"),
    S("Liudmyla Hrytsenko", "UA", "I recognised him by his walk before I recognised his face",
      "mother of a freed prisoner"),
]
MUST_NOT = ["THE SENTINEL | MORNING FRONT", "Your daily briefing on the war in Ukraine", "Thursday 19 March 2026",
            "View in browser", "Forwarded this email? Sign up here", "WHAT WE'RE READING",
            "The quiet logistics war on the Danube (Black Sea Review, 12 min)",
            "Today's briefing was written by Aoife Brennan and edited by Tom Akers.", "Advertisement",
            "This newsletter comes to you because you signed up for Morning Front.",
            "Unsubscribe | Manage preferences | Privacy", "© 2026 The Sentinel Media Group, 1 King's Yard, London"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
