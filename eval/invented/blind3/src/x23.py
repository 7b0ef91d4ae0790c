from common import *

TITLE = "Live: Six killed in Kyiv after one of the largest attacks of the war; Ukrainian drones hit Tuapse"
TEXT = f"""Dnipro Daily — LIVE
{TITLE}
Friday, 19 June 2026 · Last update 17:30
This story is being updated
🔴 LIVE | 38 updates

17:30
The death toll in Kyiv's Sviatoshynskyi district has risen to six, the city military administration said. Twenty-four people were injured, 15 of them hospitalised. A missile hit the upper floors of a 16-storey residential building at about 4 a.m., and rescuers have now finished searching the rubble.

"We pulled a woman out alive after eleven hours. That is why we do not stop," said rescuer Vitalii Shevchuk.

Read also: Kyiv's air defence: how many interceptors are left?

16:00
Russia's defence ministry said its air defences had destroyed 40 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions.

14:20
Ukraine's General Staff confirmed that its drones hit the Tuapse oil refinery in Russia's Krasnodar region overnight. The regional governor's office said a fire broke out at the refinery after a drone attack and was put out by noon; no one was hurt.

12:05
In the Zaporizhzhia region, Russian artillery shelled Stepnohirsk this morning, killing a 53-year-old man, regional governor Ivan Fedko said.

Read also: Zaporizhzhia front: the villages that no longer exist

10:30
The air force has published its figures for the night: Russia launched 320 drones and 18 missiles - 12 Kh-101 cruise missiles and six Iskander-M ballistic missiles. Air defences shot down 290 of the drones and ten of the Kh-101s. Kyiv was the main target, it said.

09:15
In the Solomianskyi district of Kyiv, debris from a downed drone set fire to a warehouse. There were no casualties, the State Emergency Service said.

08:00
Kyiv's military administration said about 40 drones and eight missiles were destroyed over the capital during the attack, which lasted more than six hours.

07:30
Good morning. Explosions were heard across Kyiv from about 1 a.m., as Russia launched a combined attack on the capital and several regions. We will bring you updates throughout the day.

Support Dnipro Daily: donate | Subscribe to our WhatsApp channel
"""
MUST_NOT = ["Dnipro Daily — LIVE", "Friday, 19 June 2026 · Last update 17:30", "This story is being updated", "🔴 LIVE | 38 updates",
            "Read also: Kyiv's air defence: how many interceptors are left?",
            "Read also: Zaporizhzhia front: the villages that no longer exist",
            "Support Dnipro Daily: donate | Subscribe to our WhatsApp channel"]
EVENTS = [
 E("x23-1", "missile_artillery_strike", "2026-06-19", "RU", "UA", country("UA"),
   weapons=[W("drone", launched=n(320)), W("cruise_missile", "Kh-101", launched=n(12)), W("ballistic_missile", "Iskander-M", launched=n(6))],
   claimant="Ukrainian Air Force"),
 E("x23-2", "interception", "2026-06-19", "UA", "RU", country("UA"),
   weapons=[W("drone", intercepted=n(290)), W("cruise_missile", "Kh-101", intercepted=n(10))], claimant="Ukrainian Air Force"),
 E("x23-3", "missile_artillery_strike", "2026-06-19", "RU", "UA", at("Kyiv", name="Kyiv (Sviatoshynskyi district)"),
   weapons=[W("missile")], fat=6, inj=24, target="residential", parent="x23-1", claimant="Kyiv city military administration"),
 E("x23-4", "air_drone_strike", "2026-06-19", "RU", "UA", at("Kyiv", name="Kyiv (Solomianskyi district)"), fat=0, inj=0,
   parent="x23-1", claimant="State Emergency Service", note="debris of a downed drone"),
 E("x23-5", "interception", "2026-06-19", "UA", "RU", at("Kyiv"),
   weapons=[W("drone", intercepted=n(40, "about")), W("missile", intercepted=n(8))], claimant="Kyiv city military administration"),
 E("x23-6", "interception", "2026-06-19", "RU", "UA", country("RU"), weapons=[W("drone", intercepted=n(40))],
   claimant="Russian defence ministry"),
 E("x23-7", "interception", "2026-06-19", "RU", "UA", region("RU-BRY"), optional=True, note="listed region"),
 E("x23-8", "interception", "2026-06-19", "RU", "UA", region("RU-KRS"), optional=True, note="listed region"),
 E("x23-9", "interception", "2026-06-19", "RU", "UA", region("RU-BEL"), optional=True, note="listed region"),
 E("x23-10", "air_drone_strike", "2026-06-19", "UA", "RU", at("Tuapse"), fat=0, inj=0, target="energy",
   claimant="General Staff of Ukraine; Krasnodar governor's office"),
 E("x23-11", "missile_artillery_strike", "2026-06-19", "RU", "UA", at("Stepnohirsk"), weapons=[W("artillery")], fat=1,
   claimant="Zaporizhzhia governor Ivan Fedko"),
]
STATEMENTS = [S("Vitalii Shevchuk", "UA", "We pulled a woman out alive after eleven hours", "rescuer")]

def build():
    return article("x23", "2026-06-19", "Dnipro Daily", "https://dniprodaily.example/live/2026-06-19-kyiv-attack",
                   "live blog", "reverse chronological; two city districts of Kyiv with different weapons; coordinated counts (12 Kh-101 and six Iskander-M); follow-up counts; Russian interception tally over listed regions; Ukrainian strike in Russia; 'this morning'",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
