from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, CLA, POL, DIP, ARR

TITLE = "Seven days of war: Avdiivka under pressure, a post office in Kherson, drones over the Danube"
TEXT = """OSNOVA WEEKLY
Ukraine in English, every Sunday
Front | Politics | Economy | Society | The Week | Podcast | Donate
The Week › 23–29 October 2023
Seven days of war: Avdiivka under pressure, a post office in Kherson, drones over the Danube
Sunday, 29 October 2023 · By the Osnova Weekly desk · 12 min read
Inside this issue: 1. The front · 2. From the air · 3. Behind the lines · 4. Diplomacy · 5. The week in numbers · 6. The week ahead
Every Sunday, Osnova Weekly sums up the war. This week the heaviest fighting was again around Avdiivka, Kherson buried two postal workers, the Danube ports were attacked, and Ukraine's diplomats spent the week in Ankara and on the phone to Stockholm.

1. The front
Russia's offensive against Avdiivka, which began on 10 October, entered its third week with no sign of slowing. On Wednesday and Thursday, Russian troops attacked the town from the north, along the railway line by the coke plant, and from the south, near the industrial zone, the Tavria operational-strategic group said. Ukrainian officials say the assaults cost Russia hundreds of armoured vehicles in October, a figure that cannot be checked but is broadly in line with the images of burned-out columns published by both sides.

"They come in waves, the first wave is vehicles, the second is men on foot, the third is men on foot again," said Serhii Lukianenko, who speaks for a brigade holding the northern edge of Avdiivka. "We have learned to count the waves."

Further south, the same group reported no change around Krasnohorivka, west of Donetsk, which has been on the front line since 2014 and whose pre-war population of 16,000 has shrunk to a few hundred.

On the Dnipro, Ukrainian marines are still holding a foothold on the left bank near Krynky, a village on the left bank upstream from Kherson. Russian troops tried again on Thursday to push the marines back into the river, Russian military bloggers wrote; according to them, fighting around the village went on all day and Ukrainian boats were still crossing at night. The Ukrainian command has not confirmed the size of the bridgehead; analysts who have seen the available footage describe it as a few hundred metres deep.

What happens at Avdiivka will likely decide the shape of the winter campaign. If the town falls, Russia gains a road hub and a symbolic victory before the presidential election in March; if it holds, the Russian command will have spent its autumn reserves on a few square kilometres. Most of the Western analysts we spoke to expect the first outcome to take months, not weeks.

2. From the air
The week began with grief in Kherson. On Monday morning, Russian artillery shells hit a post office branch in the city's Dniprovskyi district as people queued for their pensions. Two employees were killed and six people were wounded, according to the regional military administration.

"Sixty people come to us on a pension day, and they come early, because the shelling starts later," said Nadiia Shvets, a postal worker who was in the back office when the shells landed. "Today it started earlier."

On Tuesday evening, two S-300 missiles struck the industrial zone of Zaporizhzhia. A security guard at a repair workshop was killed and four people were injured, the regional governor said. Russia has used converted S-300 air-defence missiles against Zaporizhzhia almost every week since the spring of 2022; they are inaccurate, and the city has no way of intercepting them.

Overnight into Friday, Russia sent 12 Shahed drones against the Odesa region, and air defence destroyed nine of them, the Southern Defence Forces said. The ones that got through hit the port of Izmail on the Danube, where a fire broke out in a warehouse storing grain and three port employees were injured. Izmail and Reni have been hit repeatedly since Russia left the grain deal in July, and each attack pushes up the insurance premiums that ship-owners pay to call at the Danube ports.

Yurii Karpenko, a shift supervisor at the Izmail port, said the fire had been put out by morning. "We loaded a ship on Friday afternoon with the smoke still over the warehouse," he said. "The captain did not even ask. They have got used to it, like us."

On Thursday, rescuers in Beryslav found the body of a firefighter who had been missing since the shelling of the town's fire station on 9 October, which brought the number of people killed in that attack to three.

Across the border, the governor of Russia's Belgorod region said on Saturday that Ukrainian shelling of Shebekino had injured two people and damaged a bakery. Shebekino, a town of some 40,000 people before the war, has been under regular fire since the spring.

3. Behind the lines
The SBU security service said on Saturday that it had detained two railway workers in Kovel, a junction town in the Volyn region, on suspicion of passing the timetables of military trains to Russian intelligence. According to the SBU, the two men were recruited through a Telegram channel that offered quick money for "simple tasks." The service has reported similar detentions in western Ukraine almost every month this year.

Ukraine's grid operator, Ukrenergo, said it had finished building concrete and sandbag shelters around the transformers of 20 key substations, a programme it began after last winter's attacks. The shelters are meant to stop drone fragments and blast, not a direct missile hit, and the company warned that it still had no spare autotransformers of the largest type.

"Last winter we repaired at night what they destroyed in the morning. This winter we want the morning to find less to destroy," said Maksym Voloshko, an engineer who supervises the shelter works in central Ukraine.

In Kyiv, parliament continued to argue over the draft law on mobilisation. The bill, which would lower the age of conscription and tighten the rules for deferments, is not expected to reach a first reading before December.

4. Diplomacy
Ukraine's foreign minister spent Thursday in Ankara, where he held talks with his Turkish counterpart on the safety of shipping in the Black Sea and on the return of Ukrainian children taken to Russia. Turkey, which brokered the original grain deal, has offered to host new talks on navigation, but Moscow has so far refused to take part.

On Friday, Sweden's government approved a further military aid package for Ukraine worth 2.1 billion kronor, which includes ammunition and spare parts for the CV90 infantry fighting vehicles Sweden sent earlier this year. The package is the country's fourteenth since the start of the full-scale invasion.

"Every package is smaller than the last one in the headlines and bigger than the last one in the warehouses," said Linnea Haglund, a defence economist at the Uppsala Institute for Security Studies. "What matters is that the spare parts keep coming."

5. The week in numbers
Over the past seven days, Russia launched 146 Shahed drones and 19 missiles of various types against Ukraine, the air force said on Sunday. In October as a whole, the regional administrations have reported 163 civilians killed, the highest monthly figure since the summer; since the full-scale invasion began, Kherson alone has been shelled more than 11,000 times.

6. The week ahead
The Verkhovna Rada's defence committee is due to discuss the mobilisation bill on Wednesday. Ukraine's foreign minister is expected in Brussels for a meeting of NATO foreign ministers in late November. The air force warns that the first large-scale attacks on energy infrastructure of the winter are likely to come as soon as temperatures fall below zero.
Osnova Weekly is free to read. If you value it, become a supporter from $5 a month
Previous issue: 16–22 October 2023
Got a tip? Write to desk@osnova-weekly.example
© 2023 Osnova Media
"""
DOC = {"id": "ln01", "date": "2023-10-29", "source": "Osnova Weekly (Ukrainian English-language site, weekly round-up)",
       "url": "https://osnova-weekly.example/the-week/2023-10-23-29", "text": TEXT}


def d(dd):
    return f"2023-10-{dd:02d}"


ODR = "ln01-5"
EVENTS = [
    E("ln01-1", CLA, d(25), L("Avdiivka"), "RU", "UA", prec="range", end=d(26), claimant="Tavria operational-strategic group",
      note="'On Wednesday and Thursday, Russian troops attacked the town from the north … and from the south' (Sunday 29 "
           "Oct -> Wed 25 – Thu 26): one clash at the town (the attacks are on Avdiivka itself, precision 1), range; "
           "Avdiivka 713122 (Donetsk), not the Chernihiv villages; the offensive that 'began on 10 October' is history"),
    E("ln01-2", CLA, d(26), H("Krynky", "near Krynky"), "RU", "UA", claimant="Russian military bloggers",
      note="'Russian troops tried again on Thursday to push the marines back into the river … fighting around the "
           "village went on all day' -> a clash near Krynky (left bank, Kherson oblast) on Thursday 26 Oct, attacker RU; "
           "the crossing first reported 'earlier this month' has no day"),
    E("ln01-3", MAS, d(23), L("Kherson"), "RU", "UA", fat=N(2), inj=N(6), weapons=[W("artillery")],
      claimant="Kherson regional military administration",
      note="'On Monday morning, Russian artillery shells hit a post office branch in the city's Dniprovskyi district … "
           "Two employees were killed and six people were wounded' -> 23 Oct, the district = the city"),
    E("ln01-4", MAS, d(24), L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("missile", "S-300", launched=N(2))], claimant="Zaporizhzhia governor",
      note="'On Tuesday evening, two S-300 missiles struck the industrial zone of Zaporizhzhia … killed and four … "
           "injured' -> 24 Oct; S-300 against ground targets = missile_artillery_strike; 'almost every week since the "
           "spring of 2022' is habit"),
    E(ODR, ADS, d(27), R("UA-51", "Odesa region"), "RU", "UA", claimant="Southern Defence Forces",
      weapons=[W("drone", "Shahed-136", launched=N(12))],
      note="'Overnight into Friday, Russia sent 12 Shahed drones against the Odesa region' -> a regional launch with its "
           "count = the parent of the region's hits and interception (blind53 call 4), 27 Oct"),
    E("ln01-6", INT, d(27), R("UA-51", "Odesa region"), "UA", "RU", parent=ODR, claimant="Southern Defence Forces",
      weapons=[W("drone", "Shahed-136", intercepted=N(9))],
      note="'air defence destroyed nine of them' -> required regional interception"),
    E("ln01-7", ADS, d(27), L("Izmail"), "RU", "UA", parent=ODR, inj=N(3), weapons=[W("drone")],
      note="'The ones that got through hit the port of Izmail … three port employees were injured'; 'hit repeatedly "
           "since Russia left the grain deal in July' is history"),
    E("ln01-8", MAS, "2023-10-09", L("Beryslav"), "RU", "UA", fat=N(3), weapons=[W("artillery")],
      note="recap with its own date: 'rescuers in Beryslav found the body of a firefighter … missing since the "
           "shelling of the town's fire station on 9 October, which brought the number of people killed in that attack to "
           "three' -> the 9 October strike with its latest toll (blind53 ld11-12); "
           "the finding of the body on Thursday is no event of its own"),
    E("ln01-9", MAS, d(28), L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("artillery")], claimant="Belgorod governor",
      note="'the governor … said on Saturday that Ukrainian shelling of Shebekino had injured two people' -> no other day "
           "given: the claim day, 28 Oct (blind51 call 6); 'under regular fire since the spring' is habit"),
    E("ln01-10", ARR, d(28), L("Kovel"), "UA", None, claimant="SBU",
      note="'The SBU … said on Saturday that it had detained two railway workers in Kovel' -> no detention day given: "
           "the claim day (blind51 call 6); 'almost every month this year' is habit"),
    E("ln01-11", DIP, d(26), L("Ankara"), "UA", "TR",
      note="'Ukraine's foreign minister spent Thursday in Ankara, where he held talks with his Turkish counterpart' -> "
           "the visitor as actor1 at the named place (blind51 call 8); Moscow's refusal is a negation"),
    E("ln01-12", POL, d(27), C("SE", "Sweden"), "SE", "UA",
      note="'On Friday, Sweden's government approved a further military aid package … worth 2.1 billion kronor' -> "
           "policy_decision at the deciding country; 'the country's fourteenth' and the CV90s sent 'earlier this year' "
           "are background"),
    E("ln01-13", MAS, d(23), C("UA", "Ukraine"), "RU", "UA", end=d(29), prec="week", agg=True, family=[ADS],
      claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(146)), W("missile", launched=N(19))],
      note="'Over the past seven days, Russia launched 146 Shahed drones and 19 missiles … the air force said on Sunday' "
           "-> the week tally said on the publication Sunday is a required week aggregate (blind49 call 2), typed by the "
           "heaviest weapon, both strike types; the October and since-2022 figures next to it are not events"),
]
# Not events: the standfirst (repeats); the offensive that 'began on 10 October' (history); 'hundreds of armoured
# vehicles in October' (a month claim); 'no change around Krasnohorivka', its population and 'since 2014' (negation,
# background); the crossing 'earlier
# this month' and the size of the bridgehead (no day, assessment); the Avdiivka forecast ('will likely decide', 'If the
# town falls … if it holds', 'expect … to take months'); S-300s 'almost every week since the spring of 2022' (habit);
# Izmail and Reni 'hit repeatedly since … July' and the insurance premiums (history, trend); the ship loaded 'on Friday
# afternoon' (no incident); the body found on Thursday (the 9 October event's toll); Shebekino 'under regular fire since
# the spring'; the SBU's similar detentions 'almost every month' (habit); Ukrenergo's shelters around 20 substations,
# begun 'after last winter's attacks' (works, history), and the missing autotransformers (state); the mobilisation bill debated and 'not expected
# … before December' (no decision, plan); Turkey's offer and Moscow's refusal (offer, negation); the package as 'the
# country's fourteenth' (background); the October total of 146 civilians killed and Kherson 'shelled more than 11,000
# times' (month and since-2022 totals: not events); the week ahead (plans, forecast).
STATEMENTS = [
    S("Serhii Lukianenko", "UA", "We have learned to count the waves", "brigade spokesman, Avdiivka"),
    S("Nadiia Shvets", "UA", "Today it started earlier", "postal worker, Kherson"),
    S("Yurii Karpenko", "UA", "They have got used to it, like us", "shift supervisor, Izmail port"),
    S("Maksym Voloshko", "UA", "This winter we want the morning to find less to destroy", "Ukrenergo engineer"),
    S("Linnea Haglund", None, "bigger than the last one in the warehouses",
      "defence economist, Uppsala Institute for Security Studies"),
]
# Not gold: the SBU's fragment "simple tasks".
MUST_NOT = ["OSNOVA WEEKLY", "Ukraine in English, every Sunday",
            "Front | Politics | Economy | Society | The Week | Podcast | Donate", "The Week › 23–29 October 2023",
            "Sunday, 29 October 2023 · By the Osnova Weekly desk · 12 min read",
            "Inside this issue: 1. The front · 2. From the air · 3. Behind the lines · 4. Diplomacy · 5. The week in "
            "numbers · 6. The week ahead",
            "Osnova Weekly is free to read. If you value it, become a supporter from $5 a month",
            "Previous issue: 16–22 October 2023", "Got a tip? Write to desk@osnova-weekly.example", "© 2023 Osnova Media"]

EVIDENCE = {
    "ln01-1": "On Wednesday and Thursday, Russian troops attacked the town from the north, along the railway line by the coke plant, and from the south, near the industrial zone",
    "ln01-2": "Russian troops tried again on Thursday to push the marines back into the river, Russian military bloggers wrote",
    "ln01-3": "On Monday morning, Russian artillery shells hit a post office branch in the city's Dniprovskyi district as people queued for their pensions.",
    "ln01-4": "On Tuesday evening, two S-300 missiles struck the industrial zone of Zaporizhzhia.",
    "ln01-5": "Overnight into Friday, Russia sent 12 Shahed drones against the Odesa region",
    "ln01-6": "air defence destroyed nine of them",
    "ln01-7": "The ones that got through hit the port of Izmail on the Danube, where a fire broke out in a warehouse storing grain and three port employees were injured.",
    "ln01-8": "the shelling of the town's fire station on 9 October, which brought the number of people killed in that attack to three.",
    "ln01-9": "the governor of Russia's Belgorod region said on Saturday that Ukrainian shelling of Shebekino had injured two people",
    "ln01-10": "The SBU security service said on Saturday that it had detained two railway workers in Kovel",
    "ln01-11": "Ukraine's foreign minister spent Thursday in Ankara, where he held talks with his Turkish counterpart",
    "ln01-12": "On Friday, Sweden's government approved a further military aid package for Ukraine worth 2.1 billion kronor",
    "ln01-13": "Over the past seven days, Russia launched 146 Shahed drones and 19 missiles of various types against Ukraine, the air force said on Sunday.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
