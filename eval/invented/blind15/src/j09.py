from common import E, L, R, C, N, W, S, gold

TITLE = "Sweden approves new SEK 12.4 bn military aid package for Ukraine"
TEXT = """UKRVISTI
National news agency of Ukraine
Politics  War  Economy  Society  Regions  World  Photo
Politics
20.02.2025 15:32
Sweden approves new SEK 12.4 bn military aid package for Ukraine
The Swedish government on Thursday approved a new military aid package for Ukraine worth SEK 12.4 billion (about EUR 1.1 billion), including air defense systems, artillery ammunition and funding for Ukrainian-made drones.

This was reported by an UkrVisti correspondent in Stockholm.

According to the Swedish Ministry of Defence, the package includes additional RBS 70 short-range air defense systems, 155mm ammunition, mine-clearing equipment and naval boats. About SEK 3 billion will be used to buy weapons directly from Ukrainian manufacturers, following the so-called Danish model.

“Ukraine's ability to defend itself is Sweden's first line of defense. This package is designed so that most of it reaches the front this year,” said Karin Lundqvist, state secretary at the Ministry of Defence.

Read also: Nordic-Baltic Eight ministers discuss air defense for Ukraine

The decision was announced a day after Sweden's Minister for Defence visited Kyiv, where on Wednesday he met his Ukrainian counterpart and discussed the joint production of artillery shells.

The package still has to be presented to the Riksdag's defense committee, which is expected to support it. If the committee approves it next week, the first deliveries could begin in April, the ministry said. The government has not decided on the transfer of Gripen fighter jets and is not considering it at this stage, Lundqvist added.

Ukraine's Ambassador to Sweden Mykola Hrytsai thanked Stockholm for its support. “For us, the most important part is the money for our own drones. Every krona invested in Ukrainian production turns into protection for our cities within weeks,” the ambassador said.

The Russian embassy in Stockholm criticized the decision. “Every new package only prolongs the conflict and increases the number of victims,” the embassy said in a statement on Telegram, warning that the weapons would become “legitimate targets”.

Since February 2022, Sweden has allocated about SEK 75 billion in military support to Ukraine across 18 packages. In January, the Riksdag approved a framework of SEK 40 billion for military aid to Ukraine in 2025.

Read also: Ukraine, Sweden sign memorandum on joint production of CV90 combat vehicles
Photo: Government Offices of Sweden
When citing and using any materials on the Internet, links to ukrvisti.example not lower than the first paragraph are mandatory. Citing translations of foreign media is possible only with a link to ukrvisti.example and the website of the foreign media outlet.
Subscribe to our channels on Telegram and Viber
"""
DOC = {"id": "j09", "date": "2025-02-20", "source": "UkrVisti",
       "url": "https://www.ukrvisti.example/en/politics/3961822-sweden-approves-new-sek-124-bn-military-aid.html",
       "text": TEXT}

D = "2025-02-20"
EVENTS = [
    E("j09-1", "policy_decision", D, L("Stockholm"), "SE", "UA", claimant="Swedish Ministry of Defence",
      note="aid package approved 'on Thursday' in Stockholm; the deliveries, the committee hearing 'next week' and "
           "'could begin in April' are plans"),
    E("j09-2", "diplomatic_contact", "2025-02-19", L("Kyiv"), "SE", "UA", claimant="UkrVisti",
      note="Swedish defence minister's meeting in Kyiv 'on Wednesday' (a day before the decision)"),
    E("j09-3", "policy_decision", "2025-01-01", L("Stockholm"), "SE", "UA", prec="month", end="2025-01-31",
      optional=True, note="'In January, the Riksdag approved a framework': recalled, month only -> optional"),
]
STATEMENTS = [
    S("Karin Lundqvist", "SE", "Sweden's first line of defense", "state secretary, Swedish Ministry of Defence"),
    S("Mykola Hrytsai", "UA", "Every krona invested in Ukrainian production", "Ukraine's ambassador to Sweden"),
    S("Russian embassy in Stockholm", "RU", "Every new package only prolongs the conflict"),
]
MUST_NOT = ["UKRVISTI", "Politics", "National news agency of Ukraine", "Politics  War  Economy  Society  Regions  World  Photo",
            "20.02.2025 15:32", "Read also: Nordic-Baltic Eight ministers discuss air defense for Ukraine",
            "Read also: Ukraine, Sweden sign memorandum on joint production of CV90 combat vehicles",
            "Photo: Government Offices of Sweden",
            "When citing and using any materials on the Internet, links to ukrvisti.example not lower than the first paragraph are mandatory. Citing translations of foreign media is possible only with a link to ukrvisti.example and the website of the foreign media outlet.",
            "Subscribe to our channels on Telegram and Viber"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
