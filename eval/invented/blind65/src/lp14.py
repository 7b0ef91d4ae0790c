from common import E, L, R, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "\"What target did they see there?\" The Kutsurub hromada head on a night of shelling"
TEXT = """COASTLINE · БЕРЕГОВА ЛІНІЯ
News of the Mykolaiv coast
Home · Hromadas · Ochakiv · Sea · Contacts
Hromadas / Kutsurub
"What target did they see there?" The Kutsurub hromada head on a night of shelling
19.04.2023 11:58
The head of the Kutsurub hromada, Halyna Sirenko, posted a long update on her Facebook page on Wednesday morning. We retell it with her permission, slightly shortened.
On Tuesday evening, she wrote, Russian troops on the Kinburn Spit fired nine artillery shells at Parutyne. One of them set a house on the edge of the village on fire; its owner, a man of 67, was wounded in the arm and is now in hospital in Mykolaiv.
"Nine shells at a village where two hundred people still live, most of them pensioners. What target did they see there?" Sirenko wrote.
Overnight, according to the post, a shell hit the power line on the edge of Kutsurub, and the village has been without electricity since about two in the morning. Power engineers cannot reach the damaged section yet.
This morning a drone dropped explosives on a fishing boat pulled up on the shore at Solonchaky. Two fishermen were wounded, one of them seriously.
Sirenko also wrote that Nadiia K., 74, who was wounded when a shell hit her summer kitchen in Kutsurub on Sunday, died in hospital on Tuesday. "She was the one who baked for the soldiers at the checkpoint every Friday," the hromada head added.
On Monday, the hromada took twelve children and their mothers from Parutyne and Solonchaky to Mykolaiv; Sirenko asked the families who remain to register for the next bus, on Friday.
Ochakiv, the neighbouring town, was also shelled overnight; the city military administration reported no casualties.
Like what we do? Support the newsroom: coastline.example/support
Tags: Kutsurub, Parutyne, Solonchaky, Kinburn
© Coastline 2023
"""
DOC = {"id": "lp14", "date": "2023-04-19", "source": "Coastline (Mykolaiv coastal news site, retelling a hromada head's Facebook post)",
       "url": "https://coastline.example/en/hromadas/kutsurub/2023-04-19-sirenko-night", "text": TEXT}

D, TUE, SUN = "2023-04-19", "2023-04-18", "2023-04-16"
HEAD = "Halyna Sirenko"
EVENTS = [
    E("lp14-1", MAS, TUE, L("Parutyne"), "RU", "UA", inj=N(1), weapons=[W("artillery", launched=N(9))], claimant=HEAD,
      evidence="On Tuesday evening, she wrote, Russian troops on the Kinburn Spit fired nine artillery shells at Parutyne.",
      note="'On Tuesday evening' in a Wednesday post -> 18 April; nine shells = a launched count; the firing position "
           "(the Kinburn Spit) is not the place hit; the owner wounded = 1 (Parutyne 697953, Kutsurub hromada)"),
    E("lp14-2", MAS, D, H("Kutsurub", "edge of Kutsurub"), "RU", "UA", weapons=[W("artillery")], claimant=HEAD,
      evidence="Overnight, according to the post, a shell hit the power line on the edge of Kutsurub",
      note="'Overnight' in a Wednesday-morning post -> 19 April; 'on the edge of X' -> precision 2; a shell = "
           "artillery; casualties not stated"),
    E("lp14-3", DIS, D, L("Kutsurub"), "RU", "UA", parent="lp14-2", claimant=HEAD,
      evidence="the village has been without electricity since about two in the morning",
      note="the village's outage caused by the cut line (the village itself, precision 1)"),
    E("lp14-4", ADS, D, L("Solonchaky"), "RU", "UA", inj=N(2), weapons=[W("drone")], claimant=HEAD,
      evidence="This morning a drone dropped explosives on a fishing boat pulled up on the shore at Solonchaky. Two fishermen were wounded",
      note="'This morning' -> 19 April; a boat on the shore 'at Solonchaky' -> the village (693198, Kutsurub "
           "hromada); 2 wounded"),
    E("lp14-5", MAS, SUN, L("Kutsurub"), "RU", "UA", fat=N(1), weapons=[W("artillery")], claimant=HEAD,
      evidence="who was wounded when a shell hit her summer kitchen in Kutsurub on Sunday, died in hospital on Tuesday",
      note="an earlier day's toll revised: the shell 'in Kutsurub on Sunday' -> 16 April, required on its day with 1 "
           "killed (the death on Tuesday is no event of its own; injured of that day not given -> absent)"),
    E("lp14-6", MAS, D, L("Ochakiv"), "RU", "UA", fat=N(0), inj=N(0), family=[ADS],
      claimant="Ochakiv city military administration",
      evidence="Ochakiv, the neighbouring town, was also shelled overnight; the city military administration reported no casualties.",
      note="apposition 'the neighbouring town'; 'shelled overnight' -> 19 April; 'no casualties' -> 0/0; 'shelled' "
           "without a weapon named -> missile_artillery_strike, the air type accepted"),
]
# Not events: the evacuation of twelve children and their mothers 'On Monday' (an evacuation, no taxonomy event, and no
# decision), the next bus 'on Friday' (plan), 'Power engineers cannot reach the damaged section yet' (state of lp14-3),
# 'two hundred people still live' (background). Masthead (with its Cyrillic), tagline, menu, breadcrumb, date line,
# the support line, tags and © are furniture. The title's quotation repeats Sirenko's words (the gold statement is
# taken from the body).
STATEMENTS = [
    S("Halyna Sirenko", "UA", "Nine shells at a village where two hundred people still live", "head of the Kutsurub hromada"),
    S("Halyna Sirenko", "UA", "baked for the soldiers at the checkpoint every Friday", "head of the Kutsurub hromada"),
]
MUST_NOT = ["COASTLINE · БЕРЕГОВА ЛІНІЯ", "News of the Mykolaiv coast", "Home · Hromadas · Ochakiv · Sea · Contacts",
            "Hromadas / Kutsurub", "19.04.2023 11:58", "Like what we do? Support the newsroom: coastline.example/support",
            "Tags: Kutsurub, Parutyne, Solonchaky, Kinburn", "© Coastline 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
