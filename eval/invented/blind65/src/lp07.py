from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Shaheds on Odesa's power grid, the Orlivka ferry pier hit: the night in the region"
TEXT = """PRYBOI
Odesa · Izmail · Chornomorsk · Bilhorod-Dnistrovskyi
Feed | Odesa | Region | Port | Energy | Culture
Feed / Energy
Shaheds on Odesa's power grid, the Orlivka ferry pier hit: the night in the region
21.01.2026, 11:32
Text: Maryna Tkachuk
Listen to this article (3 min)
Russia attacked Odesa region overnight with 31 Shahed-type attack drones, the head of the regional military administration said on Wednesday morning. Twenty-four of them were shot down.
In Odesa, drones struck an energy infrastructure facility; the fire was put out by morning. Two workers of the facility were injured. About 47,000 subscribers in the Kyivskyi and Prymorskyi districts are without electricity, and three trolleybus routes have been replaced by buses, the city's power distribution company said.
"Crews have been working since four in the morning, but this facility cannot be repaired in one shift," said Vadym Sokolenko, the company's spokesman. Stabilisation outage schedules will apply in the city from Thursday, he added.
On the Danube
In the Izmail district, the drones went for the ports. In Izmail, debris of a downed drone fell on the territory of the port and set a warehouse on fire; there were no casualties.
At Orlivka, a drone hit the pier of the ferry crossing to Isaccea in Romania. Nobody was injured, but ferry traffic has been stopped until the pier is inspected, the Reni hromada said. The Romanian border police said that no debris had fallen on their side of the river.
Read also: How to register for compensation for a damaged flat
In Chornomorsk, at 05:20, a drone hit a private house; an 80-year-old woman was injured and taken to hospital.
The evening before, at around 21:10 on Tuesday, a ballistic missile struck port infrastructure in the Pivdenne hromada. Two port employees were killed and four were injured.
"We heard no siren before the explosion. The missile was faster than the alert," said Ihor Dzhuma, a crane operator who was on shift.
Schools in Odesa will study remotely until the end of the week.
Follow Pryboi on Telegram, Instagram and YouTube
© 2026 Pryboi. All rights reserved.
"""
DOC = {"id": "lp07", "date": "2026-01-21", "source": "Pryboi (Odesa regional news site, English version)",
       "url": "https://pryboi.example/en/energy/2026-01-21-night-shaheds-odesa", "text": TEXT}

D, Y = "2026-01-21", "2026-01-20"
RMA = "head of the Odesa regional military administration"
T = "lp07-1"
EVENTS = [
    E(T, ADS, D, R("UA-51", "Odesa region"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(31))], claimant=RMA,
      evidence="Russia attacked Odesa region overnight with 31 Shahed-type attack drones",
      note="a regional launch with its count (blind53 ld08, ld14) -> the region's parent event, 21 January (overnight, "
           "told on Wednesday morning)"),
    E("lp07-2", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent=T,
      weapons=[W("drone", "Shahed-136", intercepted=N(24))], claimant=RMA,
      evidence="Twenty-four of them were shot down.",
      note="the interception of the regional launch (a number in words), region with a count -> required"),
    E("lp07-3", ADS, D, L("Odesa"), "RU", "UA", parent=T, inj=N(2), weapons=[W("drone", "Shahed-136")],
      evidence="In Odesa, drones struck an energy infrastructure facility; the fire was put out by morning. Two workers of the facility were injured.",
      note="one of the night's hits: Odesa's energy facility, 2 injured"),
    E("lp07-4", DIS, D, L("Odesa"), "RU", "UA", parent="lp07-3", claimant="Odesa power distribution company",
      evidence="About 47,000 subscribers in the Kyivskyi and Prymorskyi districts are without electricity, and three trolleybus routes have been replaced by buses",
      note="the outage and the trolleybus replacement caused by the strike: one disruption in the city (two city "
           "districts = the city); the schedules 'from Thursday' are future"),
    E("lp07-5", ADS, D, L("Izmail"), "RU", "UA", parent=T, fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="In Izmail, debris of a downed drone fell on the territory of the port and set a warehouse on fire; there were no casualties.",
      note="debris of a downed drone placed as a strike with 0/0 (blind49 call 5); Izmail 707308"),
    E("lp07-6", ADS, D, L("Orlivka"), "RU", "UA", parent=T, fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="At Orlivka, a drone hit the pier of the ferry crossing to Isaccea in Romania. Nobody was injured",
      note="the ferry pier 'At Orlivka' -> the village (698379, Reni hromada, Odesa oblast; not Orlivka in Crimea); "
           "'Nobody was injured' -> 0/0; Isaccea is the far end of the crossing, not the place hit"),
    E("lp07-7", DIS, D, L("Orlivka"), None, None, parent="lp07-6", claimant="Reni hromada",
      evidence="ferry traffic has been stopped until the pier is inspected",
      note="a crossing closed by the authorities -> infrastructure_disruption with both sides null (blind49 closures); "
           "'until the pier is inspected' leaves it open-ended, not a planned event"),
    E("lp07-8", ADS, D, L("Chornomorsk"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")],
      evidence="In Chornomorsk, at 05:20, a drone hit a private house; an 80-year-old woman was injured and taken to hospital.",
      note="05:20 on Wednesday -> 21 January; Chornomorsk 707688 (the Odesa-oblast port, not Chornomorske in Crimea)"),
    E("lp07-9", MAS, Y, H("Pivdenne", "Pivdenne hromada"), "RU", "UA", fat=N(2), inj=N(4),
      weapons=[W("ballistic_missile", launched=N(1))],
      evidence="The evening before, at around 21:10 on Tuesday, a ballistic missile struck port infrastructure in the Pivdenne hromada. Two port employees were killed and four were injured.",
      note="'The evening before, at around 21:10 on Tuesday' -> 20 January; a missile the evening before the drone "
           "night is not part of the regional drone launch (no parent); a hromada -> precision 2 (Pivdenne 687997, "
           "Odesa oblast; not the Kharkiv or Donetsk namesakes)"),
]
# Not events: schedules 'from Thursday' and remote schooling 'until the end of the week' (future), the Romanian border
# police's 'no debris had fallen on their side' (negation), the crews' repairs. 'On the Danube' is a subheading (text).
# Masthead, town row, menu, breadcrumb, date line, author, the listen line, 'Read also', the follow line and © are
# furniture.
STATEMENTS = [
    S("Vadym Sokolenko", "UA", "this facility cannot be repaired in one shift", "spokesman, Odesa power distribution company"),
    S("Ihor Dzhuma", "UA", "The missile was faster than the alert", "crane operator, Pivdenne port"),
]
MUST_NOT = ["PRYBOI", "Odesa · Izmail · Chornomorsk · Bilhorod-Dnistrovskyi", "Feed | Odesa | Region | Port | Energy | Culture",
            "Feed / Energy", "21.01.2026, 11:32", "Text: Maryna Tkachuk", "Listen to this article (3 min)",
            "Read also: How to register for compensation for a damaged flat",
            "Follow Pryboi on Telegram, Instagram and YouTube", "© 2026 Pryboi. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
