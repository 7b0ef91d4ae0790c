from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, TER, MOB, AGR, ARR, POL, AGC

TITLE = "Thirty-six hours of mutiny: how the Molot column got within 200 kilometres of Moscow, and why it turned back"
TEXT = """НОВАЯ ВОЛНА · NOVAYA VOLNA
Independent Russian journalism · published from Riga
Russia | War | Politics | Society | Opinion | English
26 June 2023, 14:10 · Text: Novaya Volna editorial team
Russian authorities have put Novaya Volna on their list of "undesirable organisations"; sharing our texts from inside Russia can lead to prosecution.
Thirty-six hours of mutiny: how the Molot column got within 200 kilometres of Moscow, and why it turned back
By Monday morning the only visible traces of the weekend's mutiny were the scorched oil tanks on the edge of Voronezh, the holes in the asphalt of the M4 and the flowers that some residents of Rostov-on-Don had laid in front of the Southern Military District headquarters. We reconstructed what happened from local channels, officials' statements and conversations with witnesses.

Friday: the video
The crisis began on Friday afternoon, when the founder of the private military company Molot published a video accusing the defence ministry of striking one of the company's rear camps in occupied Ukraine with missiles and killing "a great many" of his men. The ministry called this a "provocation"; no one has been able to verify the strike, and the founder did not say where the camp was. That evening he announced a "march of justice".

Saturday morning: Rostov
By half past seven on Saturday morning, Molot fighters in armoured vehicles had taken control of the headquarters of the Southern Military District in the centre of Rostov-on-Don, together with the city's military airfield, without a shot being fired. Police officers watched from the kerb. "They asked where they could buy coffee and whether the shawarma place was open. Nobody fired anything in our street," said Nikolai Berezin, who lives two doors from the headquarters.

Saturday: the M4
A second column, several hundred vehicles according to traffic cameras, drove north along the M4 highway at the same time. It passed Voronezh shortly before noon. Near Boguchar, further south on the same road, an army helicopter fired at the column in the morning and destroyed a truck, the mercenaries said. Outside Voronezh, a missile fired from a helicopter at the column hit an oil depot instead; the fire burned for almost a day, and the regional governor said no one had been hurt.
Over the Voronezh region, Molot's air defence brought down six helicopters and an Il-22 command aircraft on Saturday, according to pro-war military bloggers. At least 13 airmen were killed, they wrote; the defence ministry has not commented on its losses.
In the Lipetsk region, road crews with excavators dug up sections of the M4 on Saturday afternoon to slow the column, and the traffic police closed the highway to civilian cars. In Moscow, the authorities introduced a "counter-terrorist operation regime" on Saturday morning, and the mayor declared Monday a day off.

Saturday evening: the deal
Shortly after eight on Saturday evening, the founder announced that his men would turn around "to avoid spilling Russian blood". The press service of the Belarusian leader said a deal had been reached in telephone talks that the leader had held with him during the day: the criminal case for armed mutiny would be dropped, the founder would go to Belarus, and fighters who had not joined the march could sign contracts with the defence ministry. By the time the deal was announced, the column was some 200 kilometres from Moscow. Late that night the fighters left the Rostov headquarters to applause and selfies.

Sunday: the arrests
The state was quicker to deal with its own citizens than with the mutineers. On Sunday, police in St Petersburg detained two students who had hung a banner reading "Molot, don't stop" on a footbridge; both face charges of "discrediting" the army, their lawyer told us.

What it means
"For a day the Russian state simply was not there. Governors were silent, the army was absent, and the only force on the road to Moscow was the one marching on it," said Aleksei Varentsov, a political scientist who left Russia last year and now teaches in Vilnius.
The feud between the company's founder and the defence ministry had been public since at least the spring, when his fighters were taking Bakhmut and he recorded videos among the bodies of his men asking for ammunition. The ministry's order that all volunteer formations must sign contracts by 1 July was, many analysts believe, the real trigger.
Support independent journalism: donate from €5 a month
How to read Novaya Volna from Russia without a VPN: our mirrors and Telegram bot
© 2023 Novaya Volna, SIA. All rights reserved.
"""
DOC = {"id": "lg05", "date": "2023-06-26", "source": "Novaya Volna (Russian independent outlet in exile, English page)",
       "url": "https://novayavolna.example/en/2023/06/26/36-hours-of-mutiny", "text": TEXT}

D, FRI, SAT, SUN = "2023-06-26", "2023-06-23", "2023-06-24", "2023-06-25"
MOL = "Molot private military company"
EVENTS = [
    E("lg05-1", TER, SAT, L("Rostov-on-Don"), "RU", "RU", family=[AGC, MOB],
      evidence="Molot fighters in armoured vehicles had taken control of the headquarters of the Southern Military District in the centre of Rostov-on-Don",
      note="'By half past seven on Saturday morning … had taken control of the headquarters … in the centre of "
           "Rostov-on-Don' (the page of Monday 26 Jun -> 24 Jun): the mutineers take a city's military headquarters "
           "without a shot = territory_change (non-violent transfer), both sides RU (the mercenaries belong to and "
           "fought for Russia); armed_group_change and military_mobilization accepted"),
    E("lg05-2", MOB, SAT, H("Voronezh", "M4 highway near Voronezh"), "RU", None,
      evidence="A second column, several hundred vehicles according to traffic cameras, drove north along the M4 highway at the same time. It passed Voronezh shortly before noon.",
      note="the column on the M4 -> military_mobilization (troop movement) of the mutineers, RU, target null; placed "
           "where the page fixes it: 'passed Voronezh shortly before noon' = near X, precision 2 (RU-VOR); Saturday"),
    E("lg05-3", ADS, SAT, H("Boguchar", "M4 near Boguchar"), "RU", "RU", weapons=[W("aircraft")],
      claimant=MOL,
      evidence="Near Boguchar, further south on the same road, an army helicopter fired at the column in the morning and destroyed a truck",
      note="a helicopter firing on the column = air strike (aircraft), the army (RU) on the mercenaries (RU); 'in the "
           "morning' of Saturday (the section heading) -> 24 Jun; near X = precision 2; no casualties stated"),
    E("lg05-4", ADS, SAT, H("Voronezh", "oil depot outside Voronezh"), "RU", "RU", fat=N(0), inj=N(0),
      weapons=[W("aircraft")], claimant="Voronezh regional governor",
      evidence="Outside Voronezh, a missile fired from a helicopter at the column hit an oil depot instead",
      note="a helicopter's missile aimed at the column hit an oil depot: typed by the platform (aircraft -> air "
           "strike); 'outside X' = precision 2; 'no one had been hurt' -> 0/0; the lead's 'scorched oil tanks on the "
           "edge of Voronezh' is the same"),
    E("lg05-5", INT, SAT, R("RU-VOR", "Voronezh region"), "RU", "RU", fat=N(13, "at_least"),
      weapons=[W("aircraft", intercepted=N(7))], claimant="pro-war military bloggers",
      evidence="Over the Voronezh region, Molot's air defence brought down six helicopters and an Il-22 command aircraft on Saturday",
      note="the mutineers' air defence downing aircraft -> interception, the defender (the mercenaries, RU) as actor1; "
           "six helicopters + one Il-22 = 7 aircraft; 'At least 13 airmen were killed' -> at_least 13; region only"),
    E("lg05-6", DIS, SAT, R("RU-LIP", "Lipetsk region"), None, None,
      evidence="road crews with excavators dug up sections of the M4 on Saturday afternoon to slow the column, and the traffic police closed the highway to civilian cars",
      note="the highway dug up and closed -> infrastructure_disruption with sides null (road closures as bridge and "
           "airport closures); the Lipetsk region only (precision 3)"),
    E("lg05-7", POL, SAT, R("RU-MOW", "Moscow"), "RU", None, optional=True,
      evidence="In Moscow, the authorities introduced a \"counter-terrorist operation regime\" on Saturday morning",
      note="a security regime introduced by the authorities for the capital: a decision about the mutiny rather than "
           "the war with Ukraine -> optional; the mayor's day off on Monday is no war event"),
    E("lg05-8", AGR, SAT, C(None, "telephone talks"), "RU", "RU", claimant="press service of the Belarusian leader",
      evidence="a deal had been reached in telephone talks that the leader had held with him during the day",
      note="the deal announced 'Shortly after eight on Saturday evening' (telephone talks, mediated by the Belarusian "
           "leader) -> agreement between the mutineers and the Russian state, no place (blind41 kr06); the turnaround "
           "'some 200 kilometres from Moscow' is its consequence"),
    E("lg05-9", TER, SAT, L("Rostov-on-Don"), "RU", "RU", optional=True,
      evidence="Late that night the fighters left the Rostov headquarters to applause and selfies.",
      note="the mercenaries leave the headquarters late on Saturday: a hand-back of lg05-1 rather than a new capture "
           "-> optional"),
    E("lg05-10", ARR, SUN, L("Saint Petersburg"), "RU", None,
      evidence="On Sunday, police in St Petersburg detained two students who had hung a banner",
      note="police detain two students on Sunday 25 Jun -> arrest by RU, actor2 null (blind51 call 7); the charges are "
           "a legal step, not a second event"),
    E("lg05-11", "missile_artillery_strike", FRI, C(None, "rear camp, place not given"), "RU", "RU", optional=True,
      weapons=[W("missile")], claimant="founder of the Molot private military company",
      evidence="accusing the defence ministry of striking one of the company's rear camps in occupied Ukraine with missiles",
      note="the founder's unverified claim of a missile strike on a camp he did not place, denied as a 'provocation' "
           "-> optional, no usable place"),
]
# Not events: the lead's traces (scorched tanks = lg05-4, holes in the M4 = lg05-6, flowers at the headquarters); the
# 'march of justice' announced on Friday evening (an announcement); police 'watched from the kerb' (no action); the
# Monday day off (civic decision); the founder's turnaround words and the terms of the deal (the criminal case 'would
# be dropped', the founder 'would go to Belarus', fighters 'could sign contracts': future, part of lg05-8); the
# charges of 'discrediting' the army (legal step); Varentsov's assessment; the feud 'since at least the spring',
# Bakhmut and the videos (history without days); the order to sign contracts 'by 1 July' (a deadline in the future
# at the time, and no decision day). Not gold statements: the founder's fragments "a great many" and "to avoid spilling
# Russian blood", the ministry's "provocation", "counter-terrorist operation regime", the banner "Molot, don't stop" and
# "discrediting" (fragments, slogans, title-only speakers).
STATEMENTS = [
    S("Nikolai Berezin", "RU", "Nobody fired anything in our street", "resident, Rostov-on-Don"),
    S("Aleksei Varentsov", None, "For a day the Russian state simply was not there", "political scientist in exile, Vilnius"),
]
MUST_NOT = ["НОВАЯ ВОЛНА · NOVAYA VOLNA", "Independent Russian journalism · published from Riga",
            "Russia | War | Politics | Society | Opinion | English",
            "26 June 2023, 14:10 · Text: Novaya Volna editorial team",
            "Russian authorities have put Novaya Volna on their list of \"undesirable organisations\"; sharing our texts from inside Russia can lead to prosecution.",
            "Support independent journalism: donate from €5 a month",
            "How to read Novaya Volna from Russia without a VPN: our mirrors and Telegram bot",
            "© 2023 Novaya Volna, SIA. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
