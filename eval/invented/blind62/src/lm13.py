from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT

TITLE = "Week 8: three airfields in seven days, and what the imagery does and does not show"
TEXT = """THE LONG REACH
Notes on long-range strike in the Russia-Ukraine war
Home | Archive | Maps | About | Subscribe
Week 8: three airfields in seven days, and what the imagery does and does not show
Feb 24, 2026 · Tom Whitlock and Oksana Derevianko · Paid subscribers get the annotated imagery
Like · Comment · Restack
Every Tuesday we go through the previous week's Ukrainian long-range strikes, Monday to Sunday, and check the claims against what we can see. Last week, 16 to 22 February, was dominated by airfields.

1. Engels, night of 16 to 17 February
The week opened with the largest attack on Engels air base since the autumn. Ukraine's General Staff said its drones hit the base, home of the Tu-95 and Tu-160 bombers, on the night of 16 to 17 February. Russia's Defence Ministry claimed 41 drones destroyed over the Saratov region that night, which, if true, would make it one of the densest raids of the winter.

Imagery from 19 February shows scorch marks on two dispersal pads but, as far as we can tell, no destroyed bomber. We assess with moderate confidence that the main target was the fuel farm on the eastern edge of the base, which shows a burn scar of roughly 80 by 50 metres.

What the Saratov governor did confirm was damage in the town itself. Debris, he said, came down on a residential block of nine storeys in Engels, and two residents were injured. That is a separate impact point about four kilometres from the base, and we count it separately.

2. Morozovsk, 18 February
On Wednesday, 18 February, drones struck Morozovsk air base in the Rostov region, the Su-34 base that supplies much of the glide-bomb campaign against Kharkiv and Zaporizhzhia. The Rostov governor mentioned only a "repelled attack on the Morozovsky district". In the imagery one Su-34 is clearly burned out on its stand; a second may be damaged.

"We do not need to destroy every aircraft. We need the crews to sleep in shelters and the fuel to arrive late," said Roman Sych, deputy commander of a Ukrainian long-range drone unit, in an interview with us.

3. Belbek, 21 February
On Saturday, Ukraine's General Staff reported an ATACMS strike on the Belbek airfield north of Sevastopol. Russia's Defence Ministry said three ATACMS missiles had been shot down over Crimea the same day and did not mention Belbek. The imagery is cloudy; we will come back to it next week.

"Belbek was hit so often last year that the MiG-31s are no longer there. What they hit there now is mostly radar and fuel," wrote the Russian military blogger Polkovodets, who is usually well informed about aviation.

What it adds up to
Since the start of the year, we have counted 23 attacks on 11 Russian airfields. If the pace holds, March could see more airfields hit than any month of the war. That would not ground the Russian air force, but it would likely push more of its aircraft to bases beyond the Volga.
Subscribe to The Long Reach — free and paid plans
© 2026 The Long Reach · Privacy · Terms · Collection notice
"""
DOC = {"id": "lm13", "date": "2026-02-24", "source": "The Long Reach (defence analysts' blog)",
       "url": "https://thelongreach.example/p/week-8-three-airfields-in-seven-days", "text": TEXT}

D, FEB17, FEB18, FEB21 = "2026-02-24", "2026-02-17", "2026-02-18", "2026-02-21"
GS = "Ukrainian General Staff"
EVENTS = [
    E("lm13-1", ADS, FEB17, H("Engels", "Engels air base"), "UA", "RU", weapons=[W("drone")], claimant=GS,
      evidence="Ukraine's General Staff said its drones hit the base, home of the Tu-95 and Tu-160 bombers, on the night "
               "of 16 to 17 February.",
      note="'on the night of 16 to 17 February' -> 17 Feb (blind50: a night is the later day); the air base outside the "
           "town = precision 2 (RU-SAR); the imagery 'from 19 February' dates the imagery, not the strike; casualties "
           "not stated"),
    E("lm13-2", INT, FEB17, R("RU-SAR", "Saratov region"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(41))],
      evidence="Russia's Defence Ministry claimed 41 drones destroyed over the Saratov region that night",
      note="'that night' = 17 Feb; a region with its own count -> required; the blog's 'if true' doubts the figure, the "
           "gold keeps the claimant's number"),
    E("lm13-3", ADS, FEB17, L("Engels"), "UA", "RU", inj=N(2), weapons=[W("drone")], claimant="Saratov governor",
      evidence="Debris, he said, came down on a residential block of nine storeys in Engels, and two residents were injured.",
      note="the town itself, a separate impact point 'about four kilometres from the base' -> its own event at precision 1 "
           "(the page says so), same night; 2 w"),
    E("lm13-4", ADS, FEB18, H("Morozovsk", "Morozovsk air base"), "UA", "RU", weapons=[W("drone")],
      claimant="The Long Reach",
      evidence="On Wednesday, 18 February, drones struck Morozovsk air base in the Rostov region",
      note="weekday and date agree (18 Feb 2026 is a Wednesday); air base = precision 2 (RU-ROS); the governor's 'repelled "
           "attack on the Morozovsky district' is the other side's account of the same attack; the burned Su-34 is no "
           "counted field"),
    E("lm13-5", MAS, FEB21, H("Sevastopol", "Belbek airfield north of Sevastopol"), "UA", "RU",
      weapons=[W("ballistic_missile", "ATACMS")], claimant=GS,
      evidence="On Saturday, Ukraine's General Staff reported an ATACMS strike on the Belbek airfield north of Sevastopol.",
      note="'On Saturday' of the week reviewed (16-22 Feb) = 21 Feb, the section heading agrees; north of X = precision 2 "
           "(Sevastopol UA-40); ATACMS = ballistic missile"),
    E("lm13-6", INT, FEB21, R("UA-43", "Crimea"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(3))],
      evidence="Russia's Defence Ministry said three ATACMS missiles had been shot down over Crimea the same day",
      note="a count over a named region (Crimea UA-43) -> required interception; 'did not mention Belbek' -> not tied to "
           "lm13-5 as its parent"),
]
# Not events: the imagery of 19 February (observation), the fuel farm assessment ('We assess with moderate confidence'),
# the 'second may be damaged' (uncertain), 'we will come back to it next week' (plan), the MiG-31s 'no longer there'
# (history), '23 attacks on 11 Russian airfields' since the start of the year (running count), 'If the pace holds, March
# could see …' and 'would likely push' (conditional, forecast), 'the largest attack … since the autumn' (comparison).
# Furniture: masthead, tagline, menu, date/authors line, 'Like · Comment · Restack', subscribe line, © line.
STATEMENTS = [
    S("Roman Sych", "UA", "We need the crews to sleep in shelters and the fuel to arrive late",
      "deputy commander, Ukrainian long-range drone unit"),
    S("Polkovodets", "RU", "What they hit there now is mostly radar and fuel", "Russian military blogger"),
]
# Not gold: "repelled attack on the Morozovsky district" (the Rostov governor, fragment).
MUST_NOT = ["THE LONG REACH", "Notes on long-range strike in the Russia-Ukraine war", "Home | Archive | Maps | About | Subscribe",
            "Feb 24, 2026 · Tom Whitlock and Oksana Derevianko · Paid subscribers get the annotated imagery",
            "Like · Comment · Restack", "Subscribe to The Long Reach — free and paid plans",
            "© 2026 The Long Reach · Privacy · Terms · Collection notice"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
