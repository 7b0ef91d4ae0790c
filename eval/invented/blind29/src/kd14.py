from common import E, L, R, C, N, W, S, gold

TITLE = "Car bomb, shooting and a derailed fuel train: resistance steps up in occupied south"
TEXT = """PIVDEN MEDIA — news of the south
UA | RU | EN
25 August 2022, 09:12
Reading: 4 min
Car bomb, shooting and a derailed fuel train: resistance steps up in occupied south
A car belonging to an officer of the Russian-installed police exploded in central Melitopol on Wednesday evening, injuring him, according to Ukraine's military intelligence, which attributed the blast to local partisans. Russian-installed authorities confirmed the explosion and said the officer was in hospital.

The day before, on Tuesday, Artem Sorokin, a Russian-installed deputy head of the Berdiansk city administration, was shot dead near his home by unknown gunmen. The occupation authorities called the killing a "terrorist attack" and blamed "Kyiv's agents".

On Monday night, a section of the railway line near Melitopol was blown up and a train carrying fuel tanks derailed. Russian-installed railway officials said no one was hurt, and that traffic towards Crimea would resume within days.

Russian security services detained 12 people in Melitopol on Wednesday on suspicion of helping the partisans, the city's exiled mayor said. Their relatives have not been told where they are held.
Photo: Pivden Media archive
On Wednesday, Ukraine's Independence Day, blue-and-yellow ribbons and flags appeared on several buildings in Melitopol overnight, photographs shared by residents showed.

"Terrorists will not intimidate us. Everyone who helps them will be found," said Vladimir Kornev, a spokesman for the Russian-installed regional police, in a video statement.

The occupation administration of the Zaporizhzhia region plans to hold a vote on joining Russia "as soon as possible", possibly in September. Kyiv has warned that anyone who helps to organise it will be prosecuted for treason. Partisan groups say they have carried out dozens of attacks in the south since March.

"Every car bomb makes the next collaborator think twice. That is the point: the partisans cannot hold territory, but they can make the occupation expensive and lonely," said Marta Kuzmenko, a Zaporizhzhia-based researcher who tracks the resistance.
Join us on Telegram: @pivden_media_en
Did you like this article? Support Pivden Media on Patreon
#Melitopol #Berdiansk #partisans #occupation
Pivden Media © 2018–2022
"""
DOC = {"id": "kd14", "date": "2022-08-25", "source": "Pivden Media (Ukrainian regional site, English edition)",
       "url": "https://pivden.example/en/2022/08/25/resistance-occupied-south", "text": TEXT}

D = "2022-08-25"
EVENTS = [
    E("kd14-1", "remote_explosive", "2022-08-24", L("Melitopol"), "UA", "RU", inj=N(1),
      claimant="Ukraine's military intelligence",
      note="car of an occupation police officer 'exploded in central Melitopol on Wednesday evening' (Thu 25 Aug -> "
           "Wed 24), officer injured; partisans -> actor1 UA (attributed by Ukrainian intelligence)"),
    E("kd14-2", "attack_on_civilians", "2022-08-23", L("Berdiansk"), "UA", "RU", fat=N(1), family=["armed_clash"],
      note="occupation official 'shot dead near his home by unknown gunmen' on Tuesday: direct violence against an "
           "official (a civilian); actor1 UA as the occupation authorities blame 'Kyiv's agents' and the article "
           "frames it as resistance; actor2 RU (the occupation administration)"),
    E("kd14-3", "remote_explosive", "2022-08-22", L("Melitopol", 2, "railway line near Melitopol"), "UA", "RU",
      fat=N(0), inj=N(0), note="'On Monday night' (22 Aug): line blown up, fuel train derailed; 'no one was hurt' -> "
                             "0/0; precision 2 ('near Melitopol'); perpetrator from the article's framing "
                             "(resistance)"),
    E("kd14-4", "arrest", "2022-08-24", L("Melitopol"), "RU", "UA",
      note="'detained 12 people in Melitopol on Wednesday on suspicion of helping the partisans'"),
    E("kd14-5", "protest", "2022-08-24", L("Melitopol"), "UA", None, optional=True,
      note="ribbons and flags appearing on buildings 'overnight' on Independence Day: a symbolic protest, optional"),
]
STATEMENTS = [
    S("Vladimir Kornev", "RU", "Terrorists will not intimidate us", "spokesman for the Russian-installed regional police"),
    S("Marta Kuzmenko", "UA", "Every car bomb makes the next collaborator think twice", "researcher"),
]
MUST_NOT = ["PIVDEN MEDIA — news of the south", "UA | RU | EN", "25 August 2022, 09:12", "Reading: 4 min",
            "Photo: Pivden Media archive", "Join us on Telegram: @pivden_media_en",
            "Did you like this article? Support Pivden Media on Patreon", "#Melitopol #Berdiansk #partisans #occupation",
            "Pivden Media © 2018–2022"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
