from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, REX

TITLE = "Field log — shift of 18→19 September 2023"
TEXT = """SVITLO EVAC CREW
volunteer evacuation & first aid | Donetsk oblast
Log | Trips | Donate | About
Field log — shift of 18→19 September 2023
compiled by dispatcher "Chaika" · posted 19.09.2023 08:05
Times are local. KIA = killed, WIA = wounded. Lines are what our crews saw or were told on site; items we could not check are marked (?).

Sun 17.09
23:10 Druzhkivka — garage block by the railway hit, arty. 0 WIA. Crew 2 on site 23:40.

Mon 18.09
05:50 Kostiantynivka, Sviatoslava st. — private house burned out after a drone drop, owner (m, 71) WIA, taken to city hosp.
07:15 Kostiantynivka — second drop on the same street, nobody hurt
08:30 Chasiv Yar — did not go in, shelling all morning. Trip cancelled.
09:40 Toretsk outskirts — FPV on a civilian car, driver KIA, passenger WIA. Crew 1 took the passenger.
10:20 Kramatorsk — S-300 into the yard of a school, windows out in 3 blocks. 2 WIA (light).
11:05 Mykolaivka (Sloviansk raion) — shelling near the power plant, type of munition unknown. Casualties unknown.
13:45 Siversk — 3 x KAB on the centre. 1 KIA, 1 WIA.
15:00 Myrnohrad — Uragan cluster rockets on the market. 4 WIA. (Update 20:10: one of the 4 died in hospital.)
16:30 Selydove — mine in a field near the town, tractor driver WIA (?)
18:20 Lyman — arty on the bread queue by the post office: 2 KIA, 5 WIA
19:00 Kurakhove — substation hit, no light; ~9,000 without power. Our generator went to the bakery.
21:40 Pokrovsk — 2 Grad rockets near the bus station, no casualties
22:55 Sloviansk — blast heard, nothing found (ignore).

Tue 19.09
02:15 Druzhkivka — drone into a 5-storey on Soborna st., 1 WIA (woman, 48)

Crew totals for the shift: 23 people evacuated, 11 WIA transported.
Removed: 18.09 12:00 Bilozerske line (duplicate of the Myrnohrad one).
Fuel for crew 2: monobank jar in the bio
Svitlo Evac Crew, 2023. Reposting with a link is welcome.
"""
DOC = {"id": "lu03", "date": "2023-09-19", "source": "Svitlo Evac Crew (volunteer evacuation group's field log)",
       "url": "https://svitlo-evac.example/log/2023-09-19", "text": TEXT}

SUN, MON, TUE = "2023-09-17", "2023-09-18", "2023-09-19"
EVENTS = [
    E("lu03-1", MAS, SUN, L("Druzhkivka"), "RU", "UA", inj=N(0), weapons=[W("artillery")],
      evidence="23:10 Druzhkivka — garage block by the railway hit, arty. 0 WIA.",
      note="under the heading 'Sun 17.09' at 23:10 -> 17 Sep; 'arty' = artillery; '0 WIA' -> injured 0, killed not "
           "stated (absent)"),
    E("lu03-2", ADS, MON, L("Kostiantynivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      evidence="05:50 Kostiantynivka, Sviatoslava st. — private house burned out after a drone drop, owner (m, 71) WIA",
      note="'Mon 18.09' heading; a drop = drone strike, the owner wounded; a street = the town"),
    E("lu03-3", ADS, MON, L("Kostiantynivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="07:15 Kostiantynivka — second drop on the same street, nobody hurt",
      note="a second drop 85 minutes later is its own log line -> its own event (blind53 call 1); 'nobody hurt' -> 0/0"),
    E("lu03-4", ADS, MON, H("Toretsk", "outskirts of Toretsk"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("drone")],
      evidence="09:40 Toretsk outskirts — FPV on a civilian car, driver KIA, passenger WIA.",
      note="outskirts = precision 2; FPV = drone; driver killed, passenger wounded"),
    E("lu03-5", MAS, MON, L("Kramatorsk"), "RU", "UA", inj=N(2), weapons=[W("missile", "S-300")],
      evidence="10:20 Kramatorsk — S-300 into the yard of a school, windows out in 3 blocks. 2 WIA (light).",
      note="S-300 against a ground target -> missile_artillery_strike (ANNOTATION 4); '3 blocks' are buildings, not "
           "munitions"),
    E("lu03-6", MAS, MON, L("Mykolaivka"), "RU", "UA", family=[ADS],
      evidence="11:05 Mykolaivka (Sloviansk raion) — shelling near the power plant, type of munition unknown.",
      note="Mykolaivka with its raion in brackets = the town 700119 (Donetsk oblast, not the Odesa or Luhansk ones); "
           "'type of munition unknown' -> both strike types; 'Casualties unknown' -> absent"),
    E("lu03-7", ADS, MON, L("Siversk"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("guided_bomb", "KAB", launched=N(3))],
      evidence="13:45 Siversk — 3 x KAB on the centre. 1 KIA, 1 WIA.",
      note="three KABs counted -> launched 3 (guided bombs -> air_drone_strike)"),
    E("lu03-8", MAS, MON, L("Myrnohrad"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("mlrs", "Uragan")],
      evidence="15:00 Myrnohrad — Uragan cluster rockets on the market. 4 WIA.",
      note="the 'Update 20:10: one of the 4 died in hospital' changes the line's figures (blind53 call 2): 1 killed, "
           "3 wounded; no separate event"),
    E("lu03-9", REX, MON, H("Selydove", "field near Selydove"), None, "UA", inj=N(1),
      evidence="16:30 Selydove — mine in a field near the town, tractor driver WIA (?)",
      note="a mine -> remote_explosive, the layer unknown (actor1 null); 'a field near the town' = precision 2; the "
           "'(?)' marks it unchecked but the line still reports one wounded"),
    E("lu03-10", MAS, MON, L("Lyman"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("artillery")],
      evidence="18:20 Lyman — arty on the bread queue by the post office: 2 KIA, 5 WIA",
      note="Lyman 704204 (Donetsk, not the Kharkiv or Odesa villages)"),
    E("lu03-11", MAS, MON, L("Kurakhove"), "RU", "UA", family=[ADS],
      evidence="19:00 Kurakhove — substation hit, no light; ~9,000 without power.",
      note="'substation hit' without a weapon -> both strike types; no casualty figure -> absent"),
    E("lu03-12", DIS, MON, L("Kurakhove"), "RU", "UA", parent="lu03-11",
      evidence="~9,000 without power",
      note="the outage caused by the substation hit"),
    E("lu03-13", MAS, MON, L("Pokrovsk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("mlrs", "Grad", launched=N(2))],
      evidence="21:40 Pokrovsk — 2 Grad rockets near the bus station, no casualties",
      note="two Grad rockets counted -> launched 2; 'no casualties' -> 0/0; near the bus station is inside the town"),
    E("lu03-14", ADS, TUE, L("Druzhkivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      evidence="02:15 Druzhkivka — drone into a 5-storey on Soborna st., 1 WIA (woman, 48)",
      note="under 'Tue 19.09' at 02:15 -> 19 Sep (the publication day)"),
    E("lu03-15", MAS, MON, L("Chasiv Yar"), "RU", "UA", optional=True,
      evidence="08:30 Chasiv Yar — did not go in, shelling all morning.",
      note="shelling 'all morning' as the reason for a cancelled trip: real but vague (no hit, no count) -> optional"),
]
# Not events: the Sloviansk 'blast heard, nothing found (ignore)', the cancelled trip, the crew's arrival times, the
# shift totals (23 evacuated, 11 transported: the crew's work), the 'Removed:' Bilozerske line (withdrawn, blind53
# call 2), the generator sent to the bakery, the donation line. Furniture: masthead, tagline, menu, compiled/posted
# line, donation line, reposting line; the title line and the method note stay. No quotes in the log.
STATEMENTS = []
MUST_NOT = ["SVITLO EVAC CREW", "volunteer evacuation & first aid | Donetsk oblast", "Log | Trips | Donate | About",
            "compiled by dispatcher \"Chaika\" · posted 19.09.2023 08:05", "Fuel for crew 2: monobank jar in the bio",
            "Svitlo Evac Crew, 2023. Reposting with a link is welcome."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
