from common import E, L, R, C, N, W, S, H, gold, MAS, TER, CLA, POL, DIP, PRO

TITLE = "Bakhmut holds, barely: a Polish medic's view from the road to Chasiv Yar"
TEXT = """WSCHÓD EXPRESS
English edition
Poland | Ukraine | Region | Economy | Opinion | Podcasts
Section: War in the East
Bakhmut holds, barely: a Polish medic's view from the road to Chasiv Yar
Tomasz Wilk, Przemyśl / Warsaw
08.02.2023, 07:30
Reading time: 5 min.
The road out of Bakhmut towards Chasiv Yar is the last one the Ukrainian garrison can still use in daylight, and even that only at speed. Kamil Jaworski, a paramedic from Kraków who has been evacuating wounded soldiers from the town since December, says the shelling of it has doubled in a week.

"Two weeks ago we drove with the lights on. Now we drive without lights and without stopping, whatever is on the road," Jaworski told Wschód Express by phone on Tuesday.

According to the Ukrainian General Staff, Russian attacks near Bakhmut and near Krasna Hora, a village on its northern edge, were beaten back on Tuesday. The owner of the Wagner group had claimed on Monday that his fighters had captured Krasna Hora; Kyiv has not confirmed this. Soledar, a few kilometres further north, was taken by Russian forces on 13 January, according to the Russian defence ministry, after weeks of fighting in its salt mines.

Chasiv Yar itself was shelled on Tuesday, and one man was killed, the regional military administration said. In Kramatorsk, late on Monday, a missile hit a four-storey residential building, injuring eight people.

"In January, Bakhmut was a city. Now it is a position with street names," said Ukrainian sergeant Denys Koval, who spoke to us during a rotation in Kramatorsk.

In Warsaw, the government on Tuesday approved a plan to train Ukrainian crews on Leopard 2 tanks at Polish training grounds, with the first group expected in mid-February. "This is not a promise any more. The decision is taken, and the instructors are ready," said Jacek Borowczyk, a spokesman for the Ministry of National Defence.

Ukraine's prime minister held talks with the Polish prime minister in Warsaw on Monday about fuel supplies and the repair of power equipment damaged by Russian strikes, the Polish government said. No new agreements were signed.

On Sunday afternoon, several hundred people gathered on the market square in Rzeszów, the city through which most Western military aid passes, to show support for Ukraine and to collect money for ambulances like Jaworski's.

At the Medyka border crossing, Polish border guards counted about 21,000 arrivals from Ukraine in the past week, a figure that has barely changed since the New Year.

"Bakhmut will not decide the war, but it is where both armies are spending what they will need in spring," said Dr Agnieszka Lis of the Kraków Institute of Eastern Affairs.
Support independent journalism: become a Wschód Express subscriber
Tags: Bakhmut, Soledar, Leopard, Rzeszów, war in Ukraine
Copyright Wschód Express Sp. z o.o. 2023
"""
DOC = {"id": "lt10", "date": "2023-02-08", "source": "Wschód Express, English edition (Polish outlet)",
       "url": "https://wschodexpress.example/en/ukraine/bakhmut-holds-barely-20230208", "text": TEXT}

D, TUE, MON, SUN = "2023-02-08", "2023-02-07", "2023-02-06", "2023-02-05"
GS = "Ukrainian General Staff"
EVENTS = [
    E("lt10-1", CLA, TUE, H("Bakhmut", "near Bakhmut"), "RU", "UA", claimant=GS,
      evidence="Russian attacks near Bakhmut and near Krasna Hora, a village on its northern edge, were beaten back on Tuesday",
      note="'attacks near X and near Y … beaten back' -> one clash per place (blind63 call 2), attacker RU, near X -> "
           "precision 2, 7 Feb"),
    E("lt10-2", CLA, TUE, H("Krasna Hora", "near Krasna Hora"), "RU", "UA", claimant=GS,
      evidence="Russian attacks near Bakhmut and near Krasna Hora, a village on its northern edge, were beaten back on Tuesday",
      note="the second place of the same sentence (apposition), 7 Feb"),
    E("lt10-3", TER, MON, L("Krasna Hora"), "RU", "UA", claimant="owner of the Wagner group",
      evidence="The owner of the Wagner group had claimed on Monday that his fighters had captured Krasna Hora",
      note="a capture claim, required on its claim day (6 Feb) although unconfirmed and contradicted by the Tuesday clash"),
    E("lt10-4", TER, "2023-01-13", L("Soledar"), "RU", "UA", claimant="Russian Ministry of Defence",
      evidence="Soledar, a few kilometres further north, was taken by Russian forces on 13 January, according to the Russian defence ministry",
      note="a recalled capture with its own day (13 Jan) -> required; 'weeks of fighting in its salt mines' has no day"),
    E("lt10-5", MAS, TUE, L("Chasiv Yar"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Donetsk regional military administration",
      evidence="Chasiv Yar itself was shelled on Tuesday, and one man was killed",
      note="shelled -> artillery, 7 Feb, 1 k; the road shelling 'doubled in a week' is a trend (no event)"),
    E("lt10-6", MAS, MON, L("Kramatorsk"), "RU", "UA", inj=N(8), weapons=[W("missile")],
      evidence="In Kramatorsk, late on Monday, a missile hit a four-storey residential building, injuring eight people.",
      note="'late on Monday' in a Wednesday page -> 6 Feb; 8 w"),
    E("lt10-7", POL, TUE, C("PL", "Poland"), "PL", "UA", claimant="Polish government",
      evidence="In Warsaw, the government on Tuesday approved a plan to train Ukrainian crews on Leopard 2 tanks at Polish training grounds",
      note="a government decision on military aid -> policy_decision at the deciding country, 7 Feb; 'the first group "
           "expected in mid-February' is its future content"),
    E("lt10-8", DIP, MON, L("Warsaw"), "UA", "PL", claimant="Polish government",
      evidence="Ukraine's prime minister held talks with the Polish prime minister in Warsaw on Monday",
      note="the visitor who holds talks is actor1 at the named place (blind53 call 7), 6 Feb; 'No new agreements were "
           "signed' (negation, no agreement event)"),
    E("lt10-9", PRO, SUN, L("Rzeszow"), "PL", None,
      evidence="On Sunday afternoon, several hundred people gathered on the market square in Rzeszów",
      note="a rally in support of Ukraine abroad -> peaceful protest of that country's side (blind61 ll11-5), 5 Feb, "
           "Rzeszów (PL-PK)"),
]
# Not events: Jaworski's evacuations 'since December' (an activity), the shelling of the road 'doubled in a week' (a
# trend), 'weeks of fighting in its salt mines' (undated), the first group 'expected in mid-February' (future), the
# 21,000 arrivals at Medyka (border statistics, no war event), the analyst's view. The PRZEMYŚL / WARSAW line is the
# author's line (furniture). Masthead, edition line, menu, section line, author line, date line, reading time,
# subscription line, tags and copyright are furniture.
STATEMENTS = [
    S("Kamil Jaworski", "PL", "Now we drive without lights and without stopping", "paramedic from Kraków"),
    S("Denys Koval", "UA", "Now it is a position with street names", "Ukrainian sergeant"),
    S("Jacek Borowczyk", "PL", "The decision is taken, and the instructors are ready",
      "spokesman, Ministry of National Defence"),
    S("Agnieszka Lis", None, "Bakhmut will not decide the war", "Kraków Institute of Eastern Affairs"),
]
MUST_NOT = ["WSCHÓD EXPRESS", "English edition", "Poland | Ukraine | Region | Economy | Opinion | Podcasts", "Section: War in the East",
            "Tomasz Wilk, Przemyśl / Warsaw", "08.02.2023, 07:30", "Reading time: 5 min.",
            "Support independent journalism: become a Wschód Express subscriber",
            "Tags: Bakhmut, Soledar, Leopard, Rzeszów, war in Ukraine", "Copyright Wschód Express Sp. z o.o. 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
