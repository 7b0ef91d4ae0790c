from common import E, L, R, C, N, W, S, gold

TITLE = "Night of 21 April: summary"
TEXT = """🛰 Air Raid Monitor UA — night digest
Night of 21 April: summary

📡 AIR FORCE (as of 09:00)
On the night of 21 April (from 18:00 on 20 April) the enemy attacked with 126 attack UAVs of the Shahed and Gerbera types and 8 missiles: 6 Kh-101 cruise missiles launched from Tu-95MS aircraft and 2 Iskander-M ballistic missiles.
✅ Shot down / suppressed: 109 UAVs and 6 Kh-101.
💥 Hits by 2 missiles and 17 UAVs were recorded at 8 locations; debris fell at 3 locations.

🗺 REGIONS
🔸 Khmelnytskyi obl. — Starokostiantyniv: explosions, fire at an infrastructure facility; no casualties (RMA). 14 UAVs shot down over the oblast.
🔸 Vinnytsia obl. — Ladyzhyn: a missile hit the territory of an energy enterprise, fire (RMA). Kalynivka: drone hit an industrial site, 2 injured.
🔸 Ivano-Frankivsk obl. — Burshtyn: energy facility attacked; part of the town without power.
🔸 Volyn obl. — Lutsk: drone debris on a residential high-rise, 1 injured, 40 flats damaged.
🔸 Rivne obl. — air defence worked, no consequences reported.

🔁 Poland scrambled aircraft again overnight — see separate post.

⚠️ Information is being updated.
🔔 Enable notifications so you don't miss an alert
👁 96.3K  ·  ↗️ 1.1K shares  ·  🕘 09:24
"""
DOC = {"id": "i15", "date": "2026-04-21", "source": "Air Raid Monitor UA (Telegram aggregator)",
       "url": "https://t.me/airraid_monitor_example/20417", "text": TEXT}

D = "2026-04-21"
EVENTS = [
    E("i15-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(126)), W("cruise_missile", "Kh-101", launched=N(6)),
               W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="nationwide wave 'On the night of 21 April (from 18:00 on 20 April)' = 21 April; typed by the heavier "
           "weapon; Shahed and Gerbera in one count = one drone entry"),
    E("i15-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(109)), W("cruise_missile", "Kh-101", intercepted=N(6))],
      note="109 UAVs and 6 Kh-101 shot down/suppressed; '8 locations' without names gives no children"),
    E("i15-3", "missile_artillery_strike", D, L("Starokostiantyniv"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="i15-1",
      note="'explosions, fire at an infrastructure facility; no casualties' — weapon not said: both strike types"),
    E("i15-4", "interception", D, R("UA-68", "Khmelnytskyi oblast"), "UA", "RU", weapons=[W("drone", intercepted=N(14))],
      note="14 UAVs shot down over the oblast (count given: required)"),
    E("i15-5", "missile_artillery_strike", D, L("Ladyzhyn"), "RU", "UA", weapons=[W("missile")], parent="i15-1",
      note="'a missile hit the territory of an energy enterprise' (kind not said: generic missile)"),
    E("i15-6", "air_drone_strike", D, L("Kalynivka-Vn"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="i15-1",
      note="Kalynivka 707155 (Vinnytsia oblast, under its heading)"),
    E("i15-7", "missile_artillery_strike", D, L("Burshtyn"), "RU", "UA", family=["air_drone_strike"], parent="i15-1",
      note="'energy facility attacked' — weapon not said"),
    E("i15-8", "infrastructure_disruption", D, L("Burshtyn"), "RU", "UA", note="part of the town without power"),
    E("i15-9", "air_drone_strike", D, L("Lutsk"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="i15-1",
      note="drone debris on a high-rise: drone-type child (blind16 #5)"),
    E("i15-10", "interception", D, R("UA-56", "Rivne oblast"), "UA", "RU", optional=True,
      note="'air defence worked' without a count: optional (ANNOTATION rule 3)"),
    E("i15-11", "military_mobilization", D, C("PL", "Poland"), "PL", None, optional=True,
      note="cross-reference 'Poland scrambled aircraft again overnight — see separate post': real but only a pointer, "
           "optional"),
]
STATEMENTS = []
MUST_NOT = ["🛰 Air Raid Monitor UA — night digest", "⚠️ Information is being updated.",
            "🔔 Enable notifications so you don't miss an alert", "👁 96.3K  ·  ↗️ 1.1K shares  ·  🕘 09:24"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
