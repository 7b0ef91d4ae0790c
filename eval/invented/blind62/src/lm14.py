from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, ARR

TITLE = "‘The war used to be on television’: Russia’s border regions learn to live under fire"
TEXT = """THE NORTHERN CHRONICLE
Support us | Subscribe | Sign in
News | Opinion | Sport | Culture | Lifestyle
World › Europe › Russia
‘The war used to be on television’: Russia’s border regions learn to live under fire
Harriet Caldwell in Riga and Chronicle correspondents
Tue 28 Nov 2023 17.42 GMT
Share on Facebook · Share on X · Share by email
Twenty-one months into the full-scale invasion, the war that the Kremlin still calls a “special military operation” has become a daily routine in a strip of Russia a hundred kilometres deep along the Ukrainian border.

The routine is relentless. On Sunday, the town of Pogar in the Bryansk region was shelled from across the border, and a 71-year-old woman was killed in her garden, the regional governor said. In Belgorod the same day, police detained a 34-year-old man who, they said, had filmed an air defence position on the edge of the city and posted the video on a social network; he faces up to five years in prison.

On Monday, a drone crashed into a railway depot in Liski, a junction town in the Voronezh region through which military trains pass on their way south, injuring two workers, the Voronezh governor said. The defence ministry said four drones had been shot down over the Voronezh region on Monday evening.

“The war used to be on television, and now it is on our street,” said Oksana Belova, a music teacher in Belgorod, who spoke to the Chronicle by telephone. “My pupils know the sound of a Grad better than the sound of a piano.”

Hardly any of this reaches Russian national television, which devotes far more time to the front in Ukraine than to the border villages. Local officials, by contrast, post daily on Telegram, listing damaged roofs, cut power lines and, increasingly, the names of the dead.

The Kremlin has promised compensation and protection. Schools in the Shebekino and Graivoron districts have taught remotely since October, and the regional government says it will build 1,500 concrete shelters at bus stops by the spring.

“People there are loyal, but they are not stupid. They see that Moscow is fine and they are not, and that gap is politically dangerous for the Kremlin,” said Dr Alistair Monroe, a Russia specialist at the University of Edinburgh.

Some have left. Official figures suggest that about a fifth of Shebekino’s 40,000 residents have not returned since the town was evacuated in June. Others insist on staying.

“Where would I go? My husband is buried here, my hens are here,” said Nina Gerasimenko, 76, who lives in a village outside Klimovo in the Bryansk region and has refused two offers of evacuation.
Most viewed
Topics: Russia · Ukraine · Europe
Reuse this content
© 2023 The Northern Chronicle Media Group
"""
DOC = {"id": "lm14", "date": "2023-11-28", "source": "The Northern Chronicle (British newspaper site)",
       "url": "https://northernchronicle.example/world/2023/nov/28/russia-border-regions-belgorod-bryansk-voronezh",
       "text": TEXT}

D, MON, SUN = "2023-11-28", "2023-11-27", "2023-11-26"
EVENTS = [
    E("lm14-1", MAS, SUN, L("Pogar"), "UA", "RU", fat=N(1), weapons=[W("artillery")], claimant="Bryansk governor",
      evidence="On Sunday, the town of Pogar in the Bryansk region was shelled from across the border, and a 71-year-old "
               "woman was killed in her garden, the regional governor said.",
      note="'On Sunday' in a Tuesday page = 26 Nov; shelled = artillery; 'from across the border' = UA; 1 k"),
    E("lm14-2", ARR, SUN, L("Belgorod"), "RU", None, claimant="Belgorod police",
      evidence="In Belgorod the same day, police detained a 34-year-old man who, they said, had filmed an air defence "
               "position on the edge of the city",
      note="'the same day' = Sunday 26 Nov; a detention by Russian police, actor2 null (blind51 call 7); the sentence he "
           "'faces' is law, not an event"),
    E("lm14-3", ADS, MON, L("Liski"), "UA", "RU", inj=N(2), weapons=[W("drone")], claimant="Voronezh governor",
      evidence="On Monday, a drone crashed into a railway depot in Liski, a junction town in the Voronezh region through "
               "which military trains pass on their way south, injuring two workers",
      note="'On Monday' = 27 Nov; apposition after the place; a drone that crashes into a depot and injures two = a drone "
           "strike, 2 w"),
    E("lm14-4", INT, MON, R("RU-VOR", "Voronezh region"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(4))],
      evidence="The defence ministry said four drones had been shot down over the Voronezh region on Monday evening.",
      note="a region with a count -> required interception, 27 Nov"),
]
# Not events: 'Twenty-one months into the full-scale invasion' and 'has become a daily routine' (framing), the daily
# Telegram posts (habit), compensation 'promised', remote schooling 'since October' (ongoing), 1,500 shelters 'by the
# spring' (plan), Shebekino 'evacuated in June' (history without a day), 'have not returned', the refused evacuation
# offers (no day), the sound of a Grad (experience, no incident). Furniture: masthead, support/subscribe row, menu,
# breadcrumb, byline, date line, share row, 'Most viewed', topics, 'Reuse this content', ©.
STATEMENTS = [
    S("Oksana Belova", "RU", "The war used to be on television, and now it is on our street", "music teacher, Belgorod"),
    S("Alistair Monroe", None, "that gap is politically dangerous for the Kremlin",
      "Russia specialist, University of Edinburgh"),
    S("Nina Gerasimenko", "RU", "My husband is buried here, my hens are here", "resident of a village outside Klimovo"),
]
# Not gold: the headline's ‘The war used to be on television’ (repeats Belova's quote without a speaker), “special
# military operation” (the Kremlin's term, fragment); Belova's second segment (“My pupils know …”) continues the same
# statement after the attribution (one gold statement per speaker's quote, as blind49).
MUST_NOT = ["THE NORTHERN CHRONICLE", "Support us | Subscribe | Sign in", "News | Opinion | Sport | Culture | Lifestyle",
            "World › Europe › Russia", "Harriet Caldwell in Riga and Chronicle correspondents", "Tue 28 Nov 2023 17.42 GMT",
            "Share on Facebook · Share on X · Share by email", "Most viewed", "Topics: Russia · Ukraine · Europe",
            "Reuse this content", "© 2023 The Northern Chronicle Media Group"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
