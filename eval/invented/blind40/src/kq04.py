from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA

TITLE = "Operational information as of 08:00 on 21.08.2025 regarding the Russian invasion"
TEXT = """GENERAL STAFF OF THE ARMED FORCES OF UKRAINE
Українською | English
Main | News | Operational information | Press centre | Contacts
Operational information as of 08:00 on 21.08.2025 regarding the Russian invasion
21.08.2025 08:00
The 1275th day of the full-scale armed aggression of the Russian Federation against Ukraine has begun.

Over the past day, 176 combat clashes were recorded.

Yesterday, the enemy launched one missile strike with two missiles and 79 air strikes, dropping 131 guided aerial bombs. In addition, it used 5,212 kamikaze drones and carried out 3,944 attacks on the positions of our troops and on settlements, 87 of them from multiple launch rocket systems.

Enemy air strikes hit, in particular, the areas of Bilytske, Dobropillia and Shakhove in Donetsk region and Ternuvate in Zaporizhzhia region.

Last night, the enemy attacked Ukraine with 93 Shahed-type attack drones and decoy drones. Air defence shot down or suppressed 71 of them.

The situation in the sectors:
On the Sumy axis, the enemy attacked 9 times near Yunakivka.
On the Kharkiv axis, 5 attacks near Vovchansk.
On the Kupiansk axis, the occupiers attacked 7 times near Kindrashivka and Kupiansk and towards Petropavlivka.
On the Lyman axis, 12 attacks were repelled near Zarichne and Torske.
On the Siversk axis, Ukrainian units stopped 4 assaults near Siversk.
On the Kramatorsk axis, the enemy attacked 6 times near Chasiv Yar.
On the Toretsk axis, 11 attacks near Toretsk.
On the Pokrovsk axis, the aggressor carried out 58 assault and offensive actions near Rodynske, Myrnohrad and Udachne. Our defenders repelled 51 attacks; seven clashes are still ongoing.
On the Novopavlivka axis, 14 attacks near Komar and Bahatyr.
On the Orikhiv axis, 3 attacks near Stepnohirsk.
On the Prydniprovskyi axis, the enemy conducted no offensive actions.

Over the past day, Ukrainian aviation, missile troops and artillery struck three areas of concentration of enemy personnel, a command post and an air defence system.

Total combat losses of the enemy from 24.02.22 to 21.08.25 were approximately: personnel ‒ about 1,072,350 (+920) persons, tanks ‒ 11,135 (+2), artillery systems ‒ 32,148 (+41), UAVs ‒ 54,907 (+118).
Let's believe in the Armed Forces of Ukraine! Together we will win!
#ArmedForcesOfUkraine #GeneralStaff
Share: Facebook | Telegram | X | Copy link
© General Staff of the Armed Forces of Ukraine, 2025
"""
DOC = {"id": "kq04", "date": "2025-08-21", "source": "General Staff of the Armed Forces of Ukraine (official website, English version)",
       "url": "https://zsu-gs.example/en/news/operational-information-2025-08-21", "text": TEXT}

D, Y = "2025-08-21", "2025-08-20"
PAST = dict(prec="range", end=D)
GS = "General Staff"


def clash(n, key, name, note, optional=False):
    return E(f"kq04-{n}", CLA, Y, H(key, name), "RU", "UA", claimant=GS, optional=optional, note=note, **PAST)


EVENTS = [
    E("kq04-1", CLA, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, claimant=GS, **PAST,
      note="'Over the past day, 176 combat clashes': national tally, optional (blind16 h04 convention)"),
    E("kq04-2", MAS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, claimant=GS, weapons=[W("missile", launched=N(2))],
      note="'Yesterday … one missile strike with two missiles': day aggregate of 20 August"),
    E("kq04-3", ADS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, claimant=GS,
      weapons=[W("guided_bomb", launched=N(131))],
      note="'79 air strikes, dropping 131 guided aerial bombs': day aggregate (h04-3)"),
    E("kq04-4", ADS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, claimant=GS,
      weapons=[W("drone", launched=N(5212))], note="5,212 kamikaze drones in the day: optional tally"),
    E("kq04-5", MAS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, claimant=GS, weapons=[W("mlrs")],
      note="3,944 attacks, 87 of them by MLRS: optional tally (h04-4)"),
    E("kq04-6", ADS, Y, H("Bilytske", "area of Bilytske"), "RU", "UA", claimant=GS, weapons=[W("guided_bomb")],
      note="named area of yesterday's air strikes, precision 2 (h04 convention)"),
    E("kq04-7", ADS, Y, H("Dobropillia", "area of Dobropillia"), "RU", "UA", claimant=GS, weapons=[W("guided_bomb")],
      note="named area of yesterday's air strikes; Dobropillia 709900 (the town)"),
    E("kq04-8", ADS, Y, H("Shakhove", "area of Shakhove"), "RU", "UA", claimant=GS, weapons=[W("guided_bomb")],
      note="named area of yesterday's air strikes"),
    E("kq04-9", ADS, Y, H("Ternuvate", "area of Ternuvate"), "RU", "UA", claimant=GS, weapons=[W("guided_bomb")],
      note="Ternuvate in Zaporizhzhia region (691639), not the Mykolaiv namesake"),
    E("kq04-10", ADS, D, C("UA", "Ukraine"), "RU", "UA", claimant=GS,
      weapons=[W("drone", "Shahed-136", launched=N(93))],
      note="'Last night … 93 Shahed-type attack drones and decoy drones': the night's wave at country precision"),
    E("kq04-11", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="kq04-10", claimant=GS,
      weapons=[W("drone", intercepted=N(71))], note="'shot down or suppressed 71 of them' (EW suppression counts)"),
    clash(12, "Yunakivka", "near Yunakivka", "Sumy axis: 9 attacks near Yunakivka; one clash per place, past-day range"),
    clash(13, "Vovchansk", "near Vovchansk", "Kharkiv axis: 5 attacks"),
    clash(14, "Kindrashivka", "near Kindrashivka", "Kupiansk axis, first place"),
    clash(15, "Kupiansk", "near Kupiansk", "Kupiansk axis, second place"),
    clash(16, "Petropavlivka", "towards Petropavlivka",
          "'towards Petropavlivka': an attack in the direction of a place, not at it -> optional; the Kharkiv-oblast "
          "Petropavlivka 697421 (Kupiansk district)", optional=True),
    clash(17, "Zarichne", "near Zarichne", "Lyman axis, agentless 'were repelled'; Zarichne 705808 (Donetsk oblast)"),
    clash(18, "Torske", "near Torske", "Lyman axis, second place"),
    clash(19, "Siversk", "near Siversk", "Siversk axis: 'Ukrainian units stopped 4 assaults' (attacker RU)"),
    clash(20, "Chasiv Yar", "near Chasiv Yar", "Kramatorsk axis"),
    clash(21, "Toretsk", "near Toretsk", "Toretsk axis: 11 attacks"),
    clash(22, "Rodynske", "near Rodynske", "Pokrovsk axis: 58 actions near three places -> one clash per place"),
    clash(23, "Myrnohrad", "near Myrnohrad", "Pokrovsk axis, second place"),
    clash(24, "Udachne", "near Udachne", "Pokrovsk axis, third place; 'seven clashes are still ongoing' is the same "
                                         "fighting"),
    clash(25, "Komar", "near Komar", "Novopavlivka axis; Komar 705271 (Donetsk oblast)"),
    clash(26, "Bahatyr", "near Bahatyr", "Novopavlivka axis, second place"),
    clash(27, "Stepnohirsk", "near Stepnohirsk", "Orikhiv axis: 3 attacks (Zaporizhzhia oblast)"),
    E("kq04-28", MAS, Y, C("UA", "Ukraine"), "UA", "RU", agg=True, optional=True, family=[ADS], claimant=GS, **PAST,
      note="Ukrainian strikes on three areas, a command post and an air defence system, no place: optional tally"),
]
# Not events: the day counter, 'On the Prydniprovskyi axis, the enemy conducted no offensive actions' (negation), the
# losses table 'from 24.02.22' (cumulative, with daily increments that are no incident), the slogan (furniture).
STATEMENTS = []
MUST_NOT = ["GENERAL STAFF OF THE ARMED FORCES OF UKRAINE", "Українською | English",
            "Main | News | Operational information | Press centre | Contacts", "21.08.2025 08:00",
            "Let's believe in the Armed Forces of Ukraine! Together we will win!",
            "#ArmedForcesOfUkraine #GeneralStaff", "Share: Facebook | Telegram | X | Copy link",
            "© General Staff of the Armed Forces of Ukraine, 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
