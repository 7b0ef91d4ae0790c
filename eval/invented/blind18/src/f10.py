from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: Odesa port worker killed in overnight drone and missile attack; Russia says 61 drones downed"
TEXT = """FLB NEWS · LIVE
Fjordline Broadcasting Corporation · News
Ukraine war live: Odesa port worker killed in overnight drone and missile attack; Russia says 61 drones downed
LIVE — Updated 18:31 Kyiv time, Tuesday 17 February 2026
Key events | All posts | Filter: Ukraine · Russia · Diplomacy
Auto-refresh is on ⟳
07:05
Good morning. Russia launched 143 drones and six Iskander-M ballistic missiles at Ukraine overnight, the air force says. Air defence and mobile fire groups brought down 118 drones and three of the missiles; hits were recorded at nine locations. We'll bring you details from the regions as they come in.

07:40
In Odesa, drones struck port infrastructure in the Prymorskyi district, killing a port worker and injuring four other people, the head of the regional military administration said. A grain warehouse was set on fire and the blaze was extinguished shortly before dawn.

08:55
Two guided aerial bombs hit Kharkiv's Kyivskyi district at about 08:20, injuring two people, the city's mayor says. It is the third glide-bomb attack on the city this month.

10:15
Russia's Defence Ministry says its air defences destroyed 61 Ukrainian drones overnight: 22 over the Belgorod region, 15 over the Kursk region and nine over the Bryansk region, with the rest over the Moscow region and the Black Sea.

11:30
The governor of Russia's Belgorod region says a drone hit a car on the outskirts of Shebekino, injuring two men. Ukraine's military does not usually comment on individual strikes across the border.

12:45
Ukraine's foreign minister has met NATO's secretary general in Brussels, where the alliance's defence planners are discussing the supply of interceptor drones. "What we need is not a promise for next winter but launchers and interceptors this month," the minister told reporters afterwards.

14:20
Analysis from our defence correspondent: interceptor drones — cheap, fast quadcopters that ram Shaheds in the air — now account for a growing share of Ukraine's kills at night, according to officials. They cost a fraction of a surface-to-air missile, but they need trained crews at hundreds of positions, and Russia has started fitting some Shaheds with rear-facing cameras to dodge them. Whether production can keep pace with Russia's launch rate, which has roughly doubled in a year, is the big question for the spring.

15:50
A Russian drone struck a municipal bus on the outskirts of Zaporizhzhia, killing the driver and injuring five passengers, the regional governor said. He said the attack showed that Russian drones were now reaching the city's suburbs "every single day".

17:05
Germany will give Ukraine another €500m air-defence package, including interceptor drones and radar, its defence ministry has announced in Berlin.

18:30
Emergency power cuts have been introduced in the Odesa region this afternoon after damage to energy facilities overnight, the grid operator says.

We're pausing our live coverage here. Thanks for following — we'll be back tomorrow morning.
Share this live page: Facebook · X · Copy link
Live reporting by Ingrid Solvang, Andriy Moroz and Tom Hale
© Fjordline Broadcasting 2026
"""
DOC = {"id": "f10", "date": "2026-02-17", "source": "FLB News (broadcaster live blog)",
       "url": "https://news.flb.example/world/live/ukraine-war-live-2026-02-17", "text": TEXT}

D = "2026-02-17"
AF = "Ukrainian Air Force"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("f10-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(143)), W("ballistic_missile", "Iskander-M", launched=N(6))], claimant=AF,
      note="overnight wave; heaviest weapon decides the type; 'hits at nine locations' gives no places"),
    E("f10-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(118)), W("ballistic_missile", "Iskander-M", intercepted=N(3))], claimant=AF,
      parent="f10-1", note="118 drones and three of the missiles brought down"),
    E("f10-3", "air_drone_strike", D, L("Odesa", 1, "Odesa (Prymorskyi district)"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("drone")], parent="f10-1", claimant="head of the Odesa regional military administration", note="port infrastructure; city district = city"),
    E("f10-4", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv (Kyivskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("guided_bomb")], claimant="Kharkiv mayor",
      note="two guided bombs at about 08:20, not part of the overnight wave; glide bombs = air_drone_strike; 'third "
           "this month' is vague (no event)"),
    E("f10-5", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(61))],
      claimant=MOD, note="MoD country total (required, blind14 call 9)"),
    E("f10-6", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(22))],
      parent="f10-5", claimant=MOD, note="region with a count: required"),
    E("f10-7", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(15))],
      parent="f10-5", claimant=MOD, note="region with a count: required"),
    E("f10-8", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(9))],
      parent="f10-5", claimant=MOD, note="region with a count: required"),
    E("f10-9", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", parent="f10-5", optional=True,
      note="'the rest over the Moscow region and the Black Sea': listed without a count, optional (rule 3)"),
    E("f10-10", "air_drone_strike", D, L("Shebekino", 2, "outskirts of Shebekino"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], claimant="Belgorod region governor",
      note="car hit on the outskirts; the governor blames Ukraine implicitly (cross-border strike): actor1 UA"),
    E("f10-11", "diplomatic_contact", D, L("Brussels"), "UA", None,
      note="Ukraine's foreign minister met NATO's secretary general (NATO: no state, actor2 null)"),
    E("f10-12", "air_drone_strike", D, L("Zaporizhzhia", 2, "outskirts of Zaporizhzhia"), "RU", "UA", fat=N(1),
      inj=N(5), weapons=[W("drone")], claimant="Zaporizhzhia regional governor",
      note="the 15:50 entry: bus struck on the outskirts (precision 2); 'every single day' is a generalisation"),
    E("f10-13", "policy_decision", D, L("Berlin"), "DE", "UA", claimant="German defence ministry",
      note="€500m air-defence package announced in Berlin"),
    E("f10-14", "infrastructure_disruption", D, R("UA-51", "Odesa region"), "RU", "UA", parent="f10-1",
      note="emergency power cuts in the region 'this afternoon' after overnight damage: child of the wave"),
]
STATEMENTS = [
    S("Ukrainian foreign minister", "UA", "What we need is not a promise for next winter but launchers and interceptors this month"),
]
MUST_NOT = ["FLB NEWS · LIVE", "Fjordline Broadcasting Corporation · News", "LIVE — Updated 18:31 Kyiv time, Tuesday 17 February 2026",
            "Key events | All posts | Filter: Ukraine · Russia · Diplomacy", "Auto-refresh is on ⟳",
            "We're pausing our live coverage here. Thanks for following — we'll be back tomorrow morning.",
            "Share this live page: Facebook · X · Copy link", "Live reporting by Ingrid Solvang, Andriy Moroz and Tom Hale",
            "© Fjordline Broadcasting 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
