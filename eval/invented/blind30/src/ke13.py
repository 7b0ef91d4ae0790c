from common import E, L, R, C, N, W, S, gold

TITLE = "Three settlements in Sudzha district liberated, 88 UAVs downed overnight — Defence Ministry"
TEXT = """NOVOSTIWIRE
Russian news agency · English service
Politics  Special military operation  Economy  Society  World  Sport
SMO zone
Three settlements in Sudzha district liberated, 88 UAVs downed overnight — Defence Ministry
11 March 2025, 10:37 (MSK) · updated 11:15 (MSK)
MOSCOW, March 11. /NovostiWire/. Units of the Sever group of forces have liberated three more settlements in the Sudzha district of Kursk Region over the past day, the Russian Defence Ministry said on Tuesday.

"As a result of active offensive operations, units of the Sever group of forces liberated three settlements and continue to defeat enemy formations in the area of the town of Sudzha," the ministry said in its daily briefing. It said the Ukrainian army had lost up to 270 servicemen and four armoured vehicles in the Kursk direction over the day.

According to the ministry, air defence systems intercepted and destroyed 88 Ukrainian fixed-wing UAVs overnight: 31 over Kursk Region, 22 over Bryansk Region, 17 over Belgorod Region, 10 over Oryol Region and 8 over Voronezh Region.

Operational-tactical aviation, drones, missile troops and artillery hit Ukrainian army personnel and equipment in 142 areas over the past day, the ministry added, without naming them.

Kursk Region's governor reported that a Ukrainian drone attacked a car in Rylsk on Monday, injuring two men. In the Glushkovo district, shelling damaged a school building on Monday; there were no casualties, he said.

On Monday evening, drone debris damaged a power line in Kurchatov, leaving about 1,500 residents without electricity for several hours.

A Ukrainian sabotage and reconnaissance group tried to cross the border near Tetkino on Monday and was repelled by border guards, the regional branch of the FSB said.

The Kiev regime has not commented on the situation in the Sudzha district. Ukrainian military bloggers have reported that supply routes into the area are under constant Russian drone fire.

Subscribe to NovostiWire on Telegram and MAX
If you find an error in the text, select it and press Ctrl+Enter
18+ · Mass media registration certificate EL No. FS77-00000
© NovostiWire 2025. When quoting, a hyperlink is required
"""
DOC = {"id": "ke13", "date": "2025-03-11", "source": "NovostiWire (Russian state news agency, English service)",
       "url": "https://novostiwire.example/en/smo/2025/03/11/sudzha-settlements-88-uavs", "text": TEXT}

D = "2025-03-11"
Y = "2025-03-10"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("ke13-1", "territory_change", Y, L("Sudzha", 2, "Sudzha district"), "RU", "UA", end=D, prec="range",
      claimant=MOD,
      note="'liberated three more settlements in the Sudzha district … over the past day': a capture of unnamed "
           "villages in a district named after its town = precision 2; a range, not an aggregate (blind28 kc11)"),
    E("ke13-2", "armed_clash", Y, L("Sudzha", 2, "area of Sudzha"), "RU", "UA", end=D, prec="range", optional=True,
      claimant=MOD,
      note="'continue to defeat enemy formations in the area of the town of Sudzha': MoD 'defeated' phrasing next to "
           "the capture already coded there, optional (blind16 call 2); 'lost up to 270 servicemen' is a loss claim, "
           "not fatalities"),
    E("ke13-3", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(88))],
      claimant=MOD, note="overnight national tally with a per-region breakdown (31+22+17+10+8 = 88)"),
    E("ke13-4", "interception", D, R("RU-KRS", "Kursk Region"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      parent="ke13-3", claimant=MOD, note="per-region count: required"),
    E("ke13-5", "interception", D, R("RU-BRY", "Bryansk Region"), "RU", "UA", weapons=[W("drone", intercepted=N(22))],
      parent="ke13-3", claimant=MOD, note="per-region count: required"),
    E("ke13-6", "interception", D, R("RU-BEL", "Belgorod Region"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      parent="ke13-3", claimant=MOD, note="per-region count: required"),
    E("ke13-7", "interception", D, R("RU-ORL", "Oryol Region"), "RU", "UA", weapons=[W("drone", intercepted=N(10))],
      parent="ke13-3", claimant=MOD, note="per-region count: required"),
    E("ke13-8", "interception", D, R("RU-VOR", "Voronezh Region"), "RU", "UA", weapons=[W("drone", intercepted=N(8))],
      parent="ke13-3", claimant=MOD, note="per-region count: required"),
    E("ke13-9", "missile_artillery_strike", Y, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, family=["air_drone_strike"], claimant=MOD,
      note="'hit … personnel and equipment in 142 areas over the past day … without naming them': an unplaced MoD "
           "tally, optional (blind16 call 2 spirit)"),
    E("ke13-10", "air_drone_strike", Y, L("Rylsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Kursk region governor", note="drone attacked a car 'on Monday', two injured"),
    E("ke13-11", "missile_artillery_strike", Y, L("Glushkovo", 2, "Glushkovo district"), "UA", "RU", fat=N(0),
      inj=N(0), weapons=[W("artillery")], claimant="Kursk region governor",
      note="'shelling damaged a school building on Monday; there were no casualties' = 0/0; district named after its "
           "town = precision 2"),
    E("ke13-12", "air_drone_strike", Y, L("Kurchatov"), "UA", "RU", weapons=[W("drone")],
      note="'On Monday evening, drone debris damaged a power line': drone-type strike, casualties not stated"),
    E("ke13-13", "infrastructure_disruption", Y, L("Kurchatov"), "UA", "RU",
      note="'about 1,500 residents without electricity for several hours'"),
    E("ke13-14", "armed_clash", Y, L("Tetkino", 2, "near Tetkino"), "UA", "RU", claimant="FSB regional branch",
      note="border crossing attempt 'near Tetkino on Monday' repelled: the attacker UA is actor1 (blind28 kc06)"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "units of the Sever group of forces liberated three settlements"),
]
MUST_NOT = ["NOVOSTIWIRE", "Russian news agency · English service",
            "Politics  Special military operation  Economy  Society  World  Sport", "SMO zone",
            "11 March 2025, 10:37 (MSK) · updated 11:15 (MSK)", "Subscribe to NovostiWire on Telegram and MAX",
            "If you find an error in the text, select it and press Ctrl+Enter",
            "18+ · Mass media registration certificate EL No. FS77-00000",
            "© NovostiWire 2025. When quoting, a hyperlink is required"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
