from common import E, L, R, C, N, W, S, gold

TITLE = "Explained: Russia's jet-powered Geran drones, and why they are harder to stop"
TEXT = """CROSSROADS DAILY
Menu  World  Politics  Defense  Tech  Opinion  Podcasts
EXPLAINER
Explained: Russia's jet-powered Geran drones, and why they are harder to stop
Faster and higher-flying, the new version of Russia's workhorse attack drone is forcing Ukraine to rethink a defense it spent three years building.
By Claire Whitmore, Defense Correspondent
January 29, 2026 at 6:00 a.m. EST
Listen · 9 min
Gift Article

For most of the war, the sound of a Russian attack drone over a Ukrainian city was a low, lawnmower buzz. It gave people time to run to shelters and gave mobile air-defense teams time to aim their machine guns. A new, jet-powered version of the drone is changing that.

On Tuesday night, a jet-powered Geran-3 struck an electricity substation in the Brovary district just east of Kyiv, the regional administration said, the first confirmed hit by the new model so close to the capital. No one was injured, but several thousand households lost power for most of the night.

Here is what we know about the drone and why it matters.

What is the Geran-3?

The original Geran-2 is the Russian-made version of Iran's Shahed-136: a delta-winged drone with a propeller engine, a warhead of about 50 kilograms and a cruising speed of roughly 115 miles per hour. Russia first used Iranian-supplied Shaheds against Ukraine in the autumn of 2022 and later moved production to a plant in the Alabuga special economic zone in Tatarstan, more than 600 miles east of Moscow.

The Geran-3 keeps the same basic airframe but replaces the propeller with a small turbojet engine. Ukrainian intelligence officials say it can fly at more than 230 miles per hour and at higher altitude. The first jet-powered variants were spotted over Ukraine early last year; they have appeared in much larger numbers since the autumn.

Why are they harder to shoot down?

Ukraine's answer to the propeller drones has been layered: electronic jamming, mobile fire teams with machine guns on pickup trucks, helicopters and, increasingly, cheap interceptor drones that ram their targets.

Speed undoes much of that. "A fire team that had a minute to engage a Shahed now has 20 or 30 seconds. Many of the older interceptors simply cannot catch it," said Yurii Boiko, a spokesman for Ukraine's air force. The jets, he said, still make up a small share of each attack but account for a growing share of the drones that get through.

Last week, interceptor drones operated by a volunteer unit shot down two jet-powered Gerans over the Chernihiv region, the air force said, one of the first successes of its kind.

How does Ukraine count them?

The air force's daily reports give two numbers: how many drones were launched and how many were "shot down or suppressed". The gap between the two has widened since the jets appeared, although the air force does not break the figures down by model every day. Decoys without warheads, which Russia sends to exhaust air defenses, are counted together with attack drones, which makes the share of real threats hard to judge from the outside.

Ukrainian officials have also become more cautious about publishing where drones fall, after Russian military bloggers were seen using local reports to correct their aim. Regional administrations now often wait several hours before naming the places that were hit.

How many are there?

Nobody outside Russia knows for certain. Over the past week, Russia launched more than 1,200 attack and decoy drones at Ukraine, about 60 of them jet-powered, according to Ukraine's air force. In December, the air force counted more than 4,900 drones in total.

Analysts say the limit is engines, not airframes. "If Russia can scale up turbojet production, the jets stop being a novelty and become the standard," said Marta Lindqvist, a drone researcher at the Stockholm-based Nordic Institute for Security Studies. "That would be a very different air war." She said it was unclear whether Russia could source enough engines while under sanctions.

What is Ukraine doing about it?

Ukraine is trying to build faster interceptors of its own. On Monday, the Cabinet of Ministers allocated an additional 6 billion hryvnias (about $145 million) for interceptor drones and radar, according to a government statement. Officials have also asked allies for more short-range missiles, which are expensive but fast enough.

Kyiv has asked Western partners to help it strike the Alabuga plant itself, something Ukraine's long-range drones have attempted before. Western officials have not said whether they would support such strikes.

What happens next?

Ukrainian officials expect Russia to use the jets mainly against energy infrastructure for the rest of the winter, when each hit on a substation can leave tens of thousands of homes without heat. Some analysts think Moscow will hold back larger numbers for a spring offensive.

"The question is not whether they will get through — some always do," Boiko said. "The question is whether we can keep the lights on while we adapt."

Claire Whitmore covers defense and national security. She has reported from Ukraine since 2022.

Most Read
1. Markets slide as tariff deadline nears
2. Winter storm to bring heavy snow to the Northeast
3. Opinion: The quiet crisis in America's nursing homes

Crossroads Daily © 2026 All Rights Reserved. Terms of Use | Privacy Policy | Cookie Settings
"""
DOC = {"id": "m12", "date": "2026-01-29", "source": "Crossroads Daily",
       "url": "https://www.crossroadsdaily.example/world/2026/01/29/russia-geran-3-jet-drone-explained/", "text": TEXT}

D = "2026-01-29"
EVENTS = [
    E("m12-1", "air_drone_strike", "2026-01-27", L("Brovary", 2, "Brovary district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "Geran-3")], claimant="Kyiv regional administration",
      note="'On Tuesday night' in a Thursday piece = Tuesday 27 Jan; the Brovary district of the Kyiv region (UA-32, "
           "not Kyiv city) at Brovary's point, precision 2; 'No one was injured' = 0/0"),
    E("m12-2", "infrastructure_disruption", "2026-01-27", L("Brovary", 2, "Brovary district"), "RU", "UA",
      claimant="Kyiv regional administration", note="several thousand households without power for most of the night"),
    E("m12-3", "interception", "2026-01-19", R("UA-74", "Chernihiv region"), "UA", "RU", end="2026-01-25", prec="week",
      weapons=[W("drone", "Geran-3", intercepted=N(2))], claimant="Ukrainian air force",
      note="'Last week' in a Thursday piece = the previous calendar week, 19-25 Jan: required with week precision "
           "(blind4 call 5)"),
    E("m12-4", "air_drone_strike", "2026-01-23", C("UA", "Ukraine"), "RU", "UA", end=D, prec="week", agg=True,
      weapons=[W("drone", launched=N(1200, "at_least"))], claimant="Ukrainian air force",
      note="'Over the past week' = 23-29 Jan: weekly aggregate; 'about 60 of them jet-powered' is a sub-count, not a "
           "second weapon"),
    E("m12-5", "air_drone_strike", "2025-12-01", C("UA", "Ukraine"), "RU", "UA", end="2025-12-31", prec="month",
      agg=True, optional=True, weapons=[W("drone", launched=N(4900, "at_least"))], claimant="Ukrainian air force",
      note="monthly total for December: optional aggregate"),
    E("m12-6", "policy_decision", "2026-01-26", C("UA", "Ukraine"), "UA", None, claimant="Cabinet of Ministers",
      note="'On Monday' (26 Jan) the cabinet allocated funds for interceptor drones; no place named -> country "
           "(blind4 call 12)"),
]
STATEMENTS = [
    S("Yurii Boiko", "UA", "Many of the older interceptors simply cannot catch it", "air force spokesman"),
    S("Yurii Boiko", "UA", "whether we can keep the lights on while we adapt", "air force spokesman"),
    S("Marta Lindqvist", None, "the jets stop being a novelty and become the standard", "drone researcher"),
]
MUST_NOT = ["CROSSROADS DAILY", "Menu  World  Politics  Defense  Tech  Opinion  Podcasts", "EXPLAINER",
            "By Claire Whitmore, Defense Correspondent", "January 29, 2026 at 6:00 a.m. EST", "Listen · 9 min",
            "Gift Article", "Claire Whitmore covers defense and national security. She has reported from Ukraine since 2022.",
            "Most Read", "1. Markets slide as tariff deadline nears", "2. Winter storm to bring heavy snow to the Northeast",
            "3. Opinion: The quiet crisis in America's nursing homes",
            "Crossroads Daily © 2026 All Rights Reserved. Terms of Use | Privacy Policy | Cookie Settings"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
