from common import E, L, R, C, N, W, S, gold

TITLE = "Kyiv left without water as Russian missiles target Ukraine's power grid"
TEXT = """THE STRAITS LEDGER
Singapore | Asia | World | Business | Tech | Opinion | Multimedia
Kyiv left without water as Russian missiles target Ukraine's power grid
Published Oct 31, 2022, 9:58 PM SGT
Updated Oct 31, 2022, 11:40 PM SGT
Gift this article
KYIV - Russia fired more than 50 cruise missiles at Ukraine on Monday morning, the Ukrainian air force said, in a second wave of strikes on energy facilities in less than three weeks that left most of the capital without running water.

Air defences shot down 44 of the missiles, the air force said in a statement on Telegram. Two of them were destroyed over the central Cherkasy region, the regional governor said.

In Kyiv, missiles hit energy facilities on the left bank of the Dnipro, and about 80 per cent of consumers in the city were left without water, while some 350,000 apartments lost power, the city authorities said. Long queues formed at public water pumps by midday.

"Our engineers have been working since the first explosions. The system was not built to take missile after missile," said Halyna Ostapchuk, a spokeswoman for the national grid operator, adding that hourly power cuts had been introduced in Kyiv and six regions on Monday afternoon.

In Kharkiv, two missiles hit a critical infrastructure facility, the mayor said. In Zaporizhzhia, missiles struck an energy facility, but no one was hurt, the regional governor said. Explosions were also heard in the Vinnytsia region.

Moscow said the strikes targeted "military command and energy systems". They came two days after Russia accused Ukraine of attacking ships of its Black Sea Fleet in Sevastopol early on Saturday with nine aerial and seven naval drones. Kyiv did not claim the attack.

Later on Saturday, Russia suspended its participation in the deal that allowed Ukrainian grain to be shipped through the Black Sea, calling the attack a "terrorist act." Twelve ships nonetheless left Ukrainian ports on Monday under the supervision of the United Nations, Turkey and Ukraine.

Wheat futures jumped 6 per cent in Chicago on the news before easing. Importers in Asia, including Indonesia and the Philippines, rely heavily on Black Sea wheat.

"Even a few weeks of disruption will feed through to flour and noodle prices in South-east Asia by early next year," said Lim Wei Jie, a commodities economist at a Singapore bank.

Singapore's Foreign Ministry has repeatedly called for a peaceful resolution, and the country imposed its own export controls on Russia in March.

Additional reporting by wire agencies
Join the Straits Ledger's WhatsApp channel and get the latest news and must-reads.
Trending now
HDB resale prices rise for ninth straight quarter
Two lanes closed on PIE after lorry overturns
Copyright 2022 The Straits Ledger. Permission required for reproduction.
"""
DOC = {"id": "kd05", "date": "2022-10-31", "source": "The Straits Ledger (Singapore daily)",
       "url": "https://straitsledger.example/world/europe/kyiv-left-without-water-russian-missiles", "text": TEXT}

D = "2022-10-31"
AF = "Ukrainian Air Force"
EVENTS = [
    E("kd05-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(50, "at_least"))], claimant=AF,
      note="'more than 50 cruise missiles … on Monday morning': country wave, at_least 50"),
    E("kd05-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(44))], parent="kd05-1", claimant=AF,
      note="'shot down 44 of the missiles'"),
    E("kd05-3", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(2))], parent="kd05-1", claimant="governor of the Cherkasy region",
      note="'Two of them were destroyed over the central Cherkasy region': a regional interception with a count is "
           "required (ANNOTATION rule 3)"),
    E("kd05-4", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (left bank)"), "RU", "UA",
      weapons=[W("cruise_missile")], parent="kd05-1", note="'missiles hit energy facilities on the left bank' -> the city"),
    E("kd05-5", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="kd05-1",
      note="80 per cent without water, 350,000 apartments without power: one outage event for the city"),
    E("kd05-6", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kd05-1",
      family=["policy_decision"],
      note="'hourly power cuts had been introduced in Kyiv and six regions on Monday afternoon': country-level"),
    E("kd05-7", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", weapons=[W("cruise_missile")],
      parent="kd05-1", note="'two missiles hit a critical infrastructure facility' (one event for the city)"),
    E("kd05-8", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile")], parent="kd05-1", note="'missiles struck an energy facility, but no one was hurt' -> 0/0"),
    E("kd05-9", "missile_artillery_strike", D, R("UA-05", "Vinnytsia region"), "RU", "UA", optional=True,
      family=["air_drone_strike"], parent="kd05-1", note="'Explosions were also heard in the Vinnytsia region': vague, optional"),
    E("kd05-10", "air_drone_strike", "2022-10-29", L("Sevastopol"), "UA", "RU", weapons=[W("drone")],
      claimant="Ministry of Defence of the Russian Federation",
      note="recalled: Russia's accusation of a drone attack on the Black Sea Fleet 'in Sevastopol early on Saturday' "
           "(Mon 31 Oct -> Sat 29): resolvable day, required; naval and aerial drones -> air_drone_strike; Kyiv did "
           "not claim it, actor1 UA as accused (the only perpetrator the text names)"),
    E("kd05-11", "policy_decision", "2022-10-29", C("RU", "Russia"), "RU", None,
      note="'Later on Saturday, Russia suspended its participation in the deal': a decision about the war, no city "
           "named -> country; the twelve ships leaving on Monday are shipping, not an event type"),
]
STATEMENTS = [
    S("Halyna Ostapchuk", "UA", "The system was not built to take missile after missile", "grid operator spokeswoman"),
    S("Lim Wei Jie", None, "Even a few weeks of disruption will feed through to flour and noodle prices",
      "commodities economist"),
]
MUST_NOT = ["THE STRAITS LEDGER", "Singapore | Asia | World | Business | Tech | Opinion | Multimedia",
            "Published Oct 31, 2022, 9:58 PM SGT", "Updated Oct 31, 2022, 11:40 PM SGT", "Gift this article",
            "Additional reporting by wire agencies",
            "Join the Straits Ledger's WhatsApp channel and get the latest news and must-reads.", "Trending now",
            "HDB resale prices rise for ninth straight quarter", "Two lanes closed on PIE after lorry overturns",
            "Copyright 2022 The Straits Ledger. Permission required for reproduction."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
