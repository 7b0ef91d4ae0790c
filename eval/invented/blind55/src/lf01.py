from common import E, L, R, C, N, W, S, H, gold, MAS, CLA, AGR, DIP, LOO

TITLE = "Russian shells hit civilians fleeing over wrecked Irpin bridge as fight for Kyiv suburbs grinds on"
TEXT = """MERIDIAN PRESS AGENCY
World | Europe | Business | Energy | Markets | Video | Graphics
Europe › Ukraine crisis
Russian shells hit civilians fleeing over wrecked Irpin bridge as fight for Kyiv suburbs grinds on
By Anneli Vos and Taras Hrytsenko
5 minute read
March 7, 2022 3:26 PM GMT Last Updated 38 min ago
KYIV/IRPIN, Ukraine, March 7 (MPA) - Russian forces kept up their assault on the commuter towns north-west of Kyiv on Monday, a day after mortar rounds landed among civilians queueing to cross a demolished bridge out of Irpin and killed at least eight of them, Ukrainian officials said.

The shelling began shortly after 10 a.m. on Sunday beside the collapsed road bridge over the Irpin river, where several hundred people, many carrying children and pets, were waiting to be helped over a path of planks and broken concrete. Two children were among the dead, the town's mayor told reporters.

"There were no soldiers near us, only prams, bags and an old man on a stretcher. The first one fell behind the queue, the second one inside it," said Oleksandr Kravets, 47, a volunteer who had been carrying a neighbour across when the rounds came in.

The bridge was blown up by Ukrainian troops in the opening days of the invasion to deny the road to Russian armour, and has since become the only way out of the town for people on foot.

Fighting raged through Monday in Bucha and in Hostomel, where Russian airborne troops have held the airfield since the first day of the war, the Kyiv regional administration said. Russian units trying to push south from Hostomel towards Irpin were stopped, it said, without giving details.

"We spent five nights in the cellar. This morning somebody shouted that the tanks had moved to the next street, and we ran," said Halyna Demchuk, 66, who walked out of Bucha with her sister and a cat in a shopping bag.

East of the capital, Ukrainian artillery struck a Russian armoured column on the highway near Brovary overnight, the General Staff said, adding that about a dozen vehicles had been destroyed. Meridian could not independently verify the claim.

In central Ukraine, eight Russian missiles destroyed the civilian airport of Vinnytsia on Sunday morning, the president said in a video address. Rescuers had recovered nine bodies from the rubble of the terminal and the control tower by Monday, the regional emergency service said.

SECOND DAY OF FAILED EVACUATION
A ceasefire that Russia and Ukraine agreed on Saturday, meant to let residents of the besieged port of Mariupol and the nearby town of Volnovakha leave by bus, collapsed within hours. A second attempt on Sunday went no better: Russian shells fell on the squares in Mariupol where people had gathered to board the buses, and the column never left, the city council said.

Russia's defence ministry blamed Ukrainian "nationalists" for keeping people in the city. On Monday it announced new "humanitarian corridors" out of Kyiv, Kharkiv, Sumy and Mariupol, several of them leading only to Russia or Belarus. A Ukrainian deputy prime minister called the offer "immoral" and said Kyiv would not send its citizens into the aggressor's territory.

Ukrainian negotiators sat down with a Russian delegation on Monday afternoon for a third round of talks in Belarus. Two earlier rounds, on Feb. 28 and March 3, also on Belarusian soil, ended without a breakthrough. The Kremlin's spokesman said Russia could halt its operation "in a moment" if Kyiv accepted its demands.

"The plan was Kyiv in three days. On day twelve they are fighting for commuter towns street by street, and that costs them men and vehicles they never planned to lose," said Rolf Eikeland, a military analyst at the Oslo Centre for Defence Policy.
Reporting by Anneli Vos in Kyiv and Taras Hrytsenko in Irpin; Writing by Gareth Pole; Editing by Simone Achterberg
Meridian editorial standards: our principles of accuracy and independence
Report an error
"""
DOC = {"id": "lf01", "date": "2022-03-07", "source": "Meridian Press Agency (international wire)",
       "url": "https://meridianpress.example/world/europe/irpin-bridge-shelling-kyiv-suburbs-2022-03-07", "text": TEXT}

D, SUN, SAT = "2022-03-07", "2022-03-06", "2022-03-05"
EVENTS = [
    E("lf01-1", MAS, SUN, L("Irpin"), "RU", "UA", fat=N(8, "at_least"), weapons=[W("artillery")],
      evidence="mortar rounds landed among civilians queueing to cross a demolished bridge out of Irpin and killed at least eight of them",
      note="'a day after' a Monday report = Sunday 6 March (the second paragraph repeats 'on Sunday'); mortars = artillery; "
           "'at least eight' -> at_least 8; the two children are inside the eight; the bridge is in the town -> Irpin"),
    E("lf01-2", CLA, D, L("Bucha"), "RU", "UA",
      evidence="Fighting raged through Monday in Bucha and in Hostomel",
      note="'Fighting raged through Monday in Bucha and in Hostomel': one clash per named place (blind49 call 8); the "
           "attacker is the Russian side of the assault"),
    E("lf01-3", CLA, D, L("Hostomel"), "RU", "UA",
      evidence="Russian units trying to push south from Hostomel towards Irpin were stopped",
      note="the second place of the same sentence, with the repelled push 'from Hostomel towards Irpin': clash at Hostomel "
           "on Monday; 'have held the airfield since the first day of the war' is background"),
    E("lf01-4", MAS, D, H("Brovary", "highway near Brovary"), "UA", "RU", weapons=[W("artillery")],
      claimant="General Staff of Ukraine",
      evidence="Ukrainian artillery struck a Russian armoured column on the highway near Brovary overnight",
      note="'overnight' in a Monday afternoon report = 7 March; UA -> RU; 'near Brovary' = precision 2; destroyed vehicles "
           "are not casualties (absent)"),
    E("lf01-5", MAS, SUN, L("Vinnytsia"), "RU", "UA", fat=N(9), weapons=[W("missile", launched=N(8))],
      claimant="president of Ukraine",
      evidence="eight Russian missiles destroyed the civilian airport of Vinnytsia on Sunday morning",
      note="'on Sunday morning' = 6 March; eight missiles counted in words -> launched 8 (kind not said: missile); the "
           "nine bodies recovered 'by Monday' are the strike's toll"),
    E("lf01-6", AGR, SAT, H("Mariupol", "around Mariupol and Volnovakha"), "UA", "RU",
      evidence="A ceasefire that Russia and Ukraine agreed on Saturday",
      note="a local ceasefire for the evacuation 'agreed on Saturday' (5 March) is an agreement even though it 'collapsed "
           "within hours'; it covers Mariupol and Volnovakha (both Donetsk oblast) -> around Mariupol, precision 2"),
    E("lf01-7", MAS, SUN, L("Mariupol"), "RU", "UA", weapons=[W("artillery")],
      evidence="Russian shells fell on the squares in Mariupol where people had gathered to board the buses",
      note="'A second attempt on Sunday': shells on the assembly squares (6 March); casualties not given (absent); the "
           "Russian ministry's blame of 'nationalists' is about keeping people in, not about the shelling"),
    E("lf01-8", DIP, D, C("BY", "Belarus"), "UA", "RU",
      evidence="Ukrainian negotiators sat down with a Russian delegation on Monday afternoon for a third round of talks in Belarus",
      note="a meeting of the two delegations on Monday; only the country is named -> precision 4; the Ukrainian side is "
           "the subject (actor1)"),
    E("lf01-9", DIP, "2022-02-28", C("BY", "Belarus"), "UA", "RU",
      evidence="Two earlier rounds, on Feb. 28 and March 3, also on Belarusian soil, ended without a breakthrough",
      note="recalled round with its own day (28 February): required (blind49 'a recalled event with a resolvable day is "
           "required'); 'also on Belarusian soil' -> BY, precision 4"),
    E("lf01-10", DIP, "2022-03-03", C("BY", "Belarus"), "UA", "RU",
      evidence="Two earlier rounds, on Feb. 28 and March 3, also on Belarusian soil, ended without a breakthrough",
      note="the second recalled round, 3 March; same sentence, its own event"),
    E("lf01-11", LOO, None, L("Irpin", 2, "road bridge over the Irpin river"), "UA", None, prec="unknown", optional=True,
      evidence="The bridge was blown up by Ukrainian troops in the opening days of the invasion",
      note="the bridge demolition 'in the opening days of the invasion': a specific act of destruction without a day -> "
           "optional, date null (blind50); UA blew up its own bridge, no target side"),
]
# Not events: the Russian airborne troops holding the Hostomel airfield 'since the first day of the war' (state), the
# bridge becoming 'the only way out' (state), the corridors the Russian ministry 'announced' on Monday (an offer, not an
# agreement; rejected), Kyiv 'would not send its citizens' (negation), the Kremlin's 'could halt … if' (conditional),
# 'The plan was Kyiv in three days' (analysis). Quoted fragments that are not gold statements: "nationalists",
# "humanitarian corridors", "immoral" (a deputy prime minister, title only), "in a moment" (the Kremlin's spokesman).
# Masthead, menu, section line, byline, reading time, date line, reporting/editing line, the standards line and "Report
# an error" are furniture; the dateline 'KYIV/IRPIN, Ukraine, March 7 (MPA) -' and the cross-head stay as text.
STATEMENTS = [
    S("Oleksandr Kravets", "UA", "The first one fell behind the queue, the second one inside it", "volunteer, Irpin"),
    S("Halyna Demchuk", "UA", "We spent five nights in the cellar", "resident of Bucha"),
    S("Rolf Eikeland", None, "On day twelve they are fighting for commuter towns street by street",
      "military analyst, Oslo Centre for Defence Policy"),
]
MUST_NOT = ["MERIDIAN PRESS AGENCY", "World | Europe | Business | Energy | Markets | Video | Graphics", "Europe › Ukraine crisis",
            "By Anneli Vos and Taras Hrytsenko", "5 minute read", "March 7, 2022 3:26 PM GMT Last Updated 38 min ago",
            "Reporting by Anneli Vos in Kyiv and Taras Hrytsenko in Irpin; Writing by Gareth Pole; Editing by Simone Achterberg",
            "Meridian editorial standards: our principles of accuracy and independence", "Report an error"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
