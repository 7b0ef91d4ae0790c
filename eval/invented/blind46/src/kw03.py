from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones set tanker ablaze at Russia's Primorsk oil port; Indian refiners watch freight rates"
TEXT = """INDIA MORNING LEDGER
E-Paper | Subscribe | Sign In
India | World | Cities | Business | Cricket | Entertainment | Lifestyle | Explainers
Home / World News
Ukrainian drones set tanker ablaze at Russia's Primorsk oil port; Indian refiners watch freight rates
By Aditi Raman, New Delhi
Updated on: Oct 06, 2025 04:12 PM IST
Listen to this article
A tanker loading crude at Russia's Baltic port of Primorsk caught fire early on Monday after Ukrainian drones struck the terminal, the governor of the Leningrad region said, in the latest attack on the export infrastructure that supplies a large share of the oil bought by Indian refiners.

Two crew members of the vessel were taken to hospital with burns, the governor wrote on Telegram, adding that the fire had been put out by 7 am Moscow time. He did not name the ship.

Further inland, debris from drones shot down near the town of Kirishi fell on the grounds of one of Russia's largest refineries and started a small fire. No one was injured, according to regional authorities.

Russia's defence ministry said its air defence units had destroyed 117 Ukrainian drones over several regions during the night, 31 of them over the Leningrad region. Flights at St Petersburg's Pulkovo airport were suspended for nearly three hours; around 40 departures and arrivals were delayed, the airport said.

Ukraine's General Staff confirmed the strike on Primorsk and said its drones had also hit the Novokuibyshevsk refinery in the Samara region, about 1,000 km from the front line. "The Primorsk terminal is one of the key points through which the aggressor fills its war budget," it said in a statement. Russian authorities did not comment on Novokuibyshevsk.

Ukraine itself came under attack overnight. Russia launched 53 drones and two Iskander-M ballistic missiles, according to the Ukrainian air force, which said 38 of the drones had been neutralised. A gas production facility in the Kharkiv region was damaged, the state energy company said, without giving details.

What it means for India
India imported an average of 1.6 million barrels per day of Russian crude in September, according to ship-tracking data, much of it loaded at Primorsk, Ust-Luga and Novorossiysk.

"Every time a Baltic terminal is hit, the insurance and freight on a Russian cargo to Jamnagar goes up within hours," said Kavita Menon, an energy analyst at a Mumbai-based consultancy. "Refiners here will not stop buying, but they will pay more for the same barrel."

Benchmark Brent crude rose 1.4% on Monday. Traders said prolonged disruption at Primorsk could push more Russian oil through Novorossiysk on the Black Sea, which has itself been targeted by Ukrainian sea drones in the past.

The United States doubled tariffs on Indian goods in August, citing New Delhi's purchases of Russian oil. New Delhi has said its imports are guided by market conditions.

Catch all the latest World News, Breaking News and updates on India Morning Ledger. Download the India Morning Ledger App for the latest news.
Topics: Russia-Ukraine war | Crude oil | Refinery
Subscribe to our best newsletters
"""
DOC = {"id": "kw03", "date": "2025-10-06", "source": "India Morning Ledger (Indian newspaper site)",
       "url": "https://indiamorningledger.example/world-news/ukrainian-drones-primorsk-oil-port-tanker-fire-101759745.html",
       "text": TEXT}

D = "2025-10-06"
EVENTS = [
    E("kw03-1", "air_drone_strike", D, L("Primorsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="governor of the Leningrad region",
      note="tanker at the Primorsk terminal on fire 'early on Monday' after Ukrainian drones struck: 'Two crew members "
           "… taken to hospital' = 2 injured (hospitalised counts as injured); the General Staff's confirmation is the "
           "same event"),
    E("kw03-2", "air_drone_strike", D, L("Kirishi"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'debris from drones shot down near the town of Kirishi fell on the grounds of one of Russia's largest "
           "refineries and started a small fire. No one was injured' = 0/0; debris placed as the strike"),
    E("kw03-3", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(117))],
      claimant="Russian Defence Ministry", note="MoD: '117 Ukrainian drones over several regions during the night'"),
    E("kw03-4", "interception", D, R("RU-LEN", "Leningrad region"), "RU", "UA", parent="kw03-3",
      weapons=[W("drone", intercepted=N(31))], note="'31 of them over the Leningrad region': region with a count"),
    E("kw03-5", "infrastructure_disruption", D, L("Saint Petersburg", name="St Petersburg (Pulkovo airport)"), None, None,
      note="Pulkovo flights 'suspended for nearly three hours', ~40 delayed: airport restrictions have both sides null "
           "(brief convention)"),
    E("kw03-6", "air_drone_strike", D, L("Novokuibyshevsk"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      note="General Staff: 'its drones had also hit the Novokuibyshevsk refinery in the Samara region' (same night); "
           "Russia silent -> a claimed strike, counts absent"),
    E("kw03-7", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(53)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="'Russia launched 53 drones and two Iskander-M ballistic missiles' overnight: country parent typed by the "
           "missiles"),
    E("kw03-8", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kw03-7",
      weapons=[W("drone", intercepted=N(38))], note="'38 of the drones had been neutralised'"),
    E("kw03-9", "missile_artillery_strike", D, R("UA-63", "Kharkiv region"), "RU", "UA", parent="kw03-7",
      family=["air_drone_strike"],
      note="'A gas production facility in the Kharkiv region was damaged': a place hit in the wave, region only "
           "(precision 3); weapon not said -> both types"),
    E("kw03-10", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole, implied by the MoD count: optional (blind37 call 5)"),
]
# Not events: India's '1.6 million barrels per day … in September' (monthly tally), 'Brent crude rose 1.4% on Monday'
# (market move), disruption 'could push more Russian oil through Novorossiysk' (conditional), Novorossiysk 'targeted by
# Ukrainian sea drones in the past' (no day), the US tariffs 'in August' (month only, trade measure), 'Russian
# authorities did not comment' (negation), the fire 'put out by 7 am' (part of kw03-1).
STATEMENTS = [
    S("Ukrainian General Staff", "UA", "one of the key points through which the aggressor fills its war budget",
      "Ukrainian General Staff"),
    S("Kavita Menon", None, "they will pay more for the same barrel", "energy analyst, Mumbai"),
]
# Not gold: the Leningrad governor (title only, reported speech).
MUST_NOT = ["INDIA MORNING LEDGER", "E-Paper | Subscribe | Sign In",
            "India | World | Cities | Business | Cricket | Entertainment | Lifestyle | Explainers",
            "Home / World News", "By Aditi Raman, New Delhi", "Updated on: Oct 06, 2025 04:12 PM IST",
            "Listen to this article",
            "Catch all the latest World News, Breaking News and updates on India Morning Ledger. Download the India "
            "Morning Ledger App for the latest news.",
            "Topics: Russia-Ukraine war | Crude oil | Refinery", "Subscribe to our best newsletters"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
