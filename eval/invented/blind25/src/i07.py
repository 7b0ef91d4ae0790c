from common import E, L, R, C, N, W, S, gold

TITLE = "Shelling of Kherson and drone attacks on Bilozerka and Antonivka: pre-trial investigations launched"
TEXT = """Office of the Prosecutor General › Regional prosecutor's offices › Kherson
Version for the visually impaired | Print
26.10.2023 12:47 · Views: 214
Shelling of Kherson and drone attacks on Bilozerka and Antonivka: pre-trial investigations launched

Under the procedural guidance of the Kherson Regional Prosecutor's Office, pre-trial investigations have been launched into violations of the laws and customs of war combined with premeditated murder (Part 2 of Article 438 of the Criminal Code of Ukraine).

According to the investigation, on 26 October 2023, at about 09:30, the armed forces of the Russian Federation shelled the Dniprovskyi district of Kherson with artillery. A 57-year-old man was killed near a public transport stop. Two women aged 44 and 71 were injured; they were taken to hospital with shrapnel wounds.

In addition, yesterday, 25 October, at about 17:00, the occupiers dropped an explosive device from a drone on a resident of Antonivka near his house. The 68-year-old man sustained an explosive injury and a leg wound.

On the evening of the same day the Russian military attacked Bilozerka with a drone: a municipal utility worker was injured while repairing a water main. Water supply to part of the settlement was suspended.

Prosecutors inspect the damaged public transport stop in the Dniprovskyi district. Photo: Kherson Regional Prosecutor's Office

Prosecutors, together with investigators of the National Police, are documenting every crime committed by the Russian armed forces on the territory of the region.

Separately, prosecutors have served a notice of suspicion in absentia on a Russian serviceman who, in March 2022 in occupied Stanislav, beat a local resident and threatened him with execution during an "inspection" of his house. The serviceman has been identified; he is on the wanted list.

Let us remind you that since the beginning of the full-scale invasion, more than 10,000 crimes committed by the Russian armed forces have been registered in the Kherson region.

Share: Facebook · Telegram · X
← Back to the list of news
© 2023 Kherson Regional Prosecutor's Office. When using materials, a hyperlink is mandatory.
"""
DOC = {"id": "i07", "date": "2023-10-26", "source": "Kherson Regional Prosecutor's Office (press release)",
       "url": "https://khe.gp.example.ua/ua/news?_m=publications&_t=rec&id=341877", "text": TEXT}

D, Y = "2023-10-26", "2023-10-25"
EVENTS = [
    E("i07-1", "missile_artillery_strike", D, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", fat=N(1),
      inj=N(2), weapons=[W("artillery")],
      note="'on 26 October 2023, at about 09:30' = publication day; city district = the city; the caption repeats it"),
    E("i07-2", "air_drone_strike", Y, L("Antonivka-Kh"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'yesterday, 25 October'; drone drop on a resident; Antonivka 713304 (Kherson suburb, pop. 12,777), not "
           "the small Antonivka 704428 on the left bank"),
    E("i07-3", "air_drone_strike", Y, L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'On the evening of the same day' = 25 October; utility worker injured"),
    E("i07-4", "infrastructure_disruption", Y, L("Bilozerka"), "RU", "UA",
      note="water supply to part of the settlement suspended after the drone attack on the repair crew"),
    E("i07-5", "attack_on_civilians", "2022-03-01", L("Stanislav"), "RU", "UA", prec="month", optional=True,
      note="recalled beating in occupied Stanislav 'in March 2022': vague (month) → optional; the notice of "
           "suspicion in absentia is not an arrest (the suspect is wanted); 'since the beginning' tally is history"),
]
STATEMENTS = []
MUST_NOT = ["Office of the Prosecutor General › Regional prosecutor's offices › Kherson",
            "Version for the visually impaired | Print", "26.10.2023 12:47 · Views: 214", "Share: Facebook · Telegram · X",
            "← Back to the list of news",
            "© 2023 Kherson Regional Prosecutor's Office. When using materials, a hyperlink is mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
