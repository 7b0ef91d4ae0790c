from common import E, L, R, C, N, W, S, gold

TITLE = "Morning Brief: Two killed in Izium as missiles return; minerals fund meets in Kyiv"
TEXT = """View this email in your browser
STEPPE & CITY MORNING BRIEF
Wednesday, 20 May 2026 · No. 611
Forwarded this email? Sign up free at steppecity.example/brief
Morning Brief: Two killed in Izium as missiles return; minerals fund meets in Kyiv
Good morning. Today: a night of missiles and drones, a Ukrainian strike on an oil depot in Russia, a quiet but important meeting in Kyiv, and why the numbers from May look worse than April's. Reading time: about seven minutes.

WHAT HAPPENED
Russia attacked overnight with 63 drones and five Kalibr cruise missiles, the Air Force said this morning. Air defence shot down 55 drones and four missiles. It was the first time in nine days that Russia used cruise missiles against Ukraine.

In Izium, a missile hit an administrative building in the town centre shortly after 3am, killing two people, the head of the Kharkiv regional administration said. Rescuers were still searching the rubble at dawn. In Odesa, drones set fire to a warehouse in the port area and injured a security guard, the city's military administration reported.

Ukraine hit back in the other direction. An oil depot near Voronezh caught fire after a drone attack late on Tuesday, the Voronezh regional governor said, adding that no one was hurt. Ukraine's General Staff confirmed the strike this morning and said the depot supplied fuel to Russian units in the north.

On the front, Ukrainian units repelled Russian attacks near Siversk and Lyman on Tuesday, the General Staff said in its evening report. Russian forces have been pressing on both towns since the winter, without a breakthrough.

In Kyiv, the supervisory board of the US–Ukraine reconstruction investment fund held its first meeting on Tuesday, approving the fund's rules and a first list of projects in mining and energy. "For the first time, the money and the mines are in the same room," said Nataliia Koval, a Ukrainian member of the board.

Sponsored — Learn Ukrainian in 15 minutes a day. First month free.

WHAT IT MEANS
The return of cruise missiles after nine days matters more than the number fired. Russia tends to hold its Kalibrs back for larger combined strikes, and Ukrainian officials believe it has been building up a stock for weeks. A large attack on the power grid before the summer heat, when air conditioning raises demand, would fit the pattern of previous years.

The strike near Voronezh is part of a longer Ukrainian campaign against fuel logistics behind the northern front. Since January, Ukraine has hit more than 30 depots and refineries in Russia, according to open-source trackers, and analysts say the campaign has forced Russia to move fuel further from the border. Whether that changes anything at the front is another matter.

Ukrainian officials, for their part, are careful not to overstate the effect. Fuel is only one of the things Russian units need, and depots can be rebuilt or replaced by rail tankers within weeks. What the campaign does reliably is raise costs and force Russia to spread its air defences thinner across a very large country.

THE NUMBERS
Since the start of May, Russia has launched more than 2,400 drones at Ukraine, the Air Force says — already more than in the whole of April. Interception rates have stayed above 85 per cent, but the drones that get through are increasingly aimed at a small number of cities. Odesa, Kharkiv and Zaporizhzhia account for almost half of all hits this month.

"The numbers go up every month, and every month people ask us why we don't stop all of them," said Air Force spokesman Andrii Dobriansky. "We stop most. The ones we miss are the ones you read about."

WHAT'S NEXT
Parliament is due to vote on Thursday on a bill extending the mobilisation age rules, a vote postponed twice already. On Friday, defence ministers from the Ramstein group meet online to discuss air defence deliveries. The next round of prisoner-exchange talks may take place at the end of the month, a Ukrainian official said, but no date has been set. And if the weather holds, Kyiv expects Russian drone attacks to intensify over the weekend.

ONE MORE THING
Izium's central park reopened last month after three years, with new benches built by local students from the remains of destroyed trees. This morning, the park was closed again while rescuers worked across the road.

Today's brief was written by Hanna Melnyk and edited by Theo Varga.
Quick poll: How useful was today's brief?   👍   👎
You are receiving this because you subscribed at steppecity.example. Unsubscribe in one click.
"""
DOC = {"id": "ki10", "date": "2026-05-20", "source": "Steppe & City Morning Brief (news newsletter)",
       "url": "https://steppecity.example/brief/611", "text": TEXT}

D = "2026-05-20"
EVENTS = [
    E("ki10-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(63)), W("cruise_missile", "Kalibr", launched=N(5))],
      note="overnight wave in the Wednesday-morning brief = 20 May; typed by the missiles"),
    E("ki10-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ki10-1",
      weapons=[W("drone", intercepted=N(55)), W("cruise_missile", intercepted=N(4))],
      note="'shot down 55 drones and four missiles'"),
    E("ki10-3", "missile_artillery_strike", D, L("Izium"), "RU", "UA", fat=N(2), parent="ki10-1",
      weapons=[W("cruise_missile")], note="missile on an administrative building in Izium 'shortly after 3am', two killed"),
    E("ki10-4", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(1), parent="ki10-1", weapons=[W("drone")],
      note="drones set fire to a port warehouse in Odesa, a guard injured"),
    E("ki10-5", "air_drone_strike", "2026-05-19", L("Voronezh", 2), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'An oil depot near Voronezh caught fire after a drone attack late on Tuesday' (19 May), 'no one was hurt' "
           "= 0/0; Ukraine's confirmation this morning is the same event"),
    E("ki10-6", "armed_clash", "2026-05-19", L("Siversk", 2), "RU", "UA", note="'repelled Russian attacks near Siversk … on Tuesday'"),
    E("ki10-7", "armed_clash", "2026-05-19", L("Lyman", 2), "RU", "UA",
      note="'… and Lyman on Tuesday' (the Donetsk-oblast town); pressing 'since the winter' is background"),
    E("ki10-8", "diplomatic_contact", "2026-05-19", L("Kyiv"), None, None,
      note="first meeting of the US–Ukraine fund's supervisory board in Kyiv 'on Tuesday' (two states' members, sides "
           "null); agreement/policy_decision would also describe its approvals"),
    E("ki10-9", "air_drone_strike", "2026-05-01", C("UA", "Ukraine"), "RU", "UA", end=D, prec="month", agg=True,
      weapons=[W("drone", launched=N(2400, "at_least"))], optional=True,
      note="'Since the start of May … more than 2,400 drones': month-to-date tally, optional (blind28 call 3)"),
]
# Not events: 'first time in nine days' (negation of the days between); rescuers searching (same event); the
# General Staff's confirmation (claim of ki10-5); pressing 'since the winter'; everything under WHAT IT MEANS
# ('tends to hold', 'believe it has been building up', 'would fit the pattern'; 30 depots 'since January' per
# trackers, 'forced Russia to move fuel', 'can be rebuilt'); interception rates and the share of hits by city; WHAT'S NEXT (vote 'due …
# on Thursday', Friday's online meeting, exchange talks 'may take place', 'expects … to intensify' if the weather
# holds); the park's reopening 'last month' and its closure this morning (not a war event in itself).
STATEMENTS = [
    S("Nataliia Koval", "UA", "the money and the mines are in the same room", "Ukrainian member of the fund's board"),
    S("Andrii Dobriansky", "UA", "The ones we miss are the ones you read about", "Air Force spokesman"),
]
MUST_NOT = ["View this email in your browser", "STEPPE & CITY MORNING BRIEF", "Wednesday, 20 May 2026 · No. 611",
            "Forwarded this email? Sign up free at steppecity.example/brief",
            "Sponsored — Learn Ukrainian in 15 minutes a day. First month free.",
            "Today's brief was written by Hanna Melnyk and edited by Theo Varga.",
            "Quick poll: How useful was today's brief?   👍   👎",
            "You are receiving this because you subscribed at steppecity.example. Unsubscribe in one click."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
