from common import E, L, R, C, N, W, S, gold

TITLE = "War-risk cover for Black Sea grain ships cheapens as corridor traffic grows"
TEXT = """HARBOURLINE MARITIME DAILY
Skip to main content
Markets | Tankers | Dry Bulk | Insurance | Ports | Podcasts
INSURANCE ›
War-risk cover for Black Sea grain ships cheapens as corridor traffic grows
Subscriber exclusive · 14 Sep 2022 · 09:05 BST
By Annika Sørvold, hull and cargo correspondent
▶ Audio version available for subscribers
Additional war-risk premiums for bulk carriers calling at Ukraine's three corridor ports have fallen to around 1% of hull value, from as much as 5% in early August, brokers in London said, as traffic under the UN-brokered grain initiative settles into a routine.

The deal, signed in Istanbul on July 22 by Russia and Ukraine in separate documents with Turkey and the United Nations, reopened Odesa, Chornomorsk and Pivdenne to exports after five months of blockade. Forty-one vessels left the three ports over the past week carrying almost 1 million tonnes of maize, wheat and sunflower oil, according to the Joint Coordination Centre in Istanbul, where inspection teams cleared a record 14 ships on Tuesday.

"The market is pricing the corridor, not the war," said Tobias Wrenfield, head of marine hull at the broker Castlegate Marine. "Underwriters have now seen six weeks of sailings without a single hit on a merchant ship inside the corridor."

Advertisement · Scroll to continue
That calm was tested on Monday, when Russian missiles struck the port of Mykolaiv, which lies outside the corridor, damaging a grain elevator and a berth. The regional governor said no one was hurt. Mykolaiv has not shipped grain since February, and underwriters said the strike did not change the rating of the corridor ports.

Still, insurers warn that one strike on a loaded vessel could send rates back to August levels within hours. Most policies now carry a seven-day cancellation clause, which lets underwriters walk away at short notice if the situation deteriorates.

Captain Emre Kalkan, a Turkish officer at the coordination centre, said crews had grown more confident. "In August, masters asked us about mines every day. Now they ask about berth times," he said.

Shipowners remain cautious about the longer term. Moscow has said it may not extend the arrangement when its first 120-day term expires in November unless restrictions on its own grain and fertiliser exports are eased, and a senior Russian diplomat said on Tuesday that the "humanitarian" purpose of the deal had been "forgotten".

Should the corridor close, brokers expect traffic to shift to the Danube ports of Izmail and Reni, where premiums are already lower because ships stay in Ukrainian and Romanian inland waters.

Will rates keep falling? Wrenfield thinks so, but only if the winter passes without incident. "One bad week and we are back to square one," he said.

Topics: Black Sea · War risk · Grain corridor
Gift this article to a colleague (3 left this month)
Premium market data: start a free 14-day trial
© Harbourline Media Ltd 2022. Registered in England and Wales No. 08122440.
"""
DOC = {"id": "kf01", "date": "2022-09-14", "source": "Harbourline Maritime Daily (shipping trade paper)",
       "url": "https://harbourline.example/insurance/2022/09/14/black-sea-war-risk-premiums", "text": TEXT}

EVENTS = [
    E("kf01-1", "agreement", "2022-07-22", L("Istanbul"), "RU", "UA",
      note="recalled signing with a resolvable day ('signed in Istanbul on July 22'): its own event (brief convention); "
           "Russia and Ukraine sign separately with Turkey and the UN, sides RU/UA as the two parties"),
    E("kf01-2", "missile_artillery_strike", "2022-09-12", L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], note="'on Monday' in a Wednesday paper = 12 Sep; port coded to its town; "
      "'no one was hurt' = 0/0; missiles of unstated kind = generic missile"),
]
# Not events: 41 departures over the past week and 14 inspections on Tuesday (shipping routine, no taxonomy type);
# 'could send rates back', 'may not extend … unless' (conditional), the diplomat's remark (statement), 'Should the
# corridor close' (hypothetical), the blockade history, the question.
STATEMENTS = [
    S("Tobias Wrenfield", None, "The market is pricing the corridor, not the war", "head of marine hull, Castlegate Marine"),
    S("Tobias Wrenfield", None, "One bad week and we are back to square one", "head of marine hull, Castlegate Marine"),
    S("Emre Kalkan", "TR", "Now they ask about berth times", "Turkish officer at the Joint Coordination Centre"),
]
MUST_NOT = ["HARBOURLINE MARITIME DAILY", "Skip to main content",
            "Markets | Tankers | Dry Bulk | Insurance | Ports | Podcasts", "INSURANCE ›",
            "Subscriber exclusive · 14 Sep 2022 · 09:05 BST", "By Annika Sørvold, hull and cargo correspondent",
            "▶ Audio version available for subscribers", "Advertisement · Scroll to continue",
            "Topics: Black Sea · War risk · Grain corridor", "Gift this article to a colleague (3 left this month)",
            "Premium market data: start a free 14-day trial",
            "© Harbourline Media Ltd 2022. Registered in England and Wales No. 08122440."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
