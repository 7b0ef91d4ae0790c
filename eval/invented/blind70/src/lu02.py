from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Russia pounds Ukraine's power grid in night barrage; Kharkiv without electricity"
TEXT = """NORDLINE PRESS AGENCY
World | Markets | Europe | Energy | Wire archive
Russia pounds Ukraine's power grid in night barrage; Kharkiv without electricity
By Tomas Eklund and Oleh Tarasiuk
22 March 2024, 11:52 CET
KYIV, March 22 (NPA) - Russia hurled close to 90 drones and more than 60 missiles at Ukraine's power system overnight into Friday, knocking out electricity for hundreds of thousands and striking the country's largest dam, officials said.

The air force put the night's total at 88 Shahed drones and 63 missiles, including Kinzhal hypersonic missiles and Kh-101s launched from strategic bombers over the Volga. Fifty-five of the drones and 37 of the missiles were destroyed, it said.

In Zaporizhzhia, two missiles struck the DniproHES hydroelectric station, which carries a road across the Dnipro. A trolleybus that was crossing the dam at the time was hit; one passenger was killed and eight people were hurt, the regional governor said. Hydropower engineers said there was no risk of a breach.

Kharkiv, Ukraine's second city, took at least 15 hits on energy facilities, its mayor said, and around 700,000 residents were left without power. Water pumping stations switched to generators and the metro was halted. By late morning, nobody had been reported hurt in the city.

"They were aiming at the generation itself this time, not just the lines," said Oksana Bilous, a spokeswoman for the state grid operator. "Some of what was hit tonight will take months to rebuild."

A missile slammed into a five-storey block in Dnipro shortly before 5 a.m., killing two people, the head of the regional administration said. In Kryvyi Rih, a drone damaged a mine's ventilation unit; no one was hurt, and 60 miners were brought to the surface. Emergency outages were introduced across the Dnipropetrovsk region later in the morning.

Further west, the Khmelnytskyi region reported two hits on energy infrastructure without giving details, while the Lviv regional governor said two drones had been shot down over his region. Four drones were downed over the Odesa region.

Moscow, which has stepped up attacks on Ukraine's grid since the start of the month, said its forces had struck "energy facilities that support the military-industrial complex" in response to Ukrainian attacks on Belgorod. The Kremlin did not comment on the dam.

"The dam itself is designed for this kind of blow, but the turbine hall is not," said Mikael Strand, a Stockholm-based energy consultant who worked on the station's modernisation. He estimated that repairs would take at least a year if parts could be found.

Ukraine has pleaded for more Patriot batteries from its Western partners. A decision on a new German package is expected next week.
(Reporting by Tomas Eklund in Kyiv and Oleh Tarasiuk in Zaporizhzhia; Editing by Ruth Kaplan)
Our Standards: The NPA Trust Principles.
"""
DOC = {"id": "lu02", "date": "2024-03-22", "source": "Nordline Press Agency (international wire)",
       "url": "https://nordline.example/world/europe/russia-pounds-ukraine-power-grid-2024-03-22", "text": TEXT}

D = "2024-03-22"
EVENTS = [
    E("lu02-1", MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(88)), W("missile", launched=N(63))], claimant="Ukrainian Air Force",
      evidence="The air force put the night's total at 88 Shahed drones and 63 missiles",
      note="the night wave 'overnight into Friday' = 22 Mar; the lead's 'close to 90 … more than 60' are the same "
           "wave, the air force's exact figures are kept; Kinzhal and Kh-101 among them -> one `missile` entry"),
    E("lu02-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lu02-1", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", intercepted=N(55)), W("missile", intercepted=N(37))],
      evidence="Fifty-five of the drones and 37 of the missiles were destroyed, it said.",
      note="counts in words ('Fifty-five') and digits; the wave's interception at country precision"),
    E("lu02-3", MAS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(8), parent="lu02-1",
      weapons=[W("missile", launched=N(2))], claimant="Zaporizhzhia regional governor",
      evidence="In Zaporizhzhia, two missiles struck the DniproHES hydroelectric station",
      note="the dam and the trolleybus on it are one strike (one passenger killed, eight hurt); the station is in the "
           "city -> precision 1"),
    E("lu02-4", MAS, D, L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0), parent="lu02-1", family=[ADS],
      claimant="Kharkiv mayor",
      evidence="Kharkiv, Ukraine's second city, took at least 15 hits on energy facilities, its mayor said",
      note="'at least 15 hits' are hits, not launched munitions (no weapon count); the weapon is not said for Kharkiv "
           "-> both strike types; 'nobody had been reported hurt' -> 0/0"),
    E("lu02-5", DIS, D, L("Kharkiv"), "RU", "UA", parent="lu02-4", claimant="Kharkiv mayor",
      evidence="around 700,000 residents were left without power",
      note="the outage caused by the Kharkiv hits (metro halted is part of it)"),
    E("lu02-6", MAS, D, L("Dnipro"), "RU", "UA", fat=N(2), parent="lu02-1", weapons=[W("missile")],
      claimant="head of the Dnipropetrovsk regional administration",
      evidence="A missile slammed into a five-storey block in Dnipro shortly before 5 a.m., killing two people",
      note="'shortly before 5 a.m.' on 22 Mar; two killed; injured not stated -> absent"),
    E("lu02-7", ADS, D, L("Kryvyi Rih"), "RU", "UA", fat=N(0), inj=N(0), parent="lu02-1", weapons=[W("drone")],
      evidence="In Kryvyi Rih, a drone damaged a mine's ventilation unit; no one was hurt",
      note="'no one was hurt' -> 0/0; the 60 miners brought up are a precaution, not casualties"),
    E("lu02-8", DIS, D, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", parent="lu02-1",
      evidence="Emergency outages were introduced across the Dnipropetrovsk region later in the morning.",
      note="region-wide emergency outages after the night's hits (22 Mar); region precision 3"),
    E("lu02-9", MAS, D, R("UA-68", "Khmelnytskyi region"), "RU", "UA", parent="lu02-1", family=[ADS],
      claimant="Khmelnytskyi regional administration",
      evidence="the Khmelnytskyi region reported two hits on energy infrastructure without giving details",
      note="region only; two hits (not a munition count); weapon unsaid -> both types; casualties not stated"),
    E("lu02-10", INT, D, R("UA-46", "Lviv region"), "UA", "RU", parent="lu02-2", weapons=[W("drone", intercepted=N(2))],
      claimant="Lviv regional governor",
      evidence="the Lviv regional governor said two drones had been shot down over his region",
      note="a region with its own count -> required interception"),
    E("lu02-11", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent="lu02-2", weapons=[W("drone", intercepted=N(4))],
      evidence="Four drones were downed over the Odesa region.",
      note="count in words with a region -> required interception"),
]
# Not events: attacks 'since the start of the month' (history), Moscow's "energy facilities that support …" (the same
# wave told by Moscow) and 'Ukrainian attacks on Belgorod' (undated, a justification), 'no risk of a breach'
# (negation), repairs 'at least a year if parts could be found' (forecast), the Patriot pleas (ongoing), the German
# package 'expected next week' (future), the Kremlin's silence. Furniture: masthead, menu, byline, date line, the
# reporting/editing line, the standards line; the dateline 'KYIV, March 22 (NPA) -' opens the lead and stays.
STATEMENTS = [
    S("Oksana Bilous", "UA", "They were aiming at the generation itself this time", "spokeswoman, state grid operator"),
    S("Mikael Strand", None, "the turbine hall is not", "energy consultant, Stockholm"),
]
# Not gold: "energy facilities that support the military-industrial complex" (Moscow, institutional fragment).
MUST_NOT = ["NORDLINE PRESS AGENCY", "World | Markets | Europe | Energy | Wire archive", "By Tomas Eklund and Oleh Tarasiuk",
            "22 March 2024, 11:52 CET",
            "(Reporting by Tomas Eklund in Kyiv and Oleh Tarasiuk in Zaporizhzhia; Editing by Ruth Kaplan)",
            "Our Standards: The NPA Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
