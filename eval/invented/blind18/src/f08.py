from common import E, L, R, C, N, W, S, gold

TITLE = "Fighting rages in Russia's Kursk region for third day as Moscow declares emergency"
TEXT = """RWI Rhein-Welle International
Deutsch | English | Русский | Українська
Topics: Russia's war in Ukraine · Germany · Europe · Climate
Fighting rages in Russia's Kursk region for third day as Moscow declares emergency
Ukrainian troops pressed their cross-border attack on Russia's Kursk region on Thursday. Moscow says its forces are holding; Russian war bloggers describe a very different picture.
08.08.2024 · 14:20 · Author: Lena Vogt (with AFP, Reuters, dpa)
Clashes between Russian and Ukrainian forces continued on Thursday in the Sudzha district of Russia's Kursk region, the Russian Defence Ministry said, two days after Ukrainian units crossed the border in what appears to be the largest incursion into Russian territory since the start of the full-scale war.

The ministry said Ukrainian assault groups had been stopped near Korenevo, some 25 kilometres inside Russia, and that air defences had shot down 14 Ukrainian drones over the region overnight. It said Ukraine had lost "up to 945 servicemen" since Tuesday, a figure that could not be verified.

Several Russian military bloggers claimed on Wednesday that Ukrainian troops had entered Sudzha itself, a town of about 5,000 where the last working pipeline carrying Russian gas to Europe crosses into Ukraine. The defence ministry denied this.

Kyiv has not officially commented on the operation. A Ukrainian official told RWI on condition of anonymity that the aim was to "stretch" Russian forces.

Ambulance crew killed
The region's acting governor said a Ukrainian drone had struck an ambulance near Sudzha on Wednesday, killing the driver and a paramedic. Late on Wednesday, a drone hit a substation in Rylsk, leaving part of the town without electricity, he added.

A federal state of emergency was declared for the Kursk region on Wednesday evening. Thousands of residents of the border districts have been evacuated, and queues of cars formed on the road to Kursk.

Photo: Residents of the border district of Sudzha wait for evacuation buses in Kursk on Wednesday. RWI/Pavel Orlov
Russia's president called the incursion "a large-scale provocation" at a meeting with security officials in Moscow on Wednesday and accused Kyiv of firing "indiscriminately" at civilian buildings.

Western military analysts said Ukraine appeared to have used several brigades and electronic warfare systems to blind Russian drones. "Whether Kyiv can hold the ground it has taken is a different question from whether it could take it," said Mathias Kroll, a researcher at a Berlin security think tank.

RWI could not independently verify claims from either side.
Advertisement
RWI recommends
Kursk nuclear plant: IAEA calls for restraint
What is the Sudzha gas metering station?
Send us your feedback
© 2024 Rhein-Welle International | Imprint | Legal notice | Data protection | Accessibility statement
"""
DOC = {"id": "f08", "date": "2024-08-08", "source": "RWI Rhein-Welle International (broadcaster website)",
       "url": "https://www.rwi.example/en/fighting-rages-kursk-region/a-69876543", "text": TEXT}

D = "2024-08-08"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("f08-1", "armed_clash", D, L("Sudzha", 2, "Sudzha district"), "UA", "RU", claimant=MOD,
      note="clashes continued on Thursday in the Sudzha district (district named after its town = precision 2); "
           "actor1 = the attacking side (Ukrainian incursion)"),
    E("f08-2", "armed_clash", D, L("Korenevo", 2, "near Korenevo"), "UA", "RU", claimant=MOD,
      note="Ukrainian assault groups 'stopped near Korenevo' (present reporting of Thursday's briefing); actor1 = the "
           "attacker as presented"),
    E("f08-3", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      claimant=MOD, note="14 drones shot down over the region overnight"),
    E("f08-4", "territory_change", "2024-08-07", L("Sudzha"), "UA", "RU", optional=True,
      claimant="Russian military bloggers",
      note="bloggers' claim on Wednesday that Ukrainian troops entered Sudzha, denied by the MoD: unconfirmed claim, "
           "optional (blind14 call 7)"),
    E("f08-9", "armed_clash", "2024-08-06", L("Sudzha", 2, "Sudzha district"), "UA", "RU", claimant="RWI",
      note="'two days after Ukrainian units crossed the border' (Thursday report → Tuesday 6 August): a recalled event "
           "resolvable to a day, required; the crossing is placed in the district the sentence names; the MoD's "
           "losses 'since Tuesday' are not fatalities"),
    E("f08-5", "air_drone_strike", "2024-08-07", L("Sudzha", 2, "near Sudzha"), "UA", "RU", fat=N(2),
      weapons=[W("drone")], claimant="acting Kursk region governor",
      note="ambulance struck 'on Wednesday', driver and paramedic killed"),
    E("f08-6", "air_drone_strike", "2024-08-07", L("Rylsk"), "UA", "RU", weapons=[W("drone")],
      claimant="acting Kursk region governor", note="'Late on Wednesday' drone hit a substation"),
    E("f08-7", "infrastructure_disruption", "2024-08-07", L("Rylsk"), "UA", "RU", parent="f08-6",
      note="part of the town without electricity"),
    E("f08-8", "policy_decision", "2024-08-07", R("RU-KRS", "Kursk region"), "RU", None,
      note="federal state of emergency declared for the region on Wednesday evening; evacuations are not coded"),
]
STATEMENTS = [
    S("Mathias Kroll", None, "Whether Kyiv can hold the ground it has taken is a different question", "researcher"),
]
MUST_NOT = ["RWI Rhein-Welle International", "Deutsch | English | Русский | Українська",
            "Topics: Russia's war in Ukraine · Germany · Europe · Climate",
            "08.08.2024 · 14:20 · Author: Lena Vogt (with AFP, Reuters, dpa)", "Advertisement", "RWI recommends",
            "Kursk nuclear plant: IAEA calls for restraint", "What is the Sudzha gas metering station?",
            "Send us your feedback",
            "© 2024 Rhein-Welle International | Imprint | Legal notice | Data protection | Accessibility statement"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
