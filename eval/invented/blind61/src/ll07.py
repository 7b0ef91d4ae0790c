from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, CLA, POL

TITLE = "Rotorua man killed fighting for Ukraine near Chasiv Yar, MFAT confirms"
TEXT = """TASMAN WIRE
Home | National | World | Politics | Business | Climate | Sport | Te Ao Māori
WORLD
Rotorua man killed fighting for Ukraine near Chasiv Yar, MFAT confirms
Hana Ruatapu · 11:45, Jun 19 2024
Share
A New Zealander serving with Ukraine's International Legion has been killed in the east of the country, the Ministry of Foreign Affairs and Trade (MFAT) confirmed on Tuesday.

Daniel Kereama, 38, of Rotorua, was killed on Saturday as Russian artillery pounded his unit's position a few kilometres west of Chasiv Yar, a hilltop town in the Donetsk region, according to the Legion. Two of his comrades were wounded in the same barrage.

MFAT said it was providing consular assistance to the family and would make no further comment for privacy reasons.

"Daniel never went looking for a fight. He went because he couldn't watch it on the telly any more," his sister, Aroha Kereama, told Tasman Wire.

A day later, on Sunday, the Legion's company held off a Russian assault on the town's Kanal district, the unit's spokesman, Anatolii Martseniuk, said. "He held that position for two days under fire. His comrades are alive because of him," Martseniuk said.

Kereama is at least the fourth New Zealander known to have been killed in Ukraine since 2022.

In Wellington, Cabinet agreed on Monday to extend the deployment of up to 100 New Zealand Defence Force personnel who train Ukrainian recruits in the United Kingdom until the middle of next year, the Defence Minister announced. The next day, the Foreign Minister added 12 people and entities linked to Russia's drone supply chain, two of them in Iran, to the sanctions list.

The war ground on elsewhere. Late on Tuesday Kyiv time — Wednesday morning here — a Russian guided bomb slammed into a five-storey apartment block in Kharkiv, injuring eleven people, a child among them, the regional governor said.
Support independent journalism in Aotearoa. Become a Tasman Wire supporter today
Most read: Auckland rates rise confirmed as council signs off budget
Sign up for the Morning Wire newsletter
"""
DOC = {"id": "ll07", "date": "2024-06-19", "source": "Tasman Wire (New Zealand news site)",
       "url": "https://www.tasmanwire.example/world/350312874/rotorua-man-killed-fighting-ukraine-near-chasiv-yar",
       "text": TEXT}

TUE, MON, SUN, SAT = "2024-06-18", "2024-06-17", "2024-06-16", "2024-06-15"
EVENTS = [
    E("ll07-1", MAS, SAT, H("Chasiv Yar", "west of Chasiv Yar"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("artillery")], claimant="International Legion",
      note="'was killed on Saturday as Russian artillery pounded his unit's position a few kilometres west of Chasiv Yar' "
           "(Wednesday page, MFAT's confirmation 'on Tuesday' is not the event day) -> 15 Jun; 'west of X' = "
           "precision 2; 1 killed, 'Two of his comrades were wounded' = 2; a foreign volunteer of a Ukrainian unit "
           "is on the UA side"),
    E("ll07-2", CLA, SUN, L("Chasiv Yar"), "RU", "UA", claimant="International Legion spokesman",
      note="'A day later, on Sunday, the Legion's company held off a Russian assault on the town's Kanal district' -> "
           "16 Jun; a repelled assault is a clash with the attacker RU as actor1; a district of the town = the town"),
    E("ll07-3", POL, MON, C("NZ", "New Zealand"), "NZ", "UA",
      note="'In Wellington, Cabinet agreed on Monday to extend the deployment of up to 100 New Zealand Defence Force "
           "personnel who train Ukrainian recruits in the United Kingdom': a government decision about the war at the "
           "deciding country (precision 4), not in Wellington nor in the UK"),
    E("ll07-4", POL, TUE, C("NZ", "New Zealand"), "NZ", "RU",
      note="'The next day' (after Monday -> Tuesday 18 Jun) 'the Foreign Minister added 12 people and entities linked to "
           "Russia's drone supply chain … to the sanctions list': a sanction at the deciding country"),
    E("ll07-5", ADS, TUE, L("Kharkiv"), "RU", "UA", inj=N(11), weapons=[W("guided_bomb")],
      note="'Late on Tuesday Kyiv time — Wednesday morning here — a Russian guided bomb slammed into a five-storey "
           "apartment block in Kharkiv, injuring eleven people' -> Tuesday 18 Jun (the Kyiv-side day; 'here' is New "
           "Zealand, 9 hours ahead)"),
]
# Not events: MFAT's confirmation on Tuesday and its consular assistance (announcement, not the death's day), 'at least
# the fourth New Zealander … killed … since 2022' (cumulative), 'until the middle of next year' (the extension's end, a
# plan inside ll07-3). The Defence Minister and the Foreign Minister are title-only and not quoted.
STATEMENTS = [
    S("Aroha Kereama", "NZ", "He went because he couldn't watch it on the telly any more", "sister of the volunteer"),
    S("Anatolii Martseniuk", "UA", "His comrades are alive because of him", "spokesman, International Legion"),
]
MUST_NOT = ["TASMAN WIRE", "Home | National | World | Politics | Business | Climate | Sport | Te Ao Māori", "WORLD",
            "Hana Ruatapu · 11:45, Jun 19 2024", "Share",
            "Support independent journalism in Aotearoa. Become a Tasman Wire supporter today",
            "Most read: Auckland rates rise confirmed as council signs off budget",
            "Sign up for the Morning Wire newsletter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
