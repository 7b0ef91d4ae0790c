from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims village near Huliaipole as Ukrainian troops pull back from Zaliznychne"
TEXT = """THE KYIV INSIDER
News Feed | Ukraine | War | Politics | Business | Opinion | Investigations
Russia claims village near Huliaipole as Ukrainian troops pull back from Zaliznychne
by Daria Shevchuk
November 27, 2025 5:36 PM  3 min read

Russia's Defense Ministry claimed on Nov. 26 that its forces had captured the village of Malynivka in Zaporizhzhia Oblast, east of the embattled town of Huliaipole. Ukraine's military denied the claim on Nov. 27, saying that fighting for the village was still going on.

"Malynivka is not under Russian control. Our units are holding positions in the western part of the village, and the enemy is suffering heavy losses there," Serhii Tkach, a spokesperson for Ukraine's Southern Defense Forces, said on national television.

The Kyiv Insider could not independently verify the claims of either side.

Tkach confirmed that Ukrainian troops had withdrawn from Zaliznychne, a village just west of Huliaipole, on the night of Nov. 25 "to preserve the lives of personnel" and were holding new positions nearby.

According to the Lineframe monitoring project, which maps the front line from geolocated footage, Russian troops have advanced about 4 kilometers north-east of Huliaipole over the past week, reaching the outskirts of Uspenivka.

Russian aircraft dropped 14 guided aerial bombs on Huliaipole on Nov. 26, Tkach said. The town has been without electricity since September, and fewer than 300 residents remain, according to the local military administration.

Read also: Evacuation from Huliaipole: 'We left with two bags and the cat'

Further north, in Kharkiv Oblast, Ukrainian troops pushed Russian forces out of the village of Myrove, on the western bank of the Oskil River near Kupiansk, on Nov. 25, the Joint Forces Task Force said. Russia had claimed to control the village since early November.

"We cleared the last houses on Tuesday morning. Several Russian soldiers surrendered," said a drone unit commander who goes by the call sign "Bison."

Ukraine's General Staff reported 196 combat engagements along the front line over the past day, with the highest number, 52, in the Pokrovsk sector, where Russian forces are trying to complete the encirclement of Pokrovsk and Myrnohrad.

"If Huliaipole falls, the road to Orikhiv from the east is open, and Russia could threaten Zaporizhzhia's outer defenses by spring," said Mykola Bilyk, an analyst at the Kyiv-based Frontier Research Center. "But that is a big if, and the Russians have paid an enormous price for every kilometer here."

Read also: President: Ukraine won't withdraw from Donbas as part of any peace deal

Moscow has stepped up its offensive in Zaporizhzhia Oblast since the summer, capturing several villages along the boundary with Dnipropetrovsk Oblast.

Support independent journalism in Ukraine. Become a member of the Kyiv Insider today.
Tags: Huliaipole, Zaporizhzhia Oblast, Russian advance, Kupiansk, General Staff
"""
DOC = {"id": "o04", "date": "2025-11-27", "source": "The Kyiv Insider",
       "url": "https://kyivinsider.example/news/russia-claims-village-near-huliaipole", "text": TEXT}

D, WED, TUE = "2025-11-27", "2025-11-26", "2025-11-25"
EVENTS = [
    E("o04-1", "territory_change", WED, L("Malynivka"), "RU", "UA", claimant="Russian Defense Ministry",
      note="capture claimed on Nov. 26, denied by Ukraine"),
    E("o04-2", "armed_clash", D, L("Malynivka"), "RU", "UA", claimant="Serhii Tkach",
      note="'fighting for the village was still going on' (denial on Nov. 27)"),
    E("o04-3", "territory_change", TUE, L("Zaliznychne"), "RU", "UA", claimant="Serhii Tkach",
      note="Ukrainian withdrawal on the night of Nov. 25 -> ground passes to Russia"),
    E("o04-4", "territory_change", "2025-11-21", L("Uspenivka", 2, "north-east of Huliaipole, outskirts of Uspenivka"),
      "RU", "UA", end=D, prec="week", agg=True, claimant="Lineframe monitoring project",
      note="'advanced about 4 kilometers ... over the past week': seven days ending on publication; the most precise "
           "place named is the outskirts of Uspenivka"),
    E("o04-5", "air_drone_strike", WED, L("Huliaipole"), "RU", "UA", weapons=[W("guided_bomb", launched=N(14))],
      claimant="Serhii Tkach"),
    E("o04-6", "territory_change", TUE, L("Myrove"), "UA", "RU", claimant="Joint Forces Task Force",
      note="Ukrainian troops pushed Russian forces out; 'Tuesday morning' in the quote agrees"),
    E("o04-7", "territory_change", "2025-11-01", L("Myrove"), "RU", "UA", end="2025-11-10", prec="range",
      optional=True, note="Russia's claim 'since early November': vague recalled claim"),
    E("o04-8", "armed_clash", WED, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      claimant="Ukrainian General Staff", note="196 engagements over the past day"),
    E("o04-9", "armed_clash", WED, L("Pokrovsk", 2, "Pokrovsk sector"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, note="sector sub-tally (52) of o04-8"),
]
STATEMENTS = [
    S("Serhii Tkach", "UA", "Malynivka is not under Russian control", "spokesperson, Southern Defense Forces"),
    S("Serhii Tkach", "UA", "to preserve the lives of personnel", "spokesperson, Southern Defense Forces"),
    S("Mykola Bilyk", "UA", "the road to Orikhiv from the east is open", "analyst"),
]
MUST_NOT = ["THE KYIV INSIDER", "News Feed | Ukraine | War | Politics | Business | Opinion | Investigations",
            "by Daria Shevchuk", "November 27, 2025 5:36 PM  3 min read",
            "Read also: Evacuation from Huliaipole: 'We left with two bags and the cat'",
            "Read also: President: Ukraine won't withdraw from Donbas as part of any peace deal",
            "Support independent journalism in Ukraine. Become a member of the Kyiv Insider today.",
            "Tags: Huliaipole, Zaporizhzhia Oblast, Russian advance, Kupiansk, General Staff"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
