from common import E, L, R, C, N, W, S, H, gold, MAS, INT, DIS, POL, TER, CLA, AGR

TITLE = "Dnipro toll climbs to 30 as rescuers search flattened block; London to send tanks"
TEXT = """CWS · Continental Wire Service
Latest | World | Europe | Economy | Sport | Photos | Videos
Ukraine conflict
Dnipro toll climbs to 30 as rescuers search flattened block; London to send tanks
By Léa Fontaine with Anton Ostapenko in Dnipro
Published on 15/01/2023 at 18:22 · Updated at 20:05
Dnipro (Ukraine) (CWS) - Rescuers in the central Ukrainian city of Dnipro pulled more bodies from the ruins of a nine-storey apartment block on Sunday, raising to 30 the toll from a Russian missile strike the day before, with more than 30 people still missing, officials said.

The missile tore out the middle section of the building on Saturday afternoon, bringing down dozens of flats. Ukraine's air force said it was a Kh-22, a heavy anti-ship missile that Ukraine's air defences are not able to shoot down.

On Saturday evening officials had spoken of twelve dead. By Sunday evening the regional governor counted 30 killed and 73 wounded, among them 14 children.

"The kitchen wall was just gone. I stood there in my slippers, looking out at the city through the place where the wall had been," said Anastasiia Shvets, 23, who was in her flat on the fifth floor when the missile struck.

"Sometimes we hear knocking, and then it stops. We keep cutting anyway," said Mykhailo Hrebeniuk, a rescuer with the State Emergency Service.

The strike on Dnipro was part of a wave of Russian attacks on energy facilities across Ukraine on Saturday. Russia fired 38 missiles, of which 25 were shot down, according to the Ukrainian military.

In Kharkiv, two missiles hit energy infrastructure on Saturday morning, forcing emergency power cuts in the city and across the region. In Kyiv, debris of a downed missile damaged a private house in the Holosiivskyi district; nobody was hurt.

Russia's defence ministry said its "massive strike with long-range precision weapons" had hit military command and energy facilities and that "all designated targets" had been struck. It did not mention Dnipro.

Britain announced on Saturday that it would send 14 Challenger 2 tanks and additional artillery systems to Ukraine, the first Western country to pledge heavy battle tanks. Allies are to discuss further deliveries at the US air base in Ramstein, Germany, on Friday, where Berlin will come under pressure to allow exports of German-made Leopard tanks.

"Fourteen tanks do not change a front line. What they change is the conversation in Berlin," said Jonas Ekdahl, an analyst at the Nordic Institute for Defence Studies.

In the east, Russia's defence ministry said on Friday that its forces had completed the capture of Soledar, a salt-mining town north-east of Bakhmut. Ukraine's military said on Sunday that fighting for the town was continuing. A Russian mercenary group had claimed the town earlier in the week.

The two sides last exchanged prisoners on 8 January, when each released 50.
bur-lf/ao/jmc
© CWS. All rights reserved. Reproduction and redistribution without written permission are prohibited.
Tags: Ukraine | Russia | conflict | Dnipro | Britain | tanks
Download the CWS app for live alerts
"""
DOC = {"id": "lf14", "date": "2023-01-15", "source": "CWS Continental Wire Service (international wire)",
       "url": "https://www.cws-wire.example/en/europe/dnipro-toll-climbs-30-rescuers-search-flattened-block-20230115",
       "text": TEXT}

D, SAT, FRI = "2023-01-15", "2023-01-14", "2023-01-13"
WAVE = "lf14-1"
EVENTS = [
    E(WAVE, MAS, SAT, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian military",
      weapons=[W("missile", launched=N(38))],
      evidence="Russia fired 38 missiles, of which 25 were shot down, according to the Ukrainian military",
      note="the Saturday wave (14 January) on energy facilities: country precision, 38 missiles; the ministry's 'massive "
           "strike' is the same wave"),
    E("lf14-2", INT, SAT, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian military",
      weapons=[W("missile", intercepted=N(25))],
      evidence="Russia fired 38 missiles, of which 25 were shot down, according to the Ukrainian military",
      note="'of which 25 were shot down' -> 25"),
    E("lf14-3", MAS, SAT, L("Dnipro"), "RU", "UA", parent=WAVE, fat=N(30), inj=N(73),
      weapons=[W("cruise_missile", "Kh-22")],
      evidence="The missile tore out the middle section of the building on Saturday afternoon, bringing down dozens of flats",
      note="the strike 'the day before' a Sunday page = Saturday 14 January (the second paragraph says 'on Saturday "
           "afternoon'); the toll rises from twelve (Saturday evening) to 'By Sunday evening … 30 killed and 73 "
           "wounded' -> 30 k 73 w (the 14 children are among the 73; the missing are not counted); Kh-22 = "
           "cruise_missile; a child of the wave ('part of a wave')"),
    E("lf14-4", MAS, SAT, L("Kharkiv"), "RU", "UA", parent=WAVE, weapons=[W("missile", launched=N(2))],
      evidence="In Kharkiv, two missiles hit energy infrastructure on Saturday morning",
      note="two missiles counted in words -> launched 2; casualties not given"),
    E("lf14-5", DIS, SAT, R("UA-63", "Kharkiv region"), "RU", "UA", parent="lf14-4",
      evidence="forcing emergency power cuts in the city and across the region",
      note="emergency power cuts 'in the city and across the region': one regional outage (precision 3)"),
    E("lf14-6", MAS, SAT, L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("missile")],
      evidence="In Kyiv, debris of a downed missile damaged a private house in the Holosiivskyi district; nobody was hurt",
      note="debris on a house in the Holosiivskyi district (= Kyiv) on Saturday: a place hit, 0/0; the downing itself is "
           "inside the country interception lf14-2 (no count of its own)"),
    E("lf14-7", POL, SAT, C("GB", "United Kingdom"), "GB", "UA",
      evidence="Britain announced on Saturday that it would send 14 Challenger 2 tanks and additional artillery systems to Ukraine",
      note="an aid decision announced on Saturday (14 January), at the deciding country"),
    E("lf14-8", TER, FRI, L("Soledar"), "RU", "UA", claimant="Russian Ministry of Defence",
      evidence="Russia's defence ministry said on Friday that its forces had completed the capture of Soledar",
      note="a capture claim is required on its claim day (13 January) even though Kyiv disputes it (blind49 call 8); the "
           "mercenary group's claim 'earlier in the week' has no day and is not listed"),
    E("lf14-9", CLA, D, L("Soledar"), "RU", "UA", claimant="Ukrainian military",
      evidence="Ukraine's military said on Sunday that fighting for the town was continuing",
      note="the denial's 'fighting for the town was continuing', said on Sunday -> a clash on 15 January, attacker RU; "
           "'for the town' of a town both sides place fighting in -> the town itself"),
    E("lf14-10", AGR, "2023-01-08", C(None, "undisclosed"), "UA", "RU",
      evidence="The two sides last exchanged prisoners on 8 January, when each released 50",
      note="a recalled prisoner exchange with its day (8 January): an agreement without a place (blind53 ld11-11)"),
]
# Not events: the 30 missing (not counted), the air force's remark that Ukraine 'is not able to shoot down' the Kh-22
# (capability), the ministry's 'all designated targets' (a claim about lf14-1), 'It did not mention Dnipro' (negation),
# the Ramstein meeting 'on Friday' (future) and the pressure on Berlin (analysis), Ekdahl's analysis, the mercenary
# group's claim 'earlier in the week' (no day). Quoted fragments that are not gold statements: "massive strike with
# long-range precision weapons", "all designated targets" (ministry). Masthead, menu, section line, byline, date line,
# the slug line 'bur-lf/ao/jmc', the copyright line, the tags and the app line are furniture; the dateline 'Dnipro
# (Ukraine) (CWS) -' stays.
STATEMENTS = [
    S("Anastasiia Shvets", "UA", "The kitchen wall was just gone", "resident of the Dnipro block"),
    S("Mykhailo Hrebeniuk", "UA", "Sometimes we hear knocking, and then it stops", "rescuer, State Emergency Service"),
    S("Jonas Ekdahl", None, "Fourteen tanks do not change a front line", "analyst, Nordic Institute for Defence Studies"),
]
MUST_NOT = ["CWS · Continental Wire Service", "Latest | World | Europe | Economy | Sport | Photos | Videos",
            "Ukraine conflict", "By Léa Fontaine with Anton Ostapenko in Dnipro",
            "Published on 15/01/2023 at 18:22 · Updated at 20:05", "bur-lf/ao/jmc",
            "© CWS. All rights reserved. Reproduction and redistribution without written permission are prohibited.",
            "Tags: Ukraine | Russia | conflict | Dnipro | Britain | tanks", "Download the CWS app for live alerts"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
