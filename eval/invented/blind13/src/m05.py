from common import E, L, R, C, N, W, S, gold

TITLE = "Prymorske not captured, fighting on the outskirts continues – Southern Defence Forces refute Russian claim"
TEXT = """UKRAINSKA HVYLIA
News | Politics | War | Economy | Columns | Ukr | Eng
Roman Melnychuk — Thursday, 9 April 2026, 10:42
👁 6 215
Prymorske not captured, fighting on the outskirts continues – Southern Defence Forces refute Russian claim

The Ukrainian Southern Defence Forces have denied the Russian Defence Ministry's claim that Russian troops have captured the village of Prymorske in Zaporizhzhia Oblast. The village remains under Ukrainian control, and fighting is ongoing on its eastern outskirts.

Source: Ruslan Tkachuk, spokesman for the Southern Defence Forces, on national television on Thursday

Quote from Tkachuk: "Prymorske is ours. The enemy managed to take a few houses on the eastern edge and filmed a video there, and that's it. Our guys are clearing them out right now."

Details: The Russian Defence Ministry claimed on Wednesday that its units had "liberated the settlement of Primorskoye", as the village is called in Russian, and published a video of soldiers raising a flag near a destroyed shop.

According to Tkachuk, over the past day the Russians attacked 11 times near Stepnohirsk and eight times near Kamianske in the Vasylivka district. All the attacks were repelled. Russian aircraft also dropped guided bombs on Stepnohirsk, which lies on the Zaporizhzhia–Vasylivka road.

Read also: The Zaporizhzhia front after two years: why Russia is pushing north again

In the Huliaipole sector, Ukrainian assault units advanced up to 1.2 kilometres near the village of Malynivka on Tuesday, Tkachuk said, without giving further details.

Meanwhile, the 'Donbas' operational-strategic group confirmed on Wednesday that Ukrainian troops had withdrawn from the village of Udachne, west of Pokrovsk, to avoid encirclement and "preserve the lives of personnel".

In total, 164 combat clashes took place along the front line over the past day, the General Staff of the Armed Forces of Ukraine reported on Thursday morning, with the most intense fighting in the Pokrovsk and Huliaipole sectors.

For reference: Prymorske lies on the southern approaches to Zaporizhzhia, about 25 kilometres from the city. Russian troops have been trying to advance in this area since the summer of last year. If they take Stepnohirsk and Prymorske, the front would come within artillery range of the city's southern districts, analysts at the LiveFront monitoring project have warned.

Support Ukrainska Hvylia on Patreon!
If you notice an error, select the required text and press Ctrl+Enter to report it to the editors.
Tags: Zaporizhzhia Oblast, Prymorske, war, Southern Defence Forces
"""
DOC = {"id": "m05", "date": "2026-04-09", "source": "Ukrainska Hvylia",
       "url": "https://www.hvylia.example/eng/news/2026/04/9/7541182/", "text": TEXT}

D = "2026-04-09"
EVENTS = [
    E("m05-1", "territory_change", "2026-04-08", L("Prymorske-Z"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claimed 'on Wednesday' (8 Apr); disputed by Ukraine (blind4 call 4: claim + clash)"),
    E("m05-2", "armed_clash", D, L("Prymorske-Z", name="Prymorske (eastern outskirts)"), "RU", "UA",
      claimant="Ruslan Tkachuk",
      note="'fighting is ongoing on its eastern outskirts' (Thursday statement): the clash, dated the statement; "
           "the outskirts of the village are the village, precision 1"),
    E("m05-3", "armed_clash", "2026-04-08", L("Stepnohirsk", 2, "near Stepnohirsk"), "RU", "UA", end=D, prec="range",
      claimant="Ruslan Tkachuk", note="11 attacks repelled over the past day: actor1 the attacker; range, not aggregate"),
    E("m05-4", "armed_clash", "2026-04-08", L("Kamianske-Z", 2, "near Kamianske"), "RU", "UA", end=D, prec="range",
      claimant="Ruslan Tkachuk",
      note="Kamianske in the Vasylivka district of Zaporizhzhia Oblast (UA-23), not the Dnipropetrovsk city"),
    E("m05-5", "air_drone_strike", "2026-04-08", L("Stepnohirsk"), "RU", "UA", end=D, prec="range",
      weapons=[W("guided_bomb")], claimant="Ruslan Tkachuk", note="guided bombs over the past day"),
    E("m05-6", "territory_change", "2026-04-07", L("Malynivka-Z", 2, "near Malynivka"), "UA", "RU",
      claimant="Ruslan Tkachuk", note="'advanced up to 1.2 kilometres near Malynivka on Tuesday' = 7 Apr (Zaporizhzhia "
                                      "Oblast Malynivka in the Huliaipole sector)"),
    E("m05-7", "territory_change", "2026-04-08", L("Udachne"), "RU", "UA", claimant="'Donbas' operational-strategic group",
      note="Ukrainian withdrawal confirmed on Wednesday (8 Apr; date of the withdrawal itself not given): the "
           "Russian side gains the village"),
    E("m05-8", "armed_clash", "2026-04-08", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      claimant="Ukrainian General Staff", note="164 clashes along the front over the past day: country aggregate"),
]
STATEMENTS = [
    S("Ruslan Tkachuk", "UA", "The enemy managed to take a few houses on the eastern edge",
      "spokesman for the Southern Defence Forces"),
]
MUST_NOT = ["UKRAINSKA HVYLIA", "News | Politics | War | Economy | Columns | Ukr | Eng",
            "Roman Melnychuk — Thursday, 9 April 2026, 10:42", "👁 6 215",
            "Read also: The Zaporizhzhia front after two years: why Russia is pushing north again",
            "Support Ukrainska Hvylia on Patreon!",
            "If you notice an error, select the required text and press Ctrl+Enter to report it to the editors.",
            "Tags: Zaporizhzhia Oblast, Prymorske, war, Southern Defence Forces"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
