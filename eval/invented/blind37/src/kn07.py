from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine pulls back in Vovchansk as Russia presses Kharkiv offensive"
TEXT = """AEP — Agence Européenne de Presse
EN | FR | DE | ES
Europe | World | Economy | Sport | Culture
Ukraine pulls back in Vovchansk as Russia presses Kharkiv offensive
Published on 16/05/2024 - 15:42
Modified: 16/05/2024 - 18:10
Reading time 3 min
Kyiv (AEP) - Ukrainian troops have pulled back from several positions in the centre of the border town of Vovchansk, the army said Thursday, a week after Russia launched a new ground offensive in the northeastern Kharkiv region.

Units had "moved to more advantageous positions" in parts of the town on Wednesday to save soldiers' lives, said Vadym Hrechko, a spokesman for the Kharkiv operational group. "Street fighting continues in Vovchansk. The enemy uses small assault groups and throws them forward regardless of losses," he said on Thursday.

Russia's defence ministry said on Thursday that its forces had "liberated" the village of Ternova, about 20 kilometres west of Vovchansk. Kyiv did not confirm the loss.

Ukraine's general staff said its forces had repelled Russian assaults near the villages of Lyptsi and Strilecha over the past day.

In Kharkiv, the region's main city, a Russian guided bomb struck a park and a residential area late on Wednesday, injuring five people, the regional governor said.

"We left with two bags and the cat. The shelling did not stop for a minute, day and night," said Hanna Korniienko, 68, who was evacuated from Vovchansk to Kharkiv.

Across the border, the governor of Russia's Belgorod region said Ukrainian shelling killed a man in the town of Shebekino on Wednesday.

Analysts say Moscow aims to create a buffer zone to push Ukrainian artillery out of range of Belgorod rather than capture Kharkiv, Ukraine's second-largest city, which lies about 30 kilometres south of the border.

"They do not have the forces for Kharkiv. What they want is to stretch our reserves before the summer," said Oleksandr Pavliuk, a military analyst at the Kyiv Centre for Defence Studies.

More than 8,000 civilians have been evacuated from the border areas of the Kharkiv region since the offensive began.
bur-os/tpr/jk
© 2024 AEP
"""
DOC = {"id": "kn07", "date": "2024-05-16", "source": "AEP — Agence Européenne de Presse (European wire agency)",
       "url": "https://www.aep-news.example/en/europe/20240516-ukraine-pulls-back-in-vovchansk", "text": TEXT}

D, Y = "2024-05-16", "2024-05-15"
EVENTS = [
    E("kn07-1", "territory_change", Y, L("Vovchansk"), "RU", "UA", family=["armed_clash"],
      note="Ukrainian troops 'pulled back from several positions in the centre' of Vovchansk, 'moved to more "
           "advantageous positions … on Wednesday': a withdrawal = territory_change of the advancing side (blind35 call 1)"),
    E("kn07-2", "armed_clash", D, L("Vovchansk"), "RU", "UA",
      note="'Street fighting continues in Vovchansk' said on Thursday: clash dated the statement day, RU attacking"),
    E("kn07-3", "territory_change", D, L("Ternova"), "RU", "UA",
      note="Russian MoD: forces 'liberated' Ternova, claim made 'on Thursday'; Kyiv did not confirm -> still a required "
           "capture claim dated the claim day (blind16 call 6)"),
    E("kn07-4", "armed_clash", Y, L("Lyptsi", 2, "near Lyptsi"), "RU", "UA", end=D, prec="range",
      note="'repelled Russian assaults near … Lyptsi … over the past day': clash, attacker RU, near X = precision 2"),
    E("kn07-5", "armed_clash", Y, L("Strilecha", 2, "near Strilecha"), "RU", "UA", end=D, prec="range",
      note="same sentence, near Strilecha"),
    E("kn07-6", "air_drone_strike", Y, L("Kharkiv"), "RU", "UA", inj=N(5), weapons=[W("guided_bomb")],
      note="guided bomb on a park and residential area in Kharkiv 'late on Wednesday': 5 injured"),
    E("kn07-7", "missile_artillery_strike", Y, L("Shebekino"), "UA", "RU", fat=N(1),
      note="Belgorod governor: Ukrainian shelling killed a man in Shebekino 'on Wednesday'"),
]
# Not events: 'a week after Russia launched a new ground offensive' (recalled without a day), the evacuations
# 'since the offensive began' (tally of a movement, not an incident), analysts' view of Moscow's aims, the 'buffer zone'.
STATEMENTS = [
    S("Vadym Hrechko", "UA", "The enemy uses small assault groups and throws them forward regardless of losses",
      "spokesman, Kharkiv operational group"),
    S("Hanna Korniienko", "UA", "We left with two bags and the cat", "evacuee from Vovchansk"),
    S("Oleksandr Pavliuk", None, "They do not have the forces for Kharkiv",
      "military analyst, Kyiv Centre for Defence Studies"),
]
MUST_NOT = ["AEP — Agence Européenne de Presse", "EN | FR | DE | ES", "Europe | World | Economy | Sport | Culture",
            "Published on 16/05/2024 - 15:42", "Modified: 16/05/2024 - 18:10", "Reading time 3 min", "bur-os/tpr/jk",
            "© 2024 AEP"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
