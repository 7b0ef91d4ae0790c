from common import E, L, R, C, N, W, S, gold

TITLE = "Drone Hits Apartment Block in Podolsk as Moscow Airports Close During Overnight Attack"
TEXT = """THE MOSCOW OBSERVER
Independent news from Russia
News | Opinion | Business | Arts & Life | Podcasts
Donate
Read in Russian
Drone Hits Apartment Block in Podolsk as Moscow Airports Close During Overnight Attack
March 11, 2026
Updated: 2 hours ago
Ukraine war
A Ukrainian drone crashed into a 16-storey apartment building in the Moscow region town of Podolsk early Wednesday, injuring two people, the regional governor said, as dozens of drones targeted the capital region for the second night in a row.

Russia's Defense Ministry said air defense systems downed 118 Ukrainian drones overnight over nine regions, including 34 over the Moscow region.

The drone hit the upper floors of the building at around 4 a.m., setting two apartments on fire. A woman and her teenage son were hospitalized with burns, the governor said. Photos shared on local Telegram channels showed blackened windows and debris scattered across a children's playground.

Flights at Domodedovo airport were suspended for almost six hours, and more than 60 flights were delayed or diverted, Russia's aviation authority said.

A source in Ukraine's Security Service (SBU) told Ukrainian media that the target had been a plant in Podolsk producing electronics for the military. The Moscow Observer could not verify the claim.

The Kremlin spokesman said the attacks showed that Kyiv "is not interested in peace" and warned that Moscow would respond if Western countries supplied Ukraine with longer-range missiles. The Foreign Ministry said Russia reserved the right to strike "decision-making centers."

"Moscow has got used to the air defense working every night. The risk is that people stop going to shelters at all," said Anton Sheremet, a Vilnius-based military analyst.

Ukraine has regularly targeted the Moscow region since the spring of 2023, in what it says is retaliation for Russia's strikes on Ukrainian cities.
Have a tip? Contact our newsroom securely via Signal
Follow The Moscow Observer on Telegram
© 2026 The Moscow Observer. All rights reserved.
"""
DOC = {"id": "kn12", "date": "2026-03-11", "source": "The Moscow Observer (independent Russian news site in English)",
       "url": "https://www.moscowobserver.example/2026/03/11/drone-hits-apartment-block-in-podolsk-a94217", "text": TEXT}

D = "2026-03-11"
EVENTS = [
    E("kn12-1", "air_drone_strike", D, L("Podolsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="drone into an apartment building in Podolsk 'early Wednesday' (publication day), 'at around 4 a.m.': 2 "
           "hospitalised; the SBU source's 'target had been a plant' is a claim about the same event"),
    E("kn12-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(118))],
      note="MoD: 118 drones downed overnight over nine regions"),
    E("kn12-3", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", parent="kn12-2",
      weapons=[W("drone", intercepted=N(34))], note="'including 34 over the Moscow region': regional count -> required"),
    E("kn12-4", "infrastructure_disruption", D, L("Domodedovo"), None, None,
      note="flights at Domodedovo suspended for almost six hours, 60 flights delayed or diverted: airport restriction, "
           "sides null (blind28 call 11)"),
    E("kn12-5", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the drone attack on nine regions / 'dozens of drones targeted the capital region' as a whole: optional"),
]
# Not events: 'for the second night in a row' (the previous night, no detail), the Kremlin's warning 'would respond
# if', the Foreign Ministry's 'reserved the right', 'since the spring of 2023' (history).
STATEMENTS = [
    S("Anton Sheremet", None, "The risk is that people stop going to shelters at all", "Vilnius-based military analyst"),
]
MUST_NOT = ["THE MOSCOW OBSERVER", "Independent news from Russia", "News | Opinion | Business | Arts & Life | Podcasts",
            "Donate", "Read in Russian", "March 11, 2026", "Updated: 2 hours ago", "Ukraine war",
            "Have a tip? Contact our newsroom securely via Signal", "Follow The Moscow Observer on Telegram",
            "© 2026 The Moscow Observer. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
