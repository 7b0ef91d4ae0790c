from common import E, L, R, C, N, W, S, gold

TITLE = "Turkish-owned cargo ship hit in Ukrainian port as Russia reports sea-drone attack on Novorossiysk"
TEXT = """We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies. OK | Settings
BOSPORUS POST | English Edition
Home > World > Europe
Turkish-owned cargo ship hit in Ukrainian port as Russia reports sea-drone attack on Novorossiysk
Published: 27.05.2026 13:20 | Updated: 27.05.2026 16:45
🎧 Listen to this news
ISTANBUL - A Turkish-owned bulk carrier was damaged by a Russian drone in the Ukrainian port of Chornomorsk late on Tuesday, injuring two crew members, Ukraine's navy said, hours before Russia said it had repelled a Ukrainian sea-drone attack on the port of Novorossiysk.

The Panama-flagged ship, which was loading grain for Egypt, was hit in its superstructure at about 23:30 local time. The two injured sailors, a Turkish and an Egyptian national, were taken to hospital in Odesa, navy spokesman Oleksii Kravchuk said.

"This was a deliberate attack on a civilian vessel in a civilian port, with a foreign crew on board," Kravchuk said.

Turkey's Foreign Ministry summoned Russia's ambassador on Wednesday to convey "its deep concern and expectation that such incidents are not repeated", ministry spokeswoman Selin Aydemir said.

The Russian embassy in Ankara denied that a Russian drone had been involved, saying in a statement that the damage "may well have been caused by Ukrainian air defence".

Related News
» Grain exports through Ukrainian ports hit record in April
» Insurers review Black Sea premiums

Russia's Black Sea Fleet said its ships and naval aviation had destroyed six Ukrainian uncrewed surface vessels heading for Novorossiysk before dawn on Wednesday. "No ship or port facility was damaged," the fleet said on Telegram.

Asked about the Russian claim, Kravchuk said the navy would "neither confirm nor deny" operations at sea.

Port authorities in Novorossiysk suspended tanker loading at the Sheskharis oil terminal for six hours during the alert, according to two shipping agents.

Separately, a drifting sea mine exploded near the beach at Zatoka in the Odesa region on Sunday, police said. Nobody was hurt.

Ankara, which controls access to the Black Sea through the Bosporus and Dardanelles straits, has offered to host talks on the safety of commercial navigation, but neither Moscow nor Kyiv has accepted. Shipping executives say insurers could raise war-risk premiums again if attacks on merchant ships continue.

Ukraine has shipped grain through its own corridor along the western Black Sea coast since August 2023, after Russia quit a UN-brokered deal. It was the third time this year that a Turkish-owned ship had been hit in a Ukrainian port.

Keywords: Black Sea, Ukraine, Russia, shipping, Turkey
Share on X | Facebook | WhatsApp | Telegram
Subscribe to our newsletter for the day's top stories
© Bosporus Post 2026. All rights reserved.
"""
DOC = {"id": "h11", "date": "2026-05-27", "source": "Bosporus Post (Turkish outlet, English edition)",
       "url": "https://www.bosporuspost.example/en/world/europe/turkish-owned-ship-hit-chornomorsk-20260527",
       "text": TEXT}

D, Y = "2026-05-27", "2026-05-26"
EVENTS = [
    E("h11-1", "air_drone_strike", Y, L("Chornomorsk", 1, "port of Chornomorsk"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], claimant="Oleksii Kravchuk",
      note="'late on Tuesday … at about 23:30' = 26 May; hospital = injured; actor2 = the state of the port (the ship is "
           "Turkish-owned, Panama-flagged); the embassy's denial does not remove the event"),
    E("h11-2", "diplomatic_contact", D, L("Ankara"), "TR", "RU", claimant="Selin Aydemir",
      note="ambassador summoned 'on Wednesday' at the foreign ministry in Ankara"),
    E("h11-3", "interception", D, L("Novorossiysk", 2, "approaches to Novorossiysk"), "RU", "UA",
      weapons=[W("drone", intercepted=N(6))], claimant="Russian Black Sea Fleet",
      note="six uncrewed surface vessels 'heading for Novorossiysk' destroyed before dawn Wednesday: at sea near the "
           "port, precision 2; sea drones = drone category"),
    E("h11-4", "infrastructure_disruption", D, L("Novorossiysk", 1, "Sheskharis oil terminal, Novorossiysk"), None, "RU",
      note="tanker loading suspended for six hours during the alert; 'during the alert' is implicit: actor1 null"),
    E("h11-5", "remote_explosive", "2026-05-24", L("Zatoka", 2, "near the beach at Zatoka"), None, "UA", fat=N(0),
      inj=N(0), note="drifting sea mine, no perpetrator named (blind4 call 8); 'on Sunday' = 24 May; 'Nobody was hurt' = "
                     "0/0"),
]
STATEMENTS = [
    S("Oleksii Kravchuk", "UA", "deliberate attack on a civilian vessel in a civilian port", "Ukrainian navy spokesman"),
    S("Selin Aydemir", "TR", "its deep concern and expectation that such incidents are not repeated",
      "Turkish Foreign Ministry spokeswoman"),
    S("Russian embassy in Ankara", "RU", "may well have been caused by Ukrainian air defence"),
    S("Russian Black Sea Fleet", "RU", "No ship or port facility was damaged"),
]
MUST_NOT = ["We use cookies to improve your experience. By continuing to browse the site you agree to our use of "
            "cookies. OK | Settings", "BOSPORUS POST | English Edition", "Home > World > Europe",
            "Published: 27.05.2026 13:20 | Updated: 27.05.2026 16:45", "🎧 Listen to this news", "Related News",
            "» Grain exports through Ukrainian ports hit record in April", "» Insurers review Black Sea premiums",
            "Keywords: Black Sea, Ukraine, Russia, shipping, Turkey", "Share on X | Facebook | WhatsApp | Telegram",
            "Subscribe to our newsletter for the day's top stories", "© Bosporus Post 2026. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
