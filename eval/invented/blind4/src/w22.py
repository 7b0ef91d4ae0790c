from common import E, L, R, C, N, W, S, gold

TITLE = "Drones set Kstovo refinery ablaze; airports shut as Defence Ministry reports 112 drones downed"
TEXT = """Severny Veter — independent journalism from exile
By decision of the Russian Justice Ministry, Severny Veter is listed as an "undesirable organisation". Reposting our materials may carry legal risk.
Drones set Kstovo refinery ablaze; airports shut as Defence Ministry reports 112 drones downed
News · 6 November 2026

Drones struck an oil refinery in the Kstovsky district of Nizhny Novgorod region overnight, setting fire to a primary processing unit, Governor Anatoly Rybnikov said on Friday. Two workers were injured by falling debris and taken to hospital, he said.

"The fire has been localised, there is no threat to the residents of Kstovo," Rybnikov wrote on Telegram. He urged residents not to share videos of the fire, warning that they could be prosecuted for "disclosing the work of air defence".

Ukraine's General Staff confirmed the strike, saying the refinery processes about 17 million tonnes of crude a year and supplies fuel to the Russian army. "We will continue to reduce the enemy's ability to finance this war," SBU spokesman Roman Kulyk said.

Russia's Defence Ministry said air defences had destroyed 112 Ukrainian drones overnight over 14 regions, including 38 over the Bryansk region, 21 over the Kursk region and 17 over the Nizhny Novgorod region. Others were downed over the Belgorod, Oryol and Tula regions and the Moscow region, it said, without giving numbers.

The federal air transport agency imposed temporary restrictions at the airports of Kazan, Nizhny Novgorod and Samara for several hours overnight. Dozens of flights were delayed.

In the Belgorod region, a Ukrainian drone hit a car near Shebekino on Thursday, killing the driver, Governor Mikhail Zotov said.

Police in Kstovo on Friday detained a local man who had filmed the burning refinery from his balcony and posted the video online, the local Telegram channel Kstovo Today reported. He faces a fine or up to 15 days of administrative arrest.

Could the strikes lead to fuel shortages? Petrol prices at the St Petersburg exchange have already risen by 9% since September, and analysts say the government could extend its ban on petrol exports into next year.

Support Severny Veter: every donation helps us keep reporting
Follow us on Telegram: @sever_veter
"""
DOC = {"id": "w22", "date": "2026-11-06", "source": "Severny Veter",
       "url": "https://severnyveter.example/en/news/2026/11/06/kstovo-refinery-drones", "text": TEXT}

D = "2026-11-06"
EVENTS = [
    E("w22-1", "air_drone_strike", D, L("Kstovo", 2, "refinery in Kstovsky district"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], claimant="Anatoly Rybnikov; Ukrainian General Staff"),
    E("w22-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(112))],
      claimant="Russian Defence Ministry"),
    E("w22-3", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(38))],
      claimant="Russian Defence Ministry"),
    E("w22-4", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(21))],
      claimant="Russian Defence Ministry"),
    E("w22-5", "interception", D, R("RU-NIZ", "Nizhny Novgorod region"), "RU", "UA",
      weapons=[W("drone", intercepted=N(17))], claimant="Russian Defence Ministry"),
    E("w22-6", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True),
    E("w22-7", "interception", D, R("RU-ORL", "Oryol region"), "RU", "UA", optional=True),
    E("w22-8", "interception", D, R("RU-TUL", "Tula region"), "RU", "UA", optional=True),
    E("w22-9", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", optional=True),
    E("w22-10", "infrastructure_disruption", D, L("Kazan", 1, "Kazan airport"), "UA", "RU", claimant="federal air transport agency"),
    E("w22-11", "infrastructure_disruption", D, L("Nizhny Novgorod", 1, "Nizhny Novgorod airport"), "UA", "RU",
      claimant="federal air transport agency"),
    E("w22-12", "infrastructure_disruption", D, L("Samara", 1, "Samara airport"), "UA", "RU",
      claimant="federal air transport agency"),
    E("w22-13", "air_drone_strike", "2026-11-05", L("Shebekino", 2, "near Shebekino"), "UA", "RU", fat=N(1),
      weapons=[W("drone")], claimant="Mikhail Zotov"),
    E("w22-14", "arrest", D, L("Kstovo"), "RU", "RU", claimant="Kstovo Today"),
]
STATEMENTS = [
    S("Anatoly Rybnikov", "RU", "there is no threat to the residents of Kstovo", "Nizhny Novgorod governor"),
    S("Roman Kulyk", "UA", "We will continue to reduce the enemy's ability to finance this war", "SBU spokesman"),
]
MUST_NOT = ["Severny Veter — independent journalism from exile",
            "By decision of the Russian Justice Ministry, Severny Veter is listed as an \"undesirable organisation\". Reposting our materials may carry legal risk.",
            "News · 6 November 2026",
            "Support Severny Veter: every donation helps us keep reporting", "Follow us on Telegram: @sever_veter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
