from common import E, L, R, C, N, W, S, H, gold, with_evidence, ADS, INT, DIS, ARR

TITLE = "Drones over Chuvashia: what Rassvet told its viewers about the night the Cheboksary plant burned"
TEXT = """NOVAYA VOLNA DIGEST
What Russia's independent media report — in English
Digest | Regions | War | Repression | Economy
Digest › Regions
Drones over Chuvashia: what Rassvet told its viewers about the night the Cheboksary plant burned
21 March 2025 · retold from the evening broadcast of Rassvet TV (Riga)
Rassvet, the opposition channel that broadcasts from Riga, opened its Friday evening programme with the Cheboksary plant. Below is our summary of what the channel reported, with its quotes.

According to Rassvet, Ukrainian drones struck the Chuvash Instrument Plant in Cheboksary at about 4 a.m. on Friday. The plant, more than 1,000 kilometres from the border, makes control units for Russian missiles and has been under Western sanctions since 2022. Videos filmed by residents from their balconies, which the channel showed, capture a fire over one of the workshops and at least two explosions.

The governor of Chuvashia, the channel noted, wrote in the morning only that "an attack on an industrial enterprise" had been repelled and that two workers of the night shift had been slightly injured by debris. No one was killed, he said. The Ukrainian General Staff confirmed in the afternoon that the plant had been hit.

Russia's defence ministry reported that its air defences had destroyed 132 Ukrainian drones overnight, eleven of them over the Chuvash Republic. It did not mention the plant.

Fragments of another drone, Rassvet reported, fell onto a car park in neighbouring Novocheboksarsk, smashing three cars; nobody was hurt there.

Mobile internet was switched off across Cheboksary for about six hours after the attack, a practice that has become common in Russian cities under drone threat; residents complained that they could not pay for groceries or call a taxi.

"I woke up because the whole building shook. My daughter asked if it was the war. I told her the war is far away. Apparently not any more," a resident of the Yugo-Zapadny district, Irina Semyonova, told the channel.

The police did not wait long. On Friday morning officers detained two young men in Cheboksary who had posted a video of the fire on a local Telegram channel, Rassvet said, citing their relatives; they face a charge of "discrediting" the armed forces.

Rassvet also reminded its viewers that this was not the only plant hit this week. On Wednesday evening, drones attacked a microelectronics factory in Bryansk; the regional governor wrote that the attack had been "repelled" and that there was neither damage nor casualties.

"The governors have a vocabulary of three words: repelled, debris, no casualties. Our job is to show the balcony videos," the channel's presenter, Gleb Sorokin, said at the end of the segment.
Support independent translation: donate
© Novaya Volna Digest. Translated and abridged by the digest's editors.
"""
DOC = {"id": "ls10", "date": "2025-03-21", "source": "Novaya Volna Digest (retelling the Russian opposition channel Rassvet TV)",
       "url": "https://novayavolna.example/digest/regions/2025-03-21-cheboksary-plant", "text": TEXT}

D, WED = "2025-03-21", "2025-03-19"
MODI = "ls10-2"
EVENTS = [
    E("ls10-1", ADS, D, L("Cheboksary"), "UA", "RU", fat=N(0), inj=N(2), weapons=[W("drone")],
      claimant="Rassvet TV; governor of Chuvashia; Ukrainian General Staff",
      note="'Ukrainian drones struck the Chuvash Instrument Plant in Cheboksary at about 4 a.m. on Friday' = the "
           "governor's repelled 'attack on an industrial enterprise' = the General Staff's confirmation: one event (blind62 "
           "call 4), Fri 21 Mar; 'two workers … slightly injured by debris. No one was killed' -> 0 k 2 w (RU-CU)"),
    E(MODI, INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(132))],
      claimant="Russian Ministry of Defence",
      note="'its air defences had destroyed 132 Ukrainian drones overnight' -> the night into Friday, country precision"),
    E("ls10-3", INT, D, R("RU-CU", "Chuvash Republic"), "RU", "UA", parent=MODI, weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Ministry of Defence",
      note="'eleven of them over the Chuvash Republic' -> a region with its own count: required child"),
    E("ls10-4", ADS, D, L("Novocheboksarsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Rassvet TV",
      note="'Fragments of another drone … fell onto a car park in neighbouring Novocheboksarsk, smashing three cars; "
           "nobody was hurt there' -> a drone's debris placed as a strike (blind62 call 3), 0/0, the town itself"),
    E("ls10-5", DIS, D, L("Cheboksary"), None, None,
      note="'Mobile internet was switched off across Cheboksary for about six hours after the attack' -> a war-caused "
           "communications cut by the authorities (sides null, as blind53's schedules); 'a practice that has become "
           "common' is habit, not an event"),
    E("ls10-6", ARR, D, L("Cheboksary"), "RU", None, claimant="Rassvet TV, citing relatives",
      note="'On Friday morning officers detained two young men in Cheboksary who had posted a video of the fire' -> an "
           "arrest by Russian police, Fri 21 Mar; the charge is a legal step"),
    E("ls10-7", ADS, WED, L("Bryansk"), None, "RU", fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Bryansk governor",
      note="'On Wednesday evening, drones attacked a microelectronics factory in Bryansk; the regional governor wrote that "
           "the attack had been \"repelled\" and that there was neither damage nor casualties' -> a repelled attack on a "
           "named factory is the attack itself (blind62 call 4), Wed 19 Mar, 'neither … casualties' 0/0; the sentence names no "
           "attacker -> actor1 null (blind22 call 1)"),
]
# Not events: the plant's distance and the sanctions 'since 2022' (background), the balcony videos and the explosions
# they show (evidence of ls10-1), 'It did not mention the plant' (negation), 'a practice that has become common' and the
# residents' complaints (habit, consequence), the charge of 'discrediting' (legal step), 'this was not the only plant
# hit this week' (summary). The opening note on what the digest retells stays as text. Not gold statements: the
# governor's "an attack on an industrial enterprise" and "repelled", the charge's "discrediting" (title-only or fragments).
STATEMENTS = [
    S("Irina Semyonova", "RU", "I told her the war is far away. Apparently not any more", "resident, Cheboksary"),
    S("Gleb Sorokin", None, "The governors have a vocabulary of three words", "presenter, Rassvet TV"),
]
MUST_NOT = ["NOVAYA VOLNA DIGEST", "What Russia's independent media report — in English",
            "Digest | Regions | War | Repression | Economy", "Digest › Regions",
            "21 March 2025 · retold from the evening broadcast of Rassvet TV (Riga)",
            "Support independent translation: donate",
            "© Novaya Volna Digest. Translated and abridged by the digest's editors."]
EVIDENCE = {
    "ls10-1": "According to Rassvet, Ukrainian drones struck the Chuvash Instrument Plant in Cheboksary at about 4 a.m. on Friday.",
    "ls10-2": "Russia's defence ministry reported that its air defences had destroyed 132 Ukrainian drones overnight",
    "ls10-3": "eleven of them over the Chuvash Republic",
    "ls10-4": "Fragments of another drone, Rassvet reported, fell onto a car park in neighbouring Novocheboksarsk, smashing three cars; nobody was hurt there.",
    "ls10-5": "Mobile internet was switched off across Cheboksary for about six hours after the attack",
    "ls10-6": "On Friday morning officers detained two young men in Cheboksary who had posted a video of the fire on a local Telegram channel",
    "ls10-7": "On Wednesday evening, drones attacked a microelectronics factory in Bryansk",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
