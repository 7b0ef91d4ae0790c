from common import E, L, R, C, N, W, S, H, gold, MAS, POL, DIP

TITLE = "Italy approves fifth arms decree for Kyiv as Moscow warns of 'consequences'"
TEXT = """ANI ENGLISH
Italiano | English
News | Politics | Economy | Culture | Sport | Regions
13 October 2022 18:21
Italy approves fifth arms decree for Kyiv as Moscow warns of 'consequences'
(ANI) - ROME, OCT 13 - The Italian cabinet on Thursday approved a decree authorising a fifth package of military aid to Ukraine, government sources said, hours after Moscow warned that countries arming Kyiv "are becoming parties to the conflict".

The contents of the package are classified, but it is expected to include air-defence systems, the sources said. The relevant parliamentary committee will have to be briefed before any equipment leaves Italy.

On Wednesday the foreign ministry summoned the Russian ambassador in Rome over what it called "unacceptable threats" made by Russian officials against Italian cities.

The deputy chairman of Russia's Security Council wrote on Telegram that if Western states supplied Kyiv with long-range missiles, Russia would treat their territory as a legitimate target. Such statements, he added, should not be mistaken for a bluff.

"Every new shipment prolongs the suffering of the Ukrainian people and will not change the outcome of the special military operation," the Russian embassy in Rome said in a statement.

Russian strikes, meanwhile, went on. On Wednesday a missile hit a five-storey residential building in Mykolaiv, killing one person, the city's mayor said. Overnight, S-300 missiles struck an industrial area of Kharkiv and two people were injured, regional officials said.

"Rome is doing what it can without saying what it does. The secrecy is political, not military," said Giulia Ferrante, an analyst at the Istituto Adriatico di Studi Strategici.

The government intends to ask parliament to extend the authorisation for arms supplies into 2023, a measure expected before the end of the year, and ministers have said Italy would consider sending more if the situation on the ground required it.
ALL RIGHTS RESERVED © Copyright ANI
Print
Send
Most read
Serie A: Napoli beat Bologna to stay top
"""
DOC = {"id": "le14", "date": "2022-10-13", "source": "ANI English (Italian news agency, English service)",
       "url": "https://www.ani-notizie.example/english/news/world/2022/10/13/italy-approves-fifth-arms-decree-for-kyiv_9f3c2a.html",
       "text": TEXT}

D, WED = "2022-10-13", "2022-10-12"
EVENTS = [
    E("le14-1", POL, D, C("IT", "Italy"), "IT", "UA",
      ev="The Italian cabinet on Thursday approved a decree authorising a fifth package of military aid to Ukraine",
      note="the cabinet's decree 'on Thursday' (publication day): an aid decision at the deciding country (precision "
           "4), even under the 'ROME' dateline; its contents 'expected to include' are not events"),
    E("le14-2", DIP, WED, L("Rome"), "IT", "RU",
      ev="On Wednesday the foreign ministry summoned the Russian ambassador in Rome",
      note="a summons 'On Wednesday' (12 Oct) in the named capital: diplomatic_contact at Rome, the summoning state "
           "IT as actor1 (blind43 call 9)"),
    E("le14-3", MAS, WED, L("Mykolaiv"), "RU", "UA", fat=N(1), weapons=[W("missile")],
      ev="On Wednesday a missile hit a five-storey residential building in Mykolaiv, killing one person",
      note="'On Wednesday' (12 Oct) a missile on a residential building in Mykolaiv: 1 killed"),
    E("le14-4", MAS, D, L("Kharkiv"), "RU", "UA", inj=N(2), weapons=[W("missile", "S-300")],
      ev="Overnight, S-300 missiles struck an industrial area of Kharkiv and two people were injured",
      note="'Overnight' (Thursday page) S-300 missiles used against a ground target -> missile_artillery_strike "
           "(ANNOTATION rule 4), category missile; 2 injured"),
]
# Not events: Moscow's warning that countries arming Kyiv 'are becoming parties to the conflict' (threat), the package
# 'expected to include air-defence systems' (expectation), the committee 'will have to be briefed' (future), the
# Security Council deputy chairman's 'if Western states supplied … would treat their territory as a legitimate
# target' (conditional threat), 'should not be mistaken for a bluff' (rhetoric), the embassy's statement (opinion),
# the government 'intends to ask parliament to extend … expected before the end of the year' (plan), Italy 'would
# consider sending more if' (conditional), the Serie A headline (furniture).
STATEMENTS = [
    S("Russian embassy", "RU", "Every new shipment prolongs the suffering of the Ukrainian people",
      "Russian embassy in Rome"),
    S("Giulia Ferrante", None, "The secrecy is political, not military", "analyst, Istituto Adriatico di Studi Strategici"),
]
# Not gold: '"are becoming parties to the conflict"' and '"unacceptable threats"' (fragments of unnamed or
# institutional speakers).
MUST_NOT = ["ANI ENGLISH", "Italiano | English", "News | Politics | Economy | Culture | Sport | Regions",
            "13 October 2022 18:21", "ALL RIGHTS RESERVED © Copyright ANI", "Print", "Send", "Most read",
            "Serie A: Napoli beat Bologna to stay top"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
