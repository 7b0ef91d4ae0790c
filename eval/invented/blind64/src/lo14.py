from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, DIP

TITLE = "Sea drones hit Sheskharis oil terminal; tanker set ablaze off Tuapse"
TEXT = """BOSPHORUS SHIPPING GAZETTE
Tankers | Dry bulk | Containers | Ports | Insurance | Security | Markets
Security › Black Sea
Sea drones hit Sheskharis oil terminal; tanker set ablaze off Tuapse
Loadings halted at Novorossiysk as war-risk cover for Russian ports is repriced
Kerem Aydın, Istanbul | 21 January 2026 | 10:45 GMT+3
Subscribers only · 4 min read
Ukrainian uncrewed surface vessels attacked the Sheskharis oil terminal at Novorossiysk in the early hours of Tuesday, damaging one of its loading berths and a section of the pipeline that feeds it, according to port agents and local authorities. Two terminal workers were injured, the city's mayor said.

Loadings at Sheskharis, one of Russia's largest crude export outlets, were suspended for the rest of the day. At least six tankers waiting in the roads were told by the terminal operator to stay at anchor until further notice.

Russia's defence ministry said on Tuesday that Black Sea Fleet crews had destroyed eleven uncrewed boats in the north-eastern part of the sea during the night, without mentioning the terminal.

The attack came less than a day after a tanker was struck off Tuapse, further down the Caucasus coast. The Sierra Leone-flagged Mira Star, a 2004-built Aframax that has carried Russian crude since 2023, was hit in the engine-room area by a sea drone on Monday evening while at anchor about twelve nautical miles from the port, and caught fire. All 24 crew members were evacuated, none of them hurt, the ship's manager said in a statement.

A source in Ukraine's SBU security service told Ukrainian media that the service's sea drones had carried out both operations, calling the tanker "a part of the shadow fleet that pays for the missiles."

"The premium for a single call at a Russian Black Sea port went from 1% to nearly 3% of hull value within a day. Some owners will simply stop going," said Selin Karaca, a war-risk underwriter at an Istanbul brokerage.

The reply came overnight into Wednesday. Chornomorsk, south of Odesa, was the target: a Panama-flagged container ship at its quay was damaged by Russian drones and one of the crew was injured, the Odesa regional governor said.
Advertisement
"Every ship in this sea is now a target for somebody. The only question is which flag you fly and whose cargo you carry," said Captain Dmytro Lysenko, a spokesman for the Ukrainian navy, who accused Russia of using merchant ships as cover for its drone launches.

On Tuesday, Turkey's foreign minister spoke by telephone, in two separate calls, with his Russian and Ukrainian counterparts, the ministry in Ankara said, and told them that attacks on commercial vessels endangered every coastal state. Ankara has proposed more than once to bring the two sides together on maritime security.

The Sheskharis terminal was last attacked in November, when a strike damaged a mooring point. Its operator says it can restart loadings within days if the pipeline repair goes to plan.
Related: Shadow fleet tankers change flags at record pace
Bosphorus Shipping Gazette is published by BSG Media A.Ş., Karaköy, Istanbul · All rights reserved
"""
DOC = {"id": "lo14", "date": "2026-01-21", "source": "Bosphorus Shipping Gazette (maritime news site)",
       "url": "https://bosphorusgazette.example/security/black-sea/2026/01/21/sheskharis-sea-drones-tuapse-tanker",
       "text": TEXT}

D, TUE, MON = "2026-01-21", "2026-01-20", "2026-01-19"
EVENTS = [
    E("lo14-1", ADS, TUE, L("Novorossiysk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="SBU source",
      note="'Ukrainian uncrewed surface vessels attacked the Sheskharis oil terminal at Novorossiysk in the early hours of "
           "Tuesday' (a Wednesday page -> 20 Jan): sea drones are drone strikes (blind50 la11-6); 'Two terminal workers "
           "were injured'; Krasnodar krai RU-KDA"),
    E("lo14-2", DIS, TUE, L("Novorossiysk"), "UA", "RU", parent="lo14-1",
      note="'Loadings at Sheskharis … were suspended for the rest of the day': an export-terminal stoppage caused by the "
           "attack (attacker -> target); the tankers told to stay at anchor are part of it"),
    E("lo14-3", INT, TUE, C(None, "north-eastern Black Sea"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(11))],
      note="'Russia's defence ministry said on Tuesday that Black Sea Fleet crews had destroyed eleven uncrewed boats in "
           "the north-eastern part of the sea during the night' (said Tuesday of the night before -> the night to Tuesday, 20 Jan; a number in words): Russia's interception claim is a "
           "separate event, open sea -> country null (blind50 la11-7)"),
    E("lo14-4", ADS, MON, H("Tuapse", "anchorage twelve nautical miles off Tuapse"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="SBU source",
      note="'was hit … by a sea drone on Monday evening while at anchor about twelve nautical miles from the port' (19 "
           "Jan); 'less than a day' before the Tuesday attack agrees; 'All 24 crew members were evacuated, none of them "
           "hurt' -> 0/0; the SBU source claims it -> UA; a tanker in Russian waters carrying Russian crude -> actor2 RU; "
           "off X = precision 2"),
    E("lo14-5", ADS, D, L("Chornomorsk"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant="Odesa regional governor",
      note="'The reply came overnight into Wednesday. Chornomorsk, south of Odesa, was the target: a Panama-flagged "
           "container ship at its quay was damaged by Russian drones and one of the crew was injured' (21 Jan; a foreign ship in a "
           "Ukrainian port -> actor2 UA)"),
    E("lo14-6", DIP, TUE, C(None, "phone call"), "TR", "RU",
      note="'On Tuesday, Turkey's foreign minister spoke by telephone, in two separate calls, with his Russian and "
           "Ukrainian counterparts': two calls = two events; a phone call has no place (blind49 kz06-4)"),
    E("lo14-7", DIP, TUE, C(None, "phone call"), "TR", "UA",
      note="the second of the 'two separate calls' (Ukrainian counterpart), Tuesday, no place"),
]
# Not events: the tankers waiting in the roads (part of lo14-2), the Mira Star's trading 'since 2023' (history), the
# SBU source's 'shadow fleet' remark (claim of lo14-1/-4), the premiums (market data) and 'Some owners will simply stop
# going' (forecast), the navy spokesman's accusation about merchant ships used as cover (claim without a day),
# Ankara's proposals 'more than once' to bring the sides together (habit), the terminal 'last attacked in November' (no day), restarting
# 'within days if' (conditional). The masthead, menu, breadcrumb, byline/date line, the subscribers line,
# 'Advertisement', the Related line and the publisher line are furniture; the standfirst is text.
# Not gold statements: the SBU source's "a part of the shadow fleet that pays for the missiles" (unnamed source).
STATEMENTS = [
    S("Selin Karaca", None, "went from 1% to nearly 3% of hull value within a day", "war-risk underwriter, Istanbul"),
    S("Dmytro Lysenko", "UA", "Every ship in this sea is now a target for somebody", "spokesman, Ukrainian navy"),
]
MUST_NOT = ["BOSPHORUS SHIPPING GAZETTE", "Tankers | Dry bulk | Containers | Ports | Insurance | Security | Markets",
            "Security › Black Sea", "Kerem Aydın, Istanbul | 21 January 2026 | 10:45 GMT+3",
            "Subscribers only · 4 min read", "Advertisement",
            "Related: Shadow fleet tankers change flags at record pace",
            "Bosphorus Shipping Gazette is published by BSG Media A.Ş., Karaköy, Istanbul · All rights reserved"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo14-1': "Ukrainian uncrewed surface vessels attacked the Sheskharis oil terminal at Novorossiysk in the early hours of Tuesday",
    'lo14-2': "Loadings at Sheskharis, one of Russia's largest crude export outlets, were suspended for the rest of the day.",
    'lo14-3': "Black Sea Fleet crews had destroyed eleven uncrewed boats in the north-eastern part of the sea during the night",
    'lo14-4': "was hit in the engine-room area by a sea drone on Monday evening while at anchor about twelve nautical miles from the port",
    'lo14-5': "a Panama-flagged container ship at its quay was damaged by Russian drones and one of the crew was injured",
    'lo14-6': "On Tuesday, Turkey's foreign minister spoke by telephone, in two separate calls, with his Russian and Ukrainian counterparts",
    'lo14-7': "On Tuesday, Turkey's foreign minister spoke by telephone, in two separate calls, with his Russian and Ukrainian counterparts",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
