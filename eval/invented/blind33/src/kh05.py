from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Log of war crimes proceedings opened in Kharkiv oblast, 10–12 February 2025"
TEXT = """KHARKIV REGIONAL PROSECUTOR'S OFFICE
Accessibility mode ◐ | Українською | English
Home › Press centre › Daily proceedings log
Log of war crimes proceedings opened in Kharkiv oblast, 10–12 February 2025
Updated: 13.02.2025, 10:30
Under the procedural guidance of the regional prosecutor's office, pre-trial investigations were opened under Part 1 of Article 438 of the Criminal Code of Ukraine (violation of the laws and customs of war) into the following attacks by the armed forces of the Russian Federation:

10.02 – Kupiansk: at about 09:30 the occupiers struck the town centre with a KAB-250 guided aerial bomb; a 61-year-old woman was killed and two men were injured.
10.02 – Kivsharivka: an FPV drone attacked a civilian car on the road to the hospital; a 44-year-old man was injured.
11.02 – Zolochiv: artillery shelling destroyed a private house; an elderly couple was injured.
11.02 – Bohodukhiv: a drone hit a grain storage enterprise; a fire broke out, no one was injured.
11.02 – Slatyne: artillery shelling of a residential street; a 35-year-old woman was injured.
11.02 – Kharkiv, Kyivskyi district: an Iskander-M ballistic missile hit a non-residential building; three people were injured.
[Removed 12.02] 11.02 – Derhachi: the entry was published in error — the explosion was a controlled detonation by deminers.
12.02 – Velykyi Burluk: shelling with a Grad multiple launch rocket system; a 70-year-old man was killed.
12.02 – Kupiansk-Vuzlovyi: artillery fire damaged the railway station building; no casualties.
12.02 – Borova: a drone dropped an explosive on a 57-year-old man in his yard; he was injured.
12.02 – Pechenihy: an FPV drone struck a truck of a private agricultural company; the driver was injured.
12.02 – Kozacha Lopan: two guided aerial bombs hit the village; two houses destroyed, no casualties.

Update to the entry of 10.02 (Kupiansk): one of the injured men died in hospital on 12 February. The toll is now 2 killed and 1 injured.

Each entry is the basis of a separate criminal proceeding; victims and witnesses are asked to contact the office so that their testimony can be added to the file.

Since February 2022, the office has opened more than 25,000 proceedings into war crimes committed in the oblast.

"Every one of these entries is a file that will one day go to court, whether the accused is in the dock or tried in absentia," said Oksana Vereshchak, head of the office's war crimes department.

Report a war crime: hotline 0 800 50 11 22 (free of charge)
Subscribe to the office's updates on Telegram and Facebook
© 2025 Prosecutor's Office of Kharkiv Oblast. All rights reserved.
"""
DOC = {"id": "kh05", "date": "2025-02-13", "source": "Kharkiv regional prosecutor's office (website)",
       "url": "https://khar.gp.example/en/news/log-2025-02-10-12", "text": TEXT}

EVENTS = [
    E("kh05-1", ADS, "2025-02-10", L("Kupiansk"), "RU", "UA", fat=N(2), inj=N(1),
      weapons=[W("guided_bomb", "KAB-250")],
      note="10.02 KAB-250 on Kupiansk; the update raises the toll to 2 killed, 1 injured (the death on 12 Feb belongs to "
           "the 10 Feb incident)"),
    E("kh05-2", ADS, "2025-02-10", L("Kivsharivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="10.02 FPV drone on a car, 1 injured; 'on the road to the hospital' stays Kivsharivka"),
    E("kh05-3", MAS, "2025-02-11", L("Zolochiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="11.02 artillery; 'an elderly couple was injured' = 2 (Zolochiv of Kharkiv oblast, 686895)"),
    E("kh05-4", ADS, "2025-02-11", L("Bohodukhiv"), "RU", "UA", inj=N(0), weapons=[W("drone")],
      note="11.02 drone on a grain storage enterprise; 'no one was injured' = injured 0"),
    E("kh05-5", MAS, "2025-02-11", L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("ballistic_missile", "Iskander-M")],
      note="11.02 Iskander-M on Kharkiv's Kyivskyi district (= the city), 3 injured"),
    E("kh05-6", MAS, "2025-02-12", L("Velykyi Burluk"), "RU", "UA", fat=N(1), weapons=[W("mlrs", "Grad")],
      note="12.02 Grad MLRS, a man killed"),
    E("kh05-7", MAS, "2025-02-12", L("Kupiansk-Vuzlovyi"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="12.02 artillery on the railway station building; 'no casualties' = 0/0"),
    E("kh05-8", ADS, "2025-02-12", L("Borova"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="12.02 drone drop on a man in his yard (Borova of Kharkiv oblast, 711623)"),
    E("kh05-9", ADS, "2025-02-12", L("Kozacha Lopan"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(2))], note="12.02 two guided aerial bombs; 'no casualties' = 0/0"),
    E("kh05-10", MAS, "2025-02-11", L("Slatyne"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="11.02 artillery on Slatyne, a woman injured"),
    E("kh05-11", ADS, "2025-02-12", L("Pechenihy"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="12.02 FPV drone on a truck, driver injured"),
]
# Not events: 'more than 25,000 proceedings' since February 2022 (cumulative), the removed Derhachi entry (a controlled detonation by deminers, published in error), opening the
# investigations, the hotline.
STATEMENTS = [S("Oksana Vereshchak", "UA", "Every one of these entries is a file that will one day go to court",
                "head of the war crimes department, Kharkiv regional prosecutor's office")]
MUST_NOT = ["KHARKIV REGIONAL PROSECUTOR'S OFFICE", "Accessibility mode ◐ | Українською | English",
            "Home › Press centre › Daily proceedings log", "Updated: 13.02.2025, 10:30",
            "Report a war crime: hotline 0 800 50 11 22 (free of charge)",
            "Subscribe to the office's updates on Telegram and Facebook",
            "© 2025 Prosecutor's Office of Kharkiv Oblast. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
