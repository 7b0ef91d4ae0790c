from common import E, L, R, C, N, W, S, gold

TITLE = "Guided bombs hit Pechenihy dam; Chuhuiv left without running water"
TEXT = """Slobozhanshchyna Online
12.06.2024, 13:05 · Reading time: 4 min
Guided bombs hit Pechenihy dam; Chuhuiv left without running water

Russian aircraft dropped at least two guided aerial bombs on the dam at Pechenihy on Tuesday night, damaging the spillway and a section of the road that runs across it, the head of the Kharkiv regional military administration, Oleh Hrytsenko, said on Wednesday.

"They are hitting the dam deliberately. This is an attempt to create a man-made disaster on the Siverskyi Donets," Hrytsenko said.

Traffic across the dam has been closed. As a precaution, the water utility switched off the pumping stations that supply Chuhuiv, and about 30,000 residents of the town were left without running water on Wednesday morning. Hydrologists said the water level downstream could rise sharply if the dam were hit again. The regional administration said it was considering a mandatory evacuation of villages below the dam.
Photo: Kharkiv Regional Prosecutor's Office
Kharkiv

Overnight, a Russian drone hit a private house in the city's Kyivskyi district, injuring a 72-year-old woman, mayor Ihor Lysenko said. Earlier, at about 21:40 on Tuesday, an S-300 missile struck an industrial enterprise in the Slobidskyi district. There were no casualties.

"The city was not silent for a single hour last night," Lysenko wrote on Telegram.

Kupiansk district

On Tuesday, Russian shelling killed a 45-year-old man in the village of Petropavlivka and injured two women in Kurylivka, the regional prosecutor's office said. Pre-trial investigations into war crimes have been opened.

Power

An attack on an energy facility in the Kharkiv region on Tuesday evening left about 120,000 customers without electricity, the regional energy company said, without naming the location. Scheduled outages will apply in Kharkiv tomorrow from 08:00 to 12:00 while repairs continue.

Read also: Kupiansk district: evacuation of children made mandatory in 12 more villages
Share this news:
Comments (0)
"""
DOC = {"id": "w10", "date": "2024-06-12", "source": "Slobozhanshchyna Online",
       "url": "https://slobozhanshchyna.example/news/2024/06/12/pechenihy-dam-guided-bombs", "text": TEXT}

T, W_ = "2024-06-11", "2024-06-12"
EVENTS = [
    E("w10-1", "air_drone_strike", T, L("Pechenihy", 1, "Pechenihy dam"), "RU", "UA",
      weapons=[W("guided_bomb", launched=N(2, "at_least"))], claimant="Oleh Hrytsenko"),
    E("w10-2", "infrastructure_disruption", W_, L("Chuhuiv"), "RU", "UA", claimant="water utility"),
    E("w10-3", "air_drone_strike", W_, L("Kharkiv", 1, "Kharkiv, Kyivskyi district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], claimant="Ihor Lysenko"),
    E("w10-4", "missile_artillery_strike", T, L("Kharkiv", 1, "Kharkiv, Slobidskyi district"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("missile", "S-300")], claimant="Ihor Lysenko"),
    E("w10-5", "missile_artillery_strike", T, L("Petropavlivka"), "RU", "UA", fat=N(1),
      claimant="Kharkiv regional prosecutor's office"),
    E("w10-6", "missile_artillery_strike", T, L("Kurylivka"), "RU", "UA", inj=N(2),
      claimant="Kharkiv regional prosecutor's office"),
    E("w10-7", "missile_artillery_strike", T, R("UA-63", "Kharkiv region"), "RU", "UA", family=["air_drone_strike"],
      claimant="regional energy company", note="weapon not named"),
    E("w10-8", "infrastructure_disruption", T, R("UA-63", "Kharkiv region"), "RU", "UA", claimant="regional energy company"),
    E("w10-9", "infrastructure_disruption", "2024-06-13", L("Kharkiv"), "RU", "UA",
      claimant="regional energy company", note="scheduled outages tomorrow"),
]
STATEMENTS = [
    S("Oleh Hrytsenko", "UA", "This is an attempt to create a man-made disaster on the Siverskyi Donets",
      "head of Kharkiv regional military administration"),
    S("Ihor Lysenko", "UA", "The city was not silent for a single hour last night", "mayor of Kharkiv"),
]
MUST_NOT = ["Slobozhanshchyna Online", "12.06.2024, 13:05 · Reading time: 4 min",
            "Photo: Kharkiv Regional Prosecutor's Office",
            "Read also: Kupiansk district: evacuation of children made mandatory in 12 more villages",
            "Share this news:", "Comments (0)"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
