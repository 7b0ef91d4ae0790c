from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, MAS

TITLE = "Russian refinery outage tracker: Ryazan, Saratov and Tuapse hit in five days; Crimea rations petrol"
TEXT = """PETROLINE INTELLIGENCE
Oil · Products · Freight · Power
Markets | Refining | Crude | Shipping | Data | Events | Subscribe
Refining › Russia
Russian refinery outage tracker: Ryazan, Saratov and Tuapse hit in five days; Crimea rations petrol
Wednesday 12 November 2025 | 16:20 GMT | Refining desk
Key points
About 17% of Russia's primary distillation capacity was offline at the start of this week, our estimate shows, the highest share since we began the tracker. Three more plants were added to the list in five days, and a fourth returned to it.

Ryazan. Drones struck the Ryazan refinery on Saturday, setting fire to the CDU-4 crude unit, one of the plant's largest. The Ryazan governor said debris had fallen on the plant's grounds and that one worker had been injured. Two industry sources put the unit's outage at three to four weeks.

Saratov. The Saratov refinery halted processing after an attack overnight into Monday, according to a source familiar with its operations. The regional governor confirmed only that "an industrial facility" in Saratov had been attacked and said the fire there had been put out. He gave no information on casualties.

Tuapse. Early on Wednesday, drones hit the marine terminal at Tuapse on the Black Sea coast, where the refinery ships most of its fuel oil and naphtha for export. A tanker at berth caught fire, and two crew members were injured, the Krasnodar region's emergency headquarters said. Loadings were stopped.

"Tuapse is an export story, not a domestic one: almost everything it makes goes out by sea. If the berths stay closed for a week, that is roughly 300,000 tonnes that do not leave," said Priya Raman, a senior refining analyst at Petroline.

Kstovo. The Kstovo refinery near Nizhny Novgorod, which was attacked last Thursday, restarted one of its two crude units on Tuesday. The Nizhny Novgorod governor said at the time that there had been no casualties.

Crimea. Since Monday, filling stations across Crimea have been selling no more than 20 litres of petrol per car, the peninsula's Moscow-installed authorities said, blaming "logistical difficulties". Queues of up to two hours were reported in Simferopol and Yevpatoriia.

"AI-92 is the first to go. Diesel is still there, but people fill everything they have, canisters included," said Sergei Pavlov, who manages two filling stations in Simferopol.

Market. The export ban on petrol for producers, in force since August, is expected to be extended until the end of the year; a decision on diesel is still pending. Wholesale AI-95 prices on the St Petersburg exchange rose 2.4% this week.
Data: Petroline refinery outage tracker (weekly, subscribers only)
Contact the refining desk: refining@petroline.example
© 2025 Petroline Intelligence Ltd. Redistribution prohibited.
"""
DOC = {"id": "lm12", "date": "2025-11-12", "source": "Petroline Intelligence (energy-market news and data site)",
       "url": "https://petroline.example/refining/russia/2025/11/12/outage-tracker-ryazan-saratov-tuapse", "text": TEXT}

D, TUE, MON, SAT, THU = "2025-11-12", "2025-11-11", "2025-11-10", "2025-11-08", "2025-11-06"
EVENTS = [
    E("lm12-1", ADS, SAT, L("Ryazan"), "UA", "RU", inj=N(1), weapons=[W("drone")], claimant="Ryazan governor",
      evidence="Drones struck the Ryazan refinery on Saturday, setting fire to the CDU-4 crude unit, one of the plant's "
               "largest.",
      note="'on Saturday' in a Wednesday page = 8 Nov; the refinery in the city (precision 1, RU-RYA); the governor's "
           "'one worker had been injured' -> 1 w; the outage 'three to four weeks' is a forecast"),
    E("lm12-2", ADS, MON, L("Saratov"), "UA", "RU", family=[MAS], claimant="Saratov governor",
      evidence="The Saratov refinery halted processing after an attack overnight into Monday",
      note="'overnight into Monday' = 10 Nov; 'an attack' and the governor's 'had been attacked' name no weapon -> both "
           "strike types, no weapon entry (unlike Ryazan's and Tuapse's drones); 'He gave no information on casualties' "
           "-> absent"),
    E("lm12-3", ADS, D, L("Tuapse"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Krasnodar region emergency headquarters",
      evidence="Early on Wednesday, drones hit the marine terminal at Tuapse on the Black Sea coast",
      note="'Early on Wednesday' = the publication day; a tanker at berth on fire, 'two crew members were injured' -> 2 w; "
           "stopped loadings are port operations"),
    E("lm12-4", ADS, THU, L("Kstovo"), "UA", "RU", fat=N(0), inj=N(0), family=[MAS],
      claimant="Nizhny Novgorod governor",
      evidence="The Kstovo refinery near Nizhny Novgorod, which was attacked last Thursday",
      note="a recalled attack in a relative clause: 'last Thursday' in a Wednesday page = 6 Nov; the weapon is not said -> "
           "both strike types; 'no casualties' -> 0/0; the place named is Kstovo (RU-NIZ, precision 1); 'near Nizhny "
           "Novgorod' only situates Kstovo, it is not 'near X' for the event; the restart on Tuesday is no event"),
    E("lm12-5", DIS, MON, R("UA-43", "Crimea"), None, None, claimant="Moscow-installed authorities of Crimea",
      evidence="Since Monday, filling stations across Crimea have been selling no more than 20 litres of petrol per car",
      note="a fuel consumption restriction across the peninsula from Monday 10 Nov, blamed on 'logistical difficulties' "
           "after the strikes on refineries: infrastructure_disruption (consumption restriction) at the region, sides "
           "null (blind53 ld13: region-wide schedules)"),
]
# Not events: the 17% of capacity offline and the tracker's list (analysis), the outage 'three to four weeks'
# (forecast), loadings stopped at Tuapse (port operations), 'If the berths stay closed for a week' (conditional), the
# Kstovo unit restarted on Tuesday (repair), queues in Simferopol and Yevpatoriia (part of lm12-5), the export ban 'in
# force since August' and 'expected to be extended' (policy not about the war, plan), the diesel decision 'still
# pending', exchange prices. Furniture: masthead, tagline, menu, rubric, date/desk line, data line, contact line, ©;
# the 'Key points' label stays as text.
STATEMENTS = [
    S("Priya Raman", None, "Tuapse is an export story, not a domestic one", "senior refining analyst, Petroline"),
    S("Sergei Pavlov", "RU", "people fill everything they have, canisters included",
      "manager of two filling stations, Simferopol"),
]
# Not gold: "an industrial facility" (the Saratov governor, fragment), "logistical difficulties" (the Moscow-installed
# authorities, fragment).
MUST_NOT = ["PETROLINE INTELLIGENCE", "Oil · Products · Freight · Power",
            "Markets | Refining | Crude | Shipping | Data | Events | Subscribe", "Refining › Russia",
            "Wednesday 12 November 2025 | 16:20 GMT | Refining desk",
            "Data: Petroline refinery outage tracker (weekly, subscribers only)",
            "Contact the refining desk: refining@petroline.example", "© 2025 Petroline Intelligence Ltd. Redistribution prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
