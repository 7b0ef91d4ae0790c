from common import E, L, H, R, C, N, W, S, gold, MAS, POL, DIP, PRO

TITLE = "Ottawa pledges $215-million for Ukraine's air defence hours before missile hits Canadian charity's Odesa warehouse"
TEXT = """THE LAURENTIAN TRIBUNE
Subscribe | Log in
Canada | World | Politics | Business | Investing | Opinion | Sports | Life | Arts
World news
Ottawa pledges $215-million for Ukraine's air defence hours before missile hits Canadian charity's Odesa warehouse
Three employees of a Toronto-based aid group were among those killed in the port city
Marc-André Leduc and Ostap Hnatyshyn
Ottawa and Toronto
Published June 13, 2023 Updated 2 hours ago
For Subscribers
Open this photo in gallery:
Volunteers sort donated generators at a Maple Hands depot in Etobicoke, Ont., in March. The charity's Odesa warehouse was destroyed overnight. Nathan Oduya/The Laurentian Tribune
Canada will send another $215-million in military aid to Ukraine, most of it for air defence and mine-clearing equipment, the Defence Minister announced on Monday, a day after the Prime Minister and Ukraine's President spoke by telephone.

The package, unveiled at a news conference in Ottawa, includes missiles for the NASAMS system Canada bought for Ukraine last year as well as armoured mine-clearing vehicles. Officials said the first deliveries could reach Ukraine "before the autumn" if production schedules hold.

It came three days after Global Affairs Canada added 31 individuals and nine entities, most of them linked to Russia's drone and missile industry, to its sanctions list on Friday.

Overnight into Tuesday, a Russian Kalibr cruise missile destroyed a warehouse in Odesa used by Maple Hands, a Toronto-based charity that ships generators and medical supplies to front-line towns. Three of its local employees were killed and seven other people were wounded, according to the regional military administration.

"We had unloaded eleven pallets of insulin there on Friday. Everything is gone, and so are three of the people who unloaded it," said Andriy Kovalchuk, the charity's director in Ukraine, reached by phone in Odesa.

The group's founder, speaking in Toronto, said Maple Hands would rent a new building "within weeks" and would not move its operations out of the south.

In Edmonton on Saturday, several hundred people marched from Churchill Square to the Alberta Legislature, many carrying blue-and-yellow flags, to call on Ottawa to supply fighter jets.

"People here have family under those missiles every night. We are not asking for sympathy, we are asking for planes," said Larysa Bondar, who chairs the Alberta Ukrainian Heritage Council.

Canada has committed more than $8-billion to Ukraine since February, 2022, including about $1.8-billion in military assistance. The Conservatives said they would press the government at the defence committee next week to publish a full list of equipment sent so far.

"Each new list is longer, and still the components keep arriving through third countries," said Julia Brisebois, who studies export controls at the University of Ottawa.

In a statement, the Russian embassy in Ottawa said the new aid would only "prolong the agony of the Kyiv regime."
Sign up for the Morning Update newsletter
Report an editorial error
Editorial code of conduct
"""
DOC = {"id": "lc02", "date": "2023-06-13", "source": "The Laurentian Tribune (Canadian newspaper site)",
       "url": "https://www.laurentiantribune.example/world/article-ottawa-215-million-ukraine-air-defence-odesa/",
       "text": TEXT}

D, MON, SUN, SAT, FRI = "2023-06-13", "2023-06-12", "2023-06-11", "2023-06-10", "2023-06-09"
EVENTS = [
    E("lc02-1", POL, MON, C("CA", "Canada"), "CA", "UA",
      ev="Canada will send another $215-million in military aid to Ukraine, most of it for air defence and mine-clearing equipment, the Defence Minister announced on Monday",
      note="$215-million military aid 'announced on Monday' (12 Jun): an aid decision at the deciding country "
           "(precision 4), the Ottawa news conference is no venue of its own (blind43 kt13-1); the deliveries are "
           "future"),
    E("lc02-2", DIP, SUN, C(None, "phone call"), "CA", "UA",
      ev="a day after the Prime Minister and Ukraine's President spoke by telephone",
      note="'a day after the Prime Minister and Ukraine's President spoke by telephone': the day before Monday = "
           "Sunday 11 Jun; a phone call has no place"),
    E("lc02-3", POL, FRI, C("CA", "Canada"), "CA", "RU",
      ev="Global Affairs Canada added 31 individuals and nine entities, most of them linked to Russia's drone and missile industry, to its sanctions list on Friday",
      note="sanctions on 31 individuals and nine entities 'on Friday' (9 Jun; 'three days after' Monday agrees): a "
           "second decision, at the deciding country"),
    E("lc02-4", MAS, D, L("Odesa"), "RU", "UA", fat=N(3), inj=N(7), weapons=[W("cruise_missile", "Kalibr")],
      ev="Overnight into Tuesday, a Russian Kalibr cruise missile destroyed a warehouse in Odesa",
      note="Kalibr on the charity's warehouse in Odesa 'Overnight into Tuesday' (13 Jun): 3 employees killed, 'seven "
           "other people were wounded' -> 3 k 7 w"),
    E("lc02-5", PRO, SAT, L("Edmonton"), "CA", None,
      ev="In Edmonton on Saturday, several hundred people marched from Churchill Square to the Alberta Legislature",
      note="march in Edmonton 'on Saturday' (10 Jun) calling for fighter jets: peaceful protest, Canadian side"),
]
# Not events: the deliveries that 'could reach Ukraine "before the autumn" if …' (conditional), NASAMS 'bought … last
# year' (history), the founder's 'would rent a new building "within weeks"' (plan), 'more than $8-billion … since
# February, 2022' (cumulative), the Conservatives 'would press … next week' (plan), the embassy's statement (opinion),
# the photo caption's March depot (no event), the dek (repeats lc02-4).
STATEMENTS = [
    S("Andriy Kovalchuk", "UA", "Everything is gone, and so are three of the people who unloaded it",
      "director in Ukraine, Maple Hands"),
    S("Larysa Bondar", "CA", "we are asking for planes", "chair, Alberta Ukrainian Heritage Council"),
    S("Julia Brisebois", None, "still the components keep arriving through third countries",
      "export-controls researcher, University of Ottawa"),
]
# Not gold: "before the autumn", "within weeks" (fragments), the Russian embassy's "prolong the agony of the Kyiv
# regime" (institutional fragment).
MUST_NOT = ["THE LAURENTIAN TRIBUNE", "Subscribe | Log in",
            "Canada | World | Politics | Business | Investing | Opinion | Sports | Life | Arts", "World news",
            "Marc-André Leduc and Ostap Hnatyshyn", "Ottawa and Toronto", "Published June 13, 2023 Updated 2 hours ago",
            "For Subscribers", "Open this photo in gallery:", "Sign up for the Morning Update newsletter",
            "Report an editorial error", "Editorial code of conduct"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
