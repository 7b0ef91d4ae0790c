from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, POL, with_evidence

TITLE = "Japan widens Russia sanctions a day after drone hits Kharkiv student dormitory"
TEXT = """THE NISHIKAZE SHIMBUN
ASIA & WORLD | English edition
Politics | Society | Business | World | Sports | Science | Culture | Opinion
World > Europe
Japan widens Russia sanctions a day after drone hits Kharkiv student dormitory
By Haruka Imai / Nishikaze Shimbun Staff Writer
November 21, 2025 18:40 JST
TOKYO/KHARKIV -- The government on Friday approved a new round of sanctions against Russia, freezing the assets of 11 individuals and 27 organizations and banning exports to 20 entities in Russia and in third countries that it says help Moscow obtain machine tools and electronic parts for weapons.

The decision, adopted at a Cabinet meeting in the morning, came one day after a Russian drone struck a university dormitory in Kharkiv, Ukraine's second-largest city, where students from several Asian countries live.

Officials first spoke of eight injured. By Friday morning, one student was known to have been killed and 14 people injured in the attack on Thursday evening, according to the regional governor. Among the injured was a 20-year-old Japanese woman studying Ukrainian at the university, the Foreign Ministry said. Her injuries are not life-threatening.

"She messaged me at midnight: 'I am fine, the window is not.' Then she went back to help the others carry out the mattresses," said Kenta Morishita, a fellow student from Sapporo who was in Kyiv at the time.

Japan's chief Cabinet secretary told a news conference that the attack was "absolutely unacceptable" and that the government had asked Moscow, through diplomatic channels, to stop strikes on civilian facilities.

A separate attack followed overnight into Friday. Ukraine's air force said Russia had launched nineteen missiles and 163 drones at the country, of which fifteen missiles and 139 drones were shot down. In the western city of Ternopil, a missile hit an industrial facility, injuring two workers, local authorities said.

On Thursday, the Foreign Ministry also announced that it had approved a grant of 5.8 billion yen for Ukraine's power grid, to buy mobile gas turbines and transformers before the peak of winter. Japanese technicians will help install them, the ministry said.

Ukraine's ambassador to Japan, Dmytro Savchuk, thanked Tokyo for both steps. "In winter a transformer is worth more to a Ukrainian family than any statement. Japan understands this," he said at the embassy.

Japan has provided about $12 billion in support to Ukraine since 2022, mostly financial and humanitarian aid, as its Constitution limits the export of lethal weapons. The government plans to host a conference on Ukraine's reconstruction in Tokyo next spring.

Yoshiko Tanabe, an expert on Russian politics at the Setouchi Institute for Eurasian Studies, said the new listings mattered because of their target. "Tokyo is no longer only sanctioning Russians. It is naming the traders in third countries who keep the factories running, and that is where Moscow feels it," she said.
Related Articles
Japan to provide transformers for Ukraine's winter grid
This article is available in Japanese
Copyright The Nishikaze Shimbun Company. All rights reserved. No reproduction or republication without written permission.
"""
DOC = {"id": "lh06", "date": "2025-11-21", "source": "The Nishikaze Shimbun (Japanese newspaper, English edition)",
       "url": "https://www.nishikaze.example/en/world/europe/20251121-sanctions-kharkiv-dormitory/", "text": TEXT}

D, THU = "2025-11-21", "2025-11-20"
W1 = "lh06-4"
EVENTS = [
    E("lh06-1", POL, D, C("JP", "Japan"), "JP", "RU",
      note="'The government on Friday approved a new round of sanctions against Russia, freezing the assets of 11 "
           "individuals and 27 organizations and banning exports to 20 entities': a sanction at the deciding country "
           "(the TOKYO dateline changes nothing)"),
    E("lh06-2", ADS, THU, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(14), weapons=[W("drone")],
      claimant="Kharkiv regional governor",
      note="'a Russian drone struck a university dormitory in Kharkiv' 'one day after' the Friday decision, 'on "
           "Thursday evening'; the toll rises from 'eight injured' to 'By Friday morning … killed and 14 people injured' "
           "-> the latest 1 k 14 w (the Japanese student is among the 14); not part of the overnight wave into Friday"),
    E("lh06-3", POL, THU, C("JP", "Japan"), "JP", "UA",
      note="'On Thursday, the Foreign Ministry also announced that it had approved a grant of 5.8 billion yen for "
           "Ukraine's power grid': aid at the deciding country, dated by the announcement (no other day)"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("missile", launched=N(19)), W("drone", launched=N(163))],
      note="'A separate attack followed overnight into Friday … Russia had launched nineteen missiles and 163 drones': "
           "the nationwide wave of 21 Nov (number in words), typed by the missiles; the missiles' kind is not said"),
    E("lh06-5", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("missile", intercepted=N(15)), W("drone", intercepted=N(139))],
      note="'of which fifteen missiles and 139 drones were shot down'"),
    E("lh06-6", MAS, D, L("Ternopil"), "RU", "UA", parent=W1, inj=N(2), weapons=[W("missile")],
      note="'In the western city of Ternopil, a missile hit an industrial facility, injuring two workers'"),
]
# Not events: the first figure 'eight injured' (a stage of lh06-2), the chief Cabinet secretary's condemnation and the request 'through diplomatic channels' (statement,
# no meeting), the student's injuries 'not life-threatening' (state), Japanese technicians 'will help install them'
# (future), 'about $12 billion … since 2022' (cumulative), the export limits (law), the reconstruction conference 'next
# spring' (plan), the 'Related Articles' headline (furniture). Not gold statements: the chief Cabinet secretary's
# "absolutely unacceptable" (title only) and the student's message quoted inside Morishita's quote (his quote is gold).
STATEMENTS = [
    S("Kenta Morishita", "JP", "I am fine, the window is not", "fellow student from Sapporo"),
    S("Dmytro Savchuk", "UA", "a transformer is worth more to a Ukrainian family than any statement",
      "Ukraine's ambassador to Japan"),
    S("Yoshiko Tanabe", None, "that is where Moscow feels it", "Setouchi Institute for Eurasian Studies"),
]
MUST_NOT = ["THE NISHIKAZE SHIMBUN", "ASIA & WORLD | English edition",
            "Politics | Society | Business | World | Sports | Science | Culture | Opinion", "World > Europe",
            "By Haruka Imai / Nishikaze Shimbun Staff Writer", "November 21, 2025 18:40 JST", "Related Articles",
            "Japan to provide transformers for Ukraine's winter grid", "This article is available in Japanese",
            "Copyright The Nishikaze Shimbun Company. All rights reserved. No reproduction or republication without written permission."]

EVIDENCE = {
    'lh06-1': "The government on Friday approved a new round of sanctions against Russia, freezing the assets of 11 individuals and 27 organizations",
    'lh06-2': "Officials first spoke of eight injured. By Friday morning, one student was known to have been killed and 14 people injured in the attack on Thursday evening, according to the regional governor.",
    'lh06-3': "On Thursday, the Foreign Ministry also announced that it had approved a grant of 5.8 billion yen for Ukraine's power grid",
    'lh06-4': "Ukraine's air force said Russia had launched nineteen missiles and 163 drones at the country",
    'lh06-5': "of which fifteen missiles and 139 drones were shot down",
    'lh06-6': "In the western city of Ternopil, a missile hit an industrial facility, injuring two workers, local authorities said.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
