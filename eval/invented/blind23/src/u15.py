from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims Uspenivka near Huliaipole; drones and bombs hit Zaporizhzhia overnight"
TEXT = """PROSTIR NEWS — English
Home  >  War  >  South
Listen to Prostir Radio live ▷
Russia claims Uspenivka near Huliaipole; drones and bombs hit Zaporizhzhia overnight
By Yuliia Brovko
27 Nov 2026 · 13:58 Kyiv
Last edited by the news desk at 16:05 — adds Ukrainian strike on Polohy depot
Russian drones and guided bombs struck Zaporizhzhia overnight into Friday, killing one person and injuring 12, the head of the regional military administration said. Drones hit an industrial enterprise and a nine-storey residential building in the Shevchenkivskyi district shortly after 01:00, and two KAB bombs landed on the city's outskirts near the Dnipro at about 04:30. A 34-year-old man died in hospital.

Up to 24,000 households in the city's left-bank districts were left without electricity after the attack.

Russia's Defence Ministry said on Friday that its forces had taken control of Uspenivka — which it called Uspenovka — north-east of Huliaipole. The Ukrainian military did not comment on the village but said Russian troops had made 14 assaults in the Huliaipole direction over the past day, and that fighting was continuing near Ternuvate.

"The Russians are trying to reach the Huliaipole-Zaporizhzhia road. We see small groups of two or three infiltrating at night," a battalion commander with the call sign "Kobzar" told Prostir News.

—— PROMO ——
Prostir News English now has a weekly podcast about the front. New episodes every Saturday.
—— END PROMO ——

In Orikhiv, Russian artillery killed a woman on Thursday evening, the regional administration said.

Ukraine's Southern Defence Forces said they had struck a Russian ammunition depot in occupied Polohy on Thursday night with HIMARS rockets, causing secondary detonations. The Russian-installed authorities said a "Ukrainian attack" had damaged several houses in Polohy, without giving details.

Zaporizhzhia's mayor said schools in the city would switch to distance learning from Monday because of the daily attacks.

Share:  Telegram  ·  WhatsApp  ·  Facebook  ·  X  ·  Copy link
Yuliia Brovko is a correspondent in Zaporizhzhia. Follow her on Threads: @brovko.zp
Comments are closed for this article under our wartime moderation policy.
Prostir News © 2026 · Terms · Privacy · Editorial standards
"""
DOC = {"id": "u15", "date": "2026-11-27", "source": "Prostir News (Ukrainian national site, English)",
       "url": "https://prostir.example/en/war/south/2026/11/27/uspenivka-zaporizhzhia", "text": TEXT}
D = "2026-11-27"
THU = "2026-11-26"
RMA = "Zaporizhzhia regional military administration"
EVENTS = [
    E("u15-1", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(12),
      weapons=[W("drone"), W("guided_bomb", "KAB", launched=N(2))], claimant=RMA,
      note="overnight into Friday: drones shortly after 01:00 and two KABs at 04:30, reported as one attack with one "
           "combined toll; outskirts within the same city report; coded as one event at the city"),
    E("u15-2", "infrastructure_disruption", D, L("Zaporizhzhia"), "RU", "UA", parent="u15-1",
      note="up to 24,000 households without electricity after the attack"),
    E("u15-3", "territory_change", D, L("Uspenivka-Zp"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claim made on Friday (Russian form Uspenovka); Uspenivka 690619 north-east of Huliaipole "
           "(Zaporizhzhia oblast); Ukraine did not comment"),
    E("u15-4", "armed_clash", THU, L("Huliaipole", 2, "Huliaipole direction"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, note="14 assaults 'in the Huliaipole direction over the past day': sector tally, optional"),
    E("u15-5", "armed_clash", THU, L("Ternuvate-Zp", 2, "near Ternuvate"), "RU", "UA", end=D, prec="range",
      note="'fighting was continuing near Ternuvate' in the past-day update: required clash; Ternuvate 691639 "
           "(Zaporizhzhia oblast)"),
    E("u15-6", "missile_artillery_strike", THU, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant=RMA, note="'on Thursday evening'"),
    E("u15-7", "missile_artillery_strike", THU, L("Polohy"), "UA", "RU", weapons=[W("mlrs", "HIMARS")],
      claimant="Southern Defence Forces",
      note="'on Thursday night' (the evening of the 26th, reported before the Friday): HIMARS rockets on a depot in "
           "occupied Polohy (UA-23 kept); the Russian-installed authorities' damage report is the same event"),
]
STATEMENTS = [
    S("Kobzar", "UA", "We see small groups of two or three infiltrating at night", "battalion commander (call sign)"),
]
MUST_NOT = ["PROSTIR NEWS — English", "Home  >  War  >  South", "Listen to Prostir Radio live ▷", "By Yuliia Brovko",
            "27 Nov 2026 · 13:58 Kyiv", "Last edited by the news desk at 16:05 — adds Ukrainian strike on Polohy depot",
            "—— PROMO ——",
            "Prostir News English now has a weekly podcast about the front. New episodes every Saturday.",
            "—— END PROMO ——", "Share:  Telegram  ·  WhatsApp  ·  Facebook  ·  X  ·  Copy link",
            "Yuliia Brovko is a correspondent in Zaporizhzhia. Follow her on Threads: @brovko.zp",
            "Comments are closed for this article under our wartime moderation policy.",
            "Prostir News © 2026 · Terms · Privacy · Editorial standards"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
