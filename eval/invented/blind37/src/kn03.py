from common import E, L, R, C, N, W, S, gold

TITLE = "Woman killed in Shebekino, two injured in Belgorod in Ukrainian drone attacks - governor"
TEXT = """GIA.RU
Russian Information Agency
Russia | World | Business | Military & Defense | Science | Emergencies | Sport
Military operation in Ukraine
Woman killed in Shebekino, two injured in Belgorod in Ukrainian drone attacks - governor
9 OCT, 10:26
Updated: 9 OCT, 12:05
BELGOROD, October 9. /GIA/. A woman was killed and three other people were injured in attacks by Ukrainian drones on the Belgorod region, Governor of the region said on his Telegram channel on Wednesday.

According to the governor, a kamikaze drone struck a private house in Shebekino on Tuesday evening. "The woman died on the spot from her injuries before the ambulance arrived. The house was destroyed by fire," said Sergei Drozdov, head of the Shebekino municipal district.

On Wednesday morning, a drone hit a passenger car on a road in the industrial zone of Belgorod. The driver and a passenger were taken to the city hospital with shrapnel wounds, the governor said.

In the town of Grayvoron, an FPV drone attacked a tractor working in a field, injuring the driver. The village of Novaya Tavolzhanka came under fire from multiple launch rocket systems over the past day; 18 shells were fired, two private houses and a power line were damaged, no one was hurt.

Air defence systems on duty intercepted and destroyed 17 Ukrainian unmanned aerial vehicles overnight, the Russian Defense Ministry said. "Nine UAVs were destroyed over the territory of the Belgorod Region, five over the Kursk Region and three over the Bryansk Region," the ministry said in a statement.

In the neighbouring Kursk region, a drone attacked an electrical substation in Rylsk overnight, the region's acting governor said. Part of the town was left without electricity; emergency crews began repairs in the morning.

Since the beginning of the special military operation, settlements in the border districts of the Belgorod region have been regularly shelled by Ukrainian forces.
Related news
Belgorod region to extend school holidays in border districts
Kursk NPP operates normally, plant says
Follow GIA on Telegram
All materials on this site are subject to copyright. Mass media registration certificate El No. FS 77-80133.
"""
DOC = {"id": "kn03", "date": "2024-10-09", "source": "GIA Russian Information Agency (Russian state news agency, English service)",
       "url": "https://gia-news.example/emergencies/19447713", "text": TEXT}

D, Y = "2024-10-09", "2024-10-08"
EVENTS = [
    E("kn03-1", "air_drone_strike", Y, L("Shebekino"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      note="kamikaze drone on a private house in Shebekino 'on Tuesday evening' (8 Oct): 1 woman killed"),
    E("kn03-2", "air_drone_strike", D, L("Belgorod"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="drone on a car in Belgorod's industrial zone 'on Wednesday morning' (publication day): 2 hospitalised"),
    E("kn03-3", "air_drone_strike", D, L("Graivoron", name="Grayvoron"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="FPV drone on a tractor in Grayvoron (geonames spelling of Graivoron), 1 injured; no day given in a "
           "Wednesday digest whose other lines are Tuesday evening / Wednesday morning -> the report day"),
    E("kn03-4", "missile_artillery_strike", Y, L("Novaya Tavolzhanka"), "UA", "RU", end=D, prec="range",
      fat=N(0), inj=N(0), weapons=[W("mlrs", launched=N(18))],
      note="MLRS fire 'over the past day', 18 shells, houses and a power line damaged, 'no one was hurt' = 0/0; a "
           "place line over the past day is a range, not an aggregate (blind16 call 1)"),
    E("kn03-5", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      note="MoD: 17 drones destroyed 'overnight' over three regions: the country interception"),
    E("kn03-6", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="kn03-5",
      weapons=[W("drone", intercepted=N(9))], note="nine over the Belgorod region: regional count -> required"),
    E("kn03-7", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="kn03-5",
      weapons=[W("drone", intercepted=N(5))], note="five over the Kursk region"),
    E("kn03-8", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="kn03-5",
      weapons=[W("drone", intercepted=N(3))], note="three over the Bryansk region"),
    E("kn03-9", "air_drone_strike", D, L("Rylsk"), "UA", "RU", weapons=[W("drone")],
      note="drone on an electrical substation in Rylsk 'overnight' (Kursk region), casualties not stated"),
    E("kn03-10", "infrastructure_disruption", D, L("Rylsk"), "UA", "RU", parent="kn03-9",
      note="'Part of the town was left without electricity'"),
    E("kn03-11", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole, implied by the MoD's interception count: optional "
           "(blind14 call 9)"),
]
# Not events: the 'Related news' headlines (furniture), 'regularly shelled since the beginning of the special military
# operation' (habitual background, furniture-like trailer kept as text), repairs 'began in the morning' (restoration).
STATEMENTS = [
    S("Sergei Drozdov", "RU", "The woman died on the spot from her injuries", "head of the Shebekino municipal district"),
    S("Russian Defense Ministry", "RU", "Nine UAVs were destroyed over the territory of the Belgorod Region",
      "Russian Defense Ministry"),
]
MUST_NOT = ["GIA.RU", "Russian Information Agency",
            "Russia | World | Business | Military & Defense | Science | Emergencies | Sport",
            "Military operation in Ukraine", "9 OCT, 10:26", "Updated: 9 OCT, 12:05", "Related news",
            "Belgorod region to extend school holidays in border districts", "Kursk NPP operates normally, plant says",
            "Follow GIA on Telegram",
            "All materials on this site are subject to copyright. Mass media registration certificate El No. FS 77-80133."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
