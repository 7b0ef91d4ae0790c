from common import E, L, R, C, N, W, S, H, gold, ADS, POL, DIP, PRO, with_evidence

TITLE = "Ottawa pledges $420M more for Ukraine, sanctions 38 'shadow fleet' tankers"
TEXT = """TCBN News | Trans-Canada Broadcast News
Menu | Search | Sign In | Listen Live
News · World
Ottawa pledges $420M more for Ukraine, sanctions 38 'shadow fleet' tankers
Winnipeg medic among 3 hurt when drone hit aid convoy, family says
Social Sharing
Rosalind Okafor · TCBN News · Posted: Oct 31, 2025 5:00 AM ET | Last Updated: 4 hours ago
Canada will send another $420 million in military equipment to Ukraine, including armoured ambulances and systems for detecting drones, the federal government announced Thursday.

In the same announcement, Ottawa placed sanctions on 38 oil tankers that it says belong to Russia's so-called shadow fleet, the ageing ships Moscow uses to move crude around Western price caps, along with six companies that insure or manage them.

The foreign affairs minister unveiled both measures in Toronto, where she hosted her Ukrainian counterpart for talks that, according to a readout from her office, dealt mostly with air defence and with the return of Ukrainian children taken to Russia.

Among the families watching the news closely is that of Megan Thorsby, a paramedic from Winnipeg who has spent most of the past year volunteering with a Ukrainian evacuation team.

On Wednesday, a Russian drone struck the team's convoy near Kupiansk, in northeastern Ukraine, wounding Thorsby and two Ukrainian drivers, her family and the charity she works with said. Thorsby was treated for shrapnel wounds to her leg and is expected to recover.

"She called us from the hospital and the first thing she asked was whether the drivers were OK. That's Megan," her brother, Curtis Thorsby, told TCBN News from Winnipeg.

On Thursday evening, roughly 300 people rallied in front of the Russian Embassy in Ottawa, waving blue-and-yellow flags and calling for frozen Russian assets to be handed to Ukraine.

"People here have been donating and marching for almost four years. We want the government to match that with the one thing that would actually change the war: the frozen money," said Lesia Hnatyuk, who chairs the Ottawa branch of the Ukrainian Canadian Assembly.

The Opposition said the package was too small and too late, and repeated its call to seize Russian central-bank assets held in Canada.

Canada has committed more than $19 billion in financial, military and humanitarian support to Ukraine since the full-scale invasion began, government figures show. It has also said it will help train Ukrainian drone operators next year.

Jean-Philippe Arsenault, who teaches international security at the Red River Institute of Global Affairs in Winnipeg, said the sanctions were more significant than the dollar figure. "Every tanker you take off the water is a few million barrels Moscow has to sell some other way, and every other way costs it more," he said.
Corrections and clarifications | Submit a news tip | Report error
TCBN's Journalistic Standards and Practices
©2025 Trans-Canada Broadcast News
"""
DOC = {"id": "lh03", "date": "2025-10-31", "source": "TCBN News (Canadian public broadcaster, web)",
       "url": "https://tcbn.example/news/world/canada-ukraine-aid-sanctions-shadow-fleet-1.7654321", "text": TEXT}

D, THU, WED = "2025-10-31", "2025-10-30", "2025-10-29"
EVENTS = [
    E("lh03-1", POL, THU, C("CA", "Canada"), "CA", "UA",
      note="'Canada will send another $420 million in military equipment … the federal government announced Thursday': "
           "aid at the deciding country (precision 4) although it was unveiled in Toronto (blind49 call 10)"),
    E("lh03-2", POL, THU, C("CA", "Canada"), "CA", "RU",
      note="'In the same announcement, Ottawa placed sanctions on 38 oil tankers … along with six companies': a second "
           "decision of the same day = a second event (blind51 lb24); 'Ottawa' stands for the government"),
    E("lh03-3", DIP, THU, L("Toronto"), "CA", "UA",
      note="'The foreign affairs minister unveiled both measures in Toronto, where she hosted her Ukrainian counterpart "
           "for talks': a meeting at a named place, the host is actor1 (blind49 kz03-2)"),
    E("lh03-4", ADS, WED, H("Kupiansk", "near Kupiansk"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      claimant="Thorsby family and the charity",
      note="'On Wednesday, a Russian drone struck the team's convoy near Kupiansk … wounding Thorsby and two Ukrainian "
           "drivers' -> 3 injured (a Canadian volunteer among Ukrainian civilians: target side UA); near X = "
           "precision 2"),
    E("lh03-5", PRO, THU, L("Ottawa"), "CA", None,
      note="'On Thursday evening, roughly 300 people rallied in front of the Russian Embassy in Ottawa … calling for frozen "
           "Russian assets to be handed to Ukraine': a peaceful protest in Canada"),
]
# Not events: Thorsby's year of volunteering (background), her treatment and 'is expected to recover' (forecast), the
# Opposition's call to seize assets (demand), 'more than $19 billion … since the full-scale invasion began' (cumulative), 'will help
# train Ukrainian drone operators next year' (plan), the readout's topics (content of lh03-3). Not gold statements: none
# with a title-only speaker; the headline fragment 'shadow fleet' is a term.
STATEMENTS = [
    S("Curtis Thorsby", "CA", "the first thing she asked was whether the drivers were OK", "brother of the injured medic"),
    S("Lesia Hnatyuk", "CA", "the one thing that would actually change the war",
      "chair, Ottawa branch of the Ukrainian Canadian Assembly"),
    S("Jean-Philippe Arsenault", None, "every other way costs it more", "Red River Institute of Global Affairs"),
]
MUST_NOT = ["TCBN News | Trans-Canada Broadcast News", "Menu | Search | Sign In | Listen Live", "News · World",
            "Social Sharing",
            "Rosalind Okafor · TCBN News · Posted: Oct 31, 2025 5:00 AM ET | Last Updated: 4 hours ago",
            "Corrections and clarifications | Submit a news tip | Report error",
            "TCBN's Journalistic Standards and Practices", "©2025 Trans-Canada Broadcast News"]

EVIDENCE = {
    'lh03-1': "Canada will send another $420 million in military equipment to Ukraine, including armoured ambulances and systems for detecting drones, the federal government announced Thursday.",
    'lh03-2': "In the same announcement, Ottawa placed sanctions on 38 oil tankers that it says belong to Russia's so-called shadow fleet",
    'lh03-3': "The foreign affairs minister unveiled both measures in Toronto, where she hosted her Ukrainian counterpart for talks",
    'lh03-4': "On Wednesday, a Russian drone struck the team's convoy near Kupiansk, in northeastern Ukraine, wounding Thorsby and two Ukrainian drivers",
    'lh03-5': "On Thursday evening, roughly 300 people rallied in front of the Russian Embassy in Ottawa",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
