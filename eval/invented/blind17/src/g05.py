from common import E, L, R, C, N, W, S, gold

TITLE = "Russian strikes hit Danube and Odesa ports as Black Sea shipping corridor comes under pressure"
TEXT = """The Northern Chronicle
Ukraine | Europe | World | Environment | Business
Russia-Ukraine war
Russian strikes hit Danube and Odesa ports as Black Sea shipping corridor comes under pressure
Attack on grain infrastructure overnight kills a dock worker in Odesa, while a Liberian-flagged carrier is damaged at Pivdenne
Lena Grigorieva in Kyiv and Tom Ashworth
Tue 26 Sep 2023 12.31 BST
Russia attacked Ukraine's southern ports with drones and cruise missiles overnight, killing a dock worker in Odesa, damaging grain silos on the Danube and striking close to a foreign merchant ship, in a renewed effort to choke off the exports Kyiv has kept flowing since Moscow walked out of the Black Sea grain deal in July.

Ukraine's air force said Russia had launched 38 Shahed drones and 12 Kalibr cruise missiles from the Black Sea at the Odesa region, and that 26 drones and 11 missiles had been destroyed.

In Odesa, a missile struck a warehouse in the port area, killing a 52-year-old worker and setting stored grain on fire, the regional governor said. Firefighters battled the blaze until dawn.

On the Danube, drones hit the port infrastructure of Izmail, damaging two grain silos and an administrative building. Two lorry drivers queueing to unload were injured by shrapnel and taken to hospital, the governor said.

Debris from an intercepted missile fell on the quay at Pivdenne, also known by its Russian-era name Yuzhne, where a Liberian-flagged bulk carrier was being loaded with maize. The ship's hull was holed above the waterline. None of its 21 crew members was hurt, according to the port's administration.

Photograph: A firefighter works at a burning warehouse in Odesa's port on Tuesday. Photograph: Oleksandr Hnatenko/Chronicle

"They want shipowners to believe that no berth in Odesa is safe," said Taras Horbenko, a spokesperson for Ukraine's navy. "Yet 37 vessels have left our ports through the corridor since it opened."

Russia's defence ministry said on Monday that its Black Sea fleet had destroyed three Ukrainian uncrewed boats heading towards Sevastopol, in occupied Crimea. Ukraine did not comment on that claim.

Romania's defence ministry said it had detected no violation of its airspace during the overnight attack on Izmail, which lies just across the Danube from Romanian territory.

Marine insurers have raised war-risk premiums for ships calling at Ukrainian ports several times since the summer. "Every strike near a loaded vessel goes straight into the price," said Clara Voss, an analyst at the maritime consultancy Seaborne Risk.

Sign up to First Edition, our free daily newsletter
Moscow has not said whether it considers merchant ships bound for Ukrainian ports to be legitimate targets, but its warnings in July that such vessels could be treated as carrying military cargo have not been withdrawn.
Explore more on these topics
Ukraine · Russia · Shipping · Food security
Reuse this content
"""
DOC = {"id": "g05", "date": "2023-09-26", "source": "The Northern Chronicle (newspaper site)",
       "url": "https://www.northernchronicle.example/world/2023/sep/26/russia-strikes-danube-odesa-ports", "text": TEXT}

D = "2023-09-26"
AF = "Ukrainian Air Force"
EVENTS = [
    E("g05-1", "missile_artillery_strike", D, R("UA-51", "Odesa Oblast"), "RU", "UA",
      weapons=[W("drone", "Shahed", launched=N(38)), W("cruise_missile", "Kalibr", launched=N(12))], claimant=AF,
      note="wave 'at the Odesa region': one region, so the wave sits at region precision (rule 3's wave carries "
           "the place the text gives); typed by its heaviest weapon"),
    E("g05-2", "interception", D, R("UA-51", "Odesa Oblast"), "UA", "RU",
      weapons=[W("drone", intercepted=N(26)), W("cruise_missile", "Kalibr", intercepted=N(11))], claimant=AF,
      parent="g05-1", note="26 drones and 11 (Kalibr) missiles destroyed"),
    E("g05-3", "missile_artillery_strike", D, L("Odesa"), "RU", "UA", fat=N(1), weapons=[W("cruise_missile")],
      parent="g05-1", note="missile on a port warehouse, one worker killed (the caption repeats it)"),
    E("g05-4", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="g05-1",
      note="drones hit Izmail port: two drivers injured"),
    E("g05-5", "missile_artillery_strike", D, L("Pivdenne"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile")], parent="g05-1",
      note="debris of an intercepted missile on the quay, ship holed; 'None of its 21 crew members was hurt' = 0/0 "
           "(the port's casualties are only the crew: 0/0 as the text tells it); Yuzhne = Pivdenne 687997"),
    E("g05-6", "interception", "2023-09-25", L("Sevastopol", 2, "towards Sevastopol"), "RU", "UA",
      claimant="Russian defence ministry",
      note="'said on Monday' three uncrewed boats destroyed heading towards Sevastopol: interception near the city "
           "(precision 2), dated the day of the claim; occupied Crimea keeps UA-40"),
]
STATEMENTS = [
    S("Taras Horbenko", "UA", "no berth in Odesa is safe", "navy spokesperson"),
    S("Clara Voss", None, "Every strike near a loaded vessel goes straight into the price", "analyst, Seaborne Risk"),
]
MUST_NOT = ["The Northern Chronicle", "Ukraine | Europe | World | Environment | Business", "Russia-Ukraine war",
            "Lena Grigorieva in Kyiv and Tom Ashworth", "Tue 26 Sep 2023 12.31 BST",
            "Sign up to First Edition, our free daily newsletter", "Explore more on these topics",
            "Ukraine · Russia · Shipping · Food security", "Reuse this content"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
