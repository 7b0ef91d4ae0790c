from common import E, L, R, C, N, W, S, gold

TITLE = "General Staff confirms drone strike on Ryazan oil refinery, Russia claims 96 drones downed"
TEXT = """THE KYIV CHRONICLE
Ukraine | Russia | Business | Opinion | Investigations
Support independent journalism. Become a member
General Staff confirms drone strike on Ryazan oil refinery, Russia claims 96 drones downed
by Iryna Hnatiuk
March 14, 2025 12:37 PM · 3 min read
Ukrainian drones struck an oil refinery in Russia's Ryazan Oblast overnight on March 14, causing a large fire, Ukraine's General Staff said.

"A hit on the primary oil processing unit of the Ryazan refinery was recorded. The enterprise supplies fuel to units of the Russian army," the General Staff said in a statement. The operation involved drone units of the Security Service of Ukraine (SBU) and the Unmanned Systems Forces, it said.

The governor of Ryazan Oblast claimed that air defense had "destroyed" the drones and that debris fell on the territory of an industrial enterprise, causing a fire. He reported no casualties. Videos posted by local residents show a column of black smoke over the southern part of the city.

Russia's Defense Ministry claimed its air defense shot down 96 Ukrainian drones over 11 regions overnight, including 31 over Bryansk Oblast, 22 over Kursk Oblast and 15 over Ryazan Oblast.

In Bryansk Oblast, a drone struck a car in the town of Klintsy, injuring the driver, the regional governor said.

Russia's aviation authority restricted flights at the airport in Kaluga for about five hours overnight.

"Ryazan processes roughly 13 million tons a year. Even a week without the primary unit hurts fuel supplies across central Russia," said Taras Hordiienko, an energy analyst at the Energy Research Hub in Kyiv.
Join our newsletter — the day's key news from Ukraine, every morning. Enter your email
The Ryazan refinery, one of Russia's four largest, was already attacked in January and in the autumn of 2024.

Kyiv has stepped up long-range drone strikes on Russian oil infrastructure, saying the revenue funds Moscow's war. Russia has called the attacks terrorism.
Ukraine war latest: Russian forces attack Sumy Oblast with guided bombs
Read more
Edited by Martin Keogh
"""
DOC = {"id": "kn09", "date": "2025-03-14", "source": "The Kyiv Chronicle (Ukrainian English-language news site)",
       "url": "https://kyivchronicle.example/news/general-staff-confirms-drone-strike-on-ryazan-oil-refinery", "text": TEXT}

D = "2025-03-14"
EVENTS = [
    E("kn09-1", "air_drone_strike", D, L("Ryazan"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="General Staff of the Armed Forces of Ukraine",
      note="refinery hit 'overnight on March 14' (General Staff claim) = the governor's 'debris … causing a fire' with "
           "'no casualties' -> one event 0/0 (blind28 call 8); the city is named through 'the Ryazan refinery' and "
           "'the southern part of the city'"),
    E("kn09-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(96))],
      note="MoD: 96 drones shot down over 11 regions overnight: the country interception"),
    E("kn09-3", "interception", D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", parent="kn09-2",
      weapons=[W("drone", intercepted=N(31))], note="31 over Bryansk Oblast"),
    E("kn09-4", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", parent="kn09-2",
      weapons=[W("drone", intercepted=N(22))], note="22 over Kursk Oblast"),
    E("kn09-5", "interception", D, R("RU-RYA", "Ryazan Oblast"), "RU", "UA", parent="kn09-2",
      weapons=[W("drone", intercepted=N(15))],
      note="15 over Ryazan Oblast (the governor's 'destroyed' is this interception, not another)"),
    E("kn09-6", "air_drone_strike", D, L("Klintsy"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="drone on a car in Klintsy, 1 injured; no day -> the night of the report"),
    E("kn09-7", "infrastructure_disruption", D, L("Kaluga"), None, None,
      note="flights restricted at Kaluga airport 'for about five hours overnight': airport restriction, sides null "
           "(blind28 call 11)"),
    E("kn09-8", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the drone attack on 11 regions as a whole, implied by the MoD count: optional (blind14 call 9)"),
]
# Not events: the refinery's earlier attacks 'in January and in the autumn of 2024' (recalled without a day),
# 'stepped up long-range drone strikes' (trend), Russia calling them terrorism, the 'Ukraine war latest' teaser
# (furniture), the analyst's 'Even a week without …' (conditional estimate).
STATEMENTS = [
    S("General Staff of the Armed Forces of Ukraine", "UA", "A hit on the primary oil processing unit",
      "General Staff of the Armed Forces of Ukraine"),
    S("Taras Hordiienko", None, "Even a week without the primary unit hurts fuel supplies across central Russia",
      "energy analyst, Energy Research Hub"),
]
MUST_NOT = ["THE KYIV CHRONICLE", "Ukraine | Russia | Business | Opinion | Investigations",
            "Support independent journalism. Become a member", "by Iryna Hnatiuk", "March 14, 2025 12:37 PM · 3 min read",
            "Join our newsletter — the day's key news from Ukraine, every morning. Enter your email",
            "Ukraine war latest: Russian forces attack Sumy Oblast with guided bombs", "Read more",
            "Edited by Martin Keogh"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
