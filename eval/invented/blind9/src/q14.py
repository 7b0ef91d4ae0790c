from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drone crashes near Werbkowice; Rzeszów and Lublin airports closed for the night"
TEXT = """Nadbuże24 · English
Region | Poland | Ukraine | Business | Sport | Weather
Russian drone crashes near Werbkowice; Rzeszów and Lublin airports closed for the night
24.03.2025 · 13:05 · updated 15:40
Text: Agnieszka Wrona, Hrubieszów
Cookies: we use cookies to analyse traffic and personalise content. By continuing to browse you accept our privacy policy. [OK]

A Russian attack drone crashed in a field near Werbkowice, in Hrubieszów county, early on Sunday during a massive Russian attack on western Ukraine, the Polish army said. The drone did not explode and no one was hurt.

According to the Operational Command of the Armed Forces, the drone entered Polish airspace from the direction of Ukraine at 02:17 and disappeared from radar about eight kilometres from the border. Soldiers and police found its wreckage on Sunday afternoon after a farmer reported "a strange object" in his field.

"The drone fell three hundred metres from the nearest farm. People here are asking what would have happened if it had hit a house," said Janina Kowalczuk, head of the Werbkowice commune.

The Operational Command scrambled Polish and allied aircraft at 01:40 on Sunday, when the Russian attack on Ukraine began, and ground-based air defence was put on the highest state of readiness, spokesman Lt Col Tomasz Rybak said. Rzeszów-Jasionka and Lublin airports were closed to civilian traffic from 02:00 to 05:30.

"Our aircraft were in the air, but the object was flying low and was not shot down because it was over a populated area for most of its flight," Rybak said.

The Ministry of Foreign Affairs summoned Russia's chargé d'affaires on Monday. "Russia is testing how far it can go. Every such incident brings us closer to a situation that nobody wants," deputy foreign minister Piotr Nowicki said after the meeting.

Poland could ask for consultations with its NATO allies under Article 4 of the alliance treaty if the incursions continue, government officials said. The defence ministry plans to deploy additional anti-drone systems along the eastern border by the summer.

SEE ALSO: Farmers in Hrubieszów county demand compensation for crops damaged by military vehicles

On the Ukrainian side, the air force said Russia had launched 99 drones overnight into Sunday, of which 71 were shot down. In the Lviv region, a drone hit an energy facility in the Sheptytskyi district (formerly Chervonohrad), some 40 kilometres from the Polish border. There were no casualties, the regional governor said.

It is the ninth time since the start of Russia's full-scale invasion of Ukraine that a Russian drone or missile has entered Polish airspace. In November 2022, a stray Ukrainian air defence missile killed two men in the village of Przewodów, about 30 kilometres from Werbkowice.

The wreckage has been taken to Warsaw for examination, and the prosecutor's office in Zamość has opened an investigation.

Tags: drone, Werbkowice, Hrubieszów, army, Ukraine
Follow Nadbuże24 on Facebook and get alerts from the region
Comments (37)
Nadbuże24 © 2025 Wszelkie prawa zastrzeżone / All rights reserved
"""
DOC = {"id": "q14", "date": "2025-03-24", "source": "Nadbuże24 (Polish regional site, English edition)",
       "url": "https://nadbuze24.example/en/region/2025/03/24/russian-drone-werbkowice", "text": TEXT}

D, SUN = "2025-03-24", "2025-03-23"
EVENTS = [
    E("q14-1", "air_drone_strike", SUN, L("Werbkowice", 2, "field near Werbkowice"), "RU", "PL", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Polish Operational Command",
      note="drone crashed on Polish soil 'early on Sunday' (02:17), did not explode (blind4 judgment 9)"),
    E("q14-2", "military_mobilization", SUN, C("PL", "Poland"), "PL", None, claimant="Tomasz Rybak",
      note="aircraft scrambled at 01:40, air defence readiness"),
    E("q14-3", "infrastructure_disruption", SUN, L("Rzeszow", 1, "Rzeszów-Jasionka airport"), "RU", "PL",
      family=["policy_decision"], note="airport closed 02:00-05:30; coded to the city (airport not in geonames)"),
    E("q14-4", "infrastructure_disruption", SUN, L("Lublin", 1, "Lublin airport"), "RU", "PL", family=["policy_decision"],
      note="airport closed 02:00-05:30"),
    E("q14-5", "diplomatic_contact", D, L("Warsaw"), "PL", "RU", claimant="Piotr Nowicki",
      note="Russian chargé d'affaires summoned 'on Monday' (no place named: the ministry in Warsaw)"),
    E("q14-6", "air_drone_strike", SUN, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(99))],
      claimant="Ukrainian air force", note="drone-only wave 'overnight into Sunday': air_drone_strike parent"),
    E("q14-7", "interception", SUN, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(71))],
      claimant="Ukrainian air force"),
    E("q14-8", "air_drone_strike", SUN, L("Sheptytskyi", 2, "Sheptytskyi district (formerly Chervonohrad)"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")], parent="q14-6", claimant="Lviv regional governor",
      note="renamed town; raion named after it: precision 2"),
]
STATEMENTS = [
    S("Janina Kowalczuk", "PL", "The drone fell three hundred metres from the nearest farm", "head of Werbkowice commune"),
    S("Tomasz Rybak", "PL", "the object was flying low and was not shot down", "Operational Command spokesman"),
    S("Piotr Nowicki", "PL", "Russia is testing how far it can go", "deputy foreign minister"),
]
MUST_NOT = ["Nadbuże24 · English", "Region | Poland | Ukraine | Business | Sport | Weather", "24.03.2025 · 13:05 · updated 15:40",
            "Text: Agnieszka Wrona, Hrubieszów",
            "Cookies: we use cookies to analyse traffic and personalise content. By continuing to browse you accept our privacy policy. [OK]",
            "SEE ALSO: Farmers in Hrubieszów county demand compensation for crops damaged by military vehicles",
            "Tags: drone, Werbkowice, Hrubieszów, army, Ukraine", "Follow Nadbuże24 on Facebook and get alerts from the region",
            "Comments (37)", "Nadbuże24 © 2025 Wszelkie prawa zastrzeżone / All rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
