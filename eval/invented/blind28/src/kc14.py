from common import E, L, R, C, N, W, S, gold

TITLE = "Russia fires 122 missiles and 36 drones in largest aerial barrage of the war, Ukraine says"
TEXT = """MPR News | Maple Public Radio
World · Canada · Politics · Business · Health · Arts · Listen Live
Russia fires 122 missiles and 36 drones in largest aerial barrage of the war, Ukraine says
At least 22 killed across the country; Poland scrambles jets
The Associated Desk · MPR News · Posted: Dec 29, 2023 7:40 AM ET | Last Updated: Dec 29, 2023 11:05 AM ET
Comments 212
Russia launched 122 missiles and 36 drones against Ukraine overnight and into Friday morning in what Ukraine's air force called the largest aerial attack since the full-scale invasion began. At least 22 people were killed across the country, officials said.

The air force said it had shot down 87 of the missiles and 27 of the drones.

In Kyiv, at least seven people were killed and 28 injured when missile debris and a direct hit struck a warehouse and residential buildings in the Podilskyi district, city authorities said. A metro station used as a shelter was damaged.

In Dnipro, a missile hit a shopping centre and a maternity hospital; five people were killed and 21 injured. Medical staff carried newborns to the basement minutes before the strike, said Kateryna Danyliuk, a nurse at the hospital.

"We had twenty babies in incubators. We moved them by hand, one by one, in the dark," she said.

In Odesa, a drone attack killed two people and injured 15. In Lviv, one person was killed when a missile hit an industrial site, and in Kharkiv three people died in a series of missile strikes on the city centre. Eight people were injured in Zaporizhzhia.

Poland's armed forces said an unidentified airborne object, probably a missile, had entered Polish airspace from Ukraine and left it after about three minutes. Polish and allied jets were scrambled, the operational command said.

Moscow said it had struck "military-industrial facilities" and denied targeting civilians.

Since the start of December, Russia has launched more than 1,750 drones at Ukraine, the air force said.

CORRECTION: An earlier version of this story gave the number of missiles intercepted as 78. It was 87.

Related Stories
Canada announces new winter aid for Ukraine
Why Ukraine's air defences are running short
Audience Relations, MPR: Corrections and clarifications | Submit a news tip
"""
DOC = {"id": "kc14", "date": "2023-12-29", "source": "MPR News (Canadian public broadcaster)",
       "url": "https://mpr.example/news/world/russia-ukraine-missile-barrage-1.7070123", "text": TEXT}

D = "2023-12-29"
AF = "Ukrainian Air Force"
EVENTS = [
    E("kc14-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(22, "at_least"),
      weapons=[W("missile", launched=N(122)), W("drone", launched=N(36))], claimant=AF,
      note="combined wave 'overnight and into Friday morning', heaviest weapon; kinds of missiles not given: generic "
           "missile; 'At least 22 people were killed' carried by the wave"),
    E("kc14-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(87)), W("drone", intercepted=N(27))], claimant=AF, parent="kc14-1",
      note="'shot down 87 of the missiles and 27 of the drones'; the correction line confirms 87 (not 78)"),
    E("kc14-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Podilskyi district)"), "RU", "UA",
      fat=N(7, "at_least"), inj=N(28), weapons=[W("missile")], parent="kc14-1",
      note="missile debris and a direct hit; city district = the city"),
    E("kc14-4", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", fat=N(5), inj=N(21), weapons=[W("missile")],
      parent="kc14-1", note="shopping centre and maternity hospital: one event in the city"),
    E("kc14-5", "air_drone_strike", D, L("Odesa"), "RU", "UA", fat=N(2), inj=N(15), weapons=[W("drone")],
      parent="kc14-1", note="'a drone attack'"),
    E("kc14-6", "missile_artillery_strike", D, L("Lviv"), "RU", "UA", fat=N(1), weapons=[W("missile")],
      parent="kc14-1", note="industrial site"),
    E("kc14-7", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", fat=N(3), weapons=[W("missile")],
      parent="kc14-1", note="'a series of missile strikes on the city centre': one event"),
    E("kc14-8", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(8), family=["air_drone_strike"],
      parent="kc14-1", note="weapon not said: drone type accepted"),
    E("kc14-9", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="Polish and allied jets scrambled; the object entering Polish airspace is no separate event (no taxonomy "
           "type; no damage)"),
    E("kc14-10", "air_drone_strike", "2023-12-01", C("UA", "Ukraine"), "RU", "UA", end=D, prec="month", agg=True,
      optional=True, weapons=[W("drone", launched=N(1750, "at_least"))],
      note="'Since the start of December … more than 1,750 drones': monthly total, optional"),
]
STATEMENTS = [
    S("Kateryna Danyliuk", "UA", "We moved them by hand, one by one, in the dark", "nurse"),
]
MUST_NOT = ["MPR News | Maple Public Radio", "World · Canada · Politics · Business · Health · Arts · Listen Live",
            "The Associated Desk · MPR News · Posted: Dec 29, 2023 7:40 AM ET | Last Updated: Dec 29, 2023 11:05 AM ET",
            "Comments 212", "Related Stories", "Canada announces new winter aid for Ukraine",
            "Why Ukraine's air defences are running short",
            "Audience Relations, MPR: Corrections and clarifications | Submit a news tip"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
