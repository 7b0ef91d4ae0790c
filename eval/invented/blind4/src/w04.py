from common import E, L, R, C, N, W, S, gold

TITLE = "Blasts at ammunition depot near Dzhankoi: rail traffic halted, villages evacuated"
TEXT = """CRIMEAN DISPATCH
Crimea / News
Blasts at ammunition depot near Dzhankoi: rail traffic halted, villages evacuated
Text: Iryna Dovhal
17 August 2023, 09:55

A series of explosions rocked an ammunition depot near the village of Azovske in occupied Crimea's Dzhankoi district late on Wednesday, local residents said, with detonations continuing for more than three hours.

The cause of the explosions was not immediately clear. Sergei Lavrenov, the Russian-installed head of the peninsula, said ammunition had "detonated" at a storage site and made no mention of an attack. He said there were no casualties.

"The situation is under control, there is no threat to residents," Lavrenov wrote on Telegram shortly after midnight.
Photo: a screenshot from a video circulated by local residents
Occupation authorities ordered the evacuation of about 2,100 residents from within a five-kilometre radius of the depot and suspended rail traffic on the Dzhankoi–Kerch section, the Crimean railway said. Eleven passenger trains were delayed by up to six hours, and buses were laid on between Dzhankoi and Simferopol.

Hours before the blasts, Russia's Defence Ministry said its air defences had destroyed three Ukrainian drones over the north of the peninsula. It gave no details of where they were downed.

Ukraine's military intelligence declined to comment on the explosions. Its spokesman Mykola Bondar wrote on social media: "Crimea is Ukraine, and everything there that serves the occupier will burn sooner or later."

Also on Wednesday, occupation police in Simferopol detained Refat Ablaev, a 47-year-old Crimean Tatar, after searching his home, his lawyer said. He is accused of "discrediting the Russian army" over a post on social media.

Lavrenov urged residents not to film or post videos of military sites, warning that violators could face prosecution. The Kerch bridge could also be closed if the situation worsened, he said.

The Dzhankoi area has been a key logistics hub for Russian forces in southern Ukraine since 2022.

Read more: How occupation authorities are militarising the peninsula's north
Tags: Crimea, Dzhankoi, explosions
If you see an error, select it and press Ctrl+Enter
"""
DOC = {"id": "w04", "date": "2023-08-17", "source": "Crimean Dispatch",
       "url": "https://crimeandispatch.example/news/2023/08/17/azovske-depot-explosions", "text": TEXT}

D = "2023-08-16"
EVENTS = [
    E("w04-1", "remote_explosive", D, L("Azovske", 2, "near Azovske, Dzhankoi district"), None, "RU",
      fat=N(0), inj=N(0), family=["air_drone_strike", "missile_artillery_strike", "looting_destruction"],
      claimant="local residents; Sergei Lavrenov", note="explosion of unknown cause at a depot"),
    E("w04-2", "infrastructure_disruption", D, L("Dzhankoi", 2, "Dzhankoi-Kerch railway section"), None, "RU",
      claimant="Crimean railway"),
    E("w04-3", "interception", D, R("UA-43", "north of Crimea"), "RU", "UA",
      weapons=[W("drone", intercepted=N(3))], claimant="Russian Defence Ministry"),
    E("w04-4", "arrest", D, L("Simferopol"), "RU", "UA", family=["abduction"], claimant="lawyer"),
]
STATEMENTS = [
    S("Sergei Lavrenov", "RU", "The situation is under control, there is no threat to residents",
      "Russian-installed head of Crimea"),
    S("Mykola Bondar", "UA", "everything there that serves the occupier will burn sooner or later",
      "Ukrainian military intelligence spokesman"),
]
MUST_NOT = ["CRIMEAN DISPATCH", "Crimea / News", "Text: Iryna Dovhal", "Photo: a screenshot from a video circulated by local residents",
            "Read more: How occupation authorities are militarising the peninsula's north",
            "Tags: Crimea, Dzhankoi, explosions", "If you see an error, select it and press Ctrl+Enter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
