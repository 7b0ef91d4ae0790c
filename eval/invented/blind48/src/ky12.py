from common import E, L, R, C, N, W, S, H, gold, MAS, AGR, PRO

TITLE = "Ukraine and Russia swap 42 prisoners each in UAE-brokered exchange"
TEXT = """PEW · PAN-EUROPEAN WIRE
Top stories | Europe | Conflicts | Business | Photos
Ukraine and Russia swap 42 prisoners each in UAE-brokered exchange
By PEW staff
16 September 2023 — 15:20 CEST
KYIV, Sept 16 (PEW) — Ukraine and Russia exchanged 42 prisoners of war each on Saturday in a swap brokered by the United Arab Emirates, officials on both sides said.

Among the Ukrainians who came home were marines captured in the spring of 2022 and two civilians. "Every name on this list was fought for, and there are thousands of names still waiting," said Marko Dovbnia, a spokesman for Ukraine's Coordination Headquarters for the Treatment of Prisoners of War.

A day earlier, on Friday, Ukraine received the bodies of 51 fallen soldiers, the headquarters said.

Hours before the exchange, Russian artillery shelled Kherson's Korabel district, killing two men who were repairing a roof, the regional governor said.

On Friday evening several hundred relatives of soldiers held in Russian captivity rallied on Independence Square in Kyiv, calling on the government to speed up exchanges. "My son has been in captivity for 17 months, and I read every list looking for his name," said Liudmyla Marchuk, one of the organisers.

It was the 47th exchange since the start of the full-scale invasion. Russia's human rights commissioner said the next one was already being prepared.
Copyright 2023 PEW. This material may not be published, broadcast, rewritten or redistributed.
Related: Red Cross renews call for access to all prisoners of war
"""
DOC = {"id": "ky12", "date": "2023-09-16", "source": "PEW Pan-European Wire (newswire)",
       "url": "https://pew.example/europe/2023/09/16/ukraine-russia-prisoner-swap", "text": TEXT}

D, Y = "2023-09-16", "2023-09-15"
EVENTS = [
    E("ky12-1", AGR, D, C(None, "undisclosed"), "UA", "RU",
      note="'exchanged 42 prisoners of war each on Saturday' (publication day), UAE-brokered: a prisoner exchange is an "
           "agreement without a place"),
    E("ky12-2", AGR, Y, C(None, "undisclosed"), "UA", "RU",
      note="'A day earlier, on Friday, Ukraine received the bodies of 51 fallen soldiers' = 15 Sep: a repatriation of "
           "bodies = agreement without a place"),
    E("ky12-3", MAS, D, L("Kherson"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'Hours before the exchange' (Saturday) artillery shelled Kherson's Korabel district (= the city), 2 killed"),
    E("ky12-4", PRO, Y, L("Kyiv"), "UA", None,
      note="'On Friday evening' (15 Sep) relatives rallied on Independence Square in Kyiv: a peaceful protest"),
]
# Not events: marines 'captured in the spring of 2022' (history); 'thousands of names still waiting' (statement); 'the
# 47th exchange since the start of the full-scale invasion' (tally); 'the next one was already being prepared' (future);
# the 'Related' headline (furniture).
STATEMENTS = [
    S("Marko Dovbnia", "UA", "Every name on this list was fought for",
      "spokesman, Coordination Headquarters for the Treatment of Prisoners of War"),
    S("Liudmyla Marchuk", "UA", "I read every list looking for his name", "organiser, relatives' rally"),
]
MUST_NOT = ["PEW · PAN-EUROPEAN WIRE", "Top stories | Europe | Conflicts | Business | Photos", "By PEW staff",
            "16 September 2023 — 15:20 CEST",
            "Copyright 2023 PEW. This material may not be published, broadcast, rewritten or redistributed.",
            "Related: Red Cross renews call for access to all prisoners of war"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
