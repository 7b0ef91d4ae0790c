from common import E, L, R, C, N, W, S, gold

TITLE = "Blast at Khmelnytskyi recruitment centre: SBU detains accomplice in Vinnytsia"
TEXT = """PROSTIR.news
News feed | Politics | Economy | War | Regions | Opinions
Blast at Khmelnytskyi recruitment centre: SBU detains accomplice in Vinnytsia
Nataliia Zhuk — 11 March 2025, 13:20
👁 8 412

The Security Service of Ukraine (SBU) has detained a 24-year-old woman in Vinnytsia who is suspected of helping to prepare the explosion near a territorial recruitment centre in Khmelnytskyi on Sunday evening.

According to investigators, the explosive device, hidden in a backpack, went off at about 19:40 at the entrance to the centre's building. The man carrying it was killed on the spot. Three servicemen were injured, one of them seriously. According to the SBU, the device was detonated remotely by Russian handlers who had recruited the man through a Telegram channel offering "easy money".

The accomplice was detained on Monday. Investigators say she bought the phone used as a detonator and rented the flat where the device was assembled.

"The enemy recruits people for one-off jobs and then simply blows them up together with their targets. The person who carried the bomb did not know he would die," SBU spokesman Yaroslav Bondar said at a briefing on Tuesday.

Read also: How Russian special services hunt for recruits on Telegram: five typical schemes

Khmelnytskyi mayor Ihor Pavliuk called the attack "an act of terror against the city" and said the entrances to all recruitment offices would be reinforced. "We will not let them sow panic here," he said.

A similar case in Lutsk

On Thursday night, a 17-year-old set fire to two military pickup trucks parked near a residential building in Lutsk, police said. He was detained on Friday. According to the juvenile prosecutor's office, he was promised 800 dollars for the arson and for a video of the burning vehicles.

In February, an explosion near a recruitment office in Rivne killed one person and injured eight. Since the beginning of the year, law enforcement has opened more than 40 criminal cases over arson attacks on military vehicles, the National Police said. Suspects face up to 12 years in prison.

Night attack

Overnight into Tuesday, air defence forces shot down six Shahed attack drones over the Khmelnytskyi region, the regional military administration reported. Falling debris damaged the roofs of three private houses in the Starokostiantyniv community. No one was injured.

The SBU urges Ukrainians not to respond to offers of "quick earnings" on messengers and to report such contacts to the hotline 1516.

Photo: National Police of Ukraine
If you found a mistake, select it and press Ctrl+Enter
Subscribe to PROSTIR in Telegram — only verified news
Tags: SBU, Khmelnytskyi, recruitment centres, sabotage
"""
DOC = {"id": "r04", "date": "2025-03-11", "source": "PROSTIR.news",
       "url": "https://prostir.news.example/war/2025/03/11/vybukh-khmelnytskyi-sbu", "text": TEXT}

D = "2025-03-11"
EVENTS = [
    E("r04-1", "remote_explosive", "2025-03-09", L("Khmelnytskyi"), "RU", "UA", fat=N(1), inj=N(3),
      claimant="SBU", family=["suicide_bombing"],
      note="remotely detonated bomb carried by an unwitting recruit; SBU attributes it to Russian handlers"),
    E("r04-2", "arrest", "2025-03-10", L("Vinnytsia"), "UA", None, claimant="SBU",
      note="accomplice detained on Monday"),
    E("r04-3", "looting_destruction", "2025-03-06", L("Lutsk"), None, "UA", claimant="police",
      note="arson of two military pickups 'on Thursday night' (Thu 6 March); perpetrator a local teenager paid by unnamed handlers"),
    E("r04-4", "arrest", "2025-03-07", L("Lutsk"), "UA", None, claimant="police", note="teenager detained on Friday"),
    E("r04-5", "remote_explosive", "2025-02-01", L("Rivne"), None, "UA", fat=N(1), inj=N(8), prec="month",
      end="2025-02-28", optional=True, note="'In February': background case, month precision"),
    E("r04-6", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(6))], claimant="Khmelnytskyi regional military administration"),
    E("r04-7", "air_drone_strike", D, L("Starokostiantyniv", 2, "Starokostiantyniv community"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Khmelnytskyi regional military administration",
      note="debris of downed drones damaged three roofs"),
]
STATEMENTS = [
    S("Yaroslav Bondar", "UA", "The person who carried the bomb did not know he would die", "SBU spokesman"),
    S("Ihor Pavliuk", "UA", "We will not let them sow panic here", "Khmelnytskyi mayor"),
    S("Ihor Pavliuk", "UA", "an act of terror against the city", "Khmelnytskyi mayor"),
]
MUST_NOT = ["PROSTIR.news", "News feed | Politics | Economy | War | Regions | Opinions", "Nataliia Zhuk — 11 March 2025, 13:20",
            "👁 8 412", "Read also: How Russian special services hunt for recruits on Telegram: five typical schemes",
            "Photo: National Police of Ukraine", "If you found a mistake, select it and press Ctrl+Enter",
            "Subscribe to PROSTIR in Telegram — only verified news", "Tags: SBU, Khmelnytskyi, recruitment centres, sabotage"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
