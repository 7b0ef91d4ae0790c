from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Situation in Dnipropetrovsk oblast: morning summary, 19 August"
TEXT = """DNIPROPETROVSK REGIONAL MILITARY ADMINISTRATION
adm-dp.example · official information resource
🔊 Listen | 🖨 Print | QR code of this page
Situation in the region › 19 August 2025
Situation in Dnipropetrovsk oblast: morning summary, 19 August
Posted by the RMA press service · 19.08.2025 · 07:52
The oblast came under attack 41 times over the past day, with artillery, drones and guided bombs, the head of the regional military administration reported. One person was killed and five were wounded.

Overnight, air defence forces destroyed 12 UAVs over the oblast.

Nikopol district
The aggressor hit the district more than 30 times with artillery and FPV drones, targeting Nikopol and the Marhanets, Pokrovske and Chervonohryhorivka hromadas. In Nikopol a 52-year-old man was wounded; a private house, a garage and a power line were damaged. In the village of Pokrovske an FPV drone struck a car, and both women inside were wounded.

Synelnykove district
Guided bombs fell on the Mezhova hromada twice in the afternoon. Three houses were destroyed; nobody was hurt. A drone struck a farm in the Pokrovske hromada, killing a 61-year-old tractor driver. In the Petropavlivka hromada, artillery damaged a shop.

Pavlohrad district
At 01:30 a missile hit an enterprise in Pavlohrad. Two employees were wounded.

Kryvyi Rih district
A Shahed struck an infrastructure facility in Kryvyi Rih overnight. About 7,200 subscribers have been left without water supply.

In the Dnipro, Kamianske and Novomoskovsk districts the night passed calmly.

"Nikopol has lived under fire from the other bank for three years, and people here have learned to count the seconds between the flash and the sound," said Oleksandr Hnatiuk, deputy head of the Nikopol district military administration.
Report a problem with this page
Official Telegram channel of the RMA: subscribe to receive alerts
This resource is maintained by the Dnipropetrovsk RMA. Content is available under CC BY 4.0.
"""
DOC = {"id": "ky10", "date": "2025-08-19", "source": "Dnipropetrovsk Regional Military Administration (official site)",
       "url": "https://adm-dp.example/situation/2025-08-19", "text": TEXT}

D, Y = "2025-08-19", "2025-08-18"
T, ND = "ky10-1", "ky10-3"
A = dict(prec="range", end=D)  # a line with no hour: the past day
EVENTS = [
    E(T, MAS, Y, R("UA-12", "Dnipropetrovsk oblast"), "RU", "UA", prec="range", end=D, agg=True, fat=N(1), inj=N(5),
      family=[ADS], weapons=[W("artillery"), W("drone"), W("guided_bomb")],
      note="'came under attack 41 times over the past day … One person was killed and five were wounded': the RMA's "
           "past-day tally, aggregate range at region level, parent of the district lines; 41 attacks are not "
           "munitions"),
    E("ky10-2", INT, D, R("UA-12", "Dnipropetrovsk oblast"), "UA", "RU", weapons=[W("drone", intercepted=N(12))],
      note="'Overnight, air defence forces destroyed 12 UAVs over the oblast' = 19 Aug: a region with a count"),
    E(ND, MAS, Y, H("Nikopol", "Nikopol district"), "RU", "UA", agg=True, family=[ADS], parent=T,
      weapons=[W("artillery"), W("drone")], **A,
      note="'hit the district more than 30 times with artillery and FPV drones': a district tally = aggregate range "
           "at the district's centre, precision 2 (blind38 call 3), parent of the district's lines; 30 attacks are "
           "not munitions"),
    E("ky10-4", MAS, Y, L("Nikopol"), "RU", "UA", inj=N(1), family=[ADS], parent=ND, **A,
      note="'In Nikopol a 52-year-old man was wounded': the line does not say whether artillery or a drone -> both "
           "types; no hour -> range"),
    E("ky10-5", ADS, Y, L("Pokrovske Nikopol", name="Pokrovske (Nikopol district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent=ND, **A,
      note="'In the village of Pokrovske an FPV drone struck a car', both women wounded: under the Nikopol district "
           "heading = the Nikopol-raion village 696721, not the Synelnykove-district Pokrovske below nor Pokrovsk "
           "(Donetsk)"),
    E("ky10-6", MAS, Y, H("Marhanets", "Marhanets hromada"), "RU", "UA", optional=True, family=[ADS], parent=ND, **A,
      note="the Marhanets hromada is only listed among the district's targets: optional (blind37 call 7)"),
    E("ky10-7", MAS, Y, H("Chervonohryhorivka", "Chervonohryhorivka hromada"), "RU", "UA", optional=True,
      family=[ADS], parent=ND, **A, note="listed only: optional"),
    E("ky10-8", ADS, Y, H("Mezhova", "Mezhova hromada"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      parent=T,
      note="'Guided bombs fell on the Mezhova hromada twice in the afternoon' = Mon 18 Aug (the afternoon of the past "
           "day): two drops on one hromada on one day = one event; 'nobody was hurt' = 0/0; hromada = precision 2"),
    E("ky10-9", ADS, Y, H("Pokrovske Synelnykove", "Pokrovske hromada (Synelnykove district)"), "RU", "UA",
      fat=N(1), weapons=[W("drone")], parent=T, **A,
      note="'A drone struck a farm in the Pokrovske hromada, killing a 61-year-old tractor driver': under the "
           "Synelnykove district heading = the hromada of Pokrovske 696720, a namesake of the Nikopol-district village "
           "above; precision 2"),
    E("ky10-10", MAS, Y, H("Petropavlivka", "Petropavlivka hromada"), "RU", "UA", weapons=[W("artillery")], parent=T,
      **A,
      note="artillery damaged a shop in the Petropavlivka hromada: the Dnipropetrovsk-oblast Petropavlivka 697423, "
           "not the Kharkiv-oblast village; damage only"),
    E("ky10-11", MAS, D, L("Pavlohrad"), "RU", "UA", inj=N(2), weapons=[W("missile")], parent=T,
      note="'At 01:30' in a summary posted at 07:52 = 19 Aug: a missile on an enterprise, two employees wounded"),
    E("ky10-12", ADS, D, L("Kryvyi Rih"), "RU", "UA", weapons=[W("drone", "Shahed-136")], parent=T,
      note="'A Shahed struck an infrastructure facility in Kryvyi Rih overnight' = 19 Aug"),
    E("ky10-13", DIS, D, L("Kryvyi Rih"), "RU", "UA", parent="ky10-12",
      note="'About 7,200 subscribers have been left without water supply'"),
]
# Not events: 'In the Dnipro, Kamianske and Novomoskovsk districts the night passed calmly' (negation; Kamianske here is
# the Dnipropetrovsk-oblast city); the damaged house, garage and power line in Nikopol (part of the Nikopol line, no
# outage stated); 'under fire from the other bank for three years' (habitual, statement). Check of the header: killed
# Pokrovske hromada 1; wounded Nikopol 1, Pokrovske village 2, Pavlohrad 2 = 5.
STATEMENTS = [
    S("Oleksandr Hnatiuk", "UA", "count the seconds between the flash and the sound",
      "deputy head, Nikopol district military administration"),
]
MUST_NOT = ["DNIPROPETROVSK REGIONAL MILITARY ADMINISTRATION", "adm-dp.example · official information resource",
            "🔊 Listen | 🖨 Print | QR code of this page", "Situation in the region › 19 August 2025",
            "Posted by the RMA press service · 19.08.2025 · 07:52", "Report a problem with this page",
            "Official Telegram channel of the RMA: subscribe to receive alerts",
            "This resource is maintained by the Dnipropetrovsk RMA. Content is available under CC BY 4.0."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
