from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, MOB, POL, DIP

TITLE = "Drone from Belarus crashes in forest near Varėna; government closes two border crossings"
TEXT = """NERIS DAILY
Lithuania in English since 2009
News | Politics | Security | Business | Culture | Opinion | Podcasts
Slapukai. This website uses cookies for analytics and advertising. Sutinku / I agree | Daugiau / More
Security & Defence
Drone from Belarus crashes in forest near Varėna; government closes two border crossings
By Rūta Vaitkutė, security correspondent
2025-10-08 14:31 · Updated 2025-10-08 16:05
A military drone that flew into Lithuania from Belarus overnight came down in a pine forest roughly six kilometres south of Varėna, the Lithuanian Armed Forces said on Wednesday. It was carrying about two kilograms of explosives, which army sappers destroyed on the spot in the morning. Nobody was hurt.
Photo: Lithuanian Armed Forces
According to the army, radar picked the object up shortly after 1 a.m. as it crossed the border from the Hrodna region. Two Spanish Eurofighter jets on NATO air policing duty took off from Šiauliai, but the drone had disappeared from radar before they reached the area.

"Judging by the fragments, it is a Gerbera, the cheap decoy Russia launches by the dozen against Ukraine, sometimes with a small warhead. Whether it strayed or was sent, we do not know yet," said Major Tomas Žilinskas, a spokesman for the armed forces.

Residents of the Varėna and Druskininkai municipalities received an emergency text message at 01:18 telling them to stay indoors and away from windows.

"I heard something like a moped in the sky, then a thud somewhere behind the railway. In the morning the soldiers closed the forest road," said Aldona Juknevičienė, who lives on the southern edge of Varėna.
Reklama
By noon, the government had decided to close the Šalčininkai and Medininkai checkpoints on the Belarusian border for at least a week, the prime minister said after an emergency cabinet meeting. The foreign ministry summoned Belarus's chargé d'affaires in Vilnius and handed him a note of protest.

It was the second drone to come down on Lithuanian soil in less than a month. On 14 September, mushroom pickers found a similar drone, without a warhead, in a bog near Druskininkai.

The night before had already been a difficult one for air travellers. On Tuesday evening, Vilnius Airport halted arrivals and departures for about two and a half hours after balloons launched from Belarus were spotted drifting towards its airspace; eleven flights were delayed or diverted.

Lithuania will ask its NATO allies on Thursday to consider reinforcing air defence on the eastern flank, the defence minister said. In June, parliament amended the law to let the army shoot down drones that violate the country's airspace, but the new powers have not yet been used.

"Every incident like this tests how fast we detect, decide and act. Last night we detected fast; the deciding still takes too long," said Paulius Grigonis, a researcher at the Neman Security Institute in Kaunas.
Related articles
Lithuania extends the state of emergency on the Belarusian border
Follow Neris Daily on Facebook, X and Telegram
Tags: drones, Belarus, air defence, Varėna, border
Comments: 12
Rūta Vaitkutė covers defence and security for Neris Daily. She previously worked for a regional newspaper in Alytus.
© UAB Neris Media, 2025. Any use of content without written permission is prohibited.
"""
DOC = {"id": "lj08", "date": "2025-10-08", "source": "Neris Daily (Lithuanian news site in English)",
       "url": "https://nerisdaily.example/security/2025/10/08/drone-from-belarus-crashes-near-varena", "text": TEXT}

D, TUE, REC = "2025-10-08", "2025-10-07", "2025-09-14"
EVENTS = [
    E("lj08-1", ADS, D, H("Varena", "forest south of Varėna"), "RU", "LT", fat=N(0), inj=N(0),
      weapons=[W("drone", "Gerbera")], claimant="Lithuanian Armed Forces",
      evidence="A military drone that flew into Lithuania from Belarus overnight came down in a pine forest roughly six "
               "kilometres south of Varėna",
      note="an armed drone of Russia's attack campaign coming down on NATO soil = air_drone_strike RU -> LT, 0/0 "
           "('Nobody was hurt'; blind49 call 9, blind51 call 4); 'overnight' in a Wednesday report -> 8 Oct; six km "
           "south of X -> precision 2 (LT-AL, Alytus county); Gerbera per the army spokesman"),
    E("lj08-2", MOB, D, C("LT", "Lithuania"), "ES", None,
      evidence="Two Spanish Eurofighter jets on NATO air policing duty took off from Šiauliai",
      note="the scramble belongs to the scrambling state (Spanish jets over Lithuania, blind49 kz10-2); Šiauliai is "
           "only their base -> the country patrolled"),
    E("lj08-3", MOB, D, R("LT-AL", "Alytus county (Varėna and Druskininkai municipalities)"), None, None,
      optional=True,
      evidence="Residents of the Varėna and Druskininkai municipalities received an emergency text message at 01:18",
      note="an emergency alert with its hour -> optional, sides null (blind51 call 4); both municipalities are in "
           "Alytus county"),
    E("lj08-4", POL, D, C("LT", "Lithuania"), "LT", "BY",
      evidence="the government had decided to close the Šalčininkai and Medininkai checkpoints on the Belarusian border "
               "for at least a week",
      note="a government decision 'By noon' on Wednesday at the deciding country (precision 4)"),
    E("lj08-5", DIP, D, L("Vilnius"), "LT", "BY",
      evidence="The foreign ministry summoned Belarus's chargé d'affaires in Vilnius",
      note="a summons takes the named capital, the summoning state as actor1 (blind49 call 9)"),
    E("lj08-6", ADS, REC, H("Druskininkai", "bog near Druskininkai"), "RU", "LT", weapons=[W("drone", "Gerbera")],
      evidence="On 14 September, mushroom pickers found a similar drone, without a warhead, in a bog near Druskininkai",
      note="recalled incident with its own day (14 Sep) -> required (blind49 call 3); 'a similar drone' = a Gerbera of "
           "the Russian campaign; no casualty statement (absent); near X -> precision 2"),
    E("lj08-7", DIS, TUE, L("Vilnius"), None, None,
      evidence="Vilnius Airport halted arrivals and departures for about two and a half hours",
      note="'On Tuesday evening' -> 7 Oct; an airport closure is infrastructure_disruption with both sides null "
           "(blind49); the airport is placed at Vilnius"),
]
# Not events: the drone 'disappeared from radar' (no interception), the sappers' destruction of the warhead (part of
# lj08-1), whether it 'strayed or was sent' (unknown), the request to NATO 'on Thursday' (plan), the law amended 'In
# June' (history without a day) and 'have not yet been used' (negation), 'the second drone … in less than a month'
# (a count of lj08-1 and lj08-6). The author bio line and the byline are furniture.
STATEMENTS = [
    S("Tomas Žilinskas", "LT", "it is a Gerbera, the cheap decoy Russia launches by the dozen against Ukraine",
      "spokesman, Lithuanian Armed Forces"),
    S("Aldona Juknevičienė", "LT", "In the morning the soldiers closed the forest road", "resident, Varėna"),
    S("Paulius Grigonis", None, "Last night we detected fast; the deciding still takes too long",
      "researcher, Neman Security Institute"),
]
MUST_NOT = ["NERIS DAILY", "Lithuania in English since 2009",
            "News | Politics | Security | Business | Culture | Opinion | Podcasts",
            "Slapukai. This website uses cookies for analytics and advertising. Sutinku / I agree | Daugiau / More",
            "Security & Defence", "By Rūta Vaitkutė, security correspondent", "2025-10-08 14:31 · Updated 2025-10-08 16:05",
            "Photo: Lithuanian Armed Forces", "Reklama", "Related articles",
            "Lithuania extends the state of emergency on the Belarusian border",
            "Follow Neris Daily on Facebook, X and Telegram", "Tags: drones, Belarus, air defence, Varėna, border",
            "Comments: 12",
            "Rūta Vaitkutė covers defence and security for Neris Daily. She previously worked for a regional newspaper "
            "in Alytus.",
            "© UAB Neris Media, 2025. Any use of content without written permission is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
