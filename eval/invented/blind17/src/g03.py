from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims Katerynivka near Toretsk as Ukrainian brigade says it still holds village's western edge"
TEXT = """THE KYIV LEDGER
News Feed | War | Business | Opinion | Culture | Membership
WAR / FRONT LINE
Russia claims Katerynivka near Toretsk as Ukrainian brigade says it still holds village's western edge
by Anastasiia Lysenko
May 22, 2025 4:18 PM
5 min read
Russia's Defense Ministry announced on May 21 that its troops had seized the village of Katerynivka, northwest of occupied Toretsk in Donetsk Oblast, a claim disputed by the Ukrainian unit defending the area.

"Units of the Southern group of forces, as a result of decisive actions, have liberated the settlement of Yekaterinovka," the ministry said in its daily briefing, using the Russian name for the village.

Vitalii Moroz, a spokesperson for Ukraine's 28th Mechanized Brigade, told the Kyiv Ledger that Ukrainian soldiers were still holding positions on Katerynivka's western edge on May 22 and had repelled two assaults by small infantry groups in the morning.

"They raise a flag over a ruined house, film it and leave. An hour later there are our drones over that house," Moroz said. "The village is grey zone, not Russian."

Become a member of the Kyiv Ledger. Support independent journalism.

Farther south, Russian troops advanced about 1.2 kilometers near Shcherbynivka over the past day, according to FrontMap, an open-source monitoring project that tracks changes in the front line using geolocated footage.

Ukraine's General Staff reported 173 combat engagements along the front line over the past day, 52 of them in the Pokrovsk sector. Near Chasiv Yar, Ukrainian forces repelled 14 Russian attacks, the General Staff said.

On May 20, Ukrainian assault units pushed Russian forces out of a tree line and several positions near Ivanopillia, the Khortytsia operational-strategic group said, publishing drone footage of the operation.

Russia has also kept up its bombardment of towns behind the front. A Russian guided aerial bomb struck a residential neighborhood in Kostiantynivka on the afternoon of May 21, killing two men and injuring four other people, the Donetsk Oblast Military Administration reported. In nearby Druzhkivka, a municipal worker was wounded when a Russian drone dropped explosives on a utility truck early on May 22.

Related: Civilians in Kostiantynivka face water shortages as front nears

Russia's Defense Ministry first claimed control of Toretsk in February, a claim that Ukrainian officials said did not reflect the situation on the ground. Since then, Russian troops have tried to use the town's ruins as a springboard toward Kostiantynivka, which military analysts describe as a key logistics hub for Ukraine's defense of the remaining part of Donetsk Oblast.

"If Katerynivka falls, the road from the south into Kostiantynivka becomes much more exposed," said Oleh Barna, a military analyst at the Kyiv-based Center for Defense Strategies.

Ukraine's commander-in-chief said this month that Russia had concentrated more than 110,000 troops in the Pokrovsk and Toretsk directions.

We've been covering the war since 2014. Donate to keep it going.
Tags: Donetsk Oblast, Toretsk, Kostiantynivka, Russian claims
"""
DOC = {"id": "g03", "date": "2025-05-22", "source": "The Kyiv Ledger (online news)",
       "url": "https://kyivledger.example/russia-claims-katerynivka-toretsk", "text": TEXT}

D = "2025-05-22"
D1 = "2025-05-21"
EVENTS = [
    E("g03-1", "territory_change", D1, L("Katerynivka-D"), "RU", "UA", claimant="Russian Defense Ministry",
      note="capture claim announced on May 21 (dated the day of the claim); Yekaterinovka = Katerynivka of Donetsk "
           "oblast (688231, NW of Toretsk), not the Luhansk or Mykolaiv homonyms"),
    E("g03-2", "armed_clash", D, L("Katerynivka-D"), "RU", "UA", claimant="Vitalii Moroz",
      note="the brigade's counter-claim: two assaults repelled on May 22 on the western edge (attacker = actor1 RU); "
           "kept as a separate clash beside the claim (blind4 call 4)"),
    E("g03-3", "territory_change", D1, L("Shcherbynivka", 2, "near Shcherbynivka"), "RU", "UA", prec="range", end=D,
      claimant="FrontMap", note="advance of about 1.2 km 'near' the village over the past day: range, precision 2"),
    E("g03-4", "armed_clash", D1, C("UA", "Ukraine"), "RU", "UA", prec="range", end=D, agg=True, optional=True,
      note="173 engagements along the whole front over the past day: national tally, optional; the 52 in the "
           "Pokrovsk sector are a sector sub-tally (not coded separately, optional by blind8 call 7)"),
    E("g03-5", "armed_clash", D1, L("Chasiv Yar", 2, "near Chasiv Yar"), "RU", "UA", prec="range", end=D,
      claimant="General Staff of Ukraine", note="14 attacks repelled 'near' the town over the past day: range"),
    E("g03-6", "territory_change", "2025-05-20", L("Ivanopillia", 2, "near Ivanopillia"), "UA", "RU",
      claimant="Khortytsia group", note="positions regained near the village on May 20: recapture by UA, precision 2"),
    E("g03-7", "air_drone_strike", D1, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(4), weapons=[W("guided_bomb")],
      note="guided aerial bomb on a residential neighbourhood on the afternoon of May 21"),
    E("g03-8", "air_drone_strike", D, L("Druzhkivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="drone-dropped explosives on a utility truck early on May 22"),
    E("g03-9", "territory_change", "2025-02-01", L("Toretsk"), "RU", "UA", prec="month", end="2025-02-28",
      optional=True, note="'first claimed control of Toretsk in February': month-only recalled claim, optional"),
]
STATEMENTS = [
    S("Russian Defense Ministry", "RU", "have liberated the settlement of Yekaterinovka"),
    S("Vitalii Moroz", "UA", "The village is grey zone, not Russian", "spokesperson, 28th Mechanized Brigade"),
    S("Vitalii Moroz", "UA", "They raise a flag over a ruined house", "spokesperson, 28th Mechanized Brigade"),
    S("Oleh Barna", None, "the road from the south into Kostiantynivka becomes much more exposed", "military analyst"),
]
MUST_NOT = ["THE KYIV LEDGER", "News Feed | War | Business | Opinion | Culture | Membership", "WAR / FRONT LINE",
            "by Anastasiia Lysenko", "May 22, 2025 4:18 PM", "5 min read",
            "Become a member of the Kyiv Ledger. Support independent journalism.",
            "Related: Civilians in Kostiantynivka face water shortages as front nears",
            "We've been covering the war since 2014. Donate to keep it going.",
            "Tags: Donetsk Oblast, Toretsk, Kostiantynivka, Russian claims"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
