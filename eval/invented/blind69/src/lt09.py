from common import E, L, R, C, N, W, S, H, gold, MAS, TER, CLA, ARR, ABD

TITLE = "Channel watch: the 'LPR' declares Severodonetsk taken; Lysychansk is next in its sights"
TEXT = """SKHID MONITOR
Reading the occupiers' channels so you don't have to
Latest | Channel watch | Luhansk | Donetsk | Crimea | Methodology
Channel watch / Luhansk
Channel watch: the 'LPR' declares Severodonetsk taken; Lysychansk is next in its sights
Saturday, 25 June 2022 | Skhid Monitor team
How we work: we retell the posts of the Russian-installed authorities of the so-called "Luhansk People's Republic" (LPR) and its "people's militia" as they appear, with their place names (Severodonetsk, Lisichansk, Stakhanov) and our translations. We mark the Ukrainian side's version where we have it.

What the channel claimed

The militia's Telegram channel announced on Saturday morning that Severodonetsk had been "completely liberated" and that the last Ukrainian units had left the Azot chemical plant overnight. "The city is ours to the last street. The Azot industrial zone is being cleared of mines," wrote Ivan Filatov, who signs the channel's posts as the militia's press officer.

On Friday, according to the same channel, "allied forces" took full control of Gorskoye and Zolotoye, two towns south of Lisichansk where Ukrainian troops had been nearly surrounded for a week.

The channel accused Ukrainian forces of shelling Stakhanov on Friday evening with Grad rockets; two civilians were injured, it said. Late on Thursday, it said, an ammunition depot on the outskirts of Lugansk had been hit by a Tochka-U missile fired by the Ukrainian side.

The LPR "ministry of state security" reported that it had detained in Stakhanov, on Thursday, a man it called a "saboteur" who had allegedly photographed railway junctions for Ukrainian intelligence.

The channel also said that "more than 800 civilians" had been taken out of the bomb shelters of the Azot plant "to safe areas" over the past three days. Where they were taken is not stated.

What the Ukrainian side said

The Ukrainian head of the Luhansk regional military administration had already said on Friday that Ukrainian units in Sievierodonetsk had received the order to withdraw to better-fortified positions. Remaining in the ruins "simply makes no sense", he said.

He also reported that Lysychansk had been shelled throughout Friday; a man was killed when a shell hit a queue at a water truck. "We boil what they bring us, and we drink it warm, there is nothing else," Lysychansk resident Halyna Sydorenko told our correspondent by phone.

In its Friday evening report, the Ukrainian General Staff said an assault near Bilohorivka had been repelled and the Russians had withdrawn.

Our reading: "For the LPR, Severodonetsk is a symbol. For both armies it was a month of attrition in a city of ruins, and the next such month will be in Lysychansk," said Pavlo Hnidenko, an analyst of our monitoring team.
Support Skhid Monitor on Patreon
Skhid Monitor does not endorse the content of the channels it retells. Quotations are translated by our team.
"""
DOC = {"id": "lt09", "date": "2022-06-25", "source": "Skhid Monitor retelling the LPR 'people's militia' channel",
       "url": "https://skhidmonitor.example/channel-watch/luhansk/2022-06-25", "text": TEXT}

D, FRI, THU = "2022-06-25", "2022-06-24", "2022-06-23"
LPR = "LPR people's militia channel"
EVENTS = [
    E("lt09-1", TER, D, L("Sievierodonetsk"), "RU", "UA", claimant=LPR,
      evidence="The militia's Telegram channel announced on Saturday morning that Severodonetsk had been \"completely liberated\"",
      note="a capture claim, required on its claim day (25 Jun); Severodonetsk = Sievierodonetsk (UA-09); the Ukrainian "
           "governor's withdrawal order of Friday is the same change seen from the other side (within a day), not a "
           "second event; the Azot de-mining is part of it"),
    E("lt09-2", TER, FRI, L("Hirske"), "RU", "UA", claimant=LPR,
      evidence="On Friday, according to the same channel, \"allied forces\" took full control of Gorskoye and Zolotoye",
      note="'took full control of Gorskoye and Zolotoye' -> one territory change per place (Gorskoye = Hirske), 24 Jun"),
    E("lt09-3", TER, FRI, L("Zolote"), "RU", "UA", claimant=LPR,
      evidence="On Friday, according to the same channel, \"allied forces\" took full control of Gorskoye and Zolotoye",
      note="the second place of the same sentence: Zolotoye = Zolote, 24 Jun"),
    E("lt09-4", MAS, FRI, L("Kadiivka"), "UA", None, inj=N(2), weapons=[W("mlrs", "Grad")], claimant=LPR,
      evidence="The channel accused Ukrainian forces of shelling Stakhanov on Friday evening with Grad rockets",
      note="Stakhanov = Kadiivka (UA-09); an occupation-side claim keeps the claimed attacker UA with actor2 null "
           "(blind62 call 6); 24 Jun, 2 w"),
    E("lt09-5", MAS, THU, H("Luhansk", "outskirts of Luhansk"), "UA", None,
      weapons=[W("ballistic_missile", "Tochka-U")], claimant=LPR,
      evidence="Late on Thursday, it said, an ammunition depot on the outskirts of Lugansk had been hit by a Tochka-U missile fired by the Ukrainian side.",
      note="'Late on Thursday' -> 23 Jun; Lugansk = Luhansk, outskirts -> precision 2; Tochka-U -> ballistic_missile; no "
           "casualties stated (absent)"),
    E("lt09-6", ARR, THU, L("Kadiivka"), "RU", None, claimant="LPR ministry of state security",
      evidence="had detained in Stakhanov, on Thursday, a man it called a \"saboteur\"",
      note="a detention by the occupation's security service -> arrest, actor1 RU (LPR units are RU per EVENTS.md), "
           "actor2 null, 23 Jun"),
    E("lt09-7", ABD, THU, L("Sievierodonetsk"), "RU", "UA", end=D, prec="range", agg=True, optional=True, claimant=LPR,
      evidence="\"more than 800 civilians\" had been taken out of the bomb shelters of the Azot plant \"to safe areas\" over the past three days",
      note="optional: the occupier's 'evacuation' of 'more than 800 civilians' to an unstated place over three days may "
           "be a forced transfer, but the page does not say so -> neither asked nor punished; range 23-25 Jun"),
    E("lt09-8", MAS, FRI, L("Lysychansk"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="head of the Luhansk regional military administration",
      evidence="He also reported that Lysychansk had been shelled throughout Friday; a man was killed when a shell hit a queue at a water truck.",
      note="shelled -> artillery, 24 Jun, 1 k (one event for the day's shelling of the town)"),
    E("lt09-9", CLA, FRI, H("Bilohorivka", "near Bilohorivka"), "RU", "UA", claimant="Ukrainian General Staff",
      evidence="In its Friday evening report, the Ukrainian General Staff said an assault near Bilohorivka had been repelled",
      note="a repelled assault -> clash with the attacker RU as actor1, near X -> precision 2, 24 Jun"),
]
# Not events: the Ukrainian withdrawal order (the same change as lt09-1), 'nearly surrounded for a week' (a state), the
# Azot de-mining (part of lt09-1), 'Remaining in the ruins simply makes no sense' (the governor, title only: not gold),
# the analyst's forecast of Lysychansk. Not gold statements: "completely liberated", "allied forces", "saboteur", "more
# than 800 civilians", "to safe areas", "simply makes no sense" (fragments or title-only speakers). Masthead, tagline,
# menu, section line, date/team line, Patreon line and disclaimer are furniture; the how-we-work note and the two
# section headings stay as text.
STATEMENTS = [
    S("Ivan Filatov", "RU", "The city is ours to the last street", "press officer, LPR people's militia"),
    S("Halyna Sydorenko", "UA", "we drink it warm, there is nothing else", "resident, Lysychansk"),
    S("Pavlo Hnidenko", None, "the next such month will be in Lysychansk", "analyst, Skhid Monitor"),
]
MUST_NOT = ["SKHID MONITOR", "Reading the occupiers' channels so you don't have to",
            "Latest | Channel watch | Luhansk | Donetsk | Crimea | Methodology", "Channel watch / Luhansk",
            "Saturday, 25 June 2022 | Skhid Monitor team", "Support Skhid Monitor on Patreon",
            "Skhid Monitor does not endorse the content of the channels it retells. Quotations are translated by our team."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
