from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Missile strike on Dnipro: death toll rises to five"
TEXT = """ОБРІЙ · OBRII TV
Dnipro regional television
LIVE | News | Region | Front line | Video | TV schedule | UA / EN
This site uses cookies. By continuing to browse, you agree to their use. OK
Watch the Obrii TV broadcast live, around the clock
News › Dnipro
Missile strike on Dnipro: death toll rises to five
Text: Valeriia Kobzar · Camera: Denys Ilchuk
28.06.2024 | 09:12 | updated 18:41
👁 14 382
The number of people killed by this morning's Russian missile strike on Dnipro has risen to five, among them a nine-year-old boy. Thirty-four people were injured, and 19 of them remain in hospital, the regional military administration's head said in an evening post.

The missile came down at about 08:40 in the courtyard between two nine-storey apartment buildings in the Sobornyi district, at the hour when residents leave for work. It was an Iskander-M ballistic missile, according to the Air Force.

The blast wave blew out windows in a school and a children's clinic across the road; twelve cars burned in the courtyard. A gas pipeline was also damaged, and about 3,200 families in the district will stay without gas until repairs are finished, the city gas company said.
▶ VIDEO: The courtyard in the Sobornyi district after the strike (2:41)
Photo: Obrii TV / Denys Ilchuk
How the figures changed during the day:

09:30. Preliminary information: two people killed, 15 injured. State Emergency Service rescuers are dismantling the rubble of a destroyed entrance.

12:05. Rescuers have recovered another body. Three dead and 21 injured, the city's mayor wrote.

18:30. The head of the regional military administration: five dead, 34 injured. The search operation is over.

"He was waiting at the bus stop with his grandmother. Both were brought to us, and we could not save the boy," said Oleksandr Hubenko, a surgeon at the regional children's hospital.

"At first I thought a gas cylinder had exploded in the yard. Then I looked out and the whole entrance next door was gone," said Liudmyla Sahaidak, who lives on the fifth floor of the neighbouring building.

Elsewhere in the region the night was not quiet either. The Russian army shelled the Nikopol district with heavy artillery: Marhanets and the Pokrov hromada were under fire. In Marhanets, a 56-year-old man was wounded; in the Pokrov hromada, a farm building and a power line were damaged. During the night, air defence forces destroyed two drones over the Synelnykove district.

Late on Thursday evening, a kamikaze drone hit an agricultural enterprise in the Pavlohrad district. No one was injured, but two grain warehouses burned down.

It was the second Russian strike on Dnipro this week. On Tuesday, a drone hit an industrial enterprise in the Samarskyi district, injuring two workers.

The city will observe a day of mourning on Saturday, 29 June.
Read also: Where to find shelter in Dnipro: a map of the city's bomb shelters
Subscribe to Obrii TV on Telegram and Viber
#Dnipro #missile_strike #Nikopol_district #Obrii_news
Comments (27)
© 2024 TRK Obrii. Reprinting is allowed only with an active link to obrii.tv
"""
DOC = {"id": "lj02", "date": "2024-06-28", "source": "Obrii TV (Ukrainian regional television site, Dnipro, English page)",
       "url": "https://obrii.tv.example/en/news/dnipro/2024/06/28/raketnyi-udar-po-dnipru", "text": TEXT}

D, THU, TUE = "2024-06-28", "2024-06-27", "2024-06-25"
EVENTS = [
    E("lj02-1", MAS, D, L("Dnipro"), "RU", "UA", fat=N(5), inj=N(34), weapons=[W("ballistic_missile", "Iskander-M")],
      claimant="head of the Dnipropetrovsk regional military administration",
      evidence="The missile came down at about 08:40 in the courtyard between two nine-storey apartment buildings in the "
               "Sobornyi district",
      note="'this morning's Russian missile strike on Dnipro' at about 08:40 (a Friday page -> 28 Jun); Iskander-M per "
           "the Air Force; the toll rises through the page (09:30 two killed 15 injured, 12:05 three and 21, 18:30 five "
           "and 34) -> the latest figures 5 k 34 w (blind49 call 4); the timed lines are stages of this event, not events; "
           "the Sobornyi district is the city"),
    E("lj02-2", DIS, D, L("Dnipro"), "RU", "UA", parent="lj02-1",
      evidence="about 3,200 families in the district will stay without gas until repairs are finished",
      note="a gas pipeline damaged by the blast, 'about 3,200 families … without gas': an outage caused by lj02-1"),
    E("lj02-3", MAS, D, L("Marhanets"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      evidence="In Marhanets, a 56-year-old man was wounded",
      note="'the night' before a Friday-morning page -> 28 Jun; 'shelled the Nikopol district with heavy artillery: "
           "Marhanets …': one wounded; deaths not stated"),
    E("lj02-4", MAS, D, H("Pokrov", "Pokrov hromada"), "RU", "UA", weapons=[W("artillery")],
      evidence="in the Pokrov hromada, a farm building and a power line were damaged",
      note="the second place of the same night's artillery fire: a hromada named after its centre -> precision 2; only "
           "damage reported (no casualty figure: absent)"),
    E("lj02-5", INT, D, H("Synelnykove", "Synelnykove district"), "UA", "RU", weapons=[W("drone", intercepted=N(2))],
      evidence="During the night, air defence forces destroyed two drones over the Synelnykove district",
      note="a district with its own count of downed drones -> required interception at precision 2 (blind53 call 4)"),
    E("lj02-6", ADS, THU, H("Pavlohrad", "Pavlohrad district"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Late on Thursday evening, a kamikaze drone hit an agricultural enterprise in the Pavlohrad district",
      note="'Late on Thursday evening' -> 27 Jun (not the publication day); 'No one was injured' -> 0/0; a raion named "
           "after its centre -> precision 2"),
    E("lj02-7", ADS, TUE, L("Dnipro"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      evidence="On Tuesday, a drone hit an industrial enterprise in the Samarskyi district, injuring two workers",
      note="recalled strike with its own day: 'On Tuesday' of a Friday page = 25 Jun; the Samarskyi district is the city"),
]
# Not events: the 09:30 and 12:05 figures (superseded stages of lj02-1's toll), the search operation, the day of
# mourning on Saturday 29 June (future, not a war event), 'the second Russian strike on Dnipro this week' (a count of
# lj02-1 and lj02-7). The video title line, own-line photo credit, 'Read also' line, subscription line, hashtags,
# comment count and © are furniture; the line 'How the figures changed during the day:' is text.
STATEMENTS = [
    S("Oleksandr Hubenko", "UA", "we could not save the boy", "surgeon, regional children's hospital"),
    S("Liudmyla Sahaidak", "UA", "the whole entrance next door was gone", "resident, Dnipro"),
]
MUST_NOT = ["ОБРІЙ · OBRII TV", "Dnipro regional television",
            "LIVE | News | Region | Front line | Video | TV schedule | UA / EN",
            "This site uses cookies. By continuing to browse, you agree to their use. OK",
            "Watch the Obrii TV broadcast live, around the clock", "News › Dnipro",
            "Text: Valeriia Kobzar · Camera: Denys Ilchuk", "28.06.2024 | 09:12 | updated 18:41", "👁 14 382",
            "▶ VIDEO: The courtyard in the Sobornyi district after the strike (2:41)", "Photo: Obrii TV / Denys Ilchuk",
            "Read also: Where to find shelter in Dnipro: a map of the city's bomb shelters",
            "Subscribe to Obrii TV on Telegram and Viber", "#Dnipro #missile_strike #Nikopol_district #Obrii_news",
            "Comments (27)", "© 2024 TRK Obrii. Reprinting is allowed only with an active link to obrii.tv"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
