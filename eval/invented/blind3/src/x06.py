from common import *

TITLE = "Russia-Ukraine war live: Kryvyi Rih death toll rises to 12; emergency power cuts across Ukraine"
TEXT = f"""Kyiv Morning Post
LIVE
{TITLE}
Last updated: 15 January 2023, 18:40 Kyiv time
This story is being updated

18:40
The death toll from Saturday's missile strike on an apartment block in Kryvyi Rih has risen to 12, the city's military administration said. Sixty-four people were injured, nine of them children. Rescuers are still working at the site, where a whole section of the five-storey building collapsed after the missile hit on Saturday afternoon.

Read also: How Ukraine's grid survives a winter of strikes

17:05
The national grid operator introduced emergency power cuts in Kyiv and in the Kharkiv, Odesa, Lviv and Dnipropetrovsk regions after Saturday's strikes on energy facilities. Scheduled outages will remain in place at least until Monday, it said.

15:30
Ukraine's General Staff said in its evening update that its forces had repelled attacks near Soledar and Bakhmut over the past day. "The enemy is throwing wave after wave at Soledar, and our soldiers are holding," said Serhiy Dovbush, a spokesman for the eastern group of forces.

13:10
Russia's defence ministry has repeated its claim that its forces completed the capture of Soledar on Friday evening. Kyiv denies that the town has fallen and says fighting continues in its western part.

Read also: Soledar: what is at stake in the salt-mining town

11:00
In Kharkiv, Saturday's strikes hit energy infrastructure in the city and the Kharkiv district, regional governor Viktor Sahan said. There were no casualties in the region, he said.

09:20
The air force has published its summary of Saturday's attack: Russia fired 38 missiles at Ukraine, including Kh-101 and Kh-555 cruise missiles launched from strategic bombers over the Caspian Sea, and 25 of them were shot down.

"Twenty-five out of 38 is a good result, but every missile that gets through can bring down a whole building," air force spokesman Ihor Berest told national television.

08:15
Kyiv's military administration said air defences destroyed all five missiles aimed at the capital on Saturday. Debris fell on a private house in the Holosiivskyi district, damaging its roof; no one was hurt.

08:00
Welcome to our live coverage of Russia's war in Ukraine. Yesterday's updates are here.

Britain said on Saturday it would send Challenger 2 tanks to Ukraine, the first Western main battle tanks pledged to Kyiv. Poland has said it could send Leopard tanks as part of a coalition, but only with Germany's consent.

Read also: Which Western tanks could reach Ukraine this spring?
Follow the Kyiv Morning Post on Telegram and Instagram
"""
MUST_NOT = ["Kyiv Morning Post", "This story is being updated", "Read also: How Ukraine's grid survives a winter of strikes",
            "Read also: Soledar: what is at stake in the salt-mining town",
            "Read also: Which Western tanks could reach Ukraine this spring?",
            "Welcome to our live coverage of Russia's war in Ukraine. Yesterday's updates are here.",
            "Follow the Kyiv Morning Post on Telegram and Instagram"]
EVENTS = [
 E("x06-1", "missile_artillery_strike", "2023-01-14", "RU", "UA", country("UA"),
   weapons=[W("missile", launched=n(38))], claimant="Ukrainian Air Force", note="nationwide wave"),
 E("x06-2", "interception", "2023-01-14", "UA", "RU", country("UA"),
   weapons=[W("missile", intercepted=n(25))], claimant="Ukrainian Air Force"),
 E("x06-3", "missile_artillery_strike", "2023-01-14", "RU", "UA", at("Kryvyi Rih"), weapons=[W("missile")],
   fat=12, inj=64, target="residential", parent="x06-1", claimant="Kryvyi Rih military administration"),
 E("x06-4", "infrastructure_disruption", "2023-01-15", "RU", "UA", country("UA"), claimant="national grid operator",
   note="emergency cuts in Kyiv and four listed regions; 'introduced' on the day of the update"),
 E("x06-5", "infrastructure_disruption", "2023-01-15", "RU", "UA", region("UA-30"), optional=True),
 E("x06-6", "infrastructure_disruption", "2023-01-15", "RU", "UA", region("UA-63"), optional=True),
 E("x06-7", "infrastructure_disruption", "2023-01-15", "RU", "UA", region("UA-51"), optional=True),
 E("x06-8", "infrastructure_disruption", "2023-01-15", "RU", "UA", region("UA-46"), optional=True),
 E("x06-9", "infrastructure_disruption", "2023-01-15", "RU", "UA", region("UA-12"), optional=True),
 E("x06-10", "armed_clash", "2023-01-14", "RU", "UA", near("Soledar", "near Soledar"), date_end="2023-01-15",
   claimant="General Staff of Ukraine"),
 E("x06-11", "armed_clash", "2023-01-14", "RU", "UA", near("Bakhmut", "near Bakhmut"), date_end="2023-01-15",
   claimant="General Staff of Ukraine"),
 E("x06-12", "territory_change", "2023-01-13", "RU", "UA", at("Soledar"),
   claimant="Russian defence ministry (denied by Kyiv)"),
 E("x06-13", "missile_artillery_strike", "2023-01-14", "RU", "UA", at("Kharkiv"), fat=0, inj=0, target="energy",
   parent="x06-1", claimant="Kharkiv governor Viktor Sahan",
   note="city and Kharkiv district; 'no casualties in the region'"),
 E("x06-14", "interception", "2023-01-14", "UA", "RU", at("Kyiv"), weapons=[W("missile", intercepted=n(5))],
   claimant="Kyiv city military administration"),
 E("x06-15", "missile_artillery_strike", "2023-01-14", "RU", "UA", at("Kyiv", name="Kyiv (Holosiivskyi district)"),
   fat=0, inj=0, target="residential", parent="x06-1", note="debris damage"),
 E("x06-16", "policy_decision", "2023-01-14", "GB", "UA", country("GB"), claimant="British government",
   note="tank pledge; Poland's 'could send' is not an event"),
]
STATEMENTS = [
 S("Serhiy Dovbush", "UA", "The enemy is throwing wave after wave at Soledar", "spokesman, eastern group of forces"),
 S("Ihor Berest", "UA", "every missile that gets through can bring down a whole building", "air force spokesman"),
]

def build():
    return article("x06", "2023-01-15", "Kyiv Morning Post", "https://kyivmorningpost.example/live/2023-01-15-russia-ukraine-war",
                   "live blog", "reverse chronological; 'Read also' lines; 'This story is being updated'; wave with launched/shot-down counts; claim and denial of a capture; launch area (Caspian) not a target; debris damage; listed regions optional; aid pledge vs 'could send'",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
