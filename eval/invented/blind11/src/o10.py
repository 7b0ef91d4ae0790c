from common import E, L, R, C, N, W, S, gold

TITLE = "Russian MLRS strike on a village in the Kupiansk district kills a woman: pre-trial investigation launched"
TEXT = """Kharkiv Regional Prosecutor's Office
Home › Press centre › News
Russian MLRS strike on a village in the Kupiansk district kills a woman: pre-trial investigation launched
15 November 2023, 11:26
Print version

On 14 November 2023 at around 09:40, the armed forces of the Russian Federation shelled the village of Kurylivka in the Kupiansk district with multiple rocket launchers. A 58-year-old local resident was killed. Two men aged 44 and 71 were injured. Private houses and a shop were damaged.

Under the procedural guidance of the Kupiansk District Prosecutor's Office, a pre-trial investigation has been launched into the violation of the laws and customs of war combined with premeditated murder (Part 2 of Article 438 of the Criminal Code of Ukraine).

"Every strike on civilians is documented. The evidence we collect today will be used in court, whether the perpetrators are tried in Kharkiv or in The Hague," said the head of the Kupiansk District Prosecutor's Office, Oleh Datsenko.

Photo: Kharkiv Regional Prosecutor's Office

Prosecutors also documented the consequences of a night attack on Kharkiv. On the night of 15 November, the Russian army attacked the city with Shahed-136 attack drones. A warehouse in the Kholodnohirskyi district caught fire; a 50-year-old security guard was injured.

On 13 November at about 14:00, Russian aircraft dropped two guided aerial bombs on Vovchansk, destroying the building of a former agricultural college. No one was injured.

On 14 November, a tractor driver was seriously injured when his tractor hit an anti-tank mine left by Russian troops while ploughing a field near the village of Studenok in the Izium district. The area was occupied by Russian forces until September 2022.

According to the Main Directorate of the National Police in Kharkiv Region, investigative-operational groups recorded the consequences of enemy shelling in 16 settlements of the region over the past day.

In cooperation with the SBU, police officers in Chuhuiv detained a 36-year-old local resident on 14 November. He sent photographs of the positions of Ukrainian air defence to a Russian handler via Telegram. He faces up to 12 years in prison.

A resident of Balakliia who held a post in the occupation administration in 2022 has been notified of suspicion of collaboration (Part 5 of Article 111-1 of the Criminal Code of Ukraine).

Reminder: if you find a suspicious object, do not touch it and call 101 or 102.
Share:
Tags: war crimes, Kupiansk district, Kharkiv region, collaboration
© 2023 Office of the Prosecutor General of Ukraine. All rights reserved. When using materials, a hyperlink to the website is required.
"""
DOC = {"id": "o10", "date": "2023-11-15", "source": "Kharkiv Regional Prosecutor's Office (press release)",
       "url": "https://kharkiv.gp.example/ua/news?_m=publications&_t=rec&id=348812", "text": TEXT}

D = "2023-11-15"
PRO = "Kharkiv regional prosecutor's office"
EVENTS = [
    E("o10-1", "missile_artillery_strike", "2023-11-14", L("Kurylivka"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("mlrs")], claimant=PRO),
    E("o10-2", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Kholodnohirskyi district"), "RU", "UA", inj=N(1),
      weapons=[W("drone", "Shahed-136")], claimant=PRO, note="'On the night of 15 November'"),
    E("o10-3", "air_drone_strike", "2023-11-13", L("Vovchansk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(2))], claimant=PRO, note="'No one was injured' = 0/0"),
    E("o10-4", "remote_explosive", "2023-11-14", L("Studenok", 2, "near Studenok (Izium district)"), "RU", "UA",
      inj=N(1), claimant=PRO, note="anti-tank mine 'left by Russian troops' -> actor1 RU"),
    E("o10-5", "missile_artillery_strike", "2023-11-14", R("UA-63", "Kharkiv region"), "RU", "UA", end=D,
      prec="range", agg=True, family=["air_drone_strike"], claimant="National Police in Kharkiv Region",
      note="police tally: shelling in 16 settlements over the past day"),
    E("o10-6", "arrest", "2023-11-14", L("Chuhuiv"), "UA", "UA", claimant="National Police / SBU"),
]
STATEMENTS = [
    S("Oleh Datsenko", "UA", "The evidence we collect today will be used in court",
      "head of the Kupiansk District Prosecutor's Office"),
]
MUST_NOT = ["Kharkiv Regional Prosecutor's Office", "Home › Press centre › News", "15 November 2023, 11:26",
            "Print version", "Photo: Kharkiv Regional Prosecutor's Office", "Share:",
            "Reminder: if you find a suspicious object, do not touch it and call 101 or 102.",
            "Tags: war crimes, Kupiansk district, Kharkiv region, collaboration",
            "© 2023 Office of the Prosecutor General of Ukraine. All rights reserved. When using materials, a hyperlink "
            "to the website is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
