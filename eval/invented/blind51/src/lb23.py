from common import E, L, R, C, N, W, S, gold

TITLE = "SBU detains woman suspected of guiding missile strike on Kryvyi Rih hotel"
TEXT = """КРИВБАС ОНЛАЙН
Kryvbas Online — English edition
Головна / Кривий Ріг / English
26.02.2025 | 12:40 | Author: Yurii Moskalenko
SBU detains woman suspected of guiding missile strike on Kryvyi Rih hotel
A 38-year-old resident of Kryvyi Rih was detained on Tuesday evening in her flat in the Metalurhiinyi district, the Security Service of Ukraine said on Wednesday. Investigators believe she passed Russian intelligence the coordinates of a hotel in the city centre that was hit by a ballistic missile last week.

According to the SBU, the woman walked past the hotel several times, photographed the cars parked outside and sent the pictures to her handler through a Telegram bot. She faces life imprisonment for treason.

Background: the strike she is accused of helping to guide took place last Thursday evening. An Iskander-M ballistic missile hit the four-storey hotel, killing four people and injuring 14. Rescuers worked at the site for two days.
Most read this week
Kryvyi Rih trolleybus network gets 12 new vehicles
In a separate case, police in Lviv detained two teenagers on Monday night as they tried to set fire to a military pickup truck parked in a residential yard. The boys told investigators that a stranger on Telegram had promised them $200.

"Handlers recruit children because children are cheap and do not ask questions," said Olena Marchuk, a spokeswoman for the SBU's regional directorate.
This article was originally published in Ukrainian
Error in the text? Select it and press Ctrl+Enter
"""
DOC = {"id": "lb23", "date": "2025-02-26", "source": "Kryvbas Online (Ukrainian city news site, English edition)",
       "url": "https://kryvbas-online.example/en/news/2025-02-26/sbu-detains-hotel-strike-spotter", "text": TEXT}

D = "2025-02-26"
TUE = "2025-02-25"
MON = "2025-02-24"
THU = "2025-02-20"
EVENTS = [
    E("lb23-1", "arrest", TUE, L("Kryvyi Rih"), "UA", None, claimant="SBU",
      evidence="A 38-year-old resident of Kryvyi Rih was detained on Tuesday evening",
      note="'detained on Tuesday evening' (25 Feb; said on Wednesday: the day it happened wins, blind43 call 4) by the "
           "SBU in Kryvyi Rih (Metalurhiinyi district = the city): arrest of a suspect, actor2 null"),
    E("lb23-2", "missile_artillery_strike", THU, L("Kryvyi Rih"), "RU", "UA", fat=N(4), inj=N(14),
      weapons=[W("ballistic_missile", "Iskander-M")],
      evidence="An Iskander-M ballistic missile hit the four-storey hotel, killing four people and injuring 14",
      note="recalled under a 'Background:' label (kept as text): 'last Thursday evening' in a Wednesday page = 20 Feb "
           "(not the day before: 'last week' in the lede); Iskander-M on a hotel, 4 killed, 14 injured -> required "
           "(a recalled event with a resolvable day)"),
    E("lb23-3", "arrest", MON, L("Lviv"), "UA", None,
      evidence="police in Lviv detained two teenagers on Monday night as they tried to set fire to a military pickup "
               "truck",
      note="'on Monday night' (24 Feb): police detention in Lviv; the attempted arson was stopped (no destruction "
           "reported) -> one arrest"),
]
# Not events: the photographs and messages to the handler (undated acts of the suspect), rescuers 'for two days'
# (response), 'Handlers recruit children' (habit). 'Most read this week' and its headline are furniture.
STATEMENTS = [
    S("Olena Marchuk", "UA", "children are cheap and do not ask questions", "SBU regional spokeswoman"),
]
MUST_NOT = ["КРИВБАС ОНЛАЙН", "Kryvbas Online — English edition", "Головна / Кривий Ріг / English",
            "26.02.2025 | 12:40 | Author: Yurii Moskalenko", "Most read this week",
            "Kryvyi Rih trolleybus network gets 12 new vehicles", "This article was originally published in Ukrainian",
            "Error in the text? Select it and press Ctrl+Enter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
