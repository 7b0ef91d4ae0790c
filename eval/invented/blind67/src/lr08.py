from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Air Force night tally, 29 April: 3 Iskander-M, 2 guided missiles, 124 drones"
TEXT = """UKRAINIAN AIR FORCE — NIGHT TALLY (EN)
English service of the Air Force's press channel · republished by the Skywatch volunteer desk
Air Force night tally, 29 April: 3 Iskander-M, 2 guided missiles, 124 drones
🕘 29.04.2025 · 09:15
⚠️⚠️⚠️
On the night of 29 April (from 20:00 on 28 April), the enemy used 129 air attack weapons:
— 3 Iskander-M ballistic missiles, launched from the Kursk region;
— 2 Kh-59/69 guided air missiles, fired from over the Belgorod region;
— 124 attack drones of the Shahed type together with decoys, sent from the directions of Bryansk, Millerovo and Primorsko-Akhtarsk.
Fighter jets, missile units, electronic warfare and mobile fire groups took part in repelling it.
As of 09:00, 2 Kh-59/69 missiles and 76 Shahed-type drones were shot down in the north, east and south of the country. All three ballistic missiles got through; none was intercepted. Another 39 decoy drones were lost from radar without negative consequences.
Air defence was working in the Kyiv, Cherkasy and Odesa regions.
Impacts were recorded in the Kharkiv, Odesa, Dnipropetrovsk, Zaporizhzhia and Kyiv regions. From the regional administrations:
• Kharkiv region — two ballistic missiles struck Kharkiv; five people were injured, a child among them. In Chuhuiv a Shahed set fire to a warehouse; no one was hurt.
• Odesa region — 19 drones were destroyed over the region; in the Izmail district, port infrastructure was hit by drones and caught fire. No casualties.
• Dnipropetrovsk region — in Pavlohrad a drone struck a factory; a man, 40, was injured and two houses nearby were damaged. About 2,000 households in the city are without power.
• Zaporizhzhia region — a drone hit a car repair shop in Zaporizhzhia; three people were injured.
• Kyiv region — in the Bila Tserkva district, the wreckage of a drone shot down over the district damaged a warehouse. No casualties.
Drone debris also fell in the Poltava and Zhytomyr regions; no casualties were reported there.
In addition, over the previous day, 28 April, the enemy dropped 84 guided aerial bombs on the front line and on settlements of the Kharkiv, Donetsk and Zaporizhzhia regions.
Take every alert seriously! Find the nearest shelter in the app.
#AirForce #UkraineAirDefence
Republished with the Air Force's permission · Skywatch desk
"""
DOC = {"id": "lr08", "date": "2025-04-29", "source": "Ukrainian Air Force press channel (English service), republished by Skywatch",
       "url": "https://skywatch.example/airforce/2025-04-29", "text": TEXT}

D, PREV = "2025-04-29", "2025-04-28"
T, I = "lr08-1", "lr08-2"
AF = "Ukrainian Air Force"
A = dict(parent=T, claimant="regional administrations via the Air Force")
EVENTS = [
    E(T, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant=AF,
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(3)), W("missile", "Kh-59/69", launched=N(2)),
               W("drone", "Shahed-136", launched=N(124))],
      evidence="On the night of 29 April (from 20:00 on 28 April), the enemy used 129 air attack weapons:",
      note="the nationwide wave 'On the night of 29 April' -> 29 Apr (the night began at 20:00 on 28 Apr, the tally is of "
           "the night), country precision, typed by the heaviest weapon; per type: 3 Iskander-M, 2 Kh-59/69 ('guided air "
           "missiles': kind not said -> missile), 124 drones (Shaheds and decoys together, 'together with decoys'); 129 'air attack weapons' is the sum, not a "
           "weapon of its own"),
    E(I, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=T, claimant=AF,
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(0)), W("missile", "Kh-59/69", intercepted=N(2)),
               W("drone", "Shahed-136", intercepted=N(76))],
      evidence="As of 09:00, 2 Kh-59/69 missiles and 76 Shahed-type drones were shot down in the north, east and south of the country.",
      note="the interception of the wave (separate event, parent = the wave); 'None of the ballistic missiles was "
           "intercepted' -> exact 0; the 39 decoys 'lost from radar' are not intercepted (not counted)"),
    E("lr08-3", MAS, D, L("Kharkiv"), "RU", "UA", inj=N(5), weapons=[W("ballistic_missile", "Iskander-M", launched=N(2))], **A,
      evidence="Kharkiv region — two ballistic missiles struck Kharkiv; five people were injured, a child among them.",
      note="a place hit by the wave -> child; two of the three Iskander-M; 'five … a child among them' -> 5 w"),
    E("lr08-4", ADS, D, L("Chuhuiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone", "Shahed-136")], **A,
      evidence="In Chuhuiv a Shahed set fire to a warehouse; no one was hurt.",
      note="second Kharkiv-region site, 0/0"),
    E("lr08-5", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent=I, claimant="Odesa regional administration",
      weapons=[W("drone", intercepted=N(19))],
      evidence="19 drones were destroyed over the region",
      note="a region with its own count -> required interception in the region (part of the national interception)"),
    E("lr08-6", ADS, D, H("Izmail", "Izmail district"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="in the Izmail district, port infrastructure was hit by drones and caught fire. No casualties.",
      note="a district named after its centre -> precision 2 at Izmail; 0/0"),
    E("lr08-7", ADS, D, L("Pavlohrad"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      evidence="in Pavlohrad a drone struck a factory; a man, 40, was injured and two houses nearby were damaged.",
      note="1 w"),
    E("lr08-8", DIS, D, L("Pavlohrad"), "RU", "UA", parent="lr08-7", claimant="Dnipropetrovsk regional administration",
      evidence="About 2,000 households in the city are without power.",
      note="an outage caused by the Pavlohrad strike"),
    E("lr08-9", ADS, D, L("Zaporizhzhia"), "RU", "UA", inj=N(3), weapons=[W("drone")], **A,
      evidence="Zaporizhzhia region — a drone hit a car repair shop in Zaporizhzhia; three people were injured.",
      note="3 w"),
    E("lr08-10", ADS, D, H("Bila Tserkva", "Bila Tserkva district"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="Kyiv region — in the Bila Tserkva district, the wreckage of a drone shot down over the district damaged a warehouse. No casualties.",
      note="a district -> precision 2 at Bila Tserkva (Kyiv oblast 712165); debris that damages is placed as a strike; 0/0"),
    E("lr08-11", ADS, PREV, C("UA", "Ukraine"), "RU", "UA", agg=True, weapons=[W("guided_bomb", launched=N(84))], claimant=AF,
      evidence="over the previous day, 28 April, the enemy dropped 84 guided aerial bombs on the front line and on settlements of the Kharkiv, Donetsk and Zaporizhzhia regions.",
      note="a tally of a named day (28 Apr, day precision) over three regions -> country-level aggregate (blind62 lm09's "
           "munitions tally), not a child of the night's wave"),
    E("lr08-12", ADS, D, R("UA-53", "Poltava region"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], parent=T,
      optional=True, claimant=AF,
      evidence="Drone debris also fell in the Poltava and Zhytomyr regions; no casualties were reported there.",
      note="debris in a listed region without a site or damage -> optional"),
    E("lr08-13", ADS, D, R("UA-18", "Zhytomyr region"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], parent=T,
      optional=True, claimant=AF,
      evidence="Drone debris also fell in the Poltava and Zhytomyr regions; no casualties were reported there.",
      note="debris in a listed region without a site or damage -> optional"),
    E("lr08-14", INT, D, R("UA-32", "Kyiv region"), "UA", "RU", parent=I, optional=True, claimant=AF,
      evidence="Air defence was working in the Kyiv, Cherkasy and Odesa regions.",
      note="regions merely listed -> optional interception (ANNOTATION 3)"),
    E("lr08-15", INT, D, R("UA-71", "Cherkasy region"), "UA", "RU", parent=I, optional=True, claimant=AF,
      evidence="Air defence was working in the Kyiv, Cherkasy and Odesa regions.",
      note="regions merely listed -> optional interception"),
]
# Not events: 'Impacts were recorded in the Kharkiv, Odesa, Dnipropetrovsk, Zaporizhzhia and Kyiv regions' (the
# summary of the bullet lines, each of which is its own child); the listed Odesa region is covered by its counted
# interception lr08-5 (no second optional event); 'lost from radar' decoys; the launch areas (Kursk region, Belgorod
# airspace, Bryansk, Millerovo, Primorsko-Akhtarsk: where from, not events); the alert advice.
STATEMENTS = []
# No quotations.
MUST_NOT = ["UKRAINIAN AIR FORCE — NIGHT TALLY (EN)",
            "English service of the Air Force's press channel · republished by the Skywatch volunteer desk",
            "🕘 29.04.2025 · 09:15", "⚠️⚠️⚠️", "#AirForce #UkraineAirDefence",
            "Republished with the Air Force's permission · Skywatch desk"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
