from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, DIS

TITLE = "Ukraine: nurse killed as shells hit Kherson hospital; Frontline Medical Aid condemns attacks on health care"
TEXT = """FRONTLINE MEDICAL AID
Independent medical humanitarian organisation
About us | Where we work | News | Donate
Press release
Ukraine: nurse killed as shells hit Kherson hospital; Frontline Medical Aid condemns attacks on health care
For immediate release — Kherson/Geneva, 13 March 2024
A nurse was killed and four patients were wounded when two artillery shells struck the regional children's and adults' hospital in Kherson, a facility supported by Frontline Medical Aid (FMA), at 09:40 on Tuesday morning. The shells hit the surgical wing minutes apart, as staff were moving patients to the basement.

The hospital has been without mains power since the attack and is running its intensive care unit on generators. Planned surgery has been suspended. In the afternoon, 37 patients were transferred by ambulance to hospitals in Mykolaiv.

"Olena had worked here for twenty-two years. She stayed in the corridor to push the last bed into the lift," said Olha Tkachenko, the head nurse of the surgical department.

The strike was the third on a health facility supported by FMA in the Kherson region in two weeks. On 29 February, shelling damaged a pharmacy in Beryslav, wounding the pharmacist. On 5 March, a drone dropped an explosive next to an FMA mobile clinic parked in Tiahynka while our team was seeing patients; nobody was injured, but the vehicle was put out of service. And in the early hours of today, a drone hit the garage of the ambulance station in Bilozerka, destroying one ambulance; no one was hurt.

"Hospitals and ambulances are protected under international humanitarian law. A nurse pushing a bed is not a military target, and neither is a mobile clinic parked outside a village school," said Dr Anja Brenner, FMA's head of mission in Ukraine.

FMA calls on all parties to the conflict to respect and protect health facilities, health workers and patients. Since the start of the full-scale invasion, FMA teams have recorded more than 140 attacks on facilities they support.

FMA will continue to run its mobile clinics in the Beryslav district as long as security conditions allow.
Media contact: press@fma-relief.example | +41 22 555 01 90
Notes to editors: Frontline Medical Aid has supported health facilities in southern Ukraine since March 2022 and runs eleven mobile clinics in the Kherson and Mykolaiv regions.
Donate now
© Frontline Medical Aid 2024
"""
DOC = {"id": "ls12", "date": "2024-03-13", "source": "Frontline Medical Aid (humanitarian NGO press release)",
       "url": "https://fma-relief.example/news/press-releases/ukraine-kherson-hospital-shelled-2024-03-13", "text": TEXT}

D, TUE = "2024-03-13", "2024-03-12"
EVENTS = [
    E("ls12-1", MAS, TUE, L("Kherson"), None, "UA", fat=N(1), inj=N(4), weapons=[W("artillery", launched=N(2))],
      claimant="Frontline Medical Aid",
      note="'A nurse was killed and four patients were wounded when two artillery shells struck the regional … hospital "
           "in Kherson … at 09:40 on Tuesday morning' -> Tue 12 Mar, 1 k 4 w, artillery launched 2; the NGO names no "
           "perpetrator (actor1 null, as blind22 call 1's agentless sentences)"),
    E("ls12-2", DIS, TUE, L("Kherson"), None, "UA", parent="ls12-1", claimant="Frontline Medical Aid",
      note="'The hospital has been without mains power since the attack … Planned surgery has been suspended' -> a "
           "power and service cut caused by the shelling"),
    E("ls12-3", MAS, "2024-02-29", L("Beryslav"), None, "UA", inj=N(1), weapons=[W("artillery")],
      claimant="Frontline Medical Aid",
      note="recap with its own date: 'On 29 February, shelling damaged a pharmacy in Beryslav, wounding the pharmacist' "
           "-> required on 29 Feb (2024 is a leap year); actor1 null (not said)"),
    E("ls12-4", ADS, "2024-03-05", L("Tiahynka"), None, "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Frontline Medical Aid",
      note="'On 5 March, a drone dropped an explosive next to an FMA mobile clinic parked in Tiahynka … nobody was "
           "injured' -> 5 Mar, 0/0, the village itself"),
    E("ls12-5", ADS, D, L("Bilozerka"), None, "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Frontline Medical Aid",
      note="'in the early hours of today, a drone hit the garage of the ambulance station in Bilozerka … no one was "
           "hurt' -> Wed 13 Mar (the release's day), 0/0"),
]
# Not events: the 37 patients 'transferred by ambulance to hospitals in Mykolaiv' (a consequence, no war event), 'the
# third on a health facility … in two weeks' (summary), 'Olena had worked here for twenty-two years' (biography), the
# call on all parties (appeal), 'more than 140 attacks … Since the start of the full-scale invasion' (cumulative), FMA
# 'will continue … as long as security conditions allow' (plan, conditional), the notes to editors. Not gold
# statements: none left (both quotes are gold). The NGO never names the attacker, so every strike keeps actor1 null.
STATEMENTS = [
    S("Olha Tkachenko", "UA", "She stayed in the corridor to push the last bed into the lift",
      "head nurse, surgical department, Kherson hospital"),
    S("Anja Brenner", None, "A nurse pushing a bed is not a military target", "head of mission in Ukraine, Frontline Medical Aid"),
]
MUST_NOT = ["FRONTLINE MEDICAL AID", "Independent medical humanitarian organisation", "About us | Where we work | News | Donate",
            "Press release", "For immediate release — Kherson/Geneva, 13 March 2024",
            "Media contact: press@fma-relief.example | +41 22 555 01 90",
            "Notes to editors: Frontline Medical Aid has supported health facilities in southern Ukraine since March 2022 and runs eleven mobile clinics in the Kherson and Mykolaiv regions.",
            "Donate now", "© Frontline Medical Aid 2024"]
EVIDENCE = {
    "ls12-1": "A nurse was killed and four patients were wounded when two artillery shells struck the regional children's and adults' hospital in Kherson",
    "ls12-2": "The hospital has been without mains power since the attack and is running its intensive care unit on generators.",
    "ls12-3": "On 29 February, shelling damaged a pharmacy in Beryslav, wounding the pharmacist.",
    "ls12-4": "On 5 March, a drone dropped an explosive next to an FMA mobile clinic parked in Tiahynka while our team was seeing patients",
    "ls12-5": "in the early hours of today, a drone hit the garage of the ambulance station in Bilozerka, destroying one ambulance; no one was hurt",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
