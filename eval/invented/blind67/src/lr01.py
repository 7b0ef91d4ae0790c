from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Kharkiv, night of 10 to 11 June: the mayor's posts, hour by hour"
TEXT = """KHARKIV. NIGHT FEED
Mayor's channel, retold in English by the volunteer desk · no edits except translation
📢 Kharkiv, night of 10 to 11 June: the mayor's posts, hour by hour
Collected 11.06.2025, 07:20 · 👁 31.4K
Below are the mayor's posts of the night in the order they appeared, with their clock times; the desk adds nothing of its own.

23:52 — A guided aerial bomb hit the Industrialnyi district. A warehouse is burning. Information on victims is being clarified.
23:58 — Air raid alert for the city. Stay in shelters until the all-clear.
00:41 — Explosions in the city. Stay in shelters.
00:43 — Kharkiv is under attack by Shahed-type drones. Several groups are coming from the north-east.
00:58 — Kyivskyi district: a drone hit a sixteen-storey residential building. Fire on the upper floors. Preliminary: three injured.
01:30 — Another series of explosions. Drones are still over the city — do not go out onto balconies.
02:15 — Slobidskyi district: a strike landed inside the fence of a factory. Whether anyone was hurt is not yet known.
02:40 — Because of the hit in the Slobidskyi district, about 4,000 subscribers there are without electricity. Repairs begin once the alert ends.
03:05 — Ballistic missile threat! Everyone to the shelters immediately.
03:09 — Two strikes in the Nemyshlianskyi district — a ballistic missile, preliminarily. Private houses are damaged. Two people are hurt; one is a girl of 14.
03:40 — Slobidskyi district, update: nobody was hurt at the factory.
04:22 — The all-clear. Utility services and rescuers are working at all the sites.
05:55 — Kyivskyi district, update: the number of injured in the high-rise has risen to eight. Sadly, a woman of 62 who was pulled out by rescuers died in hospital.
"The eleventh to the fourteenth floors are burnt out; we are moving forty families to the dormitory of the polytechnic for now," said Oleh Savenko, head of the Kyivskyi district administration.
06:40 — Summary of the night. Fifteen Shahed-type drones and two ballistic missiles hit the city. One person was killed and ten were injured. Schools will work online today; invincibility points are open at the usual addresses.
06:45 — Please do not film or publish the places of hits. It helps the enemy adjust fire.
#Kharkiv #attack #night
🔔 Subscribe so as not to miss alerts: t.me/kharkiv_night_feed
↪️ Forwarded from: Kharkiv City Head | official
"""
DOC = {"id": "lr01", "date": "2025-06-11", "source": "Kharkiv Night Feed (volunteer channel retelling the mayor's posts)",
       "url": "https://t.me/kharkiv_night_feed/4471", "text": TEXT}

D, PREV = "2025-06-11", "2025-06-10"
T = "lr01-2"
MAYOR = "Kharkiv mayor"
EVENTS = [
    E("lr01-1", ADS, PREV, L("Kharkiv"), "RU", "UA", weapons=[W("guided_bomb")], claimant=MAYOR,
      evidence="23:52 — A guided aerial bomb hit the Industrialnyi district.",
      note="the first post, stamped 23:52, belongs to the day before the night (10 Jun), not to the 11 Jun summary; "
           "the Industrialnyi district = the city; 'Information on victims is being clarified' -> counts absent; not a "
           "child of the night's attack (before the drones, another weapon, outside the summary's figures)"),
    E(T, MAS, D, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(10), claimant=MAYOR,
      weapons=[W("drone", "Shahed-136", launched=N(15)), W("ballistic_missile", launched=N(2))],
      evidence="Fifteen Shahed-type drones and two ballistic missiles hit the city. One person was killed and ten were injured.",
      note="the mayor's 06:40 'Summary of the night' (posts from 00:43 on -> 11 Jun): one combined attack on the city, "
           "typed by the heaviest weapon (ballistic missiles), parent of the night's sites; fronted number in words "
           "'Fifteen'; 1 k 10 w = Kyivskyi 1 k 8 w + Nemyshlianskyi 2 w (the 23:52 bomb is not in it)"),
    E("lr01-3", ADS, D, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(8), weapons=[W("drone", "Shahed-136")], parent=T,
      claimant=MAYOR,
      evidence="00:58 — Kyivskyi district: a drone hit a sixteen-storey residential building.",
      note="Kyivskyi district = the city; 'Preliminary: three injured' raised by the 05:55 update to eight injured and a "
           "woman who died in hospital -> 1 k 8 w (the latest figure wins; the update is no event)"),
    E("lr01-4", ADS, D, L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0), parent=T,
      family=[MAS], claimant=MAYOR,
      evidence="02:15 — Slobidskyi district: a strike landed inside the fence of a factory.",
      note="a second site in a second district of the city (its own event); the post names no weapon, but it falls in "
           "the drone phase of the night -> typed as a drone strike, both strike types accepted, no weapon entry; 'Whether anyone was hurt is not yet known' "
           "then the 03:40 update 'nobody was hurt' -> 0/0"),
    E("lr01-5", DIS, D, L("Kharkiv"), "RU", "UA", parent="lr01-4", claimant=MAYOR,
      evidence="about 4,000 subscribers there are without electricity",
      note="an outage caused by the Slobidskyi hit; 'Repairs begin once the alert ends' is a plan"),
    E("lr01-6", MAS, D, L("Kharkiv"), "RU", "UA", inj=N(2), weapons=[W("ballistic_missile", launched=N(2))], parent=T,
      claimant=MAYOR,
      evidence="03:09 — Two strikes in the Nemyshlianskyi district — a ballistic missile, preliminarily.",
      note="'Two strikes … a ballistic missile, preliminarily': the hedged weapon is still named; two strikes in one "
           "district = one event with launched 2 (the summary's two ballistic missiles); 'Two people are hurt' -> 2 w"),
]
# Not events: 23:58 air raid alert, 00:41 'Explosions in the city. Stay in shelters.' (an alert, its hits are told
# later), 00:43 drones 'coming from the north-east' (the attack itself is lr01-2), 01:30 'Another series of explosions'
# (no site), 03:05 ballistic threat, 03:40 and 05:55 updates (they change lr01-4 and lr01-3), 04:22 all-clear, schools
# online and invincibility points (measures, not incidents), 06:45 request not to film, the move of forty families to a
# dormitory (relief, not an event).
STATEMENTS = [
    S("Oleh Savenko", "UA", "we are moving forty families to the dormitory of the polytechnic",
      "head of the Kyivskyi district administration"),
]
# Not gold: the mayor's posts are not quotations (title only, no quotation marks).
MUST_NOT = ["KHARKIV. NIGHT FEED", "Mayor's channel, retold in English by the volunteer desk · no edits except translation",
            "Collected 11.06.2025, 07:20 · 👁 31.4K", "#Kharkiv #attack #night",
            "🔔 Subscribe so as not to miss alerts: t.me/kharkiv_night_feed",
            "↪️ Forwarded from: Kharkiv City Head | official"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
