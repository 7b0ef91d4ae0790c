from common import E, L, R, C, N, W, S, gold

TITLE = "Night drones on Chernihiv, mortar fire on Semenivka: what happened in the region"
TEXT = """СІВЕРСЬКІ ВІСТІ
Siverski Visti · Chernihiv region news in English
Chernihiv · Region · Border · Economy · Culture
Night drones on Chernihiv, mortar fire on Semenivka: what happened in the region
16 April 2025 · 3 hrs ago
Several Russian attack drones struck an infrastructure facility in Chernihiv at around 3 a.m., the head of the city military administration said. Firefighters needed two hours to put out the blaze. Nobody was killed or injured, but some 4,500 households in the Novozavodskyi district were without electricity until the morning.

Along the border, in the town of Semenivka in the Novhorod-Siverskyi district, Russian mortar fire on Tuesday evening wounded a 71-year-old woman who was working in her garden. She is in hospital, her condition described as moderate.
Subscribe to our Telegram channel: t.me/siverski_visti_news
Near Hremiach, on Tuesday night, Russian saboteurs – a sabotage-and-reconnaissance unit, in the border guards' terms – attempted to slip across the border. Border guards opened fire, and the group withdrew into Russian territory, the State Border Guard Service said. There were no losses on the Ukrainian side.

"They test the same stretch of forest every few weeks. Each time they find us waiting," said Serhii Hnatenko, a spokesman for the border detachment.

Residents of the border hromadas are again being urged to register for evacuation; 68 people, including 12 children, have left since the start of April.
Tags: #Chernihiv #Semenivka #Hremiach #border
Author: Oksana Lytvyn
Donate: support independent regional journalism — our monobank jar is open
"""
DOC = {"id": "lb17", "date": "2025-04-16", "source": "Siverski Visti (Ukrainian regional news site, English edition)",
       "url": "https://siverskivisti.example/en/2025/04/16/night-drones-chernihiv-semenivka", "text": TEXT}

D = "2025-04-16"
TUE = "2025-04-15"
EVENTS = [
    E("lb17-1", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Several Russian attack drones struck an infrastructure facility in Chernihiv at around 3 a.m.",
      note="drones on an infrastructure facility in Chernihiv 'at around 3 a.m.' (Wednesday page -> Wednesday); "
           "'Nobody was killed or injured' = 0/0"),
    E("lb17-2", "infrastructure_disruption", D, L("Chernihiv"), "RU", "UA", parent="lb17-1",
      evidence="some 4,500 households in the Novozavodskyi district were without electricity until the morning",
      note="outage in the Novozavodskyi district (= the city) after the strike"),
    E("lb17-3", "missile_artillery_strike", TUE, L("Semenivka"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      evidence="Russian mortar fire on Tuesday evening wounded a 71-year-old woman",
      note="mortar fire on Semenivka 'on Tuesday evening' (15 Apr): 1 wounded; Semenivka 694590 of Chernihiv oblast "
           "(Novhorod-Siverskyi district), not the Poltava, Zaporizhzhia, Mykolaiv or Kherson homonyms; mortar = "
           "artillery"),
    E("lb17-4", "armed_clash", TUE, L("Hremiach", 2, "border near Hremiach"), "RU", "UA",
      evidence="Near Hremiach, on Tuesday night, Russian saboteurs",
      note="sabotage group's attempted crossing 'on Tuesday night' fought off by border guards: a cross-border raid = "
           "clash of the raiding side at precision 2 (blind41 call 5); 'no losses on the Ukrainian side' is one side "
           "only -> no count"),
]
# Not events: 'They test the same stretch of forest every few weeks' (habit), the evacuation appeal and '68 people …
# since the start of April' (ongoing tally).
STATEMENTS = [
    S("Serhii Hnatenko", "UA", "Each time they find us waiting", "spokesman, border detachment"),
]
MUST_NOT = ["СІВЕРСЬКІ ВІСТІ", "Siverski Visti · Chernihiv region news in English",
            "Chernihiv · Region · Border · Economy · Culture", "16 April 2025 · 3 hrs ago",
            "Subscribe to our Telegram channel: t.me/siverski_visti_news", "Tags: #Chernihiv #Semenivka #Hremiach #border",
            "Author: Oksana Lytvyn", "Donate: support independent regional journalism — our monobank jar is open"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
