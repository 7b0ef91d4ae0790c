from common import E, L, R, C, N, W, S, H, gold, ADS, DIP

TITLE = "Ukraine and Russia agree new prisoner swap at Geneva talks, but no breakthrough on ceasefire"
TEXT = """AEM — Agence Europe-Monde
FR | EN | ES | AR
World | Europe | Economy | Sport | Culture
Ukraine and Russia agree new prisoner swap at Geneva talks, but no breakthrough on ceasefire
Published on 12/02/2026 - 16:47 Modified on 12/02/2026 - 18:05
4 min read
Geneva (AEM) - Ukrainian and Russian delegations ended two days of talks in Geneva on Thursday with an agreement to exchange 300 prisoners of war each, but made no progress towards a ceasefire, both sides said.

The talks, hosted by Switzerland in a lakeside hotel, were the fourth round of direct negotiations since last May. No date was set for a fifth.

The exchange should take place "within ten days", the Ukrainian delegation said in a statement, and will also include the return of the bodies of fallen soldiers.

"We came for a ceasefire and we are leaving with people. That is not nothing, but it is not what we came for," said Mykhailo Ostapenko, deputy head of the Ukrainian delegation.

Moscow's negotiators said Russia would consider a month-long pause in strikes on energy facilities if Kyiv halted its drone attacks on Russian refineries, a proposal the Ukrainian side dismissed as "a trap".

"Our proposals remain on the table. The ball is in Kyiv's court," said Pavel Vorontsov, a spokesman for the Russian delegation.

On Wednesday evening, as the negotiators sat down to dinner, the French president spoke by phone with his Ukrainian counterpart and promised to "keep up the pressure" on Moscow, the Elysee said.

Fighting went on during the talks. In the Donetsk region, Russian glide bombs struck the centre of Kostiantynivka on Thursday morning, killing two people and wounding five, the regional governor said.

Ukraine's General Staff said its drones had hit the Unecha oil pumping station in Russia's Bryansk region overnight. The region's governor said a drone attack had set fire to "an industrial facility" in the Unecha district and that there were no casualties.

"Switzerland is ready to host the next round whenever both parties wish," said Nicolas Baud, a spokesman for the Swiss foreign ministry.
pz-ob/gmo
© Agence Europe-Monde
Read also
Moldova recalls ambassador from Moscow over airspace incident
"""
DOC = {"id": "le13", "date": "2026-02-12", "source": "AEM Agence Europe-Monde (French news agency, English service)",
       "url": "https://www.aem-presse.example/en/ukraine-russia-prisoner-swap-geneva-talks-20260212", "text": TEXT}

D, WED = "2026-02-12", "2026-02-11"
EVENTS = [
    E("le13-1", DIP, WED, L("Geneva"), None, None, end=D, prec="range",
      ev="Ukrainian and Russian delegations ended two days of talks in Geneva on Thursday",
      note="'ended two days of talks in Geneva on Thursday' = 11-12 Feb: direct talks between the two sides' "
           "delegations at the named venue, sides null (blind41 kr12-1), range"),
    E("le13-2", "agreement", D, L("Geneva"), "UA", "RU", family=[DIP],
      ev="with an agreement to exchange 300 prisoners of war each",
      note="the deal reached at the talks on Thursday (300 for 300): an agreement at Geneva (blind41 kr12-2); the "
           "exchange itself 'within ten days' is future"),
    E("le13-3", DIP, WED, C(None, "phone call"), "FR", "UA",
      ev="the French president spoke by phone with his Ukrainian counterpart",
      note="'On Wednesday evening … spoke by phone': a phone call, no place (blind41 kr02-2)"),
    E("le13-4", ADS, D, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("guided_bomb")],
      ev="Russian glide bombs struck the centre of Kostiantynivka on Thursday morning, killing two people and wounding "
         "five",
      note="glide bombs on central Kostiantynivka 'on Thursday morning' (705104, Donetsk region): 2 killed, 5 wounded"),
    E("le13-5", ADS, D, H("Unecha", "Unecha district"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukraine's General Staff",
      ev="Ukraine's General Staff said its drones had hit the Unecha oil pumping station in Russia's Bryansk region "
         "overnight",
      note="the General Staff's hit on the Unecha oil pumping station 'overnight' and the governor's fire at 'an "
           "industrial facility' in the Unecha district are one event (blind42 call 5), placed in the district "
           "(precision 2); the governor's 'no casualties' -> 0/0"),
]
# Not events: 'made no progress towards a ceasefire' (negation), 'the fourth round … since last May' (history),
# 'No date was set for a fifth' (negation), the exchange 'within ten days' and the bodies that 'will' be returned
# (future), Russia 'would consider a month-long pause … if' (conditional offer), the Ukrainian rejection of the
# proposal (reaction), the promise to 'keep up the pressure' (pledge), Switzerland 'ready to host' (offer), the
# Read-also headline on Moldova (furniture).
STATEMENTS = [
    S("Mykhailo Ostapenko", "UA", "We came for a ceasefire and we are leaving with people",
      "deputy head of the Ukrainian delegation"),
    S("Pavel Vorontsov", "RU", "The ball is in Kyiv's court", "spokesman for the Russian delegation"),
    S("Nicolas Baud", "CH", "Switzerland is ready to host the next round whenever both parties wish",
      "spokesman, Swiss foreign ministry"),
]
# Not gold: '"within ten days"', '"a trap"', '"keep up the pressure"', '"an industrial facility"' (fragments).
MUST_NOT = ["AEM — Agence Europe-Monde", "FR | EN | ES | AR", "World | Europe | Economy | Sport | Culture",
            "Published on 12/02/2026 - 16:47 Modified on 12/02/2026 - 18:05", "4 min read", "pz-ob/gmo",
            "© Agence Europe-Monde", "Read also", "Moldova recalls ambassador from Moscow over airspace incident"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
