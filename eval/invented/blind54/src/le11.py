from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, POL, DIP

TITLE = "Japan pledges 35 billion yen for Ukraine's power grid as foreign ministers meet in Tokyo"
TEXT = """HINODE WORLD
English | 日本語 | 中文
News | Japan | World | Business | Video | Programs
Jan. 21, 2026 17:48 JST
Japan pledges 35 billion yen for Ukraine's power grid as foreign ministers meet in Tokyo
Japan's government has decided to provide about 35 billion yen, or roughly 230 million dollars, in grant aid to help Ukraine repair power plants and substations damaged by Russian attacks. The decision was made at a Cabinet meeting on Tuesday.

At the same meeting, the Cabinet also approved freezing the assets of 11 Russian entities and four individuals suspected of helping Moscow evade export controls on machine tools.

The aid will pay for mobile gas turbines and large transformers. Officials say the first equipment is expected to arrive in Ukraine by March.

On Wednesday, Japan's Foreign Minister held talks in Tokyo with his Ukrainian counterpart, who is on a three-day visit to Japan. The two ministers discussed a possible conference on Ukraine's reconstruction to be held in Japan later this year.

"Winter is the hardest season for the people of Ukraine. Japan wants its help to arrive as light and heat, not only as money," Foreign Ministry Press Secretary Hiroshi Kanda told reporters.

Russia kept up its attacks on Ukraine's energy system. Overnight, drones struck a thermal power plant in Kharkiv, leaving about 40,000 households in the city without heating as temperatures fell to minus 14 degrees Celsius, the city's mayor said. In the southern port city of Odesa, a drone hit a residential building and two people were injured, according to regional authorities.

"Every transformer from Japan is a hospital or a school that stays open," Ukraine's ambassador to Japan, Serhii Tkachuk, said.

A senior Japanese official said the government would consider additional sanctions if Russia continued to target civilian energy facilities. Japan does not supply lethal weapons to Ukraine under its defense export rules.

Professor Emi Saito of Ritsumon University, who studies Japan's security policy, said the package fits that approach. "Tokyo cannot send weapons, so it sends the next best thing: the means to keep a country running," she said.
Watch on Hinode+
Share this article
Related stories
Japan, Poland agree to deepen cooperation on Ukraine reconstruction
Tokyo stocks close higher on strong exporters
Copyright Hinode Broadcasting Corporation. All rights reserved.
"""
DOC = {"id": "le11", "date": "2026-01-21", "source": "Hinode World (Japanese broadcaster, English news site)",
       "url": "https://www3.hinode.example/world/news/20260121_27/", "text": TEXT}

D, TUE = "2026-01-21", "2026-01-20"
EVENTS = [
    E("le11-1", POL, TUE, C("JP", "Japan"), "JP", "UA",
      ev="The decision was made at a Cabinet meeting on Tuesday",
      note="35 billion yen of grant aid decided 'at a Cabinet meeting on Tuesday' (20 Jan; the page's 'has decided' "
           "is dated by that sentence): aid decision at the deciding country (precision 4)"),
    E("le11-2", POL, TUE, C("JP", "Japan"), "JP", "RU",
      ev="At the same meeting, the Cabinet also approved freezing the assets of 11 Russian entities",
      note="asset freeze approved 'At the same meeting' (Tuesday): a second decision the same day -> its own event "
           "(blind43 call 10)"),
    E("le11-3", DIP, D, L("Tokyo"), "JP", "UA",
      ev="On Wednesday, Japan's Foreign Minister held talks in Tokyo with his Ukrainian counterpart",
      note="talks in Tokyo 'On Wednesday', Japan's minister the grammatical subject who 'held talks' -> actor1 JP "
           "(blind43 call 10)"),
    E("le11-4", ADS, D, L("Kharkiv"), "RU", "UA", weapons=[W("drone")],
      ev="Overnight, drones struck a thermal power plant in Kharkiv",
      note="'Overnight' drones on a thermal power plant in Kharkiv (Wednesday page); casualties not stated"),
    E("le11-5", DIS, D, L("Kharkiv"), "RU", "UA", parent="le11-4",
      ev="leaving about 40,000 households in the city without heating",
      note="40,000 households without heating: a heating cut caused by the strike"),
    E("le11-6", ADS, D, L("Odesa"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      ev="In the southern port city of Odesa, a drone hit a residential building and two people were injured",
      note="fronted place: a drone on a residential building in Odesa (the same night), two injured"),
]
# Not events: the equipment 'expected to arrive in Ukraine by March' (future), the minister's 'three-day visit' (its
# day in Tokyo is le11-3), the 'possible conference … later this year' (plan), the government 'would consider
# additional sanctions if' (conditional), 'does not supply lethal weapons' (standing rule), the two Related-stories
# headlines (furniture).
STATEMENTS = [
    S("Hiroshi Kanda", "JP", "Japan wants its help to arrive as light and heat", "Foreign Ministry Press Secretary"),
    S("Serhii Tkachuk", "UA", "Every transformer from Japan is a hospital or a school that stays open",
      "Ukraine's ambassador to Japan"),
    S("Emi Saito", None, "Tokyo cannot send weapons, so it sends the next best thing", "professor, Ritsumon University"),
]
MUST_NOT = ["HINODE WORLD", "English | 日本語 | 中文", "News | Japan | World | Business | Video | Programs",
            "Jan. 21, 2026 17:48 JST", "Watch on Hinode+", "Share this article", "Related stories",
            "Japan, Poland agree to deepen cooperation on Ukraine reconstruction",
            "Tokyo stocks close higher on strong exporters",
            "Copyright Hinode Broadcasting Corporation. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
