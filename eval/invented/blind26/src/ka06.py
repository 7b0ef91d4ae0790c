from common import E, L, R, C, N, W, S, gold

TITLE = "Russian troops shelled 14 settlements of Donetsk region over the past day: 3 civilians killed, 11 injured"
TEXT = """National Police of Ukraine · Main Directorate in Donetsk Region
Accessibility mode  |  Search  |  Appeals
News › Daily summaries
Russian troops shelled 14 settlements of Donetsk region over the past day: 3 civilians killed, 11 injured
15.08.2024 · 11:02 · Press service of the GUNP in Donetsk region

Over the past day Russian troops carried out 2,114 attacks on 14 settlements of Donetsk region. 3 civilians were killed and 11 injured. Police recorded the destruction of 47 civilian objects, including 29 residential buildings.

Kostiantynivka — artillery shelling: a 53-year-old man was killed, two women injured; six private houses and a gas pipeline were damaged.
Pokrovsk — a guided aerial bomb: three people injured, four high-rise buildings and a college damaged.
Selydove — a strike from the Uragan MLRS: one person killed, five injured; the city hospital and a shop were damaged.
Myrnohrad — a drone attack: a man injured, a car damaged.
Toretsk — one resident killed, three private houses destroyed.
Kramatorsk — an Iskander-M missile: an infrastructure object damaged, no casualties.
Ukrainsk, Kurakhove and Hirnyk — private houses damaged, no casualties.

Yesterday at 19:30 a Russian FPV drone attacked a police car in Druzhkivka. Two police officers were wounded; they were taken to hospital and are receiving medical care.

Police officers helped evacuate 236 residents, including 41 children, from the frontline communities over the past day.

Every fact of a Russian war crime is documented by investigators of the police.
#Donetsk_police #war_crimes
Found a mistake? Select the text and press Ctrl+Enter
"""
DOC = {"id": "ka06", "date": "2024-08-15", "source": "National Police, Donetsk region", "url": "https://dn.npu.example.ua/news/2024-08-15-daily",
       "text": TEXT}

D, Y = "2024-08-15", "2024-08-14"
PAST = dict(prec="range", end=D)
F = ["air_drone_strike"]
EVENTS = [
    E("ka06-1", "missile_artillery_strike", Y, R("UA-14", "Donetsk region"), "RU", "UA", agg=True, fat=N(3), inj=N(11),
      family=F, note="past-day tally: 2,114 attacks on 14 settlements, 3 k / 11 w (equal to the sum of the place lines); "
                     "parent", **PAST),
    E("ka06-2", "missile_artillery_strike", Y, L("Kostiantynivka"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("artillery")], parent="ka06-1", note="place line without an hour: past-day range", **PAST),
    E("ka06-3", "air_drone_strike", Y, L("Pokrovsk"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      parent="ka06-1", note="guided aerial bomb", **PAST),
    E("ka06-4", "missile_artillery_strike", Y, L("Selydove"), "RU", "UA", fat=N(1), inj=N(5),
      weapons=[W("mlrs", "Uragan")], parent="ka06-1", note="Uragan MLRS", **PAST),
    E("ka06-5", "air_drone_strike", Y, L("Myrnohrad"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="ka06-1",
      note="drone attack", **PAST),
    E("ka06-6", "missile_artillery_strike", Y, L("Toretsk"), "RU", "UA", fat=N(1), family=F, parent="ka06-1",
      note="weapon not said: both strike types", **PAST),
    E("ka06-7", "missile_artillery_strike", Y, L("Kramatorsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "Iskander-M")], parent="ka06-1", note="Iskander-M; 'no casualties' = 0/0", **PAST),
    E("ka06-8", "missile_artillery_strike", Y, L("Ukrainsk"), "RU", "UA", fat=N(0), inj=N(0), family=F,
      parent="ka06-1", note="one line for three towns: one event each, 0/0", **PAST),
    E("ka06-9", "missile_artillery_strike", Y, L("Kurakhove"), "RU", "UA", fat=N(0), inj=N(0), family=F,
      parent="ka06-1", note="see ka06-8", **PAST),
    E("ka06-10", "missile_artillery_strike", Y, L("Hirnyk-D"), "RU", "UA", fat=N(0), inj=N(0), family=F,
      parent="ka06-1", note="see ka06-8; Hirnyk of Donetsk oblast (708395)", **PAST),
    E("ka06-11", "air_drone_strike", Y, L("Druzhkivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Yesterday at 19:30' = 14 Aug; police officers (not civilians), outside the civilian tally: no parent"),
]
STATEMENTS = []
MUST_NOT = ["National Police of Ukraine · Main Directorate in Donetsk Region", "Accessibility mode  |  Search  |  Appeals",
            "News › Daily summaries", "15.08.2024 · 11:02 · Press service of the GUNP in Donetsk region",
            "#Donetsk_police #war_crimes", "Found a mistake? Select the text and press Ctrl+Enter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
