from common import E, L, R, C, N, W, S, H, gold, MAS, DIS, CLASH

TITLE = "Georgian volunteer killed near Verbove; car blast kills Russian officer in occupied Berdiansk"
TEXT = """KNA.GE
Kartli News Agency
ქართული | English | Русский
Politics | Occupied Territories | Economy | Region | Ukraine | Society
13/09/2023 15:22
Georgian volunteer killed near Verbove; car blast kills Russian officer in occupied Berdiansk
Tornike Abashidze, a 34-year-old volunteer from Kutaisi, was killed on Monday during an assault on Russian positions near the village of Verbove in Ukraine's Zaporizhzhia region, the Georgian Legion told KNA on Wednesday.

Abashidze, who had served with the Legion since the spring of 2022, is the 58th Georgian citizen killed fighting on Ukraine's side since the full-scale invasion began, according to the Legion's own count. His body is expected to be brought home next week, and a farewell ceremony is planned in Kutaisi.

“Tornike went forward first, as he always did. We carried him out under fire, because we do not leave our own behind,” said Levan Gelashvili, a spokesman for the Legion.

“He called me on Sunday and said the sunflowers there were taller than he was,” his sister, Nino Abashidze, told KNA.

Meanwhile, in Russian-occupied Berdiansk on the Azov Sea coast, a car exploded near the port on Tuesday morning, killing a Russian lieutenant colonel and wounding his driver. Ukraine's military intelligence (HUR) said the blast had been organised by "the local resistance movement".

Within hours, occupation police began house-to-house searches in the port district. By Wednesday morning at least 11 residents had been detained and taken to an unknown location, the city's Ukrainian mayor, who works from Zaporizhzhia, said. Local Telegram channels reported that mobile internet was down across Berdiansk for several hours after the blast.

Further north, the Russian-installed head of the occupied part of the Zaporizhzhia region said on Tuesday evening that Ukrainian forces had fired HIMARS rockets at Tokmak, killing two civilians and damaging a bakery. His claim could not be independently verified.

In Tbilisi, several hundred people marched along Rustaveli Avenue on Sunday evening carrying Ukrainian and Georgian flags, demanding that the government join Western sanctions against Russia. Opposition parties have announced another rally for Saturday.

The Georgian government has so far refused to join the sanctions, arguing that they would hurt the Georgian economy more than Russia's.
Share on Facebook
Print
Other news
Abkhazia: de facto authorities close Enguri crossing for three days
Materials may be reproduced only with a hyperlink to KNA.
"""
DOC = {"id": "le09", "date": "2023-09-13", "source": "KNA Kartli News Agency (Georgian news agency, English service)",
       "url": "https://kna.example/en/news/148207-georgian-volunteer-killed-near-verbove", "text": TEXT}

D, TUE, MON, SUN = "2023-09-13", "2023-09-12", "2023-09-11", "2023-09-10"
EVENTS = [
    E("le09-1", CLASH, MON, H("Verbove", "near Verbove"), "UA", "RU", fat=N(1),
      ev="was killed on Monday during an assault on Russian positions near the village of Verbove",
      note="the volunteer 'killed on Monday' (11 Sep; told on Wednesday: the event day wins) 'during an assault on "
           "Russian positions near … Verbove': ground fighting with the Ukrainian side attacking (the Georgian Legion "
           "fights for UA); near X = precision 2; the one death the text states"),
    E("le09-2", "remote_explosive", TUE, L("Berdiansk"), "UA", "RU", fat=N(1), inj=N(1), claimant="HUR",
      ev="a car exploded near the port on Tuesday morning, killing a Russian lieutenant colonel and wounding his driver",
      note="car bomb in occupied Berdiansk 'on Tuesday morning' (12 Sep): 1 killed, 1 wounded; HUR attributes it to "
           "'the local resistance movement' -> actor1 UA (blind43 call 8)"),
    E("le09-3", "abduction", TUE, L("Berdiansk"), "RU", "UA", end=D, prec="range", family=["arrest"],
      ev="By Wednesday morning at least 11 residents had been detained and taken to an unknown location",
      note="occupation police searches 'Within hours' of the blast (Tuesday) and 'By Wednesday morning at least 11 "
           "residents … detained and taken to an unknown location': detentions of civilians by occupation forces = "
           "abduction (arrest accepted, blind44 call 9), range 12-13 Sep; 11 is a number of detainees, not a "
           "casualty count"),
    E("le09-4", DIS, TUE, L("Berdiansk"), None, None, optional=True,
      ev="Local Telegram channels reported that mobile internet was down across Berdiansk for several hours after the "
         "blast",
      note="mobile internet down after the blast, reported only by local channels, cause not stated -> optional, sides "
           "null (blind41 kr09-5)"),
    E("le09-5", MAS, TUE, L("Tokmak"), "UA", None, fat=N(2), weapons=[W("mlrs", "HIMARS")],
      claimant="Russian-installed head of the Zaporizhzhia region",
      ev="Ukrainian forces had fired HIMARS rockets at Tokmak, killing two civilians and damaging a bakery",
      note="the occupation head's claim 'on Tuesday evening' (no time of its own -> the claim day, 12 Sep): HIMARS "
           "(MLRS) on Tokmak, 2 killed; an occupation-side casualty claim keeps the claimed attacker with actor2 null "
           "(blind41 call 6); 'could not be independently verified' does not deny it"),
    E("le09-6", "protest", SUN, L("Tbilisi"), "GE", None,
      ev="In Tbilisi, several hundred people marched along Rustaveli Avenue on Sunday evening",
      note="a march in Tbilisi 'on Sunday evening' (10 Sep) for sanctions on Russia: a peaceful protest of the country "
           "where it happens (blind43 call 10)"),
]
# Not events: 'since the spring of 2022' and 'the 58th Georgian citizen killed … since the full-scale invasion
# began' (history, cumulative count), the body 'expected to be brought home next week' and the farewell ceremony
# 'planned' (future), the sister's Sunday phone call (private), the rally 'announced … for Saturday' (future), the
# government's refusal to join sanctions (standing policy, no decision on a day), the Abkhazia headline (furniture).
STATEMENTS = [
    S("Levan Gelashvili", "UA", "We carried him out under fire, because we do not leave our own behind",
      "spokesman, Georgian Legion"),
    S("Nino Abashidze", "GE", "the sunflowers there were taller than he was", "sister of the volunteer"),
]
# Not gold: HUR's '"the local resistance movement"' (fragment).
MUST_NOT = ["KNA.GE", "Kartli News Agency", "ქართული | English | Русский",
            "Politics | Occupied Territories | Economy | Region | Ukraine | Society", "13/09/2023 15:22",
            "Share on Facebook", "Print", "Other news", "Abkhazia: de facto authorities close Enguri crossing for three days",
            "Materials may be reproduced only with a hyperlink to KNA."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
