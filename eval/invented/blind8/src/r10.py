from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war live: Moscow claims Hirnyk as street fighting reaches Selydove; 95 PoWs freed in swap"
TEXT = """The Daily Sentinel
World | Europe | Ukraine
LIVE
Russia-Ukraine war live: Moscow claims Hirnyk as street fighting reaches Selydove; 95 PoWs freed in swap
Updated 19:12 BST, Thursday 24 October 2024
Live coverage by Hannah Reeve and Tomasz Wilk

Summary
- Russia's defence ministry says its troops have captured Hirnyk, a mining town south-east of Selydove. Ukraine has not confirmed the loss.
- Ukraine's military says Russian assault groups have entered the eastern outskirts of Selydove and street fighting is under way.
- Ninety-five Ukrainian prisoners of war have returned home in an exchange mediated by the United Arab Emirates.
- A Russian glide bomb killed one person and injured 12 in Kharkiv.
- Russia attacked Ukraine overnight with 100 drones and two ballistic missiles; 66 drones were shot down.
- The Netherlands has pledged €400m for Ukrainian drone production.

19:05 BST
Ukrainian foreign minister in Ankara

Ukraine's foreign minister met his Turkish counterpart in Ankara this evening, the Turkish foreign ministry said, in talks focused on Black Sea shipping and the return of Ukrainian civilians held by Russia.

Turkey has offered to host a new round of talks on the safety of navigation, but there is no sign yet that Moscow would attend.
Share

17:40 BST
95 Ukrainian PoWs come home

Ninety-five Ukrainian prisoners of war have returned home after a swap for the same number of Russian soldiers, Ukraine's coordination headquarters for the treatment of PoWs says. The exchange was mediated by the United Arab Emirates.

Among those freed are defenders of Mariupol and border guards captured in the first weeks of the full-scale invasion, the headquarters said.

"Some of these men have been in captivity for more than two and a half years. Every one of them had to be fought for," said Bohdan Okhrimenko, a spokesman for the headquarters.

The last exchange took place on 18 October, when 95 prisoners were also swapped.
Share

16:20 BST
Fighting in Selydove, Russia claims Hirnyk

Russian assault groups have entered the eastern outskirts of Selydove and street fighting is under way, a spokesman for Ukraine's forces in the area told national television this afternoon. "The town is not encircled, and we are holding the centre," he said.

Earlier on Thursday, Russia's defence ministry said its troops had "liberated" Hirnyk, about 10km south-east of Selydove. Ukraine's general staff did not mention the town in its evening update, and the claim could not be independently verified.

Analysis: Selydove sits on one of the last supply roads into Pokrovsk from the south. Military analysts say that if it falls, Russian forces could try to cut the road between Pokrovsk and Kostiantynivka within weeks, although the pace of the Russian advance has slowed since September.
Share

14:10 BST
Kremlin: no ceasefire 'on the agenda'

Kremlin spokesman Stanislav Gorbunov told reporters a ceasefire was "not on the agenda" and that Russia would negotiate only on the basis of "the realities on the ground".

"If the West allows Kyiv to strike deep into Russia with its missiles, we will consider it direct participation in the war," Gorbunov said, repeating a familiar warning. He denied that Russian forces had struck a hospital in Kharkiv last week.
Share

13:25 BST
Analysis: why October has been Russia's costliest month

Russian forces have gained more ground in October than in any month since the spring of 2022, but at a price: Ukrainian commanders say Moscow is losing well over a thousand men a day in the Pokrovsk and Kurakhove sectors. Western officials expect the tempo to fall once the autumn rains set in, though they warned the same thing last year and were proved wrong.

Elsewhere in the south, Russian shelling killed a 70-year-old man in Orikhiv in the Zaporizhzhia region on Wednesday evening, the regional governor said.
Share

12:30 BST
Glide bomb hits Kharkiv

A Russian guided aerial bomb hit an industrial site in Kharkiv's Industrialnyi district around noon local time, killing one person and injuring 12, regional head Vadym Koval said on Telegram.

Rescuers are searching for two people who may be trapped under the rubble of a warehouse, he said.
Share

11:00 BST
Netherlands pledges €400m for drones

The Dutch government has announced €400m to finance the production of long-range and reconnaissance drones in Ukraine, defence minister Ruben Dekker said in The Hague.

"Ukrainian engineers build drones faster and cheaper than anyone in Europe. We should pay them to do it," Dekker said. The first contracts could be signed before the end of the year, he added.
Share

09:20 BST
Overnight: 100 drones and two Iskanders

Russia attacked Ukraine overnight with 100 Shahed-type drones and two Iskander-M ballistic missiles, Ukraine's air force says. Air defences shot down 66 drones over 13 regions; another 24 were "locationally lost", most likely jammed by electronic warfare. Neither missile was intercepted.

In Kyiv, where 18 drones were destroyed on approach to the capital, falling debris damaged cars in the Darnytskyi district and injured a 58-year-old man, the city military administration said.

One of the Iskander-M missiles hit an infrastructure facility in the Chernihiv region, injuring two workers, the regional governor said. In Nizhyn, in the same region, a drone damaged an energy facility, and part of the town is without power.

Drones were also shot down over the Sumy, Poltava and Cherkasy regions.

"The enemy keeps changing routes and altitudes to find gaps in our defence," air force spokesman Taras Khomenko said.
Share

08:00 BST
Russia says 22 Ukrainian drones downed

Russia's defence ministry says its air defences destroyed 22 Ukrainian drones overnight, 13 of them over the Bryansk region and the rest over the Kursk and Oryol regions.

The governor of the Bryansk region said debris had damaged the roof of a house in the city of Bryansk. No one was hurt, he said.
Share

07:30 BST
Welcome and recap

Good morning and welcome to today's live coverage of the war in Ukraine. Here is a quick recap of what happened yesterday:

G7 finance ministers meeting in Washington agreed on Wednesday on the details of a $50bn loan for Ukraine that will be repaid with the proceeds of frozen Russian assets. The first money is expected to arrive in December.

Ukraine's parliament is expected to vote next week on a bill that would lower the age of some volunteer contracts. Since the start of October, Russia has launched more than 1,100 drones at Ukraine, according to the air force.
Share

Sign up to the Sentinel Morning Brief
Most viewed
"""
DOC = {"id": "r10", "date": "2024-10-24", "source": "The Daily Sentinel (live blog)",
       "url": "https://www.dailysentinel.example/world/live/2024/oct/24/russia-ukraine-war-live", "text": TEXT}

D = "2024-10-24"
EVENTS = [
    E("r10-1", "diplomatic_contact", D, L("Ankara"), "UA", "TR", claimant="Turkish foreign ministry"),
    E("r10-2", "agreement", D, C(None, "unspecified"), "UA", "RU", claimant="Ukrainian coordination headquarters",
      note="95-for-95 PoW exchange, no place given"),
    E("r10-3", "agreement", "2024-10-18", C(None, "unspecified"), "UA", "RU", optional=True,
      note="previous exchange recalled with its date"),
    E("r10-25", "missile_artillery_strike", "2024-10-14", L("Kharkiv"), "RU", "UA", prec="week", end="2024-10-20",
      optional=True, family=["air_drone_strike"],
      note="hospital strike 'last week' known only through the Kremlin's denial"),
    E("r10-4", "armed_clash", D, L("Selydove"), "RU", "UA", claimant="Ukrainian forces spokesman",
      note="street fighting on the eastern outskirts"),
    E("r10-5", "territory_change", D, L("Hirnyk"), "RU", "UA", claimant="Russian defence ministry",
      note="claimed on Thursday, not confirmed by Ukraine"),
    E("r10-6", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Industrialnyi district"), "RU", "UA", fat=N(1),
      inj=N(12), weapons=[W("guided_bomb")], claimant="Vadym Koval"),
    E("r10-7", "policy_decision", D, L("The Hague"), "NL", None, claimant="Ruben Dekker"),
    E("r10-8", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(100)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      claimant="Ukrainian air force"),
    E("r10-9", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(66))],
      claimant="Ukrainian air force", note="'Neither missile was intercepted'; locationally lost not counted"),
    E("r10-10", "interception", D, L("Kyiv"), "UA", "RU", weapons=[W("drone", intercepted=N(18))],
      claimant="Kyiv city military administration"),
    E("r10-11", "air_drone_strike", D, L("Kyiv", 1, "Kyiv, Darnytskyi district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="r10-8", claimant="Kyiv city military administration"),
    E("r10-12", "missile_artillery_strike", D, R("UA-74", "Chernihiv region"), "RU", "UA", inj=N(2),
      weapons=[W("ballistic_missile", "Iskander-M")], parent="r10-8", claimant="Chernihiv regional governor"),
    E("r10-13", "air_drone_strike", D, L("Nizhyn"), "RU", "UA", weapons=[W("drone")], parent="r10-8"),
    E("r10-14", "infrastructure_disruption", D, L("Nizhyn"), "RU", "UA"),
    E("r10-15", "interception", D, R("UA-59", "Sumy region"), "UA", "RU", optional=True, note="listed region"),
    E("r10-16", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", optional=True, note="listed region"),
    E("r10-17", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", optional=True, note="listed region"),
    E("r10-18", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(22))],
      claimant="Russian defence ministry"),
    E("r10-19", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(13))],
      claimant="Russian defence ministry"),
    E("r10-20", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, note="listed region"),
    E("r10-21", "interception", D, R("RU-ORL", "Oryol region"), "RU", "UA", optional=True, note="listed region"),
    E("r10-22", "air_drone_strike", D, L("Bryansk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Bryansk governor", note="debris on a house roof"),
    E("r10-24", "missile_artillery_strike", "2024-10-23", L("Orikhiv"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], claimant="Zaporizhzhia regional governor", note="'on Wednesday evening'"),
    E("r10-23", "policy_decision", "2024-10-23", L("Washington"), None, "RU", claimant="The Daily Sentinel",
      note="G7 finance ministers agreed the loan details on Wednesday; disbursement 'expected' is not an event"),
]
STATEMENTS = [
    S("Bohdan Okhrimenko", "UA", "Every one of them had to be fought for", "coordination headquarters spokesman"),
    S("Stanislav Gorbunov", "RU", "we will consider it direct participation in the war", "Kremlin spokesman"),
    S("Ruben Dekker", "NL", "We should pay them to do it", "Dutch defence minister"),
    S("Taras Khomenko", "UA", "keeps changing routes and altitudes", "air force spokesman"),
]
MUST_NOT = ["The Daily Sentinel", "World | Europe | Ukraine", "Updated 19:12 BST, Thursday 24 October 2024",
            "Live coverage by Hannah Reeve and Tomasz Wilk", "Sign up to the Sentinel Morning Brief", "Most viewed"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
