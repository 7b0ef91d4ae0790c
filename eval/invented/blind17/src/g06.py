from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war: Millions without power after Russian missiles hit grid"
TEXT = """WBN  Home  News  Sport  Weather  Worklife  Travel
World | Europe section
Ukraine war: Millions without power after Russian missiles hit grid
29 November 2022
Share this page
By Nadia Orlova in Kyiv & Simon Pike in London
WBN News
Image caption, Residents of Kyiv queue to fill bottles at a water pump on Tuesday afternoon
Large parts of Ukraine were plunged into darkness on Tuesday after Russia fired a fresh barrage of missiles at the country's energy infrastructure, the sixth such wave since October.

Ukraine's military said more than 60 cruise missiles had been launched from strategic bombers over the Caspian Sea and from ships in the Black Sea, and that 51 had been shot down.

In Kyiv, two people were killed when a missile hit a residential building in the Desnianskyi district, the city's mayor said. About 70% of the capital was left without electricity by early afternoon, and water supply stopped on the left bank of the Dnipro river, he added.

The state grid operator ordered emergency shutdowns in the Kyiv, Kharkiv, Sumy, Zhytomyr and Poltava regions, and warned that rolling blackouts of up to 12 hours a day would apply across the country from this evening.

"The system is balanced, but only just. Every new hit takes days to repair, and we are running out of spare transformers," said Viktor Lutsenko, chief dispatcher of the grid operator.

In the north-eastern city of Kharkiv, "critical infrastructure" was struck twice in the morning, the regional governor said, without specifying the type of weapon. The city's metro stopped running and trolleybuses were replaced by diesel buses.

Image caption, Emergency workers at the site of the strike in Kyiv's Desnianskyi district

The combined heat and power plant in the central city of Kremenchuk was hit by two missiles and is out of operation, local officials said, leaving about 45,000 households without heating as night-time temperatures hover around freezing. Nobody was injured there.

In the west, the Burshtyn thermal power plant in the Ivano-Frankivsk region was damaged. There was no information about casualties.

What is behind Russia's attacks on the grid?
Moscow says it targets facilities that serve Ukraine's military, but Western governments have accused it of trying to make civilians suffer through the winter. Russia's defence ministry said on Tuesday that "all assigned targets" had been hit.

Ukraine has received generators and spare parts from several European countries, but officials say it is not enough. In the capital, hundreds of heated "invincibility points" have been opened where people can charge phones and get warm.

Related Topics
Conflict in Ukraine
Electricity
More on this story
Why is Russia attacking Ukraine's power stations?
Published 3 days ago
"""
DOC = {"id": "g06", "date": "2022-11-29", "source": "WBN News (broadcaster site)",
       "url": "https://www.wbn.example/news/world-europe-63811204", "text": TEXT}

D = "2022-11-29"
EVENTS = [
    E("g06-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(60, "at_least"))], claimant="Ukrainian military",
      note="wave of 'more than 60 cruise missiles' (at_least); no nationwide casualty total"),
    E("g06-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("cruise_missile", intercepted=N(51))],
      parent="g06-1", note="51 of them shot down"),
    E("g06-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Desnianskyi district)"), "RU", "UA", fat=N(2),
      weapons=[W("cruise_missile")], parent="g06-1",
      note="missile on a residential building, two killed (the caption repeats the place); injured not stated"),
    E("g06-4", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="g06-1",
      note="70% of the capital without electricity, water stopped on the left bank: one city disruption"),
    E("g06-5", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="g06-1",
      family=["policy_decision"],
      note="emergency shutdowns in five listed regions + rolling blackouts 'from this evening' (the same day): one "
           "country-level disruption (earlier sets' convention)"),
    E("g06-6", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", family=["air_drone_strike"], parent="g06-1",
      note="'without specifying the type of weapon' (rule 4: other strike type accepted); struck twice in the "
           "morning = one event at one place"),
    E("g06-7", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="g06-1",
      note="metro stopped running after the strikes"),
    E("g06-8", "missile_artillery_strike", D, L("Kremenchuk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", launched=N(2))], parent="g06-1",
      note="CHP hit by two missiles (passive); 'Nobody was injured there' = 0/0; plant coded to the town"),
    E("g06-9", "infrastructure_disruption", D, L("Kremenchuk"), "RU", "UA", parent="g06-1",
      note="45,000 households without heating"),
    E("g06-10", "missile_artillery_strike", D, L("Burshtyn"), "RU", "UA", family=["air_drone_strike"], parent="g06-1",
      note="agentless 'was damaged' inside the report of the missile wave: RU, missile (the wave is missiles only) "
           "with drone accepted; casualties unknown = absent"),
]
STATEMENTS = [
    S("Viktor Lutsenko", "UA", "we are running out of spare transformers", "chief dispatcher of the grid operator"),
]
MUST_NOT = ["WBN  Home  News  Sport  Weather  Worklife  Travel", "World | Europe section", "29 November 2022", "Share this page",
            "By Nadia Orlova in Kyiv & Simon Pike in London", "WBN News", "Related Topics", "Conflict in Ukraine", "Electricity",
            "More on this story", "Why is Russia attacking Ukraine's power stations?", "Published 3 days ago"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
