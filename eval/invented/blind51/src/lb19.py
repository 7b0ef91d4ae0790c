from common import E, L, R, C, N, W, S, gold

TITLE = "KGB detains railway dispatcher in Homel; Minsk sends another battalion to the Ukrainian border"
TEXT = """KRYNICA
Independent Belarusian news · English
Беларуская версія | Русская версия
Politics | Repression | War | Society
KGB detains railway dispatcher in Homel; Minsk sends another battalion to the Ukrainian border
18.09.2024 · 14:26
The KGB detained a 46-year-old railway dispatcher in Homel on Monday, accusing him of passing information about military trains to Ukrainian intelligence, according to the rights group Kola, which tracks political arrests in Belarus. His wife was questioned and released the same evening.

At least 30 railway workers have been jailed on similar charges since 2022, Kola says.

On Tuesday, the Belarusian defence ministry said it had moved an additional mechanised battalion to the border with Ukraine in the Homel region "to strengthen the protection of the state border", citing what it called a build-up of Ukrainian troops. Kyiv's border guard service replied that it had seen no new Belarusian deployments.

"Every time the Kremlin needs Ukraine to keep troops in the north, Minsk finds a reason to move a battalion," said Ales Ramanchyk, a Belarusian military analyst based in Vilnius.

Belarus has not sent its own troops into Ukraine, but it let Russia use its territory for the invasion in February 2022.
Krynica is recognised as an "extremist formation" in Belarus. Subscribing to our channels or sharing our materials inside the country is punishable. Stay safe: use a VPN.
Support Krynica on Patreon — 1,200 readers already do
Tags: KGB, railways, Homel region, border
"""
DOC = {"id": "lb19", "date": "2024-09-18", "source": "Krynica (Belarusian independent news site in exile, English)",
       "url": "https://krynica.example/en/news/2024/09/18/kgb-homel-dispatcher", "text": TEXT}

MON = "2024-09-16"
TUE = "2024-09-17"
EVENTS = [
    E("lb19-1", "arrest", MON, L("Homel"), "BY", None, claimant="Kola",
      evidence="The KGB detained a 46-year-old railway dispatcher in Homel on Monday",
      note="KGB detention in Homel 'on Monday' (16 Sep): arrest by the Belarusian state (actor2 null, as blind41's "
           "arrests of suspects)"),
    E("lb19-2", "military_mobilization", TUE, R("BY-HO", "Homel region"), "BY", "UA",
      claimant="Belarusian defence ministry",
      evidence="it had moved an additional mechanised battalion to the border with Ukraine in the Homel region",
      note="'On Tuesday' (17 Sep) the ministry said it had moved a battalion to the border 'in the Homel region': a "
           "deployment = military_mobilization, region precision 3, dated by the claim day; Kyiv's 'seen no new "
           "deployments' is a counter-claim, not a denial that removes the event (blind41 call 4)"),
]
# Not events: the wife questioned and released (part of lb19-1), 'At least 30 railway workers … since 2022' (tally),
# the alleged 'build-up of Ukrainian troops' (claimed, undated), 'Every time … Minsk finds a reason' (habit,
# opinion), the 2022 invasion from Belarus (history).
STATEMENTS = [
    S("Ales Ramanchyk", None, "Minsk finds a reason to move a battalion", "Belarusian military analyst in Vilnius"),
]
# Not gold: "to strengthen the protection of the state border" (ministry fragment).
MUST_NOT = ["KRYNICA", "Independent Belarusian news · English", "Беларуская версія | Русская версия",
            "Politics | Repression | War | Society", "18.09.2024 · 14:26",
            "Krynica is recognised as an \"extremist formation\" in Belarus. Subscribing to our channels or sharing our "
            "materials inside the country is punishable. Stay safe: use a VPN.",
            "Support Krynica on Patreon — 1,200 readers already do", "Tags: KGB, railways, Homel region, border"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
