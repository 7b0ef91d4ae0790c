from common import E, L, R, C, N, W, S, gold

TITLE = "Trypillia plant stopped, gas fields hit: what the energy sector lost on 11 February"
TEXT = """HROSHI
Business portal · Економіка · Енергетика · Фінанси
Economy | Energy | Finance | Markets | Agro | Tech | War & Business
USD 41.62 ▲0.05 | EUR 48.31 ▼0.11 | Brent $68.40
Energy › Generation
Trypillia plant stopped, gas fields hit: what the energy sector lost on 11 February
11 February 2026, 12:07
Author: Andrii Fedorchuk
⏱ 4 min
Russia again went after Ukraine's generation and gas production overnight, energy companies said on Wednesday morning – the fifth massive attack on the sector since the start of the year.

The Trypillia thermal power plant in the Kyiv region, the largest source of manoeuvring capacity for the capital, was struck by missiles and drones and stopped generating. A fire in the turbine hall was put out by 7 a.m.; none of the staff were hurt, the state generating company said. Its previous units were only repaired in December.

In the Kharkiv region, the private gas producer Nadra Skhid reported strikes on two gas processing facilities near Balakliia. Production at both sites has been halted, the company said, and it is too early to estimate the damage.

"We lose about 1.2 million cubic metres a day for every day those units stand still. That is gas we will have to import in March at March prices," said Oleksandr Dubrova, chief executive of Nadra Skhid.

In the Poltava region, drones damaged a gas compressor station near Myrhorod; the pipeline operator said transit to consumers in the region was not affected.

Grid operator Ukrenergo introduced hourly outage schedules of two to three queues in most regions from 6 a.m. on Wednesday, and imports from the EU reached a record for a winter weekday.

It was the second blow to generation in less than a week. In the early hours of 7 February, missiles knocked out units at the Burshtyn power station (Ivano-Frankivsk region) and at the Ladyzhyn plant in the Vinnytsia region.

According to the Air Force, Russia used 24 missiles – ballistic and cruise – and 129 strike drones in the overnight attack; 17 missiles and 110 drones were shot down or suppressed.

"The grid survives because it is now built like a mosaic: hundreds of small gas-piston units and batteries instead of a few giant blocks. Every night the Russians break some of the tiles, and every day we glue them back," said Yulia Petrenko, an analyst at the Kyiv Energy Research Centre.

Prices on the day-ahead market jumped by 18% on Wednesday, to the regulatory cap during the evening peak.
Read more on the topic:
Industrial consumers will pay more for imported electricity: what the regulator decided
Advertisement
Subscribe to Hroshi Premium: analytics without ads
Join our Telegram channel for market news
Any use of materials is allowed only with a hyperlink to hroshi.example, not lower than the first paragraph.
"""
DOC = {"id": "kz13", "date": "2026-02-11", "source": "Hroshi (Ukrainian business portal, English version)",
       "url": "https://hroshi.example/en/energy/2026/02/11/trypillia-gas-fields-attack/", "text": TEXT}

D, FEB7 = "2026-02-11", "2026-02-07"
EVENTS = [
    E("kz13-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(24)), W("drone", launched=N(129))],
      note="the counts told last: 'Russia used 24 missiles – ballistic and cruise – and 129 strike drones in the "
           "overnight attack' (Wednesday page, the date in the headline): country wave, kinds not split -> `missile`"),
    E("kz13-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kz13-1",
      weapons=[W("missile", intercepted=N(17)), W("drone", intercepted=N(110))],
      note="'17 missiles and 110 drones were shot down or suppressed' (counted together)"),
    E("kz13-3", "missile_artillery_strike", D, L("Trypillia"), "RU", "UA", parent="kz13-1", fat=N(0), inj=N(0),
      weapons=[W("missile"), W("drone")],
      note="'The Trypillia thermal power plant … was struck by missiles and drones and stopped generating … none of "
           "the staff were hurt' = 0/0 (the plant is at Trypillia, Kyiv oblast)"),
    E("kz13-4", "missile_artillery_strike", D, L("Balakliia", 2, "near Balakliia"), "RU", "UA", parent="kz13-1",
      family=["air_drone_strike"],
      note="'strikes on two gas processing facilities near Balakliia' (weapon not said -> both types); two facilities of "
           "one producer at one place = one event; near X = precision 2"),
    E("kz13-5", "infrastructure_disruption", D, L("Balakliia", 2, "near Balakliia"), "RU", "UA", parent="kz13-4",
      note="'Production at both sites has been halted': gas production stopped by the strike"),
    E("kz13-6", "air_drone_strike", D, L("Myrhorod", 2, "near Myrhorod"), "RU", "UA", parent="kz13-1",
      weapons=[W("drone")],
      note="'drones damaged a gas compressor station near Myrhorod'; 'transit … was not affected' -> no disruption"),
    E("kz13-7", "infrastructure_disruption", D, C("UA", "Ukraine"), None, None, family=["policy_decision"],
      note="'Ukrenergo introduced hourly outage schedules … in most regions from 6 a.m. on Wednesday': the grid "
           "operator's schedules today = a disruption with sides null (blind44 call 6), 'most regions' -> country"),
    E("kz13-8", "missile_artillery_strike", FEB7, L("Burshtyn"), "RU", "UA", weapons=[W("missile")],
      note="recalled with its date: 'In the early hours of 7 February, missiles knocked out units at the Burshtyn power "
           "station' -> required"),
    E("kz13-9", "missile_artillery_strike", FEB7, L("Ladyzhyn"), "RU", "UA", weapons=[W("missile")],
      note="same sentence: 'and at the Ladyzhyn plant in the Vinnytsia region' (7 Feb) -> its own event"),
]
# Not events: 'the fifth massive attack … since the start of the year' (tally), units 'only repaired in December'
# (no day), 'too early to estimate the damage', the lost gas volume (business data), imports 'reached a record'
# (market), transit 'not affected' (negation), day-ahead prices (market), the 'Read more' headline (furniture).
STATEMENTS = [
    S("Oleksandr Dubrova", "UA", "That is gas we will have to import in March at March prices",
      "chief executive, Nadra Skhid"),
    S("Yulia Petrenko", None, "Every night the Russians break some of the tiles, and every day we glue them back",
      "analyst, Kyiv Energy Research Centre"),
]
MUST_NOT = ["HROSHI", "Business portal · Економіка · Енергетика · Фінанси",
            "Economy | Energy | Finance | Markets | Agro | Tech | War & Business",
            "USD 41.62 ▲0.05 | EUR 48.31 ▼0.11 | Brent $68.40", "Energy › Generation", "Author: Andrii Fedorchuk", "⏱ 4 min",
            "11 February 2026, 12:07", "Read more on the topic:",
            "Industrial consumers will pay more for imported electricity: what the regulator decided", "Advertisement",
            "Subscribe to Hroshi Premium: analytics without ads", "Join our Telegram channel for market news",
            "Any use of materials is allowed only with a hyperlink to hroshi.example, not lower than the first paragraph."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
