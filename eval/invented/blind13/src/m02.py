from common import E, L, R, C, N, W, S, gold

TITLE = "Russian rockets hit Kharkiv bus stop, killing 3 as shelling of region goes on"
TEXT = """WORLD NEWS
Russian rockets hit Kharkiv bus stop, killing 3 as shelling of region goes on
By OLENA HARMASH and JOHN DALBY
Updated 8:14 AM EDT, July 28, 2022
Share

KHARKIV, Ukraine (TPA) — Russian rockets slammed into a crowded bus stop in Ukraine's second-largest city early Thursday, killing three people and wounding nine as they waited for the first buses of the morning, officials said.

The rockets, fired from Uragan multiple launch systems, hit the Nemyshlianskyi district in eastern Kharkiv shortly after 6 a.m., the regional governor said. A shop and several parked cars caught fire.

"I heard the whistle and then everything was black. The man next to me was not moving," said Valentyna Horbenko, 58, who was treated for cuts to her face and arms.

A man walks past a burned-out bus shelter in Kharkiv, Ukraine, Thursday, July 28, 2022. (TPA Photo/Evhen Sadovyi)

Overnight, a missile destroyed part of a school in Chuhuiv, southeast of Kharkiv. No one was injured, the town's mayor said. Shelling of Zolochiv, northwest of the city, wounded a 71-year-old woman on Wednesday evening.

Across the Kharkiv region, Russian attacks killed four civilians and wounded 14 over the past day, according to the regional administration.

ADVERTISEMENT

Ukraine's General Staff said its troops had repelled a Russian attempt to advance near Prudianka, north of Kharkiv, where the front has barely moved since Ukrainian forces pushed Russian units back toward the border in May.

Russia's Defense Ministry said its forces had destroyed a depot of Western-supplied weapons near Bohodukhiv with Iskander missiles. Ukrainian officials did not comment on the claim, and it could not be independently verified.

Kharkiv, just 40 kilometers (25 miles) from the Russian border, has been shelled almost daily since the invasion began in February. Many of those who fled in the spring have returned, and the mayor has repeatedly urged them to stay in shelters during alerts.

"They are not hitting military targets here. They are hitting people going to work," said Serhii Kotliar, a volunteer who drives the wounded to hospitals.

Elsewhere, the mayor of the southern city of Mykolaiv said it had been hit by missiles overnight, with no casualties reported.

Ukrainian officials have said they hope longer-range Western artillery will eventually push Russian guns out of range of Kharkiv. Russian officials have warned that any such weapons would be treated as legitimate targets.

___

Follow TPA's coverage of the war in Ukraine at https://transatlanticpress.example/hub/russia-ukraine

Copyright 2022 The Transatlantic Press Association. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "m02", "date": "2022-07-28", "source": "TPA (Transatlantic Press Association)",
       "url": "https://transatlanticpress.example/article/russia-ukraine-war-kharkiv-bus-stop-2022-07-28", "text": TEXT}

D = "2022-07-28"
EVENTS = [
    E("m02-1", "missile_artillery_strike", D, L("Kharkiv", name="Kharkiv (Nemyshlianskyi district)"), "RU", "UA",
      fat=N(3), inj=N(9), weapons=[W("mlrs", "Uragan")], claimant="Kharkiv regional governor",
      note="MLRS rockets on a bus stop; city district coded to the city. The photo caption repeats it (no second event)"),
    E("m02-2", "missile_artillery_strike", D, L("Chuhuiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("missile")],
      claimant="Chuhuiv mayor", note="'Overnight' in a Thursday report = Thursday; 'No one was injured' = 0/0"),
    E("m02-3", "missile_artillery_strike", "2022-07-27", L("Zolochiv-Kh"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], claimant="Kharkiv regional administration",
      note="'on Wednesday evening' = 27 Jul; the Kharkiv-region Zolochiv (northwest of the city), not the Lviv one"),
    E("m02-4", "missile_artillery_strike", "2022-07-27", R("UA-63", "Kharkiv region"), "RU", "UA", end=D,
      prec="range", agg=True, fat=N(4), inj=N(14), family=["air_drone_strike"],
      claimant="Kharkiv regional administration",
      note="regional past-day tally (range aggregate); 'attacks' without a weapon, so both strike types accepted"),
    E("m02-5", "armed_clash", D, L("Prudianka", 2, "near Prudianka"), "RU", "UA", claimant="Ukrainian General Staff",
      note="repelled attempt to advance: actor1 = the attacking side (blind4 call 3); dated by the report. The May "
           "push-back is history"),
    E("m02-6", "missile_artillery_strike", D, L("Bohodukhiv", 2, "near Bohodukhiv"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander")], claimant="Russian Defence Ministry",
      note="Russian MoD claim, undated in the text: dated by the report (±1 day tolerance)"),
    E("m02-7", "missile_artillery_strike", D, L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("missile")],
      claimant="Mykolaiv mayor", note="'no casualties reported' = 0/0"),
]
STATEMENTS = [
    S("Valentyna Horbenko", "UA", "The man next to me was not moving", "resident"),
    S("Serhii Kotliar", "UA", "They are hitting people going to work", "volunteer"),
]
MUST_NOT = ["WORLD NEWS", "By OLENA HARMASH and JOHN DALBY", "Updated 8:14 AM EDT, July 28, 2022", "Share",
            "ADVERTISEMENT", "___",
            "Follow TPA's coverage of the war in Ukraine at https://transatlanticpress.example/hub/russia-ukraine",
            "Copyright 2022 The Transatlantic Press Association. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
