from common import E, L, H, R, C, N, W, S, gold, ADS, INT, DIS, POL

TITLE = "Ukrainian drones set Kirishi refinery ablaze, Berlin approves money for long-range drones"
TEXT = """SPREEWELLE
Live TV
Germany | Europe | World | Business | Science & Tech | Culture | Sport
World › Europe › Russia's war in Ukraine
Ukrainian drones set Kirishi refinery ablaze, Berlin approves money for long-range drones
01/20/2026 January 20, 2026
Ukrainian long-range drones struck the Kirishi oil refinery in Russia's Leningrad region overnight, causing a large fire, Ukraine's General Staff said on Tuesday.

The plant, some 110 kilometers (70 miles) southeast of St Petersburg, processes around 20 million tons of crude oil a year and is among the three largest refineries in Russia. According to the General Staff, one of its primary distillation units was hit.

The governor of the Leningrad region gave a more modest account. Debris from drones downed by air defenses had fallen on an industrial zone in Kirishi, he wrote on Telegram, starting a fire that was put out by mid-morning. No one was hurt, he said, without naming the refinery.
Advertisement
Russia's Defense Ministry said its air defenses had destroyed 89 Ukrainian drones overnight, twelve of them over the Leningrad region. Flights at St Petersburg's Pulkovo airport were suspended for almost three hours, the airport said, with 31 flights delayed or diverted.

"Refineries fuel the tanks that roll into our villages. As long as they roll, the refineries are targets," said Colonel Andriy Kovtun, a spokesman for the General Staff.

Fuel depot in Crimea still burning

In Russian-occupied Crimea, firefighters were still trying to contain a blaze at an oil depot in Feodosia that Ukrainian drones set alight late on Sunday. The Russian-installed authorities said on Monday that nobody had been hurt.

Ukraine has struck Russian refineries repeatedly since early 2024, and analysts say the campaign has forced Moscow to restrict gasoline exports several times.

"Each outage costs Russia export revenue, but the refineries are back within weeks. The question is whether Kyiv can hit them faster than they are repaired," said Katrin Vollmer of the Institute for East European Security in Berlin.

Berlin approves drone money

In Berlin, the federal cabinet on Monday approved €1.3 billion ($1.5 billion) for the joint production of long-range strike drones with Ukrainian manufacturers, the Defense Ministry said. The first drones would be delivered by the summer, a ministry spokesman said.

Russia overnight also attacked Ukraine with drones. In Kharkiv, four people were injured when a drone hit a high-rise apartment building in the Shevchenkivskyi district, the city's mayor said.

Moscow has said it would respond to what it calls Kyiv's "terrorist attacks" on civilian infrastructure.
kb/rc (Reuters, AFP, dpa)
Send
Facebook X WhatsApp Email
Permalink https://s.spreewelle.example/a-71423
Skip next section Related topics
Related topics: Russia, Ukraine, Oil
"""
DOC = {"id": "lc07", "date": "2026-01-20", "source": "Spreewelle (German international broadcaster, English service)",
       "url": "https://www.spreewelle.example/en/ukrainian-drones-set-kirishi-refinery-ablaze/a-71423", "text": TEXT}

D, MON, SUN = "2026-01-20", "2026-01-19", "2026-01-18"
EVENTS = [
    E("lc07-1", ADS, D, L("Kirishi"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukraine's General Staff; governor of the Leningrad region",
      ev="Ukrainian long-range drones struck the Kirishi oil refinery in Russia's Leningrad region overnight, causing a large fire",
      note="drones on the Kirishi refinery 'overnight' (Tuesday report -> Tuesday 20 Jan); the governor's 'debris … "
           "on an industrial zone in Kirishi', fire put out, 'No one was hurt' is the same attack -> one event, 0/0 "
           "(blind43 call 5)"),
    E("lc07-2", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(89))],
      claimant="Russian Defense Ministry",
      ev="Russia's Defense Ministry said its air defenses had destroyed 89 Ukrainian drones overnight",
      note="the MoD's 89 drones destroyed overnight: country interception, RU the defender"),
    E("lc07-3", INT, D, R("RU-LEN", "Leningrad region"), "RU", "UA", parent="lc07-2",
      weapons=[W("drone", intercepted=N(12))], claimant="Russian Defense Ministry",
      ev="twelve of them over the Leningrad region",
      note="'twelve of them over the Leningrad region': a region with its own count -> required"),
    E("lc07-4", DIS, D, L("Saint Petersburg"), None, None,
      ev="Flights at St Petersburg's Pulkovo airport were suspended for almost three hours",
      note="Pulkovo airport suspended for almost three hours, 31 flights delayed or diverted: airport restriction, "
           "sides null (blind41 convention); Pulkovo = St Petersburg"),
    E("lc07-5", ADS, SUN, L("Feodosia"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Russian-installed authorities",
      ev="an oil depot in Feodosia that Ukrainian drones set alight late on Sunday",
      note="recalled with its day: drones set the Feodosia oil depot alight 'late on Sunday' (18 Jan); 'nobody had been "
           "hurt' = 0/0; the fire still burning on Tuesday is the same event (no new one)"),
    E("lc07-6", POL, MON, C("DE", "Germany"), "DE", "UA",
      ev="In Berlin, the federal cabinet on Monday approved €1.3 billion ($1.5 billion) for the joint production of long-range strike drones with Ukrainian manufacturers",
      note="the German cabinet's €1.3 billion 'on Monday' (19 Jan): a decision at the deciding country (precision 4), "
           "'In Berlin' is the government's seat, no venue of its own (blind42 call 6); the deliveries are future"),
    E("lc07-7", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      ev="In Kharkiv, four people were injured when a drone hit a high-rise apartment building in the Shevchenkivskyi district",
      note="Russian drone on a high-rise in Kharkiv's Shevchenkivskyi district (= the city) 'overnight': 4 injured"),
    E("lc07-8", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True,
      ev="Russia's Defense Ministry said its air defenses had destroyed 89 Ukrainian drones overnight",
      note="the overnight Ukrainian drone attack on Russia as a whole, implied by the MoD count: optional"),
]
# Not events: 'among the three largest refineries' (description), the campaign 'repeatedly since early 2024' and the
# export restrictions 'several times' (background, no day), the analyst's question (analysis), 'The first drones would be
# delivered by the summer' (future), 'Russia overnight also attacked Ukraine with drones' (no count: the Kharkiv hit is
# the event), Moscow 'would respond' (threat).
STATEMENTS = [
    S("Andriy Kovtun", "UA", "As long as they roll, the refineries are targets", "spokesman, General Staff of Ukraine"),
    S("Katrin Vollmer", None, "The question is whether Kyiv can hit them faster than they are repaired",
      "Institute for East European Security, Berlin"),
]
# Not gold: the Kremlin line "terrorist attacks" (fragment), the Leningrad governor (title only, reported speech).
MUST_NOT = ["SPREEWELLE", "Live TV", "Germany | Europe | World | Business | Science & Tech | Culture | Sport",
            "World › Europe › Russia's war in Ukraine", "01/20/2026 January 20, 2026", "Advertisement",
            "kb/rc (Reuters, AFP, dpa)", "Send", "Facebook X WhatsApp Email",
            "Permalink https://s.spreewelle.example/a-71423", "Skip next section Related topics",
            "Related topics: Russia, Ukraine, Oil"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
