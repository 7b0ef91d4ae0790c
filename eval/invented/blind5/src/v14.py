from common import E, L, R, C, N, W, S, gold

TITLE = "EU rolls over Russia sanctions as soldiers' families rally in Kyiv over demobilisation"
TEXT = """Rhine & Danube Post
Europe | Security | Ukraine | Opinion
EU rolls over Russia sanctions as soldiers' families rally in Kyiv over demobilisation
Listen to this article · 5 min
By Claire Montag and Yaroslav Tkach
23 September 2026, updated 16:20 CEST

European Union foreign ministers meeting in Brussels on Monday agreed to extend the bloc's economic sanctions against Russia for another six months and added 45 tankers of Russia's so-called shadow fleet to the blacklist.

Hungary had threatened to block the roll-over until the last minute but dropped its objection after talks on energy transit. "Europe is not going to blink first. The pressure stays on for as long as this war goes on," said the EU's foreign policy chief, Katrin Aalto.

Moscow dismissed the decision. Russian Foreign Ministry spokeswoman Irina Zorina called the sanctions "illegal and pointless" and said Russia would respond to any use of its frozen assets. Asked whether that meant seizing Western property in Russia, she said: "We have many options."

In Washington, the State Department on Tuesday approved the sale of $1.2bn worth of air defence interceptors to Ukraine. Kyiv hopes to receive the first batch before the heating season, although US officials gave no delivery date.

On Monday, US special envoy Mark Halvorsen met Ukraine's president in Kyiv to discuss air defence and a possible resumption of talks with Russia. Last week, the presidents of Ukraine and France spoke by phone about the same issues.

In Kyiv itself, domestic politics were in the foreground. On Tuesday evening, about 2,000 people, most of them wives and mothers of soldiers, rallied outside the Verkhovna Rada to demand clear terms of service and demobilisation for men mobilised in 2022. A smaller rally was held in Odesa. Police did not intervene.

"Our husbands have been at the front for four years. We are not asking for a miracle, only for a date," said Oksana Melnyk, one of the organisers.

Lawmakers have postponed a vote on the demobilisation bill until October. The defence ministry argues that releasing tens of thousands of experienced soldiers at once could weaken the front.

On Wednesday, the SBU security service said it had detained a staff member of a parliamentary committee in Kyiv on suspicion of passing the locations of air defence systems to Russian intelligence. If convicted, he faces life in prison.

Will the EU consensus hold next spring, when the sanctions come up for renewal again? Diplomats in Brussels say that depends largely on Budapest.

This article is part of our Ukraine Briefing newsletter. Sign up for free
Related: Inside the shadow fleet: how sanctioned tankers keep sailing
© Rhine & Danube Post 2026 · Privacy · Cookie settings
"""
DOC = {"id": "v14", "date": "2026-09-23", "source": "Rhine & Danube Post",
       "url": "https://rhinedanubepost.example/europe/2026/09/23/eu-sanctions-rollover-kyiv-rally", "text": TEXT}

MON, TUE, WED = "2026-09-21", "2026-09-22", "2026-09-23"
EVENTS = [
    E("v14-1", "policy_decision", MON, L("Brussels"), None, "RU", claimant="EU foreign ministers",
      note="sanctions roll-over + 45 tankers listed; EU has no ISO side"),
    E("v14-2", "policy_decision", TUE, L("Washington"), "US", "UA", claimant="US State Department",
      note="approval of an interceptor sale; delivery (no date) is not an event"),
    E("v14-3", "diplomatic_contact", MON, L("Kyiv"), "US", "UA", note="US envoy meets Ukraine's president"),
    E("v14-4", "protest", TUE, L("Kyiv", 1, "Kyiv, outside the Verkhovna Rada"), "UA", None,
      note="about 2,000; peaceful, police did not intervene"),
    E("v14-5", "protest", TUE, L("Odesa"), "UA", None, note="'a smaller rally', same evening"),
    E("v14-6", "arrest", WED, L("Kyiv"), "UA", "UA", claimant="SBU",
      note="announced on Wednesday; detention day not given otherwise"),
    E("v14-7", "diplomatic_contact", "2026-09-14", C(None, "phone call"), "UA", "FR", prec="week", end="2026-09-20",
      optional=True, note="phone call 'last week', no place"),
]
STATEMENTS = [
    S("Katrin Aalto", None, "Europe is not going to blink first", "EU foreign policy chief"),
    S("Irina Zorina", "RU", "We have many options", "Russian Foreign Ministry spokeswoman"),
    S("Oksana Melnyk", "UA", "We are not asking for a miracle, only for a date", "rally organiser"),
]
MUST_NOT = ["Europe | Security | Ukraine | Opinion", "Listen to this article · 5 min",
            "By Claire Montag and Yaroslav Tkach", "23 September 2026, updated 16:20 CEST",
            "This article is part of our Ukraine Briefing newsletter. Sign up for free",
            "Related: Inside the shadow fleet: how sanctioned tankers keep sailing",
            "© Rhine & Danube Post 2026 · Privacy · Cookie settings"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
