from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, TER

TITLE = "Briefing of the Ministry of Defence of the Russian Federation on the special military operation (16 May 2023)"
TEXT = """MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION
RUS | ENG | FRA | ESP | DEU | ARA
For the visually impaired
Ministry | Structure | Activities | News | Documents | Contacts
Main page / News / Special military operation
Briefing of the Ministry of Defence of the Russian Federation on the special military operation (16 May 2023)
16.05.2023 (12:40)
The Armed Forces of the Russian Federation continue the special military operation.

In the Kupyansk direction, fire damage by artillery and heavy flamethrower systems of the Zapad group of forces hit units of the AFU in the areas of Kupyansk and Dvurechnaya in the Kharkov region. Up to 40 Ukrainian servicemen, two armoured fighting vehicles and three pickup trucks were destroyed.

In the Krasny Liman direction, two attacks by assault groups of the AFU near Kremennaya and Belogorovka in the Lugansk People's Republic were repelled by units of the Tsentr group of forces.

In the Donetsk direction, assault detachments continued offensive operations and liberated two blocks in the western part of Artyomovsk. Near Ivanovskoye and Kurdyumovka, units of the Yug group of forces repulsed attacks by units of the AFU. Fighter aviation of the Aerospace Forces shot down a Su-25 aircraft of the Ukrainian Air Force near Krasnogorovka in the Donetsk People's Republic.

In the Yuzhno-Donetsk direction, units of the Vostok group of forces, supported by aviation and artillery, inflicted defeat on units of the AFU in the areas of Ugledar and Velikaya Novoselka.

In the Zaporozhye direction, an ammunition depot of a mechanised brigade of the AFU was destroyed near Orekhov in the Zaporozhye region.

In the Kherson direction, as a result of fire damage, units of the AFU were hit in the areas of Antonovka and Berislav.

Operational-tactical and army aviation, missile troops and artillery of the groups of forces neutralised 89 artillery units at firing positions, manpower and military equipment in 112 areas.

Over the past day, air defence means shot down two Storm Shadow long-range cruise missiles, 11 HIMARS multiple rocket launcher rockets and nine unmanned aerial vehicles.

Overnight, an attempt by the Kiev regime to carry out a terrorist attack on facilities on the territory of the Russian Federation with six fixed-wing unmanned aerial vehicles was thwarted. Duty air defence systems intercepted and destroyed three UAVs over the territory of the Belgorod region, two over the Bryansk region and one over the Kursk region.

In total, since the beginning of the special military operation, 422 aircraft, 232 helicopters, 3 741 unmanned aerial vehicles and 8 907 tanks and other armoured combat vehicles have been destroyed.
Department of Information and Mass Communications of the Ministry of Defence of the Russian Federation
Print | Send
Share: VK | OK | Telegram | Dzen
© 2023 Ministry of Defence of the Russian Federation. Use of materials is permitted with a reference to the source.
"""
DOC = {"id": "ku12", "date": "2023-05-16", "source": "Ministry of Defence of the Russian Federation (official website, English version)",
       "url": "https://mil-rf.example/en/news/briefing-2023-05-16", "text": TEXT}

D, Y = "2023-05-16", "2023-05-15"
PAST = dict(prec="range", end=D)
MOD = "Russian Defence Ministry"
FAM = [ADS, CLA]
EVENTS = [
    E("ku12-1", MAS, Y, H("Kupiansk", "area of Kupiansk (Kupyansk)"), "RU", "UA", family=FAM, claimant=MOD,
      weapons=[W("artillery")], **PAST,
      note="'fire damage by artillery and heavy flamethrower systems … hit units of the AFU in the areas of Kupyansk': "
           "the MoD's past-day formula, one event per place, 'in the areas of' = precision 2 (blind40 call 3); "
           "artillery named; losses 'up to 40 servicemen' are no fatalities of an incident"),
    E("ku12-2", MAS, Y, H("Dvorichna", "area of Dvorichna (Dvurechnaya)"), "RU", "UA", family=FAM, claimant=MOD,
      weapons=[W("artillery")], **PAST,
      note="second place of the Kupyansk sentence: Dvurechnaya = Dvorichna 709399 (Kharkiv oblast)"),
    E("ku12-3", CLA, Y, H("Kreminna", "near Kreminna (Kremennaya)"), "UA", "RU", claimant=MOD, **PAST,
      note="passive 'two attacks by assault groups of the AFU near Kremennaya and Belogorovka … were repelled': the "
           "attacker is the AFU -> actor1 UA; one clash per place, precision 2; the 'Lugansk People's Republic' is "
           "Luhansk oblast UA-09"),
    E("ku12-4", CLA, Y, H("Bilohorivka", "near Bilohorivka (Belogorovka)"), "UA", "RU", claimant=MOD, **PAST,
      note="Belogorovka = Bilohorivka 712588 (Luhansk oblast, east of Siversk), not the Donetsk namesakes"),
    E("ku12-5", TER, D, L("Bakhmut", name="western part of Bakhmut (Artyomovsk)"), "RU", "UA", claimant=MOD,
      note="'liberated two blocks in the western part of Artyomovsk': a capture claim, required and dated the summary "
           "day (blind37 call 6); Artyomovsk is the Russian name of Bakhmut; 'in the western part of X' is within X -> "
           "precision 1 (blind42 call 1)"),
    E("ku12-6", CLA, Y, H("Ivanivske", "near Ivanivske (Ivanovskoye)"), "UA", "RU", claimant=MOD, **PAST,
      note="'Near Ivanovskoye and Kurdyumovka, units … repulsed attacks by units of the AFU': actor1 UA (attacker); "
           "Ivanovskoye = Ivanivske 704285 (west of Bakhmut), not the Luhansk Ivanivske"),
    E("ku12-7", CLA, Y, H("Kurdiumivka", "near Kurdiumivka (Kurdyumovka)"), "UA", "RU", claimant=MOD, **PAST,
      note="second place of the repulsed attacks (Kurdiumivka 703633, south of Bakhmut)"),
    E("ku12-8", INT, Y, H("Krasnohorivka", "near Krasnohorivka (Krasnogorovka)"), "RU", "UA", claimant=MOD,
      weapons=[W("aircraft", "Su-25", intercepted=N(1))], **PAST,
      note="'Fighter aviation … shot down a Su-25 aircraft of the Ukrainian Air Force near Krasnogorovka': an "
           "interception by Russia (actor1 the defender) of one aircraft; near X = precision 2; Krasnohorivka 704393 "
           "(Donetsk oblast), not the Poltava namesake"),
    E("ku12-9", MAS, Y, H("Vuhledar", "area of Vuhledar (Ugledar)"), "RU", "UA", family=FAM, claimant=MOD,
      weapons=[W("aircraft"), W("artillery")], **PAST,
      note="'supported by aviation and artillery, inflicted defeat on units of the AFU in the areas of Ugledar': "
           "formula event with both weapons named; armed_clash and air_drone_strike accepted"),
    E("ku12-10", MAS, Y, H("Velyka Novosilka", "area of Velyka Novosilka (Velikaya Novoselka)"), "RU", "UA",
      family=FAM, claimant=MOD, weapons=[W("aircraft"), W("artillery")], **PAST,
      note="second place of the Yuzhno-Donetsk sentence (Donetsk oblast UA-14)"),
    E("ku12-11", MAS, Y, H("Orikhiv", "near Orikhiv (Orekhov)"), "RU", "UA", family=[ADS], claimant=MOD, **PAST,
      note="passive 'an ammunition depot … was destroyed near Orekhov in the Zaporozhye region': weapon not said -> "
           "both strike types; near X = precision 2"),
    E("ku12-12", MAS, Y, H("Antonivka", "area of Antonivka (Antonovka)"), "RU", "UA", family=FAM, claimant=MOD, **PAST,
      note="Kherson direction 'as a result of fire damage, units of the AFU were hit in the areas of Antonovka': "
           "Antonivka 713304 on the right bank near Kherson"),
    E("ku12-13", MAS, Y, H("Beryslav", "area of Beryslav (Berislav)"), "RU", "UA", family=FAM, claimant=MOD, **PAST,
      note="second place of the Kherson sentence"),
    E("ku12-14", MAS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, family=[ADS], claimant=MOD, **PAST,
      note="'neutralised 89 artillery units … in 112 areas': a tally without a place -> optional (blind40 kq03-10)"),
    E("ku12-15", INT, Y, C(None, "not stated"), "RU", "UA", agg=True, claimant=MOD, **PAST,
      weapons=[W("cruise_missile", "Storm Shadow", intercepted=N(2)), W("mlrs", "HIMARS", intercepted=N(11)),
               W("drone", intercepted=N(9))],
      note="'Over the past day, air defence means shot down two Storm Shadow … 11 HIMARS … rockets and nine unmanned "
           "aerial vehicles': past-day tally without a place -> country null (blind40 kq03-11)"),
    E("ku12-16", INT, D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(6))],
      note="'Overnight, an attempt … with six fixed-wing unmanned aerial vehicles was thwarted': the night's "
           "interception over Russia dated the morning; the six are the sum of the regional counts"),
    E("ku12-17", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="ku12-16", claimant=MOD,
      weapons=[W("drone", intercepted=N(3))], note="'three UAVs over the territory of the Belgorod region'"),
    E("ku12-18", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="ku12-16", claimant=MOD,
      weapons=[W("drone", intercepted=N(2))], note="'two over the Bryansk region'"),
    E("ku12-19", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="ku12-16", claimant=MOD,
      weapons=[W("drone", intercepted=N(1))], note="'one over the Kursk region'"),
    E("ku12-20", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, claimant=MOD,
      note="the overnight drone attack on Russia as a whole ('terrorist attack … thwarted'): optional (blind37 call 5)"),
]
# Not events: 'continue the special military operation', 'continued offensive operations' (the liberated blocks are the
# event), the losses 'up to 40 Ukrainian servicemen, two armoured fighting vehicles …' (equipment and manpower claims,
# no incident toll), the totals 'since the beginning of the special military operation' (history). The directions
# (Kupyansk, Krasny Liman, Donetsk, Yuzhno-Donetsk, Zaporozhye, Kherson) are sectors, not places. The department's
# signature line is furniture.
STATEMENTS = []
MUST_NOT = ["MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION", "RUS | ENG | FRA | ESP | DEU | ARA",
            "For the visually impaired", "Ministry | Structure | Activities | News | Documents | Contacts",
            "Main page / News / Special military operation", "16.05.2023 (12:40)",
            "Department of Information and Mass Communications of the Ministry of Defence of the Russian Federation",
            "Print | Send", "Share: VK | OK | Telegram | Dzen",
            "© 2023 Ministry of Defence of the Russian Federation. Use of materials is permitted with a reference to the "
            "source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
