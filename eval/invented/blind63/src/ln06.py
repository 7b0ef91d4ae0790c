from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, CLA, TER

TITLE = "Refineries, gas wells and a town taken in a press release"
TEXT = """ATTRITION NOTES
A weekly newsletter on how the war in Ukraine is actually being fought
Home | Archive | About | Podcast
Refineries, gas wells and a town taken in a press release
Issue 112: the strike war in January, the Bilozerske claim, and why glide bombs still matter
Ruairí Fallon
Jan 30, 2026
∙ Free post
Forwarded this email? Subscribe here for more
Share · Like · Comment · Restack
In this issue: The refinery war · The other side of the ledger · Novorossiysk · Bilozerske · Glide bombs · What I am watching · Mailbag

Hello from a very cold Dublin. This week's issue is long, because the week was long. If you only have two minutes: Ukraine's long-range drones had another good week against Russian refineries, Russia had another good week against Ukrainian gas production, and the Russian Ministry of Defence announced the capture of a town that, as far as anyone can see, it has not captured.

The refinery war
Let me start with a number. By my count, which is built on geolocated footage and on regional officials' statements, Ukrainian drones struck Russian oil refineries on 19 separate nights in January, against 14 in December and 11 in November.[1] The count says nothing about damage, and damage is what matters: a drone that sets fire to a storage tank is an inconvenience, a drone that hits a primary distillation unit can take a quarter of a refinery's capacity offline for weeks.

This week's most important strike was of the second kind. On the night of 27 to 28 January, Ukrainian drones hit the Ryazan refinery, one of the five largest in Russia and a major supplier of fuel to the Moscow region. The Ukrainian General Staff said a distillation unit was on fire; the Ryazan governor, as usual, spoke of debris from downed drones falling "on the territory of an enterprise" and said that no one had been hurt. Satellite images taken on Wednesday afternoon show scorching around one of the refinery's two large distillation columns.

The Russian defence ministry claimed 71 Ukrainian drones destroyed that night, 23 of them over the Ryazan region. The ministry's numbers are not a measure of anything, but they are consistent over time, and 71 is high for a single night.

"Russian diesel still reaches the market. It just takes the long way round, through more middlemen, and arrives more expensive," said Pieter Vos, a fuel trader in Rotterdam who buys from Mediterranean blenders.

Does all this change Russia's ability to fight? Not yet. Russia exports far more crude than it refines for its own use, and domestic petrol shortages, while real, are a political problem rather than a military one. The army gets its diesel first. What the campaign does is make every barrel more expensive to produce and every refinery more expensive to defend.

"Every Pantsir that sits next to a refinery in Ryazan is a Pantsir that is not sitting next to a command post in Donetsk," Colonel Dmytro Sheremet, who commands a Ukrainian long-range drone unit, told me in a phone call this week. "That is also a result, even when the drone does not get through."

The other side of the ledger
Russia is doing to Ukraine's gas what Ukraine is doing to Russia's oil, and with heavier weapons. On Thursday morning, a combined Russian attack with missiles and drones struck gas extraction sites in the Poltava region, Naftogaz said. The company did not name the sites or say how much production was lost, which usually means it was a lot.

This was not a new target. The missile strike on the Kremenchuk refinery on 9 January, which Ukrnafta only acknowledged this week had stopped production "for an extended period", was part of the same campaign. Taken together, the strikes of January have probably cost Ukraine between a fifth and a quarter of its domestic gas output, and the country will have to import more in February than it planned, at a moment when European prices are rising.

Novorossiysk
Ukraine's navy said on Monday that a Neptune missile had hit a Russian patrol ship near Novorossiysk, the Black Sea Fleet's main base since it moved most of its ships out of Sevastopol. The Russian side denied that any ship had been damaged. I have not seen any imagery that settles it either way, and I would treat the claim with caution until I do. The point stands, though: the Black Sea Fleet is no safer in Novorossiysk than it was in Crimea, and its commanders know it.

Bilozerske
On Tuesday, the Russian Ministry of Defence announced that its troops had "liberated" Bilozerske, a town of some 14,000 people north of Dobropillia. I have looked at every piece of footage I could find from the area, and none of it shows Russian troops inside the town. The Ukrainian General Staff said on Wednesday that fighting was continuing in Bilozerske itself and that Russian assault groups had been pushed back from its eastern edge.

"They have taken Bilozerske the way they took Kupiansk last autumn, in a briefing room," wrote Arkady Zimin, a Russian milblogger who is usually loyal to the ministry and has lately become one of its sharpest critics. "The men on the ground will pay for the briefing."

My guess is that the announcement was timed for the Russian defence minister's report to the president, and that Russian troops will get into the town eventually, perhaps within weeks. But a guess is not an assessment, and the MoD has been wrong about this sector before.

Glide bombs
Amid the long-range drama, it is easy to forget that the weapon killing the most Ukrainians near the front is still the guided aerial bomb. On Wednesday, two of them hit a residential area of Zaporizhzhia, killing two people and injuring nine, the regional governor said. In January as a whole, the Ukrainian air force counted more than 4,600 guided bombs dropped across the front, or about 150 a day.[2]

"A KAB costs them less than a used car and it does more damage than a cruise missile," said Miriam Achterberg, a former air-defence officer who now teaches at the Netherlands Defence Academy. "Until someone shoots down the aircraft before they release, nothing changes."

Ukraine cannot do that at scale. Its F-16s fly too few sorties, and Patriot batteries placed far enough forward to reach the bombers would be in range of Iskanders. Shooting down the launch aircraft requires more long-range air defence than Ukraine is ever likely to have, unless the Western deliveries promised for the spring actually arrive.

What I am watching
Three things. First, whether Russia moves its strikes from gas production to gas storage in western Ukraine, which it has mostly avoided so far. Second, whether the Bilozerske claim turns into a real advance in February. Third, whether the weather, which has been unusually cold, holds; a thaw would slow both sides' ground operations, and the drone war would matter even more.

Mailbag
A reader asks whether the refinery strikes have raised fuel prices in Russia. Yes: wholesale petrol prices on the St Petersburg exchange are at a record, and the government has banned petrol exports until the end of March. A third asks whether Ukraine's own drone production can keep up with this tempo. Ukrainian officials say the country made more than four million drones of all types last year and plans to make more this year; most of them are small FPV drones for the front, and only a small share are long-range types that can reach Ryazan. The long-range share is what I would watch, and it is the number nobody publishes. Another asks why I do not report the General Staff's daily count of Russian losses. The short answer is that I cannot check it, and neither can anyone else.

Thanks for reading. If this newsletter is useful to you, please forward it to one person who might like it.
[1] My refinery count is in the spreadsheet linked on the About page; it is updated every Friday.
[2] Ukrainian air force monthly summary, published 30 January.
Subscribe to Attrition Notes
Upgrade to paid: support independent analysis for $8 a month
© 2026 Attrition Notes Media · Unsubscribe
"""
DOC = {"id": "ln06", "date": "2026-01-30", "source": "Attrition Notes (military analyst's newsletter)",
       "url": "https://attritionnotes.example/p/refineries-gas-wells-and-a-town-taken", "text": TEXT}


def d(dd):
    return f"2026-01-{dd:02d}"


RUI = "ln06-2"
EVENTS = [
    E("ln06-1", ADS, d(28), L("Ryazan"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff; Ryazan governor",
      note="'On the night of 27 to 28 January, Ukrainian drones hit the Ryazan refinery' -> 28 Jan; the governor's debris "
           "'on the territory of an enterprise' with 'no one had been hurt' and the satellite images are the same event "
           "(one event, 0/0); Ryazan 500096 (RU-RYA)"),
    E(RUI, INT, d(28), C("RU", "Russia"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(71))],
      note="'The Russian defence ministry claimed 71 Ukrainian drones destroyed that night' -> the country "
           "interception of the same night (28 Jan)"),
    E("ln06-3", INT, d(28), R("RU-RYA", "Ryazan region"), "RU", "UA", parent=RUI, claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(23))], note="'23 of them over the Ryazan region': a region with its own count"),
    E("ln06-4", ADS, d(28), C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional"),
    E("ln06-5", MAS, d(29), R("UA-53", "Poltava region"), "RU", "UA", weapons=[W("missile"), W("drone")],
      claimant="Naftogaz",
      note="'On Thursday morning, a combined Russian attack with missiles and drones struck gas extraction sites in the "
           "Poltava region' -> "
           "29 Jan, region only (precision 3), typed by the missiles, both weapons"),
    E("ln06-6", MAS, d(9), L("Kremenchuk"), "RU", "UA", weapons=[W("missile")], claimant="Ukrnafta",
      note="recap with its own date: 'The missile strike on the Kremenchuk refinery on 9 January' -> required on 9 Jan "
           "(a recalled event with a day); Ukrnafta's acknowledgement 'this week' is no event; Kremenchuk 704147 (Poltava "
           "oblast)"),
    E("ln06-7", MAS, d(26), H("Novorossiysk", "near Novorossiysk"), "UA", "RU", weapons=[W("cruise_missile", "Neptune")],
      claimant="Ukrainian navy",
      note="'Ukraine's navy said on Monday that a Neptune missile had hit a Russian patrol ship near Novorossiysk' -> the "
           "claim day (Mon 26 Jan), near X = precision 2 (RU-KDA); the Russian denial and the author's caution do not "
           "remove a claimed strike (blind50 call 9)"),
    E("ln06-8", TER, d(27), L("Bilozerske"), "RU", "UA", optional=True, claimant="Russian Ministry of Defence",
      note="'On Tuesday, the Russian Ministry of Defence announced that its troops had \"liberated\" Bilozerske' and the "
           "author finds no footage of Russian troops inside, the General Staff reports fighting in the town -> a claim "
           "in a page that doubts it: optional (blind50 call 3); Bilozerske 712501 (Donetsk oblast, north of "
           "Dobropillia)"),
    E("ln06-9", CLA, d(28), L("Bilozerske"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'The Ukrainian General Staff said on Wednesday that fighting was continuing in Bilozerske itself and that "
           "Russian assault groups had been pushed back from its eastern edge' -> a clash in the town on Wednesday 28 "
           "Jan (blind51 call 6: the denial's fighting is a clash that day)"),
    E("ln06-10", ADS, d(28), L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("guided_bomb", launched=N(2))],
      claimant="Zaporizhzhia governor",
      note="'On Wednesday, two of them [guided aerial bombs] hit a residential area of Zaporizhzhia, killing two people "
           "and injuring nine' -> 28 Jan"),
]
# Not events: the refinery count of '19 separate nights in January, against 14 in December and 11 in November' and the
# January total of 'more than 4,600 guided bombs … about 150 a day' (month totals: not events); the damage analysis;
# 'Satellite images taken on Wednesday afternoon' (evidence of ln06-1, not a second event); Russia's exports, petrol
# shortages and the army's diesel (analysis); 'The army gets its diesel first' (habit); the cost of the January strikes
# 'probably … between a fifth and a quarter' and the imports 'in February' (estimate, forecast); the fleet's move from
# Sevastopol (history without a day); the Russian denial (negation); Kupiansk 'last autumn' (history, a milblogger's
# comparison); 'Russian troops will get into the town eventually' (forecast); F-16 sorties, Patriots 'would be in range'
# and the spring deliveries 'unless … actually arrive' (analysis, conditional); What I am watching (forecasts); the
# petrol export ban 'until the end of March' (an earlier Russian decision without a day); the General Staff's loss
# counts (not reported); Ukraine's drone output 'last year' and plans 'this year' (totals, plans).
STATEMENTS = [
    S("Dmytro Sheremet", "UA", "is a Pantsir that is not sitting next to a command post in Donetsk",
      "commander of a Ukrainian long-range drone unit"),
    S("Arkady Zimin", "RU", "The men on the ground will pay for the briefing", "Russian milblogger"),
    S("Pieter Vos", None, "It just takes the long way round", "fuel trader, Rotterdam"),
    S("Miriam Achterberg", None, "A KAB costs them less than a used car",
      "former air-defence officer, Netherlands Defence Academy"),
]
# Not gold: the governor's fragment "on the territory of an enterprise", Ukrnafta's "for an extended period", the MoD's
# "liberated".
MUST_NOT = ["ATTRITION NOTES", "A weekly newsletter on how the war in Ukraine is actually being fought",
            "Home | Archive | About | Podcast",
            "Issue 112: the strike war in January, the Bilozerske claim, and why glide bombs still matter",
            "Ruairí Fallon", "Jan 30, 2026", "∙ Free post", "Forwarded this email? Subscribe here for more",
            "Share · Like · Comment · Restack",
            "In this issue: The refinery war · The other side of the ledger · Novorossiysk · Bilozerske · Glide bombs · "
            "What I am watching · Mailbag",
            "[1] My refinery count is in the spreadsheet linked on the About page; it is updated every Friday.",
            "[2] Ukrainian air force monthly summary, published 30 January.",
            "Subscribe to Attrition Notes", "Upgrade to paid: support independent analysis for $8 a month",
            "© 2026 Attrition Notes Media · Unsubscribe"]

EVIDENCE = {
    "ln06-1": "On the night of 27 to 28 January, Ukrainian drones hit the Ryazan refinery, one of the five largest in Russia and a major supplier of fuel to the Moscow region.",
    "ln06-2": "The Russian defence ministry claimed 71 Ukrainian drones destroyed that night",
    "ln06-3": "23 of them over the Ryazan region",
    "ln06-4": "The Russian defence ministry claimed 71 Ukrainian drones destroyed that night",
    "ln06-5": "On Thursday morning, a combined Russian attack with missiles and drones struck gas extraction sites in the Poltava region, Naftogaz said.",
    "ln06-6": "The missile strike on the Kremenchuk refinery on 9 January",
    "ln06-7": "Ukraine's navy said on Monday that a Neptune missile had hit a Russian patrol ship near Novorossiysk",
    "ln06-8": "On Tuesday, the Russian Ministry of Defence announced that its troops had \"liberated\" Bilozerske, a town of some 14,000 people north of Dobropillia.",
    "ln06-9": "The Ukrainian General Staff said on Wednesday that fighting was continuing in Bilozerske itself",
    "ln06-10": "On Wednesday, two of them hit a residential area of Zaporizhzhia, killing two people and injuring nine, the regional governor said.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
