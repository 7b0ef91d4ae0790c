from common import E, L, R, C, N, W, S, gold

TITLE = "Glide bombs and drones hit Kharkiv for second night; Japan approves generator grant"
TEXT = """PRW ENGLISH NEWS SERVICE
HOME > World > Europe
Glide bombs and drones hit Kharkiv for second night; Japan approves generator grant
2025/06/30 18:41 JST
KHARKIV, Ukraine (PRW) -- Russian forces struck Ukraine's second-largest city of Kharkiv with guided aerial bombs late Sunday and with drones early Monday, killing one person and injuring 12, local officials said.

Two guided bombs hit the Saltivskyi district shortly before midnight on Sunday, damaging a nine-storey apartment building and a supermarket. A 58-year-old man was killed and nine people were injured, including a 4-year-old girl, the regional governor said.

At around 4 a.m. Monday, a Shahed-type drone struck a high-rise in the Kyivskyi district, setting three flats on fire. Three residents were hurt.

"The city has not had a quiet night in a week. People sleep in corridors and in the metro," Kharkiv's mayor said on Telegram.

In the Zolochiv hromada near the Russian border, artillery fire killed a 48-year-old man working in his garden on Monday afternoon, the regional prosecutor's office said.

On the ground, Ukraine's General Staff reported 14 Russian assaults near Kupiansk and near Petropavlivka, east of the Oskil River, over the past day. All were repelled, it said.

Russia's Defense Ministry said on Monday its forces had destroyed an ammunition depot near Balakleya (Balakliia) over the past day, but did not say what weapon was used. The claim could not be independently verified.

Related coverage:
Ukraine asks partners for more air defence after record drone attack
Japan, Ukraine sign reconstruction memorandum in Tokyo

In Tokyo, the Japanese government on Monday approved a grant of 6.2 billion yen (about $43 million) to supply mobile generators and transformer equipment to Ukrainian cities, including Kharkiv.

"Japan will continue to stand with Ukraine so that its people can survive another winter," the chief cabinet secretary told reporters.

Japan does not provide lethal weapons to Ukraine under its export rules, but has been one of the largest donors of non-military aid since 2022.

[Copyright PRW News] All rights reserved. No reproduction or republication without written permission.
"""
DOC = {"id": "a03", "date": "2025-06-30", "source": "PRW English News Service (wire)",
       "url": "https://english.prw.example/news/2025/06/30/kharkiv-glide-bombs-japan-grant", "text": TEXT}

D, Y = "2025-06-30", "2025-06-29"
EVENTS = [
    E("a03-1", "air_drone_strike", Y, L("Kharkiv", 1, "Kharkiv (Saltivskyi district)"), "RU", "UA", fat=N(1), inj=N(9),
      weapons=[W("guided_bomb", launched=N(2))],
      note="'shortly before midnight on Sunday' = 29 June; city district = the city; the lead's 1 k / 12 w is the sum "
           "of the two city strikes, not a separate event"),
    E("a03-2", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv (Kyivskyi district)"), "RU", "UA", inj=N(3),
      weapons=[W("drone", "Shahed-136")], note="'around 4 a.m. Monday'"),
    E("a03-3", "missile_artillery_strike", D, L("Zolochiv-Kh", 2, "Zolochiv hromada"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], note="hromada named after its town: precision 2 (Zolochiv 686895, Kharkiv oblast)"),
    E("a03-4", "armed_clash", Y, L("Kupiansk", 2, "near Kupiansk"), "RU", "UA", prec="range", end=D,
      claimant="General Staff of the Armed Forces of Ukraine",
      note="'14 Russian assaults near Kupiansk and near Petropavlivka … over the past day': one clash at each place"),
    E("a03-5", "armed_clash", Y, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA", prec="range", end=D,
      claimant="General Staff of the Armed Forces of Ukraine",
      note="Petropavlivka 697421 (Kupiansk district, east of the Oskil)"),
    E("a03-6", "missile_artillery_strike", Y, L("Balakliia", 2, "near Balakleya"), "RU", "UA", prec="range", end=D,
      family=["air_drone_strike"], claimant="Russian Defence Ministry",
      note="MoD claim of a destroyed depot 'over the past day', weapon not stated (rule 4); unverified but a dated, "
           "placed claim: required"),
    E("a03-7", "policy_decision", D, L("Tokyo"), "JP", "UA",
      note="Japanese government approves a 6.2bn-yen generator grant in Tokyo on Monday"),
]
STATEMENTS = [
    S("Kharkiv's mayor", "UA", "The city has not had a quiet night in a week"),
    S("Japan's chief cabinet secretary", "JP", "Japan will continue to stand with Ukraine"),
]
MUST_NOT = ["PRW ENGLISH NEWS SERVICE", "HOME > World > Europe", "2025/06/30 18:41 JST", "Related coverage:",
            "Ukraine asks partners for more air defence after record drone attack",
            "Japan, Ukraine sign reconstruction memorandum in Tokyo",
            "[Copyright PRW News] All rights reserved. No reproduction or republication without written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
