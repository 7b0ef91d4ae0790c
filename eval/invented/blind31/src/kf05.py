from common import E, L, R, C, N, W, S, gold

TITLE = "Riyadh round ends without a ceasefire as envoys agree to keep talking"
TEXT = """THE ATLANTIC DISPATCH
Subscribe for $1 a week
World · Europe · Ukraine talks
Riyadh round ends without a ceasefire as envoys agree to keep talking
January 21, 2026, 7:15 a.m. ET
By Claire Hollingsworth and Samir Qadir
Gift Article
Delegations from the United States, Ukraine and Russia ended two days of talks in Riyadh on Tuesday without agreeing on a ceasefire, but said they would meet again, possibly in Geneva next month, according to officials from all three sides.

The talks, hosted by Saudi Arabia at a government guesthouse, focused on a proposed halt to strikes on energy facilities and on the exchange of prisoners, officials said. The delegations did not sit in one room for most of the session; American mediators shuttled between them.

"We made progress on humanitarian questions, and that is not nothing," said Mark Delaney, the U.S. special envoy. "On territory, the gaps are still wide."

Taras Hnatiuk, the head of the Ukrainian delegation, said Kyiv was ready to accept an energy truce "tomorrow" if Moscow also stopped attacks on ports and railways. Russia's chief negotiator, Deputy Foreign Minister Viktor Olenin, said any ceasefire must address "the root causes of the conflict," a phrase Moscow uses for its demands that Ukraine give up its NATO ambitions.

Advertisement
Hours after the talks ended, Russia fired three ballistic missiles at Kharkiv late on Tuesday, hitting a combined heat and power plant and injuring a worker, the city's mayor said. About 40,000 households were left without heating on Wednesday morning as temperatures fell to minus 14 degrees Celsius.

"They talk about an energy truce in the afternoon and hit a power plant at night," Hnatiuk wrote on social media.

The Kremlin warned again that European troops deployed to Ukraine after any deal would be "legitimate targets," and said a summit of the three presidents was "premature." Will Washington lose patience and walk away? Mr. Delaney said no. "We are in this for as long as it takes, but not forever," he said.

European governments, which were not represented in Riyadh, are preparing their own proposal for security guarantees, which could be presented at a meeting of defense ministers in Brussels next month.

Claire Hollingsworth reported from Riyadh and Samir Qadir from Kyiv.
More on the war in Ukraine
Inside the drone factories hidden in Ukraine's forests
How a frozen front line reshaped a village near Zaporizhzhia
"""
DOC = {"id": "kf05", "date": "2026-01-21", "source": "The Atlantic Dispatch (US newspaper)",
       "url": "https://atlanticdispatch.example/2026/01/21/world/europe/riyadh-ukraine-talks.html", "text": TEXT}

EVENTS = [
    E("kf05-1", "diplomatic_contact", "2026-01-19", L("Riyadh"), None, None, end="2026-01-20", prec="range",
      note="'ended two days of talks in Riyadh on Tuesday' = Mon 19 - Tue 20 Jan (range); three delegations, sides "
           "null (several states); the next round 'possibly in Geneva' is a plan"),
    E("kf05-2", "missile_artillery_strike", "2026-01-20", L("Kharkiv"), "RU", "UA", inj=N(1),
      weapons=[W("ballistic_missile", launched=N(3))],
      note="'fired three ballistic missiles at Kharkiv late on Tuesday' (20 Jan), power plant hit, one worker injured"),
    E("kf05-3", "infrastructure_disruption", "2026-01-21", L("Kharkiv"), "RU", "UA", parent="kf05-2",
      note="about 40,000 households without heating 'on Wednesday morning' (publication day) after the strike"),
]
# Not events: the 'energy truce' proposal and 'ready … tomorrow … if' (conditional), the Kremlin's warning (threat),
# 'premature' summit, the question, the European proposal 'could be presented' in Brussels next month (plan).
STATEMENTS = [
    S("Mark Delaney", "US", "We made progress on humanitarian questions", "U.S. special envoy"),
    S("Mark Delaney", "US", "We are in this for as long as it takes, but not forever", "U.S. special envoy"),
    S("Taras Hnatiuk", "UA", "They talk about an energy truce in the afternoon and hit a power plant at night",
      "head of the Ukrainian delegation"),
    S("Viktor Olenin", "RU", "the root causes of the conflict", "Russian deputy foreign minister"),
]
MUST_NOT = ["THE ATLANTIC DISPATCH", "Subscribe for $1 a week", "World · Europe · Ukraine talks",
            "January 21, 2026, 7:15 a.m. ET", "By Claire Hollingsworth and Samir Qadir", "Gift Article",
            "Advertisement", "Claire Hollingsworth reported from Riyadh and Samir Qadir from Kyiv.",
            "More on the war in Ukraine", "Inside the drone factories hidden in Ukraine's forests",
            "How a frozen front line reshaped a village near Zaporizhzhia"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
