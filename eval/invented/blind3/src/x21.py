from common import *

TITLE = "Russia fires 90 drones, five missiles at Ukraine; two killed in Kharkiv"
TEXT = f"""{TITLE}
Global Desk Agency (GDA)
22 January 2026, 09:12 · Updated 10:05
by Sofia Brandt

KYIV (GDA) - Russia launched 90 attack drones from the directions of Kursk and Primorsko-Akhtarsk overnight, along with five missiles - three Iskander-M ballistic missiles and two Kh-101 cruise missiles - Ukraine's air force said on Thursday.

Air defences shot down 60 of the drones and both Kh-101 missiles, the air force said. Twenty-two drones and all three Iskander-Ms reached their targets, hitting locations in the Kharkiv, Odesa, Sumy and Kyiv regions.

In Kharkiv, a ballistic missile hit the Kyivskyi district shortly after 2 a.m., killing two people and injuring eleven, regional governor Andrii Voloshko said. The blast destroyed a two-storey office building and shattered windows in the surrounding apartment blocks.

In Odesa, drones hit energy infrastructure in the south of the city, cutting power to about 30,000 households, the regional administration said. No one was injured. Emergency power cuts remained in place in parts of the city on Thursday morning.

In the Sumy region, a drone struck the outskirts of Shostka, damaging a boiler house and leaving part of the town without heating, local officials said.

Six drones were shot down over the Poltava region, where falling debris caused no damage, the regional governor said. Air defences were also active over the Chernihiv and Cherkasy regions.

In the Kyiv region, debris from a downed drone damaged two private houses in the Bila Tserkva district, officials said. Nobody was hurt.

The attack came a day after Ukraine's energy minister warned that Russia was again targeting heating plants as temperatures fell below minus 10C.

"They are hunting for boiler houses and substations, not for soldiers," said Shostka mayor Mykola Horbenko.

(Reporting by Sofia Brandt; Editing by Ken Obi)
© 2026 GDA. All rights reserved. | Republish this story | Report an error
"""
MUST_NOT = ["Global Desk Agency (GDA)", "22 January 2026, 09:12 · Updated 10:05", "by Sofia Brandt",
            "(Reporting by Sofia Brandt; Editing by Ken Obi)", "© 2026 GDA. All rights reserved. | Republish this story | Report an error"]
EVENTS = [
 E("x21-1", "missile_artillery_strike", "2026-01-22", "RU", "UA", country("UA"),
   weapons=[W("drone", launched=n(90)), W("ballistic_missile", "Iskander-M", launched=n(3)), W("cruise_missile", "Kh-101", launched=n(2))],
   claimant="Ukrainian Air Force", note="launch directions Kursk and Primorsko-Akhtarsk are not targets; '22 drones and all three Iskander-Ms reached their targets' is part of the wave"),
 E("x21-2", "interception", "2026-01-22", "UA", "RU", country("UA"),
   weapons=[W("drone", intercepted=n(60)), W("cruise_missile", "Kh-101", intercepted=n(2))], claimant="Ukrainian Air Force"),
 E("x21-3", "missile_artillery_strike", "2026-01-22", "RU", "UA", at("Kharkiv", name="Kharkiv (Kyivskyi district)"),
   weapons=[W("ballistic_missile", "Iskander-M", launched=n(1))], fat=2, inj=11, parent="x21-1", claimant="Kharkiv governor Andrii Voloshko"),
 E("x21-4", "air_drone_strike", "2026-01-22", "RU", "UA", at("Odesa"), fat=0, inj=0, target="energy", parent="x21-1"),
 E("x21-5", "infrastructure_disruption", "2026-01-22", "RU", "UA", at("Odesa"), parent="x21-1", note="30,000 households without power"),
 E("x21-6", "air_drone_strike", "2026-01-22", "RU", "UA", at("Shostka"), target="energy", parent="x21-1"),
 E("x21-7", "infrastructure_disruption", "2026-01-22", "RU", "UA", at("Shostka"), parent="x21-1", note="heating cut"),
 E("x21-8", "interception", "2026-01-22", "UA", "RU", region("UA-53"), weapons=[W("drone", intercepted=n(6))]),
 E("x21-9", "interception", "2026-01-22", "UA", "RU", region("UA-74"), optional=True, note="listed region"),
 E("x21-10", "interception", "2026-01-22", "UA", "RU", region("UA-71"), optional=True, note="listed region"),
 E("x21-11", "air_drone_strike", "2026-01-22", "RU", "UA", near("Bila Tserkva", "Bila Tserkva district"), fat=0, inj=0,
   target="residential", parent="x21-1", note="debris of a downed drone"),
]
STATEMENTS = [S("Mykola Horbenko", "UA", "They are hunting for boiler houses and substations, not for soldiers", "Shostka mayor")]

def build():
    return article("x21", "2026-01-22", "Global Desk Agency", "https://gda-news.example/world/2026/01/22/russia-drones-missiles-kharkiv",
                   "short wire (overnight wave)", "launch sites not targets (Kursk, Primorsko-Akhtarsk); coordinated counts (three Iskander-M and two Kh-101); 'shot down 60 of the drones'; 'reached their targets'; city district; raion (Bila Tserkva district); region with count required, listed regions optional; heating cut",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
