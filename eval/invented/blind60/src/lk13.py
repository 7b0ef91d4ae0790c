from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, REX

TITLE = "Ukraine: Escalation of attacks on Kherson city and the right-bank hromadas — Flash Update No. 2"
TEXT = """UKRAINE HUMANITARIAN COORDINATION HUB
Together for people in need
Home | Situation reports | Flash updates | Maps | Funding | Contacts
Flash updates › Kherson
Ukraine: Escalation of attacks on Kherson city and the right-bank hromadas — Flash Update No. 2
Period covered: 15–18 October 2024 · Issued: 18 October 2024, 17:00 (Kyiv time)
This update is produced by the Hub with inputs from humanitarian partners in the Kherson region. The next update will be issued on or around 22 October.

HIGHLIGHTS
• At least nine civilians killed and 54 injured in four days.
• A humanitarian distribution point and an evacuation vehicle hit by drones.
• Water supply cut in Kherson's Korabelnyi district after shelling.

SITUATION OVERVIEW
Since 15 October, Russian attacks on Kherson city and on the hromadas along the right bank of the Dnipro River have intensified, with shelling and drone strikes reported every day. Between 15 and 18 October, at least nine civilians were killed and 54 injured in the Kherson region, including four children, according to the regional military administration. Most of the attacks are carried out from positions on the occupied left bank, including the areas of Oleshky and Hola Prystan.

On 15 October, a guided bomb hit a school in Antonivka, a suburb north-east of the city centre; the building was empty at the time and no one was hurt. The same day, a tractor driver was killed when his vehicle struck a landmine in a field near Vysokopillia, in the north of the region.

On 16 October, a drone strike on a humanitarian distribution point in Bilozerka killed two volunteers and injured three people, two of whom are staff of a humanitarian partner organization. Later that afternoon, an evacuation vehicle of a partner organization came under FPV drone attack near Komyshany; the driver was injured.

"We had registered 140 families for that distribution. The drone came when the queue was at its longest," said Halyna Ostapenko, who heads the partner's field team in Bilozerka.

On 17 October, artillery shelling of the Korabelnyi district of Kherson city damaged a water pumping station. As a result, some 12,000 residents of the district have been without centralized water supply since. Also on 17 October, shelling injured two residents of Tiahynka (Beryslav district), and a drone dropped explosives near the outpatient clinic in Stanislav, injuring a nurse.

On the morning of 18 October, shells hit a public transport stop in the Dniprovskyi district of Kherson, killing one woman and injuring a dozen people.

HUMANITARIAN RESPONSE
Partners delivered 38,000 litres of drinking water to the Korabelnyi district on 17 and 18 October and set up four water points. Distributions in Bilozerka were suspended until further notice. Two mobile health teams are working in the city.

"Every convoy now needs drone detectors and a plan B route. That slows us down exactly when people need us fastest," said Martin Ekdahl, the Hub's head of office in Kherson.

FUNDING
The 2024 Humanitarian Response Plan for Ukraine is 57 per cent funded.

"People here are not leaving because they are brave. Many are staying because they have nowhere else," said Nadiia Chornovol, 58, a resident of Korabelnyi district queuing at a water point.
For further information, please contact: hub-kherson@coordination-hub.example
Subscribe to the Hub's flash updates and situation reports
"""
DOC = {"id": "lk13", "date": "2024-10-18", "source": "Ukraine Humanitarian Coordination Hub (inter-agency humanitarian "
       "flash update)", "url": "https://coordination-hub.example/ukraine/flash-update-2-kherson-2024-10-18", "text": TEXT}

D = "2024-10-18"
d = lambda n: f"2024-10-{n}"  # noqa: E731
T = "lk13-1"
RMA = "Kherson regional military administration"
A = dict(parent=T)
EVENTS = [
    E(T, MAS, d(15), R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True, family=[ADS],
      fat=N(9, "at_least"), inj=N(54, "at_least"), claimant=RMA,
      evidence="Between 15 and 18 October, at least nine civilians were killed and 54 injured in the Kherson region, including four children",
      note="'Between 15 and 18 October, at least nine civilians were killed and 54 injured …, including four children' "
           "-> range 15-18 Oct, aggregate parent of the dated incidents; 'at least' governs both counts; the four "
           "children are inside; the HIGHLIGHTS bullet repeats it (no second event); shelling and drones -> both types"),
    E("lk13-2", ADS, d(15), L("Antonivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")], **A,
      evidence="On 15 October, a guided bomb hit a school in Antonivka, a suburb north-east of the city centre",
      note="'On 15 October' -> its own day; Antonivka 713304 (the Kherson suburb, north-east of the centre, checked); "
           "'no one was hurt' -> 0/0"),
    E("lk13-3", REX, d(15), H("Vysokopillia", "field near Vysokopillia"), None, "UA", fat=N(1),
      evidence="a tractor driver was killed when his vehicle struck a landmine in a field near Vysokopillia",
      note="'The same day' = 15 Oct; a landmine = remote_explosive, actor1 null (who laid it is not said), a field "
           "near X = precision 2; not a child of the attacks (no attack)"),
    E("lk13-4", ADS, d(16), L("Bilozerka"), "RU", "UA", fat=N(2), inj=N(3), weapons=[W("drone")], **A,
      evidence="On 16 October, a drone strike on a humanitarian distribution point in Bilozerka killed two volunteers and injured three people",
      note="16 Oct; 2 k 3 w, 'two of whom are staff of a humanitarian partner' (inside the three)"),
    E("lk13-5", ADS, d(16), H("Komyshany", "near Komyshany"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      evidence="Later that afternoon, an evacuation vehicle of a partner organization came under FPV drone attack near Komyshany",
      note="'Later that afternoon' = 16 Oct; near X = precision 2; 'the driver was injured' -> 1 w"),
    E("lk13-6", MAS, d(17), L("Kherson"), "RU", "UA", weapons=[W("artillery")], **A,
      evidence="On 17 October, artillery shelling of the Korabelnyi district of Kherson city damaged a water pumping station.",
      note="17 Oct; the Korabelnyi district is the city; casualties not stated (absent)"),
    E("lk13-7", DIS, d(17), L("Kherson"), "RU", "UA", parent="lk13-6",
      evidence="some 12,000 residents of the district have been without centralized water supply since",
      note="'As a result, some 12,000 residents of the district have been without centralized water supply since' -> a "
           "water cut from 17 Oct (no end given: day of onset), a follow-up naming the district only"),
    E("lk13-8", MAS, d(17), L("Tiahynka"), "RU", "UA", inj=N(2), weapons=[W("artillery")], **A,
      evidence="Also on 17 October, shelling injured two residents of Tiahynka (Beryslav district)",
      note="first of two incidents in one sentence: shelling, Tiahynka (village with its raion in brackets = the "
           "village, blind53 call 1), 2 w"),
    E("lk13-9", ADS, d(17), L("Stanislav"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      evidence="a drone dropped explosives near the outpatient clinic in Stanislav, injuring a nurse",
      note="second incident of the same sentence: a drone drop in Stanislav (692944, Kherson oblast), 'injuring a "
           "nurse' -> 1 w"),
    E("lk13-10", MAS, D, L("Kherson"), "RU", "UA", fat=N(1), inj=N(12, "about"), weapons=[W("artillery")], **A,
      evidence="On the morning of 18 October, shells hit a public transport stop in the Dniprovskyi district of Kherson, killing one woman and injuring a dozen people.",
      note="18 Oct; 'killing one woman and injuring a dozen people' -> 1 k, 12 in words; a second Kherson event on "
           "another day"),
]
# Not events: the HIGHLIGHTS bullets (repeats of the overview), 'shelling and drone strikes reported every day' (habit),
# the launch areas Oleshky and Hola Prystan (not places hit), the water deliveries and water points, distributions
# 'suspended until further notice' (a partner's own decision, not a war event), mobile health teams, the next update
# 'on or around 22 October' (future), the funding figure. Masthead, slogan, menu, breadcrumb, the contact line and the
# subscribe line are furniture; the period/issued line and the production note stay as text.
STATEMENTS = [
    S("Halyna Ostapenko", "UA", "The drone came when the queue was at its longest", "partner field team lead, Bilozerka"),
    S("Martin Ekdahl", None, "Every convoy now needs drone detectors and a plan B route",
      "head of office in Kherson, Ukraine Humanitarian Coordination Hub"),
    S("Nadiia Chornovol", "UA", "Many are staying because they have nowhere else", "resident, Kherson"),
]
MUST_NOT = ["UKRAINE HUMANITARIAN COORDINATION HUB", "Together for people in need",
            "Home | Situation reports | Flash updates | Maps | Funding | Contacts", "Flash updates › Kherson",
            "For further information, please contact: hub-kherson@coordination-hub.example",
            "Subscribe to the Hub's flash updates and situation reports"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
