from common import E, L, R, C, N, W, S, H, gold, MAS, TER, DIS

TITLE = "Ukraine war live: Ukrainian flag raised in Kupiansk as Russia confirms pull-back from Izium area"
TEXT = """AB NEWS
Albion Broadcasting
Home | News | Sport | Weather | iPlayer | Sounds
LIVE
Ukraine war live: Ukrainian flag raised in Kupiansk as Russia confirms pull-back from Izium area
Edited by Rachel Moorcroft and Daniel Ashby
Last updated 10 September 2022, 17:48 BST
Summary
Ukrainian troops say they have entered Kupiansk, a rail hub in the Kharkiv region
Russia's defence ministry says forces around Izium are being "regrouped" towards Donetsk
Kyiv says more than 2,000 sq km have been retaken since the start of the month

17:40 BST
Russia confirms Izium pull-back
Russia's defence ministry has said its troops in the Izium area are being "regrouped" to "build up efforts in the Donetsk direction" - the first official acknowledgement from Moscow that its forces have left the town, which they had held since early April. Ukrainian officials have not yet said that their troops are in Izium itself.

16:55 BST
'They are not going to stop at the river' - our correspondent
Our correspondent Tom Harland, who is in the Kharkiv region, says the mood among Ukrainian units is one of disbelief. "A week ago nobody would have bet on Kupiansk. Today the talk at the checkpoints is about the Oskil river, and whether they can get across it," he says.

15:20 BST
Power cut to occupied Enerhodar
The town of Enerhodar, next to the Zaporizhzhia nuclear power plant, has been left without electricity and water after shelling damaged a substation overnight, its Russian-installed administration says. Each side blames the other for the shelling.

13:05 BST
Kharkiv hit again
One person was killed and three were wounded when a missile struck a dormitory in Kharkiv's Kyivskyi district during the night, the city's mayor says.

11:30 BST
Flag over Kupiansk
Soldiers of a Ukrainian brigade have posted a photograph showing them holding the national flag in front of the city council building in Kupiansk. The picture was taken this morning, the brigade says. Russian officials in the region say fighting is going on in the city.

"We drove in at dawn. Half the street was burning, and an old man came out and asked us for cigarettes," one of the soldiers, Serhii Melnychenko, told the brigade's press service.

09:50 BST
What happened on Friday
If you're just joining us, here is a recap. Ukraine's general staff confirmed on Friday evening that its troops had taken control of Shevchenkove, a town on the road from Balakliia to Kupiansk. Further south-west, Chuhuiv was shelled in the evening and two people were wounded, the regional governor said.

08:15 BST
How Balakliia fell
Balakliia was the first sizeable town to be retaken. Ukraine's president announced on Thursday night that troops had entered it; residents told us that Russian soldiers had left in cars and on foot, some of them in civilian clothes. "For six months we spoke in whispers. On Thursday I shouted at my neighbour across the fence just because I could," said Valentyna Ostapenko, 66, who runs a kiosk near the bus station.

Pro-Russian war bloggers have reacted with unusual anger. "Somebody has to answer for Balakliia, and it is not the soldiers," Igor Lazarev, who has more than 200,000 followers on Telegram, wrote this morning.
Share this page
More on this story
AB News (c) 2022. AB is not responsible for the content of external sites.
"""
DOC = {"id": "lt05", "date": "2022-09-10", "source": "AB News, Albion Broadcasting (British broadcaster's live page)",
       "url": "https://abnews.example/news/live/world-europe-62851104", "text": TEXT}

D, FRI, THU = "2022-09-10", "2022-09-09", "2022-09-08"
EVENTS = [
    E("lt05-1", TER, D, L("Izium"), "UA", "RU", claimant="Russian Ministry of Defence",
      evidence="Russia's defence ministry has said its troops in the Izium area are being \"regrouped\" to \"build up efforts in the Donetsk direction\"",
      note="a confirmed withdrawal is a territory change of the gaining side on the day it was confirmed (blind63 call 5): "
           "UA -> RU at Izium, 10 Sep; the summary line repeats it; 'held since early April' is history"),
    E("lt05-2", MAS, D, L("Enerhodar"), None, None, family=["air_drone_strike"],
      claimant="Russian-installed Enerhodar administration",
      evidence="has been left without electricity and water after shelling damaged a substation overnight",
      note="'shelling … overnight' in a Saturday page -> 10 Sep; 'Each side blames the other' -> actor1 null; the target "
           "town is occupied and the claim is the occupation's -> actor2 null; shelling -> missile_artillery_strike "
           "(the other type accepted: the weapon is not named beyond 'shelling' of unclear origin)"),
    E("lt05-3", DIS, D, L("Enerhodar"), None, None, parent="lt05-2",
      evidence="The town of Enerhodar, next to the Zaporizhzhia nuclear power plant, has been left without electricity and water",
      note="the town without electricity and water after the substation was hit -> disruption, child of lt05-2"),
    E("lt05-4", MAS, D, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("missile")],
      claimant="mayor of Kharkiv",
      evidence="One person was killed and three were wounded when a missile struck a dormitory in Kharkiv's Kyivskyi district during the night",
      note="'during the night' in a Saturday page -> 10 Sep; the Kyivskyi district = the city; 'a missile' -> missile"),
    E("lt05-5", TER, D, L("Kupiansk"), "UA", "RU", claimant="Ukrainian brigade",
      evidence="Soldiers of a Ukrainian brigade have posted a photograph showing them holding the national flag in front of the city council building in Kupiansk",
      note="flag photo 'taken this morning' -> a capture claim, required on its day (10 Sep) although Russian officials say "
           "fighting goes on (blind53 call 5)"),
    E("lt05-6", TER, FRI, L("Shevchenkove"), "UA", "RU", claimant="Ukrainian General Staff",
      evidence="Ukraine's general staff confirmed on Friday evening that its troops had taken control of Shevchenkove",
      note="recap 'on Friday evening' -> 9 Sep; Shevchenkove 694137 in Kharkiv oblast (not the Odesa, Mykolaiv or "
           "Cherkasy namesakes)"),
    E("lt05-7", MAS, FRI, L("Chuhuiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")], claimant="Kharkiv governor",
      evidence="Chuhuiv was shelled in the evening and two people were wounded, the regional governor said",
      note="in the Friday recap: 'in the evening' = Friday 9 Sep; shelled -> artillery; 2 w"),
    E("lt05-8", TER, THU, L("Balakliia"), "UA", "RU", claimant="Ukrainian president",
      evidence="Ukraine's president announced on Thursday night that troops had entered it",
      note="'announced on Thursday night that troops had entered' Balakliia -> 8 Sep (a recalled change with its day)"),
]
# Not events: the summary's '2,000 sq km … since the start of the month' (cumulative), the correspondent's 'whether they
# can get across' the Oskil (speculation), 'fighting is going on in the city' (Russian officials' claim about Kupiansk;
# part of the contested capture, no separate clash is dated or placed beyond the claim), the Russian soldiers leaving
# Balakliia in civilian clothes (part of lt05-8), the bloggers' anger. Not gold statements: the MoD's "regrouped" and
# "build up efforts in the Donetsk direction" (fragments). Masthead, broadcaster line, menu, LIVE, editors, last-updated
# line, 'Summary', share line, 'More on this story' and the copyright line are furniture; the three summary bullets, the
# entry times and entry headings stay as text.
STATEMENTS = [
    S("Tom Harland", None, "A week ago nobody would have bet on Kupiansk", "AB News correspondent"),
    S("Serhii Melnychenko", "UA", "an old man came out and asked us for cigarettes", "Ukrainian soldier"),
    S("Valentyna Ostapenko", "UA", "For six months we spoke in whispers", "resident, Balakliia"),
    S("Igor Lazarev", "RU", "Somebody has to answer for Balakliia, and it is not the soldiers", "pro-Russian war blogger"),
]
MUST_NOT = ["AB NEWS", "Albion Broadcasting", "Home | News | Sport | Weather | iPlayer | Sounds", "LIVE",
            "Edited by Rachel Moorcroft and Daniel Ashby", "Last updated 10 September 2022, 17:48 BST", "Summary",
            "Share this page", "More on this story",
            "AB News (c) 2022. AB is not responsible for the content of external sites."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
