from common import E, L, R, C, N, W, S, gold

TITLE = "Washington quietly lets Kyiv hit back across the border near Kharkiv"
TEXT = """THE BELTWAY LEDGER
Politics · National Security · Congress · Podcasts · Subscribe
NATIONAL SECURITY
Washington quietly lets Kyiv hit back across the border near Kharkiv
Berlin follows a day later, as Russian missiles strike the city again
By Grant Whitlock | 05/31/2024 01:14 PM EDT
117 comments
The Biden administration authorised Ukraine on Thursday to use American-supplied weapons against military targets inside Russia that are supporting the offensive on Kharkiv, two U.S. officials told The Ledger, a reversal after months of refusal.

The permission is narrow. Kyiv may fire U.S. rockets and artillery at Russian troops, launchers and command posts across the border from the Kharkiv region, but not long-range ATACMS missiles deep into Russia, the officials said. The White House declined to say whether the decision could later be extended to other areas.

Washington had refused such permission since the start of the full-scale invasion in February 2022, fearing escalation with a nuclear power. The shift came after Russian forces pushed across the border north of Kharkiv this month and began shelling the city from positions that Ukraine could not legally hit with Western weapons.

What counts as "near Kharkiv"? Officials would not draw a line on the map. If Russia opens a new front near Sumy, the permission could be extended there, one of them said. It is not known whether Ukraine has already used American weapons under the new rules.

Berlin followed on Friday. The German government said in a statement that Ukraine could use weapons delivered by Germany to defend itself against attacks launched from Russian territory near Kharkiv.

Moscow reacted with threats. The Kremlin's spokesman said any such strikes would bring "consequences", and a senior Russian lawmaker threatened to hit "decision-making centres" in Kyiv. Russia's Defence Ministry denied shelling residential areas of Kharkiv and said it struck only military targets.

The strikes continued as the officials spoke. Russian S-300 missiles hit a five-storey residential building in Kharkiv overnight into Friday, killing three people and injuring 16, the regional governor said. In Lyptsi, north of the city, a glide bomb dropped by a Russian aircraft wounded a woman on Friday morning.

Ukrainian military intelligence said on Thursday that Russia had massed about 30,000 troops across the border in the Belgorod region and was moving more units there from the Zaporizhzhia front. The Pentagon denied a report that US military instructors would be sent to Ukraine.

Ukrainian troops repelled attacks near Vovchansk on Thursday, the General Staff said, where fighting has raged since Russia opened its cross-border offensive in the Kharkiv region on May 10.

Will the decision change the battlefield? "It takes away the sanctuary Russia has used to shell Kharkiv with impunity," said Senator Ruth Hallam, who had pressed the administration for weeks. "It should have happened in March."

Others are more cautious. Some officials fear Russia could answer by targeting supply hubs in Poland, though no such plans have been detected. London has said for weeks that Kyiv may use British weapons as it sees fit, and Paris has signalled a similar position; neither has published formal rules.

"We are not going to let Moscow write the rules of this war, but we are not going to hand Kyiv a blank cheque either," a senior administration official said on condition of anonymity.

The House Armed Services Committee is expected to hold a hearing on the decision next week.

Related
The Pentagon's next aid package, explained
Inside the fight over ATACMS

Subscribe to National Security Daily — our morning briefing. Sign up
The Beltway Ledger © 2024 · Privacy · Terms
"""
DOC = {"id": "kc04", "date": "2024-05-31", "source": "The Beltway Ledger (US politics site)",
       "url": "https://beltwayledger.example/news/2024/05/31/ukraine-kharkiv-weapons-permission", "text": TEXT}

D, Y = "2024-05-31", "2024-05-30"
EVENTS = [
    E("kc04-1", "policy_decision", Y, L("Washington"), "US", "UA",
      note="'authorised Ukraine on Thursday to use American-supplied weapons' (Washington/White House metonymy): a "
           "decision taken, placed in Washington; its limits ('may fire … but not ATACMS') are a rule, not events"),
    E("kc04-2", "policy_decision", D, L("Berlin"), "DE", "UA",
      note="'Berlin followed on Friday': German government permission, placed in Berlin"),
    E("kc04-3", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", fat=N(3), inj=N(16),
      weapons=[W("missile", "S-300")], note="S-300 against ground targets = missile_artillery_strike; 'overnight into "
      "Friday' = the publication day; the MoD's denial of shelling residential areas is a counter-claim, not a "
      "cancellation"),
    E("kc04-4", "air_drone_strike", D, L("Lyptsi"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb")],
      note="glide bomb from an aircraft; 'north of the city' is Lyptsi's position, the village itself is named"),
    E("kc04-7", "military_mobilization", Y, R("RU-BEL", "Belgorod region"), "RU", None,
      claimant="Ukrainian military intelligence",
      note="troops massed 'across the border in the Belgorod region' and more units moved there, reported 'on "
           "Thursday': a deployment dated by the report; 'from the Zaporizhzhia front' is the origin, not a place of "
           "the event"),
    E("kc04-5", "armed_clash", Y, L("Vovchansk", 2, "near Vovchansk"), "RU", "UA",
      claimant="General Staff of the Armed Forces of Ukraine",
      note="'repelled attacks near Vovchansk on Thursday': actor1 the attacker (RU)"),
    E("kc04-6", "armed_clash", "2024-05-10", R("UA-63", "Kharkiv region"), "RU", "UA",
      note="recalled start of the cross-border offensive 'on May 10': a recalled event with a resolvable day, region "
           "only"),
]
STATEMENTS = [
    S("Ruth Hallam", "US", "It takes away the sanctuary Russia has used to shell Kharkiv", "senator"),
]
MUST_NOT = ["THE BELTWAY LEDGER", "Politics · National Security · Congress · Podcasts · Subscribe", "NATIONAL SECURITY",
            "By Grant Whitlock | 05/31/2024 01:14 PM EDT", "117 comments", "Related",
            "The Pentagon's next aid package, explained", "Inside the fight over ATACMS",
            "Subscribe to National Security Daily — our morning briefing. Sign up",
            "The Beltway Ledger © 2024 · Privacy · Terms"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
