from common import E, L, R, C, N, W, S, gold

TITLE = "Fact-check: viral 'Ukrainian drone hits school bus in Horlivka' video comes from a video game"
TEXT = """FACTLENS BALTIC
Fact-checks | Explainers | Methodology | Report a claim
Verified signatory of the International Fact-Checking Network's code of principles
Fact-check: viral 'Ukrainian drone hits school bus in Horlivka' video comes from a video game
Published 10 August 2026 · Reviewed by: Liis Kask
CLAIM: A video shared more than 40,000 times on Telegram and X since Saturday shows a Ukrainian drone striking a yellow school bus full of children in Horlivka, in the Russian-occupied part of the Donetsk region.

OUR VERDICT: FALSE. The footage is taken from a combat simulation game released in 2021.

The 38-second clip first appeared on a pro-Russian Telegram channel on Saturday evening with the caption "Kyiv's terrorists strike children again". Using reverse image search, we found the same sequence in a gameplay video uploaded to YouTube in March 2023. The bus, the road and the explosion are identical frame by frame, and the game's on-screen compass can be seen in the top left corner of the viral version before it was cropped.

No school buses run in Horlivka in August, and neither the Russian-installed city administration nor Russian state media reported any attack on a bus.

What did happen in Horlivka? The Russian-installed mayor wrote on Saturday that Ukrainian shelling had damaged a transformer substation in the Nikitovsky district that afternoon, cutting power to about 3,000 residents, and that no one was hurt. We could not independently confirm this.

A second claim: Ukraine has abandoned Kupiansk
Posts circulating since Sunday claim that Ukrainian troops "fled" Kupiansk and that Russian flags fly over the town centre. The photo used as proof shows a flag on a building in Vovchansk and was first published in June.

The Ukrainian military said on Sunday that its units still held the town and had repelled four Russian assaults on its northern outskirts over the past day. "Our soldiers are in Kupiansk. The people posting these flags are sitting in Moscow," said Maj. Denys Rudenko, a spokesman for the Kupiansk operational group.

Why do such fakes spread? "A false story that confirms what people already fear travels faster than any correction," said Aleksandra Mets, who leads FactLens' research team. She advises checking whether any local authority, on either side, has reported an incident before sharing a dramatic video.

OUR VERDICT: FALSE. The footage is old and from another town.

Rate this fact-check: 👍 👎
Report a claim via WhatsApp: +372 5555 0100
Licensed under CC BY 4.0 — please credit FactLens Baltic
"""
DOC = {"id": "kf09", "date": "2026-08-10", "source": "FactLens Baltic (fact-checking site)",
       "url": "https://factlens.example/en/fact-checks/horlivka-school-bus-video-game", "text": TEXT}

EVENTS = [
    E("kf09-1", "missile_artillery_strike", "2026-08-08", L("Horlivka"), "UA", None, fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Russian-installed mayor of Horlivka",
      note="mayor 'wrote on Saturday that Ukrainian shelling had damaged a transformer substation … that afternoon' "
           "(8 Aug); city district = the city; 'no one was hurt' = 0/0; actor2 null for the occupied city (blind14 "
           "convention); unconfirmed but reported = gold"),
    E("kf09-2", "infrastructure_disruption", "2026-08-08", L("Horlivka"), "UA", None, parent="kf09-1",
      note="power cut to about 3,000 residents caused by the shelling, same day"),
    E("kf09-3", "armed_clash", "2026-08-08", L("Kupiansk", 2, "northern outskirts of Kupiansk"), "RU", "UA",
      end="2026-08-09", prec="range", claimant="Kupiansk operational group",
      note="said 'on Sunday' (9 Aug) that units 'had repelled four Russian assaults on its northern outskirts over "
           "the past day' = range 8-9 Aug, attacker RU as actor1; outskirts = precision 2"),
]
# Not events: the debunked school-bus strike (a fabricated incident), the claimed flight from Kupiansk (false), the
# Vovchansk flag photo from June, the posts and their spread, the 2021 game and the 2023 upload.
STATEMENTS = [
    S("Denys Rudenko", "UA", "Our soldiers are in Kupiansk", "spokesman for the Kupiansk operational group"),
    S("Aleksandra Mets", None, "A false story that confirms what people already fear travels faster than any correction",
      "head of research, FactLens Baltic"),
]
MUST_NOT = ["FACTLENS BALTIC", "Fact-checks | Explainers | Methodology | Report a claim",
            "Verified signatory of the International Fact-Checking Network's code of principles",
            "Published 10 August 2026 · Reviewed by: Liis Kask", "Rate this fact-check: 👍 👎",
            "Report a claim via WhatsApp: +372 5555 0100", "Licensed under CC BY 4.0 — please credit FactLens Baltic"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
