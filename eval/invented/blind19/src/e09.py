from common import E, L, R, C, N, W, S, gold

TITLE = "Japan approves new Ukraine aid after glide bombs kill 3 in Zaporizhzhia"
TEXT = """THE YAMATO SHIMPO
日本語版 | English | 中文
POLITICS / WORLD / ECONOMY / SOCIETY / SCIENCE
Japan approves new Ukraine aid after glide bombs kill 3 in Zaporizhzhia
2025/08/14 10:32 JST
Updated: August 14, 2025 (Thu) 13:05
This article is available in Japanese. 日本語で読む
TOKYO -- The government approved on Thursday an additional $350 million in assistance for Ukraine, including power generators, transformers and equipment to clear mines, a day after Russian guided bombs killed three people in the southeastern city of Zaporizhzhia.

The aid package was adopted at a Cabinet meeting in the morning. Chief Cabinet Secretary Kenji Morita told a press conference that Japan would "continue to stand by the people of Ukraine as they face a second winter of attacks on their energy system" -- then corrected himself: "a fourth winter."

The package does not include lethal equipment, in line with Japan's rules on the export of defense equipment.

The Prime Minister spoke by phone with the Ukrainian president on Wednesday night, according to the Foreign Ministry. The two leaders confirmed that they would cooperate on reconstruction, and the Prime Minister conveyed his condolences for the victims in Zaporizhzhia, the ministry said.

Russian forces dropped two guided aerial bombs on Zaporizhzhia on Wednesday evening, hitting an industrial area and nearby houses, according to the head of the regional military administration. Three people were killed and 14 were injured, among them a 7-year-old boy.

Related: Japanese firms join Ukraine reconstruction conference in Rome
A Japanese NGO worker who was in the city at the time told The Yamato Shimpo that the explosions were "much louder than anything I had heard before." The worker, who asked not to be named, was not hurt.

Japan has provided Ukraine with about $12 billion in aid since Russia's full-scale invasion in February 2022.

The Yamato Shimpo's Kyiv correspondent Haruka Sato contributed to this report.
Premium members can read the full text of the Chief Cabinet Secretary's press conference.
Follow The Yamato Shimpo on LINE for the latest news.
Copyright © The Yamato Shimpo Co., Ltd. No reproduction or republication without written permission.
"""
DOC = {"id": "e09", "date": "2025-08-14", "source": "The Yamato Shimpo (Japanese daily, English edition)",
       "url": "https://www.yamatoshimpo.example/english/politics/20250814-YS1234567/", "text": TEXT}

EVENTS = [
    E("e09-1", "policy_decision", "2025-08-14", L("Tokyo"), "JP", "UA",
      note="Cabinet approved the aid package on Thursday (dateline Tokyo); 'since February 2022' total is history"),
    E("e09-2", "diplomatic_contact", "2025-08-13", L("Tokyo"), "JP", "UA", claimant="Japanese Foreign Ministry",
      note="phone call 'on Wednesday night'; placed at the caller's capital (dateline), heads by title only"),
    E("e09-3", "air_drone_strike", "2025-08-13", L("Zaporizhzhia"), "RU", "UA", fat=N(3), inj=N(14),
      weapons=[W("guided_bomb", launched=N(2))], claimant="head of the regional military administration",
      note="'on Wednesday evening'; the headline's 'glide bombs kill 3' and 'a day after' repeat the same event; "
           "guided bombs = air_drone_strike"),
]
STATEMENTS = [
    S("Kenji Morita", "JP", "continue to stand by the people of Ukraine", "Chief Cabinet Secretary"),
    S("Kenji Morita", "JP", "a fourth winter", "Chief Cabinet Secretary"),
]
MUST_NOT = ["THE YAMATO SHIMPO", "日本語版 | English | 中文", "POLITICS / WORLD / ECONOMY / SOCIETY / SCIENCE",
            "2025/08/14 10:32 JST", "Updated: August 14, 2025 (Thu) 13:05",
            "This article is available in Japanese. 日本語で読む",
            "Related: Japanese firms join Ukraine reconstruction conference in Rome",
            "The Yamato Shimpo's Kyiv correspondent Haruka Sato contributed to this report.",
            "Premium members can read the full text of the Chief Cabinet Secretary's press conference.",
            "Follow The Yamato Shimpo on LINE for the latest news.",
            "Copyright © The Yamato Shimpo Co., Ltd. No reproduction or republication without written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
