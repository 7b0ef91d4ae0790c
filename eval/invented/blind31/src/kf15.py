from common import E, L, R, C, N, W, S, gold

TITLE = "UK clears Storm Shadow strikes on Russia's border regions; Moscow promises a response"
TEXT = """WESTMINSTER WIRE
Politics | Defence | World | Opinion | Podcasts
DEFENCE
UK clears Storm Shadow strikes on Russia's border regions; Moscow promises a response
Oliver Penrose, Political Correspondent
Last updated: 14 October 2026 12:40 BST
Have your say: 214 comments
Ukraine may now use British-supplied Storm Shadow missiles against military targets in Russia's Bryansk, Kursk and Belgorod regions, the defence secretary told the House of Commons on Tuesday, ending a restriction that had limited their use to occupied Ukrainian territory.

The decision, agreed with France, which supplies the near-identical SCALP, covers airfields, ammunition depots and command posts used to support attacks on Ukraine, the defence secretary said. It does not extend to Moscow or to targets deeper inside Russia.

"This is not escalation. It is allowing Ukraine to hit the launch pads of the missiles that are hitting Kharkiv every night," said Helen Ashcombe, the chair of the Commons defence committee.

Overnight, Ukraine's General Staff said its forces had struck an ammunition depot near Karachev in the Bryansk region with missiles, causing secondary explosions. It did not say which missiles were used. The Bryansk governor said debris from downed missiles had started a fire on the edge of the town and that no one had been hurt.

Russia's defence ministry said its air defences had destroyed four missiles and 31 drones over the Bryansk region overnight.

The Russian Foreign Ministry called the British move "an open step toward direct participation in the war" and said Russia would respond "at a time and in a manner of its choosing". A senior Russian lawmaker said British bases could become legitimate targets if Storm Shadows hit Russian cities.

Will others follow? Germany has not changed its position on Taurus, and the United States said it had no plans to lift its own restrictions on ATACMS, though officials did not rule it out "if the situation changes".

Britain first delivered Storm Shadow in May 2023 and has since allowed its use anywhere in internationally recognised Ukrainian territory, including Crimea.

Sir Edward Linley, a former chief of the defence staff, said the missiles would make a difference only in large numbers. "A few dozen missiles will not win the war. Used well, they can make Russia's logistics painful," he said.

Most commented
Chancellor faces revolt over fuel duty
We abide by the Editors' Code of Practice. Complaints: readers@westminsterwire.example
"""
DOC = {"id": "kf15", "date": "2026-10-14", "source": "Westminster Wire (UK political news site)",
       "url": "https://westminsterwire.example/defence/2026/10/14/storm-shadow-russia-border-regions", "text": TEXT}

D = "2026-10-14"
EVENTS = [
    E("kf15-1", "policy_decision", "2026-10-13", L("London"), "GB", None,
      note="permission announced to parliament 'on Tuesday' (13 Oct): a weapons permission = policy_decision placed in "
           "the capital that gave it (blind28 call 5); its scope and limits are rules, not events"),
    E("kf15-2", "missile_artillery_strike", D, L("Karachev", 2, "near Karachev"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("missile")], claimant="General Staff of the Armed Forces of Ukraine",
      note="'Overnight' in a Wednesday article = 14 Oct; the General Staff's depot strike and the governor's debris fire "
           "'on the edge of the town' are one event (counter-claims, blind28 call 8) with the governor's 0/0; "
           "missiles of unstated kind"),
    E("kf15-3", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA",
      weapons=[W("missile", intercepted=N(4)), W("drone", intercepted=N(31))], claimant="Russian Defence Ministry",
      note="regional interception count 'over the Bryansk region overnight': required (rule 3)"),
]
# Not events: 'does not extend to Moscow', Russia 'would respond', 'could become legitimate targets if' (threats),
# the question, Germany's unchanged position, 'no plans' and 'if the situation changes' (negation, conditional),
# deliveries since May 2023 (history), 'hitting Kharkiv every night' (habitual), the forecast.
STATEMENTS = [
    S("Helen Ashcombe", "GB", "It is allowing Ukraine to hit the launch pads", "chair of the Commons defence committee"),
    S("Russian Foreign Ministry", "RU", "an open step toward direct participation in the war", "Russian Foreign Ministry"),
    S("Edward Linley", "GB", "A few dozen missiles will not win the war", "former chief of the defence staff"),
]
MUST_NOT = ["WESTMINSTER WIRE", "Politics | Defence | World | Opinion | Podcasts", "DEFENCE",
            "Oliver Penrose, Political Correspondent", "Last updated: 14 October 2026 12:40 BST",
            "Have your say: 214 comments", "Most commented", "Chancellor faces revolt over fuel duty",
            "We abide by the Editors' Code of Practice. Complaints: readers@westminsterwire.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
