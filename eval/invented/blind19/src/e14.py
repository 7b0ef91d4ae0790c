from common import E, L, R, C, N, W, S, gold

TITLE = "Enemy attacks energy facilities in three regions: Ladyzhyn and Burshtyn TPPs damaged, power engineer injured"
TEXT = """УКР | ENG
MINISTRY OF ENERGY OF UKRAINE
Official website
Home › Press centre › News
Enemy attacks energy facilities in three regions: Ladyzhyn and Burshtyn TPPs damaged, power engineer injured
Published 21.01.2026 10:15
Tonight, the Russian Federation carried out another massive combined missile and drone attack on the energy infrastructure of Ukraine.

As a result of the attack, the equipment of the Ladyzhyn thermal power plant in Vinnytsia region was seriously damaged. The power units of the station were disconnected from the grid. There were no casualties among the station's staff.

At the Burshtyn TPP in Ivano-Frankivsk region, a fire broke out after a hit in the area of the fuel supply. One power engineer was injured; he was hospitalised, his condition is stable. The fire was extinguished by 07:30.

In Lviv region, a high-voltage substation was damaged by debris of downed drones.

As of 09:00, 214,000 consumers remain without power: 118,000 in Vinnytsia region, 63,000 in Ivano-Frankivsk region and 33,000 in Lviv region. Energy workers have already begun emergency repair work wherever the security situation allows.

Due to the consequences of the attack, hourly outage schedules of 2 to 3 queues are being applied in all regions of Ukraine today from 16:00 to 22:00, the national grid operator said.

"This is the eleventh massive attack on generation since the beginning of the heating season. The enemy is deliberately trying to leave Ukrainians without light and heat in the coldest weeks of the winter," Minister of Energy Oleksandr Hrytsenko said.

He called on partners to speed up the delivery of equipment for repairs and of additional air defence systems. "Every Patriot battery is a power plant that keeps working," the minister said.

The Ministry asks consumers to use electricity sparingly in the evening peak hours, from 17:00 to 22:00.

Press service of the Ministry of Energy of Ukraine
🖨 Print version
Share: Facebook | Telegram | X | Viber
Last modified: 21.01.2026 11:02
© 2026 Ministry of Energy of Ukraine. All materials are available under CC BY 4.0, except where otherwise stated.
"""
DOC = {"id": "e14", "date": "2026-01-21", "source": "Ministry of Energy of Ukraine (press release)",
       "url": "https://mev.gov.ua.example/en/news/vorog-atakuvav-energetyku-21-01-2026", "text": TEXT}

D = "2026-01-21"
MIN = "Ministry of Energy of Ukraine"
EVENTS = [
    E("e14-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("missile"), W("drone")],
      claimant=MIN,
      note="'Tonight' in a morning release = the night to the publication day; combined missile and drone wave, no "
           "totals; country precision"),
    E("e14-2", "missile_artillery_strike", D, L("Ladyzhyn"), "RU", "UA", fat=N(0), inj=N(0), family=["air_drone_strike"],
      parent="e14-1", claimant=MIN,
      note="TPP coded to its town; weapon of this hit not said (rule 4); 'no casualties among the station's staff' "
           "= 0/0"),
    E("e14-4", "missile_artillery_strike", D, L("Burshtyn"), "RU", "UA", inj=N(1), family=["air_drone_strike"],
      parent="e14-1", claimant=MIN, note="'a hit' at the Burshtyn TPP, weapon not said; one power engineer hospitalised"),
    E("e14-5", "air_drone_strike", D, R("UA-46", "Lviv region"), "RU", "UA", weapons=[W("drone")], parent="e14-1",
      claimant=MIN, note="substation damaged by debris of downed drones: drone-type child, region only"),
    E("e14-6", "infrastructure_disruption", D, R("UA-05", "Vinnytsia region"), "RU", "UA", parent="e14-1",
      note="118,000 consumers without power as of 09:00; the Ladyzhyn units 'disconnected from the grid' are not a "
           "separate event (an optional plant-output event there made the referee pair it with this one and leave the "
           "country-level schedule prediction unabsorbed)"),
    E("e14-7", "infrastructure_disruption", D, R("UA-26", "Ivano-Frankivsk region"), "RU", "UA", parent="e14-1",
      note="63,000 consumers without power"),
    E("e14-8", "infrastructure_disruption", D, R("UA-46", "Lviv region"), "RU", "UA", parent="e14-1",
      note="33,000 consumers without power"),
    E("e14-9", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="e14-1",
      family=["policy_decision"],
      note="hourly outage schedules in all regions 'today from 16:00' (blind16 call 4); the 'eleventh massive attack "
           "since the beginning of the heating season' is history"),
]
STATEMENTS = [
    S("Oleksandr Hrytsenko", "UA", "deliberately trying to leave Ukrainians without light and heat", "Minister of Energy"),
    S("Oleksandr Hrytsenko", "UA", "Every Patriot battery is a power plant that keeps working", "Minister of Energy"),
]
MUST_NOT = ["УКР | ENG", "MINISTRY OF ENERGY OF UKRAINE", "Official website", "Home › Press centre › News",
            "Published 21.01.2026 10:15", "Press service of the Ministry of Energy of Ukraine", "🖨 Print version",
            "Share: Facebook | Telegram | X | Viber", "Last modified: 21.01.2026 11:02",
            "© 2026 Ministry of Energy of Ukraine. All materials are available under CC BY 4.0, except where otherwise stated."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
