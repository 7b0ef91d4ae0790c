from common import E, L, H, R, C, N, W, S, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Russia hurls more than 700 drones and missiles at Ukraine's power plants; two dead in Kyiv"
TEXT = """Jump to content
ASTROLABE
Markets | World | Business | Sustainability | Legal | Breakingviews | Technology
Europe
Russia hurls more than 700 drones and missiles at Ukraine's power plants; two dead in Kyiv
By Mariana Tkach and Piotr Laskowski
October 30, 2025 9:12 AM GMT+2 Updated 2 hours ago
Licensing options
Smoke rises over the Dobrotvir thermal power plant after a Russian attack, in Lviv region, Ukraine, October 30, 2025. Astrolabe/Stringer
KYIV/WARSAW, Oct 30 (Astrolabe) - Russia fired 653 drones and 52 missiles at Ukraine overnight, officials said on Thursday, in an attack aimed chiefly at power plants and substations that killed two people in the capital.

The missile salvo was made up of 36 Kh-101 cruise missiles, six sea-launched Kalibrs, eight Iskander-M ballistic missiles and two hypersonic Kinzhals, according to the air force. Its crews and mobile fire groups brought down 611 of the drones and 41 of the missiles - 33 of the Kh-101s, five Kalibrs and three of the Iskanders. Both Kinzhals got through.

In Kyiv, the burning wreckage of a cruise missile shot down over the left-bank Dniprovskyi district fell onto a nine-storey apartment block. A man and his elderly mother were found dead in their flat, and 13 people were taken to hospital, the city's military administration said.

"The windows came in at about four. We spent the rest of the night on the stairs with the neighbours' children," said Halyna Moroz, 61, who lives on the floor below the burnt-out flat.

Further west, the Dobrotvir thermal power plant in the Lviv region was struck by missiles and drones, for the third time this year. Nobody at the plant was hurt, the regional governor said.
By morning more than 140,000 households in the Lviv region had no electricity, according to the regional energy company.

A drone slammed into a locomotive depot in the central city of Kropyvnytskyi, wounding three railway workers. State railway Ukrzaliznytsia said 14 long-distance trains were running behind schedule as a result, some by more than four hours.

Khmelnytskyi's regional administration put its own tally at 47 drones and six missiles destroyed over the region. Air defence units were in action over the Cherkasy and Zhytomyr regions as well, local officials said, without giving figures.

"They are going after generation now, not only the lines. That is much harder to patch before the frost," said Tomas Verhaegen, an energy analyst at the Lowlands Energy Observatory in Ghent.

Oksana Diachuk, a spokesperson for the national grid operator, said repairs at some sites would take "at least several days" and asked consumers in the west to limit their use of heaters in the evening. "We restore, they strike, we restore again. The equipment is the problem, not the people," she said.

Poland's Operational Command said it had scrambled fighter jets in the early hours as a precaution, and the airport in Rzeszow, the main hub for Western military aid to Ukraine, halted flights for about two hours.

The attack came two days after a guided bomb hit the centre of Kharkiv on Tuesday afternoon, killing four people, including a 12-year-old girl.

Moscow's Defence Ministry described the night's operation as "a massive strike with long-range precision weapons" against energy facilities that, it said, supply Ukraine's defence industry. Its air defence units destroyed 98 Ukrainian drones over Russian regions overnight, 40 of them over the Bryansk region, the ministry said.

Kyiv has asked its partners for more Patriot systems, which it says would let it protect power plants as well as cities. Moscow denies targeting civilians.
Reporting by Mariana Tkach in Kyiv and Piotr Laskowski in Warsaw; Editing by Hugh Aldous
Our Standards: Astrolabe Editorial Principles.
Suggested Topics: Ukraine | Russia | Power grids
"""
DOC = {"id": "lc01", "date": "2025-10-30", "source": "Astrolabe (international news agency)",
       "url": "https://www.astrolabe.example/world/europe/russia-drones-missiles-ukraine-power-plants-2025-10-30/",
       "text": TEXT}

D, TUE = "2025-10-30", "2025-10-28"
EVENTS = [
    E("lc01-1", MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(653)), W("cruise_missile", "Kh-101", launched=N(36)),
               W("cruise_missile", "Kalibr", launched=N(6)), W("ballistic_missile", "Iskander-M", launched=N(8)),
               W("ballistic_missile", "Kinzhal", launched=N(2))],
      ev="Russia fired 653 drones and 52 missiles at Ukraine overnight, officials said on Thursday",
      note="the nationwide wave 'overnight' (Thursday report -> Thursday 30 Oct): 653 drones + 52 missiles broken down "
           "as 36 Kh-101, 6 Kalibr, 8 Iskander-M, 2 Kinzhal (one weapon entry a kind); typed by its heaviest weapon; the "
           "MoD's 'massive strike … on energy facilities' is this wave"),
    E("lc01-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lc01-1",
      weapons=[W("drone", intercepted=N(611)), W("cruise_missile", "Kh-101", intercepted=N(33)),
               W("cruise_missile", "Kalibr", intercepted=N(5)), W("ballistic_missile", "Iskander-M", intercepted=N(3)),
               W("ballistic_missile", "Kinzhal", intercepted=N(0))],
      ev="brought down 611 of the drones and 41 of the missiles - 33 of the Kh-101s, five Kalibrs and three of the Iskanders",
      note="'brought down 611 of the drones and 41 of the missiles - 33 … Kh-101s, five Kalibrs and three of the "
           "Iskanders. Both Kinzhals got through' -> Kinzhal intercepted exact 0 (blind43 call 1)"),
    E("lc01-3", MAS, D, L("Kyiv"), "RU", "UA", parent="lc01-1", fat=N(2), inj=N(13), weapons=[W("cruise_missile")],
      ev="A man and his elderly mother were found dead in their flat, and 13 people were taken to hospital",
      note="burning wreckage of a cruise missile shot down over the Dniprovskyi district (= the city) fell on an "
           "apartment block: 2 killed, 13 hospitalised (= injured); the weapon is a cruise missile -> "
           "missile_artillery_strike"),
    E("lc01-4", MAS, D, L("Dobrotvir"), "RU", "UA", parent="lc01-1", fat=N(0), inj=N(0),
      weapons=[W("missile"), W("drone")],
      ev="the Dobrotvir thermal power plant in the Lviv region was struck by missiles and drones",
      note="Dobrotvir thermal power plant hit by missiles and drones; 'Nobody at the plant was hurt' = 0/0; 'for the "
           "third time this year' is background; the caption repeats this event"),
    E("lc01-5", DIS, D, R("UA-46", "Lviv region"), "RU", "UA", parent="lc01-4",
      ev="By morning more than 140,000 households in the Lviv region had no electricity",
      note="outage of more than 140,000 households in the region after the plant was hit: a regional disruption "
           "(precision 3), child of the plant strike"),
    E("lc01-6", ADS, D, L("Kropyvnytskyi"), "RU", "UA", parent="lc01-1", inj=N(3), weapons=[W("drone")],
      ev="A drone slammed into a locomotive depot in the central city of Kropyvnytskyi, wounding three railway workers",
      note="drone on a locomotive depot in Kropyvnytskyi: 3 wounded"),
    E("lc01-7", DIS, D, L("Kropyvnytskyi"), "RU", "UA", parent="lc01-6",
      ev="14 long-distance trains were running behind schedule as a result",
      note="'14 long-distance trains were running behind schedule as a result': rail delays caused by the depot hit "
           "(one disruption, blind44 call 6)"),
    E("lc01-8", INT, D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent="lc01-2",
      weapons=[W("drone", intercepted=N(47)), W("missile", intercepted=N(6))],
      ev="Khmelnytskyi's regional administration put its own tally at 47 drones and six missiles destroyed over the region",
      note="a region with its own count ('put its own tally at 47 drones and six missiles') -> required; the kind of "
           "missile is not said -> category missile"),
    E("lc01-9", INT, D, R("UA-71", "Cherkasy region"), "UA", "RU", parent="lc01-2", optional=True,
      ev="Air defence units were in action over the Cherkasy and Zhytomyr regions as well",
      note="listed region without a count -> optional"),
    E("lc01-10", INT, D, R("UA-18", "Zhytomyr region"), "UA", "RU", parent="lc01-2", optional=True,
      ev="Air defence units were in action over the Cherkasy and Zhytomyr regions as well",
      note="listed region without a count -> optional"),
    E("lc01-11", MOB, D, C("PL", "Poland"), "PL", None,
      ev="Poland's Operational Command said it had scrambled fighter jets in the early hours as a precaution",
      note="Polish jets scrambled 'in the early hours' (Thursday): military_mobilization of the scrambling state, no "
           "place named -> country"),
    E("lc01-12", DIS, D, L("Rzeszow"), None, None,
      ev="the airport in Rzeszow, the main hub for Western military aid to Ukraine, halted flights for about two hours",
      note="airport halted flights for about two hours: airport restriction = infrastructure_disruption, sides null "
           "(blind41 convention)"),
    E("lc01-13", ADS, TUE, L("Kharkiv"), "RU", "UA", fat=N(4), weapons=[W("guided_bomb")],
      ev="a guided bomb hit the centre of Kharkiv on Tuesday afternoon, killing four people",
      note="recalled with its day: 'two days after a guided bomb hit the centre of Kharkiv on Tuesday afternoon' "
           "(28 Oct): 4 killed -> required"),
    E("lc01-14", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(98))],
      claimant="Russian Defence Ministry",
      ev="Its air defence units destroyed 98 Ukrainian drones over Russian regions overnight",
      note="the MoD's 98 drones destroyed over Russian regions overnight: country interception (RU the defender)"),
    E("lc01-15", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="lc01-14",
      weapons=[W("drone", intercepted=N(40))], claimant="Russian Defence Ministry",
      ev="40 of them over the Bryansk region",
      note="'40 of them over the Bryansk region': a region with its own count -> required"),
    E("lc01-16", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True,
      ev="Its air defence units destroyed 98 Ukrainian drones over Russian regions overnight",
      note="the overnight Ukrainian drone attack on Russia as a whole, implied by the MoD count: optional (blind43 kt06-12)"),
]
# Not events: 'for the third time this year' (tally), 'repairs … would take "at least several days"' (future), the
# request to limit heaters (advice), 'They are going after generation now' (analysis), 'Kyiv has asked its partners for
# more Patriot systems, which it says would let it protect …' (request, modal), 'Moscow denies targeting civilians'
# (general denial), the caption (repeats lc01-4).
STATEMENTS = [
    S("Halyna Moroz", "UA", "We spent the rest of the night on the stairs with the neighbours' children", "resident of Kyiv"),
    S("Tomas Verhaegen", None, "They are going after generation now, not only the lines",
      "energy analyst, Lowlands Energy Observatory"),
    S("Oksana Diachuk", "UA", "We restore, they strike, we restore again", "spokesperson, national grid operator"),
]
# Not gold: Diachuk's "at least several days" (fragment; her full quote is gold), the MoD's "a massive strike with
# long-range precision weapons" (institutional formula).
MUST_NOT = ["Jump to content", "ASTROLABE", "Markets | World | Business | Sustainability | Legal | Breakingviews | Technology",
            "Europe", "By Mariana Tkach and Piotr Laskowski", "October 30, 2025 9:12 AM GMT+2 Updated 2 hours ago",
            "Licensing options",
            "Reporting by Mariana Tkach in Kyiv and Piotr Laskowski in Warsaw; Editing by Hugh Aldous",
            "Our Standards: Astrolabe Editorial Principles.", "Suggested Topics: Ukraine | Russia | Power grids"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
