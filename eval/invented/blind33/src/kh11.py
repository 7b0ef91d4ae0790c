from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Drones over the Dnipro: Kherson logs 1,100 attacks in a week as minibus is hit"
TEXT = """DNIPRO DELTA POST
independent news from the south of Ukraine since 2016
Drones over the Dnipro: Kherson logs 1,100 attacks in a week as minibus is hit
07 July 2025 · 11:20 · by Marta Sydorenko
🎧 Prefer to listen? This article is available in audio (4 min)

A Russian drone dropped a munition on a minibus in Bilozerka on Sunday, killing the driver and wounding four passengers, the Kherson regional military administration said in its daily log of attacks.

The log, which lists each settlement and what hit it, recorded about 1,100 drone attacks on the right bank of the Dnipro over the past week, with six civilians killed and 41 injured.

"They watch the road from the other bank and wait for anything with people in it," said Oleh Marchenko, head of the Bilozerka village military administration. "A minibus is a target for them now."

Also on Sunday, an FPV drone struck an ambulance in Kherson's Korabelnyi district, injuring a paramedic, and on Saturday evening a drone hit a humanitarian aid distribution point in Antonivka, injuring two volunteers, according to the log.

On Friday morning, a drone hit a trolleybus in Kherson's Dniprovskyi district, injuring the driver and a passenger. The city suspended trolleybus traffic on two routes for the rest of the day.

On the occupied left bank, the Russian-installed authorities said Ukrainian artillery had wounded a man in Oleshky on Sunday. Their claim could not be verified.

Doctors at the Kherson regional hospital say most of their trauma patients now come with shrapnel from small drones rather than shell fragments. "We take out pieces the size of a fingernail, dozens from one body," said surgeon Iryna Tkach.

Kherson, which Ukrainian forces retook in November 2022, lies within range of Russian artillery and drones positioned across the river, and its population has fallen to roughly a quarter of its pre-war level.

The administration has closed several roads along the river to civilian traffic and is testing anti-drone nets over the main route into the city.

• Read next: Kherson's last bakery on the embankment reopens
• Read next: Why the ferry to Korabel island will not run this summer
Like our reporting? Become a patron from 2 € a month
Dnipro Delta Post is a member of the Independent Regional Press Association
"""
DOC = {"id": "kh11", "date": "2025-07-07", "source": "Dnipro Delta Post (regional news site)",
       "url": "https://dniprodelta.example/news/2025/07/07/drones-over-the-dnipro", "text": TEXT}

EVENTS = [
    E("kh11-1", ADS, "2025-07-06", L("Bilozerka"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("drone")],
      claimant="Kherson regional military administration",
      note="'dropped a munition on a minibus in Bilozerka on Sunday' (6 Jul), driver killed, four wounded"),
    E("kh11-2", ADS, "2025-07-01", R("UA-65", "Kherson oblast"), "RU", "UA", end="2025-07-07", prec="range", agg=True,
      fat=N(6), inj=N(41), weapons=[W("drone", launched=N(1100, "about"))],
      note="'about 1,100 drone attacks on the right bank … over the past week, with six civilians killed and 41 "
           "injured' = weekly aggregate 1-7 Jul (reference-6 … reference, the earlier sets' convention); region level "
           "(the right bank is part of the oblast); 'about 1,100' = launched about"),
    E("kh11-3", ADS, "2025-07-06", L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Also on Sunday, an FPV drone struck an ambulance in Kherson's Korabelnyi district' = the city; 1 injured"),
    E("kh11-4", ADS, "2025-07-05", L("Antonivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'on Saturday evening a drone hit a humanitarian aid distribution point in Antonivka' (5 Jul), two injured; "
           "Antonivka 713304, the Kherson suburb"),
    E("kh11-6", ADS, "2025-07-04", L("Kherson"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'On Friday morning, a drone hit a trolleybus in Kherson's Dniprovskyi district' (4 Jul) = the city; "
           "driver and passenger injured; perpetrator RU from the article's frame (Russian drones)"),
    E("kh11-7", DIS, "2025-07-04", L("Kherson"), "RU", "UA", parent="kh11-6",
      note="'suspended trolleybus traffic on two routes for the rest of the day'"),
    E("kh11-5", MAS, "2025-07-06", L("Oleshky"), "UA", None, inj=N(1), weapons=[W("artillery")],
      claimant="Russian-installed authorities",
      note="occupation claim: 'Ukrainian artillery had wounded a man in Oleshky on Sunday'; actor2 null for the "
           "occupied town; unverified but reported = gold"),
]
# Not events: the recapture of Kherson in November 2022 (history), the population figure, the road closures and anti-drone nets (measures without a day), the hospital's habitual caseload.
STATEMENTS = [
    S("Oleh Marchenko", "UA", "A minibus is a target for them now", "head of the Bilozerka village military administration"),
    S("Iryna Tkach", "UA", "We take out pieces the size of a fingernail", "surgeon, Kherson regional hospital"),
]
MUST_NOT = ["DNIPRO DELTA POST", "independent news from the south of Ukraine since 2016",
            "07 July 2025 · 11:20 · by Marta Sydorenko",
            "🎧 Prefer to listen? This article is available in audio (4 min)",
            "• Read next: Kherson's last bakery on the embankment reopens",
            "• Read next: Why the ferry to Korabel island will not run this summer",
            "Like our reporting? Become a patron from 2 € a month",
            "Dnipro Delta Post is a member of the Independent Regional Press Association"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
