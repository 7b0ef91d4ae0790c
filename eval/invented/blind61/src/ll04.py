from common import E, L, R, C, N, W, S, H, P, gold, MAS, ADS, INT, DIP

TITLE = "Three Indonesian sailors hurt as missile hits grain ship in Ukrainian port"
TEXT = """THE ARCHIPELAGO POST
Indonesia | Asia & Pacific | World | Business | Opinion | Lifestyle
World > Europe
Three Indonesian sailors hurt as missile hits grain ship in Ukrainian port
Dimas Pratama (The Archipelago Post)
Jakarta ● Mon, January 15, 2024
Share this article
JAKARTA – Three Indonesian seafarers were hurt after a Russian missile slammed into a grain carrier moored in the Ukrainian Black Sea port of Chornomorsk late on Sunday Kyiv time, early Monday in Jakarta, the Foreign Ministry said.

The Panama-flagged bulk carrier, which was loading maize bound for Egypt, had a crew of 21, eleven of them Indonesian. A Ukrainian port worker on the quay was killed and two other Ukrainians were hurt, according to the Odesa regional governor, bringing the number of wounded to five.

The ship was hit by one of two Iskander-M ballistic missiles fired at the port shortly before 11 p.m. local time; the second landed on an empty warehouse a few hundred metres away.

"Our embassy in Kyiv has spoken with all three. Two have been discharged, and one is still being treated for burns," ministry spokesperson Rizal Hakim told reporters in Jakarta on Monday.

In the early hours of Monday, sixteen Shahed drones were launched at the Odesa region, of which thirteen were shot down, the governor said. Debris from one of them damaged houses in Odesa's Kyivskyi district, injuring a woman.

Agus Wibowo, 34, the ship's second officer, from Tegal in Central Java, said the crew had been eating dinner when the missile struck. "The whole deck shook. We ran down to the engine room because it was the only place we knew had steel on every side," he said in a voice message shared by his family.

The Foreign Minister spoke by phone with her Ukrainian counterpart on Monday morning and asked for help in repatriating the injured, the ministry said.

Separately, two people were killed by Russian shelling in the Korabelnyi district of Kherson on Saturday, the regional administration said.

Ports on Ukraine's Black Sea coast and on the Danube have been attacked repeatedly since Russia pulled out of a United Nations-brokered grain export deal in July 2023. Indonesia, one of the world's largest wheat importers, bought about a quarter of its wheat from Ukraine before the war.

Hendra Siregar, secretary-general of the Indonesian Seafarers' Union, said manning agencies had to stop sending Indonesian crews into ports that were being targeted week after week.
Read also: RI to boost wheat imports from Australia as Black Sea risks linger
Topics: Ukraine, Russia, seafarers, Odesa, shipping
Log in to comment
"""
DOC = {"id": "ll04", "date": "2024-01-15", "source": "The Archipelago Post (Indonesian English-language daily, Jakarta)",
       "url": "https://www.archipelagopost.example/world/2024/01/15/three-indonesian-sailors-hurt-as-missile-hits-grain-ship.html",
       "text": TEXT}

D, SUN, SAT = "2024-01-15", "2024-01-14", "2024-01-13"
W1 = "ll04-2"
EVENTS = [
    E("ll04-1", MAS, SUN, L("Chornomorsk"), "RU", "UA", fat=N(1), inj=N(5),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="'late on Sunday Kyiv time, early Monday in Jakarta' -> Sunday 14 Jan (the Kyiv-side day; 'shortly before "
           "11 p.m. local time'); the two Iskander-M missiles fired at the port (ship + empty warehouse) are one event at "
           "Chornomorsk; 1 port worker killed; injured 3 Indonesians + 2 Ukrainians = 5 ('bringing the number of "
           "wounded to five'); a foreign ship in a Ukrainian port -> RU -> UA"),
    E(W1, ADS, D, R("UA-51", "Odesa region"), "RU", "UA", claimant="Odesa regional governor",
      weapons=[W("drone", "Shahed-136", launched=N(16))],
      note="'In the early hours of Monday, sixteen Shahed drones were launched at the Odesa region': a regional launch "
           "with its count is the parent of the region's drone hits (blind53 call 4); after midnight -> Monday, not "
           "part of the Sunday missile strike"),
    E("ll04-3", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent=W1, claimant="Odesa regional governor",
      weapons=[W("drone", intercepted=N(13))],
      note="'of which thirteen were shot down': a regional count -> required interception"),
    E("ll04-4", ADS, D, L("Odesa"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone")],
      note="'Debris from one of them damaged houses in Odesa's Kyivskyi district, injuring a woman' (city district = "
           "the city)"),
    E("ll04-5", DIP, D, P(), "ID", "UA",
      note="'The Foreign Minister spoke by phone with her Ukrainian counterpart on Monday morning': a phone call, no "
           "place; the request for help is part of it"),
    E("ll04-6", MAS, SAT, L("Kherson"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'Separately, two people were killed by Russian shelling in the Korabelnyi district of Kherson on Saturday' "
           "-> 13 Jan; city district = the city; shelling -> artillery"),
]
# Not events: the ship's crew figures (21, eleven Indonesian), the discharge of two sailors, attacks on ports 'repeatedly
# since … July 2023' and Russia's exit from the deal in July 2023 (history without a day), Indonesia's wheat imports
# (economy), the union's call on manning agencies (appeal, reported speech: no gold statement). The Foreign Minister is title-only and not quoted.
STATEMENTS = [
    S("Rizal Hakim", "ID", "Two have been discharged, and one is still being treated for burns",
      "Foreign Ministry spokesperson, Indonesia"),
    S("Agus Wibowo", "ID", "it was the only place we knew had steel on every side", "second officer of the ship"),
]
MUST_NOT = ["THE ARCHIPELAGO POST", "Indonesia | Asia & Pacific | World | Business | Opinion | Lifestyle",
            "World > Europe", "Dimas Pratama (The Archipelago Post)", "Jakarta ● Mon, January 15, 2024",
            "Share this article", "Read also: RI to boost wheat imports from Australia as Black Sea risks linger",
            "Topics: Ukraine, Russia, seafarers, Odesa, shipping", "Log in to comment"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
