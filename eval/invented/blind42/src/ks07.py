from common import E, L, R, C, N, W, S, gold

TITLE = "Eleven years on Lenin Street: a family's war, from the first checkpoints to the glide bombs"
TEXT = """MERIDIAN MAGAZINE
Features | Reportage | Photography | Audio | The Archive | Shop
THE LONG READ
Eleven years on Lenin Street: a family's war, from the first checkpoints to the glide bombs
The Moroz family has lived through every stage of the war in Donbas. As the front creeps closer to Sloviansk and Kramatorsk again, they are deciding whether to leave for the first time.
Words by Alina Sørensen · Photographs by Petro Havryliuk
Saturday 4 October 2025
28-minute read
This article contains descriptions of violence and death.

The street is no longer called Lenin Street. It was renamed in 2016, like hundreds of others across Ukraine, after a law that banned Soviet names, and it now carries the name of a local poet whom nobody in the Moroz family has read. But Halyna Moroz, who is 63 and taught geography at School No. 9 for thirty-one years, still calls it Lenin Street, and so does everyone else who has lived on it since before the war. "The street remembers the old name, and so do we," she says. "The poet can wait."

The war, for Halyna, has three beginnings, and she counts all of them. The first came in the spring of 2014. On 12 April 2014, a group of armed men in unmarked uniforms seized the police station and the city administration in Sloviansk, twenty minutes' walk from her house. She watched from the end of her street as they stacked tyres across the road and raised a flag she did not recognise. "I thought it was a film," she says. "I thought someone would come and tell them to go home."

Nobody did, for almost three months. The armed men, led by a former Russian intelligence officer, turned Sloviansk into a fortress. There were checkpoints at every entrance to the town, and at night the Ukrainian army, which had surrounded it, shelled the positions on Mount Karachun, where the television tower stood. Halyna's husband, Viktor, a mining engineer, refused to leave. Their son, Serhii, then 22, drove his grandmother to relatives in Kharkiv and came back.

In the early hours of 5 July 2014, the armed men left Sloviansk in a column of trucks and armoured vehicles, heading for Donetsk, and by the afternoon Ukrainian troops had entered the town and raised the Ukrainian flag over the city administration. Halyna remembers the date because it was her mother's birthday. "We went out into the street and people were crying and laughing at the same time. A soldier asked me for water. I gave him the whole bottle."

Ilovaisk
Viktor Moroz joined a volunteer battalion that summer, against his wife's wishes. He was 47. In August 2014, his unit was sent to Ilovaisk, a railway town east of Donetsk, where Ukrainian forces were fighting for control of the junction. By the end of the month they were surrounded by Russian regular troops who had crossed the border. On 29 August 2014, the column in which Viktor was leaving the encirclement along a corridor that had been promised as safe came under Russian artillery fire near Ilovaisk. He was killed along with dozens of others. His body was identified in October, from a DNA sample that Serhii gave at a morgue in Dnipro.

Halyna keeps his battalion patch in a biscuit tin with her teaching certificates. She does not talk about Ilovaisk unless asked, and when she does, she talks about the corridor. "They said it was a green corridor. Green. Like a park," she says. "I still do not understand how a person can promise such a thing and then shoot."

The years between
After the Minsk agreements were signed in February 2015, the front froze about sixty kilometres east of Sloviansk. For seven years, the war became something that happened elsewhere, on the television and at funerals. Shells sometimes still landed on the outskirts of Kramatorsk in the first winter, and one night in 2015 a rocket fell in the garden of the house next door to Halyna's sister in Kramatorsk, breaking every window on the street; no one was hurt, and nobody in the family remembers which month it was.

Serhii became an electrician, married, and had two daughters. Halyna went back to teaching. The town changed: new cafés opened, the central square was rebuilt, and Kramatorsk, next door, became the temporary capital of the part of Donetsk region that Ukraine controlled. "Those were good years, I can say it now," says Serhii, who is 33. "We knew the war was there, behind the horizon. But you can live a long time with a war behind the horizon."

The second beginning
The second beginning came early one morning in February 2022, with the sound of explosions from the direction of the Kramatorsk airfield. Halyna heard them from her kitchen. Within weeks, Russian forces were advancing from Izium in the north, and the towns of northern Donetsk region emptied.

On 8 April 2022, a Russian missile carrying cluster munitions struck the railway station in Kramatorsk, where thousands of people were waiting for evacuation trains, killing dozens. Serhii's wife, Olena, and their daughters had been at the station an hour earlier; they had left to fetch a forgotten bag of documents. "We owe our lives to a passport," Olena says. She and the girls left for western Ukraine the next day by car and now live in Uzhhorod. Serhii stayed to work for the city's power company, and Halyna stayed because, she says, someone had to feed the cat and water the tomatoes.

That summer, Russian forces came within about fifteen kilometres of Sloviansk before the Ukrainian counteroffensive in Kharkiv region pushed them back across the Oskil river in September. Halyna remembers the shelling of those months as a kind of weather. "In the morning it was from the north, in the evening it was from the east. You learned to read it like clouds."

The third beginning
The third beginning, in Halyna's counting, has no date. It came gradually over the past two years, as the front moved west from Bakhmut and Avdiivka toward Kostiantynivka, and as Russia began to drop guided bombs with wings that let aircraft release them from far behind the line. The bombs, which carry up to a tonne and a half of explosives, turn whole apartment blocks into craters.

On 14 February 2025, one of them landed in the school yard of School No. 9, where Halyna taught, at a quarter past seven in the morning, before the children arrived. The school had been teaching online since 2022, and the building was empty except for a caretaker, who was injured by flying glass. Halyna went to see the crater the next day. "Thirty-one years I walked through that gate," she says. "Now there is no gate."

In the spring of 2024, a glide bomb killed her friend Nadiya, a retired nurse, in her flat on the other side of Sloviansk. Halyna does not remember the day; she remembers that the lilacs were out. Since the summer, drones have become the thing people fear most. First-person-view drones, guided by operators watching a video feed, now reach the outskirts of Kramatorsk and Druzhkivka, and the road between the two towns is covered in places with netting to catch them.

Last Tuesday, a drone hit a car on the road from Sloviansk to Kramatorsk, at the northern entrance to Sloviansk, injuring the driver and his passenger, both employees of the water company, according to the city military administration. Serhii knew them both. On Thursday, a Russian guided bomb hit a water pumping station in Kramatorsk, and the northern districts of the city, where Halyna's sister lives, have had no running water since. Nobody was hurt at the pumping station, officials said, because the shift had gone to shelter when the alert sounded.

"Every day you read about something that happened to someone you know," Serhii says. "That is how you know the front is close. Not the maps. The names."

The question of leaving
The question the Moroz family has avoided for eleven years is now on the kitchen table, literally, in the form of a leaflet from the regional administration about evacuation routes for families with children and elderly people. A compulsory evacuation of children has already been ordered for several villages east of Kostiantynivka. Sloviansk has not yet been included, but Halyna expects it will be. "If they announce it for us, I will go," she says. "If they don't, I will stay. I have buried a husband here. I am not leaving him for a rumour."

Serhii disagrees. He would like his mother to join Olena and the girls in Uzhhorod before the winter. "If the front reaches Kostiantynivka, we will have artillery on the town again, like 2022, but worse," he says. "And she will still be here, watering tomatoes." He himself will stay as long as the power company needs him; its crews repair lines under drone fire almost every day.

Military analysts are divided over how soon Russian forces could threaten the twin cities. Taras Hordiichuk, a former officer who now runs a defence analysis group in Kyiv, told Meridian that a Russian assault on Kramatorsk and Sloviansk "is a question of 2026 at the earliest, and only if Kostiantynivka falls first." Others are less sure: the pace of Russian advances in Donetsk region has increased every autumn since 2023, and Ukraine's infantry shortage has not been solved.

The patch in the tin
On the last evening of my visit, Halyna took the biscuit tin down from the shelf. Inside were Viktor's battalion patch, her teaching certificates, a photograph of her mother, a child's drawing of a house with a very large sun, and a key.

The key, she explained, was for the school gate. The caretaker gave it to her in 2022, when the building closed, because she lived nearest. After the bomb in February, there was no gate for it to open. She keeps it anyway.

"People ask me why I don't leave," she said. "I tell them: I have left. I left Lenin Street three times already, in my head. The first time in 2014, when I saw the tyres. The second time in 2022, at the station. The third time will be with a suitcase, and then it will be true."

Then she put the tin back on the shelf, next to the tomatoes drying on the windowsill, and went to feed the cat.

Some names in this article have been shortened at the request of the family.
Photographs: Petro Havryliuk for Meridian Magazine
Meridian Magazine is published by Meridian Media Group. Subscribe to the print edition
More long reads: The last bakery in Pokrovsk
"""
DOC = {"id": "ks07", "date": "2025-10-04", "source": "Meridian Magazine (magazine feature, long read)",
       "url": "https://meridianmagazine.example/long-read/2025/10/04/eleven-years-on-lenin-street", "text": TEXT}

EVENTS = [
    E("ks07-1", "territory_change", "2014-04-12", L("Sloviansk"), "RU", "UA",
      note="'On 12 April 2014, a group of armed men in unmarked uniforms seized the police station and the city "
           "administration in Sloviansk': a recalled event with a day (required, brief); the Russian-led armed group "
           "counts as RU (EVENTS.md: DPR units)"),
    E("ks07-2", "territory_change", "2014-07-05", L("Sloviansk"), "UA", "RU",
      note="'In the early hours of 5 July 2014, the armed men left Sloviansk … by the afternoon Ukrainian troops had "
           "entered the town': recalled with a day, Ukraine regains the town"),
    E("ks07-3", "missile_artillery_strike", "2014-08-29", L("Ilovaisk", 2), "RU", "UA", weapons=[W("artillery")],
      note="'On 29 August 2014, the column … came under Russian artillery fire near Ilovaisk. He was killed along with "
           "dozens of others': recalled with a day, precision 2; 'dozens' -> no exact count, fatalities left out"),
    E("ks07-4", "missile_artillery_strike", "2022-04-08", L("Kramatorsk"), "RU", "UA", weapons=[W("missile")],
      note="'On 8 April 2022, a Russian missile carrying cluster munitions struck the railway station in Kramatorsk … "
           "killing dozens': recalled with a day; 'dozens' -> fatalities left out"),
    E("ks07-5", "air_drone_strike", "2025-02-14", L("Sloviansk"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb")],
      note="'On 14 February 2025, one of them [a guided bomb] landed in the school yard of School No. 9 … a caretaker, "
           "who was injured': recalled with a day, Sloviansk (the school is Halyna's, in Sloviansk)"),
    E("ks07-6", "missile_artillery_strike", None, L("Kramatorsk"), None, "UA", prec="unknown", optional=True,
      fat=N(0), inj=N(0), weapons=[W("mlrs")],
      note="'one night in 2015 a rocket fell in the garden … no one was hurt, and nobody … remembers which month': a "
           "specific incident without a day -> optional, date null (blind39 call 7); the text does not say who fired "
           "(actor1 null)"),
    E("ks07-7", "air_drone_strike", None, L("Sloviansk"), "RU", "UA", prec="unknown", optional=True, fat=N(1),
      weapons=[W("guided_bomb")],
      note="'In the spring of 2024, a glide bomb killed her friend Nadiya … does not remember the day': specific, "
           "undatable -> optional"),
    E("ks07-8", "air_drone_strike", "2025-09-30", L("Sloviansk", 2), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Last Tuesday' in a Saturday 4 Oct feature = Tue 30 Sep: drone on a car 'at the northern entrance to "
           "Sloviansk', two injured (precision 2)"),
    E("ks07-9", "air_drone_strike", "2025-10-02", L("Kramatorsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")],
      note="'On Thursday' = 2 Oct: guided bomb on a water pumping station in Kramatorsk; 'Nobody was hurt' = 0/0"),
    E("ks07-10", "infrastructure_disruption", "2025-10-02", L("Kramatorsk"), "RU", "UA", parent="ks07-9",
      note="'the northern districts of the city … have had no running water since'"),
]
# Not events: the street renamed in 2016 under the decommunisation law (administrative history, no war event);
# 'three beginnings'; the flag and tyres (part of the 12 April seizure); the almost three months of occupation,
# checkpoints, the nightly shelling of Mount Karachun, the grandmother driven to Kharkiv (habitual, undated); the
# mother's birthday and the water bottle (anecdote of 5 July); Viktor joining a battalion 'that summer', 'In August
# 2014' fighting at Ilovaisk, the encirclement 'by the end of the month', the body identified 'in October' (history
# without days; the 29 August shelling is the event); the Minsk agreements 'signed in February 2015' (month only),
# the frozen front, shells on the outskirts of Kramatorsk 'in the first winter' (habitual); the years between;
# Kramatorsk as the temporary regional capital; 'early one morning in February 2022' explosions at the airfield (no
# day given), the advance from Izium 'within weeks' (history without days); Olena and the girls leaving 'the next
# day' (a family's departure, not a war event); Russian forces within fifteen kilometres 'That summer', the
# counteroffensive across the Oskil 'in September' (history without days); shelling 'like weather' (habitual); the
# front moving west 'over the past two years', how glide bombs work (generic); drones feared 'Since the summer',
# netting on the road (habitual); 'Every day you read about something'; the evacuation leaflet; 'A compulsory
# evacuation of children has already been ordered for several villages east of Kostiantynivka' (undated, unnamed
# villages); 'If they announce it for us, I will go' (conditional); 'If the front reaches Kostiantynivka, we will
# have artillery' (conditional); crews repairing lines 'almost every day' (habitual); the analyst's 'a question of
# 2026 at the earliest' (forecast), advances increasing 'every autumn since 2023' (trend); the key and the tin.
STATEMENTS = [
    S("Halyna Moroz", "UA", "The street remembers the old name, and so do we", "retired teacher, Sloviansk"),
    S("Olena", "UA", "We owe our lives to a passport", "Serhii Moroz's wife"),
    S("Serhii Moroz", "UA", "That is how you know the front is close. Not the maps. The names.",
      "electrician, Sloviansk"),
    S("Taras Hordiichuk", None, "is a question of 2026 at the earliest", "defence analyst, Kyiv"),
]
MUST_NOT = ["MERIDIAN MAGAZINE", "Features | Reportage | Photography | Audio | The Archive | Shop", "THE LONG READ",
            "Words by Alina Sørensen · Photographs by Petro Havryliuk", "Saturday 4 October 2025", "28-minute read",
            "Photographs: Petro Havryliuk for Meridian Magazine",
            "Meridian Magazine is published by Meridian Media Group. Subscribe to the print edition",
            "More long reads: The last bakery in Pokrovsk", "This article contains descriptions of violence and death."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
