from common import E, L, R, C, N, W, S, gold

TITLE = "ZAPORIZHZHIA OPERATIONAL ⚡"
TEXT = """ZAPORIZHZHIA OPERATIONAL ⚡
148 214 subscribers · 🔕 muted
📅 14 November
🔴 Air raid alert in Zaporizhzhia oblast! Threat of guided aerial bombs. Go to shelters.
🕖 06:58 · 👁 38.2K
⚡️ Zaporizhzhia: a series of explosions. Stay in shelters.
🕖 07:05 · 👁 41.7K
❗️ Zaporizhzhia — the enemy struck the city with guided aerial bombs. Preliminary: a hit on the territory of an industrial enterprise in the Zavodskyi district. Information about casualties is being clarified.
🕖 07:18 · 👁 44.0K
🔄 UPDATE on the morning attack on Zaporizhzhia: 3 people were injured, among them a 16-year-old girl. All are in hospital, the head of the regional military administration reported. "The enemy is again hitting the city with bombs at the start of the working day," he wrote.
❤️ 812 😢 240 🙏 95
🕗 08:40 · 👁 52.3K
🔻 Stepnohirsk: an enemy FPV drone hit a civilian car on the outskirts. The driver, a 47-year-old man, was killed.
🕙 09:55 · 👁 33.9K
Malokaterynivka: shelling, a private house damaged, no casualties
🕚 11:20 · 👁 29.1K
🛑 Over the past day the enemy attacked 14 times near Huliaipole, the spokesman of the Southern Defence Forces said on TV. "The assault groups are small, two or three men, but they keep coming," he said, without giving his name on air.
🕛 12:03 · 👁 30.8K
💥 Balabyne: an arrival reported near the market
🕑 14:02 · 👁 27.5K
↪️ Forwarded from ZAPORIZHZHIAOBLENERGO
Enemy shelling damaged a power line in Vilniansk. 3,100 households are without electricity. Repair crews will start work once the security situation allows.
🕜 13:30 · 👁 21.0K
🗑 Message deleted by channel admin
🛩 Kushuhum: a Shahed hit a private house at about 15:20. A 72-year-old woman was injured and taken to hospital.
🕞 15:47 · 👁 35.6K
✏️ Correction: the 14:02 post about Balabyne was wrong — that was the sound of our air defence working, not an arrival. We apologise.
🕔 17:35 · 👁 24.4K
🟢 All clear in Zaporizhzhia oblast.
🕕 18:12 · 👁 19.9K
📩 Send your news and photos: @zp_operational_bot
💬 148 comments
"""
DOC = {"id": "i01", "date": "2025-11-14", "source": "Zaporizhzhia Operational (Telegram channel)",
       "url": "https://t.me/s/zp_operational_example?before=90412", "text": TEXT}

D, Y = "2025-11-14", "2025-11-13"
EVENTS = [
    E("i01-1", "air_drone_strike", D, L("Zaporizhzhia", 1, "Zaporizhzhia (Zavodskyi district)"), "RU", "UA", inj=N(3),
      weapons=[W("guided_bomb")],
      note="the 07:05 explosions, the 07:18 hit and the 08:40 update are one attack: guided aerial bombs (air type), "
           "industrial enterprise in a city district = the city; 3 injured in hospital; casualties first 'being "
           "clarified' then given"),
    E("i01-2", "air_drone_strike", D, L("Stepnohirsk", 2, "outskirts of Stepnohirsk"), "RU", "UA", fat=N(1),
      weapons=[W("drone", "FPV")], note="'enemy FPV drone' on the outskirts = precision 2; driver killed; post of the day"),
    E("i01-3", "missile_artillery_strike", D, L("Malokaterynivka"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="terse agentless line 'shelling … no casualties' in a Ukrainian channel: RU by context; 0/0"),
    E("i01-4", "armed_clash", Y, L("Huliaipole", 2, "near Huliaipole"), "RU", "UA", prec="range", end=D,
      note="'Over the past day the enemy attacked 14 times near Huliaipole' (attacker = actor1); past-day range"),
    E("i01-5", "missile_artillery_strike", D, L("Vilniansk"), "RU", "UA", weapons=[W("artillery")],
      note="forwarded oblenergo post: 'Enemy shelling damaged a power line'; casualties not stated"),
    E("i01-6", "infrastructure_disruption", D, L("Vilniansk"), "RU", "UA",
      note="3,100 households without electricity after the shelling"),
    E("i01-7", "air_drone_strike", D, L("Kushuhum"), "RU", "UA", inj=N(1), weapons=[W("drone", "Shahed-136")],
      note="'a Shahed hit a private house at about 15:20'; hospital = injured"),
    E("i01-8", "military_mobilization", D, R("UA-23", "Zaporizhzhia oblast"), None, None, optional=True,
      note="air raid alert for the oblast (alerts are military_mobilization per EVENTS.md) — a routine channel line, "
           "optional; the 18:12 all-clear is the same alert. The 14:02 Balabyne 'arrival' was retracted at 17:35 "
           "(air-defence sound): no event"),
]
STATEMENTS = [
    S("head of the Zaporizhzhia regional military administration", "UA",
      "The enemy is again hitting the city with bombs at the start of the working day", "head of the RMA"),
]
MUST_NOT = ["148 214 subscribers · 🔕 muted", "↪️ Forwarded from ZAPORIZHZHIAOBLENERGO", "📅 14 November", "🕖 06:58 · 👁 38.2K", "🕖 07:05 · 👁 41.7K",
            "🕖 07:18 · 👁 44.0K", "❤️ 812 😢 240 🙏 95", "🕗 08:40 · 👁 52.3K", "🕙 09:55 · 👁 33.9K",
            "🕚 11:20 · 👁 29.1K", "🕛 12:03 · 👁 30.8K", "🕑 14:02 · 👁 27.5K", "🕜 13:30 · 👁 21.0K",
            "🗑 Message deleted by channel admin", "🕞 15:47 · 👁 35.6K", "🕔 17:35 · 👁 24.4K", "🕕 18:12 · 👁 19.9K",
            "📩 Send your news and photos: @zp_operational_bot", "💬 148 comments"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
