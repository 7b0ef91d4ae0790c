from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Southern and eastern incident notes, 11–17 March 2025"
TEXT = """SOUTHLINE NOTES
Incident notes from the southern and eastern oblasts, compiled from official channels
Home | Archive | About | Subscribe
Southern and eastern incident notes, 11–17 March 2025
Daryna Koval · Mar 18, 2025 · 6 min read
Format: place, oblast: what happened; casualties as the regional administrations reported them. Each entry is dated by the day of the incident, not by the day it was reported. Casualties in brackets are unknown or unconfirmed.

11.03 —
Kherson, Kherson oblast: Trolleybus hit by a drone in the Dniprovskyi district; 3 passengers injured.
Stanislav (Bilozerka hromada), Kherson oblast: Private house damaged by shelling; no casualties.
Nikopol, Dnipropetrovsk oblast: Gas pipeline and two houses damaged by artillery; 1 injured.
Kramatorsk, Donetsk oblast: Industrial area struck by two guided bombs; 4 injured.

12.03 —
Kostiantynivka, Donetsk oblast: Market hit by MLRS fire; 2 killed, 6 injured.
Odesa, Odesa oblast: Port infrastructure struck by a ballistic missile overnight; 1 killed, 3 injured.
Marhanets, Dnipropetrovsk oblast: Bus hit by an FPV drone; 1 injured.
Kherson, Kherson oblast: Man injured by a munition dropped from a drone near his house in the Korabelnyi district.

13.03 —
Druzhkivka, Donetsk oblast: Apartment block damaged by a guided bomb; no casualties reported.
Bilozerka, Kherson oblast: Woman injured by shelling.
Sloviansk, Donetsk oblast: Car repair shop hit by a drone; 1 killed.
Izmail, Odesa oblast: Port warehouse damaged by drones overnight; no injuries.
Ochakiv, Mykolaiv oblast: Private houses damaged by shelling from the Kinburn Spit; 1 injured.

14.03 —
Dobropillia, Donetsk oblast: Residential area struck by rockets (MLRS); 3 killed, 5 injured.
Mykolaivka, Donetsk oblast: Substation damaged by drones; the town is without power.
Pokrov, Dnipropetrovsk oblast: Enterprise damaged in a drone attack (casualties unknown).

15.03 —
Antonivka, Kherson oblast: Ambulance hit by an FPV drone; the paramedic and the driver injured.
Bilozerske, Donetsk oblast: School damaged by a guided bomb; no casualties.
Chervonohryhorivka, Dnipropetrovsk oblast: Houses damaged by artillery and drones; 1 injured.

Night 15→16.03 —
Odesa, Odesa oblast: Energy facility hit in a drone attack; power outages in two districts of the city.

16.03 —
Kutsurub (Kutsurub hromada), Mykolaiv oblast: Farm hit by a drone; 1 injured.
Oleshky, Kherson oblast (occupied): Occupation authorities claim that a Ukrainian drone injured 2 civilians at the market (not verified).
Lyman, Donetsk oblast: Private houses damaged by artillery.

17.03 —
Kherson, Kherson oblast: Residential building hit by shelling in the Tsentralnyi district; 1 killed, 2 injured.
Tomyna Balka (Bilozerka hromada), Kherson oblast: Tractor hit by a drone; the driver injured.

Correction to 11.03, Nikopol: 2 injured, not 1 (evening update of the RMA).
Left out: Mykolaiv, 12.03 – explosions heard while air defence was working; no impacts reported.

Next notes: 25 March. Corrections are welcome in the comments.
Share
Subscribe to get the next notes by email
Comments (4)
© 2025 Southline Notes · Privacy · Terms
"""
DOC = {"id": "ku06", "date": "2025-03-18", "source": "Southline Notes (independent researcher's incident log)",
       "url": "https://southline-notes.example/p/notes-11-17-march-2025", "text": TEXT}


def d(dd):
    return f"2025-03-{dd}"


EVENTS = [
    E("ku06-1", ADS, d(11), L("Kherson"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="'11.03 —' heading dates the lines under it; passive 'Trolleybus hit by a drone in the Dniprovskyi district' "
           "(= the city); agentless, attacker RU from the log's sources (Ukrainian administrations)"),
    E("ku06-2", MAS, d(11), L("Stanislav"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="small village named with its hromada: 'Stanislav (Bilozerka hromada)' -> the village 692944 (precision 1), "
           "not Ivano-Frankivsk's old name; 'no casualties' -> 0/0"),
    E("ku06-3", MAS, d(11), L("Nikopol"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="'1 injured' corrected below: 'Correction to 11.03, Nikopol: 2 injured, not 1' -> 2 injured, one event (the "
           "correction is no second incident)"),
    E("ku06-4", ADS, d(11), L("Kramatorsk"), "RU", "UA", inj=N(4), weapons=[W("guided_bomb", launched=N(2))],
      note="'struck by two guided bombs': launched 2, 4 injured"),
    E("ku06-5", MAS, d(12), L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(6), weapons=[W("mlrs")],
      note="'Market hit by MLRS fire; 2 killed, 6 injured' (Kostiantynivka 705104, Donetsk oblast)"),
    E("ku06-6", MAS, d(12), L("Odesa"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("ballistic_missile")],
      note="'struck by a ballistic missile overnight' in the 12.03 entry -> the night into 12 March"),
    E("ku06-7", ADS, d(12), L("Marhanets"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Bus hit by an FPV drone; 1 injured'"),
    E("ku06-8", ADS, d(12), L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Man injured by a munition dropped from a drone … in the Korabelnyi district': a second Kherson line, "
           "another day than ku06-1; a drone drop is an air_drone_strike"),
    E("ku06-9", ADS, d(13), L("Druzhkivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="'no casualties reported' -> 0/0 (blind37 call 8)"),
    E("ku06-10", MAS, d(13), L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'Woman injured by shelling'; fatalities not stated -> absent"),
    E("ku06-11", ADS, d(13), L("Sloviansk"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="'Car repair shop hit by a drone; 1 killed'"),
    E("ku06-12", ADS, d(13), L("Izmail"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Port warehouse damaged by drones overnight; no injuries' -> 0/0 (no one hurt); the 13.03 entry's night"),
    E("ku06-13", MAS, d(13), L("Ochakiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'damaged by shelling from the Kinburn Spit': the firing position is not the place hit; Ochakiv, 1 injured"),
    E("ku06-14", MAS, d(14), L("Dobropillia"), "RU", "UA", fat=N(3), inj=N(5), weapons=[W("mlrs")],
      note="'struck by rockets (MLRS); 3 killed, 5 injured' (Dobropillia 709900, the town)"),
    E("ku06-15", ADS, d(14), L("Mykolaivka"), "RU", "UA", weapons=[W("drone")],
      note="'Substation damaged by drones' in Mykolaivka 700119 (Donetsk oblast, near Sloviansk), not the Odesa or "
           "Luhansk namesakes; casualties not stated"),
    E("ku06-16", DIS, d(14), L("Mykolaivka"), "RU", "UA", parent="ku06-15",
      note="'the town is without power': one line, two events"),
    E("ku06-17", ADS, d(14), L("Pokrov"), "RU", "UA", weapons=[W("drone")],
      note="'(casualties unknown)' -> counts absent (EVENTS.md: 'Casualties unknown' is null)"),
    E("ku06-18", ADS, d(15), L("Antonivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="FPV drone on an ambulance, paramedic and driver injured; Antonivka 713304 (the Kherson suburb), not the "
           "village of the same name in Skadovsk raion"),
    E("ku06-19", ADS, d(15), L("Bilozerske"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="'School damaged by a guided bomb; no casualties'"),
    E("ku06-20", MAS, d(15), L("Chervonohryhorivka"), "RU", "UA", inj=N(1), family=[ADS],
      weapons=[W("artillery"), W("drone")],
      note="'damaged by artillery and drones; 1 injured': one line with both weapons and one injury -> one event with "
           "both weapons, the other strike type accepted (blind37 call 8)"),
    E("ku06-21", ADS, d(16), L("Odesa"), "RU", "UA", weapons=[W("drone")],
      note="'Night 15→16.03 — … Energy facility hit in a drone attack': a night heading is dated by its later day "
           "(blind42: 'overnight on X to Y' = Y); casualties not stated"),
    E("ku06-22", DIS, d(16), L("Odesa"), "RU", "UA", parent="ku06-21",
      note="'power outages in two districts of the city'"),
    E("ku06-23", ADS, d(16), L("Kutsurub"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Kutsurub (Kutsurub hromada), Mykolaiv oblast': the village itself (703520); farm hit by a drone, 1 injured"),
    E("ku06-24", ADS, d(16), L("Oleshky"), "UA", None, inj=N(2), weapons=[W("drone")],
      claimant="occupation authorities of Oleshky",
      note="'Occupation authorities claim that a Ukrainian drone injured 2 civilians at the market (not verified)': an "
           "occupation-side claim without denial keeps the claimed attacker (UA) with actor2 null for the occupied "
           "town (blind37 call 4); unverified is still the reported event"),
    E("ku06-25", MAS, d(16), L("Lyman"), "RU", "UA", weapons=[W("artillery")],
      note="'Private houses damaged by artillery' (Lyman 704204, Donetsk oblast); casualties not stated"),
    E("ku06-26", MAS, d(17), L("Kherson"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("artillery")],
      note="'Residential building hit by shelling in the Tsentralnyi district; 1 killed, 2 injured' (= the city)"),
    E("ku06-27", ADS, d(17), L("Tomyna Balka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Tomyna Balka (Bilozerka hromada)': the village 691416; tractor hit by a drone, driver injured"),
    E("ku06-28", INT, d(12), L("Mykolaiv"), "UA", "RU", optional=True,
      note="'Left out: Mykolaiv, 12.03 – explosions heard while air defence was working; no impacts reported': air "
           "defence at work without a count -> optional interception (ANNOTATION rule 3, listed places)"),
]
# Not events: the format and dating note, the correction line itself (it changes ku06-3), the 'Left out' Mykolaiv line
# as a strike (no impact), 'Next notes: 25 March' (future), the comments invitation. The site name, tagline, menu, author
# and date line, Share, the subscribe prompt, the comment counter and the © line are furniture.
STATEMENTS = []
MUST_NOT = ["SOUTHLINE NOTES", "Incident notes from the southern and eastern oblasts, compiled from official channels",
            "Home | Archive | About | Subscribe", "Daryna Koval · Mar 18, 2025 · 6 min read", "Share",
            "Subscribe to get the next notes by email", "Comments (4)", "© 2025 Southline Notes · Privacy · Terms"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
