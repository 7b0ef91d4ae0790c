from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, PRO

TITLE = "In pictures: a week in the Zaporizhzhia region"
TEXT = """THE HARBOUR STANDARD
News | World | Ukraine | In Pictures | Sport | Life
In Pictures › Ukraine
In pictures: a week in the Zaporizhzhia region
Photographs by Dmytro Smolenko, Ilona Marchuk and Sergio Velarde · Sun 26 May 2024 08.00 BST
View gallery in full screen
Our photographers spent the past week between the regional capital and the villages a few kilometres from the front line, where missiles, glide bombs and drones have become part of the weather. "Most of the week we worked from cellars and came up only when the sound changed," said Dmytro Smolenko.
1/9 · Photo: Dmytro Smolenko / The Harbour Standard
Rescuers search the ruins of a printing works in Zaporizhzhia's Shevchenkivskyi district on Monday, hours after a missile strike that killed three people and injured 11. The regional governor said the works had been hit by two S-300 missiles.
2/9 · Photo: Dmytro Smolenko for The Harbour Standard
A firefighter's helmet rests on a coffin at the funeral of one of Monday's victims, a 34-year-old printer, in Zaporizhzhia on Wednesday.
3/9 · Photo: Ilona Marchuk / The Harbour Standard
Nadiia Koval, 71, stands in what is left of her kitchen in Stepnohirsk after a guided bomb hit her street on Tuesday. She and her son were in the cellar and neither was hurt. "We heard it coming and we had ten seconds. Ten seconds is a lot, it turns out," she said.
4/9 · Photo: Sergio Velarde / The Harbour Standard
A Ukrainian mortar crew fires at Russian positions near Mala Tokmachka, on the Orikhiv front, on Wednesday.
5/9 · Photo: Sergio Velarde for The Harbour Standard
Grain burns in an elevator in Orikhiv after Russian shelling on Wednesday evening. The town, 6 km from the front, has almost no residents left.
6/9 · Photo: Ilona Marchuk for The Harbour Standard
Smoke rises over Enerhodar, the occupied town beside the Zaporizhzhia nuclear power plant, on Thursday. The Russian-installed administration blamed a Ukrainian drone for a hit on a substation; the claim could not be verified.
7/9 · Photo: Dmytro Smolenko (staff)
The driver of a minibus wounded by a Russian drone near Malokaterynivka on Friday is helped into an ambulance.
8/9 · Photo: Ilona Marchuk (staff)
Volunteers unload drinking water in Huliaipole, where the taps have been dry since the Kakhovka dam was destroyed in June 2023.
9/9 · Photo: Sergio Velarde (contributor)
Relatives of soldiers missing in action hold portraits at a rally in central Zaporizhzhia on Saturday, demanding faster prisoner exchanges and more information from the army. "My brother has been missing for fourteen months. I know his face better from this poster than from life now," said Olha Tkachenko, 29.
More galleries: The last week of school in Kharkiv's metro
Sign up to The Harbour Standard's Picture Desk newsletter
© 2024 The Harbour Standard. Images may not be reproduced without permission.
"""
DOC = {"id": "li08", "date": "2024-05-26", "source": "The Harbour Standard (British newspaper site, photo gallery)",
       "url": "https://harbourstandard.example/world/gallery/2024/may/26/a-week-in-the-zaporizhzhia-region", "text": TEXT}

MON, TUE, WED, THU, FRI, SAT = ("2024-05-20", "2024-05-21", "2024-05-22", "2024-05-23", "2024-05-24",
                                "2024-05-25")
EVENTS = [
    E("li08-1", MAS, MON, L("Zaporizhzhia"), "RU", "UA", fat=N(3), inj=N(11),
      weapons=[W("missile", "S-300", launched=N(2))],
      evidence="Rescuers search the ruins of a printing works in Zaporizhzhia's Shevchenkivskyi district on Monday, hours after a missile strike that killed three people and injured 11.",
      note="caption 1: the strike is the caption's background, dated by the picture ('on Monday, hours after') -> 20 "
           "May; S-300 against a ground target -> missile_artillery_strike, two launched"),
    E("li08-2", ADS, TUE, L("Stepnohirsk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      evidence="Nadiia Koval, 71, stands in what is left of her kitchen in Stepnohirsk after a guided bomb hit her street on Tuesday. She and her son were in the cellar and neither was hurt.",
      note="caption 3: 'on Tuesday' -> 21 May; the only people named were unhurt -> 0/0"),
    E("li08-3", MAS, WED, H("Mala Tokmachka", "near Mala Tokmachka"), "UA", "RU", optional=True,
      weapons=[W("artillery")],
      evidence="A Ukrainian mortar crew fires at Russian positions near Mala Tokmachka, on the Orikhiv front, on Wednesday.",
      note="caption 4: routine fire of one crew shown in a picture -> optional (UA -> RU, near X = precision 2)"),
    E("li08-4", MAS, WED, L("Orikhiv"), "RU", "UA", weapons=[W("artillery")],
      evidence="Grain burns in an elevator in Orikhiv after Russian shelling on Wednesday evening.",
      note="caption 5: 'on Wednesday evening' -> 22 May; casualties not stated"),
    E("li08-5", ADS, THU, L("Enerhodar"), "UA", None, weapons=[W("drone")],
      claimant="Russian-installed administration of Enerhodar",
      evidence="The Russian-installed administration blamed a Ukrainian drone for a hit on a substation; the claim could not be verified.",
      note="caption 6: the occupation authorities' claim keeps the claimed attacker (UA) with actor2 null; 'on "
           "Thursday' -> 23 May; unverified is still the claim of the day"),
    E("li08-6", ADS, FRI, H("Malokaterynivka", "near Malokaterynivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      evidence="The driver of a minibus wounded by a Russian drone near Malokaterynivka on Friday is helped into an ambulance.",
      note="caption 7: the strike inside a participle phrase; 'on Friday' -> 24 May; near X = precision 2"),
    E("li08-7", PRO, SAT, L("Zaporizhzhia"), "UA", None,
      evidence="Relatives of soldiers missing in action hold portraits at a rally in central Zaporizhzhia on Saturday, demanding faster prisoner exchanges and more information from the army.",
      note="caption 9: a peaceful rally 'on Saturday' -> 25 May; protesters' country UA"),
]
# Not events: the funeral on Wednesday (a ceremony for a victim of li08-1, no new incident); Orikhiv 'has almost no
# residents left' (state); the water in Huliaipole 'dry since … June 2023' (history without a day); the intro's
# 'missiles, glide bombs and drones have become part of the weather' (habit); the photographer's cellars (working
# conditions); the minibus driver helped into an ambulance (the same incident as li08-6).
STATEMENTS = [
    S("Dmytro Smolenko", "UA", "came up only when the sound changed", "photographer, The Harbour Standard"),
    S("Nadiia Koval", "UA", "Ten seconds is a lot, it turns out", "resident, Stepnohirsk"),
    S("Olha Tkachenko", "UA", "I know his face better from this poster than from life now",
      "sister of a missing soldier, Zaporizhzhia"),
]
MUST_NOT = ["THE HARBOUR STANDARD", "News | World | Ukraine | In Pictures | Sport | Life", "In Pictures › Ukraine",
            "Photographs by Dmytro Smolenko, Ilona Marchuk and Sergio Velarde · Sun 26 May 2024 08.00 BST",
            "View gallery in full screen",
            "1/9 · Photo: Dmytro Smolenko / The Harbour Standard",
            "2/9 · Photo: Dmytro Smolenko for The Harbour Standard",
            "3/9 · Photo: Ilona Marchuk / The Harbour Standard",
            "4/9 · Photo: Sergio Velarde / The Harbour Standard",
            "5/9 · Photo: Sergio Velarde for The Harbour Standard",
            "6/9 · Photo: Ilona Marchuk for The Harbour Standard",
            "7/9 · Photo: Dmytro Smolenko (staff)", "8/9 · Photo: Ilona Marchuk (staff)",
            "9/9 · Photo: Sergio Velarde (contributor)",
            "More galleries: The last week of school in Kharkiv's metro",
            "Sign up to The Harbour Standard's Picture Desk newsletter",
            "© 2024 The Harbour Standard. Images may not be reproduced without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
