from common import E, L, R, C, N, W, S, H, P, gold, MAS, INT, CLA, TER, DIP

TITLE = "Kremenchuk mall strike: toll rises to 18 as rescuers comb debris; Moscow says it hit an arms depot"
TEXT = """THE DECCAN LEDGER
Home | India | World | Cities | Business | Cricket | Entertainment | Videos | Web Stories
World News
Kremenchuk mall strike: toll rises to 18 as rescuers comb debris; Moscow says it hit an arms depot
Updated: Jun 28, 2022 19:05 IST
Press Desk | Edited by Ananya Rao
Follow us on WhatsApp and Telegram for the latest world updates
Kyiv: The number of people killed by a Russian missile strike on a crowded shopping centre in the central Ukrainian city of Kremenchuk rose to 18 on Tuesday, the State Emergency Service said, as rescuers worked through the night and into the day with cranes and sniffer dogs.

Two Kh-22 missiles, fired from Tu-22M3 long-range bombers flying over Russia's Kursk region, hit the mall and a factory next to it at about 3:50 pm on Monday, Ukraine's air force said. More than a thousand people were inside the centre at the time, according to the Ukrainian president's office.

The toll has risen steadily since Monday night, when officials spoke of 13 dead. By Tuesday morning it was 16; in the afternoon, the governor of the Poltava region put it at 18 killed and 59 injured, 25 of whom remain in hospital. About 36 people are still listed as missing.

"I was at the till when the lights went out and the ceiling came down on the shelves. We crawled out through the loading bay on our knees," said Iryna Lysak, 34, a cashier at an electronics store in the mall.

Serhii Romanenko, a rescuer with the emergency service in Kremenchuk, said his team was now working by hand, because the cranes could not go any further without bringing down what was left of the roof.

Russia's defence ministry said its "high-precision air-launched weapons" had struck hangars holding weapons and ammunition supplied by the United States and Europe near a road machinery plant, and that the detonation of the stored ammunition had set fire to a "non-functioning" shopping centre nearby. Shop staff and local officials said the centre had been open and full of customers.

Also Read | What the Kh-22 is, and why Ukraine struggles to stop it

Leaders of the Group of Seven, gathered at Schloss Elmau in the Bavarian Alps for their three-day summit, called the attack "abominable" in a joint statement and said they would hold those responsible to account. The leaders also agreed on Tuesday to "explore" a cap on the price of Russian oil.

Across Ukraine, the strikes did not stop. In the south, the Operational Command South said air defences had shot down two Kalibr cruise missiles over the Odesa region overnight. On Tuesday morning, a Russian missile struck a five-storey residential building in Mykolaiv; the city's mayor said two people had been injured.

In the north-east, Russian shelling of Kharkiv killed five people and wounded 22 on Monday, the regional governor said.

The heaviest ground fighting is now around Lysychansk, the last city of the Luhansk region still under Ukrainian control. Russian troops were storming it from several directions on Tuesday, the regional governor said, days after Ukrainian forces withdrew from Sievierodonetsk across the Siverskyi Donets river. On Monday evening, Russian shelling hit a crowd collecting water from a tanker in Lysychansk, killing eight people and wounding 21, he said.

Across the border, the governor of Russia's Belgorod region said explosions had been heard over Belgorod overnight and that air defences had shot down three Ukrainian Tochka-U missiles above the city. No one was hurt, he said.

New Delhi has not commented on the Kremenchuk strike. India, which has abstained in every United Nations vote condemning Russia, has repeatedly called for dialogue and diplomacy. The UN Security Council is due to hold an emergency meeting on the attack later on Tuesday at Ukraine's request.

"A strike like this makes fence-sitting uncomfortable, but it will not change the arithmetic of India's votes in New York," said Rakesh Menon, who teaches Russian foreign policy at the Centre for Eurasian Studies in Pune.
(With inputs from agencies)
Trending Topics: Monsoon Updates | Agnipath Scheme | Russia-Ukraine War | Sensex Today
Copyright © 2022 Deccan Ledger Media Ltd. All rights reserved.
"""
DOC = {"id": "lf04", "date": "2022-06-28", "source": "The Deccan Ledger (Indian news website)",
       "url": "https://www.deccanledger.example/world-news/kremenchuk-mall-strike-toll-rises-to-18-101656419",
       "text": TEXT}

D, MON = "2022-06-28", "2022-06-27"
EVENTS = [
    E("lf04-1", MAS, MON, L("Kremenchuk"), "RU", "UA", fat=N(18), inj=N(59),
      weapons=[W("cruise_missile", "Kh-22", launched=N(2))], claimant="Ukrainian Air Force",
      evidence="Two Kh-22 missiles, fired from Tu-22M3 long-range bombers flying over Russia's Kursk region, hit the mall and a factory next to it at about 3:50 pm on Monday",
      note="the mall and the factory next to it, one strike at about 3:50 pm on Monday (27 June) in Kremenchuk; the toll "
           "rises down the page (13 Monday night, 16 Tuesday morning, 'in the afternoon … 18 killed and 59 injured') -> "
           "the latest 18 k 59 w; the 25 'in hospital' are among the 59; the 36 missing are not counted; the launch area "
           "over the Kursk region is not the place; Kh-22 = cruise_missile, two launched; the MoD's 'hangars' version is "
           "the same strike"),
    E("lf04-2", INT, D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("cruise_missile", "Kalibr", intercepted=N(2))],
      claimant="Operational Command South",
      evidence="the Operational Command South said air defences had shot down two Kalibr cruise missiles over the Odesa region overnight",
      note="a region with a count of downed missiles -> required interception (ANNOTATION 3); 'overnight' in a Tuesday "
           "evening page = 28 June"),
    E("lf04-3", MAS, D, L("Mykolaiv"), "RU", "UA", inj=N(2), weapons=[W("missile")],
      evidence="On Tuesday morning, a Russian missile struck a five-storey residential building in Mykolaiv",
      note="'On Tuesday morning' = 28 June; two injured"),
    E("lf04-4", MAS, MON, L("Kharkiv"), "RU", "UA", fat=N(5), inj=N(22), weapons=[W("artillery")],
      evidence="Russian shelling of Kharkiv killed five people and wounded 22 on Monday",
      note="'on Monday' = 27 June; shelling = artillery; 5 k 22 w"),
    E("lf04-5", CLA, D, L("Lysychansk"), "RU", "UA",
      evidence="Russian troops were storming it from several directions on Tuesday",
      note="'storming it' = Lysychansk (the antecedent in the sentence before) on Tuesday: a ground assault -> clash, "
           "attacker RU"),
    E("lf04-6", MAS, MON, L("Lysychansk"), "RU", "UA", fat=N(8), inj=N(21), weapons=[W("artillery")],
      evidence="On Monday evening, Russian shelling hit a crowd collecting water from a tanker in Lysychansk, killing eight people and wounding 21, he said",
      note="'On Monday evening' = 27 June; 8 k 21 w"),
    E("lf04-7", INT, D, L("Belgorod"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "Tochka-U", intercepted=N(3))], claimant="Belgorod governor",
      evidence="air defences had shot down three Ukrainian Tochka-U missiles above the city",
      note="the Russian governor's count over Belgorod 'overnight' (28 June): an interception by RU with a place and a "
           "count -> required; Tochka-U = ballistic_missile; 'No one was hurt' -> 0/0"),
    E("lf04-8", DIP, "2022-06-26", P("DE-BY", "Schloss Elmau, Bavarian Alps"), None, None, end=D, prec="range",
      optional=True,
      evidence="Leaders of the Group of Seven, gathered at Schloss Elmau in the Bavarian Alps for their three-day summit",
      note="the G7 summit, 'three-day' and still on on Tuesday -> 26-28 June by arithmetic only; a multilateral meeting, "
           "sides null; the castle is no GeoNames town -> Bavaria at precision 2 without a point (blind49 kz03-3); "
           "optional because its days are not stated"),
    E("lf04-9", TER, None, L("Sievierodonetsk"), "RU", "UA", prec="unknown", optional=True,
      evidence="days after Ukrainian forces withdrew from Sievierodonetsk across the Siverskyi Donets river",
      note="the Ukrainian withdrawal 'days after' … without a day -> optional territory_change (RU gains), date null"),
]
# Not events: the 36 missing, the MoD's 'hangars … near a road machinery plant' and the 'non-functioning' centre (its
# version of lf04-1), the G7's statement and its agreement to "explore" an oil price cap (a plan), 'New Delhi has not
# commented' (negation), India's abstentions 'in every … vote' (habitual), the Security Council meeting 'due … later on
# Tuesday' (not yet held when the page was written), Menon's analysis, 'Also Read' (furniture); Romanenko's account is reported speech (no gold statement). Quoted fragments that are
# not gold statements: "high-precision air-launched weapons", "non-functioning" (ministry), "abominable", "explore"
# (G7 leaders). Masthead, menu, section line, updated line, desk/editor line, follow line, 'Also Read' with its headline,
# '(With inputs from agencies)', the trending line and the copyright line are furniture; the 'Kyiv:' dateline stays.
STATEMENTS = [
    S("Iryna Lysak", "UA", "We crawled out through the loading bay on our knees", "cashier, Kremenchuk mall"),
    S("Rakesh Menon", None, "it will not change the arithmetic of India's votes in New York",
      "Centre for Eurasian Studies, Pune"),
]
MUST_NOT = ["THE DECCAN LEDGER", "Home | India | World | Cities | Business | Cricket | Entertainment | Videos | Web Stories",
            "World News", "Updated: Jun 28, 2022 19:05 IST", "Press Desk | Edited by Ananya Rao",
            "Follow us on WhatsApp and Telegram for the latest world updates",
            "Also Read | What the Kh-22 is, and why Ukraine struggles to stop it", "(With inputs from agencies)",
            "Trending Topics: Monsoon Updates | Agnipath Scheme | Russia-Ukraine War | Sensex Today",
            "Copyright © 2022 Deccan Ledger Media Ltd. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
