from common import E, L, R, C, N, W, S, gold

TITLE = "Russia hits Ukraine's power grid with 94 missiles and nearly 200 drones; one killed in Kropyvnytskyi"
TEXT = """World | Europe
Russia hits Ukraine's power grid with 94 missiles and nearly 200 drones; one killed in Kropyvnytskyi
By Yulia Stetsenko and Adam Rourke
December 13, 2024 10:41 AM GMT+2 Updated 2 hours ago
4 min read

Item 1 of 2
[1/2] Rescuers clear debris outside a residential building hit by a Russian drone in Kropyvnytskyi, Ukraine, December 13, 2024. SPA/Marko Levchuk

KYIV, Dec 13 (SPA) - Russia fired 94 missiles and 193 drones at Ukraine overnight and into Friday morning, striking power plants and substations in the west and centre of the country and killing at least one person, Ukrainian officials said.

The barrage included 61 cruise missiles, 11 ballistic missiles and 22 Kh-59/69 guided air missiles, the air force said. Air defences destroyed 81 of the missiles - 56 cruise missiles, three ballistic missiles and all 22 guided missiles - and 80 of the drones. Another 105 drones were lost from radar, it said, without explaining what happened to them.

"The ballistic missiles are still the hardest part. We are getting the cruise missiles, but an Iskander at night is a different problem," air force spokesman Serhiy Dovbush told national television.

In the central city of Kropyvnytskyi, a drone slammed into a five-storey apartment block shortly before 5 a.m., killing a 64-year-old man and wounding four people, among them a 10-year-old boy, the regional administration said.

In the western Lviv region, a missile hit a thermal power plant near Dobrotvir, damaging generating equipment, the regional governor said on Telegram. There were no casualties.

Falling fragments of a downed cruise missile injured two people in Rivne, where several houses and a petrol station were damaged, the city council said.

In Kyiv, debris from a drone shot down over the capital fell on the roof of a supermarket in the northern Obolonskyi district. No one was hurt, the city's military administration said.

Nine drones were shot down over the southern Odesa region, where an energy facility was damaged, the regional governor said, without saying whether a drone or a missile had struck it.

Grid operator Ukrenergo said it had introduced emergency power cuts in most regions on Friday morning.

"The energy system is holding, but the damage is serious and repairs will take weeks, not days," Ukrenergo spokeswoman Iryna Movchan said.

Poland's armed forces operational command said it had scrambled Polish and allied aircraft early on Friday to protect its airspace while the attack on western Ukraine was under way. No violation of Polish airspace was reported.

Russia's defence ministry said it had carried out a massive strike with high-precision long-range weapons on "critical fuel and energy facilities" in Ukraine, in response to what it said was a Ukrainian attack with US-made ATACMS missiles on a military airfield near Yeysk on Tuesday.

It was the twelfth large-scale attack on Ukraine's energy system this year. Officials had warned that Russia could try to knock out the remaining thermal generation before the winter.

Get weekly news and analysis on the war in Ukraine with our Eastern Front newsletter. Sign up here.

Reporting by Yulia Stetsenko in Kyiv and Adam Rourke in Warsaw; Writing by Tomasz Wrobel; Editing by Helen Marsh and Ros Tennant
Our Standards: The SPA Trust Principles.
Suggested Topics: Europe · Energy · Ukraine crisis
Acquire Licensing Rights
"""
DOC = {"id": "m01", "date": "2024-12-13", "source": "SPA (Sterling Press Agency)",
       "url": "https://www.sterlingpress.example/world/europe/russia-hits-ukraine-power-grid-94-missiles-2024-12-13/",
       "text": TEXT}

D = "2024-12-13"
EVENTS = [
    E("m01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(61)), W("ballistic_missile", launched=N(11)),
               W("missile", "Kh-59/69", launched=N(22)), W("drone", launched=N(193))],
      fat=N(1, "at_least"), claimant="Ukrainian air force",
      note="combined wave: missile-typed parent with the nationwide totals by weapon type; 'killing at least one "
           "person' is the wave's own toll (the Kropyvnytskyi death). Kh-59/69 'guided air missiles' coded as "
           "missile (any missile category matches)"),
    E("m01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(56)), W("ballistic_missile", intercepted=N(3)),
               W("missile", "Kh-59/69", intercepted=N(22)), W("drone", intercepted=N(80))],
      claimant="Ukrainian air force",
      note="81 missiles = 56 + 3 + 22; the 105 drones 'lost from radar' are not counted as intercepted"),
    E("m01-3", "air_drone_strike", D, L("Kropyvnytskyi"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("drone")],
      parent="m01-1", claimant="Kirovohrad regional administration", note="child of the wave"),
    E("m01-4", "missile_artillery_strike", D, L("Dobrotvir", 2, "thermal power plant near Dobrotvir"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("missile")], parent="m01-1", claimant="Lviv regional governor",
      note="'near Dobrotvir' = precision 2; 'There were no casualties' = 0/0"),
    E("m01-5", "missile_artillery_strike", D, L("Rivne"), "RU", "UA", inj=N(2), weapons=[W("cruise_missile")],
      parent="m01-1", claimant="Rivne city council",
      note="fragments of a downed cruise missile: a child strike typed by the weapon (debris convention)"),
    E("m01-6", "air_drone_strike", D, L("Kyiv", name="Kyiv (Obolonskyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="m01-1", claimant="Kyiv city military administration",
      note="drone debris on a supermarket roof; city district coded to the city; 'No one was hurt' = 0/0"),
    E("m01-7", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      claimant="Odesa regional governor", note="a region with a count: required (ANNOTATION rule 3)"),
    E("m01-8", "missile_artillery_strike", D, R("UA-51", "Odesa region"), "RU", "UA", family=["air_drone_strike"],
      parent="m01-1", claimant="Odesa regional governor",
      note="energy facility damaged; the text says it is not known whether a drone or a missile hit it"),
    E("m01-9", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrenergo",
      note="emergency power cuts in most regions on Friday morning: one country-level disruption"),
    E("m01-10", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish operational command",
      note="Polish and allied aircraft scrambled; no base named, so country precision"),
    E("m01-11", "missile_artillery_strike", "2024-12-10", L("Yeysk", 2, "military airfield near Yeysk"), "UA", "RU",
      weapons=[W("ballistic_missile", "ATACMS")], claimant="Russian Defence Ministry",
      note="recalled in a clause with a weekday (Tuesday = 10 Dec): its own event (conventions of the real gold)"),
]
STATEMENTS = [
    S("Serhiy Dovbush", "UA", "an Iskander at night is a different problem", "air force spokesman"),
    S("Iryna Movchan", "UA", "repairs will take weeks, not days", "Ukrenergo spokeswoman"),
]
MUST_NOT = ["World | Europe", "By Yulia Stetsenko and Adam Rourke",
            "December 13, 2024 10:41 AM GMT+2 Updated 2 hours ago", "4 min read", "Item 1 of 2",
            "Get weekly news and analysis on the war in Ukraine with our Eastern Front newsletter. Sign up here.",
            "Reporting by Yulia Stetsenko in Kyiv and Adam Rourke in Warsaw; Writing by Tomasz Wrobel; Editing by Helen Marsh and Ros Tennant",
            "Our Standards: The SPA Trust Principles.", "Suggested Topics: Europe · Energy · Ukraine crisis",
            "Acquire Licensing Rights"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
