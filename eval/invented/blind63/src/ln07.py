from common import E, L, H, R, C, N, W, S, gold, with_evidence, ADS, MOB, POL, ARR, DIP, PRO

TITLE = "Deputies give the army the power to shoot down drones, two nights after debris fell near Grindu"
TEXT = """THE BUCHAREST LEDGER
Romania's news in English since 1998
Politics | Economy | Region | Black Sea | Opinion | Newsletter
Politics › Parliament
Deputies give the army the power to shoot down drones, two nights after debris fell near Grindu
Thursday, 16 November 2023, 19:05 · By Andrei Costache, parliamentary correspondent
Reading time: 9 minutes
In this article: The vote · The nights behind the bill · What the deputies said · Meanwhile in Tulcea · What comes next
A five-hour debate in the Chamber of Deputies on Thursday ended with an unusually broad majority and an unusually narrow argument: not whether Romania should be able to destroy drones that cross the Danube, but how quickly the soldiers who do it should be allowed to act.

The vote
By 281 votes to 9, with 12 abstentions, the Chamber of Deputies on Thursday passed amendments to the law on the defence of the national airspace that allow the armed forces to shoot down drones entering Romanian airspace without authorisation, including in peacetime. Until now, the army could only track such objects and report them.

Under the amended text, the order to fire can be given by the commander of the air operations centre without waiting for a decision of the Supreme Council of National Defence, provided that the drone is over Romanian territory and that "the risk to the population from the engagement is lower than the risk from the drone." The defence ministry must report every engagement to parliament's defence committees within 48 hours. The text does not allow Romanian aircraft or missiles to fire at targets over Ukrainian territory, and it does not cover crewed aircraft, which remain subject to NATO's integrated air-defence procedures.

The amendments were drafted by the defence ministry in September, after the first fragments of Russian attack drones were found on Romanian soil, and have been stuck in committee since. Two nights before the vote, they became urgent again.

The nights behind the bill
In the early hours of Tuesday, Russian attack drones struck Reni, a Ukrainian port a few hundred metres across the Danube from Tulcea county. Grain silos in the port were set on fire and two port workers were injured, the governor of Ukraine's Odesa region said the same morning. Residents of the Romanian villages along the river told local television they had watched the glow over the water for more than an hour.

Later that morning, fragments of a drone were found in a field near Grindu, a village in Tulcea county that faces Reni from the Romanian bank, according to the defence ministry. The ministry's experts concluded that the fragments came from one of the drones used in the Russian attack on Reni. No one was hurt and no buildings were damaged; the field belongs to a local agricultural association, which has already asked for compensation for a damaged irrigation pipe.

During the attack the ministry scrambled two F-16 fighters, which patrolled over the north of Dobrogea for about an hour without engaging, as the law then in force did not allow them to. The ministry said radar had tracked a "probable drone" entering Romanian airspace for several minutes before its signal was lost.

The incident near Grindu is not the first of its kind. Fragments were found three times in Tulcea county in September, and a crater in a field was reported in October, although investigators could not establish what caused it. Residents in the Danube villages say the nights with the glow over Reni have become too many to count.

The debate also turned to espionage. On Wednesday, prosecutors of the anti-organised-crime directorate DIICOT detained two Romanian men in Constanța on suspicion of photographing military convoys and the port's naval facilities for a person the prosecutors described as "a handler linked to a foreign intelligence service." Several speakers in the Chamber linked the two cases, although prosecutors have not said that the men had anything to do with the drones.

What the deputies said
The opening speech fell to the defence minister, who told the Chamber that the amendments were "the minimum a NATO state owes its own citizens." The rest of the debate was carried by deputies from the Danube counties.

Ioana Mărgărit, a deputy from Tulcea who chairs the defence committee's subcommittee on the Danube, spoke for almost twenty minutes. "My voters in Grindu and Isaccea do not ask me about Article 5," she said. "They ask me who will come if the next one falls on a roof and not in a field."

Sorin Vlădescu, an opposition deputy who voted against, argued that the text gave the army too much discretion over a civilian airspace crowded with small private drones. "We are writing a law for a war we are not in, and the first person it hits may be a wedding photographer from Brăila," he said. His amendment to require the approval of the Supreme Council of National Defence for each shoot-down was rejected.

Others used the debate to look further ahead. If the Danube corridor closes, one speaker warned, the ports of Galați and Constanța would lose a third of their grain traffic within months; another proposed that the government should buy short-range anti-drone systems from domestic producers rather than abroad. None of the proposals was put to a vote.

Deputies also referred to the Romanian foreign minister's trip to the other bank of the river. On Monday, she travelled to Izmail and held talks there with her Ukrainian counterpart on the security of the Danube shipping route and on repairing the railway link to Reni, both ministries said. According to the Romanian foreign ministry, the two agreed to meet again in January.

The history of that river border is not simple. For most of the last two decades, Bucharest and Kyiv argued over the Bystroe canal in the Danube delta, which Romania said would damage a protected wetland; the dispute went as far as an international court, which settled the maritime boundary between the two countries in 2009. Since the summer, when the Danube ports became Ukraine's main route for exporting grain, the two governments have stopped talking about the canal and started talking about dredging, railway gauges and air defence.

"Two years ago, the word Danube in this Chamber meant a quarrel with Kyiv about a canal. Today it means a front line we did not choose," said Mihai Dobrescu, a deputy of the governing coalition from Galați, who spoke in favour of the bill.

Cezar Dumitrescu, a security analyst at the Dobrogea Strategic Forum in Constanța, who followed the debate from the gallery, said the vote mattered less for the drones than for the signal. "Nobody in Moscow is afraid of two F-16s over Tulcea. They are watching whether a NATO country is willing to pull the trigger at all," he said.

Meanwhile in Tulcea
While the deputies debated, several hundred farmers from Tulcea and Galați counties protested outside the county prefecture in Tulcea, blocking one lane of the main boulevard with tractors. They demanded compensation for losses caused by cheap Ukrainian grain and for fields damaged by drone debris. Police said about 400 people took part and that the protest was peaceful; no one was detained.

"I have a field on the Danube, a drone in it and Ukrainian wheat in the silo next door. Nobody pays me for any of the three," said Radu Ciobanu, a farmer from Isaccea who drove his tractor to Tulcea along the Danube road before dawn. A delegation of the farmers was received by the county prefect in the afternoon; the prefect promised to forward their demands to the government, and the tractors left the boulevard by evening.

What comes next
The bill now goes to the Senate, which has the final word. The Senate's defence committee is expected to examine it next week, and its chairman has said a plenary vote could follow before Christmas. If the Senate changes the text, it returns to the Chamber.
This article is part of our Black Sea Security series, supported by a grant that has no say over its content.
Read more: The drone fragments near Plauru, three months on
Get the Ledger's morning briefing: subscribe here
Comments (38)
© 2023 The Bucharest Ledger SRL
"""
DOC = {"id": "ln07", "date": "2023-11-16", "source": "The Bucharest Ledger (Romanian English-language site, parliament write-up)",
       "url": "https://bucharestledger.example/politics/parliament/2023/11/16/deputies-drones-grindu", "text": TEXT}

D = "2023-11-16"
TUE, WED, MON = "2023-11-14", "2023-11-15", "2023-11-13"
EVENTS = [
    E("ln07-1", POL, D, C("RO", "Romania"), "RO", None, claimant="Chamber of Deputies",
      note="'By 281 votes to 9 … the Chamber of Deputies on Thursday passed amendments … that allow the armed forces to "
           "shoot down drones' -> a decision of a state body about the war, at the deciding country (precision 4; "
           "blind49 call 10); the Senate vote still to come does not undo the Chamber's vote"),
    E("ln07-2", ADS, TUE, L("Reni"), "RU", "UA", inj=N(2), weapons=[W("drone")], claimant="Odesa region governor",
      note="'In the early hours of Tuesday, Russian attack drones struck Reni, a Ukrainian port … Grain silos … set on fire "
           "and two port workers were injured' -> Tuesday 14 Nov; Reni 12129128 (Odesa oblast)"),
    E("ln07-3", ADS, TUE, H("Grindu", "field near Grindu"), "RU", "RO", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Romanian Ministry of National Defence",
      note="'Later that morning, fragments of a drone were found in a field near Grindu, a village in Tulcea county that "
           "faces Reni' and 'came from one of the drones used in the Russian attack on Reni … No one was hurt' -> debris "
           "on NATO soil is RU -> RO at precision 2 with 0/0 (blind51 call 4); Grindu 676719 (Tulcea county, RO-TL), not "
           "the larger Grindu in Ialomița county"),
    E("ln07-4", MOB, TUE, C("RO", "Romania"), "RO", "RU", claimant="Romanian Ministry of National Defence",
      note="'During the attack the ministry scrambled two F-16 fighters, which patrolled over the north of Dobrogea' -> "
           "military_mobilization of the scrambling state on the night of the attack (Tuesday); Dobrogea is a historical "
           "region, not an admin1 -> country; 'without engaging' and the lost radar signal add no event"),
    E("ln07-5", ARR, WED, L("Constanta", name="Constanța"), "RO", None, claimant="DIICOT",
      note="'On Wednesday, prosecutors of … DIICOT detained two Romanian men in Constanța on suspicion of photographing "
           "military convoys' -> arrest by RO on its day (15 Nov), actor2 null (blind51 call 7)"),
    E("ln07-6", DIP, MON, L("Izmail"), "RO", "UA", claimant="Romanian and Ukrainian foreign ministries",
      note="'On Monday, she [the Romanian foreign minister] travelled to Izmail and held talks there with her Ukrainian "
           "counterpart' -> diplomatic_contact at Izmail on 13 Nov, the visitor who held talks as actor1 (blind51 call "
           "8); 'agreed to meet again in January' is a plan"),
    E("ln07-7", PRO, D, L("Tulcea"), "RO", None,
      note="'While the deputies debated, several hundred farmers … protested outside the county prefecture in Tulcea' -> "
           "a peaceful protest of Romanians in Tulcea on Thursday (rallies are protests of their country, blind49 call "
           "10); 'no one was detained' -> no arrest; the prefect receiving a delegation is no diplomatic contact"),
]
# Not events: the rules of engagement in the amended text ('can be given', 'must report', 'does not allow') (law
# content, not incidents); the amendments 'drafted … in September' and 'stuck in committee' (history); the army that 'could only
# track' (state); the glow watched from the villages (a view of ln07-2); the compensation request for the irrigation
# pipe (claim); the radar's 'probable drone' whose signal was lost (no incident beyond ln07-4); 'Fragments were found three
# times in Tulcea county in September' and a crater 'in October' whose cause was not established (history without a
# day, habit); 'the nights … have become too many to count' (habit); the minister's speech and the deputies' speeches
# (statements); Vlădescu's rejected amendment (a failed proposal, not a decision); 'If the Danube corridor closes … would
# lose' (conditional), the proposal to buy anti-drone systems ('None of the proposals was put to a vote'); the 'agreed to
# meet again in January' (plan); the Bystroe canal dispute and the court ruling 'in 2009', the ports' role 'since the
# summer' (history); the prefect's promise to forward the demands (plan); 'no one was detained' at the protest (negation); the Senate's examination 'next week',
# a plenary vote 'before Christmas', 'If the Senate changes the text' (plans, conditional); the 'Read more' link about
# Plauru (furniture).
STATEMENTS = [
    S("Ioana Mărgărit", "RO", "who will come if the next one falls on a roof and not in a field", "deputy, Tulcea"),
    S("Sorin Vlădescu", "RO", "We are writing a law for a war we are not in", "opposition deputy"),
    S("Cezar Dumitrescu", None, "Nobody in Moscow is afraid of two F-16s over Tulcea",
      "security analyst, Dobrogea Strategic Forum"),
    S("Mihai Dobrescu", "RO", "Today it means a front line we did not choose", "coalition deputy, Galați"),
    S("Radu Ciobanu", "RO", "Nobody pays me for any of the three", "farmer, Isaccea"),
]
# Not gold: the amended law's wording ("the risk to the population from the engagement …", a text, not a speaker), the
# defence minister (title only: "the minimum a NATO state owes its own citizens"), the ministry's
# "probable drone", the prosecutors' "a handler linked to a foreign intelligence service" (institutional fragments).
MUST_NOT = ["THE BUCHAREST LEDGER", "Romania's news in English since 1998",
            "Politics | Economy | Region | Black Sea | Opinion | Newsletter", "Politics › Parliament",
            "Thursday, 16 November 2023, 19:05 · By Andrei Costache, parliamentary correspondent",
            "Reading time: 9 minutes",
            "In this article: The vote · The nights behind the bill · What the deputies said · Meanwhile in Tulcea · "
            "What comes next",
            "This article is part of our Black Sea Security series, supported by a grant that has no say over its content.",
            "Read more: The drone fragments near Plauru, three months on",
            "Get the Ledger's morning briefing: subscribe here", "Comments (38)", "© 2023 The Bucharest Ledger SRL"]

EVIDENCE = {
    "ln07-1": "By 281 votes to 9, with 12 abstentions, the Chamber of Deputies on Thursday passed amendments to the law on the defence of the national airspace that allow the armed forces to shoot down drones entering Romanian airspace without authorisation, including in peacetime.",
    "ln07-2": "In the early hours of Tuesday, Russian attack drones struck Reni, a Ukrainian port a few hundred metres across the Danube from Tulcea county.",
    "ln07-3": "Later that morning, fragments of a drone were found in a field near Grindu, a village in Tulcea county that faces Reni from the Romanian bank, according to the defence ministry.",
    "ln07-4": "During the attack the ministry scrambled two F-16 fighters, which patrolled over the north of Dobrogea for about an hour without engaging",
    "ln07-5": "On Wednesday, prosecutors of the anti-organised-crime directorate DIICOT detained two Romanian men in Constanța",
    "ln07-6": "On Monday, she travelled to Izmail and held talks there with her Ukrainian counterpart on the security of the Danube shipping route",
    "ln07-7": "several hundred farmers from Tulcea and Galați counties protested outside the county prefecture in Tulcea",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
