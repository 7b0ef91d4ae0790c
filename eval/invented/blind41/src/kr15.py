from common import E, L, R, C, N, W, S, gold

TITLE = "Russia strikes power plants and rail depot overnight; hourly outages return across Ukraine"
TEXT = """UKRNEWS
National News Agency of Ukraine
Українською | English | Deutsch | Français | 日本語
Economy | War | Society | Regions | World
17.12.2025 10:12
Russia strikes power plants and rail depot overnight; hourly outages return across Ukraine
Overnight on December 17, Russia attacked Ukraine with 176 strike drones of the Shahed, Gerbera and other types and 23 missiles – 17 Kh-101 cruise missiles and six Iskander-M ballistic missiles, the Air Force of the Armed Forces of Ukraine reported.

As of 09:00, air defence had neutralised 147 drones, 15 Kh-101 and two Iskander-M missiles. Hits by missiles and drones were recorded at nine locations.

Once again, the main targets were energy facilities. In the Ivano-Frankivsk region, the thermal power plant in Burshtyn was hit by missiles and drones; its equipment was seriously damaged, the generating company said. There were no casualties among the staff.

In Odesa, an energy facility was damaged in a drone attack, which caused power outages in parts of the city, the regional military administration reported. Critical infrastructure switched to generators.

The railway was also targeted. In Lozova, in the Kharkiv region, drones hit a locomotive depot; two railway workers were injured. Because of the damage, several long-distance trains to and from Kharkiv were running up to three hours late, Ukrainian Railways said.

"Our crews restored the line in six hours. The depot itself will take longer – one of the roofs simply isn't there any more," said Valerii Tkachuk, deputy head of the railway's regional branch.

Eleven drones were shot down over the Vinnytsia region, the regional administration said.
Photo: Ukrainian Railways
Following the attack, the grid operator announced that hourly outage schedules would apply from today in all regions, from two to four queues at a time depending on the region.

"The system is balanced, but the margin is very thin. If we do not limit consumption now, we will face emergency shutdowns in the evening," said Nataliia Hryhorenko, a spokeswoman for the grid operator.

The attack is the second massive strike on the energy system in five days. On Saturday, missiles damaged the Ladyzhyn thermal power plant in the Vinnytsia region.

The energy minister said repairs would continue around the clock and that Ukraine expected additional equipment from its partners before the new year.

Read also: Government allocates UAH 2bn to restore power grid in frontline regions
Author: Bohdan Stelmakh
If you want to receive the latest news about the war and events in Ukraine, subscribe to our Telegram channel
When citing and using any materials on the Internet, hyperlinks not lower than the first paragraph to ukrnews.example are mandatory.
"""
DOC = {"id": "kr15", "date": "2025-12-17", "source": "UkrNews (Ukrainian national news agency, English)",
       "url": "https://www.ukrnews.example/eng/rubric-ato/4093215-russia-strikes-power-plants-and-rail-depot-overnight.html",
       "text": TEXT}

D = "2025-12-17"
EVENTS = [
    E("kr15-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(176)), W("cruise_missile", "Kh-101", launched=N(17)),
               W("ballistic_missile", "Iskander-M", launched=N(6))],
      note="'Overnight on December 17 … 176 strike drones … and 23 missiles – 17 Kh-101 … and six Iskander-M': country "
           "parent typed by the missiles, the kinds entered separately (23 is their sum)"),
    E("kr15-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kr15-1",
      weapons=[W("drone", intercepted=N(147)), W("cruise_missile", intercepted=N(15)),
               W("ballistic_missile", intercepted=N(2))],
      note="'neutralised 147 drones, 15 Kh-101 and two Iskander-M'"),
    E("kr15-3", "missile_artillery_strike", D, L("Burshtyn"), "RU", "UA", parent="kr15-1", fat=N(0), inj=N(0),
      weapons=[W("missile"), W("drone")],
      note="thermal power plant in Burshtyn 'hit by missiles and drones'; 'no casualties among the staff' = 0/0"),
    E("kr15-4", "air_drone_strike", D, L("Odesa"), "RU", "UA", parent="kr15-1", weapons=[W("drone")],
      note="energy facility in Odesa 'damaged in a drone attack'"),
    E("kr15-5", "infrastructure_disruption", D, L("Odesa"), "RU", "UA", parent="kr15-4",
      note="'caused power outages in parts of the city'"),
    E("kr15-6", "air_drone_strike", D, L("Lozova"), "RU", "UA", parent="kr15-1", inj=N(2), weapons=[W("drone")],
      note="drones hit a locomotive depot in Lozova: 2 railway workers injured"),
    E("kr15-7", "infrastructure_disruption", D, L("Lozova"), "RU", "UA", parent="kr15-6",
      note="long-distance trains to and from Kharkiv 'running up to three hours late' because of the Lozova damage: "
           "placed at the damaged junction"),
    E("kr15-8", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", parent="kr15-2",
      weapons=[W("drone", intercepted=N(11))],
      note="'Eleven drones were shot down over the Vinnytsia region' (number in words opening the sentence): "
           "regional count -> required"),
    E("kr15-9", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kr15-1",
      family=["policy_decision"],
      note="hourly outage schedules 'from today in all regions': in force from the publication day -> required, "
           "country-level (blind36 call 11)"),
    E("kr15-10", "missile_artillery_strike", "2025-12-13", L("Ladyzhyn"), "RU", "UA", weapons=[W("missile")],
      note="recalled: 'On Saturday, missiles damaged the Ladyzhyn thermal power plant' (13 Dec) -> required"),
]
# Not events: 'nine locations' (unnamed hits), generators (response), the line restored in six hours (repair), 'the
# second massive strike … in five days' (tally), 'If we do not limit consumption now, we will face' (conditional),
# repairs 'would continue', equipment expected 'before the new year' (future).
STATEMENTS = [
    S("Valerii Tkachuk", "UA", "one of the roofs simply isn't there any more", "deputy head, regional railway branch"),
    S("Nataliia Hryhorenko", "UA", "the margin is very thin", "spokeswoman for the grid operator"),
]
MUST_NOT = ["UKRNEWS", "National News Agency of Ukraine", "Українською | English | Deutsch | Français | 日本語",
            "Economy | War | Society | Regions | World", "17.12.2025 10:12", "Photo: Ukrainian Railways",
            "Read also: Government allocates UAH 2bn to restore power grid in frontline regions", "Author: Bohdan Stelmakh",
            "If you want to receive the latest news about the war and events in Ukraine, subscribe to our Telegram "
            "channel",
            "When citing and using any materials on the Internet, hyperlinks not lower than the first paragraph to "
            "ukrnews.example are mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
