from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT

TITLE = "Drone hits a bus outside Mezhova; toll of Sunday's strike on Dnipro rises to three"
TEXT = """PRYDNIPROVIA TV
Television of the Dnipro region · news · live
▶ Live broadcast
News | Region | Dnipro | Kryvbas | Video | Programme
News › Region
Drone hits a bus outside Mezhova; toll of Sunday's strike on Dnipro rises to three
30 September 2025, 12:05
A Russian FPV drone struck a passenger bus on the outskirts of Mezhova on Monday morning, killing the driver and injuring four passengers, the regional military administration reported. The bus, on a regular route from Pavlohrad, was about to enter the town at 08:20 when the drone hit its front.
Video: Prydniprovia TV correspondent reports from Mezhova (2:47)
Our correspondent Iryna Salii, who reached the town in the afternoon, found the bus still standing on the verge with its windscreen gone.
"He saw it and tried to turn. If he hadn't, it would have hit us in the middle," said Zoia Kuzmenko, 64, one of the passengers, who was treated for cuts.
In the evening, Russian aircraft dropped three guided aerial bombs on Pokrovske. Two private houses were destroyed and a woman of 60 was injured.
In his evening summary, the head of the regional military administration said that over the day the Russian army had attacked the Synelnykove and Nikopol districts more than 30 times with drones and artillery. One person was killed and six were injured. In Nikopol, an FPV drone hit a car, injuring its 42-year-old driver. In the Velykomykhailivka hromada, drones set fire to a farm building.
Meanwhile, the toll of Sunday's missile strike on Dnipro has risen. A 52-year-old man died in hospital on Monday night, making three dead; 27 people are now listed as injured, up from 23.
"Two of the injured are still in intensive care, and one of them is a teenager," said Oleh Chupryna, deputy director of the Mechnikov regional hospital.
Overnight, air defence forces shot down nine drones over the region. One drone hit an industrial enterprise in Pavlohrad; no one was injured.
Schools in the Mezhova hromada will teach online until the end of October.
Watch us on YouTube, Viber and Telegram
Using our materials requires a hyperlink to prydniprovia-tv.example
"""
DOC = {"id": "lp13", "date": "2025-09-30", "source": "Prydniprovia TV (Dnipropetrovsk regional television website, English version)",
       "url": "https://prydniprovia-tv.example/en/news/region/2025-09-30-mezhova-bus", "text": TEXT}

D, MON, SUN = "2025-09-30", "2025-09-29", "2025-09-28"
RMA = "head of the Dnipropetrovsk regional military administration"
T = "lp13-3"
EVENTS = [
    E("lp13-1", ADS, MON, H("Mezhova", "outskirts of Mezhova"), "RU", "UA", parent=T, fat=N(1), inj=N(4),
      weapons=[W("drone", "FPV")], claimant=RMA,
      evidence="A Russian FPV drone struck a passenger bus on the outskirts of Mezhova on Monday morning, killing the driver and injuring four passengers",
      note="'on Monday morning … at 08:20' -> 29 September (Tuesday page); outskirts of X -> precision 2 (Mezhova "
           "701305); the route's start, Pavlohrad, is not the place hit; 1 killed, 4 injured"),
    E("lp13-2", ADS, MON, L("Pokrovske"), "RU", "UA", parent=T, inj=N(1), weapons=[W("guided_bomb", launched=N(3))],
      claimant=RMA,
      evidence="In the evening, Russian aircraft dropped three guided aerial bombs on Pokrovske. Two private houses were destroyed and a woman of 60 was injured.",
      note="'In the evening' follows the Monday bus -> 29 September; Pokrovske 696720 (the Synelnykove-district "
           "hromada centre, east of the region; not the village Pokrovske near Nikopol 696721 or the town Pokrov); "
           "three guided bombs, 1 injured"),
    E(T, MAS, MON, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", agg=True, fat=N(1), inj=N(6), family=[ADS],
      weapons=[W("drone"), W("artillery")], claimant=RMA,
      evidence="over the day the Russian army had attacked the Synelnykove and Nikopol districts more than 30 times with drones and artillery. One person was killed and six were injured.",
      note="an evening summary 'over the day' (told on Tuesday about Monday's summary) -> aggregate for 29 September "
           "at day precision, not a past-24-hours range; two districts -> the region (precision 3); 'more than 30 "
           "times' is no munition count; 1 killed (bus driver), 6 injured (bus 4 + Pokrovske 1 + Nikopol 1)"),
    E("lp13-4", ADS, MON, L("Nikopol"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone", "FPV")], claimant=RMA,
      evidence="In Nikopol, an FPV drone hit a car, injuring its 42-year-old driver.",
      note="a line of Monday's summary -> 29 September"),
    E("lp13-5", ADS, MON, H("Velykomykhailivka", "Velykomykhailivka hromada"), "RU", "UA", parent=T,
      weapons=[W("drone")], claimant=RMA,
      evidence="In the Velykomykhailivka hromada, drones set fire to a farm building.",
      note="hromada only -> precision 2 (Velykomykhailivka 10870923, Synelnykove district); casualties not stated"),
    E("lp13-6", MAS, SUN, L("Dnipro"), "RU", "UA", fat=N(3), inj=N(27), weapons=[W("missile")], claimant=RMA,
      evidence="Meanwhile, the toll of Sunday's missile strike on Dnipro has risen. A 52-year-old man died in hospital on Monday night, making three dead; 27 people are now listed as injured, up from 23.",
      note="a previous day's strike with its toll revised: 'Sunday's missile strike' -> 28 September; latest figures 3 "
           "killed, 27 injured ('up from 23' superseded); the missile's kind is not said -> 'missile'"),
    E("lp13-7", INT, D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      evidence="Overnight, air defence forces shot down nine drones over the region.",
      note="'Overnight' in a Tuesday page -> 30 September; a region with its own count -> required"),
    E("lp13-8", ADS, D, L("Pavlohrad"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="One drone hit an industrial enterprise in Pavlohrad; no one was injured.",
      note="the same night -> 30 September; 'no one was injured' -> 0/0"),
]
# Not events: the correspondent's visit 'in the afternoon' (reporting), the man who 'died in hospital on Monday night'
# (revises lp13-6; no event of its own), intensive care, online schooling 'until the end of October' (plan). The
# correspondent's line stays as text. Channel name, tagline, live line, menu, breadcrumb, date line, the video line,
# the follow line and the reuse line are furniture.
STATEMENTS = [
    S("Zoia Kuzmenko", "UA", "If he hadn't, it would have hit us in the middle", "passenger of the Mezhova bus"),
    S("Oleh Chupryna", "UA", "one of them is a teenager", "deputy director, Mechnikov regional hospital"),
]
MUST_NOT = ["PRYDNIPROVIA TV", "Television of the Dnipro region · news · live", "▶ Live broadcast",
            "News | Region | Dnipro | Kryvbas | Video | Programme", "News › Region", "30 September 2025, 12:05",
            "Video: Prydniprovia TV correspondent reports from Mezhova (2:47)",
            "Watch us on YouTube, Viber and Telegram", "Using our materials requires a hyperlink to prydniprovia-tv.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
