from common import E, L, R, C, N, W, S, H, gold, MAS, INT, DIS, AGR, POL

TITLE = "Grain ships leave Ukrainian ports as shells fall near Europe's largest nuclear plant"
TEXT = """L'HORIZON
English edition
France | International | Europe | Economy | Ideas | Culture
INTERNATIONAL - WAR IN UKRAINE
Grain ships leave Ukrainian ports as shells fall near Europe's largest nuclear plant
Four more bulk carriers set sail under the Istanbul agreement. At Zaporizhzhia, Kyiv and Moscow accuse each other of risking a disaster.
By Claire Dumesnil (Odesa, special correspondent)
Published on August 6, 2022 at 10:15 (Paris), updated at 12:40
Article reserved for subscribers
Three bulk carriers left Chornomorsk and a fourth left Odesa on Friday, carrying together some 170,000 tonnes of maize and sunflower meal, the Ukrainian ministry of infrastructure said. They are the first convoy since the Razoni, the first ship to leave under the agreement, sailed on Monday. The vessels are to be inspected off Istanbul before continuing to Ireland, Britain and Turkey.

The deals that made the voyages possible were signed in Istanbul on July 22, when Ukraine and Russia each put their names, in separate ceremonies, to documents with Turkey and the United Nations. The next morning, on July 23, four Kalibr cruise missiles were fired at the port of Odesa. Two were shot down by air defence over the city, and two struck the port's infrastructure, damaging a pumping station, according to the Ukrainian Air Force. No grain was lost.

"We had ships loaded since February, the crews living on board for five months. Now they are moving, and the insurers are still nervous," said Anatoliy Verbytskyi, a shipping agent in Chornomorsk.

Six hundred kilometres to the east, the worry is of another order. On Friday afternoon, shells struck the site of the Zaporizhzhia nuclear power plant near Enerhodar, damaging a high-voltage line and a nitrogen-oxygen station, according to the Ukrainian nuclear operator. One of the plant's reactors had to be disconnected from the grid. Russia's defence ministry blamed Ukrainian forces; the Ukrainian operator blamed the Russian troops who have occupied the site since March.

Across the Dnipro reservoir from the plant, Nikopol was hit by Grad rockets overnight into Saturday. Two people were wounded and several high-rise buildings were damaged, the regional governor said.

In Mykolaiv, a Russian shell killed a man on a bus stop on Friday, the city's mayor said. The city's port, which is not part of the agreement, remains closed.

On Thursday, the Élysée announced that France would deliver additional Caesar self-propelled howitzers to Ukraine, without giving a number; the decision was taken at a defence council the same morning, according to the presidency.
Read also | Inside the Joint Coordination Centre in Istanbul
The Horizon in English is a translation of articles published in French.
Reproduction prohibited. All rights reserved. L'Horizon 2022.
"""
DOC = {"id": "lt14", "date": "2022-08-06", "source": "L'Horizon, English edition (French outlet)",
       "url": "https://lhorizon.example/en/international/article/2022/08/06/grain-ships-leave-ukrainian-ports", "text": TEXT}

D, FRI, THU = "2022-08-06", "2022-08-05", "2022-08-04"
J22, J23 = "2022-07-22", "2022-07-23"
EVENTS = [
    E("lt14-1", AGR, J22, L("Istanbul"), None, None,
      evidence="The deals that made the voyages possible were signed in Istanbul on July 22",
      note="a recalled agreement with its own day and place -> required agreement at Istanbul (TR-34); two warring "
           "parties signing with hosts -> sides null (blind61 call 2)"),
    E("lt14-2", MAS, J23, L("Odesa"), "RU", "UA", weapons=[W("cruise_missile", "Kalibr", launched=N(4))],
      claimant="Ukrainian Air Force",
      evidence="The next morning, on July 23, four Kalibr cruise missiles were fired at the port of Odesa.",
      note="a recalled strike with its own day (23 Jul) -> required; launched 4; two hit the port's infrastructure; 'No "
           "grain was lost' is no casualty statement, so the human toll is absent (not 0)"),
    E("lt14-3", INT, J23, L("Odesa"), "UA", "RU", parent="lt14-2", claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(2))],
      evidence="Two were shot down by air defence over the city",
      note="a count over the city -> required interception at precision 1 (blind62 call 3), parent = the strike"),
    E("lt14-4", MAS, FRI, H("Enerhodar", "Zaporizhzhia nuclear power plant near Enerhodar"), None, None,
      weapons=[W("artillery")], claimant="Ukrainian nuclear operator",
      evidence="On Friday afternoon, shells struck the site of the Zaporizhzhia nuclear power plant near Enerhodar",
      note="shells -> artillery; 5 Aug; each side blames the other -> actor1 null; the occupied plant -> actor2 null; "
           "'near X' -> precision 2"),
    E("lt14-5", DIS, FRI, H("Enerhodar", "Zaporizhzhia nuclear power plant near Enerhodar"), None, None,
      parent="lt14-4",
      evidence="One of the plant's reactors had to be disconnected from the grid.",
      note="a reactor disconnected because the shelling damaged a line -> disruption, child of lt14-4"),
    E("lt14-6", MAS, D, L("Nikopol"), "RU", "UA", inj=N(2), weapons=[W("mlrs", "Grad")], claimant="Dnipropetrovsk governor",
      evidence="Nikopol was hit by Grad rockets overnight into Saturday",
      note="'overnight into Saturday' in a Saturday page -> 6 Aug; Grad -> mlrs; 2 w; Nikopol 700051 (Dnipropetrovsk "
           "oblast, UA-12)"),
    E("lt14-7", MAS, FRI, L("Mykolaiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")], claimant="mayor of Mykolaiv",
      evidence="In Mykolaiv, a Russian shell killed a man on a bus stop on Friday",
      note="a shell -> artillery; 5 Aug, 1 k; the port 'remains closed' is a standing state"),
    E("lt14-8", POL, THU, C("FR", "France"), "FR", "UA", claimant="Élysée",
      evidence="On Thursday, the Élysée announced that France would deliver additional Caesar self-propelled howitzers to Ukraine",
      note="an arms-delivery decision taken 'at a defence council the same morning' -> policy_decision at the deciding "
           "country, 4 Aug (the delivery itself is future)"),
]
# Not events: the four carriers leaving Chornomorsk and Odesa on Friday and the Razoni sailing on Monday (merchant ship
# movements under the deal, no taxonomy event), the inspection 'off Istanbul' (future), 'No grain was lost', the crews
# 'living on board for five months' (a state), the plant 'occupied … since March' (history), Mykolaiv's port 'remains
# closed' (a state). Masthead, edition line, menu, section line, byline, date line, subscriber line, 'Read also', the
# translation note and the rights line are furniture; the standfirst ('Four more bulk carriers …') stays as text.
STATEMENTS = [
    S("Anatoliy Verbytskyi", "UA", "the insurers are still nervous", "shipping agent, Chornomorsk"),
]
MUST_NOT = ["L'HORIZON", "English edition", "France | International | Europe | Economy | Ideas | Culture",
            "INTERNATIONAL - WAR IN UKRAINE", "By Claire Dumesnil (Odesa, special correspondent)",
            "Published on August 6, 2022 at 10:15 (Paris), updated at 12:40", "Article reserved for subscribers",
            "Read also | Inside the Joint Coordination Centre in Istanbul",
            "The Horizon in English is a translation of articles published in French.",
            "Reproduction prohibited. All rights reserved. L'Horizon 2022."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
