from common import *

TITLE = "Russia hits Ukraine with drones and missiles overnight; one killed in Kryvyi Rih"
TEXT = f"""EuroWire | World News
{TITLE}
By Marta Oliveira | December 14, 2023 08:47 AM
Listen to this article · 3 min

KYIV (EuroWire) - Russia attacked Ukraine overnight with 42 Shahed drones and six missiles - three Iskander-M ballistic missiles and three Kh-59 guided missiles - Ukraine's air force said on Thursday, adding that air defences shot down 37 of the drones and all three Kh-59s.

The drones were launched from Cape Chauda in occupied Crimea and from the Kursk region, the air force said on Telegram. The Iskander-M missiles were fired from the Belgorod region.

Two of the ballistic missiles struck an industrial enterprise in Kryvyi Rih, killing one worker and injuring three others, the head of the city's military administration said. The strike caused power outages in parts of the city, he said.

In Kyiv, about 15 drones were destroyed over the capital, the city military administration said. Debris from downed drones fell in the Darnytskyi district, damaging the roof of a clinic and several cars. Five people were injured, two of whom were hospitalised.

"It was one of the longest nights of this autumn for the capital - the drones came in waves for more than five hours," said Serhiy Popko, head of the Kyiv city military administration.

In the southern Odesa region, a drone hit port infrastructure in the Izmail district on the Danube, injuring two workers, regional officials said.

Six drones were downed over the Khmelnytskyi region, where a drone also hit an industrial facility, starting a fire that was put out by morning. No one was hurt there, the regional administration said. Air defence was also active over the Mykolaiv, Vinnytsia and Zhytomyr regions.

Russia has been launching Shahed drones at Ukraine almost every night since the autumn, and Ukrainian officials have warned that Moscow is stockpiling missiles for a winter campaign against the power grid, as it did last year.

(Reporting by Marta Oliveira; Editing by Will Brand)
Read more:
Ukraine's air defence gap: what the numbers show
"""
MUST_NOT = ["EuroWire | World News", "By Marta Oliveira | December 14, 2023 08:47 AM", "Listen to this article · 3 min",
            "(Reporting by Marta Oliveira; Editing by Will Brand)", "Read more:", "Ukraine's air defence gap: what the numbers show"]
EVENTS = [
 E("x10-1", "missile_artillery_strike", "2023-12-14", "RU", "UA", country("UA"),
   weapons=[W("drone", "Shahed-136", launched=n(42)), W("ballistic_missile", "Iskander-M", launched=n(3)),
            W("cruise_missile", "Kh-59", launched=n(3))], claimant="Ukrainian Air Force", note="nationwide wave; launch areas (Crimea, Kursk, Belgorod) are not targets"),
 E("x10-2", "interception", "2023-12-14", "UA", "RU", country("UA"),
   weapons=[W("drone", "Shahed-136", intercepted=n(37)), W("cruise_missile", "Kh-59", intercepted=n(3))], claimant="Ukrainian Air Force"),
 E("x10-3", "missile_artillery_strike", "2023-12-14", "RU", "UA", at("Kryvyi Rih"),
   weapons=[W("ballistic_missile", "Iskander-M", launched=n(2))], fat=1, inj=3, target="industrial", parent="x10-1",
   claimant="Kryvyi Rih military administration"),
 E("x10-4", "infrastructure_disruption", "2023-12-14", "RU", "UA", at("Kryvyi Rih"), parent="x10-1"),
 E("x10-5", "interception", "2023-12-14", "UA", "RU", at("Kyiv"), weapons=[W("drone", intercepted=n(15, "about"))],
   claimant="Kyiv city military administration"),
 E("x10-6", "air_drone_strike", "2023-12-14", "RU", "UA", at("Kyiv", name="Kyiv (Darnytskyi district)"), inj=5,
   target="health", parent="x10-1", note="debris damage; 'hospitalised' is part of the five"),
 E("x10-7", "air_drone_strike", "2023-12-14", "RU", "UA", near("Izmail", "Izmail district"), inj=2, target="port",
   parent="x10-1", claimant="Odesa regional officials"),
 E("x10-8", "interception", "2023-12-14", "UA", "RU", region("UA-68"), weapons=[W("drone", intercepted=n(6))]),
 E("x10-9", "air_drone_strike", "2023-12-14", "RU", "UA", region("UA-68"), fat=0, inj=0, target="industrial",
   parent="x10-1", claimant="Khmelnytskyi regional administration"),
 E("x10-10", "interception", "2023-12-14", "UA", "RU", region("UA-48"), optional=True, note="listed region"),
 E("x10-11", "interception", "2023-12-14", "UA", "RU", region("UA-05"), optional=True, note="listed region"),
 E("x10-12", "interception", "2023-12-14", "UA", "RU", region("UA-18"), optional=True, note="listed region"),
]
STATEMENTS = [S("Serhiy Popko", "UA", "the drones came in waves for more than five hours", "head of Kyiv city military administration")]

def build():
    return article("x10", "2023-12-14", "EuroWire", "https://eurowire.example/world/2023/12/14/russia-drones-missiles-overnight",
                   "short wire (overnight wave)", "coordinated counts (three Iskander-M and three Kh-59); follow-up counts (37 of the drones); launch sites not targets; region with count = required interception, listed regions optional; debris damage; 'about 15'",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
