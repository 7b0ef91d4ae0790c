from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, MOB

TITLE = "Six hours underground: the longest drone night of the autumn in Kyiv"
TEXT = """KYIV OKO TV
▶ Watch live
News | Kyiv | Region | Video | Weather | Program
25.11.2023, 10:15
Six hours underground: the longest drone night of the autumn in Kyiv
Video: The night in the capital — what we filmed (2:31)
Autoplay: on
The air-raid alert in Kyiv lasted six hours and six minutes: it was declared at 01:50 and lifted only at 07:56.

Russia launched 71 Shahed drones at Ukraine overnight into Saturday, most of them at the capital, the Air Force said. Sixty-six were destroyed. Over Kyiv itself, more than 40 drones were shot down, according to the city military administration.

In the Solomianskyi district, debris fell on a non-residential building and started a fire; two people were injured. Because of damaged power lines, 77 residential buildings and 120 businesses in the district lost power.

In the Shevchenkivskyi district, debris damaged the roof of a kindergarten. No one was hurt.

In the Kyiv region, falling debris damaged three private houses in the Bucha district; there were no casualties, the regional police said.

"We went down to the metro at two and came up at eight. The children slept on yoga mats on the platform," said Halyna Shevchuk, who spent the night at the Vokzalna station with her two sons.
Share
Kyiv Oko TV — city television since 2005. Licence of the National Council No. 00482.
"""
DOC = {"id": "lg14", "date": "2023-11-25", "source": "Kyiv Oko TV (local TV station's news site)",
       "url": "https://kyivoko.tv.example/news/2023-11-25-six-hours-underground", "text": TEXT}

D = "2023-11-25"
WAVE = "lg14-1"
EVENTS = [
    E(WAVE, ADS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(71))],
      evidence="Russia launched 71 Shahed drones at Ukraine overnight into Saturday, most of them at the capital",
      note="a drones-only wave -> air_drone_strike at country level (blind51 call 3); 'overnight into Saturday' = 25 Nov"),
    E("lg14-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", intercepted=N(66))],
      evidence="Sixty-six were destroyed.", note="the wave's interception, count in words at the start of a sentence"),
    E("lg14-3", INT, D, L("Kyiv", 2, "over Kyiv"), "UA", "RU", parent="lg14-2",
      weapons=[W("drone", intercepted=N(40, "at_least"))], claimant="Kyiv city military administration",
      evidence="Over Kyiv itself, more than 40 drones were shot down",
      note="the capital's own count ('more than 40' -> at_least 40) -> a required interception in Kyiv city (UA-30); "
           "'over X' = precision 2"),
    E("lg14-4", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(2), weapons=[W("drone")],
      evidence="In the Solomianskyi district, debris fell on a non-residential building and started a fire; two people were injured.",
      note="debris of a downed drone placed as a strike (blind49 call 5); the Solomianskyi district = the city; 2 "
           "injured"),
    E("lg14-5", DIS, D, L("Kyiv"), "RU", "UA", parent="lg14-4",
      evidence="77 residential buildings and 120 businesses in the district lost power",
      note="outage caused by the damaged power lines in the Solomianskyi district"),
    E("lg14-6", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="In the Shevchenkivskyi district, debris damaged the roof of a kindergarten. No one was hurt.",
      note="a second site in another district of the city -> its own event (blind53 call 6); 'No one was hurt' -> 0/0"),
    E("lg14-7", ADS, D, H("Bucha", "Bucha district"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Kyiv region police",
      evidence="In the Kyiv region, falling debris damaged three private houses in the Bucha district; there were no casualties",
      note="a district named after its centre = precision 2 (UA-32, not the city of Kyiv); 'no casualties' -> 0/0"),
    E("lg14-8", MOB, D, L("Kyiv"), None, None, optional=True,
      evidence="The air-raid alert in Kyiv lasted six hours and six minutes: it was declared at 01:50 and lifted only at 07:56.",
      note="an air-raid alert with its hours -> optional, sides null (blind51 lb03-2)"),
]
# Not events: 'most of them at the capital' (part of the wave); the night in the metro (shelter, no event). The video
# title line and the autoplay switch are furniture.
STATEMENTS = [
    S("Halyna Shevchuk", "UA", "The children slept on yoga mats on the platform", "resident, Kyiv"),
]
MUST_NOT = ["KYIV OKO TV", "▶ Watch live", "News | Kyiv | Region | Video | Weather | Program", "25.11.2023, 10:15",
            "Video: The night in the capital — what we filmed (2:31)", "Autoplay: on", "Share",
            "Kyiv Oko TV — city television since 2005. Licence of the National Council No. 00482."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
