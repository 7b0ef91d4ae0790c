from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war latest: Kyiv bans mass events ahead of Independence Day, Ukraine hits depot in Nova Kakhovka"
TEXT = """KYIV MORNING DISPATCH
Section: Live updates
Ukraine war latest: Kyiv bans mass events ahead of Independence Day, Ukraine hits depot in Nova Kakhovka
August 23, 2022 8:05 am  |  The Dispatch newsroom
Key developments on Aug. 22-23:
- Kyiv authorities ban public gatherings until Aug. 25
- Russian missile strike on Kharkiv kills one
- Ukraine's Southern Command says ammunition depot destroyed in Nova Kakhovka
The Kyiv City Military Administration on Aug. 22 banned all mass events in the capital from Aug. 22 to Aug. 25, citing the heightened threat of Russian missile strikes around Ukraine's Independence Day on Aug. 24. Ukraine's president warned in his nightly address that Russia could try "something particularly ugly" this week.

A Russian missile hit a five-story residential building in Kharkiv's Saltivskyi district on the evening of Aug. 22, killing one person and injuring three, according to Kharkiv Mayor's office. Rescuers worked through the night to clear the rubble.

Russian forces struck Mykolaiv with S-300 missiles overnight on Aug. 23, damaging a university building and several houses, the regional governor said. No casualties were reported.

--- Advertisement ---

Ukraine's Southern Operational Command said on Aug. 22 that its forces had destroyed a Russian ammunition depot in occupied Nova Kakhovka, as well as two command posts elsewhere in Kherson Oblast. Video posted on social media showed a large fire and secondary explosions over the town.

According to the command, Ukrainian forces on Aug. 21 also struck the Antonivskyi Bridge near Kherson again, keeping the key crossing over the Dnipro River out of use for heavy Russian vehicles.

Russian Uragan multiple-launch rockets hit Kramatorsk on Aug. 22, wounding two civilians, the Donetsk Oblast governor said. Officials have repeatedly urged residents of the oblast's remaining Ukrainian-held towns to evacuate.

In Sumy Oblast, Russian forces shelled border communities 27 times on Aug. 22, mostly with mortars and artillery, the regional military administration reported. There were no reports of casualties.

Russia's Defense Ministry claimed on Aug. 22 that it had "liberated" several villages in Donetsk Oblast, without naming them. The claim could not be verified.

Get the Dispatch in your inbox every morning – subscribe here
Kyiv Morning Dispatch © 2022
"""
DOC = {"id": "g15", "date": "2022-08-23", "source": "Kyiv Morning Dispatch (newsletter site)",
       "url": "https://kyivdispatch.example/ukraine-war-latest-aug-23-2022", "text": TEXT}

D = "2022-08-23"
D0 = "2022-08-22"
EVENTS = [
    E("g15-1", "policy_decision", D0, L("Kyiv"), "UA", None, claimant="Kyiv City Military Administration",
      note="ban on mass events decided on Aug. 22 (its period starts the same day); the key-developments bullet "
           "repeats it (one event); the president's warning is not an event"),
    E("g15-2", "missile_artillery_strike", D0, L("Kharkiv", 1, "Kharkiv (Saltivskyi district)"), "RU", "UA", fat=N(1),
      inj=N(3), weapons=[W("missile")], note="evening of Aug. 22; bullet repeats it; city district = the city"),
    E("g15-3", "missile_artillery_strike", D, L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile", "S-300")], note="S-300 against ground targets = missile strike; 'No casualties' = 0/0"),
    E("g15-4", "missile_artillery_strike", D0, L("Nova Kakhovka"), "UA", "RU", family=["air_drone_strike"],
      claimant="Southern Operational Command",
      note="depot destroyed in occupied Nova Kakhovka (dated the day of the claim, no earlier day given); weapon "
           "unstated; target Russian forces → actor2 RU; the 'two command posts elsewhere in Kherson Oblast' are "
           "covered by the optional g15-5"),
    E("g15-5", "missile_artillery_strike", D0, R("UA-65", "Kherson Oblast"), "UA", "RU", family=["air_drone_strike"],
      optional=True, note="two command posts 'elsewhere in Kherson Oblast': region-only, vague, optional"),
    E("g15-6", "missile_artillery_strike", "2022-08-21", L("Kherson", 2, "Antonivskyi Bridge near Kherson"), "UA", "RU",
      family=["air_drone_strike"], claimant="Southern Operational Command",
      note="bridge 'near Kherson' struck on Aug. 21: precision 2; weapon unstated"),
    E("g15-7", "missile_artillery_strike", D0, L("Kramatorsk"), "RU", "UA", inj=N(2), weapons=[W("mlrs", "Uragan")],
      note="Uragan MLRS (missile type)"),
    E("g15-8", "missile_artillery_strike", D0, R("UA-59", "Sumy Oblast"), "RU", "UA", agg=True, fat=N(0), inj=N(0),
      weapons=[W("artillery")], note="27 shellings of border communities on Aug. 22: a day tally at region level "
                                     "(aggregate); 'no reports of casualties' = 0/0 (k01's 'no casualties reported' convention)"),
    E("g15-9", "territory_change", D0, R("UA-14", "Donetsk Oblast"), "RU", "UA", optional=True,
      note="unnamed 'several villages' claimed: vague, optional"),
]
STATEMENTS = []
MUST_NOT = ["KYIV MORNING DISPATCH", "Section: Live updates", "August 23, 2022 8:05 am  |  The Dispatch newsroom",
            "--- Advertisement ---", "Get the Dispatch in your inbox every morning – subscribe here",
            "Kyiv Morning Dispatch © 2022"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
