from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "A shell hits the ferry pier in Ochakiv; drones knock out power in two Mykolaiv districts"
TEXT = """MYKOLAIV HOUR
City · Region · Ochakiv · Port · Sport
Home » Region » Ochakiv
A shell hits the ferry pier in Ochakiv; drones knock out power in two Mykolaiv districts
05.09.2023 | 14:22 | 1 205 views
Author: Yana Sliusar
Russian artillery firing from the Kinburn Spit hit the pier of the ferry crossing in Ochakiv at about 10:20 on Monday. A 37-year-old port worker was wounded in the shoulder, and the ferry moored at the pier was holed above the waterline, the head of the Ochakiv city military administration said.
"We had just finished loading the water containers for the islanders. Ten minutes later there would have been thirty people on the deck," said Viktor Pashchenko, the ferry's skipper.
The crossing to the island will not resume until the pier has been repaired.
Overall, the enemy fired on the water area and the coast of the Ochakiv hromada seven times over the past day, according to the morning summary of the regional military administration's head: 23 artillery shells and four drone drops were recorded.
Further west along the coast, at about 17:00 on Monday, a drone dropped explosives on a fishing boat off Chornomorka. A 52-year-old fisherman was killed.
Advertisement
Night in Mykolaiv
In Mykolaiv, drones came at night. At about 02:30, an energy infrastructure facility in the Inhulskyi district was hit and caught fire; a 60-year-old security guard was injured. Parts of the Inhulskyi and Tsentralnyi districts were left without electricity and water; by noon, supply had been restored to most consumers.
"The generator at the water pumping station kicked in within four minutes, but the pressure in the upper floors was gone for the whole morning," said Oksana Bereza, a spokeswoman for the city water utility.
Air defence destroyed nine of the eleven Shahed drones launched at the region, the Southern Defence Forces said.
Debris of a downed drone fell on a farm in Halytsynove, damaging a hangar with machinery. No one was injured.
The Kinburn Spit has been occupied since the autumn of 2022; the Ochakiv coast is shelled from it almost daily.
Subscribe to Mykolaiv Hour on Telegram: news without delay
Tags: Ochakiv, Kinburn, Mykolaiv, Shahed, power outage
© Mykolaiv Hour, 2016–2023
"""
DOC = {"id": "lp10", "date": "2023-09-05", "source": "Mykolaiv Hour (Mykolaiv regional news site, English version)",
       "url": "https://mykolaiv-hour.example/en/region/ochakiv/2023-09-05-ferry-pier", "text": TEXT}

D, Y = "2023-09-05", "2023-09-04"
T = "lp10-2"
EVENTS = [
    E("lp10-1", MAS, Y, L("Ochakiv"), "RU", "UA", parent=T, inj=N(1), weapons=[W("artillery")],
      claimant="head of the Ochakiv city military administration",
      evidence="Russian artillery firing from the Kinburn Spit hit the pier of the ferry crossing in Ochakiv at about 10:20 on Monday. A 37-year-old port worker was wounded in the shoulder",
      note="artillery on the ferry pier 'at about 10:20 on Monday' -> 4 September (Tuesday page); 1 wounded; the "
           "firing position (the Kinburn Spit) is not the place hit; a child of the Ochakiv hromada's past-day count"),
    E(T, MAS, Y, H("Ochakiv", "Ochakiv hromada"), "RU", "UA", agg=True, family=[ADS],
      weapons=[W("artillery", launched=N(23)), W("drone")], claimant="head of the Mykolaiv regional military administration",
      evidence="the enemy fired on the water area and the coast of the Ochakiv hromada seven times over the past day, according to the morning summary of the regional military administration's head: 23 artillery shells and four drone drops were recorded",
      note="past-day count for one hromada -> aggregate range 4–5 September at precision 2; '23 artillery shells' is "
           "a launched count, 'four drone drops' and 'seven times' are not; casualties not totalled", prec="range", end=D),
    E("lp10-3", ADS, Y, H("Chornomorka", "off Chornomorka"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      evidence="at about 17:00 on Monday, a drone dropped explosives on a fishing boat off Chornomorka. A 52-year-old fisherman was killed.",
      note="'at about 17:00 on Monday' -> 4 September; 'off X' at sea -> precision 2 (Chornomorka 710694, its own "
           "hromada west of Ochakiv: not a child of the Ochakiv hromada count)"),
    E("lp10-4", ADS, D, L("Mykolaiv"), "RU", "UA", parent="lp10-6", inj=N(1), weapons=[W("drone", "Shahed-136")],
      evidence="At about 02:30, an energy infrastructure facility in the Inhulskyi district was hit and caught fire; a 60-year-old security guard was injured.",
      note="'drones came at night … At about 02:30' -> 5 September; Inhulskyi district = the city; agentless passive; "
           "one of the Shaheds launched at the region (parent lp10-6)"),
    E("lp10-5", DIS, D, L("Mykolaiv"), "RU", "UA", parent="lp10-4",
      evidence="Parts of the Inhulskyi and Tsentralnyi districts were left without electricity and water",
      note="power and water cut in two city districts -> one disruption in the city; restored by noon is still an "
           "outage"),
    E("lp10-6", ADS, D, R("UA-48", "Mykolaiv region"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(11))],
      claimant="Southern Defence Forces",
      evidence="Air defence destroyed nine of the eleven Shahed drones launched at the region",
      note="'eleven Shahed drones launched at the region' -> the region's launch with its count (parent of the night's "
           "hits, blind53 ld08/ld14)"),
    E("lp10-7", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", parent="lp10-6",
      weapons=[W("drone", "Shahed-136", intercepted=N(9))], claimant="Southern Defence Forces",
      evidence="Air defence destroyed nine of the eleven Shahed drones launched at the region",
      note="'nine of the eleven' destroyed -> required regional interception"),
    E("lp10-8", ADS, D, L("Halytsynove"), "RU", "UA", parent="lp10-6", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Debris of a downed drone fell on a farm in Halytsynove, damaging a hangar with machinery. No one was injured.",
      note="debris of a downed drone -> a 0/0 strike (blind49 call 5); told with the night's drones -> 5 September"),
]
# Not events: the ferry 'holed above the waterline' (part of lp10-1), the crossing that 'will not resume until the pier
# has been repaired' (future; the pier damage itself is lp10-1), supply 'restored to most consumers' (end of lp10-5),
# 'occupied since the autumn of 2022' and 'shelled … almost daily' (history, habit). 'Night in Mykolaiv' is a
# subheading. Masthead, section row, breadcrumb, date/views line, author, 'Advertisement', the Telegram line, tags and
# © are furniture.
STATEMENTS = [
    S("Viktor Pashchenko", "UA", "Ten minutes later there would have been thirty people on the deck", "ferry skipper, Ochakiv"),
    S("Oksana Bereza", "UA", "the pressure in the upper floors was gone for the whole morning",
      "spokeswoman, Mykolaiv water utility"),
]
MUST_NOT = ["MYKOLAIV HOUR", "City · Region · Ochakiv · Port · Sport", "Home » Region » Ochakiv",
            "05.09.2023 | 14:22 | 1 205 views", "Author: Yana Sliusar", "Advertisement",
            "Subscribe to Mykolaiv Hour on Telegram: news without delay",
            "Tags: Ochakiv, Kinburn, Mykolaiv, Shahed, power outage", "© Mykolaiv Hour, 2016–2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
