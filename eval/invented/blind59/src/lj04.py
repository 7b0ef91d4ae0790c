from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, REX, ARR

TITLE = "Ukrainian forces shell bus station in Vasilyevka; car bomb kills official in Berdyansk"
TEXT = """ВЕСТНИК-ИНФОРМ
VESTNIK-INFORM · Federal News Agency · English service
Russia | World | Special military operation | Economy | Society | Sport
Registration certificate IA No. FS 77-80412 issued by Roskomnadzor. 18+
Special military operation › Zaporozhye region
Ukrainian forces shell bus station in Vasilyevka; car bomb kills official in Berdyansk
12:47 12.09.2023 (updated: 15:05 12.09.2023)
Views: 2318
We use cookies to improve the site. By continuing, you agree to the processing of your personal data. OK
MELITOPOL, September 12 – Vestnik-Inform. Two civilians were killed and five wounded on Tuesday morning when the Armed Forces of Ukraine shelled the bus station in Vasilyevka with 155-mm artillery, the acting governor of the Zaporozhye region said.

According to him, a regular bus to Melitopol was preparing to leave when the shells landed; the driver is among the wounded.

"They know perfectly well what time the morning bus leaves. There is not a single military facility within a kilometre of the station," said Sergei Klimov, the head of the Vasilyevka municipal district.

Overnight, Ukrainian militants dropped an explosive device from a drone on a private house in Kamenka-Dneprovskaya, the governor added. A 62-year-old woman was taken to hospital.

In Energodar, a Ukrainian kamikaze drone hit a substation on Monday evening, and part of the city was without electricity for several hours, the city administration reported. Power had been restored by the morning.

In Berdyansk, an explosive device planted under the car of the head of the city's housing and utilities department went off at about 07:50 on Tuesday. The official died at the scene, and a passer-by was injured. The Investigative Committee has opened a criminal case under the article on a terrorist act; according to investigators, the attack was prepared by Ukrainian special services.

Over the past day, air defence systems shot down two Storm Shadow cruise missiles and five HIMARS rockets over the Zaporozhye region, the Russian Defence Ministry said. Debris from one of the missiles fell on the outskirts of Tokmak and damaged a grain elevator; nobody was hurt, the local administration said.

Units of the Dnepr group of forces repelled three attacks by Ukrainian assault groups near Verbovoye and Malaya Tokmachka, the ministry said, adding that the enemy had lost up to 120 servicemen and two tanks in that area.

"For a week now they have been trying to break through at the same two points, and every time the minefields decide it," war correspondent Arkady Dremov wrote on his Telegram channel.

In Melitopol, FSB officers last Friday detained a local resident who, according to the security service, had passed the coordinates of Russian military positions to Ukrainian intelligence through a messenger. A criminal case for high treason has been opened.

The acting governor said that the question of moving schools in the front-line districts to distance learning would be decided next week.
Share: VK · OK · Telegram · WhatsApp
Subscribe to Vestnik-Inform on Telegram and VK
All news on the topic: Zaporozhye region
© 2023 Federal News Agency Vestnik-Inform. When using materials, a hyperlink to vestnik-inform.example is required.
"""
DOC = {"id": "lj04", "date": "2023-09-12", "source": "Vestnik-Inform (Russian state news agency, English service)",
       "url": "https://vestnik-inform.example/en/svo/20230912/vasilyevka-berdyansk-1849303.html", "text": TEXT}

D, MON, FRI = "2023-09-12", "2023-09-11", "2023-09-08"
PAST = dict(prec="range", end=D)
INTR = "lj04-6"
EVENTS = [
    E("lj04-1", MAS, D, L("Vasylivka", name="Vasylivka (Vasilyevka)"), "UA", None, fat=N(2), inj=N(5),
      weapons=[W("artillery")], claimant="acting Russian-installed governor of the Zaporizhzhia region",
      evidence="Two civilians were killed and five wounded on Tuesday morning when the Armed Forces of Ukraine shelled "
               "the bus station in Vasilyevka with 155-mm artillery",
      note="the occupation governor's claim, retold by the agency: the claimed attacker UA, actor2 null (blind53 call 5); "
           "Russian form Vasilyevka = Vasylivka 686729 (Zaporizhzhia oblast), not the Odesa or Chernivtsi villages; the "
           "driver is inside the five wounded"),
    E("lj04-2", ADS, D, L("Kamianka-Dniprovska", name="Kamianka-Dniprovska (Kamenka-Dneprovskaya)"), "UA", None,
      inj=N(1), weapons=[W("drone")],
      evidence="Ukrainian militants dropped an explosive device from a drone on a private house in Kamenka-Dneprovskaya",
      note="'Overnight' in a Tuesday page -> 12 Sep; a drone drop; 'taken to hospital' = injured (ANNOTATION 7)"),
    E("lj04-3", ADS, MON, L("Enerhodar", name="Enerhodar (Energodar)"), "UA", None, weapons=[W("drone")],
      evidence="In Energodar, a Ukrainian kamikaze drone hit a substation on Monday evening",
      note="'on Monday evening' -> 11 Sep; casualties not stated"),
    E("lj04-4", DIS, MON, L("Enerhodar", name="Enerhodar (Energodar)"), "UA", None, parent="lj04-3",
      evidence="part of the city was without electricity for several hours",
      note="outage caused by lj04-3 (restored 'by the morning': still an outage, blind50 call 6)"),
    E("lj04-5", REX, D, L("Berdiansk", name="Berdiansk (Berdyansk)"), "UA", "RU", fat=N(1), inj=N(1),
      claimant="Russian Investigative Committee",
      evidence="an explosive device planted under the car of the head of the city's housing and utilities department "
               "went off at about 07:50 on Tuesday",
      note="a car bomb = remote_explosive; the investigators blame 'Ukrainian special services' -> claimed actor1 UA; the "
           "target an occupation official (RU); 1 killed, 1 passer-by injured"),
    E(INTR, INT, MON, R("UA-23", "Zaporizhzhia region"), "RU", "UA", agg=True, claimant="Russian Ministry of Defence",
      weapons=[W("cruise_missile", "Storm Shadow", intercepted=N(2)), W("mlrs", "HIMARS", intercepted=N(5))], **PAST,
      evidence="Over the past day, air defence systems shot down two Storm Shadow cruise missiles and five HIMARS rockets "
               "over the Zaporozhye region",
      note="the MoD's past-day tally for one region -> range 11-12 Sep (ANNOTATION 6), aggregate; HIMARS rockets are an "
           "mlrs entry; the region is occupied Zaporizhzhia oblast (UA-23)"),
    E("lj04-7", MAS, MON, H("Tokmak", "outskirts of Tokmak"), "UA", None, parent=INTR, fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", "Storm Shadow")], **PAST,
      evidence="Debris from one of the missiles fell on the outskirts of Tokmak and damaged a grain elevator",
      note="debris of a downed missile damaging an elevator is placed as a strike (blind49 call 5), 0/0 ('nobody was "
           "hurt'); within the past day -> range; outskirts -> precision 2"),
    E("lj04-8", CLA, MON, H("Verbove", "near Verbove (Verbovoye)"), "UA", "RU", claimant="Russian Ministry of Defence",
      **PAST,
      evidence="repelled three attacks by Ukrainian assault groups near Verbovoye and Malaya Tokmachka",
      note="'repelled three attacks … near Verbovoye and Malaya Tokmachka': one clash per named place (blind49 call 8), "
           "the attacker UA; dated by the MoD's past-day summary -> range; 'lost up to 120 servicemen' is a loss claim "
           "(killed and wounded together), not a fatality count"),
    E("lj04-9", CLA, MON, H("Mala Tokmachka", "near Mala Tokmachka (Malaya Tokmachka)"), "UA", "RU",
      claimant="Russian Ministry of Defence", **PAST,
      evidence="repelled three attacks by Ukrainian assault groups near Verbovoye and Malaya Tokmachka",
      note="as lj04-8; Mala Tokmachka 702153 (Zaporizhzhia oblast)"),
    E("lj04-10", ARR, FRI, L("Melitopol"), "RU", None, claimant="FSB",
      evidence="In Melitopol, FSB officers last Friday detained a local resident",
      note="detention 'last Friday' of a Tuesday page -> 8 Sep (its own day wins over the announcement day, blind51 "
           "call 6); arrests by the FSB are RU with actor2 null"),
]
# Not events: the bus 'preparing to leave' (part of lj04-1), power 'restored by the morning' (end of lj04-4), the criminal
# case 'under the article on a terrorist act' and the treason case (procedure), 'lost up to 120 servicemen and two
# tanks' (a loss claim inside lj04-8/9), the war correspondent's 'For a week now …' (habitual), the schools' question
# 'would be decided next week' (plan). The agency's dateline 'MELITOPOL, September 12 – Vestnik-Inform.' stays as text.
STATEMENTS = [
    S("Sergei Klimov", "RU", "There is not a single military facility within a kilometre of the station",
      "head of the Vasilyevka municipal district (Russian-installed)"),
    S("Arkady Dremov", "RU", "every time the minefields decide it", "war correspondent"),
]
MUST_NOT = ["Share: VK · OK · Telegram · WhatsApp",
            "We use cookies to improve the site. By continuing, you agree to the processing of your personal data. OK",
            "ВЕСТНИК-ИНФОРМ", "VESTNIK-INFORM · Federal News Agency · English service",
            "Russia | World | Special military operation | Economy | Society | Sport",
            "Registration certificate IA No. FS 77-80412 issued by Roskomnadzor. 18+",
            "Special military operation › Zaporozhye region", "12:47 12.09.2023 (updated: 15:05 12.09.2023)",
            "Views: 2318", "Subscribe to Vestnik-Inform on Telegram and VK", "All news on the topic: Zaporozhye region",
            "© 2023 Federal News Agency Vestnik-Inform. When using materials, a hyperlink to vestnik-inform.example is "
            "required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
