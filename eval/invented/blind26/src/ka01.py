from common import E, L, R, C, N, W, S, gold

TITLE = "Kharkov oblast: civilian harm entries, 15-17 April 2022"
TEXT = """SLOBODA LEDGER
open-source civilian harm tracker / est. March 2022
≡ Tracker   Dataset   Method   Team   Support us
Kharkov oblast: civilian harm entries, 15-17 April 2022
Snapshot generated 18/04/2022 10:12 EEST · 14 rows · filter: oblast = Kharkivska
Download .xlsx  ·  JSON API  ·  Embed map
Place names are given as the original sources wrote them (mostly Russian-language Telegram channels). Unless a row says otherwise, the harm is attributed to Russian forces. Rows marked [DUP] repeat an earlier row; rows marked [WDN] were withdrawn after review.

Fri 15.04
1. Kharkov, Saltovka (Saltivskyi district): 9-storey residential building hit by shelling, 2 dead, 6 injured.
2. Dergachi: school damaged, reportedly by an air-dropped bomb. No casualties reported.
3. Chuguev: strike on a bus depot; driver injured.
4. Kharkov, Kholodnaya Gora: private houses set on fire by Grad rockets, 1 woman killed.

Sat 16.04
5. Zolochev (Kharkov oblast): administrative building destroyed by a missile, casualties unknown.
6. Malaya Danilovka: residential streets shelled in the evening, 3 injured.
7. Kharkov, Industrialny district: tram depot hit; 1 dead.
8. [DUP] Dergachi: school hit, aerial bomb — same video as row 2.

Sun 17.04
9. Balakleya (occupied): explosions at a Russian ammunition depot; Ukraine's General Staff says its artillery hit it.
10. Bezruki: two cars hit by mortar fire on the road to Dergachi, 1 civilian killed, 1 injured.
11. Kharkov, Saltovka: cluster munitions on a market and a queue for humanitarian aid, 4 dead, 11 injured.
12. [WDN] Tsirkuny: "shelling of a kindergarten" — footage turned out to date from March.
13. Stary Saltov: bridge over the reservoir damaged by an airstrike; the road to Kharkov is cut.
14. Chuguev district: high-voltage line cut by shelling, about 3,000 subscribers without electricity.

Correction 18.04 09:30 — row 11: death toll revised from 4 to 5 (a man died in hospital overnight).

Cite as: Sloboda Ledger (2022), civilian harm tracker, rows SL-0412 to SL-0425
Mirror of this table refreshes every hour · report an error: corrections@sloboda-ledger.example
"""
DOC = {"id": "ka01", "date": "2022-04-18", "source": "Sloboda Ledger (open-source tracker)",
       "url": "https://sloboda-ledger.example.org/tracker/kharkivska/2022-04-18", "text": TEXT}

F = ["air_drone_strike"]
EVENTS = [
    E("ka01-1", "missile_artillery_strike", "2022-04-15", L("Kharkiv", 1, "Kharkiv (Saltivskyi district)"), "RU", "UA",
      fat=N(2), inj=N(6), note="row 1; Kharkov = Kharkiv, Saltovka = Saltivskyi district (city district = the city); "
                               "passive 'hit by shelling': attribution from the header rule"),
    E("ka01-2", "air_drone_strike", "2022-04-15", L("Derhachi", 1, "Derhachi (Dergachi)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("aircraft")], family=["missile_artillery_strike"],
      note="row 2; Russian form Dergachi; 'reportedly by an air-dropped bomb' = aircraft (air_drone_strike); "
           "'No casualties reported' = 0/0; row 8 is its marked duplicate"),
    E("ka01-3", "missile_artillery_strike", "2022-04-15", L("Chuhuiv", 1, "Chuhuiv (Chuguev)"), "RU", "UA", inj=N(1),
      family=F, note="row 3; 'strike on a bus depot', weapon not said: both strike types"),
    E("ka01-4", "missile_artillery_strike", "2022-04-15", L("Kharkiv", 1, "Kharkiv (Kholodnohirskyi district)"), "RU", "UA",
      fat=N(1), weapons=[W("mlrs", "Grad")], note="row 4; Kholodnaya Gora = Kholodnohirskyi district of Kharkiv; Grad = MLRS"),
    E("ka01-5", "missile_artillery_strike", "2022-04-16", L("Zolochiv-Kh", 1, "Zolochiv (Zolochev)"), "RU", "UA",
      weapons=[W("missile")], note="row 5; Zolochev = Zolochiv of Kharkiv oblast (686895, not the Lviv-oblast town); "
                                   "'casualties unknown' = counts absent"),
    E("ka01-6", "missile_artillery_strike", "2022-04-16", L("Mala Danylivka", 1, "Mala Danylivka (Malaya Danilovka)"),
      "RU", "UA", inj=N(3), note="row 6; Russian form; shelling"),
    E("ka01-7", "missile_artillery_strike", "2022-04-16", L("Kharkiv", 1, "Kharkiv (Industrialnyi district)"), "RU", "UA",
      fat=N(1), family=F, note="row 7; 'tram depot hit', weapon not said"),
    E("ka01-8", "missile_artillery_strike", "2022-04-17", L("Balakliia", 1, "Balakliia (Balakleya)"), "UA", "RU",
      weapons=[W("artillery")], claimant="General Staff of Ukraine",
      note="row 9: the row itself names the Ukrainian side (header exception); occupied town, Russian depot"),
    E("ka01-9", "missile_artillery_strike", "2022-04-17", L("Bezruky", 1, "Bezruky (Bezruki)"), "RU", "UA", fat=N(1),
      inj=N(1), weapons=[W("artillery")], note="row 10; mortar = artillery; 'on the road to Dergachi' is the road "
                                                "the cars were on, the row is placed at Bezruky"),
    E("ka01-10", "missile_artillery_strike", "2022-04-17", L("Kharkiv", 1, "Kharkiv (Saltivskyi district)"), "RU", "UA",
      fat=N(5), inj=N(11), family=F,
      note="row 11; cluster munitions, delivery not said (both types); the correction raises the dead from 4 to 5. "
           "Row 12 is withdrawn: no event"),
    E("ka01-11", "air_drone_strike", "2022-04-17", L("Staryi Saltiv", 1, "Staryi Saltiv (Stary Saltov)"), "RU", "UA",
      weapons=[W("aircraft")], note="row 13; airstrike on the bridge"),
    E("ka01-12", "infrastructure_disruption", "2022-04-17", L("Staryi Saltiv", 2, "road from Staryi Saltiv to Kharkiv"),
      "RU", "UA", optional=True, note="row 13: 'the road to Kharkov is cut' — a road cut, optional (blind16 call 9)"),
    E("ka01-13", "missile_artillery_strike", "2022-04-17", L("Chuhuiv", 2, "Chuhuiv district"), "RU", "UA",
      note="row 14; 'Chuguev district' named after the town = precision 2; shelling"),
    E("ka01-14", "infrastructure_disruption", "2022-04-17", L("Chuhuiv", 2, "Chuhuiv district"), "RU", "UA",
      note="row 14: about 3,000 subscribers without electricity (stated consumer outage)"),
]
STATEMENTS = []
MUST_NOT = ["SLOBODA LEDGER", "open-source civilian harm tracker / est. March 2022",
            "≡ Tracker   Dataset   Method   Team   Support us",
            "Snapshot generated 18/04/2022 10:12 EEST · 14 rows · filter: oblast = Kharkivska",
            "Download .xlsx  ·  JSON API  ·  Embed map",
            "Cite as: Sloboda Ledger (2022), civilian harm tracker, rows SL-0412 to SL-0425",
            "Mirror of this table refreshes every hour · report an error: corrections@sloboda-ledger.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
