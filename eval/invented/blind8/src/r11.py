from common import E, L, R, C, N, W, S, gold

TITLE = "Hungary keeps EU arms fund for Ukraine frozen as ministers settle for child-deportation sanctions"
TEXT = """EUROPA BRIEFING
Politics | Foreign affairs | Defence | Economy | Opinion
Hungary keeps EU arms fund for Ukraine frozen as ministers settle for child-deportation sanctions
By Lukas Brenner | 24 October 2023
Reading time: 4 minutes

LUXEMBOURG – European Union foreign ministers once again failed to unlock €500 million in military aid for Ukraine at their meeting in Luxembourg on Monday, as Hungary refused to lift its veto over the European Peace Facility (EPF), the fund the bloc uses to reimburse member states for weapons sent to Kyiv.

Instead, the ministers agreed to add six Russian officials and two organisations to the EU sanctions list for their role in the deportation of Ukrainian children to Russia and Belarus. The listings, which include two regional "children's ombudsmen" installed by Moscow in occupied territories, take effect with their publication in the Official Journal.

"We are sanctioning people who take children from their families. That should not need a long discussion, and fortunately today it did not," Estonian foreign minister Kaarel Tamm told reporters after the meeting.

The EPF dispute is older than the war itself. Budapest has blocked the last tranche since May, arguing that a Hungarian bank must first be removed from Ukraine's list of "international sponsors of war". Kyiv removed the bank from the list in September, but Hungary has since raised new conditions concerning the rights of the Hungarian minority in Zakarpattia.

Ukraine's foreign minister, who attended the meeting in person, held talks on the sidelines with his Hungarian counterpart – their first face-to-face encounter in months. Neither side reported any breakthrough.

"The minister explained our position clearly. Hungary will not support anything that harms the Hungarian community in Ukraine," said Gábor Lengyel, a spokesman for the Hungarian foreign ministry.

Asked whether the other 26 member states could bypass Budapest by funding weapons outside the EU framework, a senior EU diplomat said such a solution was "possible, but ugly". Germany and the Netherlands are said to favour it; France has reservations.

Since 2022, the EPF has paid out about €5.6 billion for military support to Ukraine. The EU as a whole, including member states, has committed more than €80 billion in financial, humanitarian and military aid since the full-scale invasion began, according to Commission figures.

Leaders will return to the question at a summit in Brussels on Thursday and Friday, where the Commission is expected to present a proposal for a four-year, €50 billion support facility for Ukraine. Diplomats expect Hungary to threaten a veto there too. If no agreement is found by December, Kyiv's budget could face a gap of several billion euros early next year.

Moscow reacted angrily to the new listings. Russia's foreign ministry said it would respond "in a way that the EU will feel", without giving details.

Slovakia's new government, meanwhile, has said it will not send any more weapons from army stocks, though it has not blocked EU decisions so far.

Related: Why the European Peace Facility has become the EU's most contested fund
Share this article: Facebook | X | LinkedIn | Email
"""
DOC = {"id": "r11", "date": "2023-10-24", "source": "Europa Briefing (EU politics site)",
       "url": "https://europabriefing.example/foreign-affairs/2023/10/24/hungary-epf-veto-child-sanctions", "text": TEXT}

Y = "2023-10-23"
EVENTS = [
    E("r11-1", "policy_decision", Y, L("Luxembourg"), None, "RU", claimant="Europa Briefing",
      note="sanctions listings agreed at the Monday meeting; the EPF tranche was NOT unlocked (non-event)"),
    E("r11-2", "diplomatic_contact", Y, L("Luxembourg"), "UA", "HU", claimant="Europa Briefing",
      note="Ukrainian and Hungarian FMs on the sidelines"),
    E("r11-3", "policy_decision", "2023-09-01", L("Kyiv"), "UA", None, prec="month", end="2023-09-30", optional=True,
      note="'Kyiv removed the bank from the list in September': background, month precision"),
]
STATEMENTS = [
    S("Kaarel Tamm", "EE", "We are sanctioning people who take children from their families", "Estonian foreign minister"),
    S("Gábor Lengyel", "HU", "Hungary will not support anything that harms the Hungarian community in Ukraine",
      "Hungarian foreign ministry spokesman"),
    S("Russian Foreign Ministry", "RU", "in a way that the EU will feel"),
]
MUST_NOT = ["EUROPA BRIEFING", "Politics | Foreign affairs | Defence | Economy | Opinion", "By Lukas Brenner | 24 October 2023",
            "Reading time: 4 minutes", "Related: Why the European Peace Facility has become the EU's most contested fund",
            "Share this article: Facebook | X | LinkedIn | Email"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
