from common import E, L, R, C, N, W, S, H, gold, MAS, ABD, ARR

TITLE = "Commander of Russian rocket battery notified of suspicion over the shelling of Chuhuiv"
TEXT = """PROSECUTOR GENERAL'S OFFICE OF UKRAINE
KHARKIV REGIONAL PROSECUTOR'S OFFICE
UA | EN
Home | About | Activities | Press centre | Appeals
Press centre › News
06 June 2023, 12:40
Commander of Russian rocket battery notified of suspicion over the shelling of Chuhuiv
The Kharkiv Regional Prosecutor's Office has notified in absentia a commander of a battery of the Russian armed forces of suspicion of violating the laws and customs of war (Part 2 of Article 438 of the Criminal Code of Ukraine).

According to the investigation, on 17 March 2023, at about 06:10, the battery under his command fired Smerch multiple-launch rockets at Chuhuiv. The rockets hit a residential quarter and a kindergarten building. Two civilians were killed and five, including a child, were wounded.

The same officer is suspected of having ordered, on 3 April 2022, the detention of a 58-year-old resident of Vovchansk at a checkpoint at the entrance to the town. The man was held in the basement of a police station for 40 days and was beaten during interrogations; he was released in May 2022.

"Every rocket that hits a kindergarten has a name behind it, and we intend to put that name before a court," said Oleksandr Hnatiuk, head of the department for war crimes of the regional prosecutor's office.

Separately, prosecutors and SBU officers yesterday detained in Kupiansk a 44-year-old local woman who is suspected of passing the coordinates of Ukrainian positions to the Russian forces. She faces life imprisonment if convicted.

The pre-trial investigation is being conducted by investigators of the Security Service of Ukraine in the Kharkiv region.
#war_crimes #Kharkiv_region #Chuhuiv
When using materials, a reference to the official website of the Kharkiv Regional Prosecutor's Office is mandatory.
"""
DOC = {"id": "lu09", "date": "2023-06-06", "source": "Kharkiv Regional Prosecutor's Office (official notice)",
       "url": "https://khar.gp.example/news/2023-06-06-chuhuiv-suspicion", "text": TEXT}

EVENTS = [
    E("lu09-1", MAS, "2023-03-17", L("Chuhuiv"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("mlrs", "Smerch")],
      claimant="Kharkiv Regional Prosecutor's Office",
      evidence="on 17 March 2023, at about 06:10, the battery under his command fired Smerch multiple-launch rockets at Chuhuiv",
      note="the page's news is a legal step, the recalled strike with its day is required (blind53 call 6); two killed, "
           "five wounded (a child among them); Chuhuiv 710374 (geonames Chuhuyiv)"),
    E("lu09-2", ABD, "2022-04-03", L("Vovchansk"), "RU", "UA", claimant="Kharkiv Regional Prosecutor's Office",
      evidence="on 3 April 2022, the detention of a 58-year-old resident of Vovchansk at a checkpoint at the entrance to the town",
      note="a civilian detained by occupying forces and held 40 days -> abduction RU -> UA on its day (blind53 ld04's "
           "recalled detention); the release in May 2022 is part of it"),
    E("lu09-3", ARR, "2023-06-05", L("Kupiansk"), "UA", None, claimant="Kharkiv Regional Prosecutor's Office",
      evidence="prosecutors and SBU officers yesterday detained in Kupiansk a 44-year-old local woman",
      note="'yesterday' in a Tuesday notice = 5 Jun; arrest by the Ukrainian authorities, actor2 null (blind62 "
           "convention); 'life imprisonment if convicted' is a conditional"),
]
# Not events: the notice of suspicion in absentia (a legal step, not a war event), Article 438, the release 'in May
# 2022' (part of the detention), 'She faces life imprisonment if convicted' (conditional), the investigation 'is being
# conducted' (ongoing). Furniture: the two institution lines, language row, menu, breadcrumb, date line, hashtags,
# reprint rule.
STATEMENTS = [
    S("Oleksandr Hnatiuk", "UA", "we intend to put that name before a court",
      "head of the war crimes department, Kharkiv Regional Prosecutor's Office"),
]
MUST_NOT = ["PROSECUTOR GENERAL'S OFFICE OF UKRAINE", "KHARKIV REGIONAL PROSECUTOR'S OFFICE", "UA | EN",
            "Home | About | Activities | Press centre | Appeals", "Press centre › News", "06 June 2023, 12:40",
            "#war_crimes #Kharkiv_region #Chuhuiv",
            "When using materials, a reference to the official website of the Kharkiv Regional Prosecutor's Office is mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
