from common import E, L, R, C, N, W, S, gold

TITLE = "Russia, Ukraine agree on new prisoner swap at Abu Dhabi talks; no breakthrough on ceasefire"
TEXT = """THE INDUS HERALD
Home | India | World | Business | Sports | Entertainment | Opinion | E-Paper
Trending: Budget 2026 | Republic Day parade | ICC rankings | Gold price today
Russia, Ukraine agree on new prisoner swap at Abu Dhabi talks; no breakthrough on ceasefire
By Herald Web Desk
Last Updated: Jan 27, 2026, 18:42 IST
Follow us on Google News
Delegations of Russia and Ukraine met in Abu Dhabi on Monday for a fresh round of direct talks, agreeing to exchange 300 prisoners of war each but failing to make progress on a ceasefire, officials from both sides said on Tuesday.

The talks, hosted by the United Arab Emirates, lasted a little over three hours. "We agreed on the exchange and on the return of the bodies of the fallen. On everything else, the positions are still very far apart," said Oleksandr Rudenko, a member of the Ukrainian delegation.

The exchange could take place as early as next week, but no date has been set, he said. On Friday, the two sides had already swapped 157 prisoners each in an exchange mediated by the UAE.

Igor Sablin, a member of the Russian delegation, said Moscow was "ready to continue the dialogue at the expert level" and would consider a meeting of leaders only if a draft agreement were ready for signature. The Kremlin spokesman refused to rule out a longer truce on energy targets but said that any pause would depend on "the behaviour of the Kyiv regime".

Kyiv has said it would not accept any deal that requires it to withdraw troops from territory it still controls, unless its Western partners provide binding security guarantees.
Also Read | Ukraine war: EU prepares 20th sanctions package, diplomats say
The fighting went on during the talks. A Russian drone attack on Odesa on Sunday night injured four people, including a child, and damaged a kindergarten, the regional governor said.

India, which has kept close ties with Moscow while increasing humanitarian aid to Ukraine, welcomed the talks. "India has consistently called for dialogue and diplomacy as the only way forward, and we support every step that brings the two sides closer," said Raghav Menon, the spokesperson of the Ministry of External Affairs, at a weekly briefing in New Delhi.

Analysts said the talks showed that the sides can still agree on humanitarian issues. "Prisoner exchanges are the one channel that has never fully closed. It does not mean peace is near," said Ananya Kulkarni, a fellow at the Delhi Centre for Strategic Affairs.
(With inputs from agencies)
Disclaimer: The views expressed by analysts are their own and do not reflect the position of The Indus Herald.
Copyright © 2026 The Indus Herald. All rights reserved.
"""
DOC = {"id": "ko12", "date": "2026-01-27", "source": "The Indus Herald (Indian news site)",
       "url": "https://www.indusherald.example/world/russia-ukraine-abu-dhabi-talks-prisoner-swap-2026-01-27", "text": TEXT}

D, MON = "2026-01-27", "2026-01-26"
EVENTS = [
    E("ko12-1", "diplomatic_contact", MON, L("Abu Dhabi"), None, None,
      note="delegations of Russia and Ukraine 'met in Abu Dhabi on Monday' (26 Jan): the talks, sides null (blind36 "
           "call 9)"),
    E("ko12-2", "agreement", MON, L("Abu Dhabi"), "UA", "RU", family=["diplomatic_contact"],
      note="'agreeing to exchange 300 prisoners of war each' at the talks: the deal is an agreement at the venue; the "
           "exchange itself ('could take place as early as next week', no date) is future and no event"),
    E("ko12-3", "agreement", "2026-01-23", C(None, "undisclosed"), "UA", "RU",
      note="'On Friday' (23 Jan) 157-for-157 exchange mediated by the UAE: agreement without a place (brief convention)"),
    E("ko12-4", "air_drone_strike", "2026-01-25", L("Odesa"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="drone attack on Odesa 'on Sunday night' (25 Jan): 4 injured including a child, kindergarten damaged"),
]
# Not events: the exchange 'could take place as early as next week' (future), Moscow 'would consider a meeting …
# only if' (conditional), the Kremlin 'refused to rule out a longer truce' and 'any pause would depend on' (modal),
# Kyiv 'would not accept … unless' (conditional), India's welcome and the weekly briefing in New Delhi (statement,
# no contact between parties), the 'Also Read' headline (furniture).
STATEMENTS = [
    S("Oleksandr Rudenko", "UA", "the positions are still very far apart", "member of the Ukrainian delegation"),
    S("Igor Sablin", "RU", "ready to continue the dialogue at the expert level", "member of the Russian delegation"),
    S("Raghav Menon", "IN", "India has consistently called for dialogue and diplomacy",
      "spokesperson, Indian Ministry of External Affairs"),
    S("Ananya Kulkarni", None, "Prisoner exchanges are the one channel that has never fully closed",
      "fellow, Delhi Centre for Strategic Affairs"),
]
MUST_NOT = ["THE INDUS HERALD", "Home | India | World | Business | Sports | Entertainment | Opinion | E-Paper",
            "Trending: Budget 2026 | Republic Day parade | ICC rankings | Gold price today", "By Herald Web Desk",
            "Last Updated: Jan 27, 2026, 18:42 IST", "Follow us on Google News",
            "Also Read | Ukraine war: EU prepares 20th sanctions package, diplomats say", "(With inputs from agencies)",
            "Disclaimer: The views expressed by analysts are their own and do not reflect the position of The Indus "
            "Herald.", "Copyright © 2026 The Indus Herald. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
