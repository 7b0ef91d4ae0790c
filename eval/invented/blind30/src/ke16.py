from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: Kyiv death toll rises to nine after massive overnight attack"
TEXT = """THE CASCADIA POST
● LIVE
Ukraine war live: Kyiv death toll rises to nine after massive overnight attack
Auto-refresh is on · Turn off
Friday, November 28, 2025 · Live coverage by Dana Whitfield (Seattle) and Oles Kravchenko (Kyiv)
Show 3 new updates
19:05 EET
Kyiv toll rises to nine
The number of people killed in the overnight attack on Kyiv has risen to nine, among them a 12-year-old boy, the head of the city military administration said. Forty-six people were injured, 19 of whom remain in hospital. Rescuers have finished searching the rubble of the apartment block in the Sviatoshynskyi district.
👍 88 · 😢 1,024 · 💬 57

18:20 EET
Bundestag approves extra aid for Ukraine
Germany's Bundestag on Friday approved an additional €3 billion in military aid for Ukraine for next year as part of the 2026 federal budget. The budget passed by 412 votes to 181. Most of the money is earmarked for air defence and long-range drones, the defence ministry said.
👍 412 · 💬 96

17:10 EET
Russia says it downed 36 Ukrainian drones
Russia's Defence Ministry said its air defences had destroyed 36 Ukrainian drones between 14:00 and 17:00 Moscow time: 14 over the Bryansk region, nine over the Kursk region and 13 over the Moscow region. Moscow's mayor said six of them had been flying toward the capital. Flights at Vnukovo and Domodedovo airports were briefly restricted, Rosaviatsia said.
👍 19 · 💬 22

16:00 EET
Drone kills tractor driver near Chuhuiv
A Russian FPV drone struck a tractor working in a field near Chuhuiv in the Kharkiv region on Friday afternoon, killing the driver, the regional governor wrote on Telegram. Farmers in the region have been attacked repeatedly during the autumn sowing season.
😢 301 · 💬 14

14:35 EET
Kherson shelled
Russian artillery shelled Kherson's Tsentralnyi district on Friday, injuring three people, among them a municipal worker who was clearing debris from an earlier attack, the regional administration said.
😢 97 · 💬 6

13:15 EET
"Nobody slept in the corridor any more"
Our correspondent Oles Kravchenko spoke to residents of the damaged block in Sviatoshynskyi district.

"We used to go to the corridor when the sirens went off. After three years, nobody slept in the corridor any more. Tonight the corridor is what saved us," said Vira Lozynska, 58, whose flat on the seventh floor lost its outer wall.

Volunteers were handing out tea and blankets as cranes lifted concrete slabs from the part of the building that collapsed.
❤️ 640 · 💬 41

12:05 EET
Toll rises to seven
Seven people have been killed and 38 injured in Kyiv, city officials said.
😢 512 · 💬 29

10:40 EET
Kremlin calls strikes a 'response'
The Kremlin spokesman said the strikes were a response to Ukrainian attacks on Russian refineries and "will continue as long as necessary". Russia's Defence Ministry said it had carried out a massive strike with high-precision long-range weapons against "facilities of Ukraine's military-industrial complex and energy infrastructure" and that all targets had been hit.
👍 12 · 😡 388 · 💬 113

09:45 EET
Emergency power cuts
Ukraine's grid operator Ukrenergo said emergency power cuts were in place on Friday in Kyiv and in the Kyiv and Chernihiv regions after damage to high-voltage substations. Scheduled outages will follow in other regions in the evening peak, it said.
😡 221 · 💬 48

09:10 EET
Air force: 36 missiles, 464 drones
Russia attacked Ukraine overnight with 464 drones, 22 Kh-101 cruise missiles and 14 Iskander-M ballistic missiles, launched from the Saratov and Kursk regions and from Primorsko-Akhtarsk, the Ukrainian air force said. Air defences shot down 410 drones, 19 cruise missiles and six ballistic missiles. Another 28 drones were "locationally lost".

Over the past week, Russia has launched more than 1,500 drones and about 90 missiles at Ukraine, the president said in a post on X.
👍 64 · 💬 35

08:30 EET
Kyiv region
In the Obukhiv district, debris from downed drones damaged four houses and injured two people, the regional governor said. In Brovary, a warehouse caught fire after a drone strike; no one was hurt.
👍 7 · 💬 3

07:50 EET
Poland scrambles jets
Poland's Operational Command said it had scrambled fighter jets and put ground-based air defences on the highest readiness as Russia launched missiles at western Ukraine. Nothing entered Polish airspace, it said.
👍 150 · 💬 18

07:15 EET
Explosions in Kyiv
Explosions were heard across Kyiv from about 1 a.m. as air defences worked over the city. The mayor said there were hits in three districts: in Sviatoshynskyi, part of a nine-storey apartment block collapsed; in Darnytskyi, warehouses caught fire; in Dniprovskyi, cars burned in a parking lot.
😢 233 · 💬 77

This live page is now closed. Thank you for following our coverage.
Support local and global journalism: subscribe to The Cascadia Post for $1 a week
The Cascadia Post, Seattle · Terms · Privacy · Accessibility
"""
DOC = {"id": "ke16", "date": "2025-11-28", "source": "The Cascadia Post (US regional daily, live blog)",
       "url": "https://cascadiapost.example/world/2025/11/28/ukraine-war-live-kyiv-attack", "text": TEXT}

D = "2025-11-28"
AF = "Ukrainian Air Force"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("ke16-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(464)), W("cruise_missile", "Kh-101", launched=N(22)),
               W("ballistic_missile", "Iskander-M", launched=N(14))], claimant=AF,
      note="overnight combined wave (Friday live page); missile kinds given separately are separate weapon entries; "
           "launch areas (Saratov and Kursk regions, Primorsko-Akhtarsk) give no events; the MoD's 'all targets had "
           "been hit' is a claim on this wave (blind8 call 2)"),
    E("ke16-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(410)), W("cruise_missile", "Kh-101", intercepted=N(19)),
               W("ballistic_missile", "Iskander-M", intercepted=N(6))], parent="ke16-1", claimant=AF,
      note="per-kind interception counts; 28 'locationally lost' drones not counted"),
    E("ke16-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", fat=N(9), inj=N(46), parent="ke16-1",
      family=["air_drone_strike"], claimant="Kyiv city military administration",
      note="hits in three city districts (Sviatoshynskyi, Darnytskyi, Dniprovskyi) = one event in the city (districts "
           "are the city); the toll rose during the day (7/38 at 12:05, 9/46 at 19:05): latest wins; weapon per hit "
           "not stated: drone type accepted"),
    E("ke16-4", "air_drone_strike", D, L("Obukhiv", 2, "Obukhiv district"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent="ke16-1",
      note="debris of downed drones: a drone-type child; district named after its town = precision 2"),
    E("ke16-5", "air_drone_strike", D, L("Brovary"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="ke16-1", note="warehouse fire after a drone strike; 'no one was hurt' = 0/0"),
    E("ke16-6", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="ke16-1",
      family=["policy_decision"],
      note="emergency cuts in Kyiv and two regions on Friday: a listed set of regions with cuts is one country-level "
           "disruption (blind16 call 5); 'Scheduled outages will follow … in the evening peak' is the same day's "
           "disruption"),
    E("ke16-7", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="jets scrambled and air defences on highest readiness; 'Nothing entered Polish airspace': no incident, "
           "only the scramble"),
    E("ke16-8", "missile_artillery_strike", "2025-11-22", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      weapons=[W("drone", launched=N(1500, "at_least")), W("missile", launched=N(90, "about"))],
      note="'Over the past week' in a Friday post = reference-6 … reference, country tally"),
    E("ke16-9", "policy_decision", D, L("Berlin"), "DE", "RU",
      note="Bundestag 'on Friday approved an additional €3 billion in military aid': an aid decision taken in Berlin"),
    E("ke16-10", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(36))],
      claimant=MOD, note="36 drones 'between 14:00 and 17:00 Moscow time' with a per-region breakdown (14+9+13)"),
    E("ke16-11", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      parent="ke16-10", claimant=MOD, note="per-region count: required"),
    E("ke16-12", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(9))],
      parent="ke16-10", claimant=MOD, note="per-region count: required"),
    E("ke16-13", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", weapons=[W("drone", intercepted=N(13))],
      parent="ke16-10", claimant=MOD,
      note="per-region count: required; the mayor's 'six … flying toward the capital' is part of these 13, no "
           "separate event"),
    E("ke16-14", "infrastructure_disruption", D, L("Moscow"), None, None, family=["policy_decision"],
      note="flights at Vnukovo and Domodedovo (Moscow airports = the city) briefly restricted: sides null (blind16 "
           "call 7)"),
    E("ke16-15", "air_drone_strike", D, L("Chuhuiv", 2, "field near Chuhuiv"), "RU", "UA", fat=N(1),
      weapons=[W("drone")], claimant="Kharkiv region governor",
      note="FPV drone on a tractor 'near Chuhuiv … on Friday afternoon', driver killed"),
    E("ke16-16", "missile_artillery_strike", D, L("Kherson", 1, "Kherson (Tsentralnyi district)"), "RU", "UA",
      inj=N(3), weapons=[W("artillery")],
      note="artillery on the Tsentralnyi district 'on Friday', three injured; 'an earlier attack' is vague, no event"),
]
STATEMENTS = [
    S("Vira Lozynska", "UA", "Tonight the corridor is what saved us", "Kyiv resident"),
]
MUST_NOT = ["THE CASCADIA POST", "● LIVE", "Auto-refresh is on · Turn off",
            "Friday, November 28, 2025 · Live coverage by Dana Whitfield (Seattle) and Oles Kravchenko (Kyiv)",
            "Show 3 new updates", "👍 88 · 😢 1,024 · 💬 57", "👍 412 · 💬 96", "👍 19 · 💬 22", "😢 301 · 💬 14",
            "😢 97 · 💬 6", "❤️ 640 · 💬 41", "😢 512 · 💬 29", "👍 12 · 😡 388 · 💬 113", "😡 221 · 💬 48",
            "👍 64 · 💬 35", "👍 7 · 💬 3", "👍 150 · 💬 18", "😢 233 · 💬 77",
            "This live page is now closed. Thank you for following our coverage.",
            "Support local and global journalism: subscribe to The Cascadia Post for $1 a week",
            "The Cascadia Post, Seattle · Terms · Privacy · Accessibility"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
