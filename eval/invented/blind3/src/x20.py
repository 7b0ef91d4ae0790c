from common import *

TITLE = "Outage schedules tomorrow in most regions after overnight attack on power plants"
TEXT = f"""Energy Desk Ukraine
Home › Power grid › Notices
{TITLE}
07.11.2025 | 14:20
We use cookies to personalise content. By continuing to browse you agree to our cookie policy. OK

Tomorrow, 8 November, power outage schedules will be applied in most regions of Ukraine, the national grid operator said on Friday.

From 00:00 to 23:59, hourly outage schedules for household consumers (from one to two queues at a time) will be in effect in Kyiv and in the Kyiv, Chernihiv, Sumy, Kharkiv and Poltava regions. Power limitation schedules for industrial consumers will be applied in all regions.

The reason is the consequences of a massive Russian attack on energy facilities overnight. Power generation and transmission facilities in the Poltava and Kharkiv regions were hit, the operator said. In the Kharkiv region, a thermal power plant was seriously damaged and a fire broke out; in the Poltava region, two substations were hit. There were no reports of casualties among energy workers.

Emergency outages are currently in effect in the Poltava region, including the city of Kremenchuk, where repair crews are working to restore supply.

"The system is balanced, but it is working at the limit. Every kilowatt-hour saved in the evening peak makes tomorrow easier," the grid operator's spokeswoman, Alla Kovtun, said.

Consumers are asked to use electricity sparingly, in particular between 17:00 and 22:00, and to switch off energy-intensive appliances during those hours. Schedules may change during the day; check the website or the app of your regional distribution company.

Since October, Russia has carried out eight massive attacks on Ukraine's energy system, according to the Energy Ministry. In the winter of 2022-2023, similar attacks left millions of people without power for days.

Follow Energy Desk Ukraine on Telegram 👉 t.me/energydesk_ua
Tags: #outages #Ukrenergo #schedules
"""
MUST_NOT = ["Home › Power grid › Notices", "07.11.2025 | 14:20",
            "We use cookies to personalise content. By continuing to browse you agree to our cookie policy. OK",
            "Follow Energy Desk Ukraine on Telegram 👉 t.me/energydesk_ua", "Tags: #outages #Ukrenergo #schedules"]
EVENTS = [
 E("x20-1", "infrastructure_disruption", "2025-11-08", "RU", "UA", country("UA"), claimant="national grid operator",
   note="scheduled restrictions from tomorrow: industrial limits in all regions, household schedules in listed regions"),
 E("x20-2", "infrastructure_disruption", "2025-11-08", "RU", "UA", region("UA-30"), optional=True, note="listed"),
 E("x20-3", "infrastructure_disruption", "2025-11-08", "RU", "UA", region("UA-32"), optional=True, note="listed"),
 E("x20-4", "infrastructure_disruption", "2025-11-08", "RU", "UA", region("UA-74"), optional=True, note="listed"),
 E("x20-5", "infrastructure_disruption", "2025-11-08", "RU", "UA", region("UA-59"), optional=True, note="listed"),
 E("x20-6", "infrastructure_disruption", "2025-11-08", "RU", "UA", region("UA-63"), optional=True, note="listed"),
 E("x20-7", "infrastructure_disruption", "2025-11-08", "RU", "UA", region("UA-53"), optional=True, note="listed"),
 E("x20-8", "missile_artillery_strike", "2025-11-07", "RU", "UA", region("UA-63"), fam=["air_drone_strike"],
   target="energy", claimant="national grid operator", note="thermal power plant; weapon not said; 'no reports of casualties among energy workers' is too narrow for a 0"),
 E("x20-9", "missile_artillery_strike", "2025-11-07", "RU", "UA", region("UA-53"), fam=["air_drone_strike"],
   target="energy", claimant="national grid operator", note="two substations"),
 E("x20-10", "infrastructure_disruption", "2025-11-07", "RU", "UA", at("Kremenchuk"), note="emergency outages now in Poltava region incl. Kremenchuk"),
]
STATEMENTS = [S("Alla Kovtun", "UA", "The system is balanced, but it is working at the limit", "grid operator spokeswoman")]

def build():
    return article("x20", "2025-11-07", "Energy Desk Ukraine", "https://energydesk.example/power-grid/notices/2025-11-07-schedules-tomorrow",
                   "other: energy outage notice", "scheduled restrictions 'tomorrow' (event dated the next day); listed regions optional; attack on energy facilities without weapon named; cookie line, breadcrumb, Telegram prompt, tags; history 2022-2023; 'since October' tally not an event",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
