from common import E, L, R, C, N, W, S, gold

TITLE = "Death toll climbs to nine as Russian missiles tear into Odesa's port district"
TEXT = """THE WESTMINSTER HERALD
News | Sport | Business | Money | Opinion | Ukraine | Travel | Health | Culture | Puzzles
World News › Europe › Ukraine
Death toll climbs to nine as Russian missiles tear into Odesa's port district
Rescuers pulled bodies from a collapsed warehouse through the day as Moscow pressed on with its campaign against Ukraine's grain exports
By Eleanor Pryce in Odesa and Tom Waring
9 August 2023 • 7:41pm
Premium
The number of people killed by a Russian missile strike on Odesa rose to nine on Wednesday evening, after rescuers working under floodlights recovered two more bodies from the ruins of a warehouse in the port district.

At first light the city authorities had spoken of three dead. By noon the figure was six, with 29 wounded; when the regional governor gave his evening update, it stood at nine dead and 34 wounded, among them a boy of 12.

Four Kalibr cruise missiles, fired from a submarine in the Black Sea, struck the port area shortly before 5am, according to Ukraine's navy. Two of them hit a grain warehouse where the night shift was finishing; the others landed in a residential street behind it.

"The roof came down in one piece. We were pulling at it with our hands until the cranes came," said Mykola Savchuk, a loader who had left the building minutes before the first blast.

At the regional hospital, the surgeon Olena Marchuk said her team had operated through the morning. "We have had children on the table before, but never so many shrapnel wounds in one morning," she said.

Earlier in the night, Russia had sent 19 Shahed drones against the Odesa and Mykolaiv regions. The air force said 16 of them were destroyed. In Mykolaiv, wreckage of one drone smashed through the roof of a school gymnasium; there were no casualties, the mayor said.

Further east, in Kherson, a 64-year-old man was killed by Russian shelling while working in his garden on Wednesday afternoon, the regional administration reported.

Odesa has now been attacked on three nights out of the last four. On Sunday, a drone damaged a church in the historic centre and left a woman with leg injuries.

Flags in the city will fly at half-mast on Thursday.

In London, the Ministry of Defence said on Tuesday it had approved an additional £50 million for air-defence ammunition for Ukraine, money that ministers say will be spent mostly on short-range systems to protect ports.

Simon Harcourt, a maritime analyst at the Institute for Naval and Coastal Studies, said the choice of target was deliberate. "Every strike on Odesa is a message to the grain traders and the insurers, not only to Kyiv," he said.

Moscow has repeatedly said it targets only military infrastructure.
Related Topics: Russia-Ukraine war, Black Sea, Grain exports
The Westminster Herald values your comments but kindly requests all posts are on topic, constructive and respectful.
Join the conversation
"""
DOC = {"id": "kt03", "date": "2023-08-09", "source": "The Westminster Herald (British newspaper website)",
       "url": "https://www.westminsterherald.example/world-news/2023/08/09/odesa-port-missile-strike-death-toll/",
       "text": TEXT}

D, TUE, SUN = "2023-08-09", "2023-08-08", "2023-08-06"
EVENTS = [
    E("kt03-1", "missile_artillery_strike", D, L("Odesa"), "RU", "UA", fat=N(9), inj=N(34),
      weapons=[W("cruise_missile", "Kalibr", launched=N(4))],
      note="four Kalibr cruise missiles on the port area 'shortly before 5am' (Wednesday): the toll rose through the "
           "day (three, then six dead and 29 wounded) and the latest figure wins: 9 dead, 34 wounded (blind37 call 1); "
           "the warehouse and the street behind it are one attack"),
    E("kt03-2", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(19))],
      note="'Earlier in the night, Russia had sent 19 Shahed drones against the Odesa and Mykolaiv regions': a wave "
           "naming two regions -> country level (blind39 call 3); its own parent, not the Kalibr strike's"),
    E("kt03-3", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kt03-2",
      weapons=[W("drone", intercepted=N(16))], note="'16 of them were destroyed'"),
    E("kt03-4", "air_drone_strike", D, L("Mykolaiv"), "RU", "UA", parent="kt03-2", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="wreckage of a drone through a school gymnasium roof in Mykolaiv; 'there were no casualties' = 0/0"),
    E("kt03-5", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'a 64-year-old man was killed by Russian shelling … on Wednesday afternoon' in Kherson"),
    E("kt03-6", "air_drone_strike", SUN, L("Odesa"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="recalled with its day: 'On Sunday' (6 Aug; publication Wednesday 9 Aug) a drone damaged a church in the "
           "historic centre, a woman injured -> required"),
    E("kt03-7", "policy_decision", TUE, C("GB", "United Kingdom"), "GB", "UA",
      note="the MoD 'said on Tuesday it had approved an additional £50 million for air-defence ammunition': aid "
           "decision at the deciding country (precision 4; 'In London' is where it was said, not a venue)"),
]
# Not events: the earlier tolls (three dead; six dead and 29 wounded: superseded), 'three nights out of the last four'
# (tally), flags at half-mast 'on Thursday' (future), 'money that ministers say will be spent' (plan), 'Moscow has
# repeatedly said it targets only military infrastructure' (general denial), the analyst's view.
STATEMENTS = [
    S("Mykola Savchuk", "UA", "We were pulling at it with our hands until the cranes came", "loader at the Odesa port"),
    S("Olena Marchuk", "UA", "never so many shrapnel wounds in one morning", "surgeon, Odesa regional hospital"),
    S("Simon Harcourt", None, "Every strike on Odesa is a message to the grain traders and the insurers",
      "maritime analyst, Institute for Naval and Coastal Studies"),
]
MUST_NOT = ["THE WESTMINSTER HERALD", "News | Sport | Business | Money | Opinion | Ukraine | Travel | Health | Culture | Puzzles",
            "World News › Europe › Ukraine", "By Eleanor Pryce in Odesa and Tom Waring", "9 August 2023 • 7:41pm",
            "Premium", "Related Topics: Russia-Ukraine war, Black Sea, Grain exports",
            "The Westminster Herald values your comments but kindly requests all posts are on topic, constructive and "
            "respectful.",
            "Join the conversation"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
