from common import E, L, R, C, N, W, S, gold

TITLE = "Night attack on Kremenchuk: refinery area hit in Avtozavodskyi district, one dead"
TEXT = """KREMENCHUK TELEGRAPH
Weather in Kremenchuk: −4°C ☁   USD 43.10 / EUR 46.85
News | City | Region | War | Business | Sport | Ads
Night attack on Kremenchuk: refinery area hit in Avtozavodskyi district, one dead
10 February 2026, 08:52
Author: Svitlana Bondar | Photo: Kremenchuk City Council

Russia launched 146 attack drones and 6 Iskander-M ballistic missiles against Ukraine overnight, the Air Force said in the morning; air defence shot down or suppressed 121 drones and 2 missiles. Kremenchuk was among the main targets.

In the Avtozavodskyi district, drones and a missile hit an industrial facility near the oil refinery, the head of the city military administration said. A fire broke out on an area of about 800 square metres. A 52-year-old worker was killed and three others were injured; two of them are in a serious condition.

In the Kriukivskyi district, on the right bank of the Dnipro, debris of a downed drone fell on the yard of a private house. Windows were blown out, no one was hurt.

A firefighter works at the site of the strike in the Avtozavodskyi district of Kremenchuk on Tuesday morning. Photo: Kremenchuk City Council/press service

In the Kremenchuk raion, a drone hit the premises of an agricultural enterprise in the Omelnyk hromada at around 03:40. A 38-year-old tractor driver was injured; a hangar and two pieces of equipment were destroyed, the Poltava regional military administration said.

In Horishni Plavni, after the attack, part of the city was left without electricity and heating in 63 apartment buildings. Utility crews expect to restore supply by the evening.

Over the Poltava region, air defence destroyed 17 drones during the night, the regional administration said.

Schools in Kremenchuk will switch to distance learning on Wednesday and Thursday, the city's education department said, "to give the boiler houses time". The refinery's operator did not comment on whether production had been stopped.

Kremenchuk has been repeatedly targeted since 2022; the refinery was first hit in April of that year.

Advertising on the site: ads@kremtelegraph.example
Subscribe to our Viber channel
Comments (3) · Only registered users can comment
All Kremenchuk news ›
"""
DOC = {"id": "i13", "date": "2026-02-10", "source": "Kremenchuk Telegraph (city news site)",
       "url": "https://kremtelegraph.example/news/war/2026/02/10/nichna-ataka-kremenchuk", "text": TEXT}

D = "2026-02-10"
EVENTS = [
    E("i13-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(146)), W("ballistic_missile", "Iskander-M", launched=N(6))],
      note="nationwide wave (drones + missiles): typed by the heavier weapon; 'overnight' in a morning article = "
           "publication day"),
    E("i13-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(121)), W("ballistic_missile", "Iskander-M", intercepted=N(2))],
      note="121 drones and 2 missiles shot down or suppressed (the missiles of the wave are Iskander-M)"),
    E("i13-3", "missile_artillery_strike", D, L("Kremenchuk", 1, "Kremenchuk (Avtozavodskyi district)"), "RU", "UA",
      fat=N(1), inj=N(3), weapons=[W("drone"), W("ballistic_missile")], family=["air_drone_strike"], parent="i13-1",
      note="'drones and a missile hit an industrial facility near the oil refinery': one child, typed by the missile "
           "(drone type accepted); city district = city; the caption repeats it"),
    E("i13-4", "air_drone_strike", D, L("Kremenchuk", 1, "Kremenchuk (Kriukivskyi district)"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("drone")], parent="i13-1",
      note="debris of a downed drone on a private yard in a second district; 'no one was hurt' = 0/0. Same city and "
           "day as i13-3 but a distinct incident of a different type"),
    E("i13-5", "air_drone_strike", D, L("Omelnyk", 2, "Omelnyk hromada (Kremenchuk raion)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="i13-1",
      note="hromada of the Kremenchuk raion named after Omelnyk 698497 (Poltava oblast, not the Kirovohrad one): "
           "precision 2; 'at around 03:40' = publication day"),
    E("i13-6", "infrastructure_disruption", D, L("Horishni Plavni"), "RU", "UA",
      note="part of the city without electricity and heating in 63 buildings after the attack"),
    E("i13-7", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", weapons=[W("drone", intercepted=N(17))],
      note="17 drones destroyed over the region (count given: required)"),
    E("i13-8", "policy_decision", D, L("Kremenchuk"), "UA", None, optional=True,
      note="schools switch to distance learning 'on Wednesday and Thursday' (after publication): a local measure "
           "announced today; not a war-decision of the taxonomy's kind — optional. The 2022 refinery strike ('in "
           "April of that year') is vague history: no event"),
]
STATEMENTS = [
    S("Kremenchuk city education department", "UA", "to give the boiler houses time"),
]
MUST_NOT = ["KREMENCHUK TELEGRAPH", "Weather in Kremenchuk: −4°C ☁   USD 43.10 / EUR 46.85",
            "News | City | Region | War | Business | Sport | Ads", "10 February 2026, 08:52",
            "Author: Svitlana Bondar | Photo: Kremenchuk City Council", "Advertising on the site: ads@kremtelegraph.example",
            "Subscribe to our Viber channel", "Comments (3) · Only registered users can comment", "All Kremenchuk news ›"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
