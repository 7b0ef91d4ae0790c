from common import E, L, R, C, N, W, S, gold

TITLE = "Czech cabinet adds CZK 1.2 billion to artillery ammunition initiative as deliveries lag"
TEXT = """VLTAVA REVIEW
News | Politics | Business | Expats | Culture | Events
Czech cabinet adds CZK 1.2 billion to artillery ammunition initiative as deliveries lag
Written by Karolína Dvořáková | 23.09.2024, 18:40
4 minutes to read
Prague, 23 September — The Czech government on Monday approved a further CZK 1.2 billion (€48 million) for the Czech-led initiative that buys artillery shells for Ukraine on markets outside the European Union, the Defence Ministry said, as officials acknowledged that deliveries were running behind schedule.

The money will be used to pay transport and insurance costs for shells purchased with funds pledged by about 20 countries, ministry spokesman Jan Pejša said after the cabinet meeting. "Our own budget is small compared with the Dutch or the Danish contributions, but someone has to pay for the logistics, and we know how to do it," he said.

Ukraine's deputy defence minister for procurement, Oleksandra Hnatiuk, held talks with Czech officials in Prague on Saturday on accelerating the shipments. "The shells from this initiative are not statistics for us. At the front they decide whether a position is held or not," she told the Review after the meeting.

The initiative, announced in February, has delivered about 300,000 of the 800,000 rounds promised for this year, according to the ministry. Slovakia and Hungary have said they will not take part. Prague has also been discussing whether it could send L-159 light combat aircraft, but no decision has been taken, two government sources said.

You might also like:
Czech arms exports hit post-communist record
Pardubice explosives maker wins NATO contract

The aid debate comes days after a Czech charity's warehouse in the Ukrainian city of Sumy was hit in a Russian drone attack. The building, used by the group Help East to store generators and winter clothing, was struck early on Sunday and a night watchman was injured, the charity said.

"We will replace what was destroyed. Winter is coming regardless," said Marek Šťastný, the group's director.

Got a tip? Write to desk@vltavareview.example
Vltava Review s.r.o. | Prague | All rights reserved
"""
DOC = {"id": "b09", "date": "2024-09-23", "source": "Vltava Review (Czech English-language site)",
       "url": "https://vltavareview.example/news/politics/czech-cabinet-ammunition-initiative-1-2-billion", "text": TEXT}

D = "2024-09-23"
EVENTS = [
    E("b09-1", "policy_decision", D, L("Prague"), "CZ", "UA", claimant="Czech Defence Ministry",
      note="cabinet approval 'on Monday' = publication day, in Prague (dateline); the initiative 'announced in February' "
           "and the delivery tallies are background"),
    E("b09-2", "diplomatic_contact", "2024-09-21", L("Prague"), "UA", "CZ", claimant="Oleksandra Hnatiuk",
      note="talks with Czech officials in Prague 'on Saturday' = 21 September"),
    E("b09-3", "air_drone_strike", "2024-09-22", L("Sumy"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant="Help East",
      note="the piece's one incident: charity warehouse hit 'early on Sunday' = 22 September, night watchman injured"),
]
STATEMENTS = [
    S("Jan Pejša", "CZ", "someone has to pay for the logistics, and we know how to do it", "Defence Ministry spokesman"),
    S("Oleksandra Hnatiuk", "UA", "At the front they decide whether a position is held or not",
      "Ukrainian deputy defence minister"),
    S("Marek Šťastný", "CZ", "Winter is coming regardless", "director of Help East"),
]
MUST_NOT = ["VLTAVA REVIEW", "News | Politics | Business | Expats | Culture | Events",
            "Written by Karolína Dvořáková | 23.09.2024, 18:40", "4 minutes to read", "You might also like:",
            "Czech arms exports hit post-communist record", "Pardubice explosives maker wins NATO contract",
            "Got a tip? Write to desk@vltavareview.example", "Vltava Review s.r.o. | Prague | All rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
