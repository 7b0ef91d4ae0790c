from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Shebekino shelled again as Belgorod governor counts 150 shells in a weekend"
TEXT = """NORTHLIGHT NEWS SERVICE
Breaking · Europe · Conflict · Business · Tech
Shebekino shelled again as Belgorod governor counts 150 shells in a weekend
By NNS staff | Mon 29 May 2023, 10:14 CEST
◷ 3-minute read · ⚙ Adjust text

Two people were wounded when Grad rockets hit the Russian border town of Shebekino on Sunday, the governor of the Belgorod region said, as he reported more than 150 shells and 20 drones fired at the region over the weekend.

In his district-by-district summary, the governor said the rockets damaged a school gym and several apartment blocks in Shebekino. In Novaya Tavolzhanka, a drone attack on Saturday damaged a transformer and left two streets without power, and in Graivoron mortar fire on Sunday evening damaged a fence and a garage without hurting anyone.

Also on Sunday, a drone dropped a grenade on a courier van in Krasnaya Yaruga, wounding the driver, according to the governor's summary.

Overnight into Monday, air defences shot down a drone over Belgorod itself; falling debris damaged three cars in a car park, the governor said. No one was injured.

"People ask me when it will stop. I tell them honestly that I don't know, and that we are moving the children out first," said Anatoly Chernykh, head of the Shebekino city district, in a video address.

In Shebekino, residents described spending most of the weekend in basements. "The windows went on Friday, the roof went on Sunday. I am staying because my mother will not leave the flat," said Valentina Gorshkova, 64, a retired teacher.

Ukraine's military does not comment on incidents inside Russia. Russian officials have blamed the attacks on Ukrainian forces, while two Russian volunteer units fighting for Kyiv claimed a raid into the area last week.

The governor said buses would take another group of children from Shebekino to camps further from the border on Tuesday.
Northlight News Service — Trust & corrections policy
Sign up for the 7am briefing ✉
Northlight News Service Ltd, Reg. No. 0887421 · All rights reserved
"""
DOC = {"id": "kh12", "date": "2023-05-29", "source": "Northlight News Service (news agency)",
       "url": "https://northlight.example/europe/2023/05/29/shebekino-shelled-again", "text": TEXT}

EVENTS = [
    E("kh12-1", MAS, "2023-05-27", R("RU-BEL", "Belgorod region"), "UA", "RU", end="2023-05-28", prec="range",
      agg=True, weapons=[W("artillery", launched=N(150, "at_least")), W("drone", launched=N(20))],
      claimant="Belgorod region governor",
      note="'more than 150 shells and 20 drones fired at the region over the weekend' = aggregate Sat 27 - Sun 28 May "
           "(Monday report); weapon kinds given separately"),
    E("kh12-2", MAS, "2023-05-28", L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("mlrs", "Grad")],
      parent="kh12-1", note="'Grad rockets hit … Shebekino on Sunday', two wounded"),
    E("kh12-3", ADS, "2023-05-27", L("Novaya Tavolzhanka"), "UA", "RU", weapons=[W("drone")], parent="kh12-1",
      note="drone attack on Saturday damaged a transformer; casualties not stated"),
    E("kh12-4", DIS, "2023-05-27", L("Novaya Tavolzhanka"), "UA", "RU", parent="kh12-3",
      note="'left two streets without power'"),
    E("kh12-5", MAS, "2023-05-28", L("Graivoron"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      parent="kh12-1", note="'mortar fire on Sunday evening … without hurting anyone' = 0/0"),
    E("kh12-9", ADS, "2023-05-28", L("Krasnaya Yaruga"), "UA", "RU", inj=N(1), weapons=[W("drone")], parent="kh12-1",
      note="'Also on Sunday, a drone dropped a grenade on a courier van' = air_drone_strike (a drone-dropped grenade "
           "is a drone strike, not 'grenade'); driver wounded"),
    E("kh12-6", INT, "2023-05-29", L("Belgorod"), "RU", "UA", weapons=[W("drone", intercepted=N(1))],
      note="'Overnight into Monday, air defences shot down a drone over Belgorod itself' = 29 May"),
    E("kh12-7", ADS, "2023-05-29", L("Belgorod"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="kh12-6", note="debris damaged three cars; 'No one was injured' = 0/0 (no death reported either)"),
    E("kh12-8", "armed_clash", "2023-05-22", R("RU-BEL", "Belgorod region"), "UA", "RU", end="2023-05-28",
      prec="week", optional=True,
      note="'two Russian volunteer units fighting for Kyiv claimed a raid into the area last week' — vague, optional"),
]
# Not events: the windows broken 'on Friday' (a resident's vague account of damage, not an attack report), the evacuation of children 'on Tuesday' (planned), 'does not comment', 'blamed'.
STATEMENTS = [S("Valentina Gorshkova", "RU", "I am staying because my mother will not leave the flat", "Shebekino resident"),
              S("Anatoly Chernykh", "RU", "we are moving the children out first", "head of the Shebekino city district")]
MUST_NOT = ["NORTHLIGHT NEWS SERVICE", "Breaking · Europe · Conflict · Business · Tech",
            "By NNS staff | Mon 29 May 2023, 10:14 CEST", "◷ 3-minute read · ⚙ Adjust text",
            "Northlight News Service — Trust & corrections policy", "Sign up for the 7am briefing ✉",
            "Northlight News Service Ltd, Reg. No. 0887421 · All rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
