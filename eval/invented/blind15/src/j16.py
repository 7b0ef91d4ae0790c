from common import E, L, R, C, N, W, S, gold

TITLE = "Reservists called up to guard infrastructure: what Oskol residents need to know"
TEXT = """OSKOLSKIY VESTNIK
Stary Oskol online newspaper
News  Stary Oskol  Gubkin  Region  Incidents  SVO  Society  Ads
Rubric: Society
Reservists called up to guard infrastructure: what Oskol residents need to know
10 November 2026, 12:15
Author: Natalya Sedova
Views: 2 146
On Monday, the governor of the Belgorod region signed a decree calling up members of the special mobilisation reserve for training to protect critical infrastructure facilities in the region. On Tuesday morning, the first 120 reservists from the Stary Oskol and Gubkin urban districts reported to the assembly point at the Stary Oskol military commissariat.

The decree has raised many questions among residents. We asked the Stary Oskol military commissar, Andrei Kolesov, to answer the most common ones.

Will reservists be sent to the zone of the special military operation?

No. "Reservists called up under this decree will serve only on the territory of the Belgorod region, guarding energy facilities, bridges and industrial enterprises. Nobody is sending them to the front," Kolesov said.

How long will the training last?

According to the decree, up to two months. It may be extended if the situation in the region requires it.

How much will they be paid?

Reservists will keep their average salary at their main job and will receive an additional payment of 40,000 rubles a month from the regional budget.

Read also:
Stary Oskol schools switch to a shortened week because of air raid alerts
Gubkin: heating season starts in all districts
The regional authorities have not ruled out that the call-up will be extended to the Valuysky and Alekseyevsky districts in December.

Not everyone is reassured. On Saturday, about 15 wives of reservists gathered outside the Stary Oskol district administration to ask for written guarantees that their husbands would not be transferred to the front. Officials came out to talk to them; police did not intervene.

"They told us it is only for two months and only here. We want it on paper, because last time they also said it was only for training," said Yelena Gorbunova, whose husband was called up on Tuesday.

The special mobilisation reserve was created in 2015. A federal law adopted last year allowed the authorities to call reservists up for special training to protect important facilities in peacetime.

Meanwhile, the attacks continue. Overnight, air defence forces shot down six Ukrainian UAVs over the Stary Oskol urban district, the head of the district reported. Debris damaged the roof of a garage in a garage cooperative in the Yuzhny microdistrict of Stary Oskol. No one was injured.

Share: VK · OK · Telegram
Join our VK group and Telegram channel to keep up with the latest news of the Oskol area
© 2026 Oskolskiy Vestnik. Use of materials is permitted only with an active hyperlink. 16+
"""
DOC = {"id": "j16", "date": "2026-11-10", "source": "Oskolskiy Vestnik",
       "url": "https://oskol-vestnik.example/society/2026/11/10/reservists-called-up-to-guard-infrastructure",
       "text": TEXT}

D, MON, SAT = "2026-11-10", "2026-11-09", "2026-11-07"
EVENTS = [
    E("j16-1", "policy_decision", MON, R("RU-BEL", "Belgorod region"), "RU", None, family=["military_mobilization"],
      claimant="Belgorod region governor",
      note="decree signed 'On Monday'; no place named for the signing -> region precision; a call-up decree, so "
           "military_mobilization accepted (blind4 w02)"),
    E("j16-2", "military_mobilization", D, L("Stary Oskol"), "RU", None, claimant="Oskolskiy Vestnik",
      note="first 120 reservists report to the assembly point 'On Tuesday morning'"),
    E("j16-3", "protest", SAT, L("Stary Oskol"), "RU", None,
      note="peaceful gathering of reservists' wives 'On Saturday', police did not intervene (actor2 null)"),
    E("j16-4", "interception", D, L("Stary Oskol", 2, "Stary Oskol urban district"), "RU", "UA",
      weapons=[W("drone", intercepted=N(6))], claimant="head of the Stary Oskol urban district",
      note="'urban district' named after the city = precision 2"),
    E("j16-5", "air_drone_strike", D, L("Stary Oskol", 1, "Stary Oskol (Yuzhny microdistrict)"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant="head of the Stary Oskol urban district",
      note="debris of a downed drone on a garage; 'No one was injured' = 0/0; microdistrict coded to the city"),
    E("j16-6", "policy_decision", "2025-01-01", C("RU", "Russia"), "RU", None, prec="range", end="2025-12-31",
      optional=True, note="'A federal law adopted last year': recalled, year only -> optional; the reserve's creation "
                          "'in 2015' is history (not annotated)"),
]
STATEMENTS = [
    S("Andrei Kolesov", "RU", "Nobody is sending them to the front", "Stary Oskol military commissar"),
    S("Yelena Gorbunova", "RU", "We want it on paper", "wife of a reservist"),
]
MUST_NOT = ["OSKOLSKIY VESTNIK", "Stary Oskol online newspaper",
            "News  Stary Oskol  Gubkin  Region  Incidents  SVO  Society  Ads", "Rubric: Society",
            "10 November 2026, 12:15", "Author: Natalya Sedova", "Views: 2 146", "Read also:",
            "Stary Oskol schools switch to a shortened week because of air raid alerts",
            "Gubkin: heating season starts in all districts", "Share: VK · OK · Telegram",
            "Join our VK group and Telegram channel to keep up with the latest news of the Oskol area",
            "© 2026 Oskolskiy Vestnik. Use of materials is permitted only with an active hyperlink. 16+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
