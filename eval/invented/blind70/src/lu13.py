from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, POL

TITLE = "Explained: Why Russia keeps aiming at Ukraine's Black Sea ports, and why it matters for Australian farmers"
TEXT = """SCBC NEWS
Southern Cross Broadcasting Corporation
Just In | Australia | World | Business | Rural | Analysis | Watch Live
World › Europe
Explained: Why Russia keeps aiming at Ukraine's Black Sea ports, and why it matters for Australian farmers
By Europe correspondent Lachlan Byrne in London, with Nadia Ferreira
Posted Wed 14 Aug 2024 at 5:12am, updated Wed 14 Aug 2024 at 9:40am
Share this article
Key points:
Russian missiles hit the port of Odesa again this week
Ukraine has kept grain ships moving despite the strikes
Canberra announced new sanctions on Tuesday
Late on Monday, Kyiv time, which was early on Tuesday morning on the east coast of Australia, missiles slammed into the port of Odesa. A crane operator was killed and four dockers were wounded, Ukraine's navy said.

It was the third strike on a Ukrainian port in three weeks. To understand why, it helps to go back a little.

What happened before Monday?

On 24 July, drones hit the grain terminal in Izmail, on the Danube, and set fire to about 2,000 tonnes of wheat. No-one was hurt, according to the regional administration.

Then, in the early hours of 3 August, a missile struck the port of Chornomorsk, south of Odesa. Two dock workers died.

"You learn to tell the sound of a Shahed from the sound of a missile. With a missile you don't have time to be afraid," said Oleksii Voitenko, a foreman at the Chornomorsk port who lost one of his crew that night.

Is Ukraine hitting back?

Ukraine's navy says it has. It claimed that its sea drones struck a Russian landing ship near Novorossiysk on 5 August. Russia's defence ministry denied any ship had been damaged, and the claim could not be independently verified.

Why should Australians care?

Ukraine was one of the world's biggest wheat exporters before the full-scale invasion, and grain prices in Australia still move with every strike on a Black Sea port.

"When Odesa burns, the price a farmer in Wagga gets for his wheat moves the next morning," said Dr Fiona McAlister, an agricultural economist at the University of Adelaide.

What is Australia doing?

On Tuesday, the Australian government announced sanctions on 20 more Russian entities and individuals, including two shipping companies. A further aid package is being considered but has not been announced.

What happens next?

Ukraine's navy expects more attacks as the harvest season peaks in September and October.
Posted 14 Aug 2024 · Topics: War in Ukraine, Agriculture, Trade
Get the SCBC News app
"""
DOC = {"id": "lu13", "date": "2024-08-14", "source": "SCBC News (Australian public broadcaster, explainer)",
       "url": "https://scbc.example/news/2024-08-14/explained-black-sea-ports-russia-ukraine", "text": TEXT}

EVENTS = [
    E("lu13-1", MAS, "2024-08-12", L("Odesa"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("missile")],
      claimant="Ukrainian Navy",
      evidence="Late on Monday, Kyiv time, which was early on Tuesday morning on the east coast of Australia, missiles slammed into the port of Odesa.",
      note="the Kyiv-side day wins (blind61 call 1): 'Late on Monday, Kyiv time' = 12 Aug although it was Tuesday in "
           "Australia; the key point 'again this week' repeats it; one killed, four wounded"),
    E("lu13-2", ADS, "2024-07-24", L("Izmail"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Odesa regional administration",
      evidence="On 24 July, drones hit the grain terminal in Izmail, on the Danube, and set fire to about 2,000 tonnes of wheat.",
      note="a recap with its own date -> required on 24 Jul; 'No-one was hurt' -> 0/0; tonnes are no count; Izmail "
           "707308 (geonames Izmayil)"),
    E("lu13-3", MAS, "2024-08-03", L("Chornomorsk"), "RU", "UA", fat=N(2), weapons=[W("missile", launched=N(1))],
      evidence="Then, in the early hours of 3 August, a missile struck the port of Chornomorsk, south of Odesa. Two dock workers died.",
      note="a recap with its own date; 'south of Odesa' is an apposition, Chornomorsk is named -> precision 1"),
    E("lu13-4", ADS, "2024-08-05", H("Novorossiysk", "near Novorossiysk"), "UA", "RU", claimant="Ukrainian Navy",
      weapons=[W("drone")],
      evidence="It claimed that its sea drones struck a Russian landing ship near Novorossiysk on 5 August.",
      note="a denied strike claim by a state's navy is still a claimed strike (blind63 call 5); sea drones -> "
           "air_drone_strike; near X = precision 2; the Russian denial is kept in the note, no counts"),
    E("lu13-5", POL, "2024-08-13", C("AU", "Australia"), "AU", "RU", claimant="Australian government",
      evidence="On Tuesday, the Australian government announced sanctions on 20 more Russian entities and individuals, including two shipping companies.",
      note="a government's sanctions decision, placed at the deciding country (blind53 call 7); 'On Tuesday' in a "
           "Wednesday page = 13 Aug (Australian day; the decision was taken in Canberra)"),
]
# Not events: 'the third strike on a Ukrainian port in three weeks' (count), the key points (repeat), wheat exports
# 'before the full-scale invasion' (history), grain prices (market), the aid package 'being considered' (plan), more
# attacks expected in September and October (forecast). Furniture: masthead, corporation line, menu, breadcrumb,
# byline, posted/updated line, share line, 'Key points:' header, the closing posted/topics line, app line; the three
# key points and the question headings stay as text.
STATEMENTS = [
    S("Oleksii Voitenko", "UA", "With a missile you don't have time to be afraid", "foreman, Chornomorsk port"),
    S("Fiona McAlister", "AU", "the price a farmer in Wagga gets for his wheat moves the next morning",
      "agricultural economist, University of Adelaide"),
]
MUST_NOT = ["SCBC NEWS", "Southern Cross Broadcasting Corporation",
            "Just In | Australia | World | Business | Rural | Analysis | Watch Live", "World › Europe",
            "By Europe correspondent Lachlan Byrne in London, with Nadia Ferreira",
            "Posted Wed 14 Aug 2024 at 5:12am, updated Wed 14 Aug 2024 at 9:40am", "Share this article", "Key points:",
            "Posted 14 Aug 2024 · Topics: War in Ukraine, Agriculture, Trade", "Get the SCBC News app"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
