from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine says sea drones hit Russian patrol boat off Crimea; missile strikes Odesa port"
TEXT = """PONTIC TIMES
BG | EN | RU
Varna 22°C ☀  ·  Burgas 23°C  ·  Sea temp. 19°C
Black Sea › Security
Ukraine says sea drones hit Russian patrol boat off Crimea; missile strikes Odesa port
14 June 2025, 12:48 | Reactions: 57 | Comments: 0
Ukraine's military intelligence said its naval drones struck a Russian patrol boat off Chornomorske on the western tip of occupied Crimea on Friday night, in the latest in a series of attacks on the Black Sea Fleet.

A video released by the agency showed a sea drone approaching a grey vessel at speed before the picture cut out. The agency said the boat, of the Raptor class, was "seriously damaged" and that at least two crew members were killed; the claim could not be verified.

Russia's Defence Ministry said the Black Sea Fleet had destroyed five uncrewed boats in the north-western part of the Black Sea on Friday evening. It did not mention any damage.

Early on Saturday, a Russian Iskander-M ballistic missile struck port infrastructure in Odesa, killing two port workers and injuring seven, the regional governor said. A container ship flying the Panamanian flag was damaged at its berth.

Drones also attacked the Danube port of Izmail overnight, starting a fire at a grain terminal. No one was injured there, the governor said. Air defences shot down 17 drones over the Odesa region.

"The Russians are trying to make the corridor look unsafe so that insurers raise the premiums again. So far ships keep coming," said Captain Yurii Stasiuk, a spokesman for Ukraine's navy.

Closer to home, Bulgarian navy divers neutralised a drifting sea mine about 20 nautical miles off Cape Shabla on Friday, the Defence Ministry in Sofia said. It was the fourth mine found in Bulgarian waters this year.

"Every mine that drifts south is a reminder that this war is on our doorstep," said Petar Dimov, a maritime security researcher in Varna.

🎙 Listen: Black Sea Hour — this week, the grain corridor two years on
Cookie settings · Privacy policy · Editorial code
Pontic Times — published by Pontic Media EOOD, Varna
"""
DOC = {"id": "ke11", "date": "2025-06-14", "source": "Pontic Times (Bulgarian English-language site)",
       "url": "https://pontictimes.example/en/black-sea/security/2025/06/14/sea-drones-crimea-odesa-port", "text": TEXT}

D = "2025-06-14"
F = "2025-06-13"
EVENTS = [
    E("ke11-1", "air_drone_strike", F, L("Chornomorske-Cr", 2, "off Chornomorske"), "UA", "RU", fat=N(2, "at_least"),
      weapons=[W("drone")], family=["remote_explosive"], claimant="Ukrainian military intelligence",
      note="naval drones on a patrol boat 'off Chornomorske … on Friday night': a drone strike (an explosive boat, "
           "remote_explosive accepted); at sea off the town = precision 2; occupied Crimea keeps UA-43; 'at least two "
           "crew members were killed' (unverified claim kept)"),
    E("ke11-2", "interception", F, C(None, "north-western Black Sea"), "RU", "UA", optional=True,
      weapons=[W("drone", intercepted=N(5))], claimant="Russian Defence Ministry",
      note="'destroyed five uncrewed boats in the north-western part of the Black Sea': open sea, no country; possibly "
           "the Russian version of the same attack: optional"),
    E("ke11-3", "missile_artillery_strike", D, L("Odesa"), "RU", "UA", fat=N(2), inj=N(7),
      weapons=[W("ballistic_missile", "Iskander-M")], claimant="Odesa region governor",
      note="'Early on Saturday' ballistic missile on port infrastructure (port = its city)"),
    E("ke11-4", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(0), weapons=[W("drone")],
      note="'overnight' (Saturday report); 'No one was injured there' = injured 0 (deaths not stated)"),
    E("ke11-5", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(17))],
      note="regional count of downed drones: required"),
    E("ke11-6", "remote_explosive", F, C("BG", "Bulgaria (off Cape Shabla)"), None, None, optional=True,
      note="drifting sea mine 'neutralised' on Friday: nothing exploded and no actor; optional, actor sides null "
           "(blind16 call 7)"),
]
STATEMENTS = [
    S("Yurii Stasiuk", "UA", "So far ships keep coming", "navy spokesman"),
    S("Petar Dimov", "BG", "this war is on our doorstep", "maritime security researcher"),
]
MUST_NOT = ["PONTIC TIMES", "BG | EN | RU", "Varna 22°C ☀  ·  Burgas 23°C  ·  Sea temp. 19°C", "Black Sea › Security",
            "14 June 2025, 12:48 | Reactions: 57 | Comments: 0",
            "🎙 Listen: Black Sea Hour — this week, the grain corridor two years on",
            "Cookie settings · Privacy policy · Editorial code", "Pontic Times — published by Pontic Media EOOD, Varna"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
