from common import *

TITLE = "Ukraine war live: fighting in Russia's Kursk region for a fourth day"
TEXT = f"""Kyiv Herald — Live
{TITLE}
Updated 9 August 2024, 21:15 (Kyiv)
Live updates · 214 comments

21:15
A Ukrainian drone hit a nine-storey apartment building in Kurchatov, the town that houses the Kursk nuclear power plant, injuring four residents, the region's acting governor Aleksei Dubrov said. The plant is operating normally, Russia's nuclear agency said.

Read also: What we know about Ukraine's push into the Kursk region

19:40
Russia's defence ministry said air defences had shot down four Tochka-U missiles and 22 drones over the Kursk region over the past day.

17:20
Russian troops "thwarted attempts by mobile groups of the enemy to break through" near Korenevo on Friday, the ministry said. Independent analysts say Ukrainian units are operating at least 10 km inside Russia in several places.

15:05
A Russian military blogger said Ukrainian forces had taken control of the gas metering station near Sudzha on Thursday, the last point through which Russian gas still flows to Europe via Ukraine. Gazprom said gas flows were continuing.

"What is happening in the Kursk region is a disgrace that someone in Moscow will have to answer for," the blogger wrote.

12:30
Russia's emergencies ministry declared a federal-level emergency in the Kursk region on Thursday, which allows Moscow to send extra resources. Officials said more than 76,000 people had left the border districts.

Read also: Sudzha, the town at the end of the pipeline

10:45
The defence ministry published video of columns of trucks, tanks and multiple rocket launchers that it said were reinforcements being moved into the Kursk region on Friday.

09:00
Russia attacked Ukraine overnight with a ballistic missile and 22 Shahed drones, Ukraine's air force said. Air defences shot down 19 of the drones. In the Sumy district, a drone hit an infrastructure facility; no one was injured, the regional administration said.

08:10
Good morning and welcome to our live coverage. Kyiv has still said almost nothing officially about the incursion, which began on Tuesday. Ukraine's president said on Thursday evening only that Russia must feel the consequences of the war it started.

Kyiv Herald live blogs are free for everyone. Support our reporting from the front line.
#Kursk #UkraineWar
"""
MUST_NOT = ["Kyiv Herald — Live", "Live updates · 214 comments", "Read also: What we know about Ukraine's push into the Kursk region",
            "Read also: Sudzha, the town at the end of the pipeline",
            "Good morning and welcome to our live coverage.",
            "Kyiv Herald live blogs are free for everyone. Support our reporting from the front line.", "#Kursk #UkraineWar"]
EVENTS = [
 E("x14-1", "air_drone_strike", "2024-08-09", "UA", "RU", at("Kurchatov"), inj=4, target="residential",
   claimant="acting Kursk governor Aleksei Dubrov"),
 E("x14-2", "interception", "2024-08-08", "RU", "UA", region("RU-KRS"),
   weapons=[W("ballistic_missile", "Tochka-U", intercepted=n(4)), W("drone", intercepted=n(22))],
   date_end="2024-08-09", claimant="Russian defence ministry"),
 E("x14-3", "armed_clash", "2024-08-09", "UA", "RU", near("Korenevo", "near Korenevo"), claimant="Russian defence ministry"),
 E("x14-4", "territory_change", "2024-08-08", "UA", "RU", near("Sudzha", "gas metering station near Sudzha"),
   claimant="Russian military blogger"),
 E("x14-5", "policy_decision", "2024-08-08", "RU", None, region("RU-KRS"), claimant="Russian emergencies ministry",
   note="federal-level emergency declared"),
 E("x14-6", "military_mobilization", "2024-08-09", "RU", None, region("RU-KRS"), claimant="Russian defence ministry",
   note="reinforcement columns moved into the region"),
 E("x14-7", "missile_artillery_strike", "2024-08-09", "RU", "UA", country("UA"),
   weapons=[W("ballistic_missile", launched=n(1)), W("drone", "Shahed-136", launched=n(22))], claimant="Ukrainian Air Force"),
 E("x14-8", "interception", "2024-08-09", "UA", "RU", country("UA"), weapons=[W("drone", "Shahed-136", intercepted=n(19))],
   claimant="Ukrainian Air Force"),
 E("x14-9", "air_drone_strike", "2024-08-09", "RU", "UA", near("Sumy", "Sumy district"), fat=0, inj=0, target="infrastructure",
   parent="x14-7", claimant="Sumy regional administration"),
]
STATEMENTS = [S("Russian defence ministry", "RU", "thwarted attempts by mobile groups of the enemy to break through", "ministry statement"), S("military blogger", "RU", "is a disgrace that someone in Moscow will have to answer for", "Russian military blogger")]

def build():
    return article("x14", "2024-08-09", "Kyiv Herald", "https://kyivherald.example/live/2024/08/09/kursk-incursion-day-four",
                   "live blog", "reverse chronological with timestamps; 'Read also'; Russian-side claims about fighting in Russia; emergency declaration (policy); reinforcements (mobilisation); overnight wave with follow-up count; evacuation and incursion start 'on Tuesday' not separate events",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
