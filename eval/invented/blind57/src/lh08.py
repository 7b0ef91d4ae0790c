from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, with_evidence

TITLE = "Drone attack on Tuapse and Novorossiysk: what is known by the morning"
TEXT = """КУБАНЬ СЕГОДНЯ | KUBAN TODAY
News of Krasnodar and the Krasnodar Krai
Krasnodar +19° | USD 81.40 | EUR 88.12
Krasnodar | Krai | Incidents | Economy | Resorts | Sport | Video
Home → Incidents
Drone attack on Tuapse and Novorossiysk: what is known by the morning
03.05.2026 10:47
Views: 12 480
The Kyiv regime attempted a massive attack on the Krasnodar Krai with unmanned aerial vehicles overnight, the governor of the Kuban wrote on his Telegram channel on Sunday morning, citing the regional operational headquarters.

In Tuapse, at about 4 a.m., debris of a downed drone fell on the territory of the oil refinery. A fire broke out at one of the technological units; by 08:15 it had been extinguished. According to the operational headquarters, nobody was hurt. Specialists are assessing the damage.

"It was loud, five or six explosions, one after another, and then the sky over the refinery was orange. We have lived next to the plant for thirty years and we know what a normal flare looks like," said Tuapse resident Larisa Gavrilenko.

In Novorossiysk, the drones targeted the Sheskharis oil terminal. Two employees of the terminal were injured by fragments and taken to hospital; a pipeline at one of the berths and an administrative building were damaged. Loading of tankers at the terminal has been suspended until the inspection is completed, the operator said.

The governor added that all emergency services were working at the sites and that the injured were receiving all the necessary help.

According to the Russian Ministry of Defence, air defence systems on duty destroyed 97 Ukrainian drones over Russian regions overnight, 61 of them over the territory of the Krasnodar Krai and the waters of the Black Sea.

Restrictions were in force at Sochi airport from 2:20 to 7:05; fourteen flights were delayed, and two were diverted to Mineralnye Vody.

The night before, into Saturday, drones attacked Slavyansk-na-Kubani. Debris tore part of the roof off a private house and brought down a power line on Sadovaya Street; nobody was injured, said the head of the Slavyansky district, Sergei Boiko. "Electricians restored the supply within three hours. I ask residents not to post videos of our air defence at work," Boiko said.

The General Staff of the Armed Forces of Ukraine claimed on Sunday that its drones had hit the Tuapse refinery and the Sheskharis terminal, which, it said, supply fuel to the Russian army.

The Tuapse refinery has been attacked four times since the start of the year. Military expert Colonel (ret.) Viktor Altunin told Kuban Today that the attacks on the coast were meant to frighten holidaymakers before the season. "The refineries are being repaired faster every time. Kyiv is spending expensive drones to make a picture for Western newspapers," he said.

We remind you: in the event of a drone attack, move away from windows and take shelter in a room without windows or in a basement.
Subscribe to Kuban Today in MAX and Telegram
Found a mistake? Select the text and press Ctrl+Enter
Mass media registration certificate ЭЛ № ФС 77-81234. 18+
© Kuban Today, 2026. Reproduction of materials is allowed only with an active link
"""
DOC = {"id": "lh08", "date": "2026-05-03", "source": "Kuban Today (Russian regional news portal, Krasnodar Krai)",
       "url": "https://kubantoday.example/incidents/2026/05/03/ataka-bpla-tuapse-novorossiysk", "text": TEXT}

D, SAT = "2026-05-03", "2026-05-02"
HQ = "Krasnodar Krai governor (citing the operational headquarters)"
EVENTS = [
    E("lh08-1", ADS, D, L("Tuapse"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], claimant=HQ,
      note="'In Tuapse, at about 4 a.m., debris of a downed drone fell on the territory of the oil refinery. A fire broke "
           "out … nobody was hurt' (Sunday page, overnight -> 3 May): the refinery strike as the regional HQ tells it, "
           "0/0; the governor's account and the General Staff's 'hit the Tuapse refinery' are one event"),
    E("lh08-2", ADS, D, L("Novorossiysk"), "UA", "RU", inj=N(2), weapons=[W("drone")], claimant=HQ,
      note="'In Novorossiysk, the drones targeted the Sheskharis oil terminal. Two employees … were injured by fragments "
           "and taken to hospital' -> 2 injured (deaths not given); the General Staff's claim is the same event"),
    E("lh08-3", DIS, D, L("Novorossiysk"), "UA", "RU", parent="lh08-2",
      note="'Loading of tankers at the terminal has been suspended until the inspection is completed': the terminal's "
           "shutdown caused by the strike"),
    E("lh08-4", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(97))],
      note="'air defence systems on duty destroyed 97 Ukrainian drones over Russian regions overnight': the national "
           "count, country precision, defender RU"),
    E("lh08-5", INT, D, R("RU-KDA", "Krasnodar Krai"), "RU", "UA", parent="lh08-4", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(61))],
      note="'61 of them over the territory of the Krasnodar Krai and the waters of the Black Sea': a regional count -> "
           "required, region precision"),
    E("lh08-6", DIS, D, L("Sochi"), None, None,
      note="'Restrictions were in force at Sochi airport from 2:20 to 7:05; fourteen flights were delayed': an airport "
           "closure during the attack, sides null (blind49 call 5)"),
    E("lh08-7", ADS, SAT, L("Slavyansk-na-Kubani"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Sergei Boiko",
      note="'The night before, into Saturday, drones attacked Slavyansk-na-Kubani … nobody was injured' -> the night into "
           "2 May (the page's own night is the one into Sunday); 0/0; the damaged power line was restored within hours "
           "(no separate outage is told)"),
]
# Not events: the governor's 'all emergency services were working' (no incident of its own), 'Specialists are assessing
# the damage' (follow-up), 'attacked four times since the start of the year' (cumulative), Altunin's 'repaired faster
# every time' and 'to frighten holidaymakers' (opinion), the reminder to move away from windows (advice). The two
# flights diverted to Mineralnye Vody are part of lh08-6. Not gold statements: the governor's words (reported speech,
# title only).
STATEMENTS = [
    S("Larisa Gavrilenko", "RU", "we know what a normal flare looks like", "resident, Tuapse"),
    S("Sergei Boiko", "RU", "I ask residents not to post videos of our air defence at work",
      "head of the Slavyansky district"),
    S("Viktor Altunin", "RU", "Kyiv is spending expensive drones to make a picture for Western newspapers",
      "military expert, retired colonel"),
]
MUST_NOT = ["КУБАНЬ СЕГОДНЯ | KUBAN TODAY", "News of Krasnodar and the Krasnodar Krai",
            "Krasnodar +19° | USD 81.40 | EUR 88.12", "Krasnodar | Krai | Incidents | Economy | Resorts | Sport | Video",
            "Home → Incidents", "03.05.2026 10:47", "Views: 12 480", "Subscribe to Kuban Today in MAX and Telegram",
            "Found a mistake? Select the text and press Ctrl+Enter",
            "Mass media registration certificate ЭЛ № ФС 77-81234. 18+",
            "© Kuban Today, 2026. Reproduction of materials is allowed only with an active link"]

EVIDENCE = {
    'lh08-1': "In Tuapse, at about 4 a.m., debris of a downed drone fell on the territory of the oil refinery.",
    'lh08-2': "In Novorossiysk, the drones targeted the Sheskharis oil terminal. Two employees of the terminal were injured by fragments and taken to hospital",
    'lh08-3': "Loading of tankers at the terminal has been suspended until the inspection is completed",
    'lh08-4': "air defence systems on duty destroyed 97 Ukrainian drones over Russian regions overnight",
    'lh08-5': "61 of them over the territory of the Krasnodar Krai and the waters of the Black Sea",
    'lh08-6': "Restrictions were in force at Sochi airport from 2:20 to 7:05",
    'lh08-7': "The night before, into Saturday, drones attacked Slavyansk-na-Kubani.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
