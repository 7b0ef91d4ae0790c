from common import E, L, R, C, N, W, S, gold

TITLE = "U.S. sanctions dozens of Russian oil tankers as talk of a ceasefire — and of Ukrainian elections — grows"
TEXT = """THE CAPITAL LEDGER
Sign in | Subscribe
World | Politics | National Security | Business | Opinion
Russia-Ukraine war
U.S. sanctions dozens of Russian oil tankers as talk of a ceasefire — and of Ukrainian elections — grows
The measures, the largest this year, target the "shadow fleet" that carries Russian crude past Western price caps
By Nathan Brill and Oksana Levchenko
April 16, 2026 at 6:02 a.m. EDT
Gift Article
Share
Comment 214
The Treasury Department on Wednesday imposed sanctions on 28 tankers and two Russian banks that it said help Moscow sell oil above the Western price cap, the largest such action this year and a sign that the administration is, for now, keeping up economic pressure while it pursues a ceasefire.

The announcement came a day after the president spoke by phone with his Ukrainian counterpart. According to a readout released by the White House, the two leaders discussed "the sequencing of a ceasefire and the guarantees that would have to follow it."

Neither side said when talks with Russia might resume. A senior administration official, who spoke on the condition of anonymity to discuss private deliberations, said an envoy could travel to Istanbul "as soon as next week" if Moscow signaled it was ready to discuss a freeze along the current front line. The Kremlin said Wednesday that no meeting had been scheduled.
Advertisement
Story continues below advertisement
Behind the scenes, much of the discussion now turns on whether Ukraine would hold elections after a truce. Ukrainian law forbids voting under martial law, which parliament has extended every 90 days since 2022. Mykhailo Zhuk, an adviser in the Ukrainian presidential office, said a vote could be organized within about 100 days of a ceasefire — but only if the fighting actually stopped and millions of displaced citizens and soldiers were able to take part.

"Nobody in Kyiv is afraid of elections. We are afraid of elections held under shelling, with a third of the voters in trenches or abroad," Zhuk said in an interview.

The war, meanwhile, shows no sign of pausing. Russian drones struck a residential neighborhood of Kharkiv late Wednesday, injuring six people, among them a 9-year-old girl, the city's mayor said. In Russia, the authorities of the Krasnodar region reported a fire at an oil terminal in the Black Sea port of Tuapse after a Ukrainian drone attack overnight into Thursday; no one was hurt, they said.

"The sanctions are real, but so is the leakage. Unless the enforcement follows the tankers from port to port, Moscow will have new hulls under new flags within months," said Rachel Okafor, a senior fellow at the Atlantic Strategy Forum.

State Department spokesman Daniel Whitcombe rejected suggestions that the measures might be lifted as part of a deal. "Sanctions relief is not on the table until there is a durable peace," he told reporters.

Congress could also weigh in. A bipartisan group of senators said it would push next week for a vote on a bill that would impose secondary tariffs on buyers of Russian oil, though Senate leaders have not committed to bringing it to the floor.
Nathan Brill is a national security reporter at The Capital Ledger covering the State Department and diplomacy.
Read more: How the sanctions on Russia's "shadow fleet" are supposed to work
© 1996-2026 The Capital Ledger
"""
DOC = {"id": "kr02", "date": "2026-04-16", "source": "The Capital Ledger (US newspaper website)",
       "url": "https://www.capitalledger.example/world/2026/04/16/russia-sanctions-tankers-ceasefire-elections/",
       "text": TEXT}

D, Y, TUE = "2026-04-16", "2026-04-15", "2026-04-14"
EVENTS = [
    E("kr02-1", "policy_decision", Y, C("US", "United States"), "US", "RU",
      note="the Treasury 'on Wednesday imposed sanctions on 28 tankers and two Russian banks': a sanction at the "
           "deciding country (precision 4, brief convention)"),
    E("kr02-2", "diplomatic_contact", TUE, C(None, "phone call"), "US", "UA",
      note="'a day after the president spoke by phone with his Ukrainian counterpart' = Tuesday 14 Apr: a phone call, "
           "no place (blind14 convention)"),
    E("kr02-3", "air_drone_strike", Y, L("Kharkiv"), "RU", "UA", inj=N(6), weapons=[W("drone")],
      note="'Russian drones struck a residential neighborhood of Kharkiv late Wednesday': 6 injured incl. a girl"),
    E("kr02-4", "air_drone_strike", D, L("Tuapse"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="fire at an oil terminal in Tuapse 'after a Ukrainian drone attack overnight into Thursday' (publication "
           "day); 'no one was hurt' = 0/0"),
]
# Not events: an envoy 'could travel to Istanbul … if' (conditional), 'no meeting had been scheduled' (denied),
# elections 'could be organized within about 100 days of a ceasefire — but only if' (conditional), martial law
# 'extended every 90 days since 2022' (habitual), 'might be lifted' (modal), senators 'would push next week' for a
# vote (plan), Senate leaders 'have not committed' (negation).
STATEMENTS = [
    S("Mykhailo Zhuk", "UA", "We are afraid of elections held under shelling", "adviser, Ukrainian presidential office"),
    S("Rachel Okafor", None, "Moscow will have new hulls under new flags within months",
      "senior fellow, Atlantic Strategy Forum"),
    S("Daniel Whitcombe", "US", "Sanctions relief is not on the table until there is a durable peace",
      "State Department spokesman"),
]
# Not gold: the White House readout's 'the sequencing of a ceasefire …' (institutional document, fragment) and the
# anonymous official's 'as soon as next week'.
MUST_NOT = ["THE CAPITAL LEDGER", "Sign in | Subscribe", "World | Politics | National Security | Business | Opinion",
            "Russia-Ukraine war", "By Nathan Brill and Oksana Levchenko", "April 16, 2026 at 6:02 a.m. EDT",
            "Gift Article", "Share", "Comment 214", "Advertisement", "Story continues below advertisement",
            "Nathan Brill is a national security reporter at The Capital Ledger covering the State Department and "
            "diplomacy.",
            'Read more: How the sanctions on Russia\'s "shadow fleet" are supposed to work',
            "© 1996-2026 The Capital Ledger"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
