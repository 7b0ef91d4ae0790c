from common import E, L, R, C, N, W, S, gold

TITLE = "Russian tank columns break on Vuhledar's minefields"
TEXT = """Southern Cross Herald
National | World | Business | Sport | Culture | Lifestyle
By Liam Doherty, Europe correspondent
February 12, 2023 — 6.15pm AEDT
Save · Share · A A A
Russian tank columns break on Vuhledar's minefields
Ukrainian troops repelled a large Russian assault near the coal-mining town of Vuhledar on Saturday, destroying 13 tanks and nine other armoured vehicles, Ukraine's military said, as Moscow presses its winter offensive in the Donetsk region.

"They drive in columns along the same roads, into the same fields, and they hit the same mines. We film it and show it to the new recruits," said Volodymyr Panas, a press officer of one of the brigades defending the town.

Russia's defence ministry gave a different account, saying that its marines had advanced up to one and a half kilometres in the Vuhledar direction on Saturday and inflicted heavy losses on Ukrainian units. Ukraine's military denied any Russian gains. Neither claim could be independently verified.

Russian artillery and aircraft struck Vuhledar itself more than 30 times on Saturday, killing one civilian, the regional governor said. Fewer than 400 of the town's 15,000 pre-war residents remain.
SPONSORED
The brigade said the latest assault resembled an attack on February 1, when a column of about 20 Russian vehicles drove into a minefield south of the town and was destroyed by artillery.

Ukraine's General Staff said on Sunday that its forces had repelled attacks near Krasnohorivka and Marinka, west of Donetsk city, over the past day.

Russian military bloggers have sharply criticised commanders for sending the same naval infantry brigade into repeated frontal attacks. Western officials estimate that Russia has moved tens of thousands of newly mobilised soldiers into the east since January.

"Vuhledar is the southern hinge of the front. If Russia takes it, it can threaten the roads to Zaporizhzhia. If it keeps losing armour at this rate, it will have little left for a spring offensive," said Fiona McAllister of the Australian Strategic Futures Institute in Canberra.

Australia has supplied Ukraine with 90 Bushmaster armoured vehicles since April last year, and the defence minister said on Sunday that Canberra was "looking at" further requests. The government has not said whether it will send Hawkei light vehicles.
More from World
Turkey-Syria earthquake toll passes 28,000
New Zealand braces for Cyclone Gabrielle
Licensing · Subscribe · Contact us · Terms of use
"""
DOC = {"id": "kd12", "date": "2023-02-12", "source": "Southern Cross Herald (Australian daily)",
       "url": "https://southerncrossherald.example/world/europe/russian-tank-columns-vuhledar-20230212", "text": TEXT}

D = "2023-02-12"
EVENTS = [
    E("kd12-1", "armed_clash", "2023-02-11", L("Vuhledar", 2, "near Vuhledar"), "RU", "UA",
      note="'repelled a large Russian assault near … Vuhledar on Saturday' (Sun 12 Feb -> Sat 11); armour losses are "
           "not fatalities; attacker RU"),
    E("kd12-2", "territory_change", "2023-02-11", L("Vuhledar", 2, "Vuhledar direction"), "RU", "UA", optional=True,
      claimant="Ministry of Defence of the Russian Federation",
      note="MoD: marines 'advanced up to one and a half kilometres in the Vuhledar direction on Saturday', denied by "
           "Kyiv and unverifiable -> optional (blind14 call 7); the same battle as kd12-1"),
    E("kd12-3", "missile_artillery_strike", "2023-02-11", L("Vuhledar"), "RU", "UA", fat=N(1),
      weapons=[W("artillery"), W("aircraft")], family=["air_drone_strike"], claimant="governor of the Donetsk region",
      note="'artillery and aircraft struck Vuhledar itself more than 30 times on Saturday, killing one civilian': "
           "both weapons -> typed by the artillery, air strike accepted"),
    E("kd12-4", "armed_clash", "2023-02-01", L("Vuhledar", 2, "south of Vuhledar"), "RU", "UA",
      family=["remote_explosive", "missile_artillery_strike"],
      note="recalled 'an attack on February 1': a Russian column drove into a minefield south of the town and was "
           "destroyed by artillery -> a failed assault with a resolvable day, required; attacker RU as actor1 "
           "(repelled-attack convention); mines/artillery types accepted"),
    E("kd12-5", "armed_clash", "2023-02-11", L("Krasnohorivka", 2, "near Krasnohorivka"), "RU", "UA", end=D,
      prec="range", claimant="General Staff of the Armed Forces of Ukraine",
      note="'repelled attacks near Krasnohorivka and Marinka … over the past day' -> one clash per place, range"),
    E("kd12-6", "armed_clash", "2023-02-11", L("Marinka", 2, "near Marinka"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine", note="as kd12-5"),
]
STATEMENTS = [
    S("Volodymyr Panas", "UA", "They drive in columns along the same roads, into the same fields", "brigade press officer"),
    S("Fiona McAllister", None, "Vuhledar is the southern hinge of the front", "analyst, Australian Strategic Futures Institute"),
]
MUST_NOT = ["Southern Cross Herald", "National | World | Business | Sport | Culture | Lifestyle",
            "By Liam Doherty, Europe correspondent", "February 12, 2023 — 6.15pm AEDT", "Save · Share · A A A",
            "SPONSORED", "More from World", "Turkey-Syria earthquake toll passes 28,000",
            "New Zealand braces for Cyclone Gabrielle", "Licensing · Subscribe · Contact us · Terms of use"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
