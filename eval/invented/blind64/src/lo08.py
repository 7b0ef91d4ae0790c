from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, REX, ARR, LOO

TITLE = "FSB detains two men over freight train blast in the Bryansk region"
TEXT = """ZARYA-24
ЗАРЯ-24 · Федеральный информационный канал
Live | News | Programmes | Special military operation | Video | Weather
News › Incidents
27 November 2024, 14:52 (MSK)
Text: Anton Beliakov
FSB detains two men over freight train blast in the Bryansk region
Officers of the Federal Security Service have detained two residents of the Bryansk region who are suspected of blowing up a railway track near Unecha on the instructions of Ukrainian military intelligence, the FSB Public Relations Centre reported on Wednesday. The suspects, aged 27 and 44, were detained on Tuesday in Novozybkov.

The explosion thundered on the night of 24 to 25 November under a freight train on the stretch between Unecha and Klintsy, a few kilometres west of Unecha. Eight tank cars with diesel fuel left the rails, and one of them caught fire. There were no casualties, the press service of the railway said. Traffic on the section was restored only 16 hours later, and several passenger trains were delayed by up to five hours.

According to the FSB, the Ukrainian curators promised the men one and a half million roubles and passed them the explosive device through a cache in a forest near the border. A criminal case has been opened under the article on a terrorist act. The court will choose a measure of restraint in the coming days.

"The windows shook as if it were thunder in November. In the morning the whole street smelled of diesel," said Unecha resident Galina Fomina.
Watch the report of our correspondent from the scene on the air of Zarya-24 at 18:00
In the Kursk region, a 16-year-old schoolboy set fire to a relay cabinet on the railway near Dmitriyev on Saturday evening, the transport police reported. He was detained the next day in Zheleznogorsk. The teenager told investigators that a "curator" in a Telegram channel had promised him 10,000 roubles for the arson.

"We ask parents to look at what their children are reading in Telegram. The curators promise money and deliver a criminal record," said Irina Volkova, a spokeswoman for the transport police of the Kursk region.

And on Monday morning, in Podolsk near Moscow, an explosive device went off under the car of a serviceman. The officer was hospitalised with leg wounds. The Investigative Committee has opened a criminal case for a terrorist act; investigators are working out several versions, including the involvement of Ukrainian special services.

"The enemy has understood that it cannot stop our trains at the front, so it tries to stop them in the rear. Every cabinet that burns is a teenager bought for the price of a telephone," military expert Colonel (retired) Viktor Lobanov said on the air of Zarya-24.

Over the past night, on-duty air defence systems intercepted and destroyed 39 Ukrainian unmanned aerial vehicles of the aircraft type: 17 over the territory of the Bryansk region, 12 over the Kursk region and 10 over the Oryol region, the Ministry of Defence reported. The Kyiv regime's attempt to carry out a terrorist attack was thwarted. The governor of the Bryansk region said there were no casualties or damage.

Since the beginning of the year, the FSB has prevented more than 40 attempts at sabotage on the railways. Railway workers and residents of the border districts are asked to report suspicious persons near the tracks.
Subscribe to Zarya-24 in Telegram, VK and Dzen
18+
Registration certificate Эл № ФС77-81234 issued by Roskomnadzor
© Zarya-24, 2024. All rights reserved.
"""
DOC = {"id": "lo08", "date": "2024-11-27", "source": "Zarya-24 (Russian state television channel website, English version)",
       "url": "https://zarya24.example/news/incidents/2024/11/27/fsb-unecha-freight-train-blast", "text": TEXT}

D, TUE, MON, SUN, SAT = "2024-11-27", "2024-11-26", "2024-11-25", "2024-11-24", "2024-11-23"
I1 = "lo08-8"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("lo08-1", REX, MON, H("Unecha", "stretch between Unecha and Klintsy"), "UA", "RU", fat=N(0), inj=N(0),
      claimant="FSB",
      note="'The explosion thundered on the night of 24 to 25 November under a freight train on the stretch between "
           "Unecha and Klintsy, a few kilometres west of Unecha' -> the night's later day, 25 Nov; a track bomb = "
           "remote_explosive; the FSB says it was done 'on the instructions of Ukrainian military intelligence' -> actor1 "
           "UA (the claim on the page); 'There were no casualties' -> 0/0; a stretch a few km from X = precision 2"),
    E("lo08-2", DIS, MON, H("Unecha", "stretch between Unecha and Klintsy"), "UA", "RU", parent="lo08-1",
      note="'Traffic on the section was restored only 16 hours later, and several passenger trains were delayed': a rail "
           "disruption caused by lo08-1 (blind49 kz07-2's sides: attacker -> target)"),
    E("lo08-3", ARR, TUE, L("Novozybkov"), "RU", None, claimant="FSB",
      note="'The suspects … were detained on Tuesday in Novozybkov' (reported Wednesday; the detention day wins): arrest "
           "by the Russian state, actor2 null"),
    E("lo08-4", LOO, SAT, H("Dmitriyev", "railway near Dmitriyev"), None, "RU", claimant="Russian transport police",
      note="'a 16-year-old schoolboy set fire to a relay cabinet on the railway near Dmitriyev on Saturday evening' (23 "
           "Nov): arson of railway property = looting_destruction (blind49 kz11-1); paid by an unnamed Telegram "
           "'curator' -> actor1 null; near X = precision 2"),
    E("lo08-5", ARR, SUN, L("Zheleznogorsk"), "RU", None, claimant="Russian transport police",
      note="'He was detained the next day in Zheleznogorsk' -> Sunday 24 Nov (the day after Saturday); Zheleznogorsk "
           "463343 of the Kursk region (not the Krasnoyarsk namesake)"),
    E("lo08-6", REX, MON, L("Podolsk"), None, "RU", inj=N(1), claimant="Investigative Committee of Russia",
      note="'on Monday morning, in Podolsk near Moscow, an explosive device went off under the car of a serviceman. The "
           "officer was hospitalised' (hospitalised = injured): an IED = remote_explosive; investigators weigh 'several "
           "versions, including' Ukrainian services -> a version, not an attribution: actor1 null; Moscow region RU-MOS"),
    E("lo08-7", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, claimant=MOD,
      weapons=[W("drone")],
      note="'The Kyiv regime's attempt to carry out a terrorist attack was thwarted': the drone attack itself, known only "
           "from its interception (no launch count) and without a place beyond three regions -> optional (blind49 kz02, blind51 lb08)"),
    E(I1, INT, D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(39))],
      note="'Over the past night, on-duty air defence systems intercepted and destroyed 39 Ukrainian unmanned aerial "
           "vehicles' (a Wednesday page -> the night to 27 Nov): the defender RU is actor1; country precision"),
    E("lo08-9", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent=I1, claimant=MOD,
      weapons=[W("drone", intercepted=N(17))],
      note="'17 over the territory of the Bryansk region': a region with its own count -> required (17 + 12 + 10 = 39)"),
    E("lo08-10", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent=I1, claimant=MOD,
      weapons=[W("drone", intercepted=N(12))],
      note="'12 over the Kursk region' -> required"),
    E("lo08-11", INT, D, R("RU-ORL", "Oryol region"), "RU", "UA", parent=I1, claimant=MOD,
      weapons=[W("drone", intercepted=N(10))],
      note="'10 over the Oryol region' -> required"),
]
# Not events: the FSB's account of the curators, the money and the cache (background of lo08-1), the criminal case
# and the court's measure of restraint 'in the coming days' (procedure, future), the teenager's story of the 10,000
# roubles (background of lo08-4), the Bryansk governor's 'no casualties or damage' (negation, no hit), 'Since the
# beginning of the year … more than 40 attempts' (cumulative), the appeal to report suspicious persons. The "Watch the
# report …" line, the Telegram/VK/Dzen line, '18+', the registration certificate and © are furniture.
# Not gold statements: the teenager's "curator" (a single word in quotes).
STATEMENTS = [
    S("Galina Fomina", "RU", "The windows shook as if it were thunder in November", "resident, Unecha"),
    S("Irina Volkova", "RU", "The curators promise money and deliver a criminal record",
      "spokeswoman, transport police of the Kursk region"),
    S("Viktor Lobanov", "RU", "Every cabinet that burns is a teenager bought for the price of a telephone",
      "military expert, retired colonel"),
]
MUST_NOT = ["ZARYA-24", "ЗАРЯ-24 · Федеральный информационный канал",
            "Live | News | Programmes | Special military operation | Video | Weather", "News › Incidents",
            "27 November 2024, 14:52 (MSK)", "Text: Anton Beliakov",
            "Watch the report of our correspondent from the scene on the air of Zarya-24 at 18:00",
            "Subscribe to Zarya-24 in Telegram, VK and Dzen", "18+",
            "Registration certificate Эл № ФС77-81234 issued by Roskomnadzor", "© Zarya-24, 2024. All rights reserved."]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo08-1': "The explosion thundered on the night of 24 to 25 November under a freight train on the stretch between Unecha and Klintsy",
    'lo08-2': "Traffic on the section was restored only 16 hours later",
    'lo08-3': "The suspects, aged 27 and 44, were detained on Tuesday in Novozybkov.",
    'lo08-4': "a 16-year-old schoolboy set fire to a relay cabinet on the railway near Dmitriyev on Saturday evening",
    'lo08-5': "He was detained the next day in Zheleznogorsk.",
    'lo08-6': "on Monday morning, in Podolsk near Moscow, an explosive device went off under the car of a serviceman",
    'lo08-7': "The Kyiv regime's attempt to carry out a terrorist attack was thwarted.",
    'lo08-8': "Over the past night, on-duty air defence systems intercepted and destroyed 39 Ukrainian unmanned aerial vehicles of the aircraft type",
    'lo08-9': "17 over the territory of the Bryansk region",
    'lo08-10': "12 over the Kursk region",
    'lo08-11': "10 over the Oryol region",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
