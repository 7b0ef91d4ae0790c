from common import E, L, R, C, N, W, S, gold

TITLE = "Russia throws armour at Avdiivka in biggest push in months"
TEXT = """DECCAN FRONTIER
India | World | Business | Sport | Entertainment | ePaper
Published 12 October 2023, 15:10 IST
Last Updated : 12 October 2023, 15:40 IST
Russia throws armour at Avdiivka in biggest push in months
Kyiv: Russian forces launched one of their largest assaults in months on Avdiivka on Tuesday, attacking the eastern Ukrainian town from three directions with tanks and armoured vehicles, Ukrainian officials said.

Ukraine's General Staff said on Thursday that its troops had repelled 15 attacks near Avdiivka over the past day. Ukrainian forces were holding their positions, it said.

Russian aircraft dropped at least 15 guided bombs on Avdiivka on Wednesday, hitting the coke plant on the town's northern edge, said Taras Hlushko, head of the town's military administration. The bombs killed one resident and wounded two. "There is not a single whole building left in the centre. People live in basements and come out only for water," he said.
ALSO READ | Rupee ends flat as crude prices ease
Russian military bloggers claimed on Wednesday that Russian units had captured the large spoil heap north of the coke plant, which overlooks the town's supply route. Ukraine's military denied it.

Russia's defence ministry said on Thursday that an Iskander missile had destroyed a HIMARS launcher near Pokrovsk on Wednesday. The claim could not be independently verified, and Kyiv did not comment.

Avdiivka, which had about 32,000 people before February 2022, has been on the front line since 2014. About 1,600 residents remain. British defence intelligence said on Thursday that Russia had probably committed elements of three armies to the offensive.

"The Russians want a victory before the winter and before the presidential campaign next spring. Avdiivka is where they have chosen to look for it, and it will be very costly for them," said Rohan Mehta, a retired Indian Army colonel who writes on defence affairs.

India has abstained in United Nations votes on the war and has sharply increased its imports of Russian crude oil since 2022. External Affairs Ministry officials have said New Delhi supports dialogue and diplomacy.
(With inputs from agencies)
Follow us on Google News for the latest updates
"""
DOC = {"id": "kd13", "date": "2023-10-12", "source": "Deccan Frontier (Indian daily)",
       "url": "https://deccanfrontier.example/world/europe/russia-throws-armour-at-avdiivka-1234567.html", "text": TEXT}

D = "2023-10-12"
EVENTS = [
    E("kd13-1", "armed_clash", "2023-10-10", L("Avdiivka", 2, "around Avdiivka"), "RU", "UA",
      note="'launched one of their largest assaults … on Avdiivka on Tuesday' (Thu 12 Oct -> Tue 10), from three "
           "directions -> a clash around the town, precision 2 (Avdiivka itself accepted by the 10 km radius)"),
    E("kd13-2", "armed_clash", "2023-10-11", L("Avdiivka", 2, "near Avdiivka"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine",
      note="'repelled 15 attacks near Avdiivka over the past day' (Thursday update) -> one clash, range 11-12 Oct"),
    E("kd13-3", "air_drone_strike", "2023-10-11", L("Avdiivka", 1, "Avdiivka (coke plant)"), "RU", "UA", fat=N(1),
      inj=N(2), weapons=[W("guided_bomb", launched=N(15, "at_least"))], claimant="Taras Hlushko",
      note="'at least 15 guided bombs on Avdiivka on Wednesday', one killed, two wounded; the coke plant is in the "
           "town"),
    E("kd13-4", "territory_change", "2023-10-11", L("Avdiivka", 2, "spoil heap north of the coke plant"), "RU", "UA",
      optional=True, note="milbloggers' capture claim 'on Wednesday', denied by Ukraine -> optional"),
    E("kd13-5", "missile_artillery_strike", "2023-10-11", L("Pokrovsk", 2, "near Pokrovsk"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M")], claimant="Ministry of Defence of the Russian Federation",
      note="MoD claim: Iskander destroyed a HIMARS launcher 'near Pokrovsk on Wednesday': an unverified claim with "
           "day and place, required; military target"),
]
STATEMENTS = [
    S("Taras Hlushko", "UA", "There is not a single whole building left in the centre",
      "head of Avdiivka's military administration"),
    S("Rohan Mehta", None, "Avdiivka is where they have chosen to look for it", "retired Indian Army colonel"),
]
MUST_NOT = ["DECCAN FRONTIER", "India | World | Business | Sport | Entertainment | ePaper",
            "Published 12 October 2023, 15:10 IST", "Last Updated : 12 October 2023, 15:40 IST",
            "ALSO READ | Rupee ends flat as crude prices ease", "(With inputs from agencies)",
            "Follow us on Google News for the latest updates"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
