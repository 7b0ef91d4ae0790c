from common import E, L, R, C, N, W, S, gold

TITLE = "LPR units advance 9 km and take Novotoshkovskoye, Kalibr missiles destroy depot near Sarny - Defence Ministry"
TEXT = """GOSINFORM — Federal News Agency
Politics | Economy | Society | Special operation | Sport | Culture
LPR units advance 9 km and take Novotoshkovskoye, Kalibr missiles destroy depot near Sarny - Defence Ministry
12:04 17.03.2022
Text size: A A A

MOSCOW, 17 March. /GOSINFORM/. Units of the people's militia of the Lugansk People's Republic, supported by the Russian Armed Forces, have advanced 9 kilometres over the past day and taken control of the settlement of Novotoshkovskoye, the official spokesman of the Russian Defence Ministry, Major General Igor Sorokin, said at a briefing on Thursday.

"Units of the Lugansk People's Republic continue to clear the city of Rubezhnoye of nationalist formations. The enemy is suffering losses and abandoning heavy equipment," Sorokin said.

According to him, high-precision long-range sea-based Kalibr missiles destroyed a large depot of missile and artillery weapons of the Armed Forces of Ukraine near the settlement of Sarny in the Rovno region on Wednesday.

Operational-tactical and army aviation hit 74 military facilities of Ukraine over the past day, among them four command posts, two batteries of multiple rocket launchers and six ammunition depots.

Russian air defence systems shot down two Ukrainian Su-25 aircraft near Izyum and 13 unmanned aerial vehicles, including a Bayraktar TB2, over the past day. In the Kherson region, two Tochka-U tactical missiles were intercepted, the spokesman added.

Most read
Central Bank keeps key rate at 20%
Ruble strengthens against the dollar on the Moscow Exchange
Spring frosts expected in central Russia

In total, since the beginning of the special military operation, 173 aircraft and helicopters, 182 unmanned aerial vehicles and 1,412 tanks and other armoured combat vehicles of Ukraine have been destroyed, Sorokin said.

He also said that Ukrainian forces had shelled Gorlovka with Grad multiple rocket launchers on Wednesday evening, killing one civilian and wounding four. "The Kiev regime continues to shell the residential areas of Donbass, which once again demonstrates its nationalist nature," he said.

The Russian side is ready to open humanitarian corridors from Kharkov, Sumy and Chernigov towards Russia and Belarus from 10:00 Moscow time on Friday, the head of the Russian interdepartmental humanitarian response headquarters, Colonel General Pavel Lebedinsky, said.

Subscribe to GOSINFORM channels: Telegram | VK | Odnoklassniki
© 2022 GOSINFORM. All rights reserved. Reproduction only with a hyperlink to gosinform.example. 18+
"""
DOC = {"id": "o07", "date": "2022-03-17", "source": "GOSINFORM (Russian federal news agency)",
       "url": "https://gosinform.example/special-operation/20220317/briefing-mo.html", "text": TEXT}

D, WED = "2022-03-17", "2022-03-16"
MOD = "Russian Defence Ministry (Igor Sorokin)"
PAST = dict(end=D, prec="range")
EVENTS = [
    E("o07-1", "territory_change", WED, L("Novotoshkivske", 1, "Novotoshkivske (Novotoshkovskoye)"), "RU", "UA",
      claimant=MOD, note="LPR units (side RU) 'advanced 9 kilometres' and took the settlement over the past day", **PAST),
    E("o07-2", "armed_clash", WED, L("Rubizhne", 1, "Rubizhne (Rubezhnoye)"), "RU", "UA", claimant=MOD,
      note="'continue to clear the city': ongoing fighting, dated with the briefing's past day", **PAST),
    E("o07-3", "missile_artillery_strike", WED, L("Sarny", 2, "near Sarny (Rovno region)"), "RU", "UA",
      weapons=[W("cruise_missile", "Kalibr")], claimant=MOD),
    E("o07-4", "air_drone_strike", WED, C("UA", "Ukraine"), "RU", "UA", agg=True, weapons=[W("aircraft")],
      claimant=MOD, note="aviation hit 74 facilities over the past day: nationwide tally", **PAST),
    E("o07-5", "interception", WED, L("Izium", 2, "near Izium (Izyum)"), "RU", "UA",
      weapons=[W("aircraft", "Su-25", intercepted=N(2))], claimant=MOD, **PAST),
    E("o07-6", "interception", WED, C("UA", "Ukraine"), "RU", "UA", agg=True,
      weapons=[W("drone", intercepted=N(13))], claimant=MOD,
      note="13 UAVs over the past day, no place", **PAST),
    E("o07-7", "interception", WED, R("UA-65", "Kherson region"), "RU", "UA",
      weapons=[W("ballistic_missile", "Tochka-U", intercepted=N(2))], claimant=MOD,
      note="no day of its own: the briefing's past day", **PAST),
    E("o07-8", "missile_artillery_strike", WED, L("Horlivka", 1, "Horlivka (Gorlovka)"), "UA", None, fat=N(1),
      inj=N(4), weapons=[W("mlrs", "Grad")], claimant=MOD, note="'on Wednesday evening'; occupied city: actor2 null"),
]
STATEMENTS = [
    S("Igor Sorokin", "RU", "The enemy is suffering losses and abandoning heavy equipment",
      "Russian Defence Ministry spokesman"),
    S("Igor Sorokin", "RU", "once again demonstrates its nationalist nature", "Russian Defence Ministry spokesman"),
]
MUST_NOT = ["GOSINFORM — Federal News Agency", "Politics | Economy | Society | Special operation | Sport | Culture",
            "12:04 17.03.2022", "Text size: A A A", "Most read", "Central Bank keeps key rate at 20%",
            "Ruble strengthens against the dollar on the Moscow Exchange", "Spring frosts expected in central Russia",
            "Subscribe to GOSINFORM channels: Telegram | VK | Odnoklassniki",
            "© 2022 GOSINFORM. All rights reserved. Reproduction only with a hyperlink to gosinform.example. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
