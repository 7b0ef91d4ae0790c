from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, DIS, CLA

TITLE = "Border under fire: 53 explosions in nine hromadas over the past day"
TEXT = """SIVER TV
Sumy regional television · since 1994
News | Region | Sumy | Video | TV schedule | Contacts
Home / News / Region
Border under fire: 53 explosions in nine hromadas over the past day
19.10.2023, 09:47 | Views: 1 284
Author: Siver TV newsroom
Over the past day the Russian army opened fire on the border areas of Sumy region 24 times, the regional military administration reported this morning. Fifty-three explosions were recorded in nine hromadas; one person was killed and one wounded.

Here is what happened, hromada by hromada.

Shortly after midnight, the Khotin hromada came under mortar fire. Eight explosions were counted, and a power line between two villages was cut; repair crews went out at dawn.

The village of Yunakivka was attacked from the air yesterday afternoon: a drone dropped an explosive device on the roof of a private house. The owner, a man of 52, was wounded and taken to hospital in Sumy.

In the Myropillia hromada the Russians fired artillery last night — twelve explosions. This morning an FPV drone went after a tractor working in a field near Myropillia itself. The driver jumped out in time and was not hurt.

At about 22:30 yesterday, a guided aerial bomb struck the outskirts of Krasnopillia. Five houses were damaged; there were no casualties, the hromada said.

Velyka Pysarivka was shelled with mortars around 14:00 yesterday. Information about the consequences is being clarified.

The heaviest blow fell on the Esman hromada. At 06:40 today a Grad multiple rocket launcher fired on one of its villages — fourteen explosions — and a woman of 67 was killed in her own yard.

"She was feeding the hens. We had asked her to leave in the summer, but she said she would not leave her house to the Russians," said Nataliia Bondar, the head of the Esman hromada.

Near Seredyna-Buda, at around five in the morning, border guards spotted a Russian sabotage and reconnaissance group trying to cross into Ukraine. The group was driven back under fire, the State Border Guard Service said.

In the Znob-Novhorodske hromada, three explosive devices dropped from a drone fell on the territory of a sawmill yesterday. Nobody was injured.

Bilopillia was shelled with artillery during the night. A school building was damaged, and the town has been left without running water after a pumping station was hit, the town council said; nobody was hurt.

"Every night the same thing: first the mortars, then the drones in the morning. People go to work anyway," said Oleh Lytvyn, a Siver TV cameraman who lives in Bilopillia.

Evacuation from the five-kilometre border zone continues. Those who wish to leave can call the regional hotline 0 800 50 53 49.
Subscribe to our Telegram channel: t.me/sivertv
When using our materials, a hyperlink to Siver TV is required.
"""
DOC = {"id": "ls08", "date": "2023-10-19", "source": "Siver TV (Sumy regional television site)",
       "url": "https://sivertv.example/news/region/2023-10-19-border-53-explosions", "text": TEXT}

D, Y = "2023-10-19", "2023-10-18"
TALLY = "ls08-1"
EVENTS = [
    E(TALLY, MAS, Y, R("UA-59", "Sumy region"), "RU", "UA", end=D, prec="range", agg=True, fat=N(1), inj=N(1),
      family=[ADS], claimant="Sumy regional military administration",
      note="'Over the past day the Russian army opened fire on the border areas of Sumy region 24 times … Fifty-three "
           "explosions … one person was killed and one wounded' -> the past-day aggregate, range 18–19 Oct (ANNOTATION "
           "rule 6), parent of the lines; '24 times' and '53 explosions' are no weapon counts; 1 k 1 w checked against "
           "the lines (Esman 1 k, Yunakivka 1 w)"),
    E("ls08-2", MAS, D, H("Khotin", "Khotin hromada"), "RU", "UA", parent=TALLY, weapons=[W("artillery")],
      note="'Shortly after midnight, the Khotin hromada came under mortar fire' -> 19 Oct, a hromada = precision 2 (Khotin "
           "706253, Sumy oblast); casualties not stated (absent)"),
    E("ls08-3", DIS, D, H("Khotin", "Khotin hromada"), "RU", "UA", parent="ls08-2",
      note="'a power line between two villages was cut; repair crews went out at dawn' -> an outage caused by the shelling"),
    E("ls08-4", ADS, Y, L("Yunakivka"), "RU", "UA", parent=TALLY, inj=N(1), weapons=[W("drone")],
      note="'The village of Yunakivka was attacked from the air yesterday afternoon: a drone dropped an explosive device "
           "… The owner, a man of 52, was wounded' -> 18 Oct, the village itself"),
    E("ls08-5", MAS, Y, H("Myropillia", "Myropillia hromada"), "RU", "UA", parent=TALLY, weapons=[W("artillery")],
      note="'In the Myropillia hromada the Russians fired artillery last night' -> the evening of 18 Oct (the report's "
           "'last night' before midnight; ±1 day either way), hromada = precision 2"),
    E("ls08-6", ADS, D, H("Myropillia", "field near Myropillia"), "RU", "UA", parent=TALLY, fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'This morning an FPV drone went after a tractor working in a field near Myropillia itself. The driver … was "
           "not hurt' -> 19 Oct, near X = precision 2, the only person there unhurt -> 0/0"),
    E("ls08-7", ADS, Y, H("Krasnopillia", "outskirts of Krasnopillia"), "RU", "UA", parent=TALLY, fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(1))], claimant="Krasnopillia hromada",
      note="'At about 22:30 yesterday, a guided aerial bomb struck the outskirts of Krasnopillia … no casualties' -> 18 "
           "Oct, outskirts = precision 2 (Krasnopillia 704343, Sumy, not Mykolaiv)"),
    E("ls08-8", MAS, Y, L("Velyka Pysarivka"), "RU", "UA", parent=TALLY, weapons=[W("artillery")],
      note="'Velyka Pysarivka was shelled with mortars around 14:00 yesterday. Information about the consequences is being "
           "clarified' -> 18 Oct; casualties absent (being clarified)"),
    E("ls08-9", MAS, D, H("Esman", "a village of the Esman hromada"), "RU", "UA", parent=TALLY, fat=N(1),
      weapons=[W("mlrs", "Grad")], claimant="Nataliia Bondar",
      note="'At 06:40 today a Grad multiple rocket launcher fired on one of its villages — fourteen explosions — and a "
           "woman of 67 was killed' -> 19 Oct; an unnamed village of the hromada = precision 2 at Esman; explosions are "
           "no launched count"),
    E("ls08-10", CLA, D, H("Seredyna-Buda", "near Seredyna-Buda"), "RU", "UA", claimant="State Border Guard Service",
      note="'Near Seredyna-Buda, at around five in the morning, border guards spotted a Russian sabotage and "
           "reconnaissance group trying to cross … driven back under fire' -> a clash, attacker RU, 19 Oct, precision 2; "
           "not a child of the shelling tally (blind62 call 2)"),
    E("ls08-11", ADS, Y, H("Znob-Novhorodske", "Znob-Novhorodske hromada"), "RU", "UA", parent=TALLY, fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'In the Znob-Novhorodske hromada, three explosive devices dropped from a drone fell on the territory of a "
           "sawmill yesterday. Nobody was injured' -> 18 Oct, hromada = precision 2, 0/0; dropped devices are no "
           "launched count"),
    E("ls08-12", MAS, D, L("Bilopillia"), "RU", "UA", parent=TALLY, fat=N(0), inj=N(0), weapons=[W("artillery")],
      claimant="Bilopillia town council",
      note="'Bilopillia was shelled with artillery during the night … nobody was hurt' -> the night into 19 Oct, 0/0"),
    E("ls08-13", DIS, D, L("Bilopillia"), "RU", "UA", parent="ls08-12", claimant="Bilopillia town council",
      note="'the town has been left without running water after a pumping station was hit' -> a water cut"),
]
# Not events: 'Here is what happened' (heading sentence), the repair crews at dawn (repair), the woman asked 'to leave
# in the summer' (history), Lytvyn's 'Every night the same thing' (habit), 'Evacuation from the five-kilometre border
# zone continues' and the hotline (standing notice). Not gold statements: none (both quotes are gold).
STATEMENTS = [
    S("Nataliia Bondar", "UA", "she would not leave her house to the Russians", "head of the Esman hromada"),
    S("Oleh Lytvyn", "UA", "first the mortars, then the drones in the morning", "Siver TV cameraman, Bilopillia"),
]
MUST_NOT = ["SIVER TV", "Sumy regional television · since 1994", "News | Region | Sumy | Video | TV schedule | Contacts",
            "Home / News / Region", "19.10.2023, 09:47 | Views: 1 284", "Author: Siver TV newsroom",
            "Subscribe to our Telegram channel: t.me/sivertv",
            "When using our materials, a hyperlink to Siver TV is required."]
EVIDENCE = {
    "ls08-1": "Over the past day the Russian army opened fire on the border areas of Sumy region 24 times, the regional military administration reported this morning.",
    "ls08-2": "Shortly after midnight, the Khotin hromada came under mortar fire.",
    "ls08-3": "a power line between two villages was cut",
    "ls08-4": "The village of Yunakivka was attacked from the air yesterday afternoon: a drone dropped an explosive device on the roof of a private house.",
    "ls08-5": "In the Myropillia hromada the Russians fired artillery last night — twelve explosions.",
    "ls08-6": "This morning an FPV drone went after a tractor working in a field near Myropillia itself.",
    "ls08-7": "At about 22:30 yesterday, a guided aerial bomb struck the outskirts of Krasnopillia.",
    "ls08-8": "Velyka Pysarivka was shelled with mortars around 14:00 yesterday.",
    "ls08-9": "At 06:40 today a Grad multiple rocket launcher fired on one of its villages — fourteen explosions — and a woman of 67 was killed in her own yard.",
    "ls08-10": "border guards spotted a Russian sabotage and reconnaissance group trying to cross into Ukraine",
    "ls08-11": "In the Znob-Novhorodske hromada, three explosive devices dropped from a drone fell on the territory of a sawmill yesterday.",
    "ls08-12": "Bilopillia was shelled with artillery during the night.",
    "ls08-13": "the town has been left without running water after a pumping station was hit",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
