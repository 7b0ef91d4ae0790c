from common import E, L, R, C, N, W, S, gold

TITLE = "Zaporizhzhia nuclear plant cut off from grid for first time in its history, Energoatom says"
TEXT = """THE KYIV DISPATCH
Independent news from Ukraine in English
War | Politics | Business | Opinion | Investigations | Podcast
Become a member
Zaporizhzhia nuclear plant cut off from grid for first time in its history, Energoatom says
by Marta Halych
Aug. 26, 2022 4:18 pm
The two operating reactors of the Russian-occupied Zaporizhzhia Nuclear Power Plant were disconnected from Ukraine's power grid on Aug. 25 after fires at the ash pits of the neighboring thermal power station twice damaged the plant's last working 750-kilovolt line, state nuclear operator Energoatom said.

It was the first complete disconnection in the plant's 40-year history. Diesel generators kept cooling systems running while the line was repaired, and one unit was reconnected on the afternoon of Aug. 26, the company said.

Energoatom blamed "the actions of the invaders" for the fires. A Russian-installed official in the city of Enerhodar, where the plant is located, said the ash pits had caught fire after Ukrainian shelling.

"For the first time in the plant's history, the units were cut off from the grid. We were one step away from a radiation accident," Energoatom spokeswoman Hanna Sydorenko told the Kyiv Dispatch.

Read also: Satellite images show Russian vehicles parked inside turbine hall

Enerhodar came under fire again overnight on Aug. 26. The Russian-installed official said Ukrainian artillery had hit an area near the plant's training center, injuring one employee. Energoatom and Ukrainian officials said the town was being shelled by Russian troops themselves to discredit Ukraine. Neither account could be verified.

Across the Kakhovka Reservoir, Russian forces fired around 60 Grad rockets at Nikopol and Marhanets during the night, the head of the Dnipropetrovsk Oblast Council said. Two people were wounded in Nikopol, where a school and several apartment blocks were damaged. In Marhanets, a power line was hit and about 2,700 households were left without electricity.

On Aug. 23, Russian forces detained two engineers of the plant at a checkpoint in Enerhodar, Ukraine's human rights ombudsman said on Friday. Their whereabouts remain unknown.

The International Atomic Energy Agency has said it hopes to send a mission to the plant "within days," but Moscow and Kyiv have yet to agree on the route the inspectors would take. Russia has held the plant since early March and has used it as a base for troops and equipment, according to Ukrainian officials.

Analysts warn that a prolonged loss of external power, combined with damage to the diesel supply, would leave the plant dependent on a handful of backup systems. "If the backup fails, the operators have hours, not days," said Olaf Brenner, a nuclear safety expert at a Vienna-based research institute.

We're not going anywhere. Neither is our reporting. Support the Kyiv Dispatch on Patreon.
Tags: Zaporizhzhia Nuclear Power Plant, Enerhodar, Nikopol, Energoatom, IAEA
Author: Marta Halych, reporter
"""
DOC = {"id": "f03", "date": "2022-08-26", "source": "The Kyiv Dispatch (Ukrainian English-language site)",
       "url": "https://kyivdispatch.example/news/zaporizhzhia-npp-disconnected-grid", "text": TEXT}

D = "2022-08-26"
EVENTS = [
    E("f03-1", "infrastructure_disruption", "2022-08-25", L("Enerhodar", 1, "Zaporizhzhia Nuclear Power Plant, Enerhodar"),
      None, "UA", claimant="Energoatom",
      note="both reactors disconnected from the grid on Aug. 25; Energoatom blames the invaders, the Russian-installed "
           "official blames Ukrainian shelling for the fires: disputed cause, actor1 null; the plant is coded to its town"),
    E("f03-2", "missile_artillery_strike", D, L("Enerhodar"), None, None, inj=N(1), weapons=[W("artillery")],
      claimant="Russian-installed official / Energoatom",
      note="'overnight on Aug. 26' shelling near the training centre, one employee injured; each side blames the "
           "other (neither verified): actor1 null"),
    E("f03-3", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(2),
      weapons=[W("mlrs", "Grad")], claimant="head of the Dnipropetrovsk Oblast Council",
      note="'around 60 Grad rockets at Nikopol and Marhanets' during the night: one event per town; the shared count "
           "is not split"),
    E("f03-4", "missile_artillery_strike", D, L("Marhanets"), "RU", "UA", weapons=[W("mlrs", "Grad")],
      claimant="head of the Dnipropetrovsk Oblast Council", note="power line hit; no casualties stated (counts absent)"),
    E("f03-5", "infrastructure_disruption", D, L("Marhanets"), "RU", "UA", parent="f03-4",
      note="about 2,700 households without electricity"),
    E("f03-6", "abduction", "2022-08-23", L("Enerhodar"), "RU", "UA", claimant="Ukrainian ombudsman",
      note="two plant engineers detained at a checkpoint by occupying forces on Aug. 23, whereabouts unknown: "
           "forced disappearance: an occupying force's detention of civilian staff is an abduction (blind4/blind14 practice)"),
]
STATEMENTS = [
    S("Hanna Sydorenko", "UA", "For the first time in the plant's history, the units were cut off from the grid",
      "Energoatom spokeswoman"),
    S("Olaf Brenner", None, "If the backup fails, the operators have hours, not days", "nuclear safety expert"),
]
MUST_NOT = ["THE KYIV DISPATCH", "Independent news from Ukraine in English",
            "War | Politics | Business | Opinion | Investigations | Podcast", "Become a member", "by Marta Halych",
            "Aug. 26, 2022 4:18 pm", "Read also: Satellite images show Russian vehicles parked inside turbine hall",
            "We're not going anywhere. Neither is our reporting. Support the Kyiv Dispatch on Patreon.",
            "Tags: Zaporizhzhia Nuclear Power Plant, Enerhodar, Nikopol, Energoatom, IAEA",
            "Author: Marta Halych, reporter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
