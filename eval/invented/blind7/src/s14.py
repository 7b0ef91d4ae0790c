from common import E, L, R, C, N, W, S, gold

TITLE = "Air defence is not a luxury. Europe is running out of excuses"
TEXT = """The Commonwealth Standard
Opinion | Ukraine
Air defence is not a luxury. Europe is running out of excuses
Every Patriot battery sitting in a European depot is a choice. Last week in Ternopil we saw what that choice costs.
Gerrit van Aalst
Mon 22 Apr 2024 06.00 BST
Share · 312 comments

Last Thursday morning, a Russian Kh-101 cruise missile hit a four-storey apartment building in the centre of Ternopil, a quiet city in western Ukraine that most Europeans could not find on a map. Nine people were killed, among them an eight-year-old girl, and more than 20 were injured. There was no military target within a kilometre of the building. There was also no Patriot battery within range to stop the missile.

It did not have to be this way. Since the autumn of 2022, Ukraine has shown that modern Western air defence works. Its crews have shot down cruise missiles, Iranian-designed drones and even hypersonic Kinzhal missiles that Moscow boasted could not be intercepted. In the winter of 2022-23, when Russia tried to freeze Ukrainians into submission by destroying their power grid, it failed largely because of the systems that the West had delivered.

But air defence is a matter of arithmetic, not heroism. Ukraine's president has said that his country needs at least seven more Patriot systems to protect its cities and its remaining power plants. Russia, meanwhile, is producing more than 100 long-range missiles a month, according to Ukrainian military intelligence, and it has learned to combine them with waves of cheap drones that exhaust the defenders' ammunition. In March alone, according to the Ukrainian air force, Russia fired more than 400 missiles and 600 drones at Ukraine.

Europe, collectively, has dozens of Patriot and SAMP/T batteries. Most of them are not on alert against any real threat. They sit in depots in Germany, the Netherlands, Spain and Greece, waiting for a war that, if it ever comes, will be decided first in Ukraine.

There has been some movement. On Saturday, the Dutch government announced that it would buy components for a Patriot battery for Ukraine and would ask allies to supply the launchers. That is welcome. It is also a measure of how far we have fallen that a purchase of spare parts is celebrated as a breakthrough.

The arguments against giving more are familiar. Governments say they need the systems for their own defence and for NATO's commitments. They warn that production lines cannot replace them quickly. Some still fear that Moscow will see deliveries as an escalation. Each of these arguments contains a grain of truth, and each collapses when set against what is happening in Ukraine every night.

If a NATO capital were struck by a Russian missile, no European government would hesitate to move its batteries. The question is why an attack on Kharkiv, Odesa or Ternopil is any less of an attack on the security of Europe. Russia's leaders have made it clear that they do not intend to stop at Ukraine's borders if they can avoid paying a price. Their threats against the Baltic states and Moldova are not rhetorical flourishes.

Supporters of caution argue that Ukraine will need a political settlement in the end, and that more weapons only prolong the war. But a settlement negotiated while Russian missiles fall freely on Ukrainian cities would be a surrender in all but name. The only way to a durable peace is to make the Kremlin understand that it cannot win by terror.

A Ukrainian air defence officer I spoke to in Kyiv last year, a major named Taras Bilyk, put it plainly. "We do not ask Europe to fight for us," he said. "We ask for the means to stop the missiles. Every launcher you send is a neighbourhood that sleeps through the night."

There are practical steps that Europe's governments could take this month. They could pool their remaining batteries in a common fund for Ukraine, replacing them as new systems come off the production line. They could guarantee long-term orders so that manufacturers invest in new capacity. They could agree that the rule of "national needs first" does not apply when a partner's cities are burning.

None of this would be free. But the cost of inaction is measured in apartment blocks like the one in Ternopil, and in the likelihood that Russia, emboldened, will one day test NATO itself. History will not ask how many batteries Europe kept in reserve. It will ask why it did not use them when it mattered.

Gerrit van Aalst is a former Dutch defence official and a senior fellow at the Hague Centre for Security Dialogue.
This article was amended on 22 April 2024 to correct the number of people injured in Ternopil.
Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.
"""
DOC = {"id": "s14", "date": "2024-04-22", "source": "The Commonwealth Standard (op-ed)",
       "url": "https://www.commonwealthstandard.example/commentisfree/2024/apr/22/air-defence-europe-ukraine-patriot", "text": TEXT}

EVENTS = [
    E("s14-1", "missile_artillery_strike", "2024-04-18", L("Ternopil"), "RU", "UA", fat=N(9), inj=N(20, "at_least"),
      weapons=[W("cruise_missile", "Kh-101", launched=N(1))], note="'Last Thursday morning' in a Monday piece"),
    E("s14-2", "policy_decision", "2024-04-20", L("The Hague"), "NL", "UA",
      note="'On Saturday, the Dutch government announced'; placed at the seat of government"),
    E("s14-3", "missile_artillery_strike", "2024-03-01", C("UA", "Ukraine"), "RU", "UA", agg=True, prec="month",
      end="2024-03-31", optional=True, weapons=[W("missile", launched=N(400, "at_least")), W("drone", launched=N(600))],
      note="monthly statistic quoted in an op-ed"),
]
STATEMENTS = [
    S("Taras Bilyk", "UA", "Every launcher you send is a neighbourhood that sleeps through the night", "air defence officer"),
]
MUST_NOT = ["The Commonwealth Standard", "Opinion | Ukraine", "Gerrit van Aalst", "Mon 22 Apr 2024 06.00 BST", "Share · 312 comments",
            "Gerrit van Aalst is a former Dutch defence official and a senior fellow at the Hague Centre for Security Dialogue.",
            "This article was amended on 22 April 2024 to correct the number of people injured in Ternopil.",
            "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
