from common import E, L, R, C, N, W, S, gold

TITLE = "Crimea Frontline 24/7 — channel feed, 25 October"
TEXT = """CRIMEA FRONTLINE 24/7
@crimea_frontline_example
96.4K subscribers
VIEW IN TELEGRAM
Crimea Frontline 24/7 — channel feed, 25 October
Repost from: Governor of Sevastopol
An attack by uncrewed boats on Sevastopol is being repelled. Black Sea Fleet sailors are working near the northern side. Do not film or post the work of our forces. Stay calm.
14.3K views · 04:52
UPDATE. According to the governor, two boats were destroyed near the Konstantinovsky battery; a third exploded at the pier in Inkerman. Windows were broken in six private houses, and one man was cut by glass and taken to hospital. City services are operating as usual.
21.7K views · 05:40
Repost from: Ministry of Defence of the Russian Federation
Overnight, the Black Sea Fleet destroyed four uncrewed surface vessels of the Armed Forces of Ukraine in the north-western part of the Black Sea. Air defence systems also intercepted and destroyed 11 Ukrainian aircraft-type UAVs over the territory of the Republic of Crimea.
18.9K views · 06:15
Repost from: Crimean Bridge Operational Info
Traffic on the Crimean bridge has been resumed. It was blocked from 03:10 to 06:40. Vehicles waiting on the Kerch side: 380.
9.2K views · 06:44
Ferries across the Sevastopol bay will not run until noon today, the city transport department says. Buses No. 1 and No. 2 are carrying passengers around the bay instead.
8.8K views · 07:20
Repost from: Sevastopol city government
Air defence shot down one more drone over the Balaklava district. Nothing was damaged on the ground.
6.1K views · 07:48
Repost from: Governor of the Kherson region
This morning the Kyiv regime shelled Hola Prystan. A 59-year-old man was killed at a bus stop. Another shell hit a shop; the building is damaged.
7.5K views · 08:05
Our subscriber Yelena Gorbunova from Inkerman sent us a video and writes: "We woke up from the first bang at about four. The second one was so close that the cat hid under the bath for an hour."
The head of the Inkerman territorial department, Pavel Korneev, promised: "Glaziers will be in every affected yard by the evening, the city pays for the glass."
11.0K views · 09:30
Ukrainian public pages claim that a landing ship in the bay was hit. There is no confirmation of this. Please do not spread unverified information.
12.6K views · 10:12
📌 Pinned: how to send us your video
Advertising: @cf_ads_example
SUBSCRIBE TO THE CHANNEL
"""
DOC = {"id": "kw06", "date": "2023-10-25", "source": "Crimea Frontline 24/7 (Russian-side Telegram channel, web preview with reposts, English)",
       "url": "https://t.me/s/crimea_frontline_example", "text": TEXT}

D = "2023-10-25"
EVENTS = [
    E("kw06-1", "interception", D, L("Sevastopol", 2, "near the Konstantinovsky battery, Sevastopol"), "RU", "UA",
      weapons=[W("drone", "uncrewed boat", intercepted=N(2))], claimant="governor of Sevastopol",
      note="'two boats were destroyed near the Konstantinovsky battery' during the attack on Sevastopol (posts of 04:52 "
           "and 05:40): interception near the city, precision 2"),
    E("kw06-2", "air_drone_strike", D, L("Inkerman"), "UA", None, inj=N(1), weapons=[W("drone", "uncrewed boat")],
      claimant="governor of Sevastopol",
      note="'a third exploded at the pier in Inkerman … one man was cut by glass and taken to hospital': the boat attack's "
           "hit (sea drones are drone strikes, blind3 x12); occupation-side report, actor2 null for occupied Sevastopol "
           "(blind37 call 4); 'An attack … on Sevastopol is being repelled' is this same attack"),
    E("kw06-3", "interception", D, C(None, "north-western Black Sea"), "RU", "UA",
      weapons=[W("drone", "uncrewed surface vessel", intercepted=N(4))], claimant="Russian Defence Ministry",
      note="MoD: 'destroyed four uncrewed surface vessels … in the north-western part of the Black Sea': at sea, no "
           "country (blind38 ko03); kept apart from the two boats at Sevastopol"),
    E("kw06-4", "interception", D, R("UA-43", "Republic of Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Defence Ministry",
      note="'intercepted and destroyed 11 Ukrainian aircraft-type UAVs over the territory of the Republic of Crimea': a "
           "region with a count"),
    E("kw06-9", "interception", D, L("Sevastopol", name="Sevastopol (Balaklava district)"), "RU", "UA",
      weapons=[W("drone", intercepted=N(1))], claimant="Sevastopol city government",
      note="'Air defence shot down one more drone over the Balaklava district' (city government post of 07:48): Balaklava is a district of "
           "Sevastopol (UA-40, not the Republic of Crimea's UA-43 of the MoD count) -> its own interception with a "
           "count; 'Nothing was damaged on the ground' gives no strike"),
    E("kw06-5", "air_drone_strike", D, R("UA-43", "Republic of Crimea"), "UA", None, optional=True,
      note="the drone attack on Crimea as a whole, implied by the MoD count: optional (blind37 call 5)"),
    E("kw06-6", "infrastructure_disruption", D, L("Kerch", 2, "Crimean bridge"), None, None,
      note="'It was blocked from 03:10 to 06:40' (the bridge closed during the night's attack): a traffic restriction "
           "as a precaution, sides null like airport restrictions; the bridge = near Kerch, precision 2"),
    E("kw06-7", "infrastructure_disruption", D, L("Sevastopol"), None, None,
      note="'Ferries across the Sevastopol bay will not run until noon today': a restriction in force on the day "
           "(scheduled restrictions are events, ANNOTATION rule 2), sides null (precaution)"),
    E("kw06-8", "missile_artillery_strike", D, L("Hola Prystan"), "UA", None, fat=N(1), weapons=[W("artillery")],
      claimant="Russian-installed governor of the Kherson region",
      note="'This morning the Kyiv regime shelled Hola Prystan. A 59-year-old man was killed': occupation-side claim "
           "without a denial keeps the claimed attacker, actor2 null (blind37 call 4); the shop hit is the same shelling"),
]
# Not events: 'Ukrainian public pages claim that a landing ship in the bay was hit. There is no confirmation' (an
# unconfirmed detail of the same attack, no event of its own), 'City services are operating as usual', the governor's
# 'Do not film' (appeal), the glaziers' promise (future), the buses around the bay (replacement, part of kw06-7), the
# queue of 380 vehicles (part of kw06-6).
STATEMENTS = [
    S("Yelena Gorbunova", None, "the cat hid under the bath for an hour", "resident of Inkerman (channel subscriber)"),
    S("Pavel Korneev", "RU", "Glaziers will be in every affected yard by the evening",
      "head of the Inkerman territorial department (occupation administration)"),
]
# Not gold: the governors' and the MoD's posts (reposted text, not quotations). Gorbunova's side is left null (a
# resident of occupied Sevastopol; statements are scored by speaker and text only).
MUST_NOT = ["CRIMEA FRONTLINE 24/7", "@crimea_frontline_example", "96.4K subscribers", "VIEW IN TELEGRAM",
            "Repost from: Governor of Sevastopol", "14.3K views · 04:52", "21.7K views · 05:40",
            "Repost from: Ministry of Defence of the Russian Federation", "18.9K views · 06:15",
            "Repost from: Crimean Bridge Operational Info", "9.2K views · 06:44", "8.8K views · 07:20",
            "Repost from: Sevastopol city government", "6.1K views · 07:48",
            "Repost from: Governor of the Kherson region", "7.5K views · 08:05", "11.0K views · 09:30",
            "12.6K views · 10:12", "📌 Pinned: how to send us your video", "Advertising: @cf_ads_example",
            "SUBSCRIBE TO THE CHANNEL"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
