from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war: Kyiv's forces reach Kupiansk as Russian lines buckle in the north-east"
TEXT = """Skip to content
BWS NEWS
Home | News | Sport | Weather | iPlayer | Sounds | Bitesize
News navigation
World | Africa | Asia | Australia | Europe | Latin America | Middle East | US & Canada
Ukraine war: Kyiv's forces reach Kupiansk as Russian lines buckle in the north-east
10 September 2022
Hugh Caddick
Reporting from Kharkiv region
Image source, Reuters
Ukrainian soldiers on an armoured vehicle outside Balakliia on Friday
Ukrainian troops have pushed into Kupiansk, a railway hub that supplies Russia's forces in north-eastern Ukraine, in the most rapid advance since Moscow's army pulled back from Kyiv in the spring.

Soldiers from a special forces unit raised the blue-and-yellow flag outside the city council building on Saturday morning, according to photographs they posted online. Russian officials have not confirmed the loss of the city, and fighting was still reported on its eastern bank of the Oskil river.

A day earlier, on Friday, Kyiv said its forces had taken full control of Balakliia after three days of street fighting. Residents who came out of their basements greeted the soldiers with bread and apples.

"For six months we whispered in our own kitchens. Today I shouted," said Valentyna Moroz, 67, standing outside a burnt-out school.

By Saturday evening, Russia's defence ministry acknowledged that its troops were pulling out of the area around Izium, describing the move as a regrouping "to build up efforts in the Donetsk direction". Ukrainian officials said soldiers had been seen leaving in columns towards the east.

The speed of the advance appears to have surprised Moscow. On Friday, Russian state television showed helicopters ferrying reinforcements to the Kupiansk area, hours before Ukrainian units reached the outskirts.

Fighting was fierce on Thursday around Shevchenkove, a village midway between Balakliia and Kupiansk, where Ukrainian armour broke through Russian positions, according to a Ukrainian officer interviewed by the BWS.

The Russian defence ministry said its aircraft and artillery had hit Ukrainian units in the Kharkiv region over the past 24 hours, killing "more than 250 nationalists". Such figures cannot be independently verified.

In the city of Kharkiv, missiles struck an industrial area on Friday night, injuring ten people, the mayor said.

Ukraine's top commander said that more than 2,000 sq km had been retaken since the beginning of the month. The Russian-installed head of the occupied part of the Kharkiv region urged residents of Izium, Kupiansk and Velykyi Burluk to evacuate to Russia "to save lives".

Analysts cautioned that Kyiv's brigades could become overstretched. "Taking ground is the easy part. Holding it with the same exhausted battalions is the test," said Gareth Lyle, a military analyst at the London Centre for Strategic Affairs.

Related Topics
Russia-Ukraine war
More on this story
Russia's grip on Kherson weakens, says Kyiv
"""
DOC = {"id": "kw05", "date": "2022-09-10", "source": "BWS News (British public broadcaster, website)",
       "url": "https://www.bws.example/news/world-europe-62857140", "text": TEXT}

D, FRI, THU = "2022-09-10", "2022-09-09", "2022-09-08"
EVENTS = [
    E("kw05-1", "territory_change", D, L("Kupiansk"), "UA", "RU", family=["armed_clash"],
      note="special forces 'raised the … flag outside the city council building on Saturday morning': Ukraine takes "
           "Kupiansk (Russia has not confirmed; a claimed capture is required on its day, blind37 call 6)"),
    E("kw05-2", "armed_clash", D, L("Kupiansk"), "UA", "RU",
      note="'fighting was still reported on its eastern bank of the Oskil river' (Saturday): continuing fighting said on "
           "a day is a clash that day; a part of the city is the city"),
    E("kw05-3", "territory_change", FRI, L("Balakliia"), "UA", "RU", family=["armed_clash"],
      note="'A day earlier, on Friday, Kyiv said its forces had taken full control of Balakliia' (9 Sep); the three "
           "days of street fighting before it have no day of their own"),
    E("kw05-4", "territory_change", D, L("Izium", 2, "area around Izium"), "UA", "RU", family=["armed_clash"],
      claimant="Russian Defence Ministry",
      note="'By Saturday evening, Russia's defence ministry acknowledged that its troops were pulling out of the area "
           "around Izium' ('regrouping'): a withdrawal is the advancing side's territory_change (blind37 call 6), dated "
           "the day it happened; 'area around' = precision 2"),
    E("kw05-5", "military_mobilization", FRI, L("Kupiansk", 2, "Kupiansk area"), "RU", None,
      note="'On Friday, Russian state television showed helicopters ferrying reinforcements to the Kupiansk area': a "
           "troop movement; 'area' = precision 2"),
    E("kw05-6", "armed_clash", THU, L("Shevchenkove", 2, "around Shevchenkove"), "UA", "RU",
      note="'Fighting was fierce on Thursday around Shevchenkove … where Ukrainian armour broke through': clash, the "
           "Ukrainian side attacking; Shevchenkove of the Kupiansk district (694137)"),
    E("kw05-7", "missile_artillery_strike", FRI, R("UA-63", "Kharkiv region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(250, "at_least"), family=["air_drone_strike"], weapons=[W("aircraft"), W("artillery")],
      claimant="Russian Defence Ministry",
      note="MoD: 'aircraft and artillery had hit Ukrainian units in the Kharkiv region over the past 24 hours, killing "
           "\"more than 250 nationalists\"': a claimed tally, past-day range, aggregate; 'more than 250' = at_least"),
    E("kw05-8", "missile_artillery_strike", FRI, L("Kharkiv"), "RU", "UA", inj=N(10), weapons=[W("missile")],
      note="'In the city of Kharkiv, missiles struck an industrial area on Friday night, injuring ten people'"),
]
# Not events: 'the most rapid advance since Moscow's army pulled back from Kyiv in the spring' (history), 'Russian
# officials have not confirmed' (negation), the residents greeting soldiers (colour), 'soldiers … seen leaving in
# columns' (part of kw05-4), 'more than 2,000 sq km … retaken since the beginning of the month' (tally, no place),
# the Russian-installed head 'urged residents … to evacuate' (appeal), brigades 'could become overstretched' (modal),
# the 'More on this story' headline (furniture). The caption repeats kw05-3.
STATEMENTS = [
    S("Valentyna Moroz", "UA", "For six months we whispered in our own kitchens", "resident of Balakliia"),
    S("Russian Defence Ministry", "RU", "to build up efforts in the Donetsk direction", "Russian Defence Ministry"),
    S("Gareth Lyle", None, "Holding it with the same exhausted battalions is the test",
      "military analyst, London Centre for Strategic Affairs"),
]
# Not gold: the MoD's 'more than 250 nationalists' (a count in quotes), the Russian-installed head's 'to save lives'
# (title only), the unnamed Ukrainian officer (reported speech).
MUST_NOT = ["Skip to content", "BWS NEWS", "Home | News | Sport | Weather | iPlayer | Sounds | Bitesize",
            "News navigation", "World | Africa | Asia | Australia | Europe | Latin America | Middle East | US & Canada",
            "10 September 2022", "Hugh Caddick", "Reporting from Kharkiv region", "Image source, Reuters",
            "Related Topics", "Russia-Ukraine war", "More on this story", "Russia's grip on Kherson weakens, says Kyiv"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
