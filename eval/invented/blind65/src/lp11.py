from common import E, L, R, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Kherson, Thursday: a bus, the market, a substation — what the city military administration posted"
TEXT = """KHERSON NOW
What the city's channels are posting — in one place
Feed | City | Region | Evacuation | Help | About us
Feed > 3 July
Kherson, Thursday: a bus, the market, a substation — what the city military administration posted
03.07.2025 · Kherson Now editors
We retell the posts of the Kherson city military administration (MVA) in our own words, in the order in which they appeared. Each time stamp below is when the post appeared.

07:05 — Yesterday, 2 July, the Russians fired on the Kherson city hromada 46 times, according to the MVA's morning summary. One person was killed and four were injured.
07:40 — A Russian drone attacked a municipal bus in the Korabelnyi district at 07:25. The driver, 54, and two passengers were injured; all three have been taken to hospital.
"It hung over the stop for half a minute, as if it was choosing," said Inna Savych, who was waiting for the same bus on the other side of the road.
08:35 — Artillery shelling of the Tsentralnyi district. Shells landed near the central market; a woman of 67 was killed and five people were injured.
10:10 — In Antonivka, a Russian drone dropped explosives on a man riding a bicycle. The 58-year-old was hospitalised with shrapnel wounds.
11:20 — Update on the market: another injured woman has asked for medical help, so the number of injured has risen to six.
"People were choosing tomatoes when it started. The awning saved those who were under it," Hryhorii Baida, who sells fish at the market, told our reporter.
12:45 — Naddniprianske: a Russian MLRS salvo set a private house on fire. No casualties.
13:30 — Shelling damaged a substation in the Dniprovskyi district; part of the district is without electricity, the MVA said. Power engineers will start repairs when the security situation allows.
15:50 — The man injured in a drone attack near the river port on Tuesday has died in hospital, the MVA reported. He was 49.
Support the evacuation fund of Kherson Now: donate.example/khn
Send your news to @khersonnow_bot
Kherson Now retells public posts; the originals belong to their authors.
"""
DOC = {"id": "lp11", "date": "2025-07-03", "source": "Kherson Now (aggregator retelling the Kherson city military administration's Telegram posts)",
       "url": "https://khersonnow.example/feed/2025-07-03", "text": TEXT}

D, Y, TUE = "2025-07-03", "2025-07-02", "2025-07-01"
MVA = "Kherson city military administration"
EVENTS = [
    E("lp11-1", MAS, Y, H("Kherson", "Kherson city hromada"), "RU", "UA", agg=True, fat=N(1), inj=N(4), family=[ADS],
      claimant=MVA,
      evidence="Yesterday, 2 July, the Russians fired on the Kherson city hromada 46 times, according to the MVA's morning summary. One person was killed and four were injured.",
      note="'Yesterday, 2 July' -> a named day: aggregate at day precision (not a range); the city hromada (the city "
           "and its suburbs) -> precision 2 at the city; '46 times' is no munition count; its incidents are not "
           "listed, and none of today's posts belongs to it (no children)"),
    E("lp11-2", ADS, D, L("Kherson"), "RU", "UA", inj=N(3), weapons=[W("drone")], claimant=MVA,
      evidence="A Russian drone attacked a municipal bus in the Korabelnyi district at 07:25. The driver, 54, and two passengers were injured",
      note="the 07:40 post dates the attack 'at 07:25' -> 3 July; Korabelnyi district = the city; the driver and two "
           "passengers = 3 injured"),
    E("lp11-3", MAS, D, L("Kherson"), "RU", "UA", fat=N(1), inj=N(6), weapons=[W("artillery")], claimant=MVA,
      evidence="Shells landed near the central market; a woman of 67 was killed and five people were injured.",
      note="artillery near the central market (Tsentralnyi district = the city); the 11:20 'Update on the market' "
           "raises the injured from five to six -> 1 k 6 w, one event"),
    E("lp11-4", ADS, D, L("Antonivka"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant=MVA,
      evidence="In Antonivka, a Russian drone dropped explosives on a man riding a bicycle. The 58-year-old was hospitalised with shrapnel wounds.",
      note="Antonivka 713304 (part of the Kherson city hromada, north-east of the centre; not the left-bank village); "
           "hospitalised = injured; the 10:10 post of Thursday -> 3 July"),
    E("lp11-5", MAS, D, L("Naddniprianske"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("mlrs")], claimant=MVA,
      evidence="Naddniprianske: a Russian MLRS salvo set a private house on fire. No casualties.",
      note="MLRS; 'No casualties' -> 0/0; Naddniprianske 700536 (Kherson city hromada)"),
    E("lp11-6", MAS, D, L("Kherson"), "RU", "UA", family=[ADS], claimant=MVA,
      evidence="Shelling damaged a substation in the Dniprovskyi district",
      note="a third Kherson event of the day, at another hour and site, with its own consequence (Dniprovskyi "
           "district = the city); 'Shelling' without a weapon named (air type accepted, no weapon entry); casualties not stated"),
    E("lp11-7", DIS, D, L("Kherson"), "RU", "UA", parent="lp11-6", claimant=MVA,
      evidence="part of the district is without electricity, the MVA said",
      note="the outage caused by the damaged substation; repairs 'when the security situation allows' are a plan"),
    E("lp11-8", ADS, TUE, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("drone")], claimant=MVA,
      evidence="The man injured in a drone attack near the river port on Tuesday has died in hospital, the MVA reported.",
      note="an earlier day's toll revised: the drone attack 'on Tuesday' (1 July, two days before the Thursday page) "
           "now has 1 killed; dated by the attack, not the death; the injured count of that day is not given here, so "
           "injured is left absent; 'near the river port' in the city -> the city"),
]
# Not events: the repairs 'when the security situation allows' (plan), the bus witness's account (part of lp11-2), the
# 11:20 update (it revises lp11-3; no event of its own). The post times are not event times except where a post says
# so ('at 07:25'). Masthead, tagline, menu, breadcrumb, date line, the donation line, the bot line and the retelling
# note are furniture; the opening paragraph on how posts are retold stays as text.
STATEMENTS = [
    S("Inna Savych", "UA", "as if it was choosing", "resident, Korabelnyi district"),
    S("Hryhorii Baida", "UA", "The awning saved those who were under it", "fish seller, Kherson central market"),
]
MUST_NOT = ["KHERSON NOW", "What the city's channels are posting — in one place",
            "Feed | City | Region | Evacuation | Help | About us", "Feed > 3 July", "03.07.2025 · Kherson Now editors",
            "Support the evacuation fund of Kherson Now: donate.example/khn", "Send your news to @khersonnow_bot",
            "Kherson Now retells public posts; the originals belong to their authors."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
