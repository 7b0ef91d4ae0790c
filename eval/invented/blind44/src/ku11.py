from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT

TITLE = "On the night of 3 February 2026, the enemy attacked with 106 means of air attack"
TEXT = """AIR FORCE OF THE ARMED FORCES OF UKRAINE
Командування Повітряних сил ЗС України
Home | News | Air defence | Aviation | Service | Contacts
🔍 Search
On the night of 3 February 2026, the enemy attacked with 106 means of air attack
03.02.2026 | 09:05
On the night of 3 February (from 18:00 on 2 February), the enemy attacked with 106 means of air attack:
– 3 Iskander-M ballistic missiles from Rostov region;
– 6 Kh-101 cruise missiles from Tu-95MS strategic bombers in the area of Engels;
– 97 strike UAVs of the Shahed, Gerbera and "Italmas" types and decoy drones, launched from the directions of Kursk, Bryansk, Millerovo, Primorsko-Akhtarsk and Chauda.

The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare and unmanned systems units and mobile fire groups.

According to preliminary data, as of 08:30, 81 targets were shot down or suppressed:
🔹 1 Iskander-M ballistic missile;
🔹 5 Kh-101 cruise missiles;
🔹 75 UAVs.
Another 14 decoy drones were locationally lost without negative consequences.

Hits of 2 ballistic missiles, 1 cruise missile and 7 strike UAVs were recorded at 9 locations, and debris fell at 3 locations. The main targets were the Kyiv, Zhytomyr and Khmelnytskyi regions.

In addition, on the evening of 2 February, the enemy launched three Kh-59/69 guided air missiles at Kharkiv region from the airspace of Belgorod region. All three were shot down.

Of the night's drones, 19 were shot down over Chernihiv region by the units of the Pivnich Air Command.

"Three ballistic missiles in one wave are three chances to miss, and we had only one interception. That is the number partners should look at," said Taras Pylypchuk, spokesman of the Air Force Command.

Stay in shelters until the all-clear!
Photo: Air Force Command (illustrative)
Air Force on Telegram: t.me/airforce_ua_example
Recruitment to the Air Force: 0 800 30 88 88
© Air Force Command of the Armed Forces of Ukraine, 2026
"""
DOC = {"id": "ku11", "date": "2026-02-03", "source": "Air Force of the Armed Forces of Ukraine (official website)",
       "url": "https://airforce-ua.example/en/news/2026-02-03-night-attack", "text": TEXT}

D, Y = "2026-02-03", "2026-02-02"
AF = "Air Force"
EVENTS = [
    E("ku11-1", MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant=AF,
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(3)), W("cruise_missile", "Kh-101", launched=N(6)),
               W("drone", "Shahed-136", launched=N(97))],
      note="'On the night of 3 February (from 18:00 on 2 February) … 106 means of air attack': the night's wave dated "
           "the morning of the report (blind40 call 5), country precision, typed by the heaviest weapon, one entry per "
           "kind; the launch areas (Rostov region, Engels, Kursk, Bryansk, Millerovo, Primorsko-Akhtarsk, Chauda) are "
           "no events"),
    E("ku11-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="ku11-1", claimant=AF,
      weapons=[W("ballistic_missile", intercepted=N(1)), W("cruise_missile", intercepted=N(5)),
               W("drone", intercepted=N(75))],
      note="'as of 08:30, 81 targets were shot down or suppressed': by kind 1 / 5 / 75; the '14 decoy drones … "
           "locationally lost' are not intercepted (blind41 call 1)"),
    E("ku11-3", INT, D, R("UA-74", "Chernihiv region"), "UA", "RU", parent="ku11-2", claimant=AF,
      weapons=[W("drone", intercepted=N(19))],
      note="'Of the night's drones, 19 were shot down over Chernihiv region by the units of the Pivnich Air Command': a "
           "region with its own count -> required"),
    E("ku11-4", MAS, D, R("UA-32", "Kyiv region"), "RU", "UA", parent="ku11-1", optional=True, family=[ADS],
      note="'The main targets were the Kyiv, Zhytomyr and Khmelnytskyi regions': listed regions without a place, count "
           "or damage -> optional"),
    E("ku11-5", MAS, D, R("UA-18", "Zhytomyr region"), "RU", "UA", parent="ku11-1", optional=True, family=[ADS],
      note="listed region -> optional"),
    E("ku11-6", MAS, D, R("UA-68", "Khmelnytskyi region"), "RU", "UA", parent="ku11-1", optional=True, family=[ADS],
      note="listed region -> optional"),
    E("ku11-7", MAS, Y, R("UA-63", "Kharkiv region"), "RU", "UA", claimant=AF,
      weapons=[W("cruise_missile", "Kh-59", launched=N(3))],
      note="'on the evening of 2 February, the enemy launched three Kh-59/69 guided air missiles at Kharkiv region': a "
           "separate regional launch, dated 2 February (it is within the report's window but has its own day and "
           "target region); Kh-59/69 as cruise missiles (blind40 kq05-1)"),
    E("ku11-8", INT, Y, R("UA-63", "Kharkiv region"), "UA", "RU", parent="ku11-7", claimant=AF,
      weapons=[W("cruise_missile", intercepted=N(3))], note="'All three were shot down'"),
]
# Not events: the list of units that repelled the attack, 'Hits … at 9 locations, and debris fell at 3 locations' (no
# place named), the 14 decoys lost to EW, 'Stay in shelters until the all-clear!' (advice). Telegram, recruitment and
# © lines are furniture.
STATEMENTS = [
    S("Taras Pylypchuk", "UA", "Three ballistic missiles in one wave are three chances to miss",
      "spokesman of the Air Force Command"),
]
MUST_NOT = ["AIR FORCE OF THE ARMED FORCES OF UKRAINE", "Командування Повітряних сил ЗС України",
            "Home | News | Air defence | Aviation | Service | Contacts", "🔍 Search", "03.02.2026 | 09:05",
            "Photo: Air Force Command (illustrative)", "Air Force on Telegram: t.me/airforce_ua_example",
            "Recruitment to the Air Force: 0 800 30 88 88",
            "© Air Force Command of the Armed Forces of Ukraine, 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
