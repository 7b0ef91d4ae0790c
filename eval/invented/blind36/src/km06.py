from common import E, L, R, C, N, W, S, gold

TITLE = "Woman killed in shelling of Sachkovichi; drone hits car in Suzemka"
TEXT = """BRYANSK OKRUG ONLINE
A+ Large-print version | 🔍 Search | Sign in
Weather in Bryansk: +9°, cloudy · USD 81.40 · EUR 92.15
News | Incidents | Border | City | Society | Sport
Border › Klimovo district
Woman killed in shelling of Sachkovichi; drone hits car in Suzemka
17.04.2026 08:15 · Comments: 4 · 18+
Ukrainian armed forces shelled the village of Sachkovichi in the Klimovo district on Thursday, killing a woman and injuring two men, the regional governor said in his evening address.

According to the governor, the shells hit a street of private houses near the village school. The injured men, aged 52 and 67, were taken to the Klimovo central district hospital with shrapnel wounds. Three houses and a car were damaged.

"Sachkovichi is two kilometres from the border, and it is shelled almost every day now. We are asking people who have somewhere to go to leave for a while," said Nikolai Sushkov, head of the Klimovo district administration.

In the Suzemka district, a Ukrainian drone dropped an explosive device on a passenger car on the outskirts of Suzemka on Thursday afternoon. The driver and a passenger were injured and taken to hospital in Bryansk, the governor said.

Artillery fire on the outskirts of Belaya Berezka in the Trubchevsk district damaged a power line, leaving about 1,200 residents without electricity. Repair crews will start work as soon as the security situation allows, the regional energy company said.

During the day, air defence forces destroyed 23 Ukrainian drones over the Bryansk region, the governor added.
📨 Follow Bryansk Okrug Online in Max and VK — border news first
In the neighbouring Kursk region, a drone hit a minibus in Tyotkino on Thursday morning, injuring three passengers, the acting regional governor said.

The regional authorities have said they may move pupils of border schools to distance learning until the end of the school year if the shelling continues.
Related stories:
• Bryansk farmers start sowing despite drone threat
• New bus timetable for Bryansk – Klimovo from May 1
Comments: 4 · Log in to comment
Network publication "Bryansk Okrug Online", registered by Roskomnadzor, El No. FS77-81204. Advertising: ads@bryansk-okrug.example
"""
DOC = {"id": "km06", "date": "2026-04-17", "source": "Bryansk Okrug Online (Russian regional news site)",
       "url": "https://bryansk-okrug.example/border/2026/04/17/sachkovichi-shelling", "text": TEXT}

T = "2026-04-16"
EVENTS = [
    E("km06-1", "missile_artillery_strike", T, L("Sachkovichi"), "UA", "RU", fat=N(1), inj=N(2),
      weapons=[W("artillery")],
      note="'shelled the village of Sachkovichi … on Thursday' in a Friday report = 16 Apr; 1 killed, 2 injured "
           "(the governor's figures); 'shelled almost every day' is habitual, not a second event"),
    E("km06-2", "air_drone_strike", T, L("Suzemka", 2, "outskirts of Suzemka"), "UA", "RU", inj=N(2),
      weapons=[W("drone")],
      note="drone dropped an explosive on a car 'on the outskirts of Suzemka on Thursday afternoon' (precision 2): "
           "driver and passenger injured"),
    E("km06-3", "missile_artillery_strike", T, L("Belaya Berezka", 2, "outskirts of Belaya Berezka"), "UA", "RU",
      weapons=[W("artillery")],
      note="artillery fire on the outskirts of Belaya Berezka (Trubchevsk district); attacker from the governor's "
           "framing of the day (Ukrainian forces); no casualty figure"),
    E("km06-4", "infrastructure_disruption", T, L("Belaya Berezka", 2, "Belaya Berezka"), "UA", "RU", parent="km06-3",
      note="power line damaged, about 1,200 residents without electricity"),
    E("km06-5", "interception", T, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      note="'During the day, air defence forces destroyed 23 Ukrainian drones over the Bryansk region' (Thursday)"),
    E("km06-6", "air_drone_strike", T, L("Tyotkino"), "UA", "RU", inj=N(3), weapons=[W("drone")],
      note="drone on a minibus in Tyotkino (Kursk region) 'on Thursday morning', 3 injured; the acting governor's "
           "account, attacker Ukraine from context"),
]
# Not events: 'may move pupils … to distance learning … if the shelling continues' (conditional), 'Repair crews will
# start work as soon as …' (future), Sushkov's appeal to leave (no evacuation ordered), the related-stories timetable.
STATEMENTS = [
    S("Nikolai Sushkov", "RU", "it is shelled almost every day now", "head of the Klimovo district administration"),
]
MUST_NOT = ["BRYANSK OKRUG ONLINE", "A+ Large-print version | 🔍 Search | Sign in",
            "Weather in Bryansk: +9°, cloudy · USD 81.40 · EUR 92.15",
            "News | Incidents | Border | City | Society | Sport", "Border › Klimovo district",
            "17.04.2026 08:15 · Comments: 4 · 18+",
            "📨 Follow Bryansk Okrug Online in Max and VK — border news first", "Related stories:",
            "• Bryansk farmers start sowing despite drone threat",
            "• New bus timetable for Bryansk – Klimovo from May 1", "Comments: 4 · Log in to comment",
            'Network publication "Bryansk Okrug Online", registered by Roskomnadzor, El No. FS77-81204. Advertising: '
            'ads@bryansk-okrug.example']


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
