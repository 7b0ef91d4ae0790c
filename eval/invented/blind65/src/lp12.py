from common import E, L, R, N, W, S, H, gold, ADS, DIS

TITLE = "A repeated drone strike on firefighters in Stepanivka: three rescuers wounded"
TEXT = """STATE EMERGENCY SERVICE OF UKRAINE
Main Directorate of the SES in Sumy Region
About | News | Prevention | Demining | Public information
Home › News › Eliminating the consequences of shelling
A repeated drone strike on firefighters in Stepanivka: three rescuers wounded
26.02.2026 19:10
On 25 February, at 16:10, Russian troops attacked the territory of an agricultural enterprise in Stepanivka, Sumy district, with strike drones. A hangar with grain caught fire. Nobody was hurt in that attack.
A fire-and-rescue unit arrived at 16:31. At 16:48, while the rescuers were laying hoses, the enemy struck the same place again with a drone. Three rescuers were wounded — a squad commander and two firefighters — and a fire engine was destroyed. The wounded were taken to the Sumy regional hospital; their condition is assessed as moderate. A second crew put out the fire at 19:20.
"There was no warning of a second drone. The lads were standing right by the engine when it came in," said Major Denys Yarmak, head of the Sumy district fire-and-rescue unit.
"I heard the buzz and dropped to the ground with the hose still in my hands," said Sergeant Vladyslav Kostenko, one of the wounded firefighters.
Photo: SES of Ukraine in Sumy region
Okhtyrka. On Thursday morning, while clearing the rubble of a house destroyed by a guided aerial bomb on Wednesday evening, rescuers found the body of a man aged 71. The toll of that strike has risen to two dead and five injured.
Sumy. Overnight, a drone hit a private house in the Zarichnyi district. Rescuers brought out a 75-year-old woman; she was handed over to medics with injuries.
Shostka. At 03:20, drones hit an energy facility. The fire was extinguished by 07:00. According to the regional power company, about 12,000 consumers in the town were left without electricity.
Over the day, pyrotechnic teams of the SES surveyed 14 hectares of land and destroyed 63 explosive items.
Emergency number: 101
Share this page:
© 2026 State Emergency Service of Ukraine
"""
DOC = {"id": "lp12", "date": "2026-02-26", "source": "State Emergency Service of Ukraine, Main Directorate in Sumy Region (official page, English version)",
       "url": "https://sumy-dsns.example/en/news/2026-02-26-repeated-strike-stepanivka", "text": TEXT}

D, Y = "2026-02-26", "2026-02-25"
SES = "SES in Sumy region"
EVENTS = [
    E("lp12-1", ADS, Y, L("Stepanivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], claimant=SES,
      evidence="On 25 February, at 16:10, Russian troops attacked the territory of an agricultural enterprise in Stepanivka, Sumy district, with strike drones.",
      note="the first strike, 16:10 on 25 February; 'Nobody was hurt in that attack' -> 0/0; Stepanivka 692577 (the "
           "settlement about 13 km west of Sumy, Sumy district; not the Odesa, Cherkasy, Poltava or Kirovohrad villages)"),
    E("lp12-2", ADS, Y, L("Stepanivka"), "RU", "UA", inj=N(3), weapons=[W("drone", launched=N(1))], claimant=SES,
      evidence="At 16:48, while the rescuers were laying hoses, the enemy struck the same place again with a drone. Three rescuers were wounded",
      note="the double tap: a second strike 38 minutes later with its own victims (the rescuers) -> its own event "
           "(as blind49 call 4 keeps a second strike at another hour apart); the three listed = 3 injured; 'a "
           "drone' = one"),
    E("lp12-3", ADS, Y, L("Okhtyrka"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("guided_bomb", launched=N(1))],
      claimant=SES,
      evidence="rescuers found the body of a man aged 71. The toll of that strike has risen to two dead and five injured.",
      note="the strike 'on Wednesday evening' -> 25 February; the toll revised on Thursday (the body found) -> 2 k 5 w, "
           "the latest figure, dated by the strike; one guided bomb"),
    E("lp12-4", ADS, D, L("Sumy"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant=SES,
      evidence="Sumy. Overnight, a drone hit a private house in the Zarichnyi district. Rescuers brought out a 75-year-old woman; she was handed over to medics with injuries.",
      note="'Overnight' in a Thursday release -> 26 February; Zarichnyi district = the city; 1 injured"),
    E("lp12-5", ADS, D, L("Shostka"), "RU", "UA", weapons=[W("drone")], claimant=SES,
      evidence="Shostka. At 03:20, drones hit an energy facility.",
      note="03:20 on 26 February; casualties not stated"),
    E("lp12-6", DIS, D, L("Shostka"), "RU", "UA", parent="lp12-5", claimant="regional power company",
      evidence="about 12,000 consumers in the town were left without electricity",
      note="the outage caused by the strike on the energy facility"),
]
# Not events: the fire put out at 19:20 (rescue work), the transfer to hospital, the pyrotechnic teams' 14 hectares and
# 63 explosive items (demining, no incident). Place names opening the paragraphs are text. Service name, directorate
# line, menu, breadcrumb, date line, the own-line photo credit, the emergency number, the share line and © are
# furniture.
STATEMENTS = [
    S("Denys Yarmak", "UA", "There was no warning of a second drone", "head of the Sumy district fire-and-rescue unit"),
    S("Vladyslav Kostenko", "UA", "dropped to the ground with the hose still in my hands", "firefighter (wounded)"),
]
MUST_NOT = ["STATE EMERGENCY SERVICE OF UKRAINE", "Main Directorate of the SES in Sumy Region",
            "About | News | Prevention | Demining | Public information",
            "Home › News › Eliminating the consequences of shelling", "26.02.2026 19:10",
            "Photo: SES of Ukraine in Sumy region", "Emergency number: 101", "Share this page:",
            "© 2026 State Emergency Service of Ukraine"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
