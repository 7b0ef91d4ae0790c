from common import E, L, R, C, N, W, S, gold

TITLE = "Polish fighters take off as Russia strikes western Ukraine; Kinzhal hits Lviv warehouse"
TEXT = """VISTULA WIRE
Poland · World · Business · Sport · Culture · Opinion
Watch live
World
Polish fighters take off as Russia strikes western Ukraine; Kinzhal hits Lviv warehouse
Krzysztof Malec
28.01.2025 09:40
Photo: Ukrainian Emergency Service/Facebook
The Operational Command of the Polish Armed Forces put fighter jets in the air in the early hours of Tuesday as Russian missiles and drones streamed towards western Ukraine, close to the Polish border. Ground-based air defence and radar units went on maximum alert.

Rzeszów–Jasionka airport, the main hub for Western aid to Ukraine, suspended take-offs and landings for about two hours, the Polish Air Navigation Services Agency said.

"Our pilots were airborne within minutes. We followed every track that came close to the border until the threat was over," said Major Tomasz Wilk, a spokesman for the Operational Command. The command said no object had crossed into Polish airspace.

According to Ukraine's air force, Russia used 96 Shahed attack drones and decoys, eight Kalibr cruise missiles and three Kinzhal hypersonic missiles. Seventy-one of the drones and all eight Kalibrs were shot down. Not one of the Kinzhals was intercepted.

One of them hit a logistics warehouse on the southern outskirts of Lviv, killing two workers and injuring nine, the head of the Lviv regional administration said. A fire covering some 3,000 square metres was extinguished by mid-morning.

"The first blast threw me against the racks. When I got up, half of the hall was simply gone," said Andrii Moroz, a forklift driver who was on the night shift.

In the Stryi district, south of Lviv, drones damaged a gas infrastructure facility; no one was hurt, the state energy company said.

In the neighbouring Ternopil region, the tally of downed drones reached nine, its governor wrote on Telegram. Explosions were also heard in Rivne and Khmelnytskyi, where air defence engaged targets, local authorities said.
Share on X · Share on Facebook · Copy link
Poland's government has asked allies for more air defence along its eastern flank and says it will consider shooting down missiles over Ukrainian territory if they approach the border.
See also: Rzeszów airport to get second Patriot battery
Source: Vistula Wire, own reporting
"""
DOC = {"id": "kt10", "date": "2025-01-28", "source": "Vistula Wire (Polish news site in English)",
       "url": "https://vistulawire.example/world/polish-fighters-russia-strikes-western-ukraine-lviv-28012025",
       "text": TEXT}

D = "2025-01-28"
EVENTS = [
    E("kt10-1", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="'put fighter jets in the air in the early hours of Tuesday' + air defence at the highest readiness: one "
           "mobilization of Poland, no place (blind41 kr10-2)"),
    E("kt10-2", "infrastructure_disruption", D, L("Rzeszow", 1, "Rzeszów–Jasionka airport"), None, None,
      note="'Rzeszów–Jasionka airport … suspended take-offs and landings for about two hours': airport restriction, "
           "sides null (blind41 call 8), at Rzeszów"),
    E("kt10-3", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed", launched=N(96)), W("cruise_missile", "Kalibr", launched=N(8)),
               W("ballistic_missile", "Kinzhal", launched=N(3))],
      note="the overnight wave on western Ukraine (Tuesday): 96 drones + 8 Kalibr + 3 Kinzhal -> country parent typed "
           "by the missiles"),
    E("kt10-4", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kt10-3",
      weapons=[W("drone", intercepted=N(71)), W("cruise_missile", intercepted=N(8)),
               W("ballistic_missile", intercepted=N(0))],
      note="'Seventy-one of the drones and all eight Kalibrs were shot down. Not one of the Kinzhals was intercepted' "
           "-> Kinzhal entry intercepted exact 0 (blind38 call 1)"),
    E("kt10-5", "missile_artillery_strike", D, L("Lviv", 2, "southern outskirts of Lviv"), "RU", "UA",
      parent="kt10-3", fat=N(2), inj=N(9), weapons=[W("ballistic_missile", "Kinzhal")],
      note="'One of them' (a Kinzhal) hit a warehouse 'on the southern outskirts of Lviv': 2 killed, 9 injured; "
           "outskirts = precision 2 (blind42)"),
    E("kt10-6", "air_drone_strike", D, L("Stryi", 2, "Stryi district"), "RU", "UA", parent="kt10-3", fat=N(0),
      inj=N(0), weapons=[W("drone")],
      note="'In the Stryi district … drones damaged a gas infrastructure facility; no one was hurt' = 0/0; a district "
           "= precision 2"),
    E("kt10-7", "interception", D, R("UA-61", "Ternopil region"), "UA", "RU", parent="kt10-4",
      weapons=[W("drone", intercepted=N(9))],
      note="'In the neighbouring Ternopil region, the tally of downed drones reached nine': regional count -> required"),
    E("kt10-8", "interception", D, L("Rivne"), "UA", "RU", parent="kt10-4", optional=True,
      note="'Explosions were also heard in Rivne and Khmelnytskyi, where air defence engaged targets': listed, no "
           "count -> optional"),
    E("kt10-9", "interception", D, L("Khmelnytskyi"), "UA", "RU", parent="kt10-4", optional=True,
      note="listed, no count -> optional"),
]
# Not events: the fire extinguished by mid-morning (part of kt10-5), 'no object had crossed into Polish airspace'
# (negation), the government's request to allies and 'will consider shooting down missiles … if' (appeal,
# conditional), the 'See also' headline (furniture).
STATEMENTS = [
    S("Tomasz Wilk", "PL", "We followed every track that came close to the border", "spokesman, Operational Command"),
    S("Andrii Moroz", "UA", "half of the hall was simply gone", "forklift driver, Lviv warehouse"),
]
MUST_NOT = ["VISTULA WIRE", "Poland · World · Business · Sport · Culture · Opinion", "Watch live",
            "Krzysztof Malec", "28.01.2025 09:40", "Photo: Ukrainian Emergency Service/Facebook",
            "Share on X · Share on Facebook · Copy link", "See also: Rzeszów airport to get second Patriot battery",
            "Source: Vistula Wire, own reporting"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
