from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles hit railway in Kharkiv and Poltava regions: trains delayed up to six hours"
TEXT = """NewsPulse.ua — all Ukrainian news in one place
Main > War > Infrastructure
Russian missiles hit railway in Kharkiv and Poltava regions: trains delayed up to six hours
26.05.2022 11:37
Source: UkrNews Agency
Late on Wednesday, Russian forces fired four missiles at railway infrastructure in the Lozova area of the Kharkiv region. One of them hit a traction substation, and a railway worker was injured, the regional military administration reported.

Another missile struck a fuel depot near Krasnohrad, causing a fire that rescuers put out by midnight. No one was killed or injured.

Overnight, two missiles hit railway facilities in the Kremenchuk district of the Poltava region, regional governor Serhii Kovalenko said on Thursday. There were no casualties, he said; the damage is being assessed.

Because of the strikes, Ukrzaliznytsia had to change routes, and 14 passenger trains on the Kharkiv and Poltava lines were delayed by up to six hours on Thursday morning.

"Railway workers restored power on the damaged sections within hours. The trains are running, just slower than usual," said Yurii Hrebeniuk, head of Ukrzaliznytsia's passenger company.

Russia's Defence Ministry claimed on Thursday that its high-precision missiles had destroyed "a large consignment of weapons and military equipment delivered by the United States and European countries" at Lozova station.

In Kharkiv, Russian shelling hit the Saltivskyi district on Thursday morning, killing one man and injuring four other people, the city's mayor said.

Since February 24, more than 300 railway facilities have been damaged and about 160 railway workers have been killed, according to Ukrzaliznytsia.

Original: https://ukrnews-agency.example/war/2022/05/26/railway-strikes
Views: 1 024
Comments (0)
To leave a comment, please log in
« Previous news | Next news »
The editorial board of NewsPulse.ua may not share the views expressed in republished materials.
"""
DOC = {"id": "v10", "date": "2022-05-26", "source": "NewsPulse.ua (aggregator; UkrNews Agency)",
       "url": "https://newspulse-ua.example/war/infrastructure/2022-05-26/russian-missiles-hit-railway", "text": TEXT}

WED, D = "2022-05-25", "2022-05-26"
EVENTS = [
    E("v10-1", "missile_artillery_strike", WED, L("Lozova", 2, "Lozova area"), "RU", "UA", inj=N(1),
      weapons=[W("missile", launched=N(4))], claimant="Kharkiv regional military administration; Russian Defence Ministry",
      note="'late on Wednesday'; the Russian MoD claim about Lozova station is a second claim on the same strike"),
    E("v10-2", "missile_artillery_strike", WED, L("Krasnohrad", 2, "fuel depot near Krasnohrad"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("missile")], note="'Another missile' the same evening"),
    E("v10-3", "missile_artillery_strike", D, L("Kremenchuk", 2, "Kremenchuk district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile", launched=N(2))], claimant="Serhii Kovalenko"),
    E("v10-4", "infrastructure_disruption", D, C("UA", "Ukraine (Kharkiv and Poltava lines)"), "RU", "UA",
      claimant="Ukrzaliznytsia", note="14 passenger trains delayed up to six hours"),
    E("v10-5", "missile_artillery_strike", D, L("Kharkiv", 1, "Kharkiv, Saltivskyi district"), "RU", "UA", fat=N(1),
      inj=N(4), weapons=[W("artillery")], claimant="Kharkiv mayor"),
]
STATEMENTS = [
    S("Yurii Hrebeniuk", "UA", "The trains are running, just slower than usual", "head of Ukrzaliznytsia's passenger company"),
    S("Russian Defence Ministry", "RU", "a large consignment of weapons and military equipment delivered by the United States"),
]
MUST_NOT = ["NewsPulse.ua — all Ukrainian news in one place", "Main > War > Infrastructure", "26.05.2022 11:37",
            "Source: UkrNews Agency", "Original: https://ukrnews-agency.example/war/2022/05/26/railway-strikes",
            "Views: 1 024", "Comments (0)", "To leave a comment, please log in", "« Previous news | Next news »",
            "The editorial board of NewsPulse.ua may not share the views expressed in republished materials."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
