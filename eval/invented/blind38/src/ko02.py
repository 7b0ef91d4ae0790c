from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missile strike on Kryvyi Rih apartment block kills nine, officials say"
TEXT = """Skip to main content
NORTHGATE
Intelligence for decision makers
World | Business | Markets | Europe | Sustainability
Russian missile strike on Kryvyi Rih apartment block kills nine, officials say
By Dmytro Savchenko and Alicia Brandt
June 12, 2024 6:47 PM GMT+3 Updated an hour ago
KRYVYI RIH, Ukraine, June 12 (Northgate) - A Russian ballistic missile slammed into a five-storey apartment building in the central Ukrainian city of Kryvyi Rih on Wednesday, killing nine people and wounding 29, regional officials said, as rescuers searched the rubble into the evening.

The head of the city's military administration had said in the morning that four people were dead and 17 injured. The toll rose through the afternoon as emergency workers lifted concrete slabs from a collapsed section of the building, the State Emergency Service said.

Two children, aged seven and 12, were among the dead, the regional governor said on Telegram. Fourteen of the wounded remained in hospital, four of them in a serious condition.

"We heard the whistle and then everything went white with dust. I found my neighbour's boy under the balcony door," said Serhiy Kulyk, 54, a mine electrician who lives in the next building.
Rescuers carry a wounded woman out of a damaged apartment building in Kryvyi Rih, Ukraine, June 12, 2024. Northgate/Oleh Marchuk
Purchase Licensing Rights
A second missile hit an industrial enterprise on the southern edge of the city, causing a fire but no casualties, the governor said. He did not name the company.

Police have documented 143 damaged apartments so far. "People are standing in the yard with their documents and a cat in a bag, and they do not know where they will sleep tonight," said Kateryna Lysenko, a spokeswoman for the regional police.

The city's military administration declared Thursday a day of mourning.

Elsewhere in the Dnipropetrovsk region, Russian artillery and drones attacked the Nikopol district more than 20 times over the past day, the governor said. A 61-year-old man was killed in Marhanets and two women were wounded in Nikopol.

On Tuesday evening, a drone hit a car in the town of Zelenodolsk, injuring two men.

Separately, Ukraine's air force said Russia had launched 24 Shahed drones overnight at southern and eastern regions, 21 of which were shot down.

Russia, which denies targeting civilians, did not comment on the strike. Kryvyi Rih, an industrial city with a population of about 600,000 before the war, has been hit repeatedly by missiles since 2022.
Reporting by Dmytro Savchenko in Kryvyi Rih and Alicia Brandt in Kyiv; Editing by Thomas Hale
Our Standards: The Northgate Trust Principles.
"""
DOC = {"id": "ko02", "date": "2024-06-12", "source": "Northgate (international news agency)",
       "url": "https://www.northgate.example/world/europe/russian-missile-strike-kryvyi-rih-kills-nine-2024-06-12/",
       "text": TEXT}

D, Y = "2024-06-12", "2024-06-11"
EVENTS = [
    E("ko02-1", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", fat=N(9), inj=N(29),
      weapons=[W("ballistic_missile")],
      note="ballistic missile on a five-storey apartment building 'on Wednesday': the evening figures 9 killed, 29 "
           "wounded win over the morning's four and 17 (blind37 call 1)"),
    E("ko02-2", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="'A second missile hit an industrial enterprise on the southern edge of the city … no casualties': a second "
           "site with its own outcome, the city itself (an edge of the city is the city)"),
    E("ko02-3", "missile_artillery_strike", Y, L("Nikopol", 2, "Nikopol district"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"], fat=N(1), inj=N(2), weapons=[W("artillery"), W("drone")],
      note="'artillery and drones attacked the Nikopol district more than 20 times over the past day': district tally "
           "(raion = precision 2 at its town), aggregate range; both weapons -> both types"),
    E("ko02-4", "missile_artillery_strike", Y, L("Marhanets"), "RU", "UA", end=D, prec="range", parent="ko02-3",
      family=["air_drone_strike"], fat=N(1),
      note="man killed in Marhanets within the past-day tally; weapon not said for the town -> both types"),
    E("ko02-5", "missile_artillery_strike", Y, L("Nikopol"), "RU", "UA", end=D, prec="range", parent="ko02-3",
      family=["air_drone_strike"], inj=N(2), note="two women wounded in Nikopol (town) within the past-day tally"),
    E("ko02-6", "air_drone_strike", Y, L("Zelenodolsk"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="drone on a car in Zelenodolsk 'On Tuesday evening' (11 June): 2 injured"),
    E("ko02-7", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(24))],
      note="24 Shahed drones 'overnight' at southern and eastern regions: a drone wave of its own (the missile on Kryvyi "
           "Rih is not counted in it), country precision"),
    E("ko02-8", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ko02-7",
      weapons=[W("drone", intercepted=N(21))], note="'21 of which were shot down'"),
    E("ko02-9", "policy_decision", D, L("Kryvyi Rih"), "UA", None, optional=True,
      note="day of mourning declared for Thursday: a local decision about tomorrow, optional (blind21 call 1)"),
]
# Not events: the morning toll (superseded), 'hit repeatedly … since 2022' (history), Russia's denial in general,
# damaged-apartment count (part of ko02-1), the caption (repeats ko02-1).
STATEMENTS = [
    S("Serhiy Kulyk", "UA", "everything went white with dust", "resident, Kryvyi Rih"),
    S("Kateryna Lysenko", "UA", "they do not know where they will sleep tonight", "spokeswoman, regional police"),
]
MUST_NOT = ["Skip to main content", "NORTHGATE", "Intelligence for decision makers",
            "World | Business | Markets | Europe | Sustainability", "By Dmytro Savchenko and Alicia Brandt",
            "June 12, 2024 6:47 PM GMT+3 Updated an hour ago", "Purchase Licensing Rights",
            "Reporting by Dmytro Savchenko in Kryvyi Rih and Alicia Brandt in Kyiv; Editing by Thomas Hale",
            "Our Standards: The Northgate Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
