from common import E, L, R, C, N, W, S, gold

TITLE = "Four years on, Russia's war is a lesson in what force cannot buy"
TEXT = """The Meridian Ledger
OPINION | GUEST ESSAY
Four years on, Russia's war is a lesson in what force cannot buy
The Kremlin planned a three-day operation. It has spent four years learning why it failed — and it still has not drawn the right conclusions.
Marek Dorozhny is a senior fellow at the Baltic Forum for Security Studies in Riga and a former adviser to Estonia's defence ministry.
Tuesday, February 24, 2026 — 06:00 GMT
The views expressed are the author's own.

Last night, on the eve of the fourth anniversary of the full-scale invasion, Russia sent 140 attack drones and a handful of missiles against Ukrainian cities. In Kharkiv, a drone hit a student dormitory shortly after 2 a.m. and injured nine people, according to the city's mayor. It was, in its way, a fitting commemoration: four years after Russian columns crossed the border in the expectation of a parade in Kyiv, the Kremlin is reduced to terrorising students in a city its army never managed to enter.

It is worth remembering how confident Moscow was. On February 24, 2022, Russian paratroopers landed at the airfield at Hostomel, just north-west of Kyiv, in a helicopter assault that was supposed to open an air bridge for reinforcements. Ukrainian national guardsmen and an artillery unit fought them for the runway all that day, and the airfield was so badly damaged that the transport planes never came. Western intelligence services, and many analysts, including this one, expected Kyiv to fall within days. It did not, and the reasons are worth restating, because the same mistakes are being repeated.

Why the blitzkrieg failed

In 2022 Russia's blitzkrieg failed because it was designed for an opponent that did not exist. The plan assumed that Ukraine's government would flee, that its army would not fight and that much of its population would welcome, or at least tolerate, a new order. Russian units were sent forward with parade uniforms and three days of fuel. When the assumptions collapsed, the plan had no second act. Logistics broke down on the roads north of Kyiv, commanders could not talk to each other on secure radios, and the air force never won control of the sky.

The failure was not only military. The Kremlin's intelligence services had told the Russian president what he wanted to hear, and the president had surrounded himself with people who would not tell him anything else. Authoritarian systems are very good at suppressing bad news and very bad at acting on it. That, more than any single battle, explains why the Russian army spent the spring of 2022 retreating from the north, the autumn of 2022 retreating from Kharkiv region and the winter of 2022 retreating from the right bank of the Dnipro.

The high points of Ukraine's war came in that first year. On September 10, 2022, Ukrainian soldiers raised their flag over the city council building in Izium, the logistics hub from which Russia had hoped to encircle the Donbas. On November 11, 2022, Ukrainian troops entered Kherson, the only regional capital Russia had taken since the invasion, to crowds of weeping residents. Those two days convinced many in the West that Ukraine could win outright. That conviction, too, was a mistake — of a different kind.

The counterfactuals that haunt us

Historians of this war will spend decades arguing about the autumn of 2022. Had the West delivered tanks, long-range missiles and modern aircraft then, rather than a year later, Ukraine might have pressed its advantage before Russia mobilised and dug in. Had the 2023 counter-offensive been launched in the spring rather than in June, it might have reached the Sea of Azov before the minefields were laid. Had Washington not spent six months in 2024 arguing about an aid package, Avdiivka might not have fallen.

I am sceptical of most of these arguments. Counterfactuals are comforting because they suggest that the war was lost, or won, by a few decisions in a few capitals. The truth is messier. Russia's advantage in manpower and artillery was always going to tell over time unless Ukraine's partners were willing to match it with industry, and for most of the war they were not. Europe's defence industry produced fewer shells in 2023 than Russia fired in a single month, and the gap closed only slowly.

What Russia has learned, and what it has not

The Russian army of 2026 is not the army of 2022. It has learned to fight in small infantry groups, to use glide bombs and drones in enormous numbers and to accept casualties that would topple any democratic government. It advances slowly, but it advances. Since the start of 2025 it has taken a few thousand square kilometres of Donetsk region at a price Western estimates put at hundreds of thousands of killed and wounded.

What it has not learned is that force cannot buy what Moscow actually wants: a Ukraine that accepts Russian tutelage. Every drone that hits a dormitory in Kharkiv makes that outcome less likely, not more. Every captured village is a ruin whose former residents now live in Lviv or Warsaw and will never return to a Russian-ruled Donbas.

The talks and their limits

On Saturday, Russian and Ukrainian delegations met in Geneva for a third round of talks brokered by Washington. By all accounts the meeting was civil and short. The Russian side repeated its demand that Ukraine withdraw from the parts of Donetsk region it still holds, and the Ukrainian side repeated that it would not. "We are not going to trade cities for a signature," one member of the Ukrainian delegation, the deputy foreign minister Oleh Sushko, told reporters after the meeting. The delegations agreed only to meet again.

The Kremlin will likely use the talks to buy time for a spring offensive, as it did in 2025. If Ukraine's partners read the talks as a reason to slow their support, Moscow will have gained from diplomacy what it could not gain on the battlefield. If, on the other hand, Europe uses the time to build up its own arms production and to fund Ukraine's drone industry, the Kremlin may conclude by the end of the year that the war cannot be won at an acceptable price. Neither outcome is certain. What is certain is that the choice will be made in European capitals rather than in Geneva, and that it will be made this year.

What Europe should do

First, Europe should stop treating the war as a temporary emergency and start treating it as the central security problem of the decade. The European Council is due to decide in March on a new multi-year fund for Ukraine's defence industry; it should approve it without the usual months of haggling. Second, Europe should prepare for the possibility that Washington's interest will wane. The American administration has already reduced its deliveries of some weapons, and the next one may reduce them further. Third, European governments should stop pretending that sanctions alone will bring Russia to the table. Sanctions have raised the cost of the war for Russia; they have not made it unaffordable.

Fourth, and hardest, Europe should decide what it would do if the talks in Geneva produce a ceasefire. A ceasefire without guarantees would give Russia time to rebuild its army, as the ceasefires of 2014 and 2015 did in Donbas. A ceasefire with guarantees requires European governments to say, in advance and in public, what they would send and where they would station it. So far, none of them has.

None of this requires heroism. It requires the kind of patient, unglamorous spending on factories and stockpiles that European governments last undertook during the Cold War. "Deterrence is mostly a matter of boring things done consistently," my former colleague Liina Saar liked to say when she ran Estonia's defence planning. She was right then and she is right now.

A war of endurance

In the first year of the war, Ukrainians liked to say that they were fighting not only for themselves but for Europe. It sounded like rhetoric; it turned out to be a description. If Russia wins in Ukraine, the next Russian government will not stop at the Ukrainian border, and the Baltic states know it. If Russia is forced to accept that it cannot win, it will eventually, perhaps after this Kremlin, have to accept a Europe in which borders are not redrawn by force.

That is the stake of the war's fifth year. The Russian president still appears to believe that time is on his side: that Western voters will tire, that Ukraine's manpower will run out before Russia's money does, and that a ceasefire on his terms can be presented as victory. He was wrong about Ukraine in February 2022. Europe's task is to prove him wrong again — not with a single decisive battle, which will not come, but with the accumulation of unglamorous decisions that make his war unwinnable.

Four years ago, the Kremlin expected to hold a parade on Khreshchatyk within days. Instead, the only Russian military hardware on Kyiv's main street has been the burnt-out vehicles displayed there by Ukrainians every summer since 2022. That image is worth holding on to, on this anniversary more than ever.

Join the conversation: 312 comments
Most read in Opinion
The quiet collapse of Europe's arms-control architecture
Why Moldova's elections matter more than you think
Topics: Ukraine · Russia · Europe · Defence · War anniversary
Republish this essay under our Creative Commons terms
"""
DOC = {"id": "kb04", "date": "2026-02-24", "source": "The Meridian Ledger (opinion)",
       "url": "https://meridianledger.example.com/opinion/2026/02/24/four-years-russia-war-force-cannot-buy",
       "text": TEXT}

D = "2026-02-24"
EVENTS = [
    E("kb04-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", family=["air_drone_strike"],
      weapons=[W("drone", launched=N(140))],
      note="'Last night' in a piece published at 06:00 on the 24th = the 24th; 140 drones and 'a handful of missiles' "
           "(uncounted): a combined wave is typed by its heaviest weapon (EVENTS.md); as the missiles are not counted, "
           "the drone type is accepted too"),
    E("kb04-2", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(9), parent="kb04-1",
      note="drone hit a student dormitory 'shortly after 2 a.m.': 9 injured; the closing rhetorical reprise ('Every "
           "drone that hits a dormitory') is not a second event"),
    E("kb04-3", "armed_clash", "2022-02-24", L("Hostomel"), "RU", "UA",
      note="history with a day: the helicopter assault on the Hostomel airfield and the fight for the runway 'on "
           "February 24, 2022' is an event of that day (brief's convention); the airfield is coded to the town"),
    E("kb04-4", "territory_change", "2022-09-10", L("Izium"), "UA", "RU",
      note="history with a day: flag raised over Izium's council 'On September 10, 2022'"),
    E("kb04-5", "territory_change", "2022-11-11", L("Kherson"), "UA", "RU",
      note="history with a day: 'On November 11, 2022, Ukrainian troops entered Kherson'; the retreats of 'the spring/"
           "autumn/winter of 2022' without days are not events"),
    E("kb04-6", "diplomatic_contact", "2026-02-21", L("Geneva"), "RU", "UA",
      note="talks in Geneva 'On Saturday' (publication Tuesday 24 Feb) = 21 Feb; 'agreed only to meet again' is no "
           "agreement"),
]
STATEMENTS = [
    S("Oleh Sushko", "UA", "We are not going to trade cities for a signature", role="deputy foreign minister"),
    S("Liina Saar", "EE", "Deterrence is mostly a matter of boring things done consistently"),
]
MUST_NOT = ["The Meridian Ledger", "OPINION | GUEST ESSAY",
            "Marek Dorozhny is a senior fellow at the Baltic Forum for Security Studies in Riga and a former adviser to Estonia's defence ministry.",
            "Tuesday, February 24, 2026 — 06:00 GMT", "The views expressed are the author's own.",
            "Join the conversation: 312 comments", "Most read in Opinion",
            "The quiet collapse of Europe's arms-control architecture",
            "Why Moldova's elections matter more than you think",
            "Topics: Ukraine · Russia · Europe · Defence · War anniversary",
            "Republish this essay under our Creative Commons terms"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
