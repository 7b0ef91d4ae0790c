from common import E, L, R, C, N, W, S, gold

TITLE = "Why Russia's push on Kostiantynivka is so slow - and what it means for the war"
TEXT = """Skip to content
BCN
Home  News  Sport  Weather  Sounds  Bitesize  Video
Europe
Analysis
Why Russia's push on Kostiantynivka is so slow - and what it means for the war
Jonathan Prewitt
Defence correspondent
2 hours ago
Share
Save
Image source, BCN
A Ukrainian artillery crew near Kostiantynivka covers its gun with netting against Russian drones
For almost a year, Kostiantynivka has been the next city in Russia's path in the Donetsk region. It still has not fallen.

Russian troops have reached its southern and eastern outskirts, and on Wednesday Russia's defence ministry claimed its forces had captured Shcherbynivka, a village on the southern approaches to the city. Ukraine's military did not comment on the claim.

But progress has been measured in hundreds of metres, not kilometres. In May, Russian forces captured about 420 sq km across the whole of Ukraine, according to the independent Ukrainian monitoring project Kontur - less than in any spring month of the last two years.

So why is the offensive so slow, and does it matter?

A city under the drones

The first answer is the drone. Both armies now fly thousands of small drones every day, and the "kill zone" along the front - the strip in which anything that moves can be seen and hit - is now 15 to 20 km deep.

"Nobody moves in columns any more. They come in twos and threes, on foot or on motorbikes, and most of them do not get to our trenches," said Major Serhii Lytvyn, a battalion commander defending the city's southern edge.

Behind him, the city is being emptied by glide bombs. On Tuesday night, a Russian glide bomb hit a five-storey apartment block in the centre of Kostiantynivka, killing three people, the regional governor said. Fewer than 6,000 of the city's pre-war population of 67,000 are believed to remain.

Last week, a drone strike on the water filtration station in neighbouring Druzhkivka cut off the water supply to the city, and residents now depend on deliveries by truck.

Image source, Kontur
A map of the Kostiantynivka area showing the Russian advance since January
The second answer is men. Russia is still recruiting about 30,000 volunteers a month, according to Western estimates, but its losses are also high - Ukraine says Russia lost more than 1,000 men a day in May, a figure that cannot be independently verified.

"Russia can afford to trade men for ground at this rate, but only up to a point. The question is whether it can keep this up into 2027 without another round of mobilisation," said Helen Markham of the Whitcombe Institute, a London-based defence think tank.

Ukraine is also hitting back. On Thursday, Ukraine's General Staff said it had struck a Russian ammunition depot near occupied Toretsk, some 15 km to the south.

What happens next

History suggests that Russia is patient. It took ten months to capture Bakhmut in 2023 and almost a year to take Avdiivka, whose fall in February 2024 opened the road west. Moscow has repeatedly shown that it is willing to pay a very high price for towns with little strategic value.

If Kostiantynivka falls, the Russian army will be within artillery range of the last two large cities in the Donetsk region still under Ukrainian control, Kramatorsk and Sloviansk. Russian forces were driven out of Sloviansk in July 2014, and Kyiv has turned both cities into fortresses since.

Could Ukraine hold Kostiantynivka through the summer? Ukrainian officers say yes, provided the supply of shells and interceptor drones does not dry up. Western officials are less sure.

"The city is not lost. But every week we hold it costs us more, and at some point somebody in Kyiv will have to decide whether it is worth it," said Oleksandr Kryvoruchko, a Kyiv-based military analyst and former officer.

For Moscow, the answer is political as much as military. The Kremlin has demanded that Ukraine withdraw from the whole of the Donetsk region as a condition for a ceasefire, and each town it takes strengthens its hand at any future negotiations. For Kyiv, which rejects any withdrawal, every week that Kostiantynivka holds is a week in which the demand remains unenforced.

What is clear is that the war in the east has become a slow war of attrition, in which neither side is able to break through. Unless something changes - a collapse of Ukrainian manpower, a new Russian mobilisation, or a shift in Western support - the map in the autumn may look much like the map today.

Related topics
Russia-Ukraine war
Ukraine
Russia
More on this story
Ukraine's drone 'kill zone': how the front line became a no-man's-land
Who are Russia's new volunteers?
Copyright 2026 BCN. All rights reserved. The BCN is not responsible for the content of external sites. Read about our approach to external linking.
"""
DOC = {"id": "j15", "date": "2026-06-19", "source": "BCN",
       "url": "https://www.bcn-news.example/news/articles/c9x2kq7lwe4o", "text": TEXT}

D = "2026-06-19"
WED, TUE, THU = "2026-06-17", "2026-06-16", "2026-06-18"
EVENTS = [
    E("j15-1", "territory_change", WED, L("Shcherbynivka"), "RU", "UA", claimant="Russian defence ministry",
      note="capture claimed 'on Wednesday', not confirmed (no counter-claim: Ukraine 'did not comment'); "
           "Shcherbynivka of the Donetsk region (694290)"),
    E("j15-2", "territory_change", "2026-05-01", C("UA", "Ukraine"), "RU", "UA", prec="month", end="2026-05-31",
      agg=True, optional=True, claimant="Kontur monitoring project",
      note="'In May ... about 420 sq km across the whole of Ukraine': monthly aggregate -> optional"),
    E("j15-3", "air_drone_strike", TUE, L("Kostiantynivka"), "RU", "UA", fat=N(3), weapons=[W("guided_bomb")],
      claimant="Donetsk regional governor", note="'On Tuesday night' (published Friday) = 16 June"),
    E("j15-4", "air_drone_strike", "2026-06-08", L("Druzhkivka"), "RU", "UA", prec="week", end="2026-06-14",
      weapons=[W("drone")],
      note="'Last week' in a Friday piece = the previous Monday-Sunday (blind13 call 12); attacker not named, "
           "RU from the context"),
    E("j15-5", "infrastructure_disruption", "2026-06-08", L("Druzhkivka"), "RU", "UA", prec="week", end="2026-06-14",
      note="water supply cut by the strike, 'Last week'"),
    E("j15-6", "missile_artillery_strike", THU, L("Toretsk", 2, "near occupied Toretsk"), "UA", "RU",
      family=["air_drone_strike"], claimant="Ukrainian General Staff",
      note="'On Thursday ... said it had struck': dated by the announcement; weapon not said, both strike types "
           "accepted"),
]
STATEMENTS = [
    S("Serhii Lytvyn", "UA", "Nobody moves in columns any more", "battalion commander"),
    S("Helen Markham", None, "Russia can afford to trade men for ground at this rate", "defence analyst"),
    S("Oleksandr Kryvoruchko", "UA", "The city is not lost", "military analyst"),
]
MUST_NOT = ["Skip to content", "BCN", "Home  News  Sport  Weather  Sounds  Bitesize  Video", "Analysis", "Jonathan Prewitt",
            "Defence correspondent", "2 hours ago", "Share", "Save", "Image source, BCN", "Image source, Kontur",
            "Related topics", "Russia-Ukraine war", "More on this story",
            "Ukraine's drone 'kill zone': how the front line became a no-man's-land", "Who are Russia's new volunteers?",
            "Copyright 2026 BCN. All rights reserved. The BCN is not responsible for the content of external sites. Read about our approach to external linking."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
