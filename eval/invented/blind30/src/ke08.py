from common import E, L, R, C, N, W, S, gold

TITLE = "Abu Dhabi talks yield prisoner swap deal but no truce; drone hits evacuation bus in Sumy region"
TEXT = """THE GULF CHRONICLE
عربي | English
Abu Dhabi 24°C · Dubai 26°C · Fajr 05:41
Home › World › Europe
Abu Dhabi talks yield prisoner swap deal but no truce; drone hits evacuation bus in Sumy region
Saturday, February 7, 2026 — 15:20 GST
Ukrainian and Russian delegations ended two days of talks in Abu Dhabi on Friday with an agreement to exchange 300 prisoners of war each, but without progress on a ceasefire, officials on both sides said.

The talks, held behind closed doors at a government guest palace with US and Emirati mediators, were the third round since December. The head of the Ukrainian delegation said the two sides had also discussed the return of civilians and the bodies of fallen soldiers.

"Both delegations sat at one table for eleven hours on Friday. That in itself is something," said Salem Al Nuaimi, an official at the UAE foreign ministry who attended the sessions.

The Kremlin spokesman said there had been "no breakthrough" on the main questions. The exchange is expected to take place next week, and a further round could be held in Geneva later this month, according to a Ukrainian official. Neither side has agreed to a halt in strikes on energy infrastructure.

Strikes continue
Hours after the talks ended, Russia launched 87 attack drones at Ukraine overnight, the Ukrainian air force said on Saturday. Air defences shot down 62 of them.

On Saturday morning a Russian drone struck a minibus carrying evacuees near Krasnopillia in the Sumy region, killing three people and injuring six, the regional military administration said. The bus was taking residents of border villages to Sumy.

"They saw it was a civilian bus. It was white, with a sign on the windscreen," said Vitalii Hrebeniuk, the head of the local community, who arrived at the scene shortly after the strike.

In Kherson, Russian FPV drones attacked people at a bus stop in the Korabelnyi district on Friday afternoon, injuring a 71-year-old man and a woman, the regional governor said. On Saturday morning, Russian artillery killed a man in Bilozerka, west of the city.

"Talks in the day, drones at night. This is how Russia negotiates," the Ukrainian president wrote on X.

Download the Gulf Chronicle app for breaking news alerts
More from World
▸ Gaza ceasefire talks resume in Cairo
▸ Sudan: aid convoy reaches El Fasher
© 2026 Gulf Chronicle Media. All rights reserved.
"""
DOC = {"id": "ke08", "date": "2026-02-07", "source": "The Gulf Chronicle (UAE English-language daily)",
       "url": "https://gulfchronicle.example/world/europe/2026/02/07/abu-dhabi-talks-prisoner-swap-sumy-bus", "text": TEXT}

D = "2026-02-07"
F = "2026-02-06"
EVENTS = [
    E("ke08-1", "diplomatic_contact", F, L("Abu Dhabi"), "UA", "RU",
      note="two days of talks that 'ended … on Friday': dated the last day, where the text dates them; 'a further "
           "round could be held in Geneva' is a plan, no event"),
    E("ke08-2", "agreement", F, L("Abu Dhabi"), "UA", "RU",
      note="'an agreement to exchange 300 prisoners of war each' reached on Friday: a deal between the parties; the "
           "exchange itself is 'expected … next week' (future, no event); no truce agreed (negation)"),
    E("ke08-3", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(87))],
      claimant="Ukrainian Air Force", note="overnight wave reported on Saturday = Saturday"),
    E("ke08-4", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(62))],
      parent="ke08-3", claimant="Ukrainian Air Force", note="'shot down 62 of them'"),
    E("ke08-5", "air_drone_strike", D, L("Krasnopillia-Su", 2, "near Krasnopillia"), "RU", "UA", fat=N(3), inj=N(6),
      weapons=[W("drone")], claimant="Sumy regional military administration",
      note="drone on an evacuation minibus 'near Krasnopillia' on Saturday morning; not said to be part of the "
           "overnight wave, so no parent"),
    E("ke08-6", "air_drone_strike", F, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], note="FPV drones on a bus stop 'on Friday afternoon'; city district = the city"),
    E("ke08-7", "missile_artillery_strike", D, L("Bilozerka"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'On Saturday morning, Russian artillery killed a man in Bilozerka'"),
]
STATEMENTS = [
    S("Salem Al Nuaimi", "AE", "sat at one table for eleven hours", "UAE foreign ministry official"),
    S("Vitalii Hrebeniuk", "UA", "They saw it was a civilian bus", "head of the local community"),
]
MUST_NOT = ["THE GULF CHRONICLE", "عربي | English", "Abu Dhabi 24°C · Dubai 26°C · Fajr 05:41", "Home › World › Europe",
            "Saturday, February 7, 2026 — 15:20 GST", "Download the Gulf Chronicle app for breaking news alerts",
            "More from World", "▸ Gaza ceasefire talks resume in Cairo", "▸ Sudan: aid convoy reaches El Fasher",
            "© 2026 Gulf Chronicle Media. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
