from common import E, L, R, C, N, W, S, gold

TITLE = "Car bomb kills Moscow-installed official in occupied Melitopol; FSB reports arrests in Berdyansk"
TEXT = """ATE | AGENCE TRANS-EUROPE
ENGLISH SERVICE — WORLD — EUROPE
Car bomb kills Moscow-installed official in occupied Melitopol; FSB reports arrests in Berdyansk
Published: 03/12/2025 - 16:02 | Modified: 03/12/2025 - 17:45
Kyiv (ATE) - A Moscow-installed district official was killed when his car exploded in the occupied southern Ukrainian city of Melitopol on Tuesday morning, Russian-appointed authorities said, in the latest of a string of attacks on collaborators that Kyiv's military intelligence has been quick to claim.

The blast tore through the SUV of Sergei Karpenko, deputy head of the Russian-installed administration of the Melitopol district, shortly after he left his home, the occupation authorities' spokesman Konstantin Zhuravlyov said on Telegram. He died at the scene.

Ukraine's military intelligence agency (HUR) said the explosion was "the result of an operation" by its agents. "Every collaborator who helps the occupiers deport our children will answer for it," the agency said in a statement.

Hours earlier, late on Monday, an explosive device went off under a freight train carrying fuel near Tokmak, derailing four tank wagons, the pro-Ukrainian partisan movement Atesh said. Russian-installed officials in the region acknowledged a "technical incident" on the line and said traffic had been halted for several hours.

Earlier this week, the same movement said its members had set fire to a military truck parked in a residential courtyard in Melitopol.

Russia's Federal Security Service (FSB) said on Wednesday that it had detained three residents of Berdyansk on Tuesday who it said were preparing to blow up the car of a local police officer on the orders of Ukrainian intelligence. A video released by the FSB showed the men being led away in handcuffs.

-- Teacher missing --

Ukraine's human rights ombudsman said that Russian forces had abducted the headmaster of a school in Skadovsk, in the occupied part of the Kherson region, last week after he refused to teach the Russian curriculum. His family has had no news of him since.

Also on Wednesday, a court in Simferopol sentenced a 24-year-old woman to 14 years in prison for treason for sending pictures of air-defence positions in Crimea to an acquaintance in Ukraine. She was arrested in August.

Rights groups say that thousands of civilians have been detained in the occupied territories since 2022, many of them held incommunicado. The attacks on officials, which began within weeks of the occupation, have forced the Russian authorities to tighten security around their appointees, who now often travel with armed escorts.

"The partisans want to show the occupiers that they are not safe anywhere," said Iryna Lozova, a researcher at a Kyiv think tank who studies the resistance movement. "But the price is paid by ordinary people, who face ever more checkpoints and searches."

ark-ole/jmt
© Agence Trans-Europe. Reproduction forbidden without agreement.
MORE ON THE SAME TOPIC
Occupied Zaporizhzhia: new passport rules for residents
"""
DOC = {"id": "f09", "date": "2025-03-12", "source": "Agence Trans-Europe (agency wire)",
       "url": "https://www.ate-agency.example/en/europe/20250312-car-bomb-melitopol", "text": TEXT}

EVENTS = [
    E("f09-1", "remote_explosive", "2025-03-11", L("Melitopol"), "UA", "RU", fat=N(1), claimant="HUR",
      note="car bomb 'on Tuesday morning' kills a Moscow-installed official; HUR claims it: actor1 UA; actor2 RU (an "
           "official of the occupying power)"),
    E("f09-2", "remote_explosive", "2025-03-10", L("Tokmak", 2, "near Tokmak"), "UA", "RU", family=["looting_destruction"],
      claimant="Atesh",
      note="'late on Monday' explosive device under a fuel train, derailment, claimed by the pro-Ukrainian partisan "
           "movement (side UA); occupation version 'technical incident' = same event"),
    E("f09-3", "infrastructure_disruption", "2025-03-10", L("Tokmak", 2, "rail line near Tokmak"), "UA", "RU",
      parent="f09-2", optional=True,
      note="traffic halted for several hours (a rail suspension of the occupation's line; optional because its day is "
           "only implied)"),
    E("f09-7", "looting_destruction", "2025-03-10", L("Melitopol"), "UA", "RU", end="2025-03-12", prec="range",
      optional=True, claimant="Atesh",
      note="'Earlier this week' (Monday 10 - Wednesday 12 March) arson of a military truck claimed by the partisans: "
           "no day, optional"),
    E("f09-4", "arrest", "2025-03-11", L("Berdiansk", 1, "Berdyansk"), "RU", "UA", claimant="FSB",
      note="FSB detained three residents 'on Tuesday' (said on Wednesday): arrest by the occupying authorities; "
           "actor2 UA (Ukrainian civilians)"),
    E("f09-5", "abduction", "2025-03-03", L("Skadovsk"), "RU", "UA", end="2025-03-09", prec="week",
      claimant="Ukrainian ombudsman",
      note="'last week' in a Wednesday report = the previous calendar week (Mon 3 - Sun 9 March), week precision "
           "(blind4 call 5)"),
    E("f09-6", "arrest", "2024-08-01", R("UA-43", "Crimea"), "RU", "UA", end="2024-08-31", prec="month",
      optional=True,
      note="the sentenced woman 'was arrested in August' (last year): month only, optional; the Simferopol sentence "
           "itself on Wednesday is not an event type (no new detention)"),
]
STATEMENTS = [
    S("HUR", "UA", "Every collaborator who helps the occupiers deport our children will answer for it"),
    S("Iryna Lozova", "UA", "The partisans want to show the occupiers that they are not safe anywhere", "researcher"),
    S("Iryna Lozova", "UA", "But the price is paid by ordinary people", "researcher"),
]
MUST_NOT = ["ATE | AGENCE TRANS-EUROPE", "ENGLISH SERVICE — WORLD — EUROPE",
            "Published: 03/12/2025 - 16:02 | Modified: 03/12/2025 - 17:45", "ark-ole/jmt",
            "© Agence Trans-Europe. Reproduction forbidden without agreement.", "MORE ON THE SAME TOPIC",
            "Occupied Zaporizhzhia: new passport rules for residents"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
