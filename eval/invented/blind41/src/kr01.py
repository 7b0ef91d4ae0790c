from common import E, L, R, C, N, W, S, gold

TITLE = "Russia pounds western Ukraine with hundreds of drones and missiles, Lutsk hit hardest"
TEXT = """Skip to main content
MERIDIAN
World | Business | Markets | Energy | Technology | Investigations
Europe
Russia pounds western Ukraine with hundreds of drones and missiles, Lutsk hit hardest
By Olha Semeniuk
July 9, 2025 8:47 AM GMT+3 Updated 3 hours ago
Photo: Meridian/Ivan Pohrebniak
Purchase Licensing Rights
Firefighters work at an industrial site in Lutsk after a Russian drone and missile attack, Ukraine, July 9, 2025. Meridian/Ivan Pohrebniak
KYIV, July 9 (Meridian) - Russia launched one of its heaviest aerial attacks of the war overnight, sending 415 drones and 14 missiles mostly towards western Ukraine, where the city of Lutsk bore the brunt, Ukrainian officials said on Wednesday.

Of the missiles, ten were Kh-101 cruise missiles and four were air-launched Kinzhal ballistic missiles, the air force said in a statement. Air defence units shot down or electronically jammed 386 drones, nine of the cruise missiles and one Kinzhal.

In Lutsk, a city of some 215,000 people about 90 km (56 miles) from the Polish border, one man was killed and four people were wounded when drones and a missile hit an industrial enterprise and nearby homes, the regional governor said. Several fires broke out across the city; by mid-morning all had been put out.

Alone over the Volyn region, of which Lutsk is the capital, air defence destroyed 46 drones and two missiles, the regional administration said.

"The first wave came at around 1 a.m., the missiles at dawn. We did not sleep at all," said Viktoriia Hnatiuk, 52, who lives two streets from the enterprise and whose windows were blown out.

In the capital, falling debris from a downed drone damaged a car park in the Solomianskyi district and injured two people, Kyiv's military administration said. In the southwestern city of Chernivtsi, a drone hit the roof of a vocational school; nobody was hurt, the mayor said.

Air defence was also active over the Rivne, Ternopil and Zhytomyr regions, the air force said, without giving details.

Poland, a NATO member, said it had scrambled aircraft to protect its airspace as the attack unfolded close to the border.

The attack came five days after a night assault on Kyiv on Friday in which a ballistic missile struck a residential area and killed two people.

"Every night they test how much our air defence can take. Interceptor missiles are the most urgent thing we need," air force spokesman Oleh Dmytrenko told national television, adding that Ukraine hoped partners would agree new deliveries "as early as this month."

Russia's Defence Ministry said it had carried out "a massive strike with precision weapons" on Ukrainian military airfields and defence industry sites and that all designated targets had been hit. It did not mention Lutsk.

Moscow denies targeting civilians.
Reporting by Olha Semeniuk in Kyiv; additional reporting by Yelena Marsh in Warsaw; Editing by Peter Grahn
Our Standards: The Meridian Trust Principles.
"""
DOC = {"id": "kr01", "date": "2025-07-09", "source": "Meridian (international news agency)",
       "url": "https://www.meridian.example/world/europe/russia-pounds-western-ukraine-lutsk-2025-07-09/", "text": TEXT}

D = "2025-07-09"
EVENTS = [
    E("kr01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(415)), W("cruise_missile", "Kh-101", launched=N(10)),
               W("ballistic_missile", "Kinzhal", launched=N(4))],
      note="the wave 'overnight' (Wednesday report): 415 drones + 14 missiles (10 Kh-101, 4 Kinzhal) = country parent "
           "typed by the missiles; the MoD's 'massive strike … all designated targets' is this wave"),
    E("kr01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kr01-1",
      weapons=[W("drone", intercepted=N(386)), W("cruise_missile", intercepted=N(9)),
               W("ballistic_missile", intercepted=N(1))],
      note="'shot down or electronically jammed 386 drones, nine of the cruise missiles and one Kinzhal'"),
    E("kr01-3", "missile_artillery_strike", D, L("Lutsk"), "RU", "UA", parent="kr01-1", fat=N(1), inj=N(4),
      weapons=[W("drone"), W("missile")],
      note="drones and a missile on an industrial enterprise and homes in Lutsk: 1 killed, 4 wounded; typed by the "
           "heaviest weapon (the caption repeats this event)"),
    E("kr01-4", "interception", D, R("UA-07", "Volyn region"), "UA", "RU", parent="kr01-2",
      weapons=[W("drone", intercepted=N(46)), W("missile", intercepted=N(2))],
      note="'Alone over the Volyn region … destroyed 46 drones and two missiles' (fronted adverbial): regional count -> "
           "required"),
    E("kr01-5", "air_drone_strike", D, L("Kyiv"), "RU", "UA", parent="kr01-1", inj=N(2), weapons=[W("drone")],
      note="debris of a downed drone on a car park in the Solomianskyi district (= the city): 2 injured"),
    E("kr01-6", "air_drone_strike", D, L("Chernivtsi"), "RU", "UA", parent="kr01-1", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="drone on a vocational school roof in Chernivtsi; 'nobody was hurt' = 0/0"),
    E("kr01-7", "interception", D, R("UA-56", "Rivne region"), "UA", "RU", parent="kr01-2", optional=True,
      note="'Air defence was also active over the Rivne, Ternopil and Zhytomyr regions': listed region -> optional"),
    E("kr01-8", "interception", D, R("UA-61", "Ternopil region"), "UA", "RU", parent="kr01-2", optional=True,
      note="listed region -> optional"),
    E("kr01-9", "interception", D, R("UA-18", "Zhytomyr region"), "UA", "RU", parent="kr01-2", optional=True,
      note="listed region -> optional"),
    E("kr01-10", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="'Poland … said it had scrambled aircraft to protect its airspace': scramble, no place -> country"),
    E("kr01-11", "missile_artillery_strike", "2025-07-04", L("Kyiv"), "RU", "UA", fat=N(2),
      weapons=[W("ballistic_missile")],
      note="recalled with a day: 'five days after a night assault on Kyiv on Friday' (4 Jul) -> required (blind36 "
           "convention), ballistic missile, 2 killed"),
]
# Not events: fires put out by mid-morning (part of kr01-3), 'hoped partners would agree new deliveries "as early as
# this month"' (hope/plan), 'Moscow denies targeting civilians' (general denial), the MoD's airfields claim (same wave).
STATEMENTS = [
    S("Viktoriia Hnatiuk", "UA", "The first wave came at around 1 a.m., the missiles at dawn", "resident of Lutsk"),
    S("Oleh Dmytrenko", "UA", "Interceptor missiles are the most urgent thing we need", "air force spokesman"),
    S("Russian Defence Ministry", "RU", "a massive strike with precision weapons", "Russian Defence Ministry"),
]
MUST_NOT = ["Skip to main content", "MERIDIAN", "World | Business | Markets | Energy | Technology | Investigations",
            "Europe", "By Olha Semeniuk", "July 9, 2025 8:47 AM GMT+3 Updated 3 hours ago", "Photo: Meridian/Ivan Pohrebniak",
            "Purchase Licensing Rights",
            "Reporting by Olha Semeniuk in Kyiv; additional reporting by Yelena Marsh in Warsaw; Editing by Peter Grahn",
            "Our Standards: The Meridian Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
