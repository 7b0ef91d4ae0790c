from common import E, L, R, C, N, W, S, gold

TITLE = "Death toll from Russian missile strike on Zaporizhzhia apartment block rises to eight"
TEXT = """Skip to main content
HARBOURLINE
Exclusive news, data and analytics for financial market professionals
World / Europe
Death toll from Russian missile strike on Zaporizhzhia apartment block rises to eight
By Oksana Dremliuha
October 6, 2023 4:52 PM GMT+3 Updated 2 hours ago
Rescuers work at the site of a residential building hit by a Russian missile in Zaporizhzhia, Ukraine, October 6, 2023.
Harbourline/Dmytro Sydor
Purchase Licensing Rights
KYIV, Oct 6 (Harbourline) - The death toll from a Russian missile strike on a nine-storey apartment building in the southeastern Ukrainian city of Zaporizhzhia overnight rose to eight on Friday, regional officials said, as rescuers searched the rubble for more people.

Twenty-three people, including three children, were wounded, the regional governor said in an update in the afternoon. In the morning, officials had reported four dead and 15 wounded.

Ivan Lytvyn, a spokesman for the regional military administration, said Russia had used S-300 missiles, which were designed as air defence weapons but have been repurposed for ground attacks. "Two missiles hit the entrance closest to the road. Two whole stairwells collapsed onto the basement," Lytvyn told Harbourline.

Emergency workers used cranes to lift concrete slabs through the morning. A 76-year-old man was pulled out alive shortly before noon.

"We knew the sound. Everybody in this city knows it. But there was no siren before the first one," said Olena Hrytsai, 35, who lives in the next building.

The regional governor said Russian forces had carried out 96 attacks on 21 towns and villages of the Zaporizhzhia region over the previous day, including artillery fire on Orikhiv and Huliaipole, where a man was killed on Thursday. Harbourline could not independently verify the reports.

The Russian-installed authorities in the occupied part of the region said a Ukrainian drone had struck an administrative building in Enerhodar on Thursday, wounding two employees. They did not provide evidence.

The Kremlin did not comment on the Zaporizhzhia strike. Moscow denies targeting civilians, although thousands have been killed since it launched its full-scale invasion in February 2022.

Zaporizhzhia, which had a pre-war population of about 710,000, lies some 35 km from the front line and has been hit regularly by missiles and drones.
Reporting by Oksana Dremliuha in Kyiv; Additional reporting by Felix Hartmann in Berlin; Editing by Tom Ashcombe
Our Standards: The Harbourline Trust Principles.
"""
DOC = {"id": "kn02", "date": "2023-10-06", "source": "Harbourline (international wire)",
       "url": "https://harbourline.example/world/europe/death-toll-russian-missile-strike-zaporizhzhia-rises-eight-2023-10-06/",
       "text": TEXT}

D, Y = "2023-10-06", "2023-10-05"
EVENTS = [
    E("kn02-1", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(8), inj=N(23),
      weapons=[W("missile", "S-300")],
      note="S-300 missiles on a nine-storey building 'overnight' (Friday report): toll rose through the day, the "
           "afternoon update (8 killed, 23 wounded) replaces the morning's 4/15; the caption repeats this event"),
    E("kn02-2", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      note="'96 attacks on 21 towns and villages … over the previous day': required aggregate range (attack counts are "
           "not munitions, blind28 call 4); no casualty total for the region is given"),
    E("kn02-3", "missile_artillery_strike", Y, L("Orikhiv"), "RU", "UA", parent="kn02-2",
      note="artillery fire on Orikhiv within the past-day tally; the man killed 'on Thursday' is tied to the pair "
           "Orikhiv/Huliaipole without saying which -> no count; dated Thursday (the sentence's day)"),
    E("kn02-4", "missile_artillery_strike", Y, L("Huliaipole"), "RU", "UA", parent="kn02-2",
      note="artillery fire on Huliaipole, same sentence; counts not attributable to one place"),
    E("kn02-5", "air_drone_strike", Y, L("Enerhodar"), "UA", None, inj=N(2), weapons=[W("drone")],
      claimant="Russian-installed authorities",
      note="occupation authorities' claim: Ukrainian drone on an administrative building in Enerhodar 'on Thursday', "
           "2 wounded; actor2 null for an occupied town (blind26 call 4)"),
]
# Not events: 'A 76-year-old man was pulled out alive' (rescue, part of kn02-1), 'has been hit regularly' (habitual),
# 'since it launched its full-scale invasion in February 2022' (history), the Kremlin's silence and denial.
STATEMENTS = [
    S("Ivan Lytvyn", "UA", "Two whole stairwells collapsed onto the basement",
      "spokesman, Zaporizhzhia regional military administration"),
    S("Olena Hrytsai", "UA", "there was no siren before the first one", "resident"),
]
MUST_NOT = ["Skip to main content", "HARBOURLINE", "Exclusive news, data and analytics for financial market professionals",
            "World / Europe", "By Oksana Dremliuha", "October 6, 2023 4:52 PM GMT+3 Updated 2 hours ago",
            "Harbourline/Dmytro Sydor", "Purchase Licensing Rights",
            "Reporting by Oksana Dremliuha in Kyiv; Additional reporting by Felix Hartmann in Berlin; Editing by Tom Ashcombe",
            "Our Standards: The Harbourline Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
