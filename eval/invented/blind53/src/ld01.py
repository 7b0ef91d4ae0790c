from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Digest for Saturday, 12 August: 37 new pins, 18 with confirmed damage"
TEXT = """SLID · volunteer damage map
Map | Daily digest | Add a pin | How we check pins | Donate
Daily digest No. 412
Digest for Saturday, 12 August: 37 new pins, 18 with confirmed damage
Compiled by the night team · 13.08.2023, 08:40 · Open the map
Every evening our volunteers go through local chats, official channels and the photos that people send us. A pin goes on the map only when we have a photo or an official confirmation. Place names are given as the volunteers typed them; the map itself uses the official spelling.

Yesterday 37 pins were added. Below are the 18 with damage or casualties confirmed by the morning; the other 19 are still being checked.

DONETSK OBLAST
• Kostiantinivka – two Grad rockets landed next to the central market around 10 am. A kiosk and three cars burnt out, one man wounded in the leg.
• Toretsk – private house on Shkilna St. destroyed, a woman of 71 killed inside. Source: city military administration.
• Niu-York (Toretsk hromada) – glide bomb on the old school building; the building was empty, no casualties.
• Kurakhove – a shop and two high-rises damaged by artillery. Injured: 4, one of them a child.
• Siversk – the evening shelling killed two men on the street near the bakery.

ZAPORIZHZHIA OBLAST
• Zaporizhia – at 23:50 a missile hit a warehouse in the industrial zone; fire, the watchman injured.
• Orihiv – three KABs dropped on the town, the hospital yard damaged. Casualties: none reported.
• Stepnohirsk – FPV drone on a car at the crossroads, driver wounded.
• Mala Tokmachka (Orikhiv hromada) – shelled, two houses burned down.

KHERSON OBLAST
• Kherson – mortar rounds landed on a bus stop of the Dniprovskyi district in the afternoon; 1 killed, 5 wounded.
• Antonivka – a drone dropped a grenade on a man cycling home from work, he is in hospital.
• Beryslav – former police building damaged by a guided bomb.
• Kizomys (Bilozerka hromada) – artilery fire, a house set on fire, 0 casualties.

KHARKIV OBLAST
• Kupyansk – a missile (S-300, according to the police) hit the garage of the district hospital overnight into Sunday. Casualties are being clarified. Added late, so it is in this digest.
• Vovchansk – four drone drops on the water utility's yard; one worker injured.
• Kozacha Lopan – mortar fire on the village, an elderly man wounded in his own garden.

DNIPROPETROVSK OBLAST
• Nykopol – heavy artillery, about 20 shells: two houses and a power line damaged, nobody hurt.
• Marhanets – kamikaze drone on the garage of the municipal utility; the garage burnt out.

"The Siversk pin came from the baker himself. He sent the photo of the street at 19:20, before the police even got there," said Taras Melnyk, who moderated the night shift.

In July the map received 1,146 pins, 212 of them with casualties. Thank you to everyone who sends photos.

Reminder: evacuation from the Kupiansk hromada continues; buses to Kharkiv leave from the railway station square every day at 10:00.

We are looking for two more moderators for the night shift. If you can give four hours a week, write to us.
Report an error in a pin: fix@slid-map.example
Support the map: monobank jar "Slid night shift"
© Slid volunteer map, 2023 · Materials available under CC BY-NC 4.0
"""
DOC = {"id": "ld01", "date": "2023-08-13", "source": "Slid (volunteer damage map, daily digest)",
       "url": "https://slid-map.example/digest/412-2023-08-12", "text": TEXT}

SAT, D = "2023-08-12", "2023-08-13"
EVENTS = [
    E("ld01-1", MAS, SAT, L("Kostiantynivka"), "RU", "UA", inj=N(1), weapons=[W("mlrs", "Grad", launched=N(2))],
      note="digest 'for Saturday, 12 August' dates its lines (published Sunday 13th); volunteer typo 'Kostiantinivka' "
           "= Kostiantynivka 705104 (Donetsk oblast); 'two Grad rockets' = MLRS, launched 2; one man wounded; attacker "
           "RU from the Ukrainian-side map"),
    E("ld01-2", MAS, SAT, L("Toretsk"), "RU", "UA", fat=N(1), family=[ADS],
      note="'private house … destroyed, a woman of 71 killed inside': weapon not said -> both strike types"),
    E("ld01-3", ADS, SAT, L("Niu-York"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="village named with its hromada: 'Niu-York (Toretsk hromada)' = the town Niu-York 699751 (precision 1); "
           "glide bomb on an empty school, 'no casualties' -> 0/0"),
    E("ld01-4", MAS, SAT, L("Kurakhove"), "RU", "UA", inj=N(4), weapons=[W("artillery")],
      note="'damaged by artillery. Injured: 4, one of them a child'"),
    E("ld01-5", MAS, SAT, L("Siversk"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'the evening shelling killed two men' (Saturday evening); the moderator's quote about the pin is no "
           "second event"),
    E("ld01-6", MAS, SAT, L("Zaporizhzhia"), "RU", "UA", inj=N(1), weapons=[W("missile")],
      note="typo 'Zaporizhia' = Zaporizhzhia 687700; 'at 23:50 a missile hit a warehouse' on Saturday (12 Aug), the "
           "watchman injured"),
    E("ld01-7", ADS, SAT, L("Orikhiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb", launched=N(3))],
      note="typo 'Orihiv' = Orikhiv 698428; 'three KABs dropped' -> guided_bomb launched 3; 'Casualties: none "
           "reported' -> 0/0"),
    E("ld01-8", ADS, SAT, L("Stepnohirsk"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'FPV drone on a car at the crossroads, driver wounded' (verbless line)"),
    E("ld01-9", MAS, SAT, L("Mala Tokmachka"), "RU", "UA", weapons=[W("artillery")],
      note="'Mala Tokmachka (Orikhiv hromada) – shelled, two houses burned down': the village itself 702153; "
           "casualties not stated -> absent"),
    E("ld01-10", MAS, SAT, L("Kherson"), "RU", "UA", fat=N(1), inj=N(5), weapons=[W("artillery")],
      note="'mortar rounds landed on a bus stop of the Dniprovskyi district in the afternoon; 1 killed, 5 "
           "wounded' (a city district = the city)"),
    E("ld01-11", ADS, SAT, L("Antonivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'a drone dropped a grenade on a man cycling home' in Antonivka 713304 (the Kherson suburb, not the "
           "Skadovsk-raion village); in hospital = injured 1; a drone drop is an air_drone_strike"),
    E("ld01-12", ADS, SAT, L("Beryslav"), "RU", "UA", weapons=[W("guided_bomb")],
      note="'former police building damaged by a guided bomb'; casualties not stated"),
    E("ld01-13", MAS, SAT, L("Kizomys"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'Kizomys (Bilozerka hromada) – artilery fire' (typo kept in the text), '0 casualties' -> 0/0"),
    E("ld01-14", MAS, D, L("Kupiansk"), "RU", "UA", weapons=[W("missile", "S-300")],
      note="Russian-form spelling 'Kupyansk' = Kupiansk 703656; 'overnight into Sunday' -> 13 August, not the digest's "
           "Saturday ('Added late, so it is in this digest'); 'Casualties are being clarified' -> absent"),
    E("ld01-15", ADS, SAT, L("Vovchansk"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'four drone drops on the water utility's yard; one worker injured': drops are munitions, not a count of "
           "drones launched -> no launched count; one event"),
    E("ld01-16", MAS, SAT, L("Kozacha Lopan"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'mortar fire on the village, an elderly man wounded in his own garden'"),
    E("ld01-17", MAS, SAT, L("Nikopol"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery", launched=N(20, "about"))],
      note="typo 'Nykopol' = Nikopol 700051 (Dnipropetrovsk oblast); 'about 20 shells' -> launched about 20; 'nobody "
           "hurt' -> 0/0"),
    E("ld01-18", ADS, SAT, L("Marhanets"), "RU", "UA", weapons=[W("drone")],
      note="'kamikaze drone on the garage of the municipal utility'; casualties not stated"),
]
# Not events: '37 pins were added' / '19 are still being checked' (the map's own counts), the July statistics
# (1,146 pins, 212 with casualties: the map's month count, not an incident tally), the evacuation reminder for the
# Kupiansk hromada (a standing notice, 'continues'), the call for night-shift moderators (appeal), Melnyk's account of
# how the Siversk pin arrived (the same Siversk event). Masthead, menu, digest number, compiled-by line, error
# address, donation line and licence line are furniture.
STATEMENTS = [
    S("Taras Melnyk", "UA", "He sent the photo of the street at 19:20", "night-shift moderator, Slid map"),
]
MUST_NOT = ["SLID · volunteer damage map", "Map | Daily digest | Add a pin | How we check pins | Donate",
            "Daily digest No. 412", "Compiled by the night team · 13.08.2023, 08:40 · Open the map",
            "Report an error in a pin: fix@slid-map.example", "Support the map: monobank jar \"Slid night shift\"",
            "© Slid volunteer map, 2023 · Materials available under CC BY-NC 4.0"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
