from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Drones attack a chemical plant in Novomoskovsk; the governor speaks of \"debris\""
TEXT = """OSTROV
Independent journalism about Russia
Русский | English
News | Investigations | War | Regions | Opinion
Donate — help us keep working
Drones attack a chemical plant in Novomoskovsk; the governor speaks of "debris"
12 February 2026, 10:48
Ostrov editorial staff
How to read us if the site is blocked: VPN · mirror · Telegram
Drones attacked Novomoskovsk in the Tula region overnight on Thursday. Residents reported at least six explosions at around 03:00 and a large fire in the area of the city's nitrogen fertiliser plant; videos published by local Telegram channels show a column of smoke over the industrial zone.

The region's governor wrote on Telegram that air defence had destroyed 11 drones over the region and that "falling debris" had caused a fire at an industrial enterprise in Novomoskovsk. Two employees were injured, he said, without naming the enterprise.

A source in the Security Service of Ukraine told Ukrainian media that the service's long-range drones had hit the plant's ammonia production unit.

"The windows shook three times, then the sky over the plant turned orange. By morning there was a smell of ammonia in our yard," said Marina Zotova, who lives two kilometres from the plant.

The Russian Defence Ministry said 58 Ukrainian drones had been destroyed overnight over the Bryansk, Tula, Kaluga, Oryol, Kursk, Smolensk and Moscow regions, including 16 over the Bryansk region and 11 over the Tula region.

Kaluga airport suspended flights for about four hours in the night, the Federal Air Transport Agency said.

In the previous attack on the plant, on 28 January, a drone damaged one of its cooling towers. Since 2024 the plant has been targeted at least three times.

"Nitrogen plants are part of the explosives chain, and that is why they keep coming back to them," said Ilya Vartanov, an independent industry analyst.
This material was produced by Ostrov, which the Russian authorities have declared an "undesirable organization". Sharing it from Russia may be punishable.
Tags: drones, Tula region, industry
© Ostrov Media, 2026. Reproduction is allowed only with an active link.
"""
DOC = {"id": "kq13", "date": "2026-02-12", "source": "Ostrov (independent Russian outlet in exile, English version)",
       "url": "https://ostrov-media.example/en/news/2026/02/12/novomoskovsk-plant-drones", "text": TEXT}

D = "2026-02-12"
EVENTS = [
    E("kq13-1", ADS, D, L("Novomoskovsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="the nitrogen plant in Novomoskovsk 'overnight on Thursday' (publication day): the residents' explosions, the "
           "governor's 'falling debris … fire at an industrial enterprise' (2 injured) and the SBU source's hit on the "
           "ammonia unit are one event (blind37 call 4)"),
    E("kq13-2", INT, D, R("RU-TUL", "Tula region"), "RU", "UA", parent="kq13-4", weapons=[W("drone", intercepted=N(11))],
      note="the governor's and the MoD's '11 over the Tula region': one regional interception"),
    E("kq13-3", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="kq13-4",
      weapons=[W("drone", intercepted=N(16))], note="'16 over the Bryansk region': regional count -> required"),
    E("kq13-4", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(58))],
      note="MoD: 58 drones destroyed overnight over seven regions: the country interception"),
    E("kq13-5", INT, D, R("RU-KLU", "Kaluga region"), "RU", "UA", parent="kq13-4", optional=True,
      note="region merely listed, no count -> optional (ANNOTATION rule 3)"),
    E("kq13-6", INT, D, R("RU-ORL", "Oryol region"), "RU", "UA", parent="kq13-4", optional=True,
      note="region merely listed"),
    E("kq13-7", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="kq13-4", optional=True,
      note="region merely listed"),
    E("kq13-8", INT, D, R("RU-SMO", "Smolensk region"), "RU", "UA", parent="kq13-4", optional=True,
      note="region merely listed"),
    E("kq13-9", INT, D, R("RU-MOS", "Moscow region"), "RU", "UA", parent="kq13-4", optional=True,
      note="region merely listed ('Moscow regions' = the oblast, RU-MOS)"),
    E("kq13-10", DIS, D, L("Kaluga"), None, None,
      note="'Kaluga airport suspended flights for about four hours in the night': airport restrictions, both sides null"),
    E("kq13-11", ADS, "2026-01-28", L("Novomoskovsk"), "UA", "RU", weapons=[W("drone")],
      note="recalled 'previous attack on the plant, on 28 January, a drone damaged one of its cooling towers': a "
           "resolvable day -> required; casualties not stated"),
    E("kq13-12", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole: optional (blind37 call 5)"),
]
# Not events: 'targeted at least three times since 2024' (tally without days), the analyst's 'keep coming back'
# (habitual), the smell of ammonia (consequence of the same strike). The 'undesirable organization' disclaimer is
# furniture.
STATEMENTS = [
    S("Marina Zotova", "RU", "then the sky over the plant turned orange", "resident of Novomoskovsk"),
    S("Ilya Vartanov", None, "Nitrogen plants are part of the explosives chain", "independent industry analyst"),
]
MUST_NOT = ["OSTROV", "Independent journalism about Russia", "Русский | English",
            "News | Investigations | War | Regions | Opinion", "Donate — help us keep working",
            "12 February 2026, 10:48", "Ostrov editorial staff",
            "How to read us if the site is blocked: VPN · mirror · Telegram",
            "This material was produced by Ostrov, which the Russian authorities have declared an \"undesirable "
            "organization\". Sharing it from Russia may be punishable.",
            "Tags: drones, Tula region, industry", "© Ostrov Media, 2026. Reproduction is allowed only with an active link."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
