from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missile kills crane operator at Ukrainian port as Kyiv targets Crimea airbase"
TEXT = """AOP - Agence Occident Presse
Home > World > Europe
Russian missile kills crane operator at Ukrainian port as Kyiv targets Crimea airbase
Published: 20/05/2024 - 13:48 · Modified: 20/05/2024 - 16:05
Listen to this article · 4 min

Kyiv (AOP) - A Russian ballistic missile struck the Black Sea port of Pivdennyi near Odesa on Sunday evening, killing a crane operator and damaging a bulk carrier, Ukrainian officials said Monday, hours before Kyiv said it had hit a Russian airbase in occupied Crimea.

The Iskander-M missile hit a grain terminal in the port, also known by its former name Yuzhne, just after 9:00 pm (1800 GMT), the Odesa regional governor said. Four port workers were wounded, one of them seriously.

The Liberian-flagged bulk carrier was holed above the waterline, the port authority said. Loading at the terminal was suspended for the night and resumed on Monday afternoon.

"The crew of 19, Filipino and Turkish sailors, are all safe. We were lucky the missile hit the gallery and not the hold," said Mehmet Aksoy, a representative of the vessel's Istanbul-based operator.

Read also: Black Sea corridor: how Ukraine keeps exporting grain under fire

Ukraine's navy said that despite the attacks, 37 ships had sailed from the ports of the Odesa region over the past week.

Overnight, Ukrainian forces struck the Saky military airfield in western Crimea, the general staff in Kyiv said, claiming the destruction of a Su-24 bomber and a radar station. It did not say which weapons were used.

Russia's defence ministry said air defences had shot down six ATACMS missiles over Crimea overnight, and that debris had damaged two houses in the village of Novofedorivka, next to the airfield. Nobody was hurt, the Russian-installed head of Crimea said.

"The enemy tried to break through our air defence and failed," said Oleg Kryukov, an adviser to the Russian-installed Crimean administration.

Russia's Black Sea Fleet also said it had destroyed three Ukrainian uncrewed surface vessels heading for the Crimean coast off Cape Tarkhankut on Sunday afternoon.

Ukrainian navy spokesman Andriy Vovk declined to comment on the naval drones but said Russia "has fewer and fewer safe harbours in Crimea".

Turkey's defence ministry, meanwhile, said a navy diving team had destroyed a drifting sea mine spotted by fishermen off Kilyos, north of Istanbul, on Saturday.

"Our teams neutralised the mine with a controlled explosion. There is no danger to shipping in the Bosphorus," the ministry said in a statement.

Russia and Ukraine have accused each other of laying mines in the Black Sea since 2022.

Insurance premiums for ships calling at Ukrainian ports would rise again if the strikes on port infrastructure continue, brokers in London warned.

bur-vk/ach/lm
© 2024 AOP
"""
DOC = {"id": "o03", "date": "2024-05-20", "source": "AOP (Agence Occident Presse)",
       "url": "https://www.aop-news.example/en/europe/20240520-russian-missile-kills-crane-operator-ukrainian-port",
       "text": TEXT}

D, SUN, SAT = "2024-05-20", "2024-05-19", "2024-05-18"
EVENTS = [
    E("o03-1", "missile_artillery_strike", SUN, L("Pivdenne"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("ballistic_missile", "Iskander-M")], claimant="Odesa regional governor",
      note="'on Sunday evening', 9 pm local (1800 GMT, same day)"),
    E("o03-2", "infrastructure_disruption", SUN, L("Pivdenne", 1, "Pivdennyi port grain terminal"), "RU", "UA",
      end=D, prec="range", claimant="port authority",
      note="loading suspended for the night, resumed Monday afternoon"),
    E("o03-3", "missile_artillery_strike", D, L("Saky", 2, "Saky military airfield"), "UA", "RU",
      family=["air_drone_strike"], claimant="Ukrainian general staff",
      note="Kyiv does not name the weapon; the Russian account speaks of ATACMS -> missile type, drone accepted; "
           "the airfield lies outside the town -> precision 2"),
    E("o03-4", "interception", D, R("UA-43", "Crimea"), "RU", "UA",
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(6))], claimant="Russian defence ministry",
      note="'over Crimea': region UA-43"),
    E("o03-5", "missile_artillery_strike", D, L("Novofedorivka"), "UA", None, fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "ATACMS")], parent="o03-3", claimant="Russian-installed head of Crimea",
      note="debris of the intercepted missiles on two houses; occupied village: actor2 null"),
    E("o03-6", "interception", SUN, R("UA-43", "off Cape Tarkhankut", precision=2), "RU", "UA",
      weapons=[W("drone", intercepted=N(3))], claimant="Black Sea Fleet",
      note="three uncrewed surface vessels (sea drones = drone); off a cape of Crimea, no point"),
    E("o03-7", "interception", SAT, L("Kilyos", 2, "off Kilyos, north of Istanbul"), "TR", None,
      family=["remote_explosive"], optional=True, claimant="Turkish defence ministry",
      note="controlled destruction of a drifting mine (ACLED: disrupted weapons use); no side laid it"),
]
STATEMENTS = [
    S("Mehmet Aksoy", None, "We were lucky the missile hit the gallery and not the hold", "ship operator representative"),
    S("Oleg Kryukov", "RU", "The enemy tried to break through our air defence and failed", "adviser"),
    S("Andriy Vovk", "UA", "has fewer and fewer safe harbours in Crimea", "navy spokesman"),
    S("Turkish defence ministry", "TR", "There is no danger to shipping in the Bosphorus"),
]
MUST_NOT = ["AOP - Agence Occident Presse", "Home > World > Europe",
            "Published: 20/05/2024 - 13:48 · Modified: 20/05/2024 - 16:05", "Listen to this article · 4 min",
            "Read also: Black Sea corridor: how Ukraine keeps exporting grain under fire", "bur-vk/ach/lm", "© 2024 AOP"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
