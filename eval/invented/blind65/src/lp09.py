from common import E, L, R, N, W, S, H, gold, MAS, ADS, REX, ARR

TITLE = "Police document the consequences of Russian attacks on Kharkiv region over 8 October"
TEXT = """NATIONAL POLICE OF UKRAINE
Main Directorate of the National Police in Kharkiv Region
Police | News | Wanted | Missing persons | Services | Contacts
News / Documenting war crimes
Police document the consequences of Russian attacks on Kharkiv region over 8 October
09 October 2024 10:47
Investigators and explosives experts of the Kharkiv region police continue to document the crimes of the Russian army. Over 8 October, the police received reports of attacks on 14 settlements of the region.

Kupiansk district. At about 10:15, the Russian army dropped a KAB-250 guided bomb on Kupiansk-Vuzlovyi. A 54-year-old woman was injured; three private houses and a car were damaged.
At 13:40, on the road outside Shevchenkove, an FPV drone attacked a Daewoo Lanos. The driver, 36, and his passenger, 61, were injured.
At 16:05, Russian troops shelled Velykyi Burluk with artillery. A 78-year-old man died in the yard of his house.

Izium district. At about 11:00, a tractor of an agricultural company ran over an anti-tank mine in a field near Savyntsi. The 41-year-old tractor driver was hospitalised with injuries of moderate severity.
"Fields are checked, but mines still turn up where nobody expects them. Do not go into a field until it has been cleared," said Yurii Shapoval, head of the explosives service of the regional police.
In Balakliia, a 12-year-old boy was injured when an unexploded munition he had picked up near the garages went off in his hands.
"He brought it into the yard thinking it was part of a toy. We ask parents to talk to their children about this every day," said Olena Hrytsenko, a juvenile prevention inspector of the Balakliia police.

Kharkiv. Overnight into 9 October, Russian drones hit the Kyivskyi district of the city. A three-storey building caught fire; three people were injured, including a 15-year-old girl.

Pre-trial investigations have been opened under Part 1 of Article 438 of the Criminal Code of Ukraine (violation of the laws and customs of war).

In addition, investigators of the Chuhuiv police, together with the SBU, on Tuesday detained a 49-year-old resident of Chuhuiv who had been passing the positions of Ukrainian units to the enemy. On 8 October, police officers also helped evacuate 11 people, among them three children, from Kupiansk.
Communications Department of the Police of Kharkiv Region
If you have information about crimes of the occupiers, call 102.
#war_crimes #Kupiansk_district #Kharkiv
© 2024 National Police of Ukraine
"""
DOC = {"id": "lp09", "date": "2024-10-09", "source": "Main Directorate of the National Police in Kharkiv Region (official page, English version)",
       "url": "https://hk-police.example/en/news/2024-10-09-documenting-8-october", "text": TEXT}

D, DAY = "2024-10-09", "2024-10-08"
POLICE = "Kharkiv region police"
T = "lp09-1"
EVENTS = [
    E(T, MAS, DAY, R("UA-63", "Kharkiv region"), "RU", "UA", agg=True, family=[ADS], claimant=POLICE,
      evidence="Over 8 October, the police received reports of attacks on 14 settlements of the region.",
      note="attacks on 14 settlements 'Over 8 October': a tally of a named day -> aggregate at day precision, parent of "
           "the three attacks of that day; no counts (14 settlements is no casualty or munition figure)"),
    E("lp09-2", ADS, DAY, L("Kupiansk-Vuzlovyi"), "RU", "UA", parent=T, inj=N(1),
      weapons=[W("guided_bomb", "KAB-250", launched=N(1))], claimant=POLICE,
      evidence="At about 10:15, the Russian army dropped a KAB-250 guided bomb on Kupiansk-Vuzlovyi. A 54-year-old woman was injured",
      note="a line under the 8 October heading -> 8 October; KAB-250 = guided bomb, one; Kupiansk-Vuzlovyi 703652 is "
           "its own town, not Kupiansk"),
    E("lp09-3", ADS, DAY, H("Shevchenkove", "road outside Shevchenkove"), "RU", "UA", parent=T, inj=N(2),
      weapons=[W("drone", "FPV")], claimant=POLICE,
      evidence="At 13:40, on the road outside Shevchenkove, an FPV drone attacked a Daewoo Lanos. The driver, 36, and his passenger, 61, were injured.",
      note="road outside X -> precision 2 (Shevchenkove 694137, Kupiansk district; not the Odesa or Mykolaiv "
           "villages); the driver and his passenger = 2 injured"),
    E("lp09-4", MAS, DAY, L("Velykyi Burluk"), "RU", "UA", parent=T, fat=N(1), weapons=[W("artillery")], claimant=POLICE,
      evidence="At 16:05, Russian troops shelled Velykyi Burluk with artillery. A 78-year-old man died in the yard of his house.",
      note="artillery, 1 killed; 8 October"),
    E("lp09-5", REX, DAY, H("Savyntsi", "field near Savyntsi"), None, "UA", inj=N(1), claimant=POLICE,
      evidence="At about 11:00, a tractor of an agricultural company ran over an anti-tank mine in a field near Savyntsi.",
      note="anti-tank mine under a tractor -> remote_explosive, actor1 not stated (null); field near X -> precision 2 "
           "(Savyntsi 694752, Izium district; not the Poltava villages); hospitalised = 1 injured; not one of the "
           "'attacks' (no parent)"),
    E("lp09-6", REX, DAY, L("Balakliia"), None, "UA", inj=N(1), claimant=POLICE,
      evidence="In Balakliia, a 12-year-old boy was injured when an unexploded munition he had picked up near the garages went off in his hands.",
      note="an unexploded munition going off -> remote_explosive (explosive remnant), actor1 null; the day of the "
           "page's heading, 8 October (Balakliia 712926, Kharkiv oblast; not the Poltava village)"),
    E("lp09-7", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("drone")], claimant=POLICE,
      evidence="Overnight into 9 October, Russian drones hit the Kyivskyi district of the city. A three-storey building caught fire; three people were injured",
      note="'Overnight into 9 October' -> 9 October although the page is about 8 October (no parent); Kyivskyi "
           "district = the city"),
    E("lp09-8", ARR, DAY, L("Chuhuiv"), "UA", None, claimant=POLICE,
      evidence="investigators of the Chuhuiv police, together with the SBU, on Tuesday detained a 49-year-old resident of Chuhuiv who had been passing the positions of Ukrainian units to the enemy",
      note="a detention by Ukrainian police and the SBU -> arrest, actor1 UA, actor2 null (blind51 call 7); 'on "
           "Tuesday' -> 8 October; 'a 49-year-old resident of Chuhuiv' -> Chuhuiv (710374)"),
]
# Not events: the opening of pre-trial investigations under Article 438 (a legal step), the police helping to evacuate
# 11 people 'On 8 October' (no taxonomy event), the appeals of the explosives service and the juvenile inspector
# ('every day' is advice). District names opening each paragraph are text. The two headers, menu, breadcrumb, date line,
# the communications department line, the 102 line, hashtags and © are furniture.
STATEMENTS = [
    S("Yurii Shapoval", "UA", "mines still turn up where nobody expects them", "head of the explosives service, Kharkiv region police"),
    S("Olena Hrytsenko", "UA", "He brought it into the yard thinking it was part of a toy",
      "juvenile prevention inspector, Balakliia police"),
]
MUST_NOT = ["NATIONAL POLICE OF UKRAINE", "Main Directorate of the National Police in Kharkiv Region",
            "Police | News | Wanted | Missing persons | Services | Contacts", "News / Documenting war crimes",
            "09 October 2024 10:47", "Communications Department of the Police of Kharkiv Region",
            "If you have information about crimes of the occupiers, call 102.", "#war_crimes #Kupiansk_district #Kharkiv",
            "© 2024 National Police of Ukraine"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
