from common import E, L, R, C, N, W, S, gold

TITLE = "Two years on: Kyiv marks anniversary of the invasion with candles, sirens and foreign guests"
TEXT = """NORDLYS RADIO INTERNATIONAL
News in English · Nyheter på norsk
World | Ukraine war | Climate | Arctic | Culture
LIVE RADIO ▸ Listen now
Two years on: Kyiv marks anniversary of the invasion with candles, sirens and foreign guests
Published 24.02.2024 11:48 · Last updated 13:02
Text: Sigrid Aamodt, Kyiv
The prime ministers of Denmark and Estonia arrived in Kyiv by night train on Saturday morning and met the Ukrainian president at St Sophia Square, where thousands of people laid candles and flowers to mark two years since Russia's full-scale invasion.

The day began, as many have, with air-raid sirens. Russia launched 17 Shahed-type attack drones at Ukraine overnight, and air defences destroyed 14 of them over six regions, the air force said on Saturday. It did not report any damage.

Two years ago, on the morning of February 24, 2022, Russian helicopters landed paratroopers at Hostomel airfield north-west of the capital. The battle for the airfield, and the destruction there of the giant An-225 cargo plane, became one of the first images of the war. On Saturday, veterans of the National Guard units that fought there held a short ceremony on the runway.

"We were 200 men with rifles against helicopters. Nobody believed we would still be here in two years," said Colonel Vasyl Horbenko, who commanded one of the units.

The Danish prime minister is expected to sign a ten-year security agreement with Ukraine later on Saturday, and Estonia has promised to spend 0.25% of its GDP a year on military aid. Neither leader gave details of new weapons deliveries.

A survey published on Friday found that 68% of Ukrainians still expect victory, down from 87% a year ago. Many people on the square spoke of exhaustion rather than hope.

"My husband has been at the front since the first week. I came to light a candle for his friends, not for the politicians," said Olena Marchenko, a teacher from the Obolon district.

What happens next is unclear. Western officials warn that Russia could launch a new offensive in the summer if ammunition deliveries from the United States remain blocked, and Ukrainian commanders say they are short of shells along the whole front.

At noon, the city fell silent for a minute. Then the sirens sounded again.

Share this article: Facebook | X | E-mail | Copy link
The editor-in-chief is responsible for the content of nordlys.example.
"""
DOC = {"id": "kf03", "date": "2024-02-24", "source": "Nordlys Radio International (Norwegian broadcaster, English service)",
       "url": "https://nordlys.example/english/ukraine/two-years-on-kyiv-anniversary-1.2244170", "text": TEXT}

D = "2024-02-24"
EVENTS = [
    E("kf03-1", "diplomatic_contact", D, L("Kyiv"), None, None,
      note="two prime ministers met the Ukrainian president in Kyiv on Saturday: a meeting between officials; "
           "several states, actor sides left null (blind16 convention)"),
    E("kf03-2", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(17))],
      note="overnight wave of 17 Shahed-type drones in a Saturday report: the wave (country, rule 3); no place hit"),
    E("kf03-3", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(14))],
      parent="kf03-2", note="'destroyed 14 of them over six regions': country-level interception; regions not named"),
    E("kf03-4", "armed_clash", "2022-02-24", L("Hostomel", 2, "Hostomel airfield"), "RU", "UA", optional=True,
      note="recalled airborne assault on Hostomel airfield on 24 Feb 2022: resolvable day but the anniversary's "
           "background, told as history; optional (see README call 2)"),
]
# Not events: the invasion start itself ('two years since'), the ceremony and minute of silence (commemoration),
# the security agreement 'expected' later (plan), Estonia's promise, the survey, 'could launch … if' (conditional).
STATEMENTS = [
    S("Vasyl Horbenko", "UA", "We were 200 men with rifles against helicopters", "colonel, National Guard veteran"),
    S("Olena Marchenko", "UA", "I came to light a candle for his friends, not for the politicians", "teacher from Kyiv"),
]
MUST_NOT = ["NORDLYS RADIO INTERNATIONAL", "News in English · Nyheter på norsk",
            "World | Ukraine war | Climate | Arctic | Culture", "LIVE RADIO ▸ Listen now",
            "Published 24.02.2024 11:48 · Last updated 13:02", "Text: Sigrid Aamodt, Kyiv",
            "Share this article: Facebook | X | E-mail | Copy link",
            "The editor-in-chief is responsible for the content of nordlys.example."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
