from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, POL, DIP

TITLE = "US clears $420 million air defense sale to Ukraine and sanctions Chinese engine makers as envoy visits Kyiv"
TEXT = """ANB NEWS
Live TV
US | World | Politics | Business | Health | Entertainment | Video
World / Europe
US clears $420 million air defense sale to Ukraine and sanctions Chinese engine makers as envoy visits Kyiv
By Dana Whitcombe, Luis Ferreira and Marta Kovalenko, ANB
Updated 7:26 AM EDT, Thu August 21, 2025
Link Copied!
Washington and Kyiv — The US administration moved on two fronts this week to shore up Ukraine's defenses, approving a sale of air defense parts worth hundreds of millions of dollars and punishing Chinese firms accused of powering Russia's attack drones.

The State Department on Wednesday approved the possible sale to Ukraine of spare parts, repairs and training for its Patriot and NASAMS systems, at an estimated cost of $420 million, according to a notice sent to Congress. Kyiv will pay for the package with money lent by European allies, officials said.

Then, early Thursday, the Treasury Department announced sanctions on three companies in Shenzhen and Ningbo that it says shipped more than 8,000 small engines for Shahed-type drones to Russian factories since last year.

“Every engine we keep out of Russia is a drone that never reaches a Ukrainian apartment block,” Garrett Lindell, a State Department deputy spokesperson, told ANB.

The announcements coincided with a two-day visit to Kyiv by the administration's special envoy for Ukraine, who met the Ukrainian president on Wednesday evening. Neither side released details of their talks beyond a brief statement describing them as “substantive.”

His train had arrived hours after Russian drones slammed into a high-rise in Kyiv's Obolonskyi district early Wednesday, injuring three residents, according to the city's military administration. A fire on the 14th floor took firefighters more than an hour to put out.

Overnight into Thursday, a Russian glide bomb struck the center of Sumy in the northeast, killing a 71-year-old woman and damaging a school, regional officials said.

Whether any of the new equipment reaches the front this year is another matter. Deliveries under the notice could begin early next year, a defense official said, but only if manufacturers can reorder their production lines, and Congress still has 30 days to object to the sale.

Senator Rosalind Peck, an Oregon Democrat on the Foreign Relations Committee, said she would not stand in the way. “Spare parts are not a strategy, but without them the Patriots we already sent turn into very expensive statues,” she said.

The president has said he could sit down with his Russian counterpart “within weeks” if a ceasefire framework is agreed, and has warned of further sanctions on Russian oil buyers if Moscow rejects it. The Kremlin said on Thursday that no meeting had been scheduled, and Russia's foreign ministry warned that the sale “will only prolong the bloodshed.”

Analysts cautioned against reading too much into the timing. “What looks like pressure on Moscow is mostly maintenance of what Ukraine already has,” said Nadia Ostrowski, a fellow at the Carrington Council on Foreign Affairs.

In June, the Pentagon briefly paused some shipments to Ukraine while it reviewed its own stockpiles.
Ad Feedback
Related article
Russia says it downed 60 Ukrainian drones over Bryansk and Kursk regions
ANB's Olena Sydorenko contributed reporting from Kyiv.
© 2025 ANB. All Rights Reserved.
"""
DOC = {"id": "le02", "date": "2025-08-21", "source": "ANB News (US television network website)",
       "url": "https://www.anbnews.example/2025/08/21/world/us-ukraine-air-defense-sale-sanctions-envoy-kyiv",
       "text": TEXT}

D, WED = "2025-08-21", "2025-08-20"
EVENTS = [
    E("le02-1", POL, WED, C("US", "United States"), "US", "UA",
      ev="The State Department on Wednesday approved the possible sale to Ukraine of spare parts",
      note="the State Department's approval of the $420 million sale 'on Wednesday' (20 Aug): a government decision "
           "about the war at the deciding country (precision 4), even under a 'Washington and Kyiv' dateline; the "
           "deliveries and Congress's 30 days are future"),
    E("le02-2", POL, D, C("US", "United States"), "US", "RU",
      ev="early Thursday, the Treasury Department announced sanctions on three companies in Shenzhen and Ningbo",
      note="Treasury sanctions on three Chinese firms 'early Thursday' (21 Aug): a second decision on another day -> "
           "its own event, at the deciding country; the sanctioned firms are Chinese suppliers of Russia's drones -> "
           "actor2 RU as the targeted war effort (the firms' location is not the event's place)"),
    E("le02-3", DIP, WED, L("Kyiv"), "US", "UA",
      ev="who met the Ukrainian president on Wednesday evening",
      note="the US special envoy (title only) 'met the Ukrainian president on Wednesday evening' during his visit to "
           "Kyiv: a meeting at the named city, the visitor who 'met' as actor1 (blind43 call 10)"),
    E("le02-4", ADS, WED, L("Kyiv"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      ev="Russian drones slammed into a high-rise in Kyiv's Obolonskyi district early Wednesday, injuring three",
      note="'early Wednesday' (20 Aug) drones on a high-rise in the Obolonskyi district (= the city): three injured; "
           "the fire is part of it"),
    E("le02-5", ADS, D, L("Sumy"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      ev="Overnight into Thursday, a Russian glide bomb struck the center of Sumy",
      note="'Overnight into Thursday' = Thursday 21 Aug: a glide bomb on central Sumy, one woman killed"),
]
# Not events: 'Kyiv will pay … with money lent by European allies' (financing arrangement), the engines shipped 'since
# last year' (history, no day), the talks described as 'substantive' (same meeting as le02-3), deliveries that 'could
# begin early next year … only if' (conditional), Congress's '30 days to object' (future), the president 'could sit
# down … within weeks if' and 'further sanctions … if Moscow rejects it' (conditional threats), 'no meeting had been
# scheduled' (negation), the foreign ministry's warning (opinion), the Pentagon's pause 'In June' (history without a
# day), the Related-article headline about Bryansk and Kursk (furniture).
STATEMENTS = [
    S("Garrett Lindell", "US", "Every engine we keep out of Russia is a drone that never reaches a Ukrainian apartment block",
      "State Department deputy spokesperson"),
    S("Rosalind Peck", "US", "Spare parts are not a strategy", "US senator"),
    S("Nadia Ostrowski", None, "What looks like pressure on Moscow is mostly maintenance", "fellow, Carrington Council"),
]
# Not gold: 'substantive' (one-word readout), the president's 'within weeks' (title only, fragment), the foreign
# ministry's 'will only prolong the bloodshed' (institutional fragment).
MUST_NOT = ["ANB NEWS", "Live TV", "US | World | Politics | Business | Health | Entertainment | Video", "World / Europe",
            "By Dana Whitcombe, Luis Ferreira and Marta Kovalenko, ANB", "Updated 7:26 AM EDT, Thu August 21, 2025",
            "Link Copied!", "Ad Feedback", "Related article",
            "Russia says it downed 60 Ukrainian drones over Bryansk and Kursk regions",
            "ANB's Olena Sydorenko contributed reporting from Kyiv.", "© 2025 ANB. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
