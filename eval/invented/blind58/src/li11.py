from common import E, L, R, C, N, W, S, H, gold, ADS, CLA, TER

TITLE = "\"Tired is not the same as broken\": a drone battalion commander on the Lyman front"
TEXT = """KYIV DISPATCH
Politics | War | Economy | Society | Interviews | Longreads
Interviews › Frontline Voices
"Tired is not the same as broken": a drone battalion commander on the Lyman front
Interview by Solomiia Yakymenko · Photos: Denys Kovtun · 8 May 2025
Reading time: 8 minutes
Major Taras Hlushko, call sign "Sych", commands a drone battalion of a mechanised brigade east of Lyman, where the front has moved by a few hundred metres a month since the winter. We spoke in a basement that serves as his command post, with four screens on the wall and a kettle on a generator. "The drone is not a miracle. It is a shovel: you have to dig with it every day," he says. The interview has been edited for length.

What is the situation on your section of the front this week?
Busy. Yesterday, at about five in the morning, they came at our positions near Torske again, with two armoured vehicles and a dozen motorcycles. We burned both vehicles before they reached the first tree line, and the motorcyclists turned back. That is the pattern now: small groups, many times a day, looking for a gap.

How do you get your wounded out?
With difficulty. On Sunday a Russian drone hit our evacuation pickup near Zarichne. Two medics were wounded, one of them lightly. Our medic Iryna Danylchuk, the one who was hurt worse, told me afterwards: "I'm not angry. I'm counting tourniquets." She was back at work on Wednesday.

Do you ever move forward, or only hold?
We move when we can. On Tuesday our infantry took back a tree line and two houses on the southern edge of Yampil that we had lost in March. Two houses does not sound like much. For the men who live in them now, it is a great deal.

Russia says it is advancing here. What is true?
Their ministry announced on Monday that Zarichne had been "liberated". I drove through Zarichne on Monday night. It is ours, what is left of it. They announce first and try to make it true afterwards.

What does the enemy use against you most?
Glide bombs and FPV drones. This morning, while we were getting ready for this interview, they dropped three guided bombs on Lyman. I don't know yet whether anyone was hurt. In April our crews hit more than 140 Russian vehicles and firing positions in our zone; every hit is checked against video before it goes into that number.

What would change things for you?
Interceptor drones against their reconnaissance drones, and more of them. If we could close the sky over our tree lines to their Orlans, their artillery would be half blind. If they take Yampil, they will look down on Siversk from the hill, and then the whole line has to move.

You have been on this front since 2022. How are your people?
I came here in the autumn of 2022, when we pushed them out of Lyman. Most of my people have been fighting for more than two years without a real rotation. "We are tired, but tired is not the same as broken," he says, and pours the tea.
Kyiv Dispatch interviews are conducted in Ukrainian and translated by our staff.
Support Kyiv Dispatch: our reporters travel to the front at their own risk.
Related interviews: The mayor who stayed | The surgeon of Kupiansk
© 2025 Kyiv Dispatch
"""
DOC = {"id": "li11", "date": "2025-05-08", "source": "Kyiv Dispatch (Ukrainian magazine site, interview)",
       "url": "https://kyivdispatch.example/interviews/frontline-voices/taras-hlushko-lyman", "text": TEXT}

D, SUN, MON, TUE, WED = "2025-05-08", "2025-05-04", "2025-05-05", "2025-05-06", "2025-05-07"
EVENTS = [
    E("li11-1", CLA, WED, H("Torske", "near Torske"), "RU", "UA", claimant="Taras Hlushko",
      evidence="Yesterday, at about five in the morning, they came at our positions near Torske again, with two armoured vehicles and a dozen motorcycles.",
      note="answer 1: 'Yesterday' of a Thursday page -> 7 May; a repelled assault is a clash, attacker RU; near X = "
           "precision 2; 'small groups, many times a day' is a habit, not more events"),
    E("li11-2", ADS, SUN, H("Zarichne", "near Zarichne"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Taras Hlushko",
      evidence="On Sunday a Russian drone hit our evacuation pickup near Zarichne. Two medics were wounded, one of them lightly.",
      note="answer 2: 'On Sunday' -> 4 May; Zarichne 705808 (Donetsk oblast, east of Lyman); 2 w"),
    E("li11-3", TER, TUE, H("Yampil", "southern edge of Yampil"), "UA", "RU", claimant="Taras Hlushko",
      evidence="On Tuesday our infantry took back a tree line and two houses on the southern edge of Yampil that we had lost in March.",
      note="answer 3: ground regained 'On Tuesday' -> 6 May; 'edge of X' = precision 2; Yampil 688505 (Donetsk oblast, "
           "SE of Lyman), not the Vinnytsia or Sumy towns; the loss 'in March' has no day"),
    E("li11-4", TER, MON, L("Zarichne"), "RU", "UA", claimant="Russian Defence Ministry",
      evidence="Their ministry announced on Monday that Zarichne had been \"liberated\".",
      note="answer 4: a capture claim is required on its claim day (5 May) even when the other side denies it (the "
           "commander's drive through the village 'on Monday night' is a denial, no event of its own)"),
    E("li11-5", ADS, D, L("Lyman"), "RU", "UA", weapons=[W("guided_bomb", launched=N(3))], claimant="Taras Hlushko",
      evidence="This morning, while we were getting ready for this interview, they dropped three guided bombs on Lyman.",
      note="answer 5: 'This morning' -> 8 May; casualties 'I don't know yet' -> absent"),
    E("li11-6", ADS, "2025-04-01", H("Lyman", "the battalion's zone east of Lyman"), "UA", "RU", end="2025-04-30",
      prec="month", agg=True, optional=True, claimant="Taras Hlushko",
      evidence="In April our crews hit more than 140 Russian vehicles and firing positions in our zone",
      note="a unit's month tally of hits -> optional aggregate (April 2025)"),
]
# Not events: the questions (no facts are given in them); the front moving 'a few hundred metres a month since the
# winter' and 'small groups, many times a day' (habit); the medic back at work on Wednesday; the commander's drive
# through Zarichne 'on Monday night' (a denial of li11-4); Yampil 'lost in March' (no day); 'If we could close the
# sky … would', 'If they take Yampil, they will …' (conditionals); the autumn of 2022 push out of Lyman (history without
# a day); the lack of rotation (state).
# Quoted fragments that are not gold statements: the call sign "Sych" and the ministry's "liberated".
STATEMENTS = [
    S("Taras Hlushko", "UA", "It is a shovel: you have to dig with it every day", "drone battalion commander"),
    S("Iryna Danylchuk", "UA", "I'm counting tourniquets", "battalion medic"),
    S("Taras Hlushko", "UA", "tired is not the same as broken", "drone battalion commander"),
]
MUST_NOT = ["KYIV DISPATCH", "Politics | War | Economy | Society | Interviews | Longreads",
            "Interviews › Frontline Voices",
            "Interview by Solomiia Yakymenko · Photos: Denys Kovtun · 8 May 2025", "Reading time: 8 minutes",
            "Kyiv Dispatch interviews are conducted in Ukrainian and translated by our staff.",
            "Support Kyiv Dispatch: our reporters travel to the front at their own risk.",
            "Related interviews: The mayor who stayed | The surgeon of Kupiansk", "© 2025 Kyiv Dispatch"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
