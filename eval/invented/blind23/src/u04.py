from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones hit Lutsk and Kovel rail hub near Lithuania's doorstep as Vilnius funds 'drone wall'"
TEXT = """NERIS TIMES
Independent English-language news from Vilnius since 2004
Accessibility mode ◐   |   Newsletter: Baltic Brief   |   Log in
Region › Ukraine war › Western Ukraine
Russian drones hit Lutsk and Kovel rail hub near Lithuania's doorstep as Vilnius funds 'drone wall'
Rūta Vaitkutė, foreign desk
Published Wed 22 Oct 2025, 10:14 EEST · Edited 12:02
Russia attacked Ukraine overnight with 128 drones and five ballistic missiles, targeting the western Volyn region, some 250 kilometres from the Lithuanian border, Ukraine's air force said on Wednesday. It said 109 drones had been shot down or suppressed; all five missiles reached their targets.

In Lutsk, the regional capital, a drone hit a warehouse in the city's industrial zone and started a fire covering 1,200 square metres. One worker was injured, the head of the Volyn regional administration said.

A ballistic missile struck the railway depot in Kovel, a major junction on the line to Poland, damaging locomotives and a maintenance building. No one was hurt, the state railway said, but trains to Chełm were delayed by up to four hours on Wednesday morning.

▌ Also on Neris Times: Lithuanian volunteers deliver 40 pickup trucks to Zaporizhzhia brigade

On Tuesday evening, Lithuania's government approved 40 million euros for the first phase of an anti-drone system along the borders with Belarus and Russia's Kaliningrad region. Defence procurement is expected to start in December, and the system should be operational in 2027.

Lithuania's defence minister met his Ukrainian counterpart in Vilnius on Tuesday to discuss joint drone production. "What hit Kovel tonight could hit a Lithuanian station tomorrow. That is why we are investing now," the Lithuanian minister said after the meeting.

Russia's embassy in Vilnius did not respond to a request for comment. Moscow has previously warned that it would regard the deployment of Western air defences near its borders as a threat.

Lithuania has given Ukraine military aid worth more than 1 billion euros since 2022.

Comments (8) ▸ Show
Rūta Vaitkutė covers Ukraine and Belarus. Contact: ruta.v@neristimes.example
Neris Times UAB · Gedimino pr. 00, LT-01103 Vilnius · Editor-in-chief: Tomas Gaidys
"""
DOC = {"id": "u04", "date": "2025-10-22", "source": "Neris Times (Lithuania)",
       "url": "https://neristimes.example/region/ukraine/2025-10-22-lutsk-kovel-drones", "text": TEXT}
D = "2025-10-22"
T = "2025-10-21"
AF = "Ukrainian Air Force"
EVENTS = [
    E("u04-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(128)), W("ballistic_missile", launched=N(5))], claimant=AF,
      note="wave with ballistic missiles: typed by its heaviest weapon; country precision (the Volyn focus is its target "
           "area, not a separate place)"),
    E("u04-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(109))],
      claimant=AF, parent="u04-1",
      note="109 drones 'shot down or suppressed'; 'all five missiles reached their targets' = 0 missiles intercepted is "
           "implied but not given as a count, so not entered"),
    E("u04-3", "air_drone_strike", D, L("Lutsk"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="u04-1",
      claimant="head of the Volyn regional administration", note="warehouse in the industrial zone"),
    E("u04-4", "missile_artillery_strike", D, L("Kovel"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile")], parent="u04-1", note="railway depot; 'No one was hurt' = 0/0"),
    E("u04-5", "infrastructure_disruption", D, L("Kovel"), "RU", "UA", optional=True, parent="u04-1",
      note="train delays of up to four hours: a transport disruption, stated but minor; optional"),
    E("u04-6", "policy_decision", T, L("Vilnius"), "LT", None,
      note="government approved 40 million euros for an anti-drone system 'on Tuesday evening'; procurement in "
           "December and operation in 2027 are plans"),
    E("u04-7", "diplomatic_contact", T, L("Vilnius"), "LT", "UA",
      note="Lithuanian and Ukrainian defence ministers met in Vilnius on Tuesday"),
]
STATEMENTS = [
    S("Lithuanian defence minister", "LT", "What hit Kovel tonight could hit a Lithuanian station tomorrow"),
]
MUST_NOT = ["NERIS TIMES", "Independent English-language news from Vilnius since 2004",
            "Accessibility mode ◐   |   Newsletter: Baltic Brief   |   Log in",
            "Region › Ukraine war › Western Ukraine", "Rūta Vaitkutė, foreign desk",
            "Published Wed 22 Oct 2025, 10:14 EEST · Edited 12:02",
            "▌ Also on Neris Times: Lithuanian volunteers deliver 40 pickup trucks to Zaporizhzhia brigade",
            "Comments (8) ▸ Show", "Rūta Vaitkutė covers Ukraine and Belarus. Contact: ruta.v@neristimes.example",
            "Neris Times UAB · Gedimino pr. 00, LT-01103 Vilnius · Editor-in-chief: Tomas Gaidys"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
