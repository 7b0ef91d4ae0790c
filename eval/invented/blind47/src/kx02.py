from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Death toll from morning missile strike on Zaporizhzhia climbs to five"
TEXT = """KHORTYTSIA POST
Zaporizhzhia regional news portal
Українською | English
News | City | Region | Front | Opinion | Contacts
Air-raid alert map · Shelter finder · Emergency lines 101 / 103
Home › City
Death toll from morning missile strike on Zaporizhzhia climbs to five
11.05.2024 · 19:12 · updated three times
Photo credit: Khortytsia Post / Vadym Bilyi
Five people are now known to have died as a result of the Russian missile strike on Zaporizhzhia this morning, the regional military administration said at 18:40. Twenty-three were injured, among them four children; eleven are still in hospital.

The first report, published shortly after the 06:50 strike, spoke of a single victim, a woman in her sixties. By lunchtime, as rescuers dismantled the collapsed stairwell of a five-storey building in the Oleksandrivskyi district, the figure had reached three. Two more bodies were found under the slabs in the afternoon.

Both missiles - Iskander-M ballistic missiles, according to the air force - landed within a minute of each other. One brought down part of the residential block; the other hit a trolleybus depot across the road, where six vehicles burned out.

"We heard no siren before the first blast, only after," said Halyna Oliinyk, who lives in the neighbouring building and helped carry children down the stairs. "The second one came while we were still on the staircase."

Because the depot's contact network was torn down, trolleybus routes No. 3 and No. 15 are not running today, the city's transport department said. Buses have been put on both routes instead.

The city council has declared Sunday a day of mourning.

Zaporizhzhia was not the only target. Shortly before three in the afternoon, Russian aircraft dropped two guided bombs on the suburban village of Balabyne; a 70-year-old man was wounded and a shop was destroyed, according to the head of the local community.

Earlier in the day, the regional governor summed up the previous 24 hours: eleven settlements of the region had come under Russian fire, 402 times in all. Huliaipole was shelled with artillery. A drone attacked Stepnohirsk, wounding a man who was repairing his roof. Guided bombs struck Orikhiv and Malokaterynivka, damaging houses and a school building.

Serhii Kovalchuk, a spokesman for the regional emergency service, said the search at the Oleksandrivskyi building was over. "We have checked every flat that still stands; there is nobody left under the rubble," he said.

Zaporizhzhia, about 30 kilometres from the front line, has been shelled almost daily since the spring of 2022. Residents of the damaged block will be offered temporary accommodation in a dormitory, the council said.
Read also: How to apply for compensation for destroyed housing through Diia
Tags: Zaporizhzhia, shelling, missile strike, Oleksandrivskyi district
Have news? Write to our Telegram bot @khortytsia_post_bot
Use of materials is allowed only with a hyperlink to Khortytsia Post
"""
DOC = {"id": "kx02", "date": "2024-05-11", "source": "Khortytsia Post (Zaporizhzhia regional news site, English version)",
       "url": "https://khortytsia-post.example/en/city/2024/05/11/death-toll-missile-strike-five/", "text": TEXT}

D, Y = "2024-05-11", "2024-05-10"
EVENTS = [
    E("kx02-1", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(5), inj=N(23),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="the 06:50 strike on the Oleksandrivskyi district (= the city): the toll 'now' five at 18:40 (first report "
           "one, by lunchtime three: the latest figure wins), 23 injured; two Iskander-M on a residential block and a "
           "trolleybus depot across the road - one attack, one event"),
    E("kx02-2", "infrastructure_disruption", D, L("Zaporizhzhia"), "RU", "UA", parent="kx02-1",
      note="'trolleybus routes No. 3 and No. 15 are not running today' because the depot's contact network was torn "
           "down (blind40 call 9: a suspension caused by the damage)"),
    E("kx02-3", "air_drone_strike", D, L("Balabyne"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb", launched=N(2))],
      note="'Shortly before three in the afternoon' (Saturday), 'two guided bombs on the suburban village of "
           "Balabyne': a 70-year-old man wounded"),
    E("kx02-4", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      note="the governor's summary of 'the previous 24 hours' (given on Saturday): eleven settlements, 402 times -> "
           "regional tally, past-day range, aggregate; mixed weapons -> both types"),
    E("kx02-5", "missile_artillery_strike", Y, L("Huliaipole"), "RU", "UA", parent="kx02-4", end=D, prec="range",
      weapons=[W("artillery")], note="'Huliaipole was shelled with artillery' (summary line, no time -> range)"),
    E("kx02-6", "air_drone_strike", Y, L("Stepnohirsk"), "RU", "UA", parent="kx02-4", end=D, prec="range", inj=N(1),
      weapons=[W("drone")], note="'A drone attacked Stepnohirsk, wounding a man who was repairing his roof'"),
    E("kx02-7", "air_drone_strike", Y, L("Orikhiv"), "RU", "UA", parent="kx02-4", end=D, prec="range",
      weapons=[W("guided_bomb")], note="'Guided bombs struck Orikhiv and Malokaterynivka': one event per place"),
    E("kx02-8", "air_drone_strike", Y, L("Malokaterynivka"), "RU", "UA", parent="kx02-4", end=D, prec="range",
      weapons=[W("guided_bomb")], note="same sentence, Malokaterynivka"),
]
# Not events: the earlier tolls (one, three: text, superseded), the search 'was over' (end of the rescue), the buses
# put on the routes (response), Sunday's day of mourning (civic), 'shelled almost daily since the spring of 2022'
# (habitual), temporary accommodation 'will be offered' (plan), the 'Read also' headline (furniture).
STATEMENTS = [
    S("Halyna Oliinyk", "UA", "The second one came while we were still on the staircase", "resident, Oleksandrivskyi district"),
    S("Serhii Kovalchuk", "UA", "there is nobody left under the rubble", "spokesman, regional emergency service"),
]
MUST_NOT = ["KHORTYTSIA POST", "Zaporizhzhia regional news portal", "Українською | English",
            "News | City | Region | Front | Opinion | Contacts",
            "Air-raid alert map · Shelter finder · Emergency lines 101 / 103", "Home › City",
            "11.05.2024 · 19:12 · updated three times", "Photo credit: Khortytsia Post / Vadym Bilyi",
            "Read also: How to apply for compensation for destroyed housing through Diia",
            "Tags: Zaporizhzhia, shelling, missile strike, Oleksandrivskyi district",
            "Have news? Write to our Telegram bot @khortytsia_post_bot",
            "Use of materials is allowed only with a hyperlink to Khortytsia Post"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx02-1': 'Five people are now known to have died as a result of the Russian missile strike on Zaporizhzhia this morning',
    'kx02-2': 'trolleybus routes No. 3 and No. 15 are not running today',
    'kx02-3': 'Russian aircraft dropped two guided bombs on the suburban village of Balabyne; a 70-year-old man was wounded',
    'kx02-4': 'eleven settlements of the region had come under Russian fire, 402 times in all',
    'kx02-5': 'Huliaipole was shelled with artillery.',
    'kx02-6': 'A drone attacked Stepnohirsk, wounding a man who was repairing his roof.',
    'kx02-7': 'Guided bombs struck Orikhiv and Malokaterynivka',
    'kx02-8': 'Guided bombs struck Orikhiv and Malokaterynivka',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
