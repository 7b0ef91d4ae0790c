from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Russia attacks Ukraine with 371 drones and missiles overnight: industrial facility hit in Starokostiantyniv, one killed"
TEXT = """PROSTIR
УКР | ENG
News | Politics | War | Economy | Opinion | Podcasts
Wednesday, 11 June 2025, 08:56
Russia attacks Ukraine with 371 drones and missiles overnight: industrial facility hit in Starokostiantyniv, one killed
Tetiana Honchar — Prostir
Russian forces struck Ukraine overnight on 10-11 June with 352 attack drones and decoy drones, 13 Kh-101 cruise missiles, 2 Kalibr cruise missiles and 4 Iskander-M ballistic missiles – 371 air attack assets in total.

Source: Ukraine's Air Force on Telegram

Details: By 08:00, air defence had shot down 296 of the drones, 11 of the Kh-101s, both Kalibrs and one Iskander-M. Another 31 drones were "locationally lost" – in other words, they vanished from radar without causing damage, most likely because of electronic warfare.

The main blow fell on the Khmelnytskyi region, where the regional military administration reported 38 drones and four cruise missiles shot down.

In Starokostiantyniv, missiles and drones hit an industrial facility, the head of the city's military administration said. A 41-year-old security guard was killed and two workers were injured.
Support Prostir on Patreon – independent journalism depends on you
Twenty-seven Shaheds were destroyed over the Vinnytsia region. One drone nevertheless reached an energy facility in the Kalynivka hromada, and about 12,000 households were left without electricity until mid-morning.

The Kyiv Oblast Military Administration put the number of drones downed over the region at 44. In Bila Tserkva, a drone crashed into a warehouse of a logistics company, and the fire spread over 2,000 square metres. No one was injured.

In Kyiv itself, debris of downed drones fell in the Darnytskyi and Dniprovskyi districts. Three people were injured, one of whom was hospitalised, the Kyiv City Military Administration reported.

Lutsk did not escape either: debris damaged the roof and windows of a school in the city overnight, with no casualties, the mayor said.

Air defence was also at work in the Cherkasy and Zhytomyr regions.
Advertisement:
Quote from Air Force spokesman Oleksandr Prokopenko: "The enemy is probing the west again, hoping the decoys will drain our interceptors before the missiles arrive. Tonight that did not work."

Poland's Operational Command said it had scrambled Polish and allied aircraft in the early hours as the attack approached the border, and that ground-based air defence had been put on the highest alert.

Background: This was the second combined attack in four days. On Saturday, Iskander-M ballistic missiles hit Kharkiv, killing four people and injuring 19.

Quote from Starokostiantyniv resident Nadiia Koval: "The walls shook like paper. We sat in the corridor with the children until it got light, and then we went out and saw the smoke over the plant."
Read also: Ukraine receives second batch of interceptor drones funded by Danish model
Subscribe to Prostir on Telegram to be the first to know
Tags: air attack, drones, missiles, Khmelnytskyi region
"""
DOC = {"id": "le04", "date": "2025-06-11", "source": "Prostir (Ukrainian national news site, English version)",
       "url": "https://www.prostir.example/eng/news/2025/06/11/7515248/", "text": TEXT}

D, SAT = "2025-06-11", "2025-06-07"
WAVE, INTC = "le04-1", "le04-2"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(352)), W("cruise_missile", "Kh-101", launched=N(13)),
               W("cruise_missile", "Kalibr", launched=N(2)), W("ballistic_missile", "Iskander-M", launched=N(4))],
      ev="Russian forces struck Ukraine overnight on 10-11 June with 352 attack drones and decoy drones",
      note="the wave 'overnight on 10-11 June' = 11 June (the night ends on the publication day): 352 drones and "
           "decoys, 13 Kh-101, 2 Kalibr, 4 Iskander-M = 371; country parent typed by the missiles, one weapon entry "
           "per kind the text counts apart"),
    E(INTC, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("drone", intercepted=N(296)), W("cruise_missile", "Kh-101", intercepted=N(11)),
               W("cruise_missile", "Kalibr", intercepted=N(2)), W("ballistic_missile", "Iskander-M", intercepted=N(1))],
      ev="By 08:00, air defence had shot down 296 of the drones, 11 of the Kh-101s, both Kalibrs and one Iskander-M",
      note="'shot down 296 of the drones, 11 of the Kh-101s, both Kalibrs and one Iskander-M' ('both' = 2); the 31 "
           "'locationally lost' are not intercepted (blind43 call 1)"),
    E("le04-3", INT, D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent=INTC,
      weapons=[W("drone", intercepted=N(38)), W("cruise_missile", intercepted=N(4))],
      ev="where the regional military administration reported 38 drones and four cruise missiles shot down",
      note="'The main blow fell on the Khmelnytskyi region, where … 38 drones and four cruise missiles shot down': a "
           "regional count -> required"),
    E("le04-4", MAS, D, L("Starokostiantyniv"), "RU", "UA", parent=WAVE, fat=N(1), inj=N(2),
      weapons=[W("missile"), W("drone")],
      ev="In Starokostiantyniv, missiles and drones hit an industrial facility",
      note="missiles and drones on an industrial facility: 1 killed (the guard), 2 injured; typed by the heaviest "
           "weapon"),
    E("le04-5", INT, D, R("UA-05", "Vinnytsia region"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(27))],
      ev="Twenty-seven Shaheds were destroyed over the Vinnytsia region",
      note="number in words opening the sentence: 27 drones over the Vinnytsia region -> required regional interception"),
    E("le04-6", ADS, D, H("Kalynivka", "Kalynivka hromada"), "RU", "UA", parent=WAVE, weapons=[W("drone")],
      ev="One drone nevertheless reached an energy facility in the Kalynivka hromada",
      note="a drone on an energy facility in the Kalynivka hromada (Vinnytsia region; 707155, not the Mykolaiv or "
           "Donetsk namesakes): a hromada = precision 2; no casualties stated"),
    E("le04-7", DIS, D, H("Kalynivka", "Kalynivka hromada"), "RU", "UA", parent="le04-6",
      ev="about 12,000 households were left without electricity until mid-morning",
      note="12,000 households without power 'until mid-morning': an outage restored the same morning is still an "
           "outage (blind44 call 6)"),
    E("le04-8", INT, D, R("UA-32", "Kyiv region"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(44))],
      ev="The Kyiv Oblast Military Administration put the number of drones downed over the region at 44",
      note="'put the number of drones downed over the region at 44': a count in another wording -> required (Kyiv "
           "oblast UA-32, not the city)"),
    E("le04-9", ADS, D, L("Bila Tserkva"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="In Bila Tserkva, a drone crashed into a warehouse of a logistics company",
      note="drone into a logistics warehouse in Bila Tserkva (712165, Kyiv region), fire over 2,000 m2; 'No one was "
           "injured' -> 0/0"),
    E("le04-10", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(3), weapons=[W("drone")],
      ev="In Kyiv itself, debris of downed drones fell in the Darnytskyi and Dniprovskyi districts",
      note="debris in two districts of the capital (= the city), one toll for both: one event, 3 injured (one "
           "hospitalised counts among them)"),
    E("le04-11", ADS, D, L("Lutsk"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="Lutsk did not escape either: debris damaged the roof and windows of a school in the city overnight",
      note="debris (of the drone wave; the missile is not named -> drone) on a school in Lutsk, 'with no casualties' "
           "-> 0/0; fronted clause 'Lutsk did not escape either'"),
    E("le04-12", INT, D, R("UA-71", "Cherkasy region"), "UA", "RU", parent=INTC, optional=True,
      ev="Air defence was also at work in the Cherkasy and Zhytomyr regions",
      note="region merely listed without a count -> optional"),
    E("le04-13", INT, D, R("UA-18", "Zhytomyr region"), "UA", "RU", parent=INTC, optional=True,
      ev="Air defence was also at work in the Cherkasy and Zhytomyr regions", note="listed region -> optional"),
    E("le04-14", MOB, D, C("PL", "Poland"), "PL", None,
      ev="Poland's Operational Command said it had scrambled Polish and allied aircraft in the early hours",
      note="Poland scrambled aircraft and raised ground air defence to the highest alert 'in the early hours': one "
           "mobilization of the scrambling state, no place -> country"),
    E("le04-15", MAS, SAT, L("Kharkiv"), "RU", "UA", fat=N(4), inj=N(19), weapons=[W("ballistic_missile", "Iskander-M")],
      ev="On Saturday, Iskander-M ballistic missiles hit Kharkiv, killing four people and injuring 19",
      note="recalled under 'Background:' with a day: 'On Saturday' (7 June) -> required; 4 killed, 19 injured"),
]
# Not events: the 31 'locationally lost' drones, 'most likely because of electronic warfare' (speculation), 'the
# second combined attack in four days' (count of attacks), the power restored by mid-morning (end of le04-7), the
# Read-also headline on interceptor drones (furniture), the spokesman's 'hoping the decoys will drain' (assessment).
STATEMENTS = [
    S("Oleksandr Prokopenko", "UA", "hoping the decoys will drain our interceptors before the missiles arrive",
      "Air Force spokesman"),
    S("Nadiia Koval", "UA", "The walls shook like paper", "resident of Starokostiantyniv"),
]
# Not gold: "locationally lost" (term); Poland's Operational Command is reported speech only.
MUST_NOT = ["PROSTIR", "УКР | ENG", "News | Politics | War | Economy | Opinion | Podcasts", "Wednesday, 11 June 2025, 08:56",
            "Tetiana Honchar — Prostir", "Support Prostir on Patreon – independent journalism depends on you",
            "Advertisement:", "Read also: Ukraine receives second batch of interceptor drones funded by Danish model",
            "Subscribe to Prostir on Telegram to be the first to know",
            "Tags: air attack, drones, missiles, Khmelnytskyi region"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
