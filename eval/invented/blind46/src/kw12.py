from common import E, L, R, C, N, W, S, gold

TITLE = "Türkiye hosts grain talks in Istanbul as Russian drones hit Danube port"
TEXT = """MARMARA DAILY NEWS
Türkiye | Economy | World | Opinion | Life | Sports
WORLD
Türkiye hosts grain talks in Istanbul as Russian drones hit Danube port
ISTANBUL
July 26 2023 10:52:00
Delegations from Ukraine and Türkiye, joined by United Nations officials, met on Tuesday at the Joint Coordination Centre in Istanbul to look for ways of keeping grain moving out of Ukrainian ports after Russia quit the Black Sea Grain Initiative on July 17.

The four-hour meeting, chaired by a Turkish deputy foreign minister, ended without a joint statement. Russia did not send a delegation.

"We will not give up on a corridor that fed Africa for a year. The table in Istanbul stays set," foreign ministry spokesman Onur Keskin told reporters after the meeting.

A day earlier, on Monday evening, the Turkish president had spoken by phone with his Russian counterpart and urged him to return to the deal, his office said. The Kremlin said Moscow would consider returning only if all its demands were met, including the reconnection of a Russian agricultural bank to the SWIFT payment system.

Early on Wednesday, only hours after the Istanbul talks ended, Russian drones struck grain silos in the Danube port of Izmail, across the river from NATO member Romania. About 40,000 tonnes of grain were destroyed and two workers were injured, the governor of Ukraine's Odesa region said on Wednesday morning.

The port of Chornomorsk was hit by missiles on Friday, wounding a security guard and damaging a grain terminal.

Also on Monday, Ukraine's government approved a $500 million fund to insure vessels calling at its ports, in an attempt to reassure shipowners who have kept their ships away since the deal collapsed.

"Every week without the initiative adds cents to a loaf of bread in Cairo and in Nairobi," said Farid Haddad, a spokesman for the U.N. trade agency in Geneva.

On Monday, Russia's Black Sea Fleet practised stopping and boarding a merchant ship during live-fire drills in the north-western Black Sea, its defence ministry said.

Wheat futures in Chicago rose almost 3% on Wednesday. Ankara has said its navy could escort merchant ships only if all sides agreed.

Share on: Facebook | X | WhatsApp | Telegram
Follow Marmara Daily News on Google News
MOST READ
Istanbul metro line extension opens to passengers
Copyright © 2023 Marmara Daily News
"""
DOC = {"id": "kw12", "date": "2023-07-26", "source": "Marmara Daily News (Turkish daily, English edition)",
       "url": "https://marmaradailynews.example/world/turkiye-hosts-grain-talks-in-istanbul-185902", "text": TEXT}

D, TUE, MON, FRI = "2023-07-26", "2023-07-25", "2023-07-24", "2023-07-21"
EVENTS = [
    E("kw12-1", "diplomatic_contact", TUE, L("Istanbul"), None, None,
      note="delegations of Ukraine and Türkiye with UN officials 'met on Tuesday at the Joint Coordination Centre in "
           "Istanbul': talks at the named venue, sides null (blind41 kr12-1)"),
    E("kw12-2", "diplomatic_contact", MON, C(None, "phone call"), "TR", "RU",
      note="'A day earlier, on Monday evening, the Turkish president had spoken by phone with his Russian counterpart': phone call, no "
           "place (blind41 kr02-2)"),
    E("kw12-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Early on Wednesday, only hours after the Istanbul talks ended, Russian drones struck grain silos in … "
           "Izmail' (the publication day; the talks' Tuesday does not move it); 2 workers injured"),
    E("kw12-4", "missile_artillery_strike", FRI, L("Chornomorsk"), "RU", "UA", inj=N(1), weapons=[W("missile")],
      note="'The port of Chornomorsk was hit by missiles on Friday' (21 Jul): a security guard wounded; attacker from "
           "the context"),
    E("kw12-7", "military_mobilization", MON, C(None, "north-western Black Sea"), "RU", None,
      claimant="Russian Defence Ministry",
      note="'On Monday, Russia's Black Sea Fleet practised stopping and boarding a merchant ship during live-fire drills "
           "in the north-western Black Sea': a drill = military_mobilization (blind41 kr14-3 for alerts), at sea -> no "
           "country (blind38 ko03)"),
    E("kw12-5", "policy_decision", MON, C("UA", "Ukraine"), "UA", None,
      note="'Also on Monday, Ukraine's government approved a $500 million fund to insure vessels calling at its ports': "
           "a war decision at the deciding country"),
    E("kw12-6", "policy_decision", "2023-07-17", C("RU", "Russia"), "RU", None, family=["agreement"],
      note="'after Russia quit the Black Sea Grain Initiative on July 17': a recalled decision with a day -> required "
           "(blind36 convention), at the deciding country"),
]
# Not events: 'ended without a joint statement', 'Russia did not send a delegation' (negations), the call's 'urged him
# to return' (appeal, part of kw12-2), Moscow 'would consider returning only if' (conditional), 'a corridor that fed
# Africa for a year' (history), shipowners 'have kept their ships away since the deal collapsed' (state), wheat
# futures 'rose almost 3%' (market), the navy 'could escort merchant ships only if' (conditional), the 'MOST READ'
# headline (furniture).
STATEMENTS = [
    S("Onur Keskin", "TR", "The table in Istanbul stays set", "spokesman, Turkish foreign ministry"),
    S("Farid Haddad", None, "adds cents to a loaf of bread in Cairo and in Nairobi", "spokesman, U.N. trade agency"),
]
# Not gold: the Kremlin's demands (reported speech), the president's office (reported).
MUST_NOT = ["MARMARA DAILY NEWS", "Türkiye | Economy | World | Opinion | Life | Sports", "WORLD", "ISTANBUL",
            "July 26 2023 10:52:00", "Share on: Facebook | X | WhatsApp | Telegram",
            "Follow Marmara Daily News on Google News", "MOST READ", "Istanbul metro line extension opens to passengers",
            "Copyright © 2023 Marmara Daily News"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
