from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, DIP

TITLE = "Drones strike Moscow's glass towers again: the war reaches the business district"
TEXT = """LA GAZZETTA DEL TIRRENO
Edizione internazionale · English
Home | Esteri | Politica | Economia | Cultura | Sport
Esteri › Russia-Ucraina
Drones strike Moscow's glass towers again: the war reaches the business district
di Chiara Benedetti
1 agosto 2023 · 11:42
Tempo di lettura: 4 minuti
For the second time in three days, a drone has flown into the Moscow City business district, the cluster of glass skyscrapers on the bend of the Moskva river where ministries rent floors next to banks, law firms and the Russian offices of foreign companies.

The attack came overnight into Tuesday. Three Ukrainian drones took part in it, according to the Russian defence ministry: two were shot down over the Odintsovo district of the Moscow region, west of the capital, while the third, jammed by electronic warfare, lost control and crashed into the 21st floor of the same tower that had been hit on Sunday. The facade was damaged over some 150 square metres, the mayor of Moscow wrote, and a security guard was slightly hurt by falling glass.
Pubblicità
Vnukovo airport suspended departures and arrivals for about an hour and a half during the night; at least six flights were diverted to other airports of the capital.

Sunday's attack, in the early hours of 30 July, damaged the facades of two towers of the district, and a security guard was injured then as well. "I heard something like a moped in the sky, then the windows on our floor simply flew inwards," said Artyom Zheleznov, a night-shift engineer at a logistics firm on the 17th floor, who spoke to us by telephone.

Kyiv, as usual, did not claim the attacks. A senior adviser to the Ukrainian president, asked on television about the towers, said only that the war was "gradually returning to Russia".

For Muscovites the war has so far been something that happens on television. "At lunch everybody was looking out of the window at the tower. Nobody said anything, but everybody was looking," said Svetlana Gorina, an accountant who works two blocks from the damaged building.

In Ukraine, meanwhile, the war keeps its usual shape. On Monday afternoon, Russian artillery shelled the centre of Kherson, killing a man and wounding three people at a bus stop, the regional governor said.

In Rome, the foreign minister spoke by telephone with his Ukrainian counterpart on Monday about the export of grain after the end of the Black Sea deal, the ministry said. Two Italian companies have offices in the tower that was hit; no Italian employees were in the building, the embassy in Moscow said.
Leggi anche: Grano, Ankara tratta con Mosca sul corridoio
Riproduzione riservata © Copyright La Gazzetta del Tirreno
"""
DOC = {"id": "lg02", "date": "2023-08-01", "source": "La Gazzetta del Tirreno (Italian newspaper site, English edition)",
       "url": "https://gazzettadeltirreno.example/esteri/2023/08/01/droni-mosca-city-business-district", "text": TEXT}

D, MON, SUN = "2023-08-01", "2023-07-31", "2023-07-30"
EVENTS = [
    E("lg02-1", ADS, D, L("Moscow"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Russian defence ministry; mayor of Moscow",
      evidence="the third, jammed by electronic warfare, lost control and crashed into the 21st floor of the same tower that had been hit on Sunday",
      note="'overnight into Tuesday' = 1 Aug (the publication day); the drone that 'crashed into the 21st floor' of a "
           "Moscow City tower (a district of the city = Moscow, precision 1); 'a security guard was slightly hurt' -> "
           "1 injured; the EW 'jamming' did not stop it, so it is no interception"),
    E("lg02-2", INT, D, H("Odintsovo", "Odintsovo district, Moscow region"), "RU", "UA",
      weapons=[W("drone", intercepted=N(2))], claimant="Russian defence ministry",
      evidence="two were shot down over the Odintsovo district of the Moscow region",
      note="'two were shot down over the Odintsovo district of the Moscow region' -> interception with its own count "
           "in a district named after its centre = precision 2 (RU-MOS, not Moscow city); the 'Three … drones' are the "
           "attack, not a launch count of a wave on the page"),
    E("lg02-3", DIS, D, H("Vnukovo", "Vnukovo airport"), None, None,
      evidence="Vnukovo airport suspended departures and arrivals for about an hour and a half during the night",
      note="airport closure during the attack -> infrastructure_disruption with both sides null (blind49 call: "
           "airport, bridge and border-crossing closures); an airport named with the settlement = precision 2 (Vnukovo "
           "857689 lies in Moscow city, RU-MOW)"),
    E("lg02-4", ADS, SUN, L("Moscow"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      evidence="Sunday's attack, in the early hours of 30 July, damaged the facades of two towers of the district, and a security guard was injured then as well",
      note="recalled with its own date: 'in the early hours of 30 July' (Sunday) -> required on 30 Jul; two towers of "
           "one district in one attack = one event; 'a security guard was injured then as well' -> 1 injured"),
    E("lg02-5", MAS, MON, L("Kherson"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("artillery")],
      claimant="governor of the Kherson region",
      evidence="On Monday afternoon, Russian artillery shelled the centre of Kherson, killing a man and wounding three people at a bus stop",
      note="'On Monday afternoon' on a Tuesday page -> 31 Jul; 1 killed, 3 wounded"),
    E("lg02-6", DIP, MON, C(None, "phone call"), "IT", "UA",
      evidence="the foreign minister spoke by telephone with his Ukrainian counterpart on Monday",
      note="'In Rome, the foreign minister spoke by telephone with his Ukrainian counterpart on Monday': a phone call "
           "has no place (blind51 lb07), the caller IT as actor1"),
]
# Not events: the EW-jammed drone (part of lg02-1, not an interception); the six diverted flights (part of lg02-3);
# 'Kyiv, as usual, did not claim the attacks' (negation, habit); the adviser's "gradually returning to Russia" (comment,
# title only); 'the war keeps its usual shape' (framing); the end of the Black Sea deal (history without a day); the
# Italian companies and 'no Italian employees were in the building' (negation). Not gold statements: the presidential
# adviser's fragment "gradually returning to Russia" (title only).
STATEMENTS = [
    S("Artyom Zheleznov", "RU", "the windows on our floor simply flew inwards", "night-shift engineer, Moscow City"),
    S("Svetlana Gorina", "RU", "Nobody said anything, but everybody was looking", "accountant, Moscow"),
]
MUST_NOT = ["LA GAZZETTA DEL TIRRENO", "Edizione internazionale · English",
            "Home | Esteri | Politica | Economia | Cultura | Sport", "Esteri › Russia-Ucraina", "di Chiara Benedetti",
            "1 agosto 2023 · 11:42", "Tempo di lettura: 4 minuti", "Pubblicità",
            "Leggi anche: Grano, Ankara tratta con Mosca sul corridoio",
            "Riproduzione riservata © Copyright La Gazzetta del Tirreno"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
