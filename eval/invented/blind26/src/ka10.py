from common import E, L, R, C, N, W, S, gold

TITLE = "Night attack on the capital: consequences by district as of 07:30"
TEXT = """KYIV CITY MILITARY ADMINISTRATION · verified channel
Telegram · KyivCityMA — 🇺🇦 official
Night attack on the capital: consequences by district as of 07:30

The enemy attacked Kyiv overnight with ballistic missiles and attack drones. Air defence forces destroyed more than 30 targets over the city. As of 07:30, one person was killed and eight were injured; five of them are in hospital.

📍 Darnytskyi district: debris of a drone hit a 16-storey residential building, a fire broke out on floors 9-11. Three residents were injured.

📍 Dniprovskyi district: a ballistic missile hit near a non-residential building; windows were blown out in neighbouring houses. A man was killed, four people were injured.

📍 Solomianskyi district: debris fell on the territory of a warehouse. No casualties.

📍 Sviatoshynskyi district: drone debris fell in an open area and set a car on fire. No one was injured.

📍 Desnianskyi district: a woman was injured by broken glass in her apartment from the blast wave.

📍 Obolonskyi district: fragments were found on a playground; preliminarily, without consequences.

After damage to the heating network, 41 buildings in the Darnytskyi district are without heating and hot water. Utilities promise to restore supply by the evening.

All city services are working at the sites. "Stay in shelters until the all-clear — the threat of repeated attacks remains," the head of the Kyiv City Military Administration wrote.

🔁 Forwarded 3,112 times
💬 Discuss in the KyivCityMA chat
Turn on notifications so you do not miss alerts 🔔
"""
DOC = {"id": "ka10", "date": "2026-02-12", "source": "Kyiv City Military Administration (Telegram)",
       "url": "https://t.me/kyivcityma_example/11409", "text": TEXT}

D = "2026-02-12"
K = "Kyiv"
EVENTS = [
    E("ka10-1", "missile_artillery_strike", D, L(K), "RU", "UA", fat=N(1), inj=N(8),
      weapons=[W("ballistic_missile"), W("drone")],
      note="'overnight' in a morning post = 12 Feb; combined missile+drone attack on the city: parent typed by the "
           "heaviest weapon (EVENTS.md), city total 1 k / 8 w; 'enemy' = RU"),
    E("ka10-2", "interception", D, L(K), "UA", "RU", weapons=[W("mixed", intercepted=N(30, "at_least"))],
      note="'more than 30 targets over the city' = at_least 30, kinds not split (mixed)"),
    E("ka10-3", "air_drone_strike", D, L(K, 1, "Kyiv (Darnytskyi district)"), "RU", "UA", inj=N(3),
      weapons=[W("drone")], parent="ka10-1", note="drone debris on a residential building: child typed by the weapon"),
    E("ka10-4", "missile_artillery_strike", D, L(K, 1, "Kyiv (Dniprovskyi district)"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("ballistic_missile")], parent="ka10-1", note="ballistic missile hit"),
    E("ka10-5", "missile_artillery_strike", D, L(K, 1, "Kyiv (Solomianskyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="ka10-1", note="'debris', of which weapon not said: both types; 0/0"),
    E("ka10-6", "air_drone_strike", D, L(K, 1, "Kyiv (Sviatoshynskyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="ka10-1", note="drone debris, a car on fire; 'No one was injured' = 0/0"),
    E("ka10-7", "missile_artillery_strike", D, L(K, 1, "Kyiv (Desnianskyi district)"), "RU", "UA", inj=N(1),
      family=["air_drone_strike"], parent="ka10-1", note="blast wave, weapon not said"),
    E("ka10-8", "air_drone_strike", D, L(K, 1, "Kyiv (Obolonskyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      family=["missile_artillery_strike"], parent="ka10-1", optional=True,
      note="fragments found, 'preliminarily, without consequences': optional"),
    E("ka10-9", "infrastructure_disruption", D, L(K, 1, "Kyiv (Darnytskyi district)"), "RU", "UA",
      note="41 buildings without heating and hot water; restoration is a plan"),
]
STATEMENTS = [S("head of the Kyiv City Military Administration", "UA", "Stay in shelters until the all-clear",
                role="head of the Kyiv City Military Administration")]
MUST_NOT = ["KYIV CITY MILITARY ADMINISTRATION · verified channel", "Telegram · KyivCityMA — 🇺🇦 official", "🔁 Forwarded 3,112 times",
            "💬 Discuss in the KyivCityMA chat", "Turn on notifications so you do not miss alerts 🔔"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
