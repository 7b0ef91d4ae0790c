from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian shelling kills man in Shebekino; 46 drones downed overnight, ministry says"
TEXT = """VTA | VOSTOK TELEGRAPH AGENCY
Russia · World · Economy · Special operation · Incidents
18 March 2025, 09:37 (updated 10:12)
Ukrainian shelling kills man in Shebekino; 46 drones downed overnight, ministry says
BELGOROD, 18 March (VTA). Shelling from Ukraine hit Shebekino on Monday evening, killing one man and wounding two women, the Belgorod region governor said on Tuesday.

According to him, the Ukrainian armed forces fired Grad rocket launchers at the town's residential quarter. Four private houses and a gas pipeline were damaged.

"Emergency services worked through the night. The gas supply to the street will be restored today," Shebekino district head Anatoly Borzykh said.

On Tuesday morning, a Ukrainian FPV drone struck a car on the outskirts of Graivoron, wounding two men. In Belgorod, debris from a downed drone fell on the roof of a shopping centre overnight; there were no casualties.

A drone also hit a power substation in the Valuysky district, the governor said, and about 3,000 residents were left without electricity.

READ ALSO
Russian MoD: North group improved its tactical position
Governor: schools in border districts switch to remote learning

Air defence systems intercepted and destroyed 46 Ukrainian fixed-wing drones overnight, the Defence Ministry said: 19 over the Belgorod region, 12 over the Kursk region and eight over the Bryansk region; the rest were destroyed over the Voronezh and Oryol regions.

The ministry also said that on Monday units of the North group had repelled an attempt by a Ukrainian sabotage and reconnaissance group to cross the state border near Tetkino in the Kursk region.

Kyiv did not comment. Ukrainian officials have repeatedly denied targeting civilians in Russian border regions.

The deputy chairman of Russia's Security Council threatened on Monday to strike "any facility" in Ukraine from which attacks on Russian territory are launched.

VTA on Telegram | VTA in Dzen
Subscribe to the VTA newsletter
© 2025 VTA. When quoting, a link to VTA is required.
"""
DOC = {"id": "kc06", "date": "2025-03-18", "source": "Vostok Telegraph Agency (Russian agency)",
       "url": "https://vta.example/incidents/20250318/shebekino-shelling.html", "text": TEXT}

D, Y = "2025-03-18", "2025-03-17"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("kc06-1", "missile_artillery_strike", Y, L("Shebekino"), "UA", "RU", fat=N(1), inj=N(2),
      weapons=[W("mlrs", "Grad")], claimant="Belgorod region governor",
      note="'Shelling from Ukraine … on Monday evening' with Grad = MLRS; Monday 17 March"),
    E("kc06-2", "air_drone_strike", D, L("Graivoron", 2, "outskirts of Graivoron"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], note="FPV drone on a car 'on the outskirts' = precision 2"),
    E("kc06-3", "air_drone_strike", D, L("Belgorod"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone on a shopping centre overnight; 'no casualties' = 0/0"),
    E("kc06-4", "air_drone_strike", D, L("Valuyki", 2, "Valuysky district"), "UA", "RU", weapons=[W("drone")],
      note="Russian adjectival district named after its town (Valuyki) = precision 2; no hour given, reported in a "
           "Tuesday digest next to overnight events: the publication day (±1 covers Monday)"),
    E("kc06-5", "infrastructure_disruption", D, L("Valuyki", 2, "Valuysky district"), "UA", "RU",
      note="about 3,000 residents without electricity after the substation hit"),
    E("kc06-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(46))],
      claimant=MOD, note="nationwide overnight tally 46"),
    E("kc06-7", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(19))],
      parent="kc06-6", claimant=MOD, note="per-region count: required"),
    E("kc06-8", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      parent="kc06-6", claimant=MOD, note="per-region count: required"),
    E("kc06-9", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(8))],
      parent="kc06-6", claimant=MOD, note="per-region count: required"),
    E("kc06-10", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", optional=True, parent="kc06-6",
      note="'the rest … over the Voronezh and Oryol regions': no count per region, merely listed: optional"),
    E("kc06-11", "interception", D, R("RU-ORL", "Oryol region"), "RU", "UA", optional=True, parent="kc06-6",
      note="merely listed: optional"),
    E("kc06-12", "armed_clash", Y, L("Tetkino", 2, "near Tetkino"), "UA", "RU", claimant=MOD,
      note="'on Monday … repelled an attempt … to cross the state border near Tetkino': actor1 the attacker (UA)"),
]
STATEMENTS = [
    S("Anatoly Borzykh", "RU", "The gas supply to the street will be restored today", "Shebekino district head"),
]
MUST_NOT = ["VTA | VOSTOK TELEGRAPH AGENCY", "Russia · World · Economy · Special operation · Incidents",
            "18 March 2025, 09:37 (updated 10:12)", "READ ALSO", "Russian MoD: North group improved its tactical position",
            "Governor: schools in border districts switch to remote learning", "VTA on Telegram | VTA in Dzen",
            "Subscribe to the VTA newsletter", "© 2025 VTA. When quoting, a link to VTA is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
