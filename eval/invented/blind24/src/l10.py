from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine and Russia swap 175 prisoners each in UAE-brokered exchange"
TEXT = """GULF DISPATCH | World | 11 April 2026 | 18:05 GST
Ukraine and Russia swap 175 prisoners each in UAE-brokered exchange
Abu Dhabi — Ukraine and Russia exchanged 175 prisoners of war each on Saturday in a swap mediated by the United Arab Emirates, both countries said, the third such exchange this year.

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the Ukrainians freed included defenders of Mariupol who had been held since 2022, as well as 22 civilians. Russia's Defence Ministry said the Russian servicemen had been taken to Belarus for medical checks before returning home.

"Some of them did not know their children had been born," said Andrii Kotsiuba, a spokesman for the headquarters.

The UAE foreign ministry said it had mediated 17 exchanges between the two countries since the beginning of the war.

Hours before the exchange, a Russian drone struck a minibus near Bilopillia in Ukraine's Sumy region, killing one person and injuring four, the regional administration said.
Copyright Gulf Dispatch 2026
"""
DOC = {"id": "l10", "date": "2026-04-11", "source": "Gulf Dispatch (wire)",
       "url": "https://gulfdispatch.example.ae/world/2026/04/11/ukraine-russia-swap", "text": TEXT}

EVENTS = [
    E("l10-1", "agreement", "2026-04-11", C("UA", "Ukraine"), "UA", "RU",
      note="prisoner exchange 'on Saturday' = agreement; no place of the swap is given (the Abu Dhabi dateline is the "
           "mediator's capital, Belarus the Russians' onward route) -> country level; 'third this year' and '17 "
           "exchanges since the beginning' are history"),
    E("l10-2", "air_drone_strike", "2026-04-11", L("Bilopillia", 2, "near Bilopillia"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("drone")], note="'Hours before the exchange' = the same Saturday; 'near Bilopillia': precision 2"),
]
STATEMENTS = [
    S("Andrii Kotsiuba", "UA", "did not know their children had been born", "spokesman for the headquarters"),
]
MUST_NOT = ["GULF DISPATCH | World | 11 April 2026 | 18:05 GST", "Copyright Gulf Dispatch 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
