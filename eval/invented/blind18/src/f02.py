from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson: Ukrainian troops enter city as Russia says retreat is complete"
TEXT = """CAN News
Home | News | World | Europe | Ukraine war | Sport | Weather | iPlayer Radio
Kherson: Ukrainian troops enter city as Russia says retreat is complete
Published 11 November 2022, 19:06 GMT
Share this page
Ukrainian soldiers have entered the southern city of Kherson, hours after Moscow said it had finished pulling its forces back across the Dnipro river.

Russia's defence ministry said the last units had crossed to the eastern bank at 05:00 Moscow time (02:00 GMT) on Friday and that "not a single piece of military equipment or weapons" had been left behind on the western bank. Ukraine's military intelligence agency said special forces were entering the city and urged any remaining Russian soldiers to surrender.

By the afternoon, hundreds of residents had gathered in the central square, waving flags and singing as the first armoured vehicles arrived.

Residents greet Ukrainian soldiers in Kherson's central square on Friday afternoon. Photo: Yurii Serdiuk/CAN
"We waited eight months for this morning," said Tetiana Bondarenko, 58, who stayed in the city throughout the occupation. "Eight months of being afraid to speak."

Early on Friday, a span of the Antonivskyi road bridge — the main crossing from the city to the eastern bank — collapsed into the river. Russian military bloggers said the bridge had been blown up by the retreating units so that it could not be used to pursue them.

The retreat of the past three days has been the third major reversal for Moscow this year. The day before, Ukrainian troops recaptured Snihurivka, a town in the neighbouring Mykolaiv region, its governor said, and the armed forces said 41 settlements had been returned since Wednesday.

Russian-installed officials, who moved their administration to Henichesk this week, said Ukrainian shelling on Thursday had killed seven people in Nova Kakhovka, on the eastern bank. Kyiv did not comment on the claim, which the CAN could not verify.

Ukraine's air force said four Shahed drones had been shot down over the Mykolaiv region overnight.

The Kremlin's spokesman told reporters the withdrawal did not change the region's status. "The Kherson region is a subject of the Russian Federation. This status is defined and fixed," he said.

What happens next?
Military analysts say the river is now likely to become the front line for the winter. From the eastern bank, Russian artillery can still reach Kherson, and officials have warned residents that the city may come under fire. Electricity, water and mobile connections have been cut for days, and engineers say restoring them may take weeks.
Ukraine's president said in his evening address that "Kherson is ours", but warned that mines had been laid throughout the city.

Image source, CAN/Reuters Pool
Related Topics
Russia-Ukraine war
Kherson
More on this story
Kherson: What the withdrawal means - explained
Map: Where are the front lines now?
Copyright 2022 CAN. The CAN is not responsible for the content of external sites. Read about our approach to external linking.
"""
DOC = {"id": "f02", "date": "2022-11-11", "source": "CAN News (broadcaster website)",
       "url": "https://www.can-news.example/news/world-europe-63591234", "text": TEXT}

D = "2022-11-11"
EVENTS = [
    E("f02-1", "territory_change", D, L("Kherson"), "UA", "RU", claimant="Russian Defence Ministry / Ukrainian intelligence",
      note="Russian withdrawal completed at 05:00 Moscow time on Friday and Ukrainian troops entering the city: one "
           "transfer of the city to Ukraine (actor1 = the side gaining it)"),
    E("f02-2", "remote_explosive", D, L("Kherson", 2, "Antonivskyi road bridge near Kherson"), "RU", "UA",
      family=["looting_destruction"], claimant="Russian military bloggers",
      note="'Early on Friday' a span collapsed; Russian military bloggers say it was blown up by the retreating units "
           "(perpetrator from the pro-Russian source itself); demolition of property accepted; the bridge is outside "
           "the city centre: precision 2"),
    E("f02-3", "territory_change", "2022-11-10", L("Snihurivka"), "UA", "RU", claimant="Mykolaiv regional governor",
      note="'The day before' (Thursday 10 Nov) Snihurivka recaptured"),
    E("f02-4", "territory_change", "2022-11-09", R("UA-65", "Kherson region"), "UA", "RU", end=D, prec="range",
      agg=True, optional=True, claimant="Ukrainian armed forces",
      note="41 settlements returned since Wednesday: a tally without places, optional"),
    E("f02-5", "missile_artillery_strike", "2022-11-10", L("Nova Kakhovka"), "UA", None, fat=N(7),
      weapons=[W("artillery")], claimant="Russian-installed officials",
      note="occupation officials' claim of Ukrainian shelling on Thursday (unverified, but a dated claim); actor2 null "
           "(occupied town)"),
    E("f02-6", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(4))], claimant="Ukrainian Air Force",
      note="a region with a count of downed drones is a required interception (rule 3); 'Shahed' taken as Shahed-136"),
]
STATEMENTS = [
    S("Tetiana Bondarenko", "UA", "We waited eight months for this morning", "resident"),
    S("Tetiana Bondarenko", "UA", "Eight months of being afraid to speak.", "resident"),
    S("Kremlin spokesman", "RU", "The Kherson region is a subject of the Russian Federation"),
]
MUST_NOT = ["CAN News", "Home | News | World | Europe | Ukraine war | Sport | Weather | iPlayer Radio",
            "Published 11 November 2022, 19:06 GMT", "Share this page", "Image source, CAN/Reuters Pool",
            "Related Topics", "More on this story", "Kherson: What the withdrawal means - explained",
            "Map: Where are the front lines now?",
            "Copyright 2022 CAN. The CAN is not responsible for the content of external sites. Read about our approach to external linking."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
