from common import *

TITLE = "Week in review: more than 1,000 drones, a deadly strike on Zaporizhzhia and pressure on Velyka Novosilka"
TEXT = f"""The Sunday Dispatch Weekly · Ukraine Briefing
{TITLE}
Our weekly round-up of the war, January 6-12, 2025
By Kateryna Holub
Monday, January 13, 2025
⏱ 11 min read

The week at a glance

Over the past week, Russia launched more than 1,050 attack drones, almost 850 guided aerial bombs and more than 20 missiles of various types against Ukraine, Ukrainian officials said on Sunday. The numbers have become so routine that they barely register abroad, yet they describe a war of attrition that is now fought as much in the air above Ukrainian cities as in the trenches of Donetsk.

The deadliest single attack of the week came on Wednesday, when two guided bombs hit an industrial plant in Zaporizhzhia during the afternoon shift change. Eleven people were killed and at least 30 wounded, the regional governor said. Photographs from the scene showed a bus with its windows blown out and workers being carried on doors used as stretchers.

The front

In the south of Donetsk region, Russian forces tightened the pressure on Velyka Novosilka, a small town whose importance lies in the roads that run through it. On Saturday, Russia's defence ministry claimed the capture of the village of Neskuchne, just north of the town. Ukrainian officials did not confirm the loss but acknowledged that the supply routes into Velyka Novosilka were under fire.

Near Pokrovsk, the General Staff counted 74 Russian assaults over the week. Russian forces have been trying to cut the roads west of the city since the autumn. The pace of their advance has slowed in recent weeks, analysts say, partly because of the cold and partly because of Ukrainian drone units that now account for a large share of Russian losses.

Our forecast from last month - that Russian forces would reach the administrative border of Dnipropetrovsk region by the end of January - now looks too pessimistic. The Russian command may instead focus on Pokrovsk and Kostiantynivka, which would let it claim most of Donetsk region by the summer. That is a judgement, not a certainty.

Strikes inside Russia

Ukraine continued to hit the infrastructure that feeds Russia's war. On Wednesday, Ukrainian drones struck an oil depot in Engels, in Russia's Saratov region, which supplies the strategic bomber base nearby. The fire burned for five days, according to Russian officials. Ukraine's General Staff said the depot was used to fuel the aircraft that launch cruise missiles at Ukrainian cities.

Diplomacy and aid

Defence ministers from about 50 countries met at Ramstein Air Base in Germany on Thursday for what is likely to be the last meeting of the Ukraine Defense Contact Group chaired by the outgoing US administration. The US announced a new military aid package worth $500 million on the same day. Ukrainian officials said they expected the new administration in Washington to keep the group going but could not say who would chair it.

The change of government in Washington on January 20 overshadows everything. Allies in Europe are trying to prepare for a range of outcomes, from continued American support to a sudden push for a ceasefire along the current lines. "Nobody knows what the first phone call will bring, and everyone is planning for the worst," a senior European diplomat told the Dispatch.

History keeps intruding. Commentators in Kyiv have drawn comparisons with the Korean War armistice of July 1953, which froze a front line that still divides the peninsula, and with the Minsk agreements of September 2014 and February 2015, which left Russian forces in Donbas and did not prevent the full-scale invasion in February 2022. Few Ukrainians want a repetition of either.

The economics of attrition

The weekly numbers matter less for what they destroy on any given night than for what they cost Ukraine to defend against. Each interceptor missile fired at a cheap decoy drone is an interceptor not available for a cruise missile aimed at a power plant. Ukrainian officials have repeatedly asked allies for more medium-range systems, but the supply depends on production lines in the United States and Europe that are already running at full capacity. Mobile fire groups with machine guns, electronic warfare and a growing fleet of interceptor drones have taken up part of the burden, and officials say they now account for a significant share of the drones shot down.

On the Russian side, the production of Shahed-type drones has moved almost entirely to domestic factories, and analysts estimate that output has risen several-fold since the beginning of last year. The glide bombs are cheaper still: converted from old free-fall munitions with a simple wing and guidance kit, they allow Russian aircraft to strike front-line towns from beyond the reach of most Ukrainian air defences. There is no sign that either trend will reverse soon.

Manpower remains Ukraine's most difficult problem. The mobilisation law adopted last spring has increased the flow of recruits, but commanders complain that new soldiers arrive with too little training and that some brigades remain badly under strength. Debate in parliament about lowering the minimum mobilisation age continues, with no decision expected this month.

Elsewhere

The war in Ukraine is not the only conflict testing Western attention. In the Middle East, Israeli air strikes on the Gaza Strip on Saturday killed at least 20 people, according to local health officials, as negotiators in Doha said a ceasefire deal was close. In Syria, the new authorities in Damascus are still consolidating control a month after the fall of the Assad government on December 8.

What to watch next week
- Whether Velyka Novosilka can be held or will be abandoned.
- Energy: temperatures are forecast to fall to minus 15C, which will test the grid after December's strikes.
- The first statements of the new US administration on Ukraine.

Photo: Rescuers at the industrial plant in Zaporizhzhia on January 8. (State Emergency Service of Ukraine)
This newsletter is free. Forward it to a friend | Unsubscribe | Manage preferences
"""
MUST_NOT = ["The Sunday Dispatch Weekly · Ukraine Briefing", "By Kateryna Holub", "⏱ 11 min read",
            "Photo: Rescuers at the industrial plant in Zaporizhzhia on January 8. (State Emergency Service of Ukraine)",
            "This newsletter is free. Forward it to a friend | Unsubscribe | Manage preferences"]
WK = dict(date_end="2025-01-12", precision="week", aggregate=True)
EVENTS = [
 E("x16-1", "missile_artillery_strike", "2025-01-06", "RU", "UA", country("UA"), fam=["air_drone_strike"],
   weapons=[W("drone", launched=n(1050, "at_least")), W("guided_bomb", launched=n(850, "almost")), W("missile", launched=n(20, "at_least"))],
   claimant="Ukrainian officials", **WK, note="weekly nationwide tally; 1,050 is a count, not a year"),
 E("x16-2", "air_drone_strike", "2025-01-08", "RU", "UA", at("Zaporizhzhia"), weapons=[W("guided_bomb", launched=n(2))],
   fat=11, inj=n(30, "at_least"), target="industrial", claimant="Zaporizhzhia regional governor"),
 E("x16-3", "territory_change", "2025-01-11", "RU", "UA", at("Neskuchne"), claimant="Russian defence ministry (not confirmed by Ukraine)"),
 E("x16-4", "armed_clash", "2025-01-06", "RU", "UA", near("Pokrovsk", "near Pokrovsk"), claimant="General Staff of Ukraine", **WK,
   note="74 assaults over the week"),
 E("x16-5", "air_drone_strike", "2025-01-08", "UA", "RU", at("Engels"), target="energy", claimant="Russian officials; General Staff of Ukraine"),
 E("x16-6", "diplomatic_contact", "2025-01-09", None, None, at("Ramstein"), note="Ukraine Defense Contact Group meeting"),
 E("x16-7", "policy_decision", "2025-01-09", "US", "UA", country("US"), note="$500 million aid package"),
 E("x16-8", "missile_artillery_strike", None, "RU", "UA", at("Velyka Novosilka"), fam=["air_drone_strike", "armed_clash"],
   optional=True, precision="unknown", note="supply routes 'under fire', undated"),
 E("x16-9", "air_drone_strike", "2025-01-11", "IL", "PS", at("Gaza", name="Gaza Strip"), fat=n(20, "at_least"), optional=True,
   note="another conflict mentioned in passing"),
]
STATEMENTS = [S("senior European diplomat", None, "Nobody knows what the first phone call will bring", "anonymous diplomat")]

def build():
    return article("x16", "2025-01-13", "The Sunday Dispatch Weekly", "https://sundaydispatch.example/newsletters/ukraine-briefing/2025-01-13",
                   "long analytical (weekly round-up newsletter)", "week aggregate with four-digit counts (1,050 drones, 850 bombs); 'on Wednesday/Saturday/Thursday' resolved in a Monday issue; forecasts; history (Korea 1953, Minsk 2014/2015, Feb 2022); another conflict (Gaza, optional; Syria Dec 8 history); newsletter furniture",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
