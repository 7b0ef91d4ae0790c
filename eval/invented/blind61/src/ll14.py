from common import E, L, R, C, N, W, S, H, P, gold, MAS, INT, DIS, AGR, POL, DIP

TITLE = "Abu Dhabi talks end with 157-for-157 prisoner swap but no ceasefire"
TEXT = """THE MERLION POST
Singapore | Asia | World | Opinion | Life | Business | Tech | Sport
Europe
Abu Dhabi talks end with 157-for-157 prisoner swap but no ceasefire
Hours after the delegations left, Russian missiles knocked out heating in part of Kyiv at minus 14 deg C
Updated Feb 06, 2026, 04:55 PM
Published Feb 06, 2026, 11:20 AM
Gift this article
ABU DHABI – Two days of talks between Russian, Ukrainian and American delegations in Abu Dhabi ended on Thursday without agreement on a ceasefire, but the warring sides carried out their largest prisoner exchange in months, with the United Arab Emirates as mediator.

The negotiations, which began on Wednesday at a government guest palace, were the first in which military officers from both armies sat at the same table, according to people familiar with the talks.

On Thursday evening, 157 Ukrainian prisoners of war crossed back home while an equal number of Russian soldiers went the other way, Ukraine's POW coordination headquarters said. The UAE said it was its 17th successful mediation between the two countries. The previous swap, on 24 December, brought 150 men home to each side.

"We agreed on people. We did not agree on land. That is the honest summary of two days," said Denys Pashchenko, one of Kyiv's negotiators.

"The UAE will keep this channel open as long as both parties ask us to," said Khalid al-Mazrouei, an official at the Emirati foreign ministry.

Hours after the delegations left the Gulf, Russia launched 183 drones and six Kh-101 cruise missiles at Ukraine overnight into Friday Kyiv time – Friday morning in Singapore – the Ukrainian air force said. It put the number destroyed at 151 drones and four missiles.

A missile hit a thermal power station in Kyiv's Darnytskyi district. Nobody was injured, but some 1,200 apartment blocks east of the Dnieper were left without heating as the temperature fell to minus 14 deg C, the city authorities said.

Closer to home, the Ministry of Trade and Industry said on Thursday that Singapore had added drone engines and flight controllers to the list of items banned from export to Russia, with effect from March 1.

For Asia, argued Dr Tan Wei Ling, a senior fellow at the Straits Institute of International Affairs, the lesson of the week was that a ceasefire could be negotiated in a hotel in the Gulf while missiles were still in the air.
Follow The Merlion Post on WhatsApp for breaking stories and daily picks.
Read 3 articles and stand to win rewards
Spin the wheel now
Copyright 2026. The Merlion Post Press Holdings Ltd. Co. Regn. No. 202199872M
"""
DOC = {"id": "ll14", "date": "2026-02-06", "source": "The Merlion Post (Singapore daily)",
       "url": "https://www.merlionpost.example/world/abu-dhabi-talks-end-with-157-for-157-prisoner-swap-but-no-ceasefire",
       "text": TEXT}

D, THU, WED = "2026-02-06", "2026-02-05", "2026-02-04"
W1 = "ll14-4"
EVENTS = [
    E("ll14-1", DIP, WED, L("Abu Dhabi"), None, None, prec="range", end=THU,
      note="'Two days of talks … in Abu Dhabi ended on Thursday' + 'began on Wednesday' -> range 4-5 Feb at the named "
           "place; three delegations with a host -> sides null (blind49 kz03-3); the ABU DHABI dateline is the "
           "reporter's and the event's place here"),
    E("ll14-2", AGR, THU, P("undisclosed"), "UA", "RU", claimant="Ukrainian POW coordination headquarters",
      note="'On Thursday evening, 157 Ukrainian prisoners of war crossed back home while an equal number of Russian "
           "soldiers went the other way' (UAE mediation): a prisoner exchange is an agreement without a place (blind49 "
           "kz16-12), not at Abu Dhabi; 'its 17th successful mediation' is a count, not an event"),
    E("ll14-3", AGR, "2025-12-24", P("undisclosed"), "UA", "RU",
      note="recap with its own date: 'The previous swap, on 24 December, brought 150 men home to each side' -> a recalled "
           "exchange with a day is required (2025-12-24, the December before the February page)"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", launched=N(183)), W("cruise_missile", "Kh-101", launched=N(6))],
      note="'Russia launched 183 drones and six Kh-101 cruise missiles at Ukraine overnight into Friday Kyiv time – "
           "Friday morning in Singapore' -> 6 Feb (the Kyiv-side night; Singapore's morning is the same day)"),
    E("ll14-5", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian air force",
      weapons=[W("drone", intercepted=N(151)), W("cruise_missile", "Kh-101", intercepted=N(4))],
      note="'It put the number destroyed at 151 drones and four missiles'"),
    E("ll14-6", MAS, D, L("Kyiv"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("missile")],
      note="'A missile hit a thermal power station in Kyiv's Darnytskyi district. Nobody was injured' -> 0/0; "
           "the sentence says only 'A missile' -> `missile` (the wave's were Kh-101s, which a `cruise_missile` also matches)"),
    E("ll14-7", DIS, D, L("Kyiv"), "RU", "UA", parent="ll14-6",
      note="'some 1,200 apartment blocks east of the Dnieper were left without heating' (Kyiv)"),
    E("ll14-8", POL, THU, C("SG", "Singapore"), "SG", "RU",
      note="'the Ministry of Trade and Industry said on Thursday that Singapore had added drone engines and flight "
           "controllers to the list of items banned from export to Russia' -> an export ban (sanction) at the deciding "
           "country, dated Thursday 5 Feb, not by its effect 'from March 1'"),
]
# Not events: the talks 'without agreement on a ceasefire' (negation; the meeting is ll14-1), the officers 'at the same
# table' (part of ll14-1), the UAE's '17th successful mediation' (a count), the export ban's effect 'from March 1'
# (future); Dr Tan's view is reported speech (no gold statement). The standfirst under the title ('Hours after the delegations left …') repeats ll14-6/-7 and is text.
STATEMENTS = [
    S("Denys Pashchenko", "UA", "We agreed on people. We did not agree on land", "Ukrainian negotiator"),
    S("Khalid al-Mazrouei", "AE", "The UAE will keep this channel open as long as both parties ask us to",
      "official, Emirati foreign ministry"),
]
MUST_NOT = ["THE MERLION POST", "Singapore | Asia | World | Opinion | Life | Business | Tech | Sport", "Europe",
            "Updated Feb 06, 2026, 04:55 PM", "Published Feb 06, 2026, 11:20 AM", "Gift this article",
            "Follow The Merlion Post on WhatsApp for breaking stories and daily picks.",
            "Read 3 articles and stand to win rewards", "Spin the wheel now",
            "Copyright 2026. The Merlion Post Press Holdings Ltd. Co. Regn. No. 202199872M"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
