from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, REX

TITLE = "Danube ports again: the night's posts from Odesa region, retold"
TEXT = """PIVDEN DIGEST
The south of Ukraine in one morning read
Latest | Odesa | Mykolaiv | Kherson | Danube | Subscribe
Danube ports again: the night's posts from Odesa region, retold
Tuesday, 26 September 2023 · 11:20
Each post is retold under the name of the channel that published it, with the time of publication in brackets.

[Southern Defence Forces, 05:48] Nineteen Shahed-136 drones were launched at Odesa region overnight from the direction of Cape Chauda in Crimea. Eighteen were destroyed by air defence, the southern command said. "The launches came in three waves, and the last group tried to go round along the Danube," said Oksana Ruban, a spokeswoman for the Southern Defence Forces.

[Head of the regional military administration, 06:30] In Izmail, port infrastructure was hit: a grain elevator and two warehouses were damaged, and two truck drivers who were waiting to unload were injured. About 6,500 subscribers in the Izmail district were left without electricity after the attack.

[Odesa city military administration, 07:05] Debris of a downed drone fell in the yard of a hotel in the Prymorskyi district of Odesa. A security guard was injured; the façade and the windows of a neighbouring building were damaged.

[Head of the regional military administration, 09:40] At 09:10 a missile hit a recreation facility near Bilhorod-Dnistrovskyi. The type of the missile is being established. There were no casualties.

[Maritime administration of the Odesa seaports, 10:15] On Monday evening, a bulk carrier under the flag of Palau struck a sea mine off the coast near Odesa while heading into port. Two crew members were injured; the ship reached the anchorage under its own power.

[Ministry of National Defence of Romania, 10:50] Fragments of a drone were found near Isaccea, across the Danube in Romania, after the night attack on Izmail. No one was hurt, and the ministry said it had not detected any drone in Romanian airspace.

"The elevator was full of sunflower. We will be sweeping it off the quay for a week," said Petro Hnatenko, a loader at the Izmail port.

Since the end of July, the Danube ports have been attacked more than twenty times.
Pivden Digest retells posts of official channels; follow the links to read the originals.
Support Pivden Digest · Advertising · Privacy
"""
DOC = {"id": "ld14", "date": "2023-09-26", "source": "Pivden Digest (aggregator retelling Telegram posts, southern Ukraine)",
       "url": "https://pivden-digest.example/2023/09/26/danube-ports-again", "text": TEXT}

D, MON = "2023-09-26", "2023-09-25"
P = "ld14-1"
EVENTS = [
    E(P, ADS, D, R("UA-51", "Odesa region"), "RU", "UA", claimant="Southern Defence Forces",
      weapons=[W("drone", "Shahed-136", launched=N(19))],
      note="'Nineteen Shahed-136 drones were launched at Odesa region overnight from the direction of Cape Chauda': a "
           "regional attack with its count (number in words), region precision, parent of the places hit; the launch "
           "area is not a place of the event"),
    E("ld14-2", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent=P, claimant="Southern Defence Forces",
      weapons=[W("drone", "Shahed-136", intercepted=N(18))],
      note="'Eighteen were destroyed by air defence': the region's interception with its count -> required"),
    E("ld14-3", ADS, D, L("Izmail"), "RU", "UA", parent=P, inj=N(2), weapons=[W("drone")],
      claimant="head of the Odesa regional military administration",
      note="passive 'In Izmail, port infrastructure was hit …, and two truck drivers … were injured' (the night's "
           "Shaheds)"),
    E("ld14-4", DIS, D, H("Izmail", "Izmail district"), "RU", "UA", parent="ld14-3",
      claimant="head of the Odesa regional military administration",
      note="'About 6,500 subscribers in the Izmail district were left without electricity after the attack': a raion "
           "named after its centre = precision 2"),
    E("ld14-5", ADS, D, L("Odesa"), "RU", "UA", parent=P, inj=N(1), weapons=[W("drone")],
      claimant="Odesa city military administration",
      note="'Debris of a downed drone fell in the yard of a hotel in the Prymorskyi district of Odesa. A security guard "
           "was injured' (the district = the city)"),
    E("ld14-6", MAS, D, H("Bilhorod-Dnistrovskyi", "near Bilhorod-Dnistrovskyi"), "RU", "UA", fat=N(0), inj=N(0),
      claimant="head of the Odesa regional military administration", weapons=[W("missile")],
      note="'At 09:10 a missile hit a recreation facility near Bilhorod-Dnistrovskyi. The type of the missile is being "
           "established. There were no casualties' -> near X = precision 2, generic missile, 0/0; a morning strike "
           "after the night wave, no parent"),
    E("ld14-7", REX, MON, H("Odesa", "off the coast near Odesa"), None, "UA", inj=N(2),
      claimant="Maritime administration of the Odesa seaports",
      note="'On Monday evening, a bulk carrier … struck a sea mine off the coast near Odesa': a mine = remote_explosive, "
           "who laid it is not said -> actor1 null; the ship is foreign-flagged but in a Ukrainian port's approach "
           "(actor2 UA); off X = precision 2; two crew injured"),
    E("ld14-8", ADS, D, H("Isaccea", "near Isaccea"), "RU", "RO", optional=True, fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Ministry of National Defence of Romania",
      note="'Fragments of a drone were found near Isaccea, across the Danube in Romania … not detected any drone in Romanian "
           "airspace': fragments without a track -> optional (blind42 call 8), RO-TL"),
]
# Not events: the launch area Cape Chauda, Hnatenko's 'We will be sweeping it off the quay for a week' (future), 'Since
# the end of July, the Danube ports have been attacked more than twenty times' (cumulative), the ship reaching the
# anchorage (part of ld14-7), 'had not detected any drone in Romanian airspace' (negation). Masthead, tagline, menu,
# date line, the retelling note at the foot and the support row are furniture; the bracketed channel names and times
# stay as text.
STATEMENTS = [
    S("Oksana Ruban", "UA", "the last group tried to go round along the Danube", "spokeswoman, Southern Defence Forces"),
    S("Petro Hnatenko", "UA", "We will be sweeping it off the quay for a week", "loader, Izmail port"),
]
MUST_NOT = ["PIVDEN DIGEST", "The south of Ukraine in one morning read", "Latest | Odesa | Mykolaiv | Kherson | Danube | Subscribe",
            "Tuesday, 26 September 2023 · 11:20",
            "Pivden Digest retells posts of official channels; follow the links to read the originals.",
            "Support Pivden Digest · Advertising · Privacy"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
