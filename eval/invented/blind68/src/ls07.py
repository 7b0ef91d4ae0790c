from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, INT, AGR, DIP, POL

TITLE = "Ukraine, Russia swap 103 POWs each in third stage of Istanbul deal"
TEXT = """KYOKUTO NEWS AGENCY
English Service
Japan | World | Politics | Business | Sports | Photos
World › Europe
Ukraine, Russia swap 103 POWs each in third stage of Istanbul deal
Published 23:14 JST, June 12, 2025
KYIV, June 12 KNA - Ukraine and Russia swapped 103 prisoners of war each on Thursday, the third stage of an exchange agreed at direct talks in Istanbul, Ukrainian and Russian officials said.

All of those freed on the Ukrainian side were younger than 25 or seriously wounded or ill, according to Ukraine's Coordination Headquarters for the Treatment of Prisoners of War. Some had been held since the spring of 2022. Photographs released by the headquarters showed the men, wrapped in national flags, stepping off buses at an undisclosed location near the Belarusian border.

"He has lost twenty kilos, but he knew my voice on the phone before I said my name," said Nataliia Kuzmenko, whose son, a marine, was among those released.

A day earlier, on Wednesday, the two sides had carried out a repatriation of bodies: Ukraine received the remains of 1,200 people it says are its soldiers, and handed 27 bodies to Russia, the headquarters said.

Both the prisoner exchange and the transfer of bodies go back to the second round of talks between the two delegations in Istanbul on June 2, which lasted a little over an hour and produced no agreement on a ceasefire. Moscow and Kyiv blame each other for the lack of progress.

"The exchanges are the only part of Istanbul that works, because both armies want their people back. Nothing else from those talks has moved," said Kenji Morita, a professor of Russian politics at Shinagawa University in Tokyo.

The swap came hours after another night of Russian air attacks. Russia launched two Iskander-M ballistic missiles and 85 drones at Ukraine, the air force said, and 63 of the drones were shot down or suppressed by electronic warfare. In Kharkiv, drones struck an apartment block and a kindergarten yard in the Kyivskyi district, killing one woman and wounding 17 people, including three children, the city's mayor said.

In Tokyo, the Japanese government decided on Tuesday to provide an additional 4.5 billion yen (about 31 million dollars) in equipment for clearing mines and unexploded ordnance in Ukraine, the Foreign Ministry said. Japan, which does not supply lethal weapons, has made demining one of the main areas of its support.

Andrii Dubovyk, a spokesman for the Coordination Headquarters, said more stages of the exchange would follow "in the coming weeks" but declined to give figures. "We are not finished. We have the lists, and we will keep going until the last name is crossed out," he said.
Related: Japan's demining aid to Ukraine: what it has funded so far
Copyright 2025 Kyokuto News Agency. All rights reserved.
"""
DOC = {"id": "ls07", "date": "2025-06-12", "source": "Kyokuto News Agency (Japanese wire, English service)",
       "url": "https://kyokuto-news.example/en/world/europe/20250612-ukraine-russia-pow-swap", "text": TEXT}

D, TUE, WED = "2025-06-12", "2025-06-10", "2025-06-11"
WAVE = "ls07-4"
EVENTS = [
    E("ls07-1", AGR, D, C(None, "undisclosed"), "UA", "RU", claimant="Ukrainian Coordination Headquarters for the Treatment of POWs",
      note="'Ukraine and Russia swapped 103 prisoners of war each on Thursday' -> a prisoner exchange is an agreement "
           "without a place (blind53 ld11-11; 'an undisclosed location near the Belarusian border' names no place), "
           "Thu 12 Jun"),
    E("ls07-2", AGR, WED, C(None, "undisclosed"), "UA", "RU", claimant="Ukrainian Coordination Headquarters for the Treatment of POWs",
      note="'A day earlier, on Wednesday, the two sides had carried out a repatriation of bodies: … 1,200 … 27' -> a "
           "transfer of bodies under the deal: an agreement without a place (blind61 call 2), Wed 11 Jun"),
    E("ls07-3", DIP, "2025-06-02", L("Istanbul"), None, None,
      note="recap with its own day: 'the second round of talks between the two delegations in Istanbul on June 2' -> a "
           "meeting of the two warring delegations under a host has sides null (blind61 call 2); required (a recalled "
           "event with a day); 'produced no agreement on a ceasefire' is a negation"),
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2)), W("drone", launched=N(85))],
      note="'The swap came hours after another night of Russian air attacks. Russia launched two Iskander-M ballistic "
           "missiles and 85 drones' -> the night into Thursday 12 Jun, the combined wave typed by its missiles"),
    E("ls07-5", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, weapons=[W("drone", intercepted=N(63))],
      claimant="Ukrainian Air Force",
      note="'63 of the drones were shot down or suppressed by electronic warfare' -> the wave's interception (EW counts); "
           "nothing said about the missiles (no missile count)"),
    E("ls07-6", ADS, D, L("Kharkiv"), "RU", "UA", parent=WAVE, fat=N(1), inj=N(17), weapons=[W("drone")],
      claimant="Kharkiv mayor",
      note="'In Kharkiv, drones struck an apartment block and a kindergarten yard in the Kyivskyi district, killing one "
           "woman and wounding 17 people, including three children' -> one city event of the wave (the district is the "
           "city), 1 k 17 w"),
    E("ls07-7", POL, TUE, C("JP", "Japan"), "JP", "UA", claimant="Japanese Foreign Ministry",
      note="'In Tokyo, the Japanese government decided on Tuesday to provide an additional 4.5 billion yen … for clearing "
           "mines' -> an aid decision at the deciding country, Tue 10 Jun (Tokyo time and Kyiv time give the same day)"),
]
# Not events: the freed men held 'since the spring of 2022' (history), the buses 'near the Belarusian border' (part of
# ls07-1), 'Moscow and Kyiv blame each other' (opinion), Morita's analysis, 'Japan … does not supply lethal weapons'
# (policy in general), 'more stages … would follow in the coming weeks' (plan). The dateline 'KYIV, June 12 KNA -' stays
# as text; the JST publication line is furniture. Not gold statements: Dubovyk's "in the coming weeks" (a fragment; his
# second quote is gold).
STATEMENTS = [
    S("Nataliia Kuzmenko", "UA", "he knew my voice on the phone before I said my name", "mother of a released marine"),
    S("Kenji Morita", None, "The exchanges are the only part of Istanbul that works", "professor, Shinagawa University"),
    S("Andrii Dubovyk", "UA", "we will keep going until the last name is crossed out",
      "spokesman, Coordination Headquarters for the Treatment of POWs"),
]
MUST_NOT = ["KYOKUTO NEWS AGENCY", "English Service", "Japan | World | Politics | Business | Sports | Photos",
            "World › Europe", "Published 23:14 JST, June 12, 2025",
            "Related: Japan's demining aid to Ukraine: what it has funded so far",
            "Copyright 2025 Kyokuto News Agency. All rights reserved."]
EVIDENCE = {
    "ls07-1": "Ukraine and Russia swapped 103 prisoners of war each on Thursday",
    "ls07-2": "A day earlier, on Wednesday, the two sides had carried out a repatriation of bodies",
    "ls07-3": "the second round of talks between the two delegations in Istanbul on June 2",
    "ls07-4": "Russia launched two Iskander-M ballistic missiles and 85 drones at Ukraine, the air force said",
    "ls07-5": "63 of the drones were shot down or suppressed by electronic warfare",
    "ls07-6": "In Kharkiv, drones struck an apartment block and a kindergarten yard in the Kyivskyi district, killing one woman and wounding 17 people, including three children, the city's mayor said.",
    "ls07-7": "In Tokyo, the Japanese government decided on Tuesday to provide an additional 4.5 billion yen",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
