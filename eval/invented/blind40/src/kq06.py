from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Strikes on Kharkiv, Chuhuiv and villages of the region: prosecutors open criminal proceedings"
TEXT = """Office of the Prosecutor General of Ukraine
KHARKIV REGIONAL PROSECUTOR'S OFFICE
UA | EN    Version for the visually impaired    A+  A-
About us | Press centre | Activities | Public information | Citizens' appeals
Press centre › News
Strikes on Kharkiv, Chuhuiv and villages of the region: prosecutors open criminal proceedings
10 February 2024, 12:47
Under the procedural guidance of the Kharkiv Regional Prosecutor's Office, pre-trial investigations have been launched into violations of the laws and customs of war (Part 1 of Article 438 of the Criminal Code of Ukraine) after a series of strikes by the armed forces of the Russian Federation on the region.

According to the investigation, at about 03:15 on 10 February, the Russian military struck the Kyivskyi district of Kharkiv with two S-300 missiles. The warehouse of a logistics company was damaged, and a 52-year-old security guard was injured. Russian Telegram channels claimed a strike on "a military facility in Kharkov".

On 9 February at around 14:00, the occupiers shelled the village of Petropavlivka (Petropavlovka in Russian-language sources) of the Kupyansk district with multiple launch rocket systems. A 70-year-old woman was killed in the yard of her house.

At 16:40 on the same day, a guided aerial bomb hit the outskirts of Vovchasnk (Volchansk). Two men, aged 38 and 61, sustained blast injuries.

On the evening of 9 February, an attack drone of the Shahed type hit the territory of a private enterprise in Balakleya (Balakliia). A fire broke out; no one was injured.

In the morning of 10 February, an FPV drone attacked a car in the village of Ruska Lozova (Russkaya Lozovaya). The car was damaged, the driver was not hurt.

In addition, prosecutors have recorded the consequences of the missile strike on Chuguev (Chuhuiv) on the night of 8 February: three people injured, the building of a lyceum and 14 private houses damaged.

"Every one of these strikes hit civilians and their property, not military targets. We are documenting each of them for future trials," said Iryna Shumeiko, spokesperson of the Kharkiv Regional Prosecutor's Office.

Investigators of the National Police in Kharkiv region are carrying out the investigation. Prosecutors, together with the police, are taking measures to identify the perpetrators.
Photo: Kharkiv Regional Prosecutor's Office
Press service of the Kharkiv Regional Prosecutor's Office
Tags: #war_crimes #Kharkiv_region #Russian_aggression
When using the materials of the site, a reference to the Office of the Prosecutor General is mandatory.
"""
DOC = {"id": "kq06", "date": "2024-02-10", "source": "Kharkiv Regional Prosecutor's Office (press release)",
       "url": "https://kharkiv-prosecutor.example/en/news/2024-02-10-strikes-kharkiv-region", "text": TEXT}

D, Y = "2024-02-10", "2024-02-09"
PO = "Kharkiv Regional Prosecutor's Office"
EVENTS = [
    E("kq06-1", MAS, D, L("Kharkiv"), "RU", "UA", inj=N(1), claimant=PO,
      weapons=[W("missile", "S-300", launched=N(2))],
      note="'at about 03:15 on 10 February … struck the Kyivskyi district of Kharkiv with two S-300 missiles', a "
           "guard injured; S-300 on a ground target = missile strike; the Russian channels' 'military facility in "
           "Kharkov' is a counter-version of the same strike (one event)"),
    E("kq06-2", MAS, Y, L("Petropavlivka", name="Petropavlivka (Petropavlovka)"), "RU", "UA", fat=N(1),
      claimant=PO, weapons=[W("mlrs")],
      note="'On 9 February at around 14:00' MLRS on Petropavlivka of the 'Kupyansk' district (697421, Kharkiv oblast, not "
           "the Dnipropetrovsk one); a woman killed"),
    E("kq06-3", ADS, Y, H("Vovchansk", "outskirts of Vovchansk (Volchansk)"), "RU", "UA", inj=N(2), claimant=PO,
      weapons=[W("guided_bomb")],
      note="typo 'Vovchasnk' (Russian form Volchansk beside it); 'At 16:40 on the same day' = 9 February; guided aerial bomb on the outskirts = precision 2; two men with "
           "blast injuries"),
    E("kq06-4", ADS, Y, L("Balakliia", name="Balakliia (Balakleya)"), "RU", "UA", fat=N(0), inj=N(0), claimant=PO,
      weapons=[W("drone", "Shahed-136")],
      note="'On the evening of 9 February' Shahed on a private enterprise in Balakleya (Russian form; geonames "
           "Balakliya); 'no one was injured' -> 0/0"),
    E("kq06-5", ADS, D, L("Ruska Lozova", name="Ruska Lozova (Russkaya Lozovaya)"), "RU", "UA", fat=N(0), inj=N(0),
      claimant=PO, weapons=[W("drone")],
      note="'In the morning of 10 February' FPV drone on a car, 'the driver was not hurt' (the only person in the "
           "car) -> 0/0"),
    E("kq06-6", MAS, "2024-02-08", L("Chuhuiv", name="Chuhuiv (Chuguev)"), "RU", "UA", inj=N(3), claimant=PO,
      weapons=[W("missile")],
      note="recalled 'missile strike on Chuguev (Chuhuiv) on the night of 8 February': a resolvable day -> required; "
           "three injured, a lyceum and 14 houses damaged"),
]
# Not events: launching the pre-trial investigations (Art. 438) and identifying the perpetrators (legal procedure,
# blind26 call 10), the police's investigation, 'documenting each of them for future trials' (plan).
STATEMENTS = [
    S("Iryna Shumeiko", "UA", "Every one of these strikes hit civilians and their property, not military targets",
      "spokesperson of the Kharkiv Regional Prosecutor's Office"),
]
MUST_NOT = ["Office of the Prosecutor General of Ukraine", "KHARKIV REGIONAL PROSECUTOR'S OFFICE",
            "UA | EN    Version for the visually impaired    A+  A-",
            "About us | Press centre | Activities | Public information | Citizens' appeals", "Press centre › News",
            "10 February 2024, 12:47", "Photo: Kharkiv Regional Prosecutor's Office",
            "Press service of the Kharkiv Regional Prosecutor's Office",
            "Tags: #war_crimes #Kharkiv_region #Russian_aggression",
            "When using the materials of the site, a reference to the Office of the Prosecutor General is mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
