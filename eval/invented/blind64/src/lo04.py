from common import E, L, R, C, N, W, S, H, gold, REX, ARR, LOO, PRO, POL

TITLE = "In Ukraine, the officers who hand out draft notices have become targets"
TEXT = """THE CHESAPEAKE LEDGER
Sign in | Subscribe: $1 for 6 months
World | U.S. | Politics | Business | Opinion | Climate | Tech | Sports
WORLD › EUROPE
In Ukraine, the officers who hand out draft notices have become targets
A bomb in Zhytomyr, burned vans in Lviv and a tougher law: mobilization is now the war's home front
By Daniel Kerrigan and Yuliia Savchuk
March 12, 2025 at 6:00 a.m. EDT
Listen · 7 min | Gift Article | Share
ZHYTOMYR, Ukraine — The parcel was the size of a shoebox, wrapped in brown tape, and the man who carried it toward the door of the city's territorial recruitment center on Monday morning told the guard he had brought papers for his brother.

It exploded as he reached the steps. He was killed; four servicemen and a woman who was walking past were wounded, two of them seriously, according to the national police.

On Tuesday, the SBU security service said the device had been detonated remotely by Russian handlers who had recruited the man, a 29-year-old from a village outside the city, through a Telegram channel that promised "easy money." Late on Monday, the service said, its officers had detained a 34-year-old man in Korosten, about 50 miles to the north, whom they suspect of assembling the bomb.

Ukraine's recruitment offices, known by their initials as TCCs, have become lightning rods for anger over a mobilization drive that is now in its fourth year. Videos of officers pushing men into minibuses circulate daily on social media, and the offices, the state's most visible face of the draft, are also a target that Russia's intelligence services have learned to exploit.

"We have put up concrete blocks and we check every bag at the gate," said Maj. Serhii Hrytsenko, a spokesman for the Zhytomyr center, standing beside the scorched steps on Tuesday. "But the next one will not come with a parcel. He will come with a drone."

The attack in Zhytomyr was the second bombing of a recruitment office in as many weeks. On Feb. 24, a device left in a trash can outside the center in Kamianets-Podilskyi wounded two soldiers; no one has been charged.
ADVERTISEMENT
In Lviv, in the west, two minibuses belonging to the regional recruitment center were set alight in a courtyard in the early hours of Sunday. No one was hurt. Police detained a 19-year-old student the same afternoon and said he had told investigators that a man he never met had promised him $500 for the job.

Since last summer, police have recorded more than 40 attacks on recruitment staff, from fistfights at checkpoints to arson, according to the Interior Ministry.

Anger at the draft does not always take that form. On Saturday, about 200 wives and mothers of soldiers rallied on Kyiv's Independence Square, demanding that the government set a fixed term of service for men who have been fighting since 2022.

"My husband has been in the trenches for three years. I am not against mobilization. I am against forever," said Olena Bilyk, 36, who held a sign with his photograph.

On Tuesday, parliament passed a law that raises the penalty for attacks on recruitment officers to up to 10 years in prison and makes it a crime to publish the locations of their patrols. The president is expected to sign it this week.

"Russia does not need to win the argument about mobilization. It only needs to make the people who run it afraid, and the people who avoid it angry," said Laura Whitcombe, a senior fellow at the Potomac Center for Eurasian Security.
Yuliia Savchuk reported from Kyiv.
Most Read: What the minerals deal would mean for Ukraine, and for the U.S.
Comments (214)
© 1881–2025 The Chesapeake Ledger
"""
DOC = {"id": "lo04", "date": "2025-03-12", "source": "The Chesapeake Ledger (U.S. newspaper website)",
       "url": "https://chesapeakeledger.example/world/2025/03/12/ukraine-recruitment-centers-attacks-draft", "text": TEXT}

MON, SUN, SAT, TUE = "2025-03-10", "2025-03-09", "2025-03-08", "2025-03-11"
EVENTS = [
    E("lo04-1", REX, MON, L("Zhytomyr"), "RU", "UA", fat=N(1), inj=N(5), claimant="SBU",
      note="'the man who carried it toward the door of the city's territorial recruitment center on Monday morning … It "
           "exploded … He was killed; four servicemen and a woman who was walking past were wounded' (a Wednesday page "
           "-> 10 Mar): a parcel bomb = remote_explosive; the SBU says 'detonated remotely by Russian handlers' -> actor1 "
           "RU (the only version on the page); 1 k, 4 + 1 = 5 w"),
    E("lo04-2", ARR, MON, L("Korosten"), "UA", None, claimant="SBU",
      note="'Late on Monday, the service said, its officers had detained a 34-year-old man in Korosten': told on Tuesday "
           "but with its own day -> 10 Mar (the detention day wins over the announcement day, blind51 call 6); arrest "
           "by the Ukrainian state, actor2 null"),
    E("lo04-3", REX, "2025-02-24", L("Kamianets-Podilskyi"), None, "UA", inj=N(2),
      note="recap with its own date: 'On Feb. 24, a device left in a trash can outside the center in "
           "Kamianets-Podilskyi wounded two soldiers; no one has been charged' -> required; nobody is named as the "
           "bomber -> actor1 null"),
    E("lo04-4", LOO, SUN, L("Lviv"), None, "UA",
      note="'two minibuses belonging to the regional recruitment center were set alight in a courtyard in the early hours "
           "of Sunday. No one was hurt' (9 Mar): arson of property = looting_destruction; the arsonist acts for an "
           "unknown payer -> actor1 null; no counts for property destruction"),
    E("lo04-5", ARR, SUN, L("Lviv"), "UA", None,
      note="'Police detained a 19-year-old student the same afternoon' = Sunday afternoon (9 Mar): arrest by Ukrainian "
           "police"),
    E("lo04-6", PRO, SAT, L("Kyiv"), "UA", None,
      note="'On Saturday, about 200 wives and mothers of soldiers rallied on Kyiv's Independence Square, demanding … a "
           "fixed term of service' (8 Mar): a peaceful protest in Kyiv"),
    E("lo04-7", POL, TUE, C("UA", "Ukraine"), "UA", None,
      note="'On Tuesday, parliament passed a law that raises the penalty for attacks on recruitment officers': a "
           "decision about the war's mobilization at the deciding country (blind53 ld02's ratification); the "
           "signature 'expected … this week' is future"),
]
# Not events: the Telegram recruitment of the bomber (background of lo04-1), 'Videos of officers pushing men into
# minibuses circulate daily' (habit), 'concrete blocks' (measures), the next attacker who 'will come with a drone'
# (forecast), 'no one has been charged' (negation), 'Since last summer … more than 40 attacks' (cumulative), the
# president 'expected to sign it this week' (future), the analyst's sentence (opinion). 'Most Read', 'Comments',
# 'ADVERTISEMENT', the listen/gift/share row and the reporting line are furniture.
# Not gold statements: the Telegram channel's "easy money" (fragment).
STATEMENTS = [
    S("Serhii Hrytsenko", "UA", "But the next one will not come with a parcel", "spokesman, Zhytomyr recruitment center"),
    S("Olena Bilyk", "UA", "I am not against mobilization. I am against forever", "soldier's wife, Kyiv rally"),
    S("Laura Whitcombe", None, "It only needs to make the people who run it afraid",
      "senior fellow, Potomac Center for Eurasian Security"),
]
MUST_NOT = ["THE CHESAPEAKE LEDGER", "Sign in | Subscribe: $1 for 6 months",
            "World | U.S. | Politics | Business | Opinion | Climate | Tech | Sports", "WORLD › EUROPE",
            "By Daniel Kerrigan and Yuliia Savchuk", "March 12, 2025 at 6:00 a.m. EDT",
            "Listen · 7 min | Gift Article | Share", "ADVERTISEMENT", "Yuliia Savchuk reported from Kyiv.",
            "Most Read: What the minerals deal would mean for Ukraine, and for the U.S.", "Comments (214)",
            "© 1881–2025 The Chesapeake Ledger"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo04-1': "It exploded as he reached the steps. He was killed; four servicemen and a woman who was walking past were wounded",
    'lo04-2': "Late on Monday, the service said, its officers had detained a 34-year-old man in Korosten",
    'lo04-3': "On Feb. 24, a device left in a trash can outside the center in Kamianets-Podilskyi wounded two soldiers",
    'lo04-4': "two minibuses belonging to the regional recruitment center were set alight in a courtyard in the early hours of Sunday",
    'lo04-5': "Police detained a 19-year-old student the same afternoon",
    'lo04-6': "On Saturday, about 200 wives and mothers of soldiers rallied on Kyiv's Independence Square",
    'lo04-7': "On Tuesday, parliament passed a law that raises the penalty for attacks on recruitment officers",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
