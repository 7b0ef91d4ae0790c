from common import E, L, R, C, N, W, S, gold

TITLE = "Night and morning in the region: Nikopol district under fire again"
TEXT = """Dnipropetrovsk RMA | official
📌 Pinned: map of shelters in Nikopol → link in bio
Night and morning in the region: Nikopol district under fire again

NIKOPOL RAION — 11 attacks since midnight. Artillery and kamikaze drones.
• Nikopol: artillery + FPV. 2 men injured (41, 63). A gas pipeline and a power line damaged.
• Marhanets hromada: 2 kamikaze drones, a car burnt out.
• Pokrovske hromada: artillery. No casualties.
• Chervonohryhorivka hromada: a field fire after shelling, rescuers put it out.

SYNELNYKOVE RAION
• Mezhova hromada: a guided aerial bomb at 05:10. 1 man killed, a school building damaged.

PAVLOHRAD
• Debris of a downed drone fell on the grounds of an enterprise, a fire broke out. Nobody hurt.

🛡 Air defence shot down 6 UAVs over the region overnight — over the Dnipro, Pavlohrad and Synelnykove raions.

Gas supply to part of Nikopol is suspended until the pipeline is repaired.

Stay safe and stay in shelters during alerts.
🔊 Voice version 0:48
👍 1.2K 😡 310 🙏 188
Views 64K · 08:31
"""
DOC = {"id": "i03", "date": "2025-08-28", "source": "Dnipropetrovsk RMA (Telegram)",
       "url": "https://t.me/dnipro_rma_example/77310", "text": TEXT}

D = "2025-08-28"
EVENTS = [
    E("i03-1", "missile_artillery_strike", D, L("Nikopol", 2, "Nikopol raion"), "RU", "UA", agg=True,
      family=["air_drone_strike"], optional=True,
      note="'11 attacks since midnight' on the raion: a night tally of the morning post; its places follow line by "
           "line, so the raion total is optional; raion named after its town = precision 2; no casualties in the line"),
    E("i03-2", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(2),
      weapons=[W("artillery"), W("drone", "FPV")], family=["air_drone_strike"],
      note="'artillery + FPV' in one line: one event typed by the heavier weapon with the drone type accepted; "
           "'since midnight' in a morning post = the publication day"),
    E("i03-3", "infrastructure_disruption", D, L("Nikopol"), "RU", "UA",
      note="gas supply to part of Nikopol suspended after the pipeline damage"),
    E("i03-4", "air_drone_strike", D, L("Marhanets", 2, "Marhanets hromada"), "RU", "UA", weapons=[W("drone", launched=N(2))],
      note="hromada = precision 2; 2 kamikaze drones; casualties not stated"),
    E("i03-5", "missile_artillery_strike", D, L("Pokrovske-Nik", 2, "Pokrovske hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="Pokrovske 696721 (Nikopol raion, west of Nikopol), not the larger Pokrovske 696720 in Synelnykove raion; "
           "'No casualties' = 0/0"),
    E("i03-6", "missile_artillery_strike", D, L("Chervonohryhorivka", 2, "Chervonohryhorivka hromada"), "RU", "UA",
      weapons=[W("artillery")], family=["air_drone_strike"],
      note="'a field fire after shelling'; shelling = artillery, drone type accepted (the raion uses both)"),
    E("i03-7", "air_drone_strike", D, L("Mezhova", 2, "Mezhova hromada"), "RU", "UA", fat=N(1),
      weapons=[W("guided_bomb")], note="guided aerial bomb at 05:10, 1 killed, school damaged"),
    E("i03-8", "air_drone_strike", D, L("Pavlohrad"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone started a fire at an enterprise: a drone-type strike, 'Nobody hurt' = 0/0"),
    E("i03-9", "interception", D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(6))],
      note="6 UAVs shot down over the region overnight (count given: required); the three raions are merely listed"),
]
STATEMENTS = []
MUST_NOT = ["Dnipropetrovsk RMA | official", "📌 Pinned: map of shelters in Nikopol → link in bio",
            "Stay safe and stay in shelters during alerts.", "🔊 Voice version 0:48", "👍 1.2K 😡 310 🙏 188",
            "Views 64K · 08:31"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
