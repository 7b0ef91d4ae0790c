from common import E, L, R, C, N, W, S, gold

TITLE = "Bern adopts the EU's fourteenth sanctions package – and Kyiv asks for more Swiss help with demining"
TEXT = """NLZ
Neue Limmat Zeitung · International edition in English
International | Switzerland | Economy | Opinion | Feuilleton | Science
War in Ukraine
Bern adopts the EU's fourteenth sanctions package – and Kyiv asks for more Swiss help with demining
The Federal Council follows Brussels once again. The Ukrainian foreign minister, in Bern a day earlier, wants money and machines for cleared fields rather than declarations.
Beat Imhof, Bern
03.07.2024, 05.30 Uhr
Reading time: 4 min
Listen to article
Print
BERN. On Wednesday the Federal Council decided to adopt the European Union's fourteenth package of sanctions against Russia. Among other things, it bans the reloading of Russian liquefied natural gas in European ports and adds 116 persons and entities to the list of those whose assets are frozen. The Swiss measures are to enter into force on Thursday evening.

The government thus stays on the line it has followed since February 2022: as a neutral state, Switzerland supplies weapons to neither side, but it takes over the economic measures decided in Brussels.

"If we did not adopt the packages, Switzerland would become the gap through which the goods flow," said Erwin Gasser, who heads the sanctions section at the State Secretariat for Economic Affairs.

The decision came a day after the Ukrainian foreign minister had been received in Bern by the head of the Federal Department of Foreign Affairs. According to both ministries, the talks on Tuesday were devoted above all to the follow-up of the conference on peace in Ukraine, held at the Bürgenstock resort in the canton of Nidwalden on 15 and 16 June, which delegations from more than ninety states attended – Russia was not invited.

A second conference, this time with Russian participation, could take place in the autumn, possibly in a Gulf state. No date has been set.

For Kyiv, however, the most pressing Swiss contribution is a practical one. Switzerland has promised 100 million francs for humanitarian demining up to 2027; Ukraine would like more, and faster. "Every hectare we clear is a field a farmer can sow again next spring," said Iryna Bohush, Ukraine's ambassador in Bern.

How dangerous the work remains was shown on Monday. Near Izium, in the Kharkiv region, a deminer of a Ukrainian organisation working with Swiss money and Swiss-built machines was seriously injured when an anti-tank mine exploded under his vehicle.

And while the two ministers were talking in Bern on Tuesday evening, Russian missiles struck the centre of Dnipro. Five people were killed, according to the regional governor.

In the National Council, the debate on relaxing the ban on the re-export of Swiss ammunition is not over. A committee wants to allow deliveries by third countries under certain conditions; the full chamber is to vote in September.

"Neutrality does not mean that we look away when a neighbour's house burns," said Andrea Zbinden, a Green member of the National Council. Laurent Favre, a researcher at the Geneva Centre for Neutrality Studies, doubts that a majority can be found: "Parliament has rejected this twice. Nothing in the arithmetic has changed."

Switzerland has so far frozen Russian assets worth 7.4 billion francs.
More on this topic
Re-export of ammunition: the committee proposes a compromise
Copyright © Neue Limmat Zeitung AG. All rights reserved. Reproduction only with the written consent of the publisher.
"""
DOC = {"id": "kz03", "date": "2024-07-03", "source": "Neue Limmat Zeitung (Swiss newspaper, international edition in English)",
       "url": "https://www.nlz.example/international/ukraine-sanktionen-bundesrat-ld.1838211", "text": TEXT}

D, TUE, MON = "2024-07-03", "2024-07-02", "2024-07-01"
EVENTS = [
    E("kz03-1", "policy_decision", D, C("CH", "Switzerland"), "CH", "RU",
      note="'On Wednesday the Federal Council decided to adopt the European Union's fourteenth package of sanctions': a "
           "sanction at the deciding country (precision 4) despite the 'BERN.' dateline; its entry into force on "
           "Thursday is part of the decision"),
    E("kz03-2", "diplomatic_contact", TUE, L("Bern"), "CH", "UA",
      note="'a day after the Ukrainian foreign minister had been received in Bern by the head of the Federal Department "
           "of Foreign Affairs' (talks 'on Tuesday', 2 Jul): a meeting at a named place; the host who receives is "
           "actor1 (blind43 call 10)"),
    E("kz03-3", "diplomatic_contact", "2024-06-15", R("CH-NW", "Bürgenstock resort, canton of Nidwalden", 2), None, None,
      end="2024-06-16", prec="range",
      note="recap with its own dates: the peace conference 'held at the Bürgenstock resort in the canton of Nidwalden on "
           "15 and 16 June': a multilateral meeting, sides null; the resort is no GeoNames town -> part of the canton, "
           "precision 2 without a point"),
    E("kz03-4", "remote_explosive", MON, L("Izium", 2, "near Izium"), None, "UA", inj=N(1),
      note="'on Monday. Near Izium … a deminer … was seriously injured when an anti-tank mine exploded under his vehicle': "
           "a mine, layer not named -> actor1 null (blind44 call 5); near X = precision 2"),
    E("kz03-5", "missile_artillery_strike", TUE, L("Dnipro"), "RU", "UA", fat=N(5), weapons=[W("missile")],
      note="'on Tuesday evening, Russian missiles struck the centre of Dnipro. Five people were killed'"),
]
# Not events: the measures 'to enter into force on Thursday evening' (part of kz03-1), 'since February 2022'
# (habitual line), 'A second conference … could take place in the autumn … No date has been set' (modal), the 100
# million francs 'promised … up to 2027' (earlier pledge, no day), the committee 'wants to allow' and the vote 'in
# September' (plan), 'Parliament has rejected this twice' (history without days), 7.4 billion francs frozen
# (cumulative), the 'More on this topic' headline (furniture).
STATEMENTS = [
    S("Erwin Gasser", "CH", "Switzerland would become the gap through which the goods flow",
      "head of the sanctions section, State Secretariat for Economic Affairs"),
    S("Iryna Bohush", "UA", "Every hectare we clear is a field a farmer can sow again", "Ukraine's ambassador in Bern"),
    S("Andrea Zbinden", "CH", "Neutrality does not mean that we look away", "Green member of the National Council"),
    S("Laurent Favre", None, "Nothing in the arithmetic has changed", "researcher, Geneva Centre for Neutrality Studies"),
]
MUST_NOT = ["NLZ", "Neue Limmat Zeitung · International edition in English",
            "International | Switzerland | Economy | Opinion | Feuilleton | Science", "War in Ukraine",
            "Beat Imhof, Bern", "03.07.2024, 05.30 Uhr", "Reading time: 4 min", "Listen to article", "Print",
            "More on this topic", "Re-export of ammunition: the committee proposes a compromise",
            "Copyright © Neue Limmat Zeitung AG. All rights reserved. Reproduction only with the written consent of the publisher."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
