from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Nikopol under fire again: how Tuesday went"
TEXT = """NIKOPOL CITY COUNCIL
Official website of the Nikopol City Council and its executive committee
Home | City | Council | Executive committee | Documents | Public services | Security | Contacts
Home / News / Security
29.08.2023 | 19:20
Nikopol under fire again: how Tuesday went
Dear residents of Nikopol! For one more day the aggressor has been terrorising our community from the opposite bank of the Kakhovka reservoir, from the side of occupied Enerhodar. Here is how Tuesday, 29 August, went.

05:40. The occupiers shelled the city with heavy artillery. Shells landed in the Pivdennyi microdistrict: a 67-year-old man died in the yard of his house, and his wife and a neighbour were wounded; both were taken to hospital. Eight private houses, a shop and a power line were damaged.

11:15. A kamikaze drone struck a truck of the municipal enterprise Nikopolvodokanal on Heroiv Chornobylia Street, where a crew was repairing a water main. Two workers, aged 38 and 51, were wounded. The main was damaged once more, and the western part of the city will stay without water supply until the repairs are completed.

"Our people go out to fix a pipe knowing that a drone may be watching them. Today it found them. The crew will go back as soon as it is safe, because the hospital is on the same main," said Viktor Sushko, director of Nikopolvodokanal.

18:05. The enemy fired at the city again. A shell hit the fifth floor of an apartment building on Elektrometalurhiv Avenue. Fortunately, no one was hurt. The gas pipeline was damaged, and 340 flats have been left without gas.

"I had popped out to the shop for bread. When I came back, the stairwell was full of dust and the neighbours were counting each other," said Liudmyla Horbenko, who lives on the fourth floor.
Found a mistake? Select it and press Ctrl+Enter
In the district

Yesterday, 28 August, the enemy attacked the Nikopol district 16 times with heavy artillery and kamikaze drones, the head of the district military administration reported this morning. One person was injured.

In the Marhanets hromada, a drone dropped an explosive on a farm and wounded a tractor driver. The Chervonohryhorivka hromada was hit with heavy artillery; shells damaged two private houses and a gas pipe. In the Pokrov hromada, shells fell on a school stadium; nobody was hurt. The city of Nikopol itself was also under fire on Monday, with damage to a kindergarten fence and a garage cooperative.

Let us remind you that on Friday, 18 August, an artillery shell killed two residents of the city on Trubna Street.

Important for residents:
– drinking water will be delivered by tankers to the western part of the city tomorrow from 08:00 to 20:00 (the addresses are in the schedule below);
– owners of damaged homes can apply for compensation through the Diia portal or at the Administrative Services Centre;
– Invincibility Points at school No. 10 and the Palace of Culture are open around the clock.

Please do not ignore the air raid alerts and stay in shelters!
Press service of the Nikopol City Council
Print version | Share: Facebook · Telegram · Viber
53200, Dnipropetrovsk region, Nikopol, Elektrometalurhiv Avenue, 41 · nikopol-rada.example
© 2023 Nikopol City Council. Materials may be reprinted only together with a reference to this site.
"""
DOC = {"id": "lo07", "date": "2023-08-29", "source": "Nikopol City Council (official website, news page in English)",
       "url": "https://nikopol-rada.example/en/news/security/2023-08-29-nikopol-under-fire-again", "text": TEXT}

D, MON = "2023-08-29", "2023-08-28"
T = "lo07-6"
RMA = "head of the Nikopol district military administration"
EVENTS = [
    E("lo07-1", MAS, D, L("Nikopol"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("artillery")],
      note="'05:40. The occupiers shelled the city with heavy artillery … a 67-year-old man died in the yard …, and his wife "
           "and a neighbour were wounded' (Tuesday 29 Aug; the Pivdennyi microdistrict = the city); fired across the "
           "reservoir from the Enerhodar side: Enerhodar is the firing position, not the event's place"),
    E("lo07-2", ADS, D, L("Nikopol"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'11:15. A kamikaze drone struck a truck of the municipal enterprise … Two workers … were wounded': a second "
           "strike in the city at another hour with another weapon = its own event (blind49 call 4)"),
    E("lo07-3", DIS, D, L("Nikopol"), "RU", "UA", parent="lo07-2",
      note="'the western part of the city will stay without water supply until the repairs are completed': a water cut "
           "caused by lo07-2, in force on the publication day"),
    E("lo07-4", MAS, D, L("Nikopol"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'18:05. The enemy fired at the city again. A shell hit the fifth floor … Fortunately, no one was hurt' -> 0/0 "
           "(a shell = artillery)"),
    E("lo07-5", DIS, D, L("Nikopol"), "RU", "UA", parent="lo07-4",
      note="'The gas pipeline was damaged, and 340 flats have been left without gas'"),
    E(T, MAS, MON, H("Nikopol", "Nikopol district"), "RU", "UA", agg=True, inj=N(1), family=[ADS], claimant=RMA,
      weapons=[W("artillery"), W("drone")],
      note="'Yesterday, 28 August, the enemy attacked the Nikopol district 16 times with heavy artillery and kamikaze "
           "drones … One person was injured': a tally of a named day (day precision, aggregate; blind53 ld05-1), typed "
           "by the heavier weapon with the drone type accepted; '16 times' counts attacks, not munitions; the district "
           "named after its centre = precision 2; check: injured = the Marhanets tractor driver"),
    E("lo07-7", ADS, MON, H("Marhanets", "Marhanets hromada"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")],
      claimant=RMA,
      note="'In the Marhanets hromada, a drone dropped an explosive on a farm and wounded a tractor driver' (Monday); a "
           "hromada = precision 2"),
    E("lo07-8", MAS, MON, H("Chervonohryhorivka", "Chervonohryhorivka hromada"), "RU", "UA", parent=T,
      weapons=[W("artillery")], claimant=RMA,
      note="'The Chervonohryhorivka hromada was hit with heavy artillery; shells damaged two private houses and a gas pipe': casualties not stated (absent; not inferred from the tally)"),
    E("lo07-9", MAS, MON, H("Pokrov", "Pokrov hromada"), "RU", "UA", parent=T, fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant=RMA,
      note="'In the Pokrov hromada, shells fell on a school stadium; nobody was hurt' -> 0/0"),
    E("lo07-10", MAS, MON, L("Nikopol"), "RU", "UA", parent=T, family=[ADS], claimant=RMA,
      note="'The city of Nikopol itself was also under fire on Monday, with damage to a kindergarten fence and a garage "
           "cooperative': the city's Monday line of the tally, weapon not said (both strike types), casualties not "
           "stated"),
    E("lo07-11", MAS, "2023-08-18", L("Nikopol"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="recap with its own date: 'on Friday, 18 August, an artillery shell killed two residents of the city' "
           "(18 Aug 2023 was a Friday) -> required"),
]
# Not events: 'For one more day the aggressor has been terrorising our community' (habit), the crew that 'will go back
# as soon as it is safe' (future), the tanker deliveries 'tomorrow' (future), compensation through Diia and the
# Invincibility Points (services), the appeal to heed alerts. The masthead, tagline, menu, breadcrumb, date line, the
# Ctrl+Enter line, the press-service signature, the print/share row, the address line and © are furniture; the
# 'In the district' and 'Important for residents:' headings are text.
STATEMENTS = [
    S("Viktor Sushko", "UA", "knowing that a drone may be watching them", "director, Nikopolvodokanal"),
    S("Liudmyla Horbenko", "UA", "the neighbours were counting each other", "resident, Elektrometalurhiv Avenue"),
]
MUST_NOT = ["NIKOPOL CITY COUNCIL", "Official website of the Nikopol City Council and its executive committee",
            "Home | City | Council | Executive committee | Documents | Public services | Security | Contacts",
            "Home / News / Security", "29.08.2023 | 19:20", "Found a mistake? Select it and press Ctrl+Enter",
            "Press service of the Nikopol City Council", "Print version | Share: Facebook · Telegram · Viber",
            "53200, Dnipropetrovsk region, Nikopol, Elektrometalurhiv Avenue, 41 · nikopol-rada.example",
            "© 2023 Nikopol City Council. Materials may be reprinted only together with a reference to this site."]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo07-1': "05:40. The occupiers shelled the city with heavy artillery.",
    'lo07-2': "11:15. A kamikaze drone struck a truck of the municipal enterprise Nikopolvodokanal on Heroiv Chornobylia Street",
    'lo07-3': "the western part of the city will stay without water supply until the repairs are completed",
    'lo07-4': "18:05. The enemy fired at the city again. A shell hit the fifth floor of an apartment building on Elektrometalurhiv Avenue.",
    'lo07-5': "The gas pipeline was damaged, and 340 flats have been left without gas.",
    'lo07-6': "Yesterday, 28 August, the enemy attacked the Nikopol district 16 times with heavy artillery and kamikaze drones",
    'lo07-7': "In the Marhanets hromada, a drone dropped an explosive on a farm and wounded a tractor driver.",
    'lo07-8': "The Chervonohryhorivka hromada was hit with heavy artillery",
    'lo07-9': "In the Pokrov hromada, shells fell on a school stadium; nobody was hurt.",
    'lo07-10': "The city of Nikopol itself was also under fire on Monday",
    'lo07-11': "on Friday, 18 August, an artillery shell killed two residents of the city on Trubna Street",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
