from common import E, L, R, C, N, W, S, gold

TITLE = "Shelling kills two in Kherson region; bomb hits Beryslav hospital, marines hold near Krynky"
TEXT = """KHERSON PULSE
🔴 Air raid alert now: Kherson region (since 09:12)
Front line · Kherson · Beryslav · Left bank · Help · Evacuation
Shelling kills two in Kherson region; bomb hits Beryslav hospital, marines hold near Krynky
21 January 2024, Sunday · 12:40 · 🗨 5 · Reading time ≈ 3 min
Russian troops carried out 98 attacks on the Kherson region over the past day, firing artillery, mortars, MLRS and drones and dropping guided aerial bombs, the regional military administration said on Sunday morning. Two people were killed and nine wounded.

In Kherson, Russian artillery hit the Dniprovskyi district on Saturday afternoon, killing a 49-year-old man and injuring three people near a pharmacy. After the shelling, part of the Korabelnyi district was left without electricity; power engineers restored supply by the evening.

On Saturday evening Russian aircraft dropped a KAB guided bomb on Beryslav — "Berislav" in Russian reports — damaging the town's hospital. A hospital guard was killed and two nurses were injured.

Subscribe to "Kherson Pulse. Evening" — the region's day in five minutes

In Antonivka, on the northern edge of Kherson, a Russian drone dropped an explosive on a bus stop on Sunday morning, wounding two women aged 63 and 70.

Ukrainian marines repelled four Russian assaults near Krynky, which Russian sources call Krynki, over the past day, the Navy spokesman said. "The enemy throws infantry at our positions across open ground and loses it," he said. According to him, Russian troops also used phosphorus munitions near the village, but this could not be independently confirmed.

The regional administration again urged residents of the coastal villages to evacuate and said free evacuation buses would run from Kherson on Tuesday and Thursday.

Kherson Pulse is part of the Southern Regional Media Network. Editorial office is working in Kherson.
Did we make a mistake? Write to edit@khersonpulse.example
© Kherson Pulse 2024
"""
DOC = {"id": "u11", "date": "2024-01-21", "source": "Kherson Pulse (regional news site)",
       "url": "https://khersonpulse.example/en/front/2024-01-21-shelling-beryslav-krynky", "text": TEXT}
D = "2024-01-21"
SAT = "2024-01-20"
RMA = "Kherson regional military administration"
EVENTS = [
    E("u11-1", "missile_artillery_strike", SAT, R("UA-65", "Kherson Oblast"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(2), inj=N(9), family=["air_drone_strike"], claimant=RMA,
      note="past-day tally of 98 attacks, 2 k / 9 w: required aggregate range; mixed weapons, artillery first"),
    E("u11-2", "missile_artillery_strike", SAT, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", fat=N(1),
      inj=N(3), weapons=[W("artillery")], parent="u11-1", note="'on Saturday afternoon'; city district = city"),
    E("u11-3", "infrastructure_disruption", SAT, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA",
      parent="u11-2", note="part of the Korabelnyi district without electricity after the shelling, restored by evening"),
    E("u11-4", "air_drone_strike", SAT, L("Beryslav", 1, "Beryslav (Berislav)"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("guided_bomb", "KAB")], parent="u11-1", note="'On Saturday evening', KAB on the hospital"),
    E("u11-5", "air_drone_strike", D, L("Antonivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="drone drop on a bus stop 'on Sunday morning' (after the morning tally's window, no parent); Antonivka "
           "713304 (the Kherson suburb, 'northern edge of Kherson')"),
    E("u11-6", "armed_clash", SAT, L("Krynky", 2, "near Krynky"), "RU", "UA", end=D, prec="range",
      claimant="Navy spokesman", note="four assaults repelled near Krynky (Krynki) over the past day: actor1 RU"),
    E("u11-7", "chemical_attack", SAT, L("Krynky", 2, "near Krynky"), "RU", "UA", end=D, prec="range", optional=True,
      claimant="Navy spokesman",
      note="phosphorus munitions claimed, 'could not be independently confirmed'; incendiary rather than chemical: "
           "optional"),
]
STATEMENTS = [
    S("Navy spokesman", "UA", "The enemy throws infantry at our positions across open ground and loses it"),
]
MUST_NOT = ["KHERSON PULSE", "🔴 Air raid alert now: Kherson region (since 09:12)",
            "Front line · Kherson · Beryslav · Left bank · Help · Evacuation",
            "21 January 2024, Sunday · 12:40 · 🗨 5 · Reading time ≈ 3 min",
            "Subscribe to \"Kherson Pulse. Evening\" — the region's day in five minutes",
            "Kherson Pulse is part of the Southern Regional Media Network. Editorial office is working in Kherson.",
            "Did we make a mistake? Write to edit@khersonpulse.example", "© Kherson Pulse 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
