from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian sea drone hits Russian navy landing ship at Novorossiysk, source says"
TEXT = """Ukrainian sea drone hits Russian navy landing ship at Novorossiysk, source says
By Ksenia Marlow and Tom Avery
August 5, 2023 11:46 AM GMT+1 Updated 2 hours ago
The Daily Briefing newsletter sends you the top stories every morning. Sign up here.

KYIV/LONDON, Aug 5 (Northbridge) - A Ukrainian naval drone packed with explosives struck a Russian navy landing ship at the Black Sea port of Novorossiysk overnight, a source in Ukraine's SBU security service told Northbridge on Saturday, in the first attack of its kind on a major Russian port.

Video posted on social media and verified by Northbridge showed the landing ship Severomorets listing heavily to one side as tugboats pulled it towards a pier. The source said about 100 sailors were aboard at the time. Northbridge could not establish whether there were casualties.

Russia's Defence Ministry said its navy had repelled an attack by two Ukrainian sea drones on the naval base in Novorossiysk and that both had been destroyed by fire from ships guarding the harbour entrance. It made no mention of any damage.

The Novorossiysk commercial sea port suspended ship movements for several hours, its operator said. The Caspian Pipeline Consortium, which runs an oil terminal near the city, said loading had not been affected.

Late on Friday, a Russian chemical tanker, the Alkor, was hit by a sea drone in the Kerch Strait near the Crimean bridge, Russia's federal maritime agency said. A hole was punched in its engine room below the waterline, but none of the 11 crew members was hurt, the agency said, blaming Ukraine. Traffic on the bridge was halted for about three hours overnight.

Russian foreign ministry spokeswoman Irina Vereshchagina said "such terrorist acts will not go unanswered". Kyiv has said Russia's Black Sea ports could become legitimate targets if Moscow continues to threaten civilian shipping bound for Ukraine.

"The Black Sea is no longer a safe rear for the Russian fleet," Ukrainian navy spokesman Dmytro Hnatiuk said, without confirming Ukraine's involvement.

The Defence Ministry also said on Saturday that Russian naval aviation had destroyed four Ukrainian unmanned boats in the north-western part of the Black Sea on Friday.

Benchmark Brent crude futures rose 1.3% on news of the attack.

(Reporting by Ksenia Marlow in Kyiv and Tom Avery in London; Editing by Philippa Grant)
Our Standards: The Northbridge Trust Principles.
"""
DOC = {"id": "w07", "date": "2023-08-05", "source": "Northbridge",
       "url": "https://www.northbridge-news.example/world/europe/ukrainian-sea-drone-hits-russian-ship-novorossiysk-2023-08-05/",
       "text": TEXT}

D = "2023-08-05"
EVENTS = [
    E("w07-1", "air_drone_strike", D, L("Novorossiysk"), "UA", "RU", family=["remote_explosive"],
      weapons=[W("drone")], claimant="SBU source"),
    E("w07-2", "interception", D, L("Novorossiysk"), "RU", "UA", weapons=[W("drone", intercepted=N(2))],
      claimant="Russian Defence Ministry", note="counter-claim: attack 'repelled'"),
    E("w07-3", "infrastructure_disruption", D, L("Novorossiysk"), "UA", "RU", claimant="port operator"),
    E("w07-4", "air_drone_strike", "2023-08-04", L("Kerch", 2, "Kerch Strait near the Crimean bridge"), "UA", "RU",
      family=["remote_explosive"], fat=N(0), inj=N(0), claimant="Russian federal maritime agency"),
    E("w07-5", "infrastructure_disruption", D, L("Kerch", 2, "Crimean bridge"), "UA", "RU",
      claimant="Russian federal maritime agency"),
    E("w07-6", "air_drone_strike", "2023-08-04", C(None, "north-western Black Sea"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="open sea, no place"),
]
STATEMENTS = [
    S("Irina Vereshchagina", "RU", "such terrorist acts will not go unanswered", "Russian foreign ministry spokeswoman"),
    S("Dmytro Hnatiuk", "UA", "The Black Sea is no longer a safe rear for the Russian fleet", "Ukrainian navy spokesman"),
]
MUST_NOT = ["By Ksenia Marlow and Tom Avery", "August 5, 2023 11:46 AM GMT+1 Updated 2 hours ago",
            "The Daily Briefing newsletter sends you the top stories every morning. Sign up here.",
            "(Reporting by Ksenia Marlow in Kyiv and Tom Avery in London; Editing by Philippa Grant)",
            "Our Standards: The Northbridge Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
