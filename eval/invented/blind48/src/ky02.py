from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Zaporizhzhia oblast: 386 enemy strikes on nine settlements in a day, one man killed"
TEXT = """ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION · PRESS CENTRE
Про область | Новини | Документи | Звернення громадян | EN
You are here: Press centre / Daily situation / 05.12.2023
Published 05.12.2023 at 08:05 · updated 08:31 · 👁 3 418
Aa+ | Aa− | Print version | Download .docx
Zaporizhzhia oblast: 386 enemy strikes on nine settlements in a day, one man killed
In the past 24 hours the occupiers struck nine settlements of the oblast 386 times, the head of the regional military administration reported on Tuesday morning. One person was killed and four were wounded.

By hromada:

▪ Huliaipole hromada. Grad rockets hit the town twice, at 09:20 and again shortly before 17:00. A 58-year-old man, wounded in the second attack, died on the way to hospital. In the village of Zaliznychne, which belongs to the same hromada, a drone dropped a charge onto the roof of a house.

▪ Orikhiv hromada. Orikhiv itself took artillery fire, Grad salvos and fourteen drone attacks in the course of the day; two women were wounded near the humanitarian hub.

▪ Mala Tokmachka was struck in the afternoon by three KAB-500 guided bombs, which destroyed two houses. No one was hurt.

▪ Stepnohirsk hromada. Mortars and artillery pounded Stepnohirsk and Prymorske (Vasylivka raion), 61 strikes between the two. It was in Prymorske that a man was wounded by shell fragments.

▪ On the outskirts of Kamianske (Vasylivka raion), two FPV drones chased a car along the road and hit it. The driver, a volunteer, had jumped out in time and was not injured.

▪ Komyshuvakha hromada. An artillery shell hit the school in Ternuvate, which has had no pupils since 2022; the roof and the gym were damaged.

▪ Zaporizhzia. At 02:40 a missile hit an infrastructure facility in the Oleksandrivskyi district and started a fire. One person was injured. Some 4,700 subscribers in the district lost power; by 07:00 it had been restored to about 3,100 of them.

▪ Vilniansk hromada: during the night air defence shot down one Shahed. There was no damage.

Evacuation of families with children from Orikhiv and Huliaipole remains mandatory. On Monday, 12 tonnes of food and hygiene kits were delivered to Stepnohirsk by the regional humanitarian staff.

"In Orikhiv the shelling does not stop even for the hour when bread is handed out," said Ivan Soroka, a spokesman for the regional military administration. "People queue with one ear on the sky."
Subscribe to the RMA's alerts in Viber: @zoda_alerts
If you find an unexploded shell or a mine, call 101 or 102. Do not touch it.
© Zaporizhzhia Regional Military Administration, 2023. Materials may be used with a hyperlink to zoda.example
"""
DOC = {"id": "ky02", "date": "2023-12-05", "source": "Zaporizhzhia Regional Military Administration (press centre)",
       "url": "https://zoda.example/press/daily/2023-12-05", "text": TEXT}

D, Y = "2023-12-05", "2023-12-04"
T = "ky02-1"
A = dict(prec="range", end=D, parent=T)  # a line with no hour: the past 24 hours
EVENTS = [
    E(T, MAS, Y, R("UA-23", "Zaporizhzhia oblast"), "RU", "UA", prec="range", end=D, agg=True, fat=N(1), inj=N(4),
      family=[ADS],
      note="'In the past 24 hours the occupiers struck nine settlements of the oblast 386 times … One person was "
           "killed and four were wounded': the RMA's past-day tally, aggregate range at region level, parent of the "
           "hromada lines; 386 strikes are not a munitions count"),
    E("ky02-2", MAS, Y, L("Huliaipole"), "RU", "UA", fat=N(1), weapons=[W("mlrs", "Grad")], parent=T,
      note="Grad 'twice, at 09:20 and again shortly before 17:00' = Monday 4 Dec (the past day): two salvos at the "
           "same town on the same day with one weapon = one event; the man died on the way to hospital = 1 killed"),
    E("ky02-3", ADS, Y, L("Zaliznychne"), "RU", "UA", weapons=[W("drone")], **A,
      note="'In the village of Zaliznychne … a drone dropped a charge onto the roof of a house': the "
           "Zaporizhzhia-oblast Zaliznychne 687796 (Huliaipole hromada); no hour -> range; casualties not stated"),
    E("ky02-4", MAS, Y, L("Orikhiv"), "RU", "UA", inj=N(2), family=[ADS],
      weapons=[W("artillery"), W("mlrs", "Grad"), W("drone")], **A,
      note="'artillery fire, Grad salvos and fourteen drone attacks in the course of the day', two women wounded: a "
           "day's tally at one town = one event typed by the heaviest weapon, the drone type accepted; 'fourteen drone "
           "attacks' are attacks, not drones launched"),
    E("ky02-5", ADS, Y, L("Mala Tokmachka"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", "KAB-500", launched=N(3))], parent=T,
      note="'in the afternoon' of the past day = 4 Dec; three KAB-500 guided bombs; 'No one was hurt' = 0/0"),
    E("ky02-6", MAS, Y, L("Stepnohirsk"), "RU", "UA", weapons=[W("artillery")], **A,
      note="mortars and artillery 'pounded Stepnohirsk and Prymorske … 61 strikes between the two': one event per "
           "place; the wounded man was in Prymorske -> Stepnohirsk's counts absent"),
    E("ky02-7", MAS, Y, L("Prymorske", name="Prymorske (Vasylivka raion)"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], **A,
      note="'It was in Prymorske that a man was wounded by shell fragments' (fronted cleft); Vasylivka raion = the "
           "Zaporizhzhia-oblast Prymorske 696278, not the Odesa- or Kherson-oblast villages"),
    E("ky02-8", ADS, Y, H("Kamianske", "outskirts of Kamianske (Vasylivka raion)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], **A,
      note="two FPV drones chased and hit a car 'On the outskirts of Kamianske (Vasylivka raion)' -> precision 2 at the "
           "Zaporizhzhia-oblast village 706967, not the city of Kamianske in Dnipropetrovsk oblast; the only person "
           "there 'was not injured' -> 0/0"),
    E("ky02-9", MAS, Y, L("Ternuvate"), "RU", "UA", weapons=[W("artillery")], **A,
      note="artillery shell on the school in Ternuvate (Komyshuvakha hromada), damage only; 'no pupils since 2022' is "
           "background"),
    E("ky02-10", MAS, D, L("Zaporizhzhia", name="Zaporizhzhia (typo 'Zaporizhzia')"), "RU", "UA", inj=N(1),
      weapons=[W("missile")], parent=T,
      note="typo 'Zaporizhzia' for the city; 'At 02:40' in a report published at 08:05 = 5 Dec; missile on an "
           "infrastructure facility in the Oleksandrivskyi district (= the city), 1 injured"),
    E("ky02-11", DIS, D, L("Zaporizhzhia", name="Zaporizhzhia (typo 'Zaporizhzia')"), "RU", "UA", parent="ky02-10",
      note="'Some 4,700 subscribers in the district lost power' after the missile; the partial restoration by 07:00 "
           "is not an event"),
    E("ky02-12", INT, D, H("Vilniansk", "Vilniansk hromada"), "UA", "RU", weapons=[W("drone", intercepted=N(1))],
      note="'during the night air defence shot down one Shahed' over the Vilniansk hromada = 5 Dec; a hromada = "
           "precision 2; 'There was no damage' -> no strike event"),
]
# Not events: the mandatory evacuation of families with children (standing order, no day); the delivery of food and
# hygiene kits 'On Monday' (humanitarian, not in the taxonomy); the school with 'no pupils since 2022' (background);
# the restoration of power to 3,100 subscribers; the spokesman's quote (statement). Check of the header: killed
# Huliaipole 1; wounded Orikhiv 2, Prymorske 1, Zaporizhzhia 1 = 4; nine settlements = Huliaipole, Zaliznychne,
# Orikhiv, Mala Tokmachka, Stepnohirsk, Prymorske, Kamianske, Ternuvate, Zaporizhzhia.
STATEMENTS = [
    S("Ivan Soroka", "UA", "the shelling does not stop even for the hour when bread is handed out",
      "spokesman, Zaporizhzhia regional military administration"),
]
MUST_NOT = ["ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION · PRESS CENTRE",
            "Про область | Новини | Документи | Звернення громадян | EN",
            "You are here: Press centre / Daily situation / 05.12.2023",
            "Published 05.12.2023 at 08:05 · updated 08:31 · 👁 3 418",
            "Aa+ | Aa− | Print version | Download .docx",
            "Subscribe to the RMA's alerts in Viber: @zoda_alerts",
            "If you find an unexploded shell or a mine, call 101 or 102. Do not touch it.",
            "© Zaporizhzhia Regional Military Administration, 2023. Materials may be used with a hyperlink to "
            "zoda.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
