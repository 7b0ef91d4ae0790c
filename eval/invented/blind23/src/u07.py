from common import E, L, R, C, N, W, S, gold

TITLE = "Border hromadas shelled 96 times in a day; Russia claims Yunakivka, Ukrainian troops say fighting goes on"
TEXT = """SUMY FRONTIER — news of Sumshchyna
☰ Menu   🔍   UA | EN
Air raid alert status: 🔴 Sumy oblast — alert since 06:48
Home / Border / Daily summary
Border hromadas shelled 96 times in a day; Russia claims Yunakivka, Ukrainian troops say fighting goes on
Thursday, 19.06.2025 · 11:25 · Updated 14:03
Text: Serhii Moroz
Russian troops carried out 96 attacks on 11 hromadas of the Sumy region over the past day, the regional military administration reported on Thursday morning. Two civilians were killed and seven injured.

▪️ Krasnopillia hromada: Russian forces struck with artillery and a guided aerial bomb; a 71-year-old man was killed in Krasnopillia itself.
▪️ Velyka Pysarivka hromada: 14 FPV drone attacks and mortar fire; two women were injured.
▪️ Khotin hromada: an MLRS attack on Khotin damaged a school and four houses; no casualties.
▪️ Bilopillia hromada: a drone hit a minibus on the outskirts of Bilopillia; one person was killed and three injured.
▪️ Myropillia hromada: artillery shelling, two people injured.

Read more ↓ How to register for evacuation from the 10-kilometre border zone

In Sumy, a drone hit an infrastructure facility in the Zarichnyi district at about 02:30 on Thursday, the city's acting mayor said. Part of the district was left without water supply for several hours. No one was hurt.

The Russian Defence Ministry claimed on Wednesday that its troops had "liberated" the village of Yunakovka, as Russian sources call Yunakivka, some 25 kilometres north-east of Sumy. The Ukrainian border guard service rejected the claim. "Yunakivka has not been captured. Our units are holding positions in the village, fighting is going on," spokesman Oleh Tkachenko said on Thursday.

On Wednesday the regional council of defence ordered the mandatory evacuation of children from six more villages of the Bilopillia and Krasnopillia hromadas.

The head of the regional administration warned that Russian troops could try to expand the so-called buffer zone in the Sumy region in summer. Russian forces have been attacking the border area since their incursion in the spring.

We are on Telegram: t.me/sumy_frontier — only verified news
#Sumy #border #evacuation
Sumy Frontier, 2019–2025. Media registration No. R40-00000.
"""
DOC = {"id": "u07", "date": "2025-06-19", "source": "Sumy Frontier (regional news site)",
       "url": "https://sumyfrontier.example/en/border/2025-06-19-daily-summary", "text": TEXT}
D = "2025-06-19"
Y = "2025-06-18"
RMA = "Sumy regional military administration"
EVENTS = [
    E("u07-1", "missile_artillery_strike", Y, R("UA-59", "Sumy Oblast"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(2), inj=N(7), family=["air_drone_strike"], claimant=RMA,
      note="past-day tally: 96 attacks on 11 hromadas, 2 k / 7 w: required aggregate range; parent of the hromada lines"),
    E("u07-2", "missile_artillery_strike", Y, L("Krasnopillia"), "RU", "UA", end=D, prec="range", fat=N(1),
      weapons=[W("artillery"), W("guided_bomb")], family=["air_drone_strike"], parent="u07-1",
      note="hromada line without an hour: past-day range; the death is in the town itself (precision 1); artillery and a "
           "guided bomb: both strike types"),
    E("u07-3", "air_drone_strike", Y, L("Velyka Pysarivka", 2, "Velyka Pysarivka hromada"), "RU", "UA", end=D,
      prec="range", inj=N(2), weapons=[W("drone")], family=["missile_artillery_strike"], parent="u07-1",
      note="hromada named after its town: precision 2; FPV drones (14 attacks) and mortars"),
    E("u07-4", "missile_artillery_strike", Y, L("Khotin"), "RU", "UA", end=D, prec="range", fat=N(0), inj=N(0),
      weapons=[W("mlrs")], parent="u07-1", note="MLRS on Khotin itself; 'no casualties' = 0/0"),
    E("u07-5", "air_drone_strike", Y, L("Bilopillia", 2, "outskirts of Bilopillia"), "RU", "UA", end=D, prec="range",
      fat=N(1), inj=N(3), weapons=[W("drone")], parent="u07-1", note="'outskirts of' = precision 2"),
    E("u07-6", "missile_artillery_strike", Y, L("Myropillia", 2, "Myropillia hromada"), "RU", "UA", end=D, prec="range",
      inj=N(2), weapons=[W("artillery")], parent="u07-1", note="hromada = precision 2"),
    E("u07-7", "air_drone_strike", D, L("Sumy", 1, "Sumy (Zarichnyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="'at about 02:30 on Thursday'; 'No one was hurt' = 0/0; city district = city"),
    E("u07-8", "infrastructure_disruption", D, L("Sumy"), "RU", "UA", parent="u07-7",
      note="part of the district without water supply for several hours: stated consumer outage"),
    E("u07-9", "territory_change", Y, L("Yunakivka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="Russian capture claim made 'on Wednesday' (Russian form Yunakovka), denied by Ukraine: dated the day of the "
           "claim (blind16 call 6)"),
    E("u07-10", "armed_clash", D, L("Yunakivka"), "RU", "UA", claimant="Oleh Tkachenko",
      note="'Our units are holding positions in the village, fighting is going on' said on Thursday: ongoing clash, "
           "actor1 RU (attacker)"),
    E("u07-11", "policy_decision", Y, R("UA-59", "Sumy Oblast"), "UA", None,
      note="mandatory evacuation of children ordered on Wednesday by the regional council of defence; villages unnamed "
           "(two hromadas): region precision; the Read-more line and the buffer-zone warning are not events"),
]
STATEMENTS = [
    S("Oleh Tkachenko", "UA", "Yunakivka has not been captured", "border guard service spokesman"),
]
MUST_NOT = ["SUMY FRONTIER — news of Sumshchyna", "☰ Menu   🔍   UA | EN",
            "Air raid alert status: 🔴 Sumy oblast — alert since 06:48", "Home / Border / Daily summary",
            "Thursday, 19.06.2025 · 11:25 · Updated 14:03", "Text: Serhii Moroz",
            "Read more ↓ How to register for evacuation from the 10-kilometre border zone",
            "We are on Telegram: t.me/sumy_frontier — only verified news", "#Sumy #border #evacuation",
            "Sumy Frontier, 2019–2025. Media registration No. R40-00000."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
