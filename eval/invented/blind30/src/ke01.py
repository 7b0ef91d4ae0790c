from common import E, L, R, C, N, W, S, gold

TITLE = "Kursk incursion, day eight: what we know so far"
TEXT = """THE HARBOUR TRIBUNE
📱 Read this story in the Harbour Tribune app — faster, with alerts. Open app
World › Europe › Ukraine
Kursk incursion, day eight: what we know so far
Updated 17 minutes ago
Key points
• Kyiv says its troops hold about 1,000 square kilometres of Russian territory
• Drone debris injures 13 people in the city of Kursk
• Moscow moves reserves toward the border
Ukraine's cross-border operation in Russia's Kursk region entered its eighth day on Tuesday, with both armies reporting heavy fighting around the small town of Sudzha and Moscow rushing reinforcements to the area. Here is what we know.

1. How far have Ukrainian troops gone?
Ukraine's commander-in-chief said on Monday that his forces now controlled about 1,000 square kilometres of the Kursk region. The figure could not be independently verified, and Russian officials have given much smaller estimates.

Video geolocated by open-source researchers showed Ukrainian armoured vehicles in the centre of Sudzha, a town of about 5,000 people that hosts a gas metering station. A Russian military blogger wrote that "the fighting in Sudzha went on all of Monday, street by street".

2. What does Moscow say?
Russia's Defence Ministry said on Tuesday that over the past day its troops had thwarted attempts by Ukrainian "mobile groups" to break through near Korenevo, about 30 km north-west of Sudzha. It also said air defences had destroyed 11 Ukrainian drones over the Kursk region and four over the Belgorod region overnight.

The ministry claimed that Ukraine had lost up to 2,000 troops since the start of the incursion, a figure that cannot be checked.

3. Civilians
Debris from a drone shot down over Kursk fell on a nine-storey apartment block late on Monday, injuring 13 people, two of them seriously, the acting regional governor said on Telegram.

"We heard a whistle and then the whole stairwell was full of glass," said Lyudmila Zaitseva, 64, who lives on the fifth floor.

Officials in the neighbouring Belgorod region said on Monday they had ordered residents of several border villages to leave. The Kursk governor has said that more than 121,000 people have left the border districts since last week.

4. Reinforcements
Columns of Russian military trucks and tanks were filmed on Monday on the road near Rylsk, heading toward the front, and Russian state television showed conscripts arriving in the region.

5. How did it start?
The operation began before dawn on August 6, when Ukrainian units crossed the border near Sudzha after a short artillery barrage, taking Russian border guards by surprise.

6. What comes next?
Analysts say Kyiv may want to use the captured ground as a bargaining chip in any future talks, or to force Russia to pull troops away from the Donetsk region. Neither goal has been confirmed by Ukrainian officials.

"Holding ground is much harder than taking it. The next two weeks will tell us whether this was a raid or a new front," said Niamh Gallagher, a defence analyst at the Liffey Institute for Security Studies.

Aoife Brennan is the Harbour Tribune's Europe correspondent. She has covered the war in Ukraine since 2014.
🎧 New episode of The Briefing Room: why Kursk? Listen now
👍 1.2K   😮 318   😢 77
"""
DOC = {"id": "ke01", "date": "2024-08-13", "source": "The Harbour Tribune (Irish daily)",
       "url": "https://harbourtribune.example/world/europe/2024/08/13/kursk-incursion-day-eight-what-we-know", "text": TEXT}

D = "2024-08-13"
Y = "2024-08-12"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("ke01-1", "territory_change", Y, R("RU-KRS", "Kursk region"), "UA", "RU", family=["armed_clash"],
      claimant="Ukraine's commander-in-chief",
      note="'said on Monday that his forces now controlled about 1,000 square kilometres of the Kursk region': a "
           "capture claim dated the day it was made, region only (blind8 call 8)"),
    E("ke01-2", "armed_clash", Y, L("Sudzha"), "UA", "RU",
      note="'the fighting in Sudzha went on all of Monday' with Ukrainian vehicles in the town centre; the Ukrainian "
           "side attacks, so actor1 UA"),
    E("ke01-3", "armed_clash", Y, L("Korenevo", 2, "near Korenevo"), "UA", "RU", end=D, prec="range",
      claimant=MOD, note="MoD 'over the past day … thwarted attempts … to break through near Korenevo': past-day range "
      "in a Tuesday report; the attacker (UA) is actor1; 'up to 2,000 troops since the start' is a cumulative loss claim, "
      "not an event"),
    E("ke01-4", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant=MOD, note="regional count of downed drones 'overnight' in a Tuesday report: required (rule 3)"),
    E("ke01-5", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(4))],
      claimant=MOD, note="regional count 'four over the Belgorod region overnight': required"),
    E("ke01-6", "air_drone_strike", Y, L("Kursk"), "UA", "RU", inj=N(13), weapons=[W("drone")],
      claimant="acting Kursk region governor",
      note="debris of a drone shot down over the city fell on an apartment block 'late on Monday': a drone-type strike "
           "on the city, 13 injured"),
    E("ke01-7", "military_mobilization", Y, L("Rylsk", 2, "road near Rylsk"), "RU", None,
      note="columns 'filmed on Monday on the road near Rylsk, heading toward the front': troop movement of the "
           "deploying state near the named town (precision 2); conscripts 'arriving in the region' is the same movement"),
    E("ke01-8", "armed_clash", "2024-08-06", L("Sudzha", 2, "near Sudzha"), "UA", "RU", family=["territory_change"],
      note="recalled start 'before dawn on August 6, when Ukrainian units crossed the border near Sudzha': a recalled "
           "event with a resolvable day is required; crossing with a barrage against border guards = clash "
           "(territory_change accepted)"),
    E("ke01-9", "policy_decision", Y, R("RU-BEL", "Belgorod region"), "RU", None, optional=True,
      note="evacuation order for 'several border villages' said on Monday: optional (blind8 call 10); the 121,000 who "
           "'have left … since last week' is a cumulative figure, no event"),
]
STATEMENTS = [
    S("Lyudmila Zaitseva", "RU", "the whole stairwell was full of glass", "Kursk resident"),
    S("Niamh Gallagher", None, "Holding ground is much harder than taking it", "defence analyst"),
]
MUST_NOT = ["THE HARBOUR TRIBUNE", "📱 Read this story in the Harbour Tribune app — faster, with alerts. Open app",
            "World › Europe › Ukraine", "Updated 17 minutes ago", "Key points",
            "• Kyiv says its troops hold about 1,000 square kilometres of Russian territory",
            "• Drone debris injures 13 people in the city of Kursk", "• Moscow moves reserves toward the border",
            "Aoife Brennan is the Harbour Tribune's Europe correspondent. She has covered the war in Ukraine since 2014.",
            "🎧 New episode of The Briefing Room: why Kursk? Listen now", "👍 1.2K   😮 318   😢 77"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
