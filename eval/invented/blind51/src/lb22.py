from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian shelling kills woman in Gorlovka, drone wounds man at Donetsk bus stop"
TEXT = """DONETSK TELEGRAPH
Новости Донбасса | English
DPR · Russia · World · SMO · Culture
23.04.2024 11:18 · Views: 3 406
Ukrainian shelling kills woman in Gorlovka, drone wounds man at Donetsk bus stop
DONETSK, April 23. A woman was killed and two men were wounded in Gorlovka on Monday evening when Ukrainian formations shelled the Nikitovsky district with 155 mm artillery, the head of the city said on his Telegram channel.

According to him, the shells landed near a bakery at about 19:40. Two houses and a gas pipe were damaged.
Подписывайтесь на наш Telegram-канал
In Donetsk, a drone released a munition over a minibus stop in the Kuibyshevsky district on Tuesday morning, wounding a 40-year-old man, the city administration reported.

"People were waiting for the number 17 minibus. Nobody expects a drone over a bus stop at eight in the morning," said Denis Krylov, head of the Kuibyshevsky district administration.

Since 2014, Gorlovka has been one of the most frequently shelled cities of Donbass.
Реклама
© 2024 Donetsk Telegraph. При перепечатке ссылка обязательна. 18+
"""
DOC = {"id": "lb22", "date": "2024-04-23", "source": "Donetsk Telegraph (Russian-installed authorities' news site, English)",
       "url": "https://donetsk-telegraph.example/en/2024/04/23/gorlovka-obstrel", "text": TEXT}

D = "2024-04-23"
MON = "2024-04-22"
EVENTS = [
    E("lb22-1", "missile_artillery_strike", MON, L("Horlivka"), "UA", None, fat=N(1), inj=N(2),
      weapons=[W("artillery")], claimant="Russian-installed head of Horlivka",
      evidence="A woman was killed and two men were wounded in Gorlovka on Monday evening when Ukrainian formations "
               "shelled the Nikitovsky district with 155 mm artillery",
      note="occupation-side claim: 'on Monday evening' (22 Apr, 'at about 19:40') artillery on Horlivka (the Russian "
           "form 'Gorlovka'; Nikitovsky = Mykytivskyi district, the city): 1 killed, 2 wounded; the claimed attacker "
           "is kept with actor2 null (blind41 call 6)"),
    E("lb22-2", "air_drone_strike", D, L("Donetsk"), "UA", None, inj=N(1), weapons=[W("drone")],
      claimant="Donetsk city administration (Russian-installed)",
      evidence="a drone released a munition over a minibus stop in the Kuibyshevsky district on Tuesday morning",
      note="'on Tuesday morning' (publication day): drone-dropped explosive on a bus stop in Donetsk (Kuibyshevsky "
           "district = the city), 1 wounded; the attacker is implied by the page (UA), actor2 null"),
]
# Not events: the damaged houses and gas pipe (part of lb22-1, no outage stated), 'Since 2014 … one of the most
# frequently shelled cities' (habit, history), the 'DONETSK, April 23.' dateline (text, not a place of events).
STATEMENTS = [
    S("Denis Krylov", "RU", "Nobody expects a drone over a bus stop at eight in the morning",
      "head of the Kuibyshevsky district administration (Russian-installed)"),
]
MUST_NOT = ["DONETSK TELEGRAPH", "Новости Донбасса | English", "DPR · Russia · World · SMO · Culture",
            "23.04.2024 11:18 · Views: 3 406", "Подписывайтесь на наш Telegram-канал", "Реклама",
            "© 2024 Donetsk Telegraph. При перепечатке ссылка обязательна. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
