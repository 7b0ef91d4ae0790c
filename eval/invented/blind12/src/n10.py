from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war live: glide bombs kill two in Zaporizhzhia; Norway pledges funds for Ukrainian drones"
TEXT = """The Lantern Post
UK  World  Politics  Climate  Business  Opinion  Culture  Lifestyle
Ukraine
LIVE
Russia-Ukraine war live: glide bombs kill two in Zaporizhzhia; Norway pledges funds for Ukrainian drones
Latest updates: Russian attack on Zaporizhzhia's Dniprovskyi district; Moscow claims village near Pokrovsk; 502 bodies of fallen soldiers returned
Live blog by Eleanor Whitcombe (now) and Samir Haddad (earlier)
Wed 22 Jan 2025 17.52 GMT · First published on Wed 22 Jan 2025 08.31 GMT
🔴 Live updates — refresh for the latest

Key events
• Two people were killed and nine injured when Russian guided bombs hit Zaporizhzhia's Dniprovskyi district.
• Russia launched 99 drones and an Iskander-M missile at Ukraine overnight; 65 drones were shot down.
• A drone hit an apartment building in Sumy, injuring three.
• Russia's defence ministry claimed the capture of a village near Pokrovsk.
• Norway announced NOK 2.5bn for Ukrainian drone production.

17.48 GMT
Norway pledges NOK 2.5bn for Ukrainian drone production
Norway's government has announced an additional NOK 2.5bn (about €212m) to finance the production of long-range and interceptor drones in Ukraine, its defence ministry said in Oslo on Wednesday. The money will be channelled through a joint fund with Denmark and is expected to be paid out by the end of March.

Share

16.55 GMT
Kremlin sees "no signals" from Washington
The Kremlin's spokesman told reporters in Moscow that Russia remained "ready for contacts" with the new US administration but had seen "no signals" so far. He declined to comment on reports that a meeting between the two presidents could take place in the Gulf in February.

Share

16.10 GMT
Moscow claims village near Pokrovsk
Russia's defence ministry has claimed that its troops captured the village of Novoyelizavetovka, which Ukraine calls Novoielyzavetivka, south-west of Pokrovsk. Ukraine's military has not commented on the claim.
Ukraine's General Staff said earlier that Russian troops had attacked 46 times in the Pokrovsk direction over the past day, with the heaviest fighting near Udachne and Novoielyzavetivka.
"The enemy is trying to reach the Pokrovsk–Dnipro highway at any cost," said Viktor Horban, an officer of a Ukrainian mechanised brigade fighting in the area, in a video address. "Every metre of this steppe is paid for in blood."

Share

15.20 GMT
Glide bombs kill two in Zaporizhzhia
Russian aircraft dropped four guided bombs on Zaporizhzhia's Dniprovskyi district at about 16.30 local time, killing two people and injuring nine, the regional governor said. A residential building and a bus depot were hit.
Updated at 15.41 GMT: The number of injured has risen to 11, the governor said.

Share

14.02 GMT
Ukraine receives bodies of 502 fallen soldiers
Ukraine has received the bodies of 502 soldiers killed in the war, Ukraine's coordination headquarters for the treatment of prisoners of war said. Most of them were killed in the Donetsk region, it said. It did not say where the handover took place.

Share

13.15 GMT
Ukrainian drones hit oil depot in Russia's Kaluga region
A fire broke out at an oil depot in Lyudinovo, in Russia's Kaluga region, after a drone attack overnight, the regional governor said, adding that no one had been hurt. Russia's defence ministry said 41 Ukrainian drones had been destroyed over seven regions, including 12 over the Bryansk region and 8 over the Kaluga region.

Share

12.30 GMT
Analysis: the slow squeeze south of Pokrovsk
Our defence correspondent writes: Since the fall of Vuhledar last autumn, Russian troops have advanced steadily west and north, and the villages south-west of Pokrovsk are now the front. If Russia reaches the Pokrovsk–Dnipro highway, Ukrainian units in the area would lose their shortest supply route, and the city could be encircled within months. But Russian losses have been enourmous, and Western officials say Moscow may struggle to keep up the tempo into the spring.

Share

11.05 GMT
Drone hits apartment building in Sumy
A Russian drone struck a nine-storey apartment building in Sumy at about 09.30 local time, injuring three people, the regional military administration said. A 14-year-old boy was among the injured.

Share

10.20 GMT
Debris injures man in Kyiv
Falling debris from a downed drone damaged several cars in Kyiv's Obolonskyi district overnight and injured a 57-year-old man, who was taken to hospital, the head of the city military administration said.

Share

09.40 GMT
Overnight attack: 99 drones and a ballistic missile
Russia launched 99 attack drones and decoys from Russia's Kursk region and an Iskander-M ballistic missile overnight, Ukraine's air force said. Air defences shot down 65 drones, and 31 were "locationally lost". The air force did not say whether the missile was intercepted.
In Kryvyi Rih, the missile hit a warehouse on the outskirts of the city, according to the head of the city's defence council. There were no casualties.
In the Odesa region, drones damaged an energy facility in the Bilhorod-Dnistrovskyi district, leaving about 4,000 customers without power, the regional governor said.
Air defence was also active over the Kyiv, Chernihiv, Poltava and Mykolaiv regions.

Share

08.31 GMT
Welcome to our live coverage
Good morning and welcome to the Lantern Post's live coverage of Russia's war in Ukraine. I'm Samir Haddad and I'll be bringing you the latest for the next few hours.

Share

Topics: Ukraine · Russia · Europe · Norway · Drones
Sign up to Lantern Briefing: our morning newsletter on the world in ten minutes
Most viewed
Heavy snow disrupts rail services across northern England
Lantern Post Media Group 2025 · Terms · Privacy · Cookie settings
"""
DOC = {"id": "n10", "date": "2025-01-22", "source": "The Lantern Post (live blog)",
       "url": "https://lanternpost.example/world/live/2025/jan/22/russia-ukraine-war-live", "text": TEXT}

D = "2025-01-22"
EVENTS = [
    E("n10-1", "policy_decision", D, L("Oslo"), "NO", "UA", claimant="Norwegian defence ministry",
      note="funding decision announced in Oslo; payment 'expected … by the end of March' is not an event"),
    E("n10-2", "territory_change", D, L("Novoielyzavetivka"), "RU", "UA", claimant="Russian defence ministry",
      note="Russian form Novoyelizavetovka; claim without comment"),
    E("n10-3", "armed_clash", "2025-01-21", L("Udachne", 2, "near Udachne"), "RU", "UA", prec="range", end=D,
      claimant="Ukrainian General Staff", note="'heaviest fighting near X' over the past day: a clash at each place"),
    E("n10-4", "armed_clash", "2025-01-21", L("Novoielyzavetivka", 2, "near Novoielyzavetivka"), "RU", "UA",
      prec="range", end=D, claimant="Ukrainian General Staff"),
    E("n10-5", "armed_clash", "2025-01-21", L("Pokrovsk", 2, "Pokrovsk direction"), "RU", "UA", prec="range", end=D,
      agg=True, optional=True, claimant="Ukrainian General Staff",
      note="46 attacks in the direction over the past day: sector tally, optional"),
    E("n10-6", "air_drone_strike", D, L("Zaporizhzhia", 1, "Zaporizhzhia, Dniprovskyi district"), "RU", "UA",
      fat=N(2), inj=N(11), weapons=[W("guided_bomb", launched=N(4))], claimant="Zaporizhzhia regional governor",
      note="update raises injured from 9 to 11: the latest figure wins (blind9 call 3); key-events bullet repeats it"),
    E("n10-7", "agreement", D, C(None, "unspecified"), "RU", "UA", optional=True,
      note="repatriation of 502 bodies, place not given: optional (blind1/blind6 practice)"),
    E("n10-8", "air_drone_strike", D, L("Lyudinovo", 2, "oil depot in Lyudinovo"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Kaluga regional governor",
      note="'no one had been hurt' = 0/0; coded at the depot in the town"),
    E("n10-9", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(41))],
      claimant="Russian defence ministry"),
    E("n10-10", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      claimant="Russian defence ministry"),
    E("n10-11", "interception", D, R("RU-KLU", "Kaluga region"), "RU", "UA", weapons=[W("drone", intercepted=N(8))],
      claimant="Russian defence ministry"),
    E("n10-12", "air_drone_strike", D, L("Sumy"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      claimant="Sumy regional military administration", note="daytime strike, not part of the overnight wave"),
    E("n10-13", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(99)), W("ballistic_missile", "Iskander-M", launched=N(1))],
      claimant="Ukrainian air force",
      note="combined wave: missile-typed parent (EVENTS.md); Kursk region is the launch area"),
    E("n10-14", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(65))],
      claimant="Ukrainian air force", note="31 'locationally lost' not counted; missile interception not stated"),
    E("n10-15", "air_drone_strike", D, L("Kyiv", 1, "Kyiv, Obolonskyi district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="n10-13", note="debris of a downed drone; hospitalised = injured"),
    E("n10-16", "missile_artillery_strike", D, L("Kryvyi Rih", 2, "outskirts of Kryvyi Rih"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("ballistic_missile", "Iskander-M")], parent="n10-13"),
    E("n10-17", "air_drone_strike", D, L("Bilhorod-Dnistrovskyi", 2, "Bilhorod-Dnistrovskyi district"), "RU", "UA",
      weapons=[W("drone")], parent="n10-13", claimant="Odesa regional governor"),
    E("n10-18", "infrastructure_disruption", D, L("Bilhorod-Dnistrovskyi", 2, "Bilhorod-Dnistrovskyi district"), "RU",
      "UA", note="about 4,000 customers without power"),
    E("n10-19", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", optional=True, note="merely listed"),
    E("n10-20", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU", optional=True, note="merely listed"),
    E("n10-21", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", optional=True, note="merely listed"),
    E("n10-22", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU", optional=True, note="merely listed"),
    E("n10-23", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the Ukrainian drone attack on Russia as a whole: optional (blind10 call 3)"),
]
STATEMENTS = [
    S("Viktor Horban", "UA", "Every metre of this steppe is paid for in blood", "officer, mechanised brigade"),
    S("Viktor Horban", "UA", "trying to reach the Pokrovsk–Dnipro highway at any cost", "officer, mechanised brigade"),
]
MUST_NOT = [
    "The Lantern Post",
    "UK  World  Politics  Climate  Business  Opinion  Culture  Lifestyle",
    "Live blog by Eleanor Whitcombe (now) and Samir Haddad (earlier)",
    "Wed 22 Jan 2025 17.52 GMT · First published on Wed 22 Jan 2025 08.31 GMT",
    "🔴 Live updates — refresh for the latest",
    "Topics: Ukraine · Russia · Europe · Norway · Drones",
    "Sign up to Lantern Briefing: our morning newsletter on the world in ten minutes",
    "Most viewed",
    "Heavy snow disrupts rail services across northern England",
    "Lantern Post Media Group 2025 · Terms · Privacy · Cookie settings",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
