from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, TER

TITLE = ("Summary of the Ministry of Defence of the Russian Federation on the progress of the special military "
         "operation (as of 14 October 2025)")
TEXT = """MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION
RUS | ENG | FRA | ESP | ARA
Version for the visually impaired
Ministry | Structure | News | Documents | Multimedia | Contacts
Main page / News / Special military operation
Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (as of 14 October 2025)
14.10.2025 (13:05)
The Armed Forces of the Russian Federation continue the special military operation.

Units of the Sever group of forces inflicted defeat on manpower and equipment of a mechanised brigade and a territorial defence brigade of the AFU in the areas of the settlements of Yunakovka and Khotin in the Sumy region and Volchansk in the Kharkov region. The AFU lost up to 115 servicemen, an armoured combat vehicle and four motor vehicles.

Units of the Zapad group of forces improved the tactical position and defeated formations of an assault brigade of the AFU in the areas of Kupyansk and Kondrashovka in the Kharkov region. Enemy losses amounted to up to 180 servicemen and two field artillery guns.

As a result of active operations, units of the Tsentr group of forces liberated the settlement of Udachnoye in the Donetsk People's Republic. Near Rodinskoye and Zverevo, two counterattacks by assault groups of the AFU were repelled.

Units of the Vostok group of forces continued to advance into the depth of the enemy's defence and liberated the settlement of Uspenovka in the Zaporozhye region.

Operational-tactical aviation, attack unmanned aerial vehicles, missile troops and artillery of the groups of forces struck energy infrastructure facilities used in the interests of the AFU, workshops for the assembly of long-range UAVs, and temporary deployment points of armed formations and foreign mercenaries in 147 areas.

Air defence means shot down four JDAM guided aerial bombs, seven HIMARS rockets and 263 fixed-wing unmanned aerial vehicles over the past day.

Between 23:00 on 13 October and 07:00 on 14 October Moscow time, duty air defence systems intercepted and destroyed 61 Ukrainian fixed-wing unmanned aerial vehicles: 22 over the territory of the Bryansk region, 17 over the Kursk region, 9 over the Belgorod region, 7 over the Oryol region, 4 over the Tula region and 2 over the Kaluga region.

In total, since the beginning of the special military operation, 670 aircraft, 283 helicopters, 91 214 unmanned aerial vehicles and 25 116 tanks and other armoured combat vehicles have been destroyed.
Department of Information and Mass Communications of the Ministry of Defence of the Russian Federation
Print version
Share: VK | OK | Telegram
© 2025 Ministry of Defence of the Russian Federation. Any use of materials requires a hyperlink to the official website.
"""
DOC = {"id": "kq03", "date": "2025-10-14", "source": "Ministry of Defence of the Russian Federation (official website, English version)",
       "url": "https://mil-rf.example/en/news/summary-2025-10-14", "text": TEXT}

D, Y = "2025-10-14", "2025-10-13"
PAST = dict(prec="range", end=D)
MOD = "Russian Defence Ministry"
FAM = [ADS, CLA]
EVENTS = [
    E("kq03-1", MAS, Y, H("Yunakivka", "area of Yunakivka (Yunakovka)"), "RU", "UA", family=FAM, claimant=MOD, **PAST,
      note="'inflicted defeat on manpower and equipment … in the areas of' Yunakovka: the MoD's past-day formula, "
           "weapon not said -> missile_artillery_strike with air_drone_strike and armed_clash accepted, precision 2 "
           "(blind16 h03 convention); 'up to 115 servicemen' are losses, not fatalities"),
    E("kq03-2", MAS, Y, H("Khotin", "area of Khotin"), "RU", "UA", family=FAM, claimant=MOD, **PAST,
      note="second place of the Sever sentence (Sumy-oblast Khotin 706253)"),
    E("kq03-3", MAS, Y, H("Vovchansk", "area of Vovchansk (Volchansk)"), "RU", "UA", family=FAM, claimant=MOD, **PAST,
      note="third place, Kharkiv region (Russian form Volchansk)"),
    E("kq03-4", MAS, Y, H("Kupiansk", "area of Kupiansk (Kupyansk)"), "RU", "UA", family=FAM, claimant=MOD, **PAST,
      note="Zapad paragraph: 'defeated formations … in the areas of Kupyansk'; 'improved the tactical position' names "
           "no capture"),
    E("kq03-5", MAS, Y, H("Kindrashivka", "area of Kindrashivka (Kondrashovka)"), "RU", "UA", family=FAM, claimant=MOD,
      **PAST, note="Kondrashovka = Kindrashivka (Kupiansk district, 705175)"),
    E("kq03-6", TER, D, L("Udachne", name="Udachne (Udachnoye)"), "RU", "UA", claimant=MOD,
      note="'liberated the settlement of Udachnoye in the Donetsk People's Republic': one side's capture claim, "
           "required, dated the summary day (blind37 call 6); the 'DPR' is Donetsk oblast UA-14"),
    E("kq03-7", CLA, Y, H("Rodynske", "near Rodynske (Rodinskoye)"), "UA", "RU", claimant=MOD, **PAST,
      note="'Near Rodinskoye and Zverevo, two counterattacks … were repelled': agentless passive; the attacker is the "
           "AFU -> actor1 UA; one clash per place"),
    E("kq03-8", CLA, Y, H("Zvirove", "near Zvirove (Zverevo)"), "UA", "RU", claimant=MOD, **PAST,
      note="second place of the repelled counterattacks"),
    E("kq03-9", TER, D, L("Uspenivka", name="Uspenivka (Uspenovka)"), "RU", "UA", claimant=MOD,
      note="Vostok group 'liberated the settlement of Uspenovka in the Zaporozhye region' = Uspenivka 690619 "
           "(Huliaipole area), not the Odesa or Donetsk namesakes"),
    E("kq03-10", MAS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, family=[ADS], claimant=MOD, **PAST,
      note="strikes 'in 147 areas' without a place: optional tally (blind16 h04-25)"),
    E("kq03-11", INT, Y, C(None, "not stated"), "RU", "UA", agg=True, claimant=MOD, **PAST,
      weapons=[W("guided_bomb", "JDAM", intercepted=N(4)), W("mlrs", "HIMARS", intercepted=N(7)),
               W("drone", intercepted=N(263))],
      note="'shot down four JDAM … seven HIMARS rockets and 263 … UAVs over the past day': past-day tally without a "
           "place (over occupied Ukraine and Russia alike) -> country null"),
    E("kq03-12", INT, D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(61))],
      note="'Between 23:00 on 13 October and 07:00 on 14 October … 61': the night's interception over Russia, dated "
           "the morning (the night of a morning report)"),
    E("kq03-13", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="kq03-12", claimant=MOD,
      weapons=[W("drone", intercepted=N(22))], note="22 over the Bryansk region: a regional count -> required"),
    E("kq03-14", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="kq03-12", claimant=MOD,
      weapons=[W("drone", intercepted=N(17))], note="17 over the Kursk region"),
    E("kq03-15", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="kq03-12", claimant=MOD,
      weapons=[W("drone", intercepted=N(9))], note="9 over the Belgorod region"),
    E("kq03-16", INT, D, R("RU-ORL", "Oryol region"), "RU", "UA", parent="kq03-12", claimant=MOD,
      weapons=[W("drone", intercepted=N(7))], note="7 over the Oryol region"),
    E("kq03-17", INT, D, R("RU-TUL", "Tula region"), "RU", "UA", parent="kq03-12", claimant=MOD,
      weapons=[W("drone", intercepted=N(4))], note="4 over the Tula region"),
    E("kq03-18", INT, D, R("RU-KLU", "Kaluga region"), "RU", "UA", parent="kq03-12", claimant=MOD,
      weapons=[W("drone", intercepted=N(2))], note="2 over the Kaluga region"),
    E("kq03-19", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole, implied by the interception count: optional "
           "(blind37 call 5)"),
]
# Not events: 'continue the special military operation', 'improved the tactical position' (no place taken), 'continued
# to advance into the depth' (the capture is the event), losses 'up to 115/180 servicemen' (no fatalities of an
# incident), the totals 'since the beginning of the special military operation' (history), the department's signature
# line (furniture).
STATEMENTS = []
MUST_NOT = ["MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION", "RUS | ENG | FRA | ESP | ARA",
            "Version for the visually impaired", "Ministry | Structure | News | Documents | Multimedia | Contacts",
            "Main page / News / Special military operation", "14.10.2025 (13:05)",
            "Department of Information and Mass Communications of the Ministry of Defence of the Russian Federation",
            "Print version", "Share: VK | OK | Telegram",
            "© 2025 Ministry of Defence of the Russian Federation. Any use of materials requires a hyperlink to the "
            "official website."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
