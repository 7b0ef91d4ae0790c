from common import E, L, R, C, N, W, S, gold

TITLE = "Guided bombs on Zaporizhzhia: pre-trial investigation launched into a war crime"
TEXT = """PROSECUTOR'S OFFICE OF ZAPORIZHZHIA REGION
Version for the visually impaired | УКР | ENG
Main / Press centre / News
Guided bombs on Zaporizhzhia: pre-trial investigation launched into a war crime
06 February 2025 | 10:41

Under the procedural guidance of the Zaporizhzhia Regional Prosecutor's Office, a pre-trial investigation has been launched into the violation of the laws and customs of war combined with premeditated murder (Part 2 of Article 438 of the Criminal Code of Ukraine).

According to the investigation, on 5 February 2025, at about 16:20, the armed forces of the Russian Federation struck the Oleksandrivskyi district of Zaporizhzhia with two guided aerial bombs. A 64-year-old woman was killed. Seven people, including a 10-year-old boy, were injured. A five-storey residential building, an educational institution and 14 cars were damaged.

On the morning of the same day, the occupiers attacked the village of Malokaterynivka, Zaporizhzhia district, with an FPV drone. A 39-year-old man driving a utility vehicle was wounded.

At about 11:00 on 5 February, Russian troops shelled the village of Stepnohirsk, Vasylivka district, with artillery. A 70-year-old resident was injured; a shop and three private houses were damaged.

Separate proceedings are under way over the attack on Orikhiv on 3 February, when a Russian MLRS strike killed two men near the town's humanitarian aid point.

Prosecutors, together with investigators of the National Police, are documenting the consequences of every attack. "Each of these strikes hit civilians and civilian buildings, and each will be answered in court," said regional prosecutor's office spokesperson Iryna Kovalyk.

Photo: Zaporizhzhia Regional Prosecutor's Office
Hotline for victims of war crimes: 0 800 000 000 (free of charge)
Subscribe to our official pages: Facebook · Telegram · X
"""
DOC = {"id": "ka05", "date": "2025-02-06", "source": "Zaporizhzhia Regional Prosecutor's Office",
       "url": "https://zap.gp.example.ua/en/news/2025-02-06-kab", "text": TEXT}

EVENTS = [
    E("ka05-1", "air_drone_strike", "2025-02-05", L("Zaporizhzhia", 1, "Zaporizhzhia (Oleksandrivskyi district)"),
      "RU", "UA", fat=N(1), inj=N(7), weapons=[W("guided_bomb", launched=N(2))],
      note="'on 5 February 2025, at about 16:20'; city district = the city; two guided aerial bombs"),
    E("ka05-2", "air_drone_strike", "2025-02-05", L("Malokaterynivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'On the morning of the same day'; 'village …, Zaporizhzhia district' (raion named after the city) — the "
           "village itself, precision 1"),
    E("ka05-3", "missile_artillery_strike", "2025-02-05", L("Stepnohirsk"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], note="'At about 11:00 on 5 February'; Vasylivka district is its raion"),
    E("ka05-4", "missile_artillery_strike", "2025-02-03", L("Orikhiv"), "RU", "UA", fat=N(2), weapons=[W("mlrs")],
      note="recalled incident with an explicit day (3 Feb): its own required event"),
]
STATEMENTS = [S("Iryna Kovalyk", "UA", "each will be answered in court", role="prosecutor's office spokesperson")]
MUST_NOT = ["PROSECUTOR'S OFFICE OF ZAPORIZHZHIA REGION", "Version for the visually impaired | УКР | ENG",
            "Main / Press centre / News", "06 February 2025 | 10:41", "Photo: Zaporizhzhia Regional Prosecutor's Office",
            "Hotline for victims of war crimes: 0 800 000 000 (free of charge)",
            "Subscribe to our official pages: Facebook · Telegram · X"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
