from common import E, L, R, C, N, W, S, gold

TITLE = "Bryansk Governor – Telegram"
TEXT = """Bryansk Governor – Telegram
Bryansk Governor
48 214 subscribers
If you have Telegram, you can view and join Bryansk Governor right away.
Preview channel

Today, 15 September, between 00:30 and 05:10, air defence and electronic warfare forces destroyed 14 aircraft-type UAVs of the Armed Forces of Ukraine over the territory of the Bryansk region: 6 over the Bryansky district, 5 over the Klintsovsky district and 3 over the Novozybkovsky urban district. There were no casualties or damage. Emergency services are working at the scene.
👁 21.3K  07:02

The Armed Forces of Ukraine shelled the village of Novy Ropsk in the Klimovsky district with artillery. A civilian, a man born in 1961, was wounded by shrapnel. He was taken to the Klimovo central district hospital and is receiving all the necessary medical care. A residential house and an outbuilding were damaged.
👁 18.9K  10:41

An FPV drone of the Ukrainian armed forces struck a civilian car on the road near the settlement of Suzemka. The driver was not injured. The vehicle was damaged.
👁 15.2K  13:07

The Armed Forces of Ukraine fired mortars at the village of Churovichi in the Klimovsky district. No one was injured. A power line was damaged; Churovichi and two neighbouring villages are partially without electricity. Repair crews will begin restoration work as soon as the operational situation allows.
👁 14.7K  15:33

Yesterday evening, an enemy drone dropped an explosive device on the territory of an agricultural enterprise in the village of Belaya Berezka in the Trubchevsky district. A tractor driver was killed. I express my deepest condolences to his family and friends. The family will receive all the necessary assistance.
👁 19.6K  edited  18:20

Over the past day, the enemy shelled 9 settlements in the Klimovsky, Suzemsky, Trubchevsky and Sevsky districts 41 times, using artillery, mortars and drones. One civilian was killed and one was wounded.
I have decided that schools in the border villages of the Klimovsky and Suzemsky districts will continue teaching remotely until the end of September. Please, dear countrymen, stay calm and follow the instructions of the operational services.
👁 16.1K  21:10

Download Telegram
"""
DOC = {"id": "o08", "date": "2024-09-15", "source": "Bryansk Governor (Telegram channel)",
       "url": "https://t.me/s/bryansk_governor_channel", "text": TEXT}

D, Y = "2024-09-15", "2024-09-14"
GOV = "Bryansk regional governor"
EVENTS = [
    E("o08-1", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", intercepted=N(14))], claimant=GOV,
      note="'no casualties or damage' = 0/0; 00:30-05:10 today"),
    E("o08-2", "interception", D, L("Bryansk", 2, "Bryansky district"), "RU", "UA", optional=True,
      weapons=[W("drone", intercepted=N(6))], note="district sub-count of o08-1"),
    E("o08-3", "interception", D, L("Klintsy", 2, "Klintsovsky district"), "RU", "UA", optional=True,
      weapons=[W("drone", intercepted=N(5))], note="district sub-count of o08-1"),
    E("o08-4", "interception", D, L("Novozybkov", 2, "Novozybkovsky urban district"), "RU", "UA", optional=True,
      weapons=[W("drone", intercepted=N(3))], note="district sub-count of o08-1"),
    E("o08-5", "missile_artillery_strike", D, L("Novy Ropsk"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      claimant=GOV, note="post of 10:41, no other time -> the day of the post"),
    E("o08-6", "air_drone_strike", D, L("Suzemka", 2, "road near Suzemka"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant=GOV, note="'The driver was not injured' = 0/0"),
    E("o08-7", "missile_artillery_strike", D, L("Churovichi"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant=GOV, note="mortars = artillery"),
    E("o08-8", "infrastructure_disruption", D, L("Churovichi"), "UA", "RU", claimant=GOV,
      note="Churovichi and two neighbouring villages partially without electricity"),
    E("o08-9", "air_drone_strike", Y, L("Belaya Berezka"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      claimant=GOV, note="'Yesterday evening'"),
    E("o08-10", "missile_artillery_strike", Y, R("RU-BRY", "Bryansk region"), "UA", "RU", end=D, prec="range",
      agg=True, fat=N(1), inj=N(1), family=["air_drone_strike"], claimant=GOV,
      note="past-day tally: 41 attacks on 9 settlements in four districts; 1 killed (Belaya Berezka) and 1 wounded "
           "(Novy Ropsk)"),
    E("o08-11", "policy_decision", D, R("RU-BRY", "Bryansk region"), "RU", None, optional=True, claimant=GOV,
      note="remote schooling in border villages: a real decision, but not clearly 'about the war' in the taxonomy's sense"),
]
STATEMENTS = []
MUST_NOT = ["Bryansk Governor – Telegram", "If you have Telegram, you can view and join Bryansk Governor right away.",
            "Bryansk Governor", "48 214 subscribers", "Preview channel",
            "👁 21.3K  07:02", "👁 18.9K  10:41", "👁 15.2K  13:07", "👁 14.7K  15:33", "👁 19.6K  edited  18:20",
            "👁 16.1K  21:10", "Download Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
