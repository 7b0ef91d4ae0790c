from common import E, L, R, C, N, W, S, gold

TITLE = "Drones strike passenger train at Shostka station: conductor killed, number of injured rises to 17"
TEXT = """SKTV · SUMY KRAI TELEVISION
Live broadcast | News | Programmes | Sumy region | Ukraine | Video
Sunday, 5 October 2025 · 14:52
Updated: 18:20
Drones strike passenger train at Shostka station: conductor killed, number of injured rises to 17
Text: Iryna Lytvynenko
Video: SKTV
This morning, as passengers were boarding the Shostka–Kyiv service, Russian strike drones hit the train at the railway station in Shostka, the head of the regional military administration said. A conductor, a 54-year-old woman, was killed.

In the first hours after the attack, officials spoke of eight injured. By the afternoon the number had risen to seventeen, three of them children, the regional health department reported. Eleven people remain in hospital.

According to preliminary information, at least two Geran-type drones hit the train: one struck the locomotive, the second the third carriage, which caught fire.

"I was lifting my suitcase into the carriage when the first blast went off. People were lying on the platform, and then the second one came," said passenger Viktor Savchenko, 62, who suffered a head wound.

Traffic between Shostka and Konotop has been suspended, and passengers are being taken on by bus, the railway company said; the evening train to Kyiv has been cancelled.

"There are no soldiers on that train. There are grandmothers with bags of apples and students going back to university," said railway spokesperson Olha Marchenko.

In the past 24 hours, the regional military administration counted 64 Russian attacks on 11 hromadas of the region.

In Sumy, a guided aerial bomb hit the territory of an enterprise in the Zarichnyi district on Saturday evening; two people were injured. In the Krasnopillia hromada, an FPV drone hit a car, wounding a woman. Bilopillia came under artillery fire: a private house was destroyed, nobody was hurt.

In the north of the region, the fighting goes on. Ukrainian units repelled five Russian assaults near Kindrativka on Saturday, the spokesperson for the Siver operational group said.

The Russian Defence Ministry claimed on Sunday that its troops had "liberated" Yunakivka. The Ukrainian command called the claim false and said its troops were holding their positions in the village, where fighting continues.

Earlier, in September, the regional administration extended the mandatory evacuation of families with children from settlements within ten kilometres of the border.
Watch our live broadcast on YouTube
Subscribe to SKTV on Telegram and Viber
Tags: Shostka, railway, drones, shelling
Read also
Sumy schools switch to mixed learning until the end of October
© SKTV 2025. When using materials, a hyperlink to sktv.example is mandatory
"""
DOC = {"id": "kz07", "date": "2025-10-05", "source": "SKTV Sumy Krai Television (Ukrainian regional TV site, English)",
       "url": "https://sktv.example/en/news/2025/10/05/shostka-train-drones", "text": TEXT}

D, SAT = "2025-10-05", "2025-10-04"
EVENTS = [
    E("kz07-1", "air_drone_strike", D, L("Shostka"), "RU", "UA", fat=N(1), inj=N(17),
      weapons=[W("drone", "Geran", launched=N(2, "at_least"))],
      note="'This morning … Russian strike drones hit the train at the railway station in Shostka' (Sunday page): "
           "conductor killed; injured 8 -> 'risen to seventeen' (the latest figure wins); 'at least two Geran-type "
           "drones'"),
    E("kz07-2", "infrastructure_disruption", D, L("Shostka"), "RU", "UA", parent="kz07-1",
      note="'Traffic between Shostka and Konotop has been suspended … the evening train to Kyiv has been cancelled': "
           "one rail disruption at the damaged node (blind44 call 6)"),
    E("kz07-3", "missile_artillery_strike", SAT, R("UA-59", "Sumy region"), "RU", "UA", end=D, prec="range", agg=True,
      family=["air_drone_strike"], claimant="Sumy regional military administration",
      note="'In the past 24 hours, the regional military administration counted 64 Russian attacks on 11 hromadas': the regional past-day tally "
           "(aggregate, both strike types; 'attacks' are no munitions)"),
    E("kz07-4", "air_drone_strike", SAT, L("Sumy"), "RU", "UA", parent="kz07-3", inj=N(2),
      weapons=[W("guided_bomb")],
      note="'In Sumy, a guided aerial bomb hit … an enterprise in the Zarichnyi district on Saturday evening; two people "
           "were injured' (district = the city; its own day)"),
    E("kz07-5", "air_drone_strike", SAT, L("Krasnopillia", 2, "Krasnopillia hromada"), "RU", "UA", parent="kz07-3",
      end=D, prec="range", inj=N(1), weapons=[W("drone")],
      note="FPV drone on a car in the Krasnopillia hromada, a woman wounded: hromada = precision 2, no time -> range"),
    E("kz07-6", "missile_artillery_strike", SAT, L("Bilopillia"), "RU", "UA", parent="kz07-3", end=D, prec="range",
      fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'Bilopillia came under artillery fire … nobody was hurt' = 0/0; no time -> range"),
    E("kz07-7", "armed_clash", SAT, L("Kindrativka", 2, "near Kindrativka"), "RU", "UA",
      claimant="Siver operational group",
      note="'repelled five Russian assaults near Kindrativka on Saturday': a clash, attacker RU (the five assaults are "
           "one clash at one place)"),
    E("kz07-8", "territory_change", D, L("Yunakivka"), "RU", "UA", family=["armed_clash"],
      claimant="Russian Defence Ministry",
      note="'claimed on Sunday that its troops had \"liberated\" Yunakivka': a capture claim is required on the claim day "
           "even when denied (blind41 call 4)"),
    E("kz07-9", "armed_clash", D, L("Yunakivka"), "RU", "UA", claimant="Ukrainian command",
      note="the denial: troops 'holding their positions in the village, where fighting continues' (Sunday): a clash "
           "that day"),
]
# Not events: the evacuation extended 'in September' (no day), the caption-less video credit, 'The Ukrainian command
# called the claim false' (counter-claim, kept as kz07-9), the 'Read also' headline (furniture).
STATEMENTS = [
    S("Viktor Savchenko", "UA", "People were lying on the platform, and then the second one came",
      "passenger, Shostka train"),
    S("Olha Marchenko", "UA", "There are no soldiers on that train", "railway spokesperson"),
]
# Not gold: the MoD's 'liberated' (a term).
MUST_NOT = ["SKTV · SUMY KRAI TELEVISION", "Live broadcast | News | Programmes | Sumy region | Ukraine | Video",
            "Sunday, 5 October 2025 · 14:52", "Updated: 18:20", "Text: Iryna Lytvynenko", "Video: SKTV",
            "Watch our live broadcast on YouTube", "Subscribe to SKTV on Telegram and Viber",
            "Tags: Shostka, railway, drones, shelling", "Read also",
            "Sumy schools switch to mixed learning until the end of October",
            "© SKTV 2025. When using materials, a hyperlink to sktv.example is mandatory"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
