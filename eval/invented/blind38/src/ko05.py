from common import E, L, R, C, N, W, S, gold

TITLE = "Drones hit Volgograd refinery and Millerovo airfield, Kyiv says. Officials speak of 'debris' and 'no damage'"
TEXT = """OKNO
Independent journalism about Russia
News | Features | Explainers | Podcasts | Support us
Read in Russian
Donate
Drones hit Volgograd refinery and Millerovo airfield, Kyiv says. Officials speak of 'debris' and 'no damage'
August 20, 2025, 12:31 pm
Text by Okno Desk
Ukrainian drones attacked an oil refinery in Volgograd and a military airfield in the Rostov region overnight on Wednesday, Ukraine's General Staff said. Russian officials confirmed a fire in Volgograd but blamed it on falling debris and said the attack on the airfield had been repelled.

According to the General Staff, the strike on the refinery, one of the largest in southern Russia, hit a primary processing unit and caused a large fire. "Hits were also recorded at the Millerovo airfield, where Su-30 aircraft are based. The results are being clarified," the General Staff said on Telegram.

Volgograd's governor said debris from a drone shot down by air defence had fallen on the territory of "an industrial enterprise" in the city's Krasnoarmeysky district and caused a fire, which was put out by 7 a.m. No one was hurt, he said. He did not name the enterprise.

Residents posted videos of a column of black smoke over the south of the city. "I was woken by two explosions, the windows rattled. Then the whole sky over Krasnoarmeysky was black," a resident named Denis told Okno.
Sign up for our daily newsletter "The Window" — Russia without propaganda, every morning
Subscribe
In the Rostov region, the acting governor said drones had been "repelled" in the Millerovo district and that there were no casualties or damage on the ground. The regional government did not mention the airfield.

The Russian Defence Ministry said air defences had destroyed 63 Ukrainian drones overnight, including 21 over the Volgograd region and 17 over the Rostov region. The rest were downed over the Belgorod, Kursk and Voronezh regions, it said.

Restrictions were imposed at Volgograd airport for about five hours, the aviation authority Rosaviatsia said; eleven flights were delayed.

It was at least the fourth attack on the Volgograd refinery this year. Ukrainian commanders have said they will continue to hit refineries and airfields as long as Russia bombs Ukrainian cities.

"Both statements can be true at the same time. A drone can be shot down and still set a distillation column on fire," said Pavel Zhukovsky, an independent energy analyst. "What we see in every region is that officials now describe only what they cannot hide."

Meanwhile, FSB officers in Rostov-on-Don on Tuesday detained a 19-year-old local man accused of filming air defence positions and sending the videos to a Ukrainian handler, the service said. He faces up to 20 years in prison for treason.
Okno has been declared an "undesirable organization" in Russia. Use a VPN to reach us.
© 2025 Okno Media
"""
DOC = {"id": "ko05", "date": "2025-08-20", "source": "Okno (independent Russian news outlet, English edition)",
       "url": "https://okno.example/en/news/2025/08/20/volgograd-refinery-millerovo-airfield-drones", "text": TEXT}

D, Y = "2025-08-20", "2025-08-19"
EVENTS = [
    E("ko05-1", "air_drone_strike", D, L("Volgograd"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff; Volgograd governor (debris, no one hurt)",
      note="refinery in Volgograd 'overnight on Wednesday': the General Staff's hit and the governor's 'debris … caused "
           "a fire', 'No one was hurt' are one event (blind37 call 4) -> 0/0"),
    E("ko05-2", "air_drone_strike", D, L("Millerovo", 2, "Millerovo airfield"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Ukrainian General Staff; Rostov acting governor (repelled, no damage)",
      note="'Hits … at the Millerovo airfield' (General Staff) vs drones 'repelled' in the Millerovo district, 'no "
           "casualties or damage' (acting governor): one attack, minimised by the other side; airfield = near the town"),
    E("ko05-3", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(63))],
      note="MoD: 63 drones destroyed overnight: the country interception"),
    E("ko05-4", "interception", D, R("RU-VGG", "Volgograd region"), "RU", "UA", parent="ko05-3",
      weapons=[W("drone", intercepted=N(21))], note="21 over the Volgograd region"),
    E("ko05-5", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", parent="ko05-3",
      weapons=[W("drone", intercepted=N(17))], note="17 over the Rostov region"),
    E("ko05-6", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="ko05-3", optional=True,
      note="'The rest were downed over the Belgorod, Kursk and Voronezh regions': listed without counts -> optional"),
    E("ko05-7", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="ko05-3", optional=True,
      note="same list: Kursk region"),
    E("ko05-8", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="ko05-3", optional=True,
      note="same list: Voronezh region"),
    E("ko05-9", "infrastructure_disruption", D, L("Volgograd"), None, None,
      note="restrictions at Volgograd airport for about five hours, eleven flights delayed: airport restrictions have "
           "both sides null (brief convention)"),
    E("ko05-10", "arrest", Y, L("Rostov-on-Don"), "RU", None,
      note="FSB detained a 19-year-old in Rostov-on-Don 'on Tuesday' (19 Aug) accused of filming air defence: arrest"),
    E("ko05-11", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole (63 downed): optional"),
]
# Not events: 'at least the fourth attack … this year' (tally), commanders 'will continue … as long as' (intention),
# 'faces up to 20 years' (possible sentence), the analyst's view, Denis's quote (first name only, kept as text).
STATEMENTS = [
    S("Ukrainian General Staff", "UA", "Hits were also recorded at the Millerovo airfield", "General Staff of Ukraine"),
    S("Pavel Zhukovsky", None, "A drone can be shot down and still set a distillation column on fire",
      "independent energy analyst"),
]
MUST_NOT = ["OKNO", "Independent journalism about Russia", "News | Features | Explainers | Podcasts | Support us",
            "Read in Russian", "Donate", "August 20, 2025, 12:31 pm", "Text by Okno Desk",
            'Sign up for our daily newsletter "The Window" — Russia without propaganda, every morning', "Subscribe",
            'Okno has been declared an "undesirable organization" in Russia. Use a VPN to reach us.', "© 2025 Okno Media"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
