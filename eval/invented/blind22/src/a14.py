from common import E, L, R, C, N, W, S, gold

TITLE = "EU seals 21st sanctions package as Istanbul talks stall and Berlin adds €2.4bn for air defence"
TEXT = """THE CONTINENTAL REVIEW
Politics · Security · Trade · Opinion
BRIEFING ROOM
EU seals 21st sanctions package as Istanbul talks stall and Berlin adds €2.4bn for air defence
Moscow warns of a "mirror response"; Kyiv presses for permission to hit deeper into Russia
By Hélène Vasseur in Brussels and Jonas Pfeiffer in Berlin
30.09.2026 — 18:20 CEST
Listening time: 7 min
The European Union formally adopted its 21st package of sanctions against Russia on Tuesday, after Slovakia dropped its last objections at a meeting of ambassadors in Brussels. The package lists 118 further vessels of Russia's so-called shadow fleet, bans transactions with three Central Asian banks accused of helping Moscow evade earlier measures, and lowers the price cap on Russian crude.

"This is the package that hurts the war chest most directly," an EU official said. Slovakia's prime minister said his country had secured "guarantees on energy supply" in return, without giving details.

In Berlin, the German cabinet on Wednesday approved an extra €2.4bn for Ukraine's air defence in next year's budget, including two more IRIS-T systems. The money still needs the approval of the Bundestag, which is expected to vote in November. Germany still refuses to supply Taurus cruise missiles, and officials in the chancellery said on Wednesday that "nothing has changed" on that question.

Kyiv has lobbied for months for permission to use Western long-range missiles against military airfields deep inside Russia. Washington has allowed such strikes only in the Kursk and Belgorod border regions since last year, and a broader permission is not on the table, two US officials said.

Talks in Istanbul

Delegations from Ukraine and Russia met in Istanbul on Monday for a fourth round of technical talks hosted by Turkey's foreign ministry. They made no progress on a ceasefire and did not agree a date for the next round, according to both sides. A further exchange of prisoners and of the bodies of fallen soldiers was discussed but not agreed.

"We came to talk about people. The Russian side came to talk about territory," said Oleksii Dzyuban, a member of the Ukrainian delegation. Russia's lead negotiator said Ukraine was "not ready for realistic solutions".

Moscow's response to the sanctions was swift. Russia's deputy foreign minister warned that Europe would face a "mirror response" and said that ships detained under the sanctions would be considered "seized Russian property". He did not say what Russia would do.

Drone debris in Poland

The debate in Brussels was sharpened by an incident on Monday night, when parts of a drone were found in a field near Hrubieszów in eastern Poland, close to the Ukrainian border. Polish prosecutors said the drone had carried no warhead and that no one was hurt. Poland's foreign minister said it was "almost certainly" one of the Russian drones that attacked the Volyn region of Ukraine that night, and called for faster deliveries of counter-drone systems to the eastern flank.

Separately, Moscow's Sheremetyevo and Vnukovo airports suspended flights for almost three hours on Tuesday evening after Russia's Defence Ministry reported drones approaching the capital. The ministry said 19 drones had been destroyed on the approaches to Moscow.

Diplomats in Brussels are already discussing a 22nd package, which could target Russian liquefied natural gas. Hungary has threatened to block it. Whether the Istanbul format survives the winter is, for now, anyone's guess.

More from Briefing Room:
Inside the race to build Europe's drone wall
Why the price cap keeps slipping

The Continental Review is published by CR Media SE, Luxembourg.
"""
DOC = {"id": "a14", "date": "2026-09-30", "source": "The Continental Review (policy news site)",
       "url": "https://continentalreview.example/briefing-room/2026/09/30/eu-21st-sanctions-package-istanbul-talks",
       "text": TEXT}

D, MON, TUE = "2026-09-30", "2026-09-28", "2026-09-29"
EVENTS = [
    E("a14-1", "policy_decision", TUE, L("Brussels"), None, "RU",
      note="21st sanctions package formally adopted 'on Tuesday' at the ambassadors' meeting in Brussels; EU no state: "
           "actor1 null; Slovakia's dropped objection is part of the decision"),
    E("a14-2", "policy_decision", D, L("Berlin"), "DE", "UA",
      note="German cabinet approves €2.4bn for Ukraine's air defence 'on Wednesday'; the Bundestag vote 'expected in "
           "November' is a plan; Taurus refusal and 'nothing has changed' are negations"),
    E("a14-3", "diplomatic_contact", MON, L("Istanbul"), "UA", "RU",
      note="fourth round of technical talks in Istanbul 'on Monday'; exchange 'discussed but not agreed' is no "
           "agreement"),
    E("a14-4", "air_drone_strike", MON, L("Hrubieszow", 2, "near Hrubieszów"), "RU", "PL", fat=N(0), inj=N(0),
      weapons=[W("drone")], family=["interception"],
      note="drone parts found in a field 'on Monday night' near Hrubieszów; 'no one was hurt' = 0/0; attributed to "
           "Russia by the Polish foreign minister ('almost certainly'); 'near X' = precision 2"),
    E("a14-5", "infrastructure_disruption", TUE, L("Moscow"), None, None,
      note="Sheremetyevo and Vnukovo suspend flights for almost three hours on Tuesday evening (airports coded to "
           "Moscow); the closure has no named perpetrator"),
    E("a14-6", "interception", TUE, L("Moscow", 2, "approaches to Moscow"), "RU", "UA",
      weapons=[W("drone", intercepted=N(19))], claimant="Russian Defence Ministry",
      note="19 drones destroyed 'on the approaches to Moscow' (precision 2); the brief's 'at most two incidents' are "
           "the Hrubieszów debris and the Moscow drone night (airport closure + interception)"),
    E("a14-7", "air_drone_strike", MON, R("UA-07", "Volyn region"), "RU", "UA", optional=True, weapons=[W("drone")],
      note="'the Russian drones that attacked the Volyn region of Ukraine that night': mentioned only to attribute the "
           "debris, no damage or count: optional"),
]
STATEMENTS = [
    S("Oleksii Dzyuban", "UA", "We came to talk about people. The Russian side came to talk about territory",
      "member of the Ukrainian delegation"),
    S("Russia's lead negotiator", "RU", "not ready for realistic solutions"),
    S("Russia's deputy foreign minister", "RU", "seized Russian property"),
    S("Poland's foreign minister", "PL", "almost certainly"),
    S("Slovakia's prime minister", "SK", "guarantees on energy supply"),
]
MUST_NOT = ["THE CONTINENTAL REVIEW", "Politics · Security · Trade · Opinion", "BRIEFING ROOM",
            "By Hélène Vasseur in Brussels and Jonas Pfeiffer in Berlin", "30.09.2026 — 18:20 CEST",
            "Listening time: 7 min", "More from Briefing Room:", "Inside the race to build Europe's drone wall",
            "Why the price cap keeps slipping", "The Continental Review is published by CR Media SE, Luxembourg."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
