from common import E, L, R, C, N, W, S, gold

TITLE = "Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (11–17 October)"
TEXT = """Ministry of Defence of the Russian Federation 🇷🇺 | English
🔹 Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (11–17 October)

From 11 to 17 October, the Armed Forces of the Russian Federation delivered 4 massive strikes and 23 combined strikes with high-precision weapons, including Kinzhal hypersonic missiles and attack UAVs, on enterprises of Ukraine's military-industrial complex, energy facilities supporting them and temporary deployment points of AFU units.

🔸 As a result of active operations, units of the Zapad Group of Forces liberated the settlement of Kindrashovka in the Kharkov region. The enemy made 11 counterattacks near Kupyansk-Uzlovoy with assault groups; all were repelled.

🔸 Units of the Tsentr Group of Forces liberated Shakhovo in the Donetsk People's Republic and continued to destroy encircled AFU formations in Krasnoarmeysk and Dimitrov.

🔸 Units of the Vostok Group of Forces liberated Malaya Tokmachka in the Zaporozhye region and improved the tactical situation near Gulyaipole.

🔸 Units of the Dnepr Group of Forces inflicted fire damage on AFU formations near Stepnogorsk. The enemy lost up to 380 servicemen.

🔸 Over the week, air defence means shot down 9 JDAM guided aerial bombs, 5 HIMARS MLRS rockets, 2 Neptune-MD long-range missiles and 1,318 fixed-wing unmanned aerial vehicles.

🔸 Naval drones and crewless boats of the Black Sea Fleet destroyed 6 uncrewed boats of the AFU in the north-western part of the Black Sea.

In total, since the beginning of the special military operation, 670 aircraft, 283 helicopters and 92,804 unmanned aerial vehicles have been destroyed.
▶️ Video 2:14
#SMO #MoDRussia #Summary
🔹 Subscribe: t.me/mod_russia_en_example
"""
DOC = {"id": "i09", "date": "2025-10-18", "source": "Russian MoD (Telegram, English channel)",
       "url": "https://t.me/mod_russia_en_example/61402", "text": TEXT}

S0, S1 = "2025-10-11", "2025-10-17"
WK = dict(prec="week", end=S1)
EVENTS = [
    E("i09-1", "missile_artillery_strike", S0, C("UA", "Ukraine"), "RU", "UA", agg=True, family=["air_drone_strike"],
      weapons=[W("ballistic_missile", "Kinzhal"), W("drone")],
      note="weekly tally '4 massive strikes and 23 combined strikes' over the explicit 11–17 October: aggregate "
           "week; Kinzhal + attack UAVs without counts; targets not placed → country", **WK),
    E("i09-2", "territory_change", S0, L("Kindrashivka", 1, "Kindrashivka (Kindrashovka)"), "RU", "UA",
      note="capture claim 'liberated' during the week (no day): week range; Russian form Kindrashovka", **WK),
    E("i09-3", "armed_clash", S0, L("Kupiansk-Vuzlovyi", 2, "near Kupiansk-Vuzlovyi (Kupyansk-Uzlovoy)"), "UA", "RU",
      note="11 Ukrainian counterattacks repelled: attacker UA = actor1 (blind4 #3)", **WK),
    E("i09-4", "territory_change", S0, L("Shakhove", 1, "Shakhove (Shakhovo)"), "RU", "UA",
      note="capture claim; 'DPR' = Donetsk oblast (UA-14) as in earlier sets", **WK),
    E("i09-5", "armed_clash", S0, L("Pokrovsk", 1, "Pokrovsk (Krasnoarmeysk)"), "RU", "UA", optional=True,
      note="'continued to destroy encircled AFU formations in Krasnoarmeysk and Dimitrov': ongoing fighting claim "
           "without a new fact, optional (both towns)", **WK),
    E("i09-6", "armed_clash", S0, L("Myrnohrad", 1, "Myrnohrad (Dimitrov)"), "RU", "UA", optional=True,
      note="as i09-5", **WK),
    E("i09-7", "territory_change", S0, L("Mala Tokmachka", 1, "Mala Tokmachka (Malaya Tokmachka)"), "RU", "UA",
      note="capture claim in Zaporizhzhia oblast", **WK),
    E("i09-8", "armed_clash", S0, L("Huliaipole", 2, "near Huliaipole (Gulyaipole)"), "RU", "UA", optional=True,
      note="'improved the tactical situation near Gulyaipole': vague advance wording, optional", **WK),
    E("i09-9", "missile_artillery_strike", S0, L("Stepnohirsk", 2, "near Stepnohirsk (Stepnogorsk)"), "RU", "UA",
      family=["air_drone_strike"],
      note="'inflicted fire damage … near Stepnogorsk': a strike, weapon not said; 'lost up to 380 servicemen' is a "
           "loss figure, not fatalities (blind4 #3)", **WK),
    E("i09-10", "interception", S0, C("UA", "Ukraine"), "RU", "UA", agg=True,
      weapons=[W("guided_bomb", "JDAM", intercepted=N(9)), W("mlrs", "HIMARS", intercepted=N(5)),
               W("missile", "Neptune-MD", intercepted=N(2)), W("drone", intercepted=N(1318))],
      note="weekly air-defence tally (country as in blind16 h03; defender RU = actor1); Neptune-MD kind not said "
           "(generic missile)", **WK),
    E("i09-11", "interception", S0, C(None, "north-western Black Sea"), "RU", "UA",
      weapons=[W("drone", intercepted=N(6))],
      note="6 uncrewed boats destroyed at sea (sea drones = drone category, blind4 #8); open sea: country null", **WK),
]
STATEMENTS = []
MUST_NOT = ["Ministry of Defence of the Russian Federation 🇷🇺 | English", "▶️ Video 2:14", "#SMO #MoDRussia #Summary",
            "🔹 Subscribe: t.me/mod_russia_en_example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
