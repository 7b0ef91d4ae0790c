from common import E, L, R, C, N, W, S, gold

TITLE = "Pentagon rushes $950 million in weapons to Ukraine hours after aid bill becomes law"
TEXT = """NBN NEWS
Watch Live
Top Stories | U.S. | World | Politics | Business | Health
Pentagon rushes $950 million in weapons to Ukraine hours after aid bill becomes law
By Claire Donnelly, Mateo Ruiz
Updated on: April 25, 2024 / 11:04 AM EDT / NBN News
Washington — The Pentagon announced a $950 million package of weapons for Ukraine on Wednesday, hours after the president signed a long-delayed foreign aid bill into law, and officials said the first shipments of artillery shells were already on their way to Europe.

The package includes 155 mm artillery rounds, Stinger missiles, Bradley fighting vehicles and interceptors for air defense systems, according to a list released by the Defense Department. It is the first drawn from the new funds.

The Senate passed the $95 billion measure late Tuesday by a vote of 79 to 18, after months of delay in the House. About $61 billion of it is earmarked for Ukraine.

"Some of this equipment will be in Ukrainian hands within days, not weeks," said Dana Whitfield, a spokesperson for the National Security Council. "We know they have been rationing shells at the front."

Ukraine's president thanked lawmakers and said the aid would allow his troops to stabilize the front in the east, where Russian forces have been advancing slowly around Avdiivka and Chasiv Yar.
Advertisement
The war went on as Washington debated. Early Thursday, a Russian Iskander ballistic missile struck port infrastructure in Odesa, injuring four people, including a child, and damaging a grain warehouse, the regional governor said. Ukraine's air force said it was unable to intercept the missile.

Moscow reacted angrily. The Kremlin spokesman said the new aid would "not change the dynamics on the front" and would only lead to more deaths, while Russia's ambassador in Washington warned of consequences.

"Congress has bought Ukraine time, but not a strategy. If deliveries slip again, by summer we are back where we started," said Rebecca Moss, a senior fellow at the Atlantic Policy Institute.
Also Watch: Inside a Ukrainian artillery unit short on shells (2:31)
First published on April 24, 2024 / 8:15 PM EDT
© 2024 NBN Interactive Inc. All Rights Reserved.
"""
DOC = {"id": "kn06", "date": "2024-04-25", "source": "NBN News (US television network's website)",
       "url": "https://www.nbnnews.example/news/pentagon-ukraine-aid-package-950-million-2024-04-25/", "text": TEXT}

D, Y, T = "2024-04-25", "2024-04-24", "2024-04-23"
EVENTS = [
    E("kn06-1", "policy_decision", Y, C("US", "United States"), "US", "UA",
      note="the Pentagon 'announced a $950 million package … on Wednesday': an aid decision at the deciding country, "
           "precision 4 (brief convention; the 'Washington —' dateline is a capital, not a named venue)"),
    E("kn06-2", "policy_decision", Y, C("US", "United States"), "US", "UA",
      note="the president 'signed a long-delayed foreign aid bill into law' on Wednesday (the same day as kn06-1; a "
           "separate decision)"),
    E("kn06-3", "policy_decision", T, C("US", "United States"), "US", "UA",
      note="'The Senate passed the $95 billion measure late Tuesday' (23 Apr), 79-18"),
    E("kn06-4", "missile_artillery_strike", D, L("Odesa"), "RU", "UA", inj=N(4),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="'Early Thursday' (publication day) Iskander ballistic missile on port infrastructure in Odesa: 4 injured; "
           "'unable to intercept' gives no interception event"),
]
# Not events: shells 'already on their way' (delivery in progress, no place/day of a decision), 'will be in Ukrainian
# hands within days' (future), Russian advances 'around Avdiivka and Chasiv Yar' (background without a day), the
# Kremlin's and the ambassador's warnings, the analyst's 'If deliveries slip'.
STATEMENTS = [
    S("Dana Whitfield", "US", "within days, not weeks", "National Security Council spokesperson"),
    S("Rebecca Moss", None, "Congress has bought Ukraine time, but not a strategy",
      "senior fellow, Atlantic Policy Institute"),
]
MUST_NOT = ["NBN NEWS", "Watch Live", "Top Stories | U.S. | World | Politics | Business | Health",
            "By Claire Donnelly, Mateo Ruiz", "Updated on: April 25, 2024 / 11:04 AM EDT / NBN News", "Advertisement",
            "Also Watch: Inside a Ukrainian artillery unit short on shells (2:31)",
            "First published on April 24, 2024 / 8:15 PM EDT", "© 2024 NBN Interactive Inc. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
