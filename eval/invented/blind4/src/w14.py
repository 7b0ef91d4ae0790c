from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war live: delegations meet in Istanbul for first direct talks in three years"
TEXT = """The Chronicle
Russia-Ukraine war live: delegations meet in Istanbul for first direct talks in three years
Key events
Show key events only
Please turn on JavaScript to use this feature
From Anna Whitlock (now) and Rory Pembridge (earlier)
Fri 16 May 2025

15.42 BST
Talks end after less than two hours

The Ukrainian and Russian delegations have ended their meeting at Istanbul's Dolmabahçe palace after about an hour and forty minutes, a Turkish foreign ministry source says. It was the first face-to-face meeting between the two sides since the spring of 2022.

Ukraine's defence minister, Ihor Kravets, who led Kyiv's delegation, told reporters that the two sides had agreed to exchange 1,000 prisoners of war each. No date for the swap was given.

"This is the only concrete result today, but it is a result that a thousand families have been waiting for," Kravets said.

Kyiv had pushed for an immediate 30-day ceasefire, which Moscow's delegation rejected, according to a Ukrainian official.
Share
Updated at 15.58 BST

14.10 BST
Kremlin: a leaders' meeting "possible only after agreements are finalised"

Kremlin spokesman Arkady Vesnin says a meeting between the two presidents could take place only once the delegations have "finalised agreements". Will the Russian president come to Turkey? "There are no such plans," Vesnin said.
Share

13.20 BST
UK announces new air defence package

The Ministry of Defence in London has announced £150m in new military aid for Ukraine, including short-range air defence missiles and radar systems. Defence Secretary Helen Marsh said the first deliveries would arrive "within weeks".
Share

11.05 BST
Drone hits minibus in Sumy region

A Russian drone struck a minibus near Shostka in Sumy region this morning, killing three passengers and wounding seven, the regional administration says.
Share

09.30 BST
Overnight attack: 112 drones, two ballistic missiles

Russia launched 112 Shahed-type drones and two Iskander-M ballistic missiles at Ukraine overnight, the Ukrainian air force says. Air defences shot down 73 drones.

In Dnipro, a drone hit a five-storey residential building, injuring four people, the regional governor said. A ballistic missile struck port infrastructure in the Odesa region; no one was hurt, according to the local authorities.
Share

08.15 BST
EU ambassadors sign off on new sanctions

A quick recap from earlier this week: EU ambassadors in Brussels on Wednesday agreed the bloc's latest sanctions package against Russia, targeting almost 200 vessels of the so-called shadow fleet. Foreign ministers are expected to give their formal approval on Tuesday. Hungary had threatened to block the package but lifted its objection at the last minute.

Ukraine's president vowed to keep pressing for a full ceasefire "in the air, on land and at sea".
Share
Sign up to First Edition, our free daily newsletter
"""
DOC = {"id": "w14", "date": "2025-05-16", "source": "The Chronicle (live blog)",
       "url": "https://www.thechronicle.example/world/live/2025/may/16/russia-ukraine-war-live-istanbul-talks", "text": TEXT}

D = "2025-05-16"
EVENTS = [
    E("w14-1", "diplomatic_contact", D, L("Istanbul", 1, "Istanbul, Dolmabahçe palace"), "UA", "RU",
      claimant="Turkish foreign ministry source"),
    E("w14-2", "agreement", D, L("Istanbul"), "UA", "RU", claimant="Ihor Kravets",
      note="agreement to swap 1,000 POWs each; the swap itself is undated (not an event)"),
    E("w14-3", "policy_decision", D, L("London"), "GB", None, claimant="UK Ministry of Defence"),
    E("w14-4", "air_drone_strike", D, L("Shostka", 2, "near Shostka"), "RU", "UA", fat=N(3), inj=N(7),
      weapons=[W("drone")], claimant="Sumy regional administration"),
    E("w14-5", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(112)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      claimant="Ukrainian Air Force"),
    E("w14-6", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(73))],
      claimant="Ukrainian Air Force"),
    E("w14-7", "air_drone_strike", D, L("Dnipro"), "RU", "UA", inj=N(4), parent="w14-5", claimant="regional governor"),
    E("w14-8", "missile_artillery_strike", D, R("UA-51", "Odesa region"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile")], parent="w14-5", claimant="local authorities"),
    E("w14-9", "policy_decision", "2025-05-14", L("Brussels"), None, "RU", claimant="The Chronicle",
      note="EU ambassadors agreed the package; formal adoption 'expected' Tuesday is not an event"),
]
STATEMENTS = [
    S("Ihor Kravets", "UA", "it is a result that a thousand families have been waiting for", "Ukrainian defence minister"),
    S("Arkady Vesnin", "RU", "There are no such plans", "Kremlin spokesman"),
]
MUST_NOT = ["The Chronicle", "Key events", "Show key events only", "Please turn on JavaScript to use this feature",
            "From Anna Whitlock (now) and Rory Pembridge (earlier)", "Updated at 15.58 BST",
            "Sign up to First Edition, our free daily newsletter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
