from common import E, L, R, C, N, W, S, gold

TITLE = "Explosions in Saky: intelligence sources say drones hit Russian airfield in Crimea"
TEXT = """UKRAINSKA LINIIA
Ukrainian version | Русская версия | English version
News  Articles  Opinions  War  Economy  Photo
Explosions in Saky: intelligence sources say drones hit Russian airfield in Crimea
Maryna Ostapchuk — Sunday, 8 October 2023, 09:14
Views: 48 210
Ukrainian drones attacked the Saky military airfield in occupied Crimea overnight, damaging at least two Su-24M bombers, sources in Ukraine's Defence Intelligence have told Ukrainska Liniia.

Source: Defence Intelligence sources; Russian-installed authorities of Crimea; Russian Defence Ministry

Details: According to the sources, the drones struck aircraft parking areas at the airfield near the village of Novofedorivka at around 03:30. Residents of Saky reported at least six explosions and a glow over the airfield.

Quote from the sources: "Two Su-24M aircraft were hit, and a fuel tanker next to them burned down. The Russians will not be flying from Saky for some time."

The occupation authorities claimed that the attack had been repelled. According to the Russian-installed head of Crimea, debris of a downed drone fell on a private house in Saky, injuring a 64-year-old woman.

The Russian Defence Ministry said that its air defence destroyed 16 Ukrainian drones over the territory of the Republic of Crimea and four more over the Black Sea during the night.

Traffic on the Crimean bridge was halted from 02:40 to 06:15, according to the bridge's operational information centre.

Read also: Ukraine's Navy: Russia keeps only one missile carrier on combat duty in the Black Sea

Meanwhile, Russia attacked the Odesa region with up to 15 Shahed drones overnight; 12 of them were shot down, the Southern Defence Forces reported.

Details: A warehouse of an agricultural enterprise in the Bilhorod-Dnistrovskyi district was hit, and a fire broke out. No one was killed or injured.

Quote from Ivan Pryhodskyi, spokesman of the Southern Defence Forces: "The enemy is again trying to hit the food export chain. Most of the drones came in over the sea and were shot down before they reached the coast."

Background:
- The Saky airfield, home to a Black Sea Fleet naval aviation regiment, has been hit several times since the summer of 2022.
- Earlier, the Ukrainian Navy said Russia had moved most of its large landing ships from Sevastopol to Novorossiysk.
- The Ukrainian military does not usually comment on strikes in Crimea.

If you notice a mistake, select the required text and press Ctrl+Enter to inform the editors.
Support Ukrainska Liniia on Patreon
Tags: Crimea, drones, Black Sea Fleet, Saky
"""
DOC = {"id": "j05", "date": "2023-10-08", "source": "Ukrainska Liniia",
       "url": "https://www.ukrliniia.example/eng/news/2023/10/08/7422031/", "text": TEXT}

D = "2023-10-08"
EVENTS = [
    E("j05-1", "air_drone_strike", D, L("Novofedorivka", 2, "Saky airfield near Novofedorivka"), "UA", "RU",
      weapons=[W("drone")], claimant="Defence Intelligence sources",
      note="overnight drone strike on the airfield; 'the airfield near the village of Novofedorivka' = precision 2; "
           "UA-43 (Crimea, not Sevastopol)"),
    E("j05-2", "air_drone_strike", D, L("Saky"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Russian-installed head of Crimea",
      note="debris of a downed drone on a house in Saky, one injured; the Russian side's account of the same night "
           "(separate place, separate event)"),
    E("j05-3", "interception", D, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(16))],
      claimant="Russian Defence Ministry",
      note="16 over 'the Republic of Crimea' = UA-43; the occupation authorities' 'repelled' claim is the same event"),
    E("j05-4", "interception", D, C(None, "Black Sea"), "RU", "UA", weapons=[W("drone", intercepted=N(4))],
      optional=True, claimant="Russian Defence Ministry", note="four over the Black Sea: open sea, no country"),
    E("j05-5", "infrastructure_disruption", D, L("Kerch", 2, "Crimean bridge"), "UA", "RU",
      claimant="bridge operational information centre", note="bridge traffic halted 02:40-06:15 during the attack"),
    E("j05-6", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA",
      weapons=[W("drone", "Shahed", launched=N(15, "at_most"))], claimant="Southern Defence Forces",
      note="regional wave: 'up to 15' Shaheds (at_most) on the Odesa region overnight (parent of j05-8)"),
    E("j05-7", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(12))],
      claimant="Southern Defence Forces", note="12 of 15 shot down"),
    E("j05-8", "air_drone_strike", D, L("Bilhorod-Dnistrovskyi", 2, "Bilhorod-Dnistrovskyi district"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")], parent="j05-6", claimant="Southern Defence Forces",
      note="warehouse hit, 'No one was killed or injured' = 0/0; district named after its town = precision 2"),
    E("j05-9", "armed_group_change", None, L("Sevastopol", 2, "from Sevastopol to Novorossiysk"), "RU", None,
      prec="unknown", optional=True,
      note="landing ships moved from Sevastopol to Novorossiysk: recalled, undated -> optional, date null"),
]
STATEMENTS = [
    S("Ivan Pryhodskyi", "UA", "The enemy is again trying to hit the food export chain",
      "spokesman, Southern Defence Forces"),
]
MUST_NOT = ["UKRAINSKA LINIIA", "Ukrainian version | Русская версия | English version",
            "News  Articles  Opinions  War  Economy  Photo", "Maryna Ostapchuk — Sunday, 8 October 2023, 09:14",
            "Views: 48 210", "Read also: Ukraine's Navy: Russia keeps only one missile carrier on combat duty in the Black Sea",
            "If you notice a mistake, select the required text and press Ctrl+Enter to inform the editors.",
            "Support Ukrainska Liniia on Patreon", "Tags: Crimea, drones, Black Sea Fleet, Saky"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
