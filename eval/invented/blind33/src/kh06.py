from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Digest of the governor's messages for Sunday, 24 November"
TEXT = """Bryansk Region Today — news of the region
Feed | Districts | Agriculture | Sport | Announcements | Weather: −3°, snow
Digest of the governor's messages for Sunday, 24 November
25.11.2024 · 07:45 · 👁 3,118
We collect here, in order, the messages the governor of the Bryansk region published yesterday about attacks by the Armed Forces of Ukraine on border districts.

07:15 — Klimovsky district. A Ukrainian drone dropped an explosive device on a livestock farm in Klimovo. A farm worker was injured and taken to the district hospital.
10:20 — Pogarsky district. The town of Pogar was shelled with artillery. A private house and a car were damaged. There were no casualties.
10:45 — Pogarsky district. (Repeat of the 10:20 message, published twice by mistake.)
12:05 — Suzemsky district. An FPV drone attacked a utility service truck in Suzemka. Two employees were injured; they are receiving medical care.
14:30 — Sevsky district. Ten mortar mines exploded on the outskirts of Sevsk. No one was hurt.
16:50 — Trubchevsky district. Over the district, air defence destroyed three aircraft-type drones.
18:10 — Starodubsky municipal district. An aircraft-type drone was shot down over Starodub. Its debris fell on a substation; 2,100 residents are without electricity. No one was hurt.
19:40 — Klimovsky district. In Klimovo, an FPV drone attacked a minibus on the road to the district centre. The driver and a passenger were injured; both are in hospital in Klimovo.
20:15 — Sevsky district. (Update to 14:30) A gas pipe was also damaged on the outskirts of Sevsk; gas supply to 35 households has been cut until repairs.
21:25 — Komarichsky district. The settlement of Komarichi was attacked by a drone; the roof of a boiler house was damaged. No casualties.
22:00 — Clarification to the 16:50 message: over the Trubchevsky district, four drones were destroyed, not three.

The heads of the Klimovsky and Suzemsky districts asked residents of villages within five kilometres of the border not to travel by car in daylight unless necessary, and to report any drone seen over the villages to the duty service.

Emergency services are working at all sites. Power in Starodub is expected to be restored by morning.
Tags: #governor #border #security
Send us your news: WhatsApp / Max +7 900 000 11 22
Age rating 12+. Registered as an online outlet, certificate EL No. FS 77-00000
"""
DOC = {"id": "kh06", "date": "2024-11-25", "source": "Bryansk Region Today (regional news site)",
       "url": "https://bryansk-today.example/news/digest-governor-2024-11-24", "text": TEXT}

D = "2024-11-24"
EVENTS = [
    E("kh06-1", ADS, D, L("Klimovo"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="07:15 Klimovsky district: drone drop on a farm in Klimovo, 1 injured; 'yesterday' of a Monday digest = Sun 24 Nov"),
    E("kh06-2", MAS, D, L("Pogar"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="10:20 artillery on Pogar, 'no casualties' = 0/0; the 10:45 repeat is the same message (no event)"),
    E("kh06-3", ADS, D, L("Suzemka"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="12:05 FPV drone on a utility truck in Suzemka, two injured"),
    E("kh06-4", MAS, D, H("Sevsk", "outskirts of Sevsk"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(10))], note="14:30 ten mortar mines on the outskirts = precision 2; 0/0"),
    E("kh06-5", INT, D, H("Trubchevsk", "Trubchevsky district"), "RU", "UA", weapons=[W("drone", intercepted=N(4))],
      note="16:50 drones destroyed over the Trubchevsky district, count corrected at 22:00 from three to four; "
           "district named after the town = precision 2"),
    E("kh06-6", INT, D, L("Starodub"), "RU", "UA", weapons=[W("drone", intercepted=N(1))],
      note="18:10 'An aircraft-type drone was shot down over Starodub'"),
    E("kh06-7", ADS, D, L("Starodub"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], parent="kh06-6",
      note="18:10 debris fell on a substation; 'No one was hurt' = 0/0"),
    E("kh06-8", DIS, D, L("Starodub"), "UA", "RU", parent="kh06-7",
      note="'2,100 residents are without electricity' after the debris hit the substation"),
    E("kh06-10", ADS, D, L("Klimovo"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="19:40 FPV drone on a minibus in Klimovo — a second Klimovo event (another time, target and toll)"),
    E("kh06-11", DIS, D, H("Sevsk", "outskirts of Sevsk"), "UA", "RU", parent="kh06-4",
      note="20:15 update to 14:30: 'gas supply to 35 households has been cut' caused by the mortar fire; the update "
           "adds a consequence, not a new attack"),
    E("kh06-9", ADS, D, L("Komarichi"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="21:25 drone attack on Komarichi, 'No casualties' = 0/0"),
]
# Not events: the 10:45 repeat, the 22:00 clarification (changes kh06-5's count), the restoration forecast.
STATEMENTS = []
MUST_NOT = ["Bryansk Region Today — news of the region",
            "Feed | Districts | Agriculture | Sport | Announcements | Weather: −3°, snow",
            "25.11.2024 · 07:45 · 👁 3,118", "Tags: #governor #border #security",
            "Send us your news: WhatsApp / Max +7 900 000 11 22",
            "Age rating 12+. Registered as an online outlet, certificate EL No. FS 77-00000"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
