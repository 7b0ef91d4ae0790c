from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, AGR, DIP, POL

TITLE = "Ukraine war live: Kharkiv toll rises to four; Denmark approves new drone money"
TEXT = """THE MERIDIAN
UK | World | Climate | Business | Opinion | Culture | Live
World › Europe › Russia-Ukraine war
LIVE
Ukraine war live: Kharkiv toll rises to four; Denmark approves new drone money
Updated 20:52 EET, Tue 29 Oct 2024
Hannah Morrow (now) and Oleksii Bondar (earlier)
Show key events only
Share
We're closing this blog for the night - thanks for reading and goodnight.

20:35
Summary of the day
The picture as of Tuesday evening:
- Four people are now known to have died and 12 were hurt when a ballistic missile hit a warehouse in Kharkiv before dawn.
- In Zaporizhzhia, guided bombs wounded 11 people.
- Ninety-five captured soldiers are back on Ukrainian soil after a swap.
- Copenhagen approved new money for Ukrainian-made drones.

19:45
Russia's defence ministry says air defences destroyed 23 Ukrainian drones overnight and in the morning, with eleven of the total brought down above the Bryansk region. The Bryansk governor wrote that there was "no damage and no casualties".

18:10
Correction: In our 09:05 post we said 14 people had been injured in Zaporizhzhia. The regional administration's figure is 11. We apologise for the error.

17:25
Two more bodies have been pulled from the rubble of the Kharkiv warehouse, and the regional governor now puts the toll at four dead and 12 injured. At midday he had given three killed and nine hurt.

16:40
Correction: The artillery strike on the covered market in Kupiansk, reported in our 12:15 post, happened on Monday evening, not on Tuesday morning as we wrote. The toll - one woman killed, three people injured - is unchanged.

15:50
Analysis: what the Danish money buys
By our defence correspondent: 1.2 billion kroner could, on the manufacturers' own prices, pay for several thousand FPV drones or a few hundred long-range ones. If the production lines are moved to Danish soil, as both governments have floated, the drones would also be out of reach of Russian missiles. Neither has happened yet.

15:20
The Danish government on Tuesday approved 1.2 billion kroner (about €160m) for drones built by Ukrainian manufacturers, the defence ministry in Copenhagen said. "Every krone of this goes to factories that are already running, not to promises," said Mette Kjærgaard, a member of the Folketing's defence committee.

14:05
Poland's foreign minister, who arrived in Kyiv on the night train, held talks with his Ukrainian counterpart on Tuesday morning about air defence and the winter. No agreements were signed.

13:30
Ninety-five Ukrainian prisoners of war have returned home in exchange for the same number of Russian soldiers, Ukraine's coordination headquarters for POWs said. The United Arab Emirates mediated. Some of them had spent more than two years in Russian captivity. "I had stopped counting the days. Today I started again," said Nadiia Rudenko, whose son was among them.

12:15
An artillery strike on the covered market in Kupiansk has killed a woman and injured three other people this morning, the regional governor said.

11:40
Across the border, a Ukrainian drone struck a lorry on a road near Grayvoron, in Russia's Belgorod region, injuring the driver, the regional governor said on Telegram.

10:30
Ukraine's General Staff counted 142 combat clashes over the past 24 hours. Russian troops attacked hardest near Toretsk, where 31 assaults were repelled, and near Kurakhove, where 38 were.

09:05
Guided bombs struck an industrial area of Zaporizhzhia shortly after 07:00, injuring 14 people, two of them seriously, the regional administration said. "Most of what we are taking out is glass," said Olena Bondarchuk, a surgeon at the regional hospital.

08:20
A ballistic missile hit a warehouse in Kharkiv's Industrialnyi district before dawn, killing one person and injuring six, the regional governor said. "There were twenty of us on the night shift. The wall just folded in," Serhii Lytvyn, a loader, told local television.

07:30
Overnight, Russia launched 62 Shahed-type drones and two Iskander-M ballistic missiles, Ukraine's air force said. Forty-four of the drones were shot down, eight of them over the Sumy region, and 15 more were "locationally lost", most likely to electronic jamming.

07:05
Good morning and welcome to our live coverage of the war in Ukraine. It was another loud night in the east; here is what we know so far.
Pinned post
Get the Meridian's Ukraine briefing by email every morning
Load more updates
Topics: Ukraine | Russia | Kharkiv | Zaporizhzhia | Denmark | Poland
© 2024 The Meridian Media Group. All rights reserved.
"""
DOC = {"id": "li02", "date": "2024-10-29", "source": "The Meridian (British newspaper site, live blog)",
       "url": "https://themeridian.example/world/live/2024/oct/29/ukraine-war-live-kharkiv-toll-denmark", "text": TEXT}

D, MON = "2024-10-29", "2024-10-28"
PAST = dict(prec="range", end=D)
WAVE, INTC, RUINT = "li02-1", "li02-2", "li02-14"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(62)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      evidence="Overnight, Russia launched 62 Shahed-type drones and two Iskander-M ballistic missiles, Ukraine's air force said.",
      note="07:30 entry (at the bottom: the blog runs newest first): the night's wave, country precision, typed by the "
           "ballistic missiles"),
    E(INTC, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(44))],
      evidence="Forty-four of the drones were shot down, eight of them over the Sumy region, and 15 more were \"locationally lost\", most likely to electronic jamming.",
      note="'Forty-four of the drones were shot down'; the 15 'locationally lost' are not counted as intercepted "
           "(counted apart in the text); nothing said of the missiles -> no missile count"),
    E("li02-3", INT, D, R("UA-59", "Sumy region"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(8))],
      evidence="eight of them over the Sumy region",
      note="a region with its own count inside the interception sentence -> required regional interception"),
    E("li02-4", MAS, D, L("Kharkiv"), "RU", "UA", parent=WAVE, fat=N(4), inj=N(12),
      weapons=[W("ballistic_missile")],
      evidence="Two more bodies have been pulled from the rubble of the Kharkiv warehouse, and the regional governor now puts the toll at four dead and 12 injured.",
      note="08:20 'before dawn' on Tuesday, Industrialnyi district = the city; toll 1 k 6 w (08:20) -> 3 k 9 w "
           "(midday) -> 4 k 12 w (17:25): the latest figure wins; the summary repeats it"),
    E("li02-5", ADS, D, L("Zaporizhzhia"), "RU", "UA", inj=N(11), weapons=[W("guided_bomb")],
      evidence="Guided bombs struck an industrial area of Zaporizhzhia shortly after 07:00",
      note="09:05 says 14 injured; the 18:10 correction (above it) gives the administration's 11 -> 11 injured; guided "
           "bombs -> air_drone_strike; not part of the night wave (after 07:00, another weapon)"),
    E("li02-6", CLA, MON, H("Toretsk", "near Toretsk"), "RU", "UA", **PAST, claimant="General Staff of Ukraine",
      evidence="Russian troops attacked hardest near Toretsk, where 31 assaults were repelled",
      note="General Staff's past-24-hours report: one clash per named place (range 28-29 Oct, near X = precision 2)"),
    E("li02-7", CLA, MON, H("Kurakhove", "near Kurakhove"), "RU", "UA", **PAST, claimant="General Staff of Ukraine",
      evidence="and near Kurakhove, where 38 were.",
      note="second named place of the same sentence (elliptic 'where 38 were') -> its own clash, range"),
    E("li02-8", CLA, MON, C("UA", "Ukraine"), "RU", "UA", **PAST, agg=True, optional=True,
      evidence="Ukraine's General Staff counted 142 combat clashes over the past 24 hours.",
      note="front-wide count of clashes -> optional aggregate"),
    E("li02-9", ADS, D, H("Grayvoron", "road near Grayvoron"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Belgorod governor",
      evidence="Across the border, a Ukrainian drone struck a lorry on a road near Grayvoron, in Russia's Belgorod region, injuring the driver",
      note="11:40 entry, no other day -> Tuesday; 'a road near Grayvoron' = precision 2; UA -> RU"),
    E("li02-10", MAS, MON, L("Kupiansk"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("artillery")],
      evidence="The artillery strike on the covered market in Kupiansk, reported in our 12:15 post, happened on Monday evening, not on Tuesday morning as we wrote.",
      note="12:15 said 'this morning'; the 16:40 correction moves it to Monday evening (28 Oct); toll 1 k 3 w "
           "unchanged ('a woman … and three other people')"),
    E("li02-11", AGR, D, C(None, "undisclosed"), "UA", "RU",
      evidence="Ninety-five Ukrainian prisoners of war have returned home in exchange for the same number of Russian soldiers",
      note="13:30 prisoner exchange 95 for 95, UAE-mediated -> agreement without a place; 'more than two years in "
           "Russian captivity' is background"),
    E("li02-12", DIP, D, L("Kyiv"), "PL", "UA",
      evidence="Poland's foreign minister, who arrived in Kyiv on the night train, held talks with his Ukrainian counterpart on Tuesday morning",
      note="14:05: a visiting minister who 'held talks' in Kyiv -> diplomatic_contact at the named place, the visitor "
           "as actor1; 'No agreements were signed' is a negation"),
    E("li02-13", POL, D, C("DK", "Denmark"), "DK", "UA",
      evidence="The Danish government on Tuesday approved 1.2 billion kroner (about €160m) for drones built by Ukrainian manufacturers",
      note="15:20: an aid decision -> policy_decision at the deciding country (precision 4); the 15:50 analysis "
           "('could', 'If the production lines are moved') gives nothing"),
    E(RUINT, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(23))],
      evidence="Russia's defence ministry says air defences destroyed 23 Ukrainian drones overnight and in the morning",
      note="19:45: the MoD's count 'overnight and in the morning' of Tuesday -> country interception, RU the defender"),
    E("li02-15", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent=RUINT, claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(11))],
      evidence="with eleven of the total brought down above the Bryansk region",
      note="a region with its own count -> required; the governor's 'no damage and no casualties' gives no strike"),
    E("li02-16", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      evidence="Russia's defence ministry says air defences destroyed 23 Ukrainian drones overnight and in the morning",
      note="the Ukrainian drone attack on Russia as a whole, implied by the MoD count -> optional"),
]
# Not events: the 20:35 summary (repeats li02-4, -5, -11, -13); the 09:05 figure of 14 injured (corrected to 11) and the
# 12:15 'this morning' (corrected to Monday evening) and the 08:20 / midday tolls (stages of li02-4); the 15:50 analysis
# ('could … pay for', 'If the production lines are moved … would', 'Neither has happened yet'); 'No agreements were
# signed' (negation); 'more than two years in Russian captivity' (background); the 07:05 welcome entry; the Bryansk governor's
# "no damage and no casualties" (no strike named).
# Quoted fragments that are not gold statements: "locationally lost" (air force term), the Bryansk governor's "no damage
# and no casualties" (title only).
STATEMENTS = [
    S("Mette Kjærgaard", "DK", "Every krone of this goes to factories that are already running",
      "member of the Folketing's defence committee"),
    S("Nadiia Rudenko", "UA", "I had stopped counting the days. Today I started again", "mother of a returned POW"),
    S("Olena Bondarchuk", "UA", "Most of what we are taking out is glass", "surgeon, Zaporizhzhia regional hospital"),
    S("Serhii Lytvyn", "UA", "The wall just folded in", "loader, Kharkiv warehouse"),
]
MUST_NOT = ["THE MERIDIAN", "UK | World | Climate | Business | Opinion | Culture | Live",
            "World › Europe › Russia-Ukraine war", "LIVE", "Updated 20:52 EET, Tue 29 Oct 2024",
            "Hannah Morrow (now) and Oleksii Bondar (earlier)", "Show key events only", "Share",
            "We're closing this blog for the night - thanks for reading and goodnight.", "Pinned post",
            "Get the Meridian's Ukraine briefing by email every morning", "Load more updates",
            "Topics: Ukraine | Russia | Kharkiv | Zaporizhzhia | Denmark | Poland",
            "© 2024 The Meridian Media Group. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
