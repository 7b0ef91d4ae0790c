from common import E, L, R, C, N, W, S, gold

TITLE = "MoD: Grodovka and Rodinskoye liberated, 1,436 drones downed in a week"
TEXT = """RUSWIRE — English service
Main | Russia | Special military operation | World | Economy
Special military operation
MoD: Grodovka and Rodinskoye liberated, 1,436 drones downed in a week
23 Aug 2025 13:10 MSK
Tags: Donetsk People's Republic, Ministry of Defence, drones
MOSCOW, August 23. /RusWire/. Units of the Center group of forces liberated the settlements of Grodovka and Rodinskoye in the Donetsk People's Republic over the past week, the Russian Defence Ministry said on Saturday in its weekly summary.

Over the week, air defence systems shot down 1,436 fixed-wing drones, six HIMARS rockets and four Neptune long-range missiles, the ministry said. Russian forces delivered one massive and seven combined strikes with high-precision weapons on Ukrainian military-industrial facilities, it added.

On Thursday, an Iskander missile struck what the ministry described as a temporary deployment point of a Ukrainian brigade in Druzhkovka. Ukraine's regional administration said the missile hit a dormitory in Druzhkivka, killing two civilians and injuring seven.

Overnight into Saturday, 23 Ukrainian drones were destroyed over the Belgorod, Kursk and Bryansk regions, the ministry said.

Ukraine's General Staff did not confirm the loss of Hrodivka or Rodynske. Its spokesman said on Saturday that fighting was continuing in Rodynske and that Russian forces had attacked near Pokrovsk, which Russia calls Krasnoarmeysk, 41 times over the past day.

"The enemy is trying to cut the logistics of Pokrovsk from the north, but Rodynske is ours for now," Lieutenant Colonel Serhiy Kovtun of the Ukrainian eastern grouping told a Ukrainian broadcaster.

The ministry did not comment on Western reports that Moscow was moving additional brigades to the Konstantinovka direction.

RusWire in Telegram: t.me/ruswire_en
All materials are protected. Use only with a hyperlink to RusWire.
18+
"""
DOC = {"id": "kc11", "date": "2025-08-23", "source": "RusWire English service (Russian state agency)",
       "url": "https://ruswire.example/en/svo/20250823/grodovka-rodinskoye", "text": TEXT}

D = "2025-08-23"
WK = "2025-08-17"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("kc11-1", "territory_change", WK, L("Hrodivka", 1, "Grodovka"), "RU", "UA", end=D, prec="range", claimant=MOD,
      note="capture claim 'over the past week' in a Saturday summary = reference-6 … reference (one capture within "
           "the window: range, not aggregate); Russian form Grodovka"),
    E("kc11-2", "territory_change", WK, L("Rodynske", 1, "Rodinskoye"), "RU", "UA", end=D, prec="range", claimant=MOD,
      note="as kc11-1; Russian form Rodinskoye; disputed by Kyiv (kc11-7)"),
    E("kc11-3", "interception", WK, C("RU", "Russia"), "RU", "UA", end=D, prec="range", agg=True,
      weapons=[W("drone", intercepted=N(1436)), W("mlrs", "HIMARS", intercepted=N(6)),
               W("cruise_missile", "Neptune", intercepted=N(4))], claimant=MOD,
      note="weekly interception tally, four-digit count; placed in Russia (defender's air defence, no region)"),
    E("kc11-4", "missile_artillery_strike", WK, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, claimant=MOD, note="'one massive and seven combined strikes' over the week without places or "
      "counts of weapons: optional aggregate"),
    E("kc11-5", "missile_artillery_strike", "2025-08-21", L("Druzhkivka", 1, "Druzhkovka"), "RU", "UA", fat=N(2),
      inj=N(7), weapons=[W("ballistic_missile", "Iskander-M")],
      note="'On Thursday' (21 Aug); MoD's 'deployment point' and Kyiv's 'dormitory' are counter-claims of one event; "
           "casualties from the Ukrainian administration"),
    E("kc11-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(23))], claimant=MOD,
      note="23 drones over three listed regions 'overnight into Saturday': no per-region counts → one country event"),
    E("kc11-6a", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, parent="kc11-6",
      note="region merely listed: optional"),
    E("kc11-6b", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, parent="kc11-6",
      note="region merely listed: optional"),
    E("kc11-6c", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", optional=True, parent="kc11-6",
      note="region merely listed: optional"),
    E("kc11-7", "armed_clash", D, L("Rodynske"), "RU", "UA",
      note="Ukrainian 'fighting was continuing in Rodynske', said on Saturday: an armed_clash dated the day of the "
           "statement (blind8 call 8)"),
    E("kc11-8", "armed_clash", "2025-08-22", L("Pokrovsk", 2, "near Pokrovsk (Krasnoarmeysk)"), "RU", "UA", end=D,
      prec="range", claimant="General Staff of the Armed Forces of Ukraine",
      note="'attacked near Pokrovsk … 41 times over the past day': one clash event near the town (range)"),
]
STATEMENTS = [
    S("Serhiy Kovtun", "UA", "Rodynske is ours for now", "officer of the eastern grouping"),
]
MUST_NOT = ["RUSWIRE — English service", "Main | Russia | Special military operation | World | Economy",
            "23 Aug 2025 13:10 MSK", "Tags: Donetsk People's Republic, Ministry of Defence, drones",
            "RusWire in Telegram: t.me/ruswire_en", "All materials are protected. Use only with a hyperlink to RusWire.",
            "18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
