from common import E, L, R, C, N, W, S, gold

TITLE = "Russians advance near Kurakhove, Ukrainian troops pull back from Kurakhivka"
TEXT = """DZVIN
УКР | ENG
News | War | Politics | Economy | Opinion | Special projects
Russians advance near Kurakhove, Ukrainian troops pull back from Kurakhivka
Wednesday, 20 November 2024, 15:04
Author: Mariia Tkach
Russian forces have advanced about one and a half kilometres south-east of Kurakhove over the past day, and Ukrainian units have pulled back from the village of Kurakhivka to avoid being encircled, a spokesman for a mechanised brigade fighting in the area said on Wednesday.

"In Kurakhivka we were holding a line of ruins. On Tuesday night we received the order and left in small groups, and nobody was left behind," Captain Ivan Sekach told Dzvin. "The Russians paid for every one of those houses. They attack in armoured columns of ten or twelve vehicles, and we burn them, but the next day they come again."

According to Ukraine's General Staff, there were 183 combat clashes along the front over the past day. The heaviest fighting was on the Kurakhove axis, where Ukrainian defenders repelled Russian assaults near Kostiantynopil, Kurakhove and Sontsivka, and on the Pokrovsk axis, where attacks were repelled near Shevchenko and Pokrovsk.

On Tuesday, Russia's defence ministry claimed that its troops had "liberated" Sontsivka. The General Staff did not confirm the loss of the village, saying on Wednesday that fighting near Sontsivka was still going on.
Advertisement:
Near Pokrovsk, soldiers of a Ukrainian assault battalion drove Russian infantry out of a forest belt near the village of Shevchenko on Wednesday morning and took two prisoners, the Khortytsia operational-strategic group said.

"The enemy is trying to reach the road between Pokrovsk and Kurakhove from the south. Every metre of that road is under our drones now," said Denys Hlushko, a spokesman for the group.

In Velyka Novosilka, further south, a Russian guided aerial bomb hit a house on Wednesday morning, killing a 64-year-old man, the Donetsk regional governor said. Fewer than 500 residents remain in the town.

Russian troops have been pressing towards Kurakhove from three sides since early October and have taken several villages on the shore of the reservoir. Military observers say the town could come under threat of encirclement within weeks if Ukrainian reinforcements do not arrive.
Support Dzvin: become a patron of independent journalism
Read also: "They are waiting for winter": why Russia is hitting gas production
Tags: Kurakhove, Pokrovsk, General Staff, front line
"""
DOC = {"id": "ko06", "date": "2024-11-20", "source": "Dzvin (Ukrainian national news site, English version)",
       "url": "https://www.dzvin.example/eng/news/2024/11/20/7484210/", "text": TEXT}

D, Y = "2024-11-20", "2024-11-19"
EVENTS = [
    E("ko06-1", "territory_change", Y, L("Kurakhove", 2, "south-east of Kurakhove"), "RU", "UA", end=D, prec="range",
      family=["armed_clash"],
      note="Russian advance of 'about one and a half kilometres south-east of Kurakhove over the past day': "
           "territory_change of the advancing side near the town (precision 2), past-day range"),
    E("ko06-2", "territory_change", Y, L("Kurakhivka"), "RU", "UA", family=["armed_clash"],
      note="Ukrainian units 'pulled back from the village of Kurakhivka', left 'On Tuesday night' (19 Nov): withdrawal = "
           "territory_change of the advancing side (blind37 call 6)"),
    E("ko06-3", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      note="'183 combat clashes along the front over the past day': General Staff daily tally, aggregate at country "
           "precision, past-day range"),
    E("ko06-4", "armed_clash", Y, L("Kostiantynopil", 2, "near Kostiantynopil"), "RU", "UA", end=D, prec="range",
      parent="ko06-3", note="'repelled Russian assaults near Kostiantynopil, Kurakhove and Sontsivka': one clash per "
                            "place, near X = precision 2, past-day range"),
    E("ko06-5", "armed_clash", Y, L("Kurakhove", 2, "near Kurakhove"), "RU", "UA", end=D, prec="range",
      parent="ko06-3", note="same list: near Kurakhove"),
    E("ko06-6", "armed_clash", Y, L("Sontsivka", 2, "near Sontsivka"), "RU", "UA", end=D, prec="range",
      parent="ko06-3", note="same list: near Sontsivka; the General Staff's 'fighting near Sontsivka was still going on' "
                            "said on Wednesday is the same clash continuing (date within the range)"),
    E("ko06-7", "armed_clash", Y, L("Shevchenko", 2, "near Shevchenko"), "RU", "UA", end=D, prec="range",
      parent="ko06-3", note="Pokrovsk axis: 'attacks were repelled near Shevchenko and Pokrovsk' (Donetsk-oblast "
                            "Shevchenko near Pokrovsk, geonameid 694167)"),
    E("ko06-8", "armed_clash", Y, L("Pokrovsk", 2, "near Pokrovsk"), "RU", "UA", end=D, prec="range",
      parent="ko06-3", note="same list: near Pokrovsk"),
    E("ko06-9", "territory_change", Y, L("Sontsivka"), "RU", "UA",
      claimant="Russian defence ministry; denied by the General Staff",
      note="MoD 'On Tuesday' claimed to have 'liberated' Sontsivka; Kyiv did not confirm -> the capture claim is still "
           "required, dated the claim day (blind37 call 6)"),
    E("ko06-10", "territory_change", D, L("Shevchenko", 2, "forest belt near Shevchenko"), "UA", "RU",
      family=["armed_clash"],
      note="Ukrainian battalion 'drove Russian infantry out of a forest belt near the village of Shevchenko on "
           "Wednesday morning' and took prisoners: ground regained by UA, clash accepted"),
    E("ko06-11", "air_drone_strike", D, L("Velyka Novosilka"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="guided aerial bomb on a house 'on Wednesday morning': 1 killed"),
]
# Not events: 'pressing towards Kurakhove … since early October' and villages taken on the reservoir (undated
# background), 'could come under threat of encirclement within weeks if …' (conditional forecast), 'Every metre … is
# under our drones' (stance), 'Fewer than 500 residents remain' (state), armoured columns 'attack … and we burn them'
# (habitual), the 'Read also' headline (furniture).
STATEMENTS = [
    S("Ivan Sekach", "UA", "we received the order and left in small groups", "spokesman, mechanised brigade"),
    S("Denys Hlushko", "UA", "Every metre of that road is under our drones now",
      "spokesman, Khortytsia operational-strategic group"),
]
MUST_NOT = ["DZVIN", "УКР | ENG", "News | War | Politics | Economy | Opinion | Special projects",
            "Wednesday, 20 November 2024, 15:04", "Author: Mariia Tkach", "Advertisement:",
            "Support Dzvin: become a patron of independent journalism",
            'Read also: "They are waiting for winter": why Russia is hitting gas production',
            "Tags: Kurakhove, Pokrovsk, General Staff, front line"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
