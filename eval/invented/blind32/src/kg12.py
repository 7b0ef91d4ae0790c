from common import E, L, R, C, N, W, S, gold

TITLE = "Russia and Ukraine agree to swap 1,200 prisoners each after three hours of talks in Istanbul"
TEXT = """SOUTHERN CROSS PRESS
News | Australia | World | Business | Analysis | Video
World / Europe
Russia and Ukraine agree to swap 1,200 prisoners each after three hours of talks in Istanbul
By Hannah Whitlock, Europe Correspondent
Updated 9 May 2026, 8:52pm AEST · first posted 9 May 2026, 6:10pm AEST
Audio: hear this story read aloud (3:58)
Russian and Ukrainian delegations met face to face in Istanbul on Friday for the first time since January and agreed to exchange 1,200 prisoners of war each, but made no progress on a ceasefire.

The talks at the Dolmabahçe palace lasted just under three hours and were opened by the Turkish foreign minister. The delegations did not shake hands, according to two people present.

"The exchange is a real result, and we will hold them to it. On the ceasefire we heard the same ultimatums as a year ago," said Denys Kravets, a member of the Ukrainian delegation. He said the swap could take place "in the coming ten days" in several stages.

Russia's delegation head, a presidential aide, told Russian media that Moscow had handed Kyiv a draft memorandum and expected an answer "within a month". He said any ceasefire would require Ukraine to withdraw from four regions Moscow claims as its own, which Kyiv has repeatedly rejected.

Hours after the delegations left the palace, the fighting continued. Ukraine's air force said Russia launched 48 attack drones at Ukraine overnight into Saturday, 31 of which were shot down. In Kherson a drone hit a minibus in the Dniprovskyi district on Saturday morning, injuring five passengers, the regional governor said.

Russia held its annual Victory Day parade on Moscow's Red Square on Saturday, with leaders of several Asian and African states in attendance.

In Canberra, the federal government on Friday announced a further $50 million in support for Ukraine, most of it for the international drone coalition, and extended sanctions on 40 Russian individuals. "Australia stands with Ukraine for as long as it takes," said Senator Mark Ellison, who chairs a parliamentary friendship group with Ukraine and backed the package.

Dr Priya Raman, a Russia specialist at a Sydney university, said the swap showed that the channel still worked. "Prisoner exchanges are the one thing both sides can sell at home. A ceasefire is not," she said.

Posted 9 May 2026 · Topics: Ukraine, Russia, war, diplomacy, Turkey
Southern Cross Press acknowledges the Traditional Custodians of the lands on which we work.
"""
DOC = {"id": "kg12", "date": "2026-05-09", "source": "Southern Cross Press (Australian news service)",
       "url": "https://southerncrosspress.example/news/2026-05-09/russia-ukraine-istanbul-prisoner-swap/1044721", "text": TEXT}

D = "2026-05-09"
EVENTS = [
    E("kg12-1", "diplomatic_contact", "2026-05-08", L("Istanbul"), None, None,
      note="delegations 'met face to face in Istanbul on Friday' (8 May; publication Sat 9 May AEST): sides null "
           "(two parties and a Turkish host)"),
    E("kg12-2", "agreement", "2026-05-08", L("Istanbul"), None, None,
      note="'agreed to exchange 1,200 prisoners of war each' at the Friday talks: the agreement itself is an event "
           "(blind14 call 10 keeps the talks and the agreement apart); the swap 'could take place in the coming ten "
           "days' is a plan, not an event"),
    E("kg12-3", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(48))],
      claimant="Air Force of the Armed Forces of Ukraine",
      note="'launched 48 attack drones at Ukraine overnight into Saturday' = 9 May, country wave (drones only)"),
    E("kg12-4", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(31))],
      parent="kg12-3", note="'31 of which were shot down'"),
    E("kg12-5", "air_drone_strike", D, L("Kherson"), "RU", "UA", inj=N(5), weapons=[W("drone")],
      note="minibus in the Dniprovskyi district of Kherson 'on Saturday morning': district = the city; 5 injured; a "
           "daytime local strike, not a child of the night wave"),
    E("kg12-6", "policy_decision", "2026-05-08", L("Canberra"), "AU", None,
      note="'the federal government on Friday announced a further $50 million … and extended sanctions': aid and "
           "sanctions decision of one day in Canberra = one policy_decision"),
]
# Not events: no progress on a ceasefire (negation), the swap 'in the coming ten days' and the memorandum answer
# 'within a month' (plans), the withdrawal demand (condition), the Victory Day parade (ceremony, no war event),
# 'first time since January' (history), 'did not shake hands'.
# Not gold statements: the Russian delegation head's fragment 'within a month' (title-only speaker), Kravets's second
# fragment 'in the coming ten days' (one contains per quote).
STATEMENTS = [
    S("Denys Kravets", "UA", "The exchange is a real result, and we will hold them to it", "member of the Ukrainian delegation"),
    S("Mark Ellison", "AU", "Australia stands with Ukraine for as long as it takes", "senator, chair of a parliamentary friendship group with Ukraine"),
    S("Priya Raman", None, "Prisoner exchanges are the one thing both sides can sell at home", "Russia specialist"),
]
MUST_NOT = ["SOUTHERN CROSS PRESS", "News | Australia | World | Business | Analysis | Video", "World / Europe",
            "By Hannah Whitlock, Europe Correspondent",
            "Updated 9 May 2026, 8:52pm AEST · first posted 9 May 2026, 6:10pm AEST",
            "Audio: hear this story read aloud (3:58)",
            "Posted 9 May 2026 · Topics: Ukraine, Russia, war, diplomacy, Turkey",
            "Southern Cross Press acknowledges the Traditional Custodians of the lands on which we work."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
