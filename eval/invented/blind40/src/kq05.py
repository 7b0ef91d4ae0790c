from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT

TITLE = "Repelling the air attack on the night of 10 January 2026"
TEXT = """AIR FORCE OF THE ARMED FORCES OF UKRAINE
Повітряні сили ЗСУ
News | Air defence | Aviation | Join us | Contacts
🔍 Search
Repelling the air attack on the night of 10 January 2026
10.01.2026 | 09:42
On the night of 10 January (from 18:00 on 9 January), the enemy attacked with 4 Iskander-M ballistic missiles from Kursk region and temporarily occupied Crimea, 2 Kh-59/69 guided air missiles from the airspace of Belgorod region and 156 strike UAVs of the Shahed, Gerbera and other types from the directions of Kursk, Oryol, Millerovo, Bryansk, Primorsko-Akhtarsk, Shatalovo and Hvardiiske. About 90 of the drones were Shaheds.

The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units, unmanned systems units and mobile fire groups of the Defence Forces of Ukraine.

As of 09:00, air defence shot down or suppressed 135 air attack means in the north, south and east of the country:
▪️ 2 Iskander-M ballistic missiles;
▪️ 2 Kh-59/69 guided air missiles;
▪️ 131 enemy UAVs of various types.

Hits of 2 ballistic missiles and 25 strike UAVs were recorded at 11 locations, and debris of downed drones fell at 4 locations. The main directions of the attack were Kharkiv, Dnipropetrovsk and Odesa regions.

"Two of the four ballistic missiles got through. Every interceptor for ballistics is counted, and our partners know it," said Yurii Ostapenko, spokesman of the Air Force Command.

Update (11:20): in the morning, the enemy additionally launched two Kh-31P missiles at Odesa region from tactical aircraft over the Black Sea. Both missiles were shot down by air defence of the Pivden Air Command.

The attack is ongoing: several enemy UAVs remain in the airspace. Do not ignore air raid alerts!
Photo: Air Force Command (illustrative)
Follow the Air Force on Telegram: t.me/air_force_example
Join the Air Force: recruitment hotline 0 800 30 10 10
© Air Force Command of the Armed Forces of Ukraine, 2026
"""
DOC = {"id": "kq05", "date": "2026-01-10", "source": "Air Force of the Armed Forces of Ukraine (official website)",
       "url": "https://airforce-ua.example/en/news/2026-01-10-air-attack", "text": TEXT}

D = "2026-01-10"
AF = "Air Force"
EVENTS = [
    E("kq05-1", MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant=AF,
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("cruise_missile", "Kh-59", launched=N(2)),
               W("drone", "Shahed-136", launched=N(156))],
      note="'On the night of 10 January (from 18:00 on 9 January)': the night's wave dated the morning of the report "
           "(ANNOTATION rule 6), typed by the heaviest weapon; Kh-59/69 = cruise missiles; the launch directions "
           "(Kursk, Oryol, Millerovo, … Hvardiiske) are no events"),
    E("kq05-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="kq05-1", claimant=AF,
      weapons=[W("ballistic_missile", intercepted=N(2)), W("cruise_missile", intercepted=N(2)),
               W("drone", intercepted=N(131))],
      note="'As of 09:00 … shot down or suppressed 135': by kind 2 / 2 / 131 (the bullets under the total)"),
    E("kq05-3", ADS, D, R("UA-63", "Kharkiv region"), "RU", "UA", parent="kq05-1", optional=True, family=[MAS],
      note="'main directions of the attack were Kharkiv, Dnipropetrovsk and Odesa regions': listed regions without "
           "a place, count or damage -> optional"),
    E("kq05-4", ADS, D, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", parent="kq05-1", optional=True, family=[MAS],
      note="listed region -> optional"),
    E("kq05-5", ADS, D, R("UA-51", "Odesa region"), "RU", "UA", parent="kq05-1", optional=True, family=[MAS],
      note="listed region -> optional"),
    E("kq05-6", MAS, D, R("UA-51", "Odesa region"), "RU", "UA", claimant=AF, weapons=[W("missile", "Kh-31P",
      launched=N(2))],
      note="'Update (11:20): in the morning … two Kh-31P missiles at Odesa region … over the Black Sea': a second, "
           "regional launch the same day, region precision (blind36 call 5); not part of the night wave"),
    E("kq05-7", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent="kq05-6", claimant=AF,
      weapons=[W("missile", intercepted=N(2))], note="'Both missiles were shot down'"),
]
# Not events: 'Hits … at 11 locations, debris … at 4 locations' (no place named), the list of units that repelled the
# attack, 'The attack is ongoing: several enemy UAVs remain in the airspace' (no place, no result), the recruitment
# line and the Telegram line (furniture).
STATEMENTS = [
    S("Yurii Ostapenko", "UA", "Two of the four ballistic missiles got through", "spokesman of the Air Force Command"),
]
MUST_NOT = ["AIR FORCE OF THE ARMED FORCES OF UKRAINE", "Повітряні сили ЗСУ",
            "News | Air defence | Aviation | Join us | Contacts", "🔍 Search", "10.01.2026 | 09:42",
            "Photo: Air Force Command (illustrative)", "Follow the Air Force on Telegram: t.me/air_force_example",
            "Join the Air Force: recruitment hotline 0 800 30 10 10",
            "© Air Force Command of the Armed Forces of Ukraine, 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
