from common import E, L, R, C, N, W, S, gold

TITLE = "Occupied south: volunteers seized in Skadovsk, a collaborator's car blown up in Melitopol"
TEXT = """TAVRIA REALITIES
Crimea | Kherson region | Zaporizhzhia region | Opinion | Video
Українською | Русский | English
Occupied south: volunteers seized in Skadovsk, a collaborator's car blown up in Melitopol
August 17, 2022 11:36
By Olena Marchenko
Comments 4
Russian soldiers detained two local volunteers in Skadovsk on Monday, their relatives told Tavria Realities. Nothing has been heard since from the two men, who had been delivering medicines to elderly residents of the town.

"They came at six in the morning, in balaclavas, and took them together with the car and the boxes of insulin," said the sister of one of the men, who asked to be identified only by her first name, Nadiia.

In Melitopol, the car of the Russian-installed deputy head of the district administration exploded on Tuesday morning as he was about to get into it. He was taken to hospital with leg wounds, the occupation authorities said, blaming "Ukrainian terrorists". Melitopol's mayor, who has worked from Zaporizhzhia since the city was occupied, called the blast "the work of our resistance".

"Whoever stands behind this will be found, and quickly," said Andrei Shestak, a spokesman for the Russian-installed administration.

Partisans of the Synia Rika movement said they had blown up a railway bridge near Tokmak on Sunday night, halting trains that carry fuel and ammunition to the front. Occupation officials did not comment.

"Every train that does not reach the front is a day of life for our soldiers near Zaporizhzhia," the movement wrote on its Telegram channel.

In Kherson, about twenty residents gathered outside the occupation administration building on Tuesday, demanding news of detained relatives. Russian Guardsmen dispersed them with stun grenades and detained three people, witnesses said.

Overnight, shells landed in Enerhodar, killing one man and damaging a power line that feeds the town next to the nuclear plant. The Russian-installed administration blamed Ukrainian artillery; Ukraine's military said Russian forces had fired on the town themselves to discredit Kyiv.

Ukraine's southern command said its missile and artillery units had hit an ammunition depot in Nova Kakhovka on Monday. Secondary explosions went on for about two hours, residents wrote on social media.

"The occupiers should not feel at home anywhere on the left bank," said Larysa Ostapchuk, a spokeswoman for the southern command.

Russian-installed officials announced on Monday that a "referendum" on joining Russia would be held in the autumn. More than 500 residents of the Kherson region have been abducted since March, according to the regional prosecutor's office.

Tips: write to our secure bot @tavria_tips_example
Tavria Realities is a project of an independent public broadcaster.
"""
DOC = {"id": "kw11", "date": "2022-08-17", "source": "Tavria Realities (Ukrainian site on the occupied south, English)",
       "url": "https://tavriarealities.example/en/skadovsk-volunteers-melitopol-car-bomb/31991405.html", "text": TEXT}

D, TUE, MON, SUN = "2022-08-17", "2022-08-16", "2022-08-15", "2022-08-14"
EVENTS = [
    E("kw11-1", "abduction", MON, L("Skadovsk"), "RU", "UA", family=["arrest"],
      note="'Russian soldiers detained two local volunteers in Skadovsk on Monday' (15 Aug), whereabouts unknown: "
           "detention of civilians by occupation forces = abduction (arrest accepted, blind38 call 6)"),
    E("kw11-2", "remote_explosive", TUE, L("Melitopol"), "UA", "RU", inj=N(1),
      note="car of the Russian-installed deputy district head 'exploded on Tuesday morning' (16 Aug), one wounded: car "
           "bomb; the mayor calls it 'the work of our resistance' -> UA->RU (blind38 call 6)"),
    E("kw11-3", "remote_explosive", SUN, L("Tokmak", 2, "railway bridge near Tokmak"), "UA", "RU",
      family=["looting_destruction"], claimant="Synia Rika partisan movement",
      note="partisans 'had blown up a railway bridge near Tokmak on Sunday night' (14 Aug): sabotage by explosives = "
           "remote_explosive UA (blind41 call 6), near X = precision 2"),
    E("kw11-4", "infrastructure_disruption", SUN, L("Tokmak", 2, "railway near Tokmak"), "UA", "RU", parent="kw11-3",
      optional=True, note="'halting trains that carry fuel and ammunition': the partisans' claim only -> optional"),
    E("kw11-5", "protest", TUE, L("Kherson"), "UA", "RU", family=["arrest"],
      note="about twenty residents outside the occupation administration 'on Tuesday' (16 Aug), dispersed with stun "
           "grenades, three detained: protest with intervention by Russian forces"),
    E("kw11-6", "arrest", TUE, L("Kherson"), "RU", "UA", family=["abduction"], optional=True,
      note="the three detentions at the Kherson protest: carried by kw11-5, optional"),
    E("kw11-7", "missile_artillery_strike", D, L("Enerhodar"), None, "UA", fat=N(1), weapons=[W("artillery")],
      note="'Overnight, shells landed in Enerhodar, killing one man' (Wednesday page); each side blames the other -> "
           "mutual blame, actor1 null (blind37 kn14-5); the damaged power line is part of it"),
    E("kw11-8", "missile_artillery_strike", MON, L("Nova Kakhovka"), "UA", "RU",
      weapons=[W("missile"), W("artillery")], claimant="Ukrainian southern command",
      note="'its missile and artillery units had hit an ammunition depot in Nova Kakhovka on Monday' (15 Aug)"),
]
# Not events: the 'referendum' that 'would be held in the autumn' (plan), 'More than 500 residents … abducted since
# March' (tally), 'Occupation officials did not comment' (negation), the mayor 'has worked from Zaporizhzhia since the
# city was occupied' (background), the residents' posts about secondary explosions (part of kw11-8).
STATEMENTS = [
    S("Andrei Shestak", "RU", "Whoever stands behind this will be found",
      "spokesman, Russian-installed administration of Melitopol"),
    S("Synia Rika partisan movement", "UA", "Every train that does not reach the front is a day of life",
      "Ukrainian partisan movement"),
    S("Larysa Ostapchuk", "UA", "The occupiers should not feel at home anywhere on the left bank",
      "spokeswoman, Ukrainian southern command"),
]
# Not gold: 'Nadiia' (first name only), the occupation authorities' 'Ukrainian terrorists' and the mayor's 'the work
# of our resistance' (a term and a title-only speaker).
MUST_NOT = ["TAVRIA REALITIES", "Crimea | Kherson region | Zaporizhzhia region | Opinion | Video",
            "Українською | Русский | English", "August 17, 2022 11:36", "By Olena Marchenko", "Comments 4",
            "Tips: write to our secure bot @tavria_tips_example",
            "Tavria Realities is a project of an independent public broadcaster."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
