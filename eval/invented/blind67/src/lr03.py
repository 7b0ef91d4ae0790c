from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Rescue log of the Odesa region, 08:00 30 January – 08:00 31 January"
TEXT = """STATE EMERGENCY SERVICE · ODESA REGION
Main directorate of the emergency service in the Odesa region — operational information
Rescue log of the Odesa region, 08:00 30 January – 08:00 31 January
Published 31.01.2025 at 08:30 · press service
In the past day the region's rescue units went out 23 times. Eleven call-outs were linked to enemy attacks: in them two people lost their lives and seven were injured. The entries below are in the order the calls were received.

14:10 Bilhorod-Dnistrovskyi. A private house caught fire because of a faulty stove. The owner, 80, was brought out by a neighbour before the crew arrived; the fire was put out at 14:45.
22:40 Odesa, Kyivskyi district. A ballistic missile hit port infrastructure. An administrative building and a warehouse were burning over 300 square metres. Under the rubble the rescuers found the body of a security guard; four people were injured and handed over to medics. 9 units and 38 rescuers worked there.
01:55 Odesa, Kyivskyi district (the same site). While clearing the rubble the rescuers found a second body, of a port employee.
02:14 Odesa, Prymorskyi district. After a drone attack a nine-storey residential building caught fire on the fifth to seventh floors. Three residents were rescued by ladder, 28 were led out of the entrance; two were injured.
02:30 Odesa, Prymorskyi district. The energy company reports that about 2,600 households of the district are without electricity after the hit.
02:50 Chornomorsk. After the attack a fire broke out in the warehouse of a logistics company; the area of the fire was 600 square metres. Nobody was hurt.
03:35 Pivdenne. Pieces of a drone that air defence had hit landed at an enterprise and set dry grass alight over 200 square metres. There were no casualties.
04:20 Izmail. A drone hit a hangar of a grain terminal. A guard, 52, was injured. The fire was put out by 06:10.
06:05 Zatoka. A local resident reported an object resembling a sea mine washed onto the beach. A pyrotechnic team cordoned off the area and destroyed the mine in a controlled blast.
"The upper floors were full of smoke, so we took people down from the balconies one by one. The last was an elderly man who would not leave without his dog," said Taras Hnatiuk, the squad leader of the 3rd state fire and rescue unit.
During alerts, stay in shelters. If you smell smoke, close the doors behind you and call 101.
Ⓒ State Emergency Service of Ukraine, Odesa region
📲 Our Telegram: t.me/dsns_odesa_en · Facebook · X
"""
DOC = {"id": "lr03", "date": "2025-01-31", "source": "State Emergency Service, Odesa region main directorate (rescue log)",
       "url": "https://dsns-odesa.example/news/2025/01/31/operational-log", "text": TEXT}

D, PREV = "2025-01-31", "2025-01-30"
T = "lr03-1"
SES = "State Emergency Service, Odesa region"
A = dict(parent=T, claimant=SES)
EVENTS = [
    E(T, MAS, PREV, R("UA-51", "Odesa region"), "RU", "UA", end=D, prec="range", agg=True, fat=N(2), inj=N(7),
      family=[ADS], claimant=SES,
      evidence="Eleven call-outs were linked to enemy attacks: in them two people lost their lives and seven were injured.",
      note="the log covers '08:00 30 January – 08:00 31 January' -> a past-day tally, range 30-31 Jan, aggregate parent of "
           "the attack lines; 23 and eleven call-outs are no launched counts; 2 k 7 w = Kyivskyi 2 k 4 w + Prymorskyi 2 w "
           "+ Izmail 1 w"),
    E("lr03-2", MAS, PREV, L("Odesa"), "RU", "UA", fat=N(2), inj=N(4), weapons=[W("ballistic_missile", launched=N(1))], **A,
      evidence="22:40 Odesa, Kyivskyi district. A ballistic missile hit port infrastructure.",
      note="the entry clocked 22:40 in a log that starts at 08:00 on 30 Jan -> 30 Jan (before midnight); the Kyivskyi "
           "district = the city; one body and four injured, then the 01:55 entry 'the same site … a second body' -> "
           "2 k 4 w (the later entry updates, it is no event of its own)"),
    E("lr03-3", ADS, D, L("Odesa"), "RU", "UA", inj=N(2), weapons=[W("drone")], **A,
      evidence="02:14 Odesa, Prymorskyi district. After a drone attack a nine-storey residential building caught fire on the fifth to seventh floors.",
      note="after midnight -> 31 Jan; a second Odesa site, another district and weapon; 'two were injured'; the rescued "
           "and led-out residents are not casualties"),
    E("lr03-4", DIS, D, L("Odesa"), "RU", "UA", parent="lr03-3", claimant=SES,
      evidence="about 2,600 households of the district are without electricity after the hit",
      note="an outage caused by the Prymorskyi hit, as the energy company reported it to the log"),
    E("lr03-5", ADS, D, L("Chornomorsk"), "RU", "UA", fat=N(0), inj=N(0), family=[MAS], **A,
      evidence="02:50 Chornomorsk. After the attack a fire broke out in the warehouse of a logistics company",
      note="'After the attack' names no weapon -> typed by the drone phase of the night, missile strike accepted, no "
           "weapon entry; 'Nobody was hurt' -> 0/0"),
    E("lr03-6", ADS, D, L("Pivdenne"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="03:35 Pivdenne. Pieces of a drone that air defence had hit landed at an enterprise",
      note="Pivdenne 687997 (the Odesa-region port town, not the Kharkiv or Donetsk namesakes); debris that sets a fire "
           "is placed as a strike; 'There were no casualties' -> 0/0"),
    E("lr03-7", ADS, D, L("Izmail"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      evidence="04:20 Izmail. A drone hit a hangar of a grain terminal. A guard, 52, was injured.",
      note="after midnight -> 31 Jan; 1 w"),
]
# Not events: 14:10 house fire from a faulty stove (not war-related); 01:55 second body (updates lr03-2); 06:05 sea mine
# washed ashore at Zatoka and destroyed by pyrotechnists (found and destroyed, nobody hurt: demining, no incident); 23
# call-outs (all causes); the shelter and smoke advice.
STATEMENTS = [
    S("Taras Hnatiuk", "UA", "The last was an elderly man who would not leave without his dog",
      "squad leader, 3rd state fire and rescue unit"),
]
MUST_NOT = ["STATE EMERGENCY SERVICE · ODESA REGION",
            "Main directorate of the emergency service in the Odesa region — operational information",
            "Published 31.01.2025 at 08:30 · press service", "Ⓒ State Emergency Service of Ukraine, Odesa region",
            "📲 Our Telegram: t.me/dsns_odesa_en · Facebook · X"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
