from common import E, L, R, C, N, W, S, gold

TITLE = "Dnipro missile strike: death toll rises to 16 as rescuers finish search of collapsed building"
TEXT = """PRYDNIPROVIA TODAY
UA | EN
Air alert in Dnipropetrovsk region: none at the moment ✅
Breaking | Dnipro | Region | Front | Help the army
Dnipro missile strike: death toll rises to 16 as rescuers finish search of collapsed building
10 July 2026 / 09:15 / updated 11:40
👁 5 812
The number of people killed by Wednesday's Russian missile strike on Dnipro has risen to 16, the head of the Dnipropetrovsk regional military administration said on Friday morning, after a woman taken to hospital with severe burns died overnight.

Seventy-four people were wounded in the attack, 29 of whom are still in hospital, among them five children. Rescuers completed the search of the collapsed part of a four-storey office building in the Sobornyi district on Thursday evening and found no more people under the rubble, the State Emergency Service said.

Two Iskander-M ballistic missiles hit the city centre at 10:42 on Wednesday morning, during rush hour, when the building's ground floor was full of visitors to a bank branch and a pharmacy. A tram stopped nearby was also damaged.

"I was on the tram. The windows flew in, and then it was dark from the dust," said Ihor Bondar, 38, who was treated for cuts to his face and arms. "A girl next to me was holding her head and screaming. I don't know if she survived."

Doctors at the regional Mechnikov hospital performed more than 40 operations in the first day. "We had victims with injuries you usually see at the front," said chief physician Olena Kravchenko. "Blast trauma, shrapnel, amputations."

Thursday was declared a day of mourning in the city.

The strikes on the region did not stop. Overnight into Friday, Russian forces shelled Marhanets with heavy artillery, wounding a 67-year-old man, and an FPV drone killed a man on a motorcycle in Nikopol, according to the regional administration. In Pavlohrad, drones set fire to an enterprise; no one was hurt.

Air defence units shot down 11 drones over the region overnight, the regional head said. "Every drone that does not reach us is somebody's life saved. Thank you to the mobile fire groups," he wrote.

Wednesday's attack was the deadliest on Dnipro since January 2023, when a missile destroyed a nine-storey apartment block on Naberezhna Peremohy Street, killing 46 people.

Editor: Taras Melnyk
Join our WhatsApp channel for alerts
Donate to the drone unit of our region via our fund →
© 2026 Prydniprovia Today. When using materials, a hyperlink is mandatory.
"""
DOC = {"id": "b15", "date": "2026-07-10", "source": "Prydniprovia Today (Dnipro regional site, English version)",
       "url": "https://prydniprovia.example/en/dnipro/2026/07/10/death-toll-rises-to-16", "text": TEXT}

D, W8, T9 = "2026-07-10", "2026-07-08", "2026-07-09"
EVENTS = [
    E("b15-1", "missile_artillery_strike", W8, L("Dnipro", 1, "Sobornyi district, Dnipro"), "RU", "UA", fat=N(16),
      inj=N(74), weapons=[W("ballistic_missile", "Iskander-M", launched=N(2))],
      claimant="Dnipropetrovsk regional military administration head",
      note="'Wednesday's Russian missile strike … at 10:42 on Wednesday morning' = 8 July (Friday report); the toll as "
           "updated on Friday (16 killed, 74 wounded); the woman who died overnight is one of the 16, not a new event; "
           "the search ending Thursday is the same event"),
    E("b15-2", "policy_decision", T9, L("Dnipro"), "UA", None, optional=True,
      note="day of mourning on Thursday: civic decision, optional (as b08-2)"),
    E("b15-3", "missile_artillery_strike", D, L("Marhanets"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      claimant="Dnipropetrovsk regional administration", note="'Overnight into Friday' heavy artillery, one wounded"),
    E("b15-4", "air_drone_strike", D, L("Nikopol"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      claimant="Dnipropetrovsk regional administration", note="FPV drone kills a motorcyclist overnight"),
    E("b15-5", "air_drone_strike", D, L("Pavlohrad"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Dnipropetrovsk regional administration", note="drones set fire to an enterprise; 'no one was hurt' = 0/0"),
    E("b15-6", "interception", D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", weapons=[W("drone", intercepted=N(11))],
      claimant="Dnipropetrovsk regional military administration head", note="11 drones downed over the region overnight"),
]
STATEMENTS = [
    S("Ihor Bondar", "UA", "The windows flew in, and then it was dark from the dust", "tram passenger"),
    S("Olena Kravchenko", "UA", "We had victims with injuries you usually see at the front",
      "chief physician, Mechnikov hospital"),
    S("Dnipropetrovsk regional military administration head", "UA",
      "Every drone that does not reach us is somebody's life saved"),
]
MUST_NOT = ["PRYDNIPROVIA TODAY", "UA | EN", "Air alert in Dnipropetrovsk region: none at the moment ✅",
            "Breaking | Dnipro | Region | Front | Help the army", "10 July 2026 / 09:15 / updated 11:40", "👁 5 812",
            "Editor: Taras Melnyk", "Join our WhatsApp channel for alerts",
            "Donate to the drone unit of our region via our fund →",
            "© 2026 Prydniprovia Today. When using materials, a hyperlink is mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
