from common import E, L, R, C, N, W, S, gold

TITLE = "Drone kills driver in Shebekino, 53 Ukrainian UAVs downed over Russia overnight"
TEXT = """ЮЖНЫЙ ВЕСТНИК
Southern Herald · English service
Politics | Economy | Special Military Operation | Regions | Sport
09:14 03.03.2025 (updated: 10:02 03.03.2025)
18+
Drone kills driver in Shebekino, 53 Ukrainian UAVs downed over Russia overnight
BELGOROD, March 3 – Southern Herald. A driver was killed and his passenger wounded when a Ukrainian FPV drone struck their car on a street in the centre of Shebekino on Monday morning, the governor of the Belgorod region said.

The wounded man, 34, was brought to Shebekino's hospital with shrapnel in both legs and later moved to Belgorod.
Читайте также: Belgorod schools switch to distance learning until Friday
Between 11 p.m. and 7 a.m. Moscow time, air defence systems on duty intercepted and destroyed 53 Ukrainian unmanned aerial vehicles over Russian regions, the Russian Defence Ministry reported. Twenty-one of them were brought down over the Belgorod region; the others over the Kursk, Bryansk and Voronezh regions.

"The situation is difficult but under control. All services are working," said Vyacheslav Gorin, head of the Shebekino municipal district.

Ever since the special military operation began, the Belgorod region has been among those hit hardest by Ukrainian attacks.
Subscribe to Southern Herald on Telegram, VK and Dzen
Mass media registration certificate EL No. FS 77-81234 issued by Roskomnadzor. © Southern Herald, 2025
"""
DOC = {"id": "lb08", "date": "2025-03-03", "source": "Southern Herald (Russian regional news agency, English service)",
       "url": "https://yuzhvestnik.example/en/20250303/shebekino-drone-1093381.html", "text": TEXT}

D = "2025-03-03"
EVENTS = [
    E("lb08-1", "air_drone_strike", D, L("Shebekino"), "UA", "RU", fat=N(1), inj=N(1), weapons=[W("drone", "FPV")],
      claimant="Belgorod governor",
      evidence="A driver was killed and his passenger wounded when a Ukrainian FPV drone struck their car on a street "
               "in the centre of Shebekino on Monday morning",
      note="FPV drone on a car in Shebekino 'on Monday morning' (publication day): 1 killed, 1 wounded (the governor's "
           "claim); the 'BELGOROD, March 3 –' dateline is text, not the place"),
    E("lb08-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(53))],
      claimant="Russian Defence Ministry",
      evidence="air defence systems on duty intercepted and destroyed 53 Ukrainian unmanned aerial vehicles over "
               "Russian regions",
      note="MoD: 53 UAVs 'Between 11 p.m. and 7 a.m.' (the night to Monday -> Monday) over Russian regions: country "
           "interception, the defender RU as actor1"),
    E("lb08-3", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="lb08-2",
      weapons=[W("drone", intercepted=N(21))],
      evidence="Twenty-one of them were brought down over the Belgorod region",
      note="'Twenty-one of them were brought down over the Belgorod region': a regional count -> required"),
    E("lb08-4", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="lb08-2", optional=True,
      evidence="the others over the Kursk, Bryansk and Voronezh regions",
      note="regions merely listed ('the others over the Kursk, Bryansk and Voronezh regions') -> optional"),
    E("lb08-5", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="lb08-2", optional=True,
      evidence="the others over the Kursk, Bryansk and Voronezh regions", note="listed region -> optional"),
    E("lb08-6", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="lb08-2", optional=True,
      evidence="the others over the Kursk, Bryansk and Voronezh regions", note="listed region -> optional"),
    E("lb08-7", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      evidence="53 Ukrainian unmanned aerial vehicles over Russian regions",
      note="the night's drone attack on Russia as a whole, implied by the MoD count -> optional (blind41 kr08)"),
]
# Not events: the hospital transfer (part of lb08-1), 'Ever since the special military operation began … among those
# hit hardest' (habit, background), the 'Читайте также' school headline (furniture).
STATEMENTS = [
    S("Vyacheslav Gorin", "RU", "The situation is difficult but under control", "head of the Shebekino municipal district"),
]
MUST_NOT = ["ЮЖНЫЙ ВЕСТНИК", "Southern Herald · English service",
            "Politics | Economy | Special Military Operation | Regions | Sport",
            "09:14 03.03.2025 (updated: 10:02 03.03.2025)", "18+",
            "Читайте также: Belgorod schools switch to distance learning until Friday",
            "Subscribe to Southern Herald on Telegram, VK and Dzen",
            "Mass media registration certificate EL No. FS 77-81234 issued by Roskomnadzor. © Southern Herald, 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
