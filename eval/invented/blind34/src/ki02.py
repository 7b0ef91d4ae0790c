from common import E, L, R, C, N, W, S, gold

TITLE = "The week in Ukraine: Kharkiv under glide bombs, a swap of 90 for 90, and a quiet diplomatic push"
TEXT = """LANTERN BAY WEEKLY
Week 24 · Issue 118 · Sunday 16 June 2024
Home   /   The Weekly   /   Europe   /   Ukraine round-up
The week in Ukraine: Kharkiv under glide bombs, a swap of 90 for 90, and a quiet diplomatic push
Compiled by Oonagh Brennan and Petro Sahaidak
🎧 Prefer to listen? This round-up is also a 22-minute podcast episode.
Each Sunday we pull together the week's main developments in the war, day by day, and end with what we are watching. Times are Kyiv time.

Monday, June 10
Russian aircraft dropped guided bombs on Kharkiv in the afternoon, damaging a printing works and injuring three employees, the regional governor said. North of the city, Russian troops again attacked in Vovchansk and near Lyptsi, according to Ukraine's General Staff, which said all assaults were repelled. Vovchansk, once home to 17,000 people, has been under near-constant fire since the cross-border offensive began in May, and most of its remaining residents have been evacuated.

Tuesday, June 11
A Russian missile hit an industrial enterprise in Dnipro in the morning, killing one worker and injuring nine, the head of the regional administration reported. "They chose the hour when the shift changes," said Liudmyla Kaverina, a trade-union representative at the plant. In Vilnius, Lithuania's government approved a new package of ammunition and counter-drone equipment for Ukraine worth €35 million.

Analysts noted that the pace of Russian glide-bomb attacks on Kharkiv has risen since Ukraine was allowed to hit targets across the border with Western weapons, although whether the two are linked is disputed.

Wednesday, June 12
Fighting intensified around Krasnohorivka, west of Donetsk, where Russian forces attacked Ukrainian positions near the town's refractory plant throughout the day, the local military administration said. Across the border, the governor of Russia's Belgorod region said Ukrainian shelling had damaged a factory in Shebekino and injured two men. Shebekino has been shelled regularly since 2023 and much of its population has left.

Tuesday's and Wednesday's strikes brought the number of civilians injured in the Dnipropetrovsk region this month to more than 40, local officials said.

Ad · The Lantern Bay Weekly is free to read because readers support it. Become a supporter from £3.

Thursday, June 13
Ukrainian missiles struck an air defence position near Sevastopol overnight, according to Ukrainian military sources quoted by local media. The Russian-installed governor of the city said air defences had shot down five missiles and that falling debris had damaged a fuel station. He did not report casualties. Russia has moved several of its S-400 batteries in Crimea further north over the past year, and analysts expect Ukraine to keep targeting those that remain.

Friday, June 14
Ukraine and Russia exchanged 90 prisoners of war each, with the United Arab Emirates mediating, Ukraine's coordination headquarters for prisoners said. Among those returned were border guards captured on Snake Island in February 2022 and defenders of Mariupol. "Some of these men have not seen their families for more than two years. Today they called home," said Anatolii Hrynenko, a spokesman for the headquarters. Ukraine says more than 8,000 of its citizens are still held in Russia.

Saturday, June 15 and Sunday, June 16
Russian drones attacked Odesa overnight into Sunday, damaging port infrastructure and injuring two people, the regional governor said. The Ukrainian Air Force said it shot down 12 of 14 Shahed drones launched at the south of the country during the night. Kharkiv had a rare quiet Saturday, with no explosions reported in the city for the first time in ten days.

Over the whole week, Russian aircraft dropped about 800 guided bombs on Ukraine, Air Force spokesman Yurii Shevchuk said on Sunday. "The bombs are cheap, the planes stay on their side of the border, and our air defence cannot reach them there," he said.

What we are watching
Ukrainian commanders expect Russia to shift reserves from the Kharkiv region towards Pokrovsk in the coming weeks, although there is little sign of it yet. If Russia does so, a renewed push on Chasiv Yar is likely before the end of the summer. Kyiv is also waiting for a decision on further Patriot systems; two European governments are said to be close to agreeing to deliver one each, but neither has confirmed.

Diplomats describe the week as "quiet but busy": several meetings of national security advisers took place behind closed doors, and officials in at least three capitals said a second exchange could follow before July if the mediation holds. None of this may come to anything. The pattern of the war since the autumn — slow Russian advances in Donetsk, Ukrainian long-range strikes on refineries and airfields, and Russian attacks on the grid — is unlikely to change before the winter.

Did we miss something? Reply to this email or write to weekly@lanternbay.example
Next week's round-up lands on Sunday 23 June.
Lantern Bay Media CIC · Registered in Northern Ireland NI 684213
"""
DOC = {"id": "ki02", "date": "2024-06-16", "source": "Lantern Bay Weekly (newsletter/web round-up)",
       "url": "https://lanternbay.example/weekly/ukraine-round-up-2024-06-16", "text": TEXT}

EVENTS = [
    E("ki02-1", "air_drone_strike", "2024-06-10", L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="'Monday, June 10' heading: guided bombs on a printing works in Kharkiv, three injured"),
    E("ki02-2", "armed_clash", "2024-06-10", L("Vovchansk"), "RU", "UA",
      note="'attacked in Vovchansk' under the Monday heading; the near-constant fire 'since … May' is background"),
    E("ki02-3", "armed_clash", "2024-06-10", L("Lyptsi", 2), "RU", "UA", note="'and near Lyptsi' Monday, precision 2"),
    E("ki02-4", "missile_artillery_strike", "2024-06-11", L("Dnipro"), "RU", "UA", fat=N(1), inj=N(9),
      weapons=[W("missile")], note="Tuesday heading: missile on an industrial enterprise in Dnipro, 1 killed 9 injured"),
    E("ki02-5", "policy_decision", "2024-06-11", C("LT", "Lithuania"), "LT", None,
      note="Lithuanian government approved an aid package 'In Vilnius' under the Tuesday heading; decision coded to the "
           "country (Vilnius is not in the table; the news gold codes decisions at country precision)"),
    E("ki02-6", "armed_clash", "2024-06-12", L("Krasnohorivka", 2), "RU", "UA",
      note="Wednesday: attacks on positions 'near the town's refractory plant' = a part of the town, precision 2"),
    E("ki02-7", "missile_artillery_strike", "2024-06-12", L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("artillery")],
      note="Wednesday: Belgorod governor, Ukrainian shelling damaged a factory in Shebekino, two injured; "
           "'shelled regularly since 2023' is background"),
    E("ki02-8", "missile_artillery_strike", "2024-06-13", L("Sevastopol", 2), "UA", "RU", weapons=[W("missile")],
      note="Thursday: missiles 'near Sevastopol overnight' = Thu 13 Jun; the governor's debris on a fuel station is the "
           "same event; casualties not reported = null"),
    E("ki02-9", "interception", "2024-06-13", R("UA-40", "Sevastopol"), "RU", "UA", parent="ki02-8",
      weapons=[W("missile", intercepted=N(5))], note="the Russian-installed governor's 'shot down five missiles'"),
    E("ki02-10", "agreement", "2024-06-14", C(None, "undisclosed"), "UA", "RU",
      note="Friday: exchange of 90 for 90 POWs (UAE mediation), no place given; Snake Island Feb 2022 and Mariupol are "
           "background of the men's capture"),
    E("ki02-11", "air_drone_strike", "2024-06-16", L("Odesa"), "RU", "UA", inj=N(2), weapons=[W("drone", "Shahed-136")],
      note="'overnight into Sunday' = Sun 16 Jun: port infrastructure damaged, two injured"),
    E("ki02-12", "interception", "2024-06-16", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", launched=N(14), intercepted=N(12))],
      note="Air Force: shot down 12 of 14 Shaheds 'launched at the south' during the night; country level"),
    E("ki02-13", "air_drone_strike", "2024-06-10", C("UA", "Ukraine"), "RU", "UA", end="2024-06-16", prec="week",
      agg=True, weapons=[W("guided_bomb", launched=N(800, "about"))],
      note="'Over the whole week … about 800 guided bombs' said Sunday: week aggregate ending on publication"),
]
# Not events: the evacuation of Vovchansk's residents (no day); the Vilnius package's value; 'has risen since Ukraine was allowed' (analysis, history of a permission);
# the month-to-date injured count in the Dnipropetrovsk region ('this month … more than 40', a running total that
# repeats the day events); Russia moving S-400s 'over the past year' and 'analysts expect'; Snake Island captures in
# February 2022 and Mariupol (background); 8,000 still held (cumulative); 'a rare quiet Saturday' (negation: no
# explosions); everything under 'What we are watching' (expectations, 'If Russia does so', 'said to be close',
# 'could follow before July if', closed-door meetings without a day or place, the pattern 'since the autumn').
STATEMENTS = [
    S("Liudmyla Kaverina", "UA", "They chose the hour when the shift changes", "trade-union representative"),
    S("Anatolii Hrynenko", "UA", "Today they called home", "spokesman, coordination headquarters for prisoners"),
    S("Yurii Shevchuk", "UA", "The bombs are cheap, the planes stay on their side of the border", "Air Force spokesman"),
]
MUST_NOT = ["LANTERN BAY WEEKLY", "Week 24 · Issue 118 · Sunday 16 June 2024",
            "Home   /   The Weekly   /   Europe   /   Ukraine round-up",
            "Compiled by Oonagh Brennan and Petro Sahaidak",
            "🎧 Prefer to listen? This round-up is also a 22-minute podcast episode.",
            "Ad · The Lantern Bay Weekly is free to read because readers support it. Become a supporter from £3.",
            "Did we miss something? Reply to this email or write to weekly@lanternbay.example",
            "Next week's round-up lands on Sunday 23 June.",
            "Lantern Bay Media CIC · Registered in Northern Ireland NI 684213"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
