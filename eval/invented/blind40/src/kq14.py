from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "War Monitor UA: morning of 5 March"
TEXT = """War Monitor UA 🇺🇦
214 806 subscribers
📌 Pinned: Rules of the chat and how to send us news
War Monitor UA: morning of 5 March
5 March
➖➖➖
↪️ Forwarded from Kharkiv Regional Military Administration
🔴 Kharkiv: at 06:15 a guided aerial bomb hit the Saltivskyi district. A nine-storey building was damaged, 5 people injured, including a 12-year-old girl.
#Kharkiv #KAB
👁 18.9K · 06:31
➖➖➖
💥 Zaporizhzhia: explosions in the city. The enemy attacked with drones; a car service station is on fire, 2 injured, according to the RMA.
👁 11.2K · 06:58
➖➖➖
⚡️ Sumy region: part of Shostka is without power after a drone hit a substation overnight. Critical infrastructure is on generators.
👁 9.7K · 07:12
➖➖➖
🚀 Ballistic missile threat from the north-east! Kharkiv, Sumy, Poltava regions — take cover.
✅ All clear.
👁 22.4K · 07:20
➖➖➖
🇷🇺 Bryansk region governor: an AFU drone dropped explosives on a truck in Klimovo, the driver was injured.
👁 8.1K · 07:41
➖➖➖
🎯 General Staff: the Defence Forces struck the Shatalovo airfield in Smolensk region overnight. Results are being clarified.
👁 15.6K · 08:05
➖➖➖
🛡 Kherson: the occupiers shelled the Korabelnyi district, a 63-year-old man was killed — city military administration.
👁 7.4K · 08:17
➖➖➖
📍 Dnipropetrovsk region, yesterday: Nikopol was shelled with artillery 8 times, and the Marhanets hromada was hit by FPV drones; 1 injured in Marhanets — RMA.
👁 6.9K · 08:30
➖➖➖
📢 Advertisement: power banks and generators with delivery — @powerbank_shop_example
👉 Subscribe: @warmonitor_ua_example | 💬 Our chat | ⚡️ Boost the channel
"""
DOC = {"id": "kq14", "date": "2026-03-05", "source": "War Monitor UA (Telegram aggregator channel, web preview of reposts)",
       "url": "https://t.me/s/warmonitor_ua_example?before=90412", "text": TEXT}

D, Y = "2026-03-05", "2026-03-04"
EVENTS = [
    E("kq14-1", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(5), weapons=[W("guided_bomb")],
      note="🔴 repost of the Kharkiv RMA: guided aerial bomb at 06:15 on the Saltivskyi district (= the city), 5 "
           "injured; attacker implied (Ukrainian official source) -> RU"),
    E("kq14-2", ADS, D, L("Zaporizhzhia"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="💥 'The enemy attacked with drones; a car service station is on fire, 2 injured'"),
    E("kq14-3", ADS, D, L("Shostka"), "RU", "UA", weapons=[W("drone")],
      note="⚡️ 'a drone hit a substation overnight' in Shostka; the ⚡️ label is not an event type"),
    E("kq14-4", DIS, D, L("Shostka"), "RU", "UA", parent="kq14-3",
      note="'part of Shostka is without power' (critical infrastructure on generators = same disruption)"),
    E("kq14-5", ADS, D, L("Klimovo"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="🇷🇺 the Bryansk governor (title only): an AFU drone dropped explosives on a truck in Klimovo, driver "
           "injured; the channel relays a Russian claim, attacker UA"),
    E("kq14-6", MAS, D, H("Shatalovo", "Shatalovo airfield"), "UA", "RU", family=[ADS],
      note="🎯 General Staff: 'struck the Shatalovo airfield in Smolensk region overnight': weapon not said -> both "
           "types; an airfield named after the village = precision 2; 'Results are being clarified' -> no counts"),
    E("kq14-7", MAS, D, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="🛡 'the occupiers shelled the Korabelnyi district' (= the city), a man killed; the 🛡 label is decoration"),
    E("kq14-8", MAS, Y, L("Nikopol"), "RU", "UA", weapons=[W("artillery")],
      note="📍 'Dnipropetrovsk region, yesterday: Nikopol was shelled with artillery 8 times': 4 March; agentless "
           "passive, attacker from the RMA source; no casualty stated for Nikopol (the injury is Marhanets')"),
    E("kq14-9", ADS, Y, H("Marhanets", "Marhanets hromada"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'the Marhanets hromada was hit by FPV drones; 1 injured in Marhanets': the other strike type in the same "
           "line is its own event, hromada = precision 2"),
]
# Not events: '🚀 Ballistic missile threat from the north-east! … take cover' and '✅ All clear' (a threat; no launch or
# hit reported), 'Critical infrastructure is on generators' (same outage). The channel header, pinned line, view/time
# lines, hashtags, the ➖➖➖ separators (one per post: repeated, so not listed; a cleaner may keep or drop them), the
# advertisement and the subscribe row are furniture.
STATEMENTS = []
MUST_NOT = ["War Monitor UA 🇺🇦", "214 806 subscribers", "📌 Pinned: Rules of the chat and how to send us news",
            "↪️ Forwarded from Kharkiv Regional Military Administration", "#Kharkiv #KAB",
            "👁 18.9K · 06:31", "👁 11.2K · 06:58", "👁 9.7K · 07:12", "👁 22.4K · 07:20", "👁 8.1K · 07:41",
            "👁 15.6K · 08:05", "👁 7.4K · 08:17", "👁 6.9K · 08:30",
            "📢 Advertisement: power banks and generators with delivery — @powerbank_shop_example",
            "👉 Subscribe: @warmonitor_ua_example | 💬 Our chat | ⚡️ Boost the channel"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
