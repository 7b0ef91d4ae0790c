from common import E, L, R, C, N, W, S, gold

TITLE = "Explainer: Who controls the Black Sea now, and can Ukraine's new shipping corridor last the winter?"
TEXT = """PELAGOS POLICY DESK
Briefings · Maritime security · Eastern Europe
Explainer: Who controls the Black Sea now, and can Ukraine's new shipping corridor last the winter?
12 October 2023 · Reading time 9 minutes · Updated with the Izmail strike
Author: Dr. Helena Marsh-Ivanenko, maritime security analyst
Save to reading list ☆
Three months after Russia walked out of the grain deal, ships are again leaving Odesa. How did that happen, what has changed at sea, and what could go wrong? This explainer answers the questions we are asked most often.

What was the grain deal?
The Black Sea Grain Initiative, brokered by the United Nations and Turkey in the summer of 2022, let Ukraine export grain from three ports under joint inspection. It carried more than 30 million tonnes before Russia refused to extend it in July this year. After that, Russia declared every ship heading for Ukrainian ports a potential military target and spent weeks bombarding grain terminals in Odesa and on the Danube.

How are ships sailing without it?
Ukraine announced a "temporary corridor" in August, hugging the coasts of Romania and Bulgaria, and the first cargo ships used it the same month. Since then, roughly 50 vessels have left Ukrainian ports this way, according to the port authority. Insurers charge a high war-risk premium, and some shipowners still refuse to take part. Nothing obliges Russia to respect the route, and Moscow has never said that it does.

Is the Russian fleet still in charge?
Less than it was. Russia's Black Sea Fleet lost its flagship in 2022, and Ukrainian missiles and sea drones have damaged landing ships, a submarine and the fleet's headquarters in Sevastopol this year. Most large Russian warships now stay in Novorossiysk or in the eastern part of the sea. The fleet still fires cruise missiles from a safe distance, but it no longer blockades Odesa in the way it did in 2022.

What happened this week?
The latest Russian attack on the Danube ports came on Monday night. Russian drones struck a grain terminal and an administrative building in Izmail, injuring two port workers, the Odesa regional governor said. Ukraine's air force said it shot down 14 of the 18 Shahed drones launched in that attack.

On Wednesday, Ukrainian sea drones attacked Russian ships off Sevastopol, according to Russia's defence ministry, which said its forces destroyed four unmanned boats before they reached their targets. Ukraine did not comment. "Every week we learn something new about how they use these boats, and every week they change something," said Captain Ruslan Zhyvotov, a retired Ukrainian naval officer.

Ad — Maritime Risk Europe conference, Rotterdam, 6–7 November. Early-bird pricing ends Friday.

What could go wrong this winter?
Three things. First, storms: small drones and small boats work badly in high seas, which may favour Russian missiles over Ukrainian sea drones until spring. Second, mines: drifting mines laid in 2022 still surface near the coast, and a single incident involving a foreign ship could push insurance premiums beyond what exporters can pay. Third, escalation: if Russia decided to attack a ship flying a NATO flag, the corridor's future would depend on how NATO members responded, and nobody can predict that.

Will the corridor survive?
Most analysts we spoke to think it will, with interruptions. Ukraine's partners are discussing extra air defence for the Odesa ports, and Romania has said it will speed up demining of its own waters. Russia, for its part, has every reason to keep the threat alive without triggering a confrontation with NATO. "Moscow wants the corridor to stay expensive, not closed," said Bettina Laurentz of the Hamburg Institute for Maritime Economics. If she is right, the war at sea this winter will be about prices as much as about ships.

What about Crimea?
Crimea matters more than ever. The peninsula is both the Black Sea Fleet's main base and the logistics hub for Russian forces in southern Ukraine. Ukraine has said repeatedly that it intends to make Crimea unusable for the Russian military; Russia says any attack on the peninsula is an attack on Russia itself. Expect both claims to be tested over the coming months.

Further reading on the desk: Sea drones, explained · Insurance and war risk · The Danube ports
This briefing is produced with support from the Aldersgate Maritime Trust. Our funders have no editorial control.
© Pelagos Policy Desk 2023 · Terms · Privacy
"""
DOC = {"id": "ki05", "date": "2023-10-12", "source": "Pelagos Policy Desk (policy explainer site)",
       "url": "https://pelagos-desk.example/briefings/black-sea-corridor-explainer", "text": TEXT}

EVENTS = [
    E("ki05-1", "air_drone_strike", "2023-10-09", L("Izmail"), "RU", "UA", inj=N(2),
      weapons=[W("drone", "Shahed-136", launched=N(18))],
      note="'on Monday night' (9 Oct): drones on a grain terminal in Izmail, two port workers injured; the wave of 18 "
           "launched 'in that attack' is this attack (one event with the counts)"),
    E("ki05-2", "interception", "2023-10-09", C("UA", "Ukraine"), "UA", "RU", parent="ki05-1",
      weapons=[W("drone", "Shahed-136", intercepted=N(14))],
      note="'shot down 14 of the 18 Shahed drones'; country level (the text does not place the shoot-downs)"),
    E("ki05-3", "interception", "2023-10-11", L("Sevastopol", 2), "RU", "UA",
      claimant="Russian MoD",
      note="'On Wednesday' (11 Oct) Russian MoD: destroyed four sea drones 'off Sevastopol' = near it, precision 2; "
           "the attack itself is told only as what was stopped; no weapons entry (sea drones have no category of their own)"),
    E("ki05-4", "air_drone_strike", "2023-10-11", L("Sevastopol", 2), "UA", "RU", optional=True,
      family=["missile_artillery_strike"],
      note="the sea-drone attack on Russian ships 'off Sevastopol': all four destroyed, no hit; optional beside the "
           "interception"),
]
# Not events: the grain deal of 2022 and Russia's refusal 'in July' (history, no day); 'spent weeks bombarding'
# terminals (aggregate history); the corridor announced 'in August' and the first ships 'the same month'; ~50 vessels
# 'since then' (cumulative, shipping routine); the flagship lost in 2022 and this year's damage to landing ships, a
# submarine and the HQ (history without days); ships 'stay in Novorossiysk' (habitual); the three winter risks
# ('may favour', 'could push', 'if Russia decided … would depend'); partners 'discussing', Romania 'will speed up';
# Ukraine's intention and Russia's warning about Crimea; 'Expect both claims to be tested'.
STATEMENTS = [
    S("Ruslan Zhyvotov", "UA", "Every week we learn something new about how they use these boats",
      "retired Ukrainian naval officer"),
    S("Bettina Laurentz", None, "Moscow wants the corridor to stay expensive, not closed",
      "Hamburg Institute for Maritime Economics"),
]
MUST_NOT = ["PELAGOS POLICY DESK", "Briefings · Maritime security · Eastern Europe",
            "12 October 2023 · Reading time 9 minutes · Updated with the Izmail strike",
            "Author: Dr. Helena Marsh-Ivanenko, maritime security analyst", "Save to reading list ☆",
            "Ad — Maritime Risk Europe conference, Rotterdam, 6–7 November. Early-bird pricing ends Friday.",
            "Further reading on the desk: Sea drones, explained · Insurance and war risk · The Danube ports",
            "This briefing is produced with support from the Aldersgate Maritime Trust. Our funders have no editorial control.",
            "© Pelagos Policy Desk 2023 · Terms · Privacy"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
