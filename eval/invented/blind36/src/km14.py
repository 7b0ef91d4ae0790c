from common import E, L, R, C, N, W, S, gold

TITLE = "Istanbul talks end with a new prisoner deal but no ceasefire"
TEXT = """MNN | Maple Network News
Français · English
Watch MNN News Network live ▶
World · Europe
Istanbul talks end with a new prisoner deal but no ceasefire
Ukraine's 30-day ceasefire proposal rejected; Russia sets conditions for a leaders' meeting
Geneviève Arsenault · MNN News · Posted: Nov 05, 2025 6:00 AM EST | Last Updated: 2 hours ago
Social sharing: copy link · e-mail · Bluesky
Ukrainian and Russian delegations met for about three hours in Istanbul on Tuesday and agreed to exchange 1,200 prisoners of war each, but made no progress toward a ceasefire, officials from both sides said.

The talks at a former Ottoman palace on the Bosphorus were hosted by Turkey's foreign minister. It was the first face-to-face meeting of the two delegations since the summer.

"We came with a simple offer: stop shooting for 30 days and then talk about everything else. The answer was no," said Taras Zhuk, the Ukrainian deputy foreign minister who led Kyiv's delegation.

Vladimir Morshin, the Kremlin aide who headed the Russian team, said Moscow would consider a ceasefire only if Ukraine withdrew its troops from the parts of the Donetsk and Luhansk regions it still holds. "A pause that lets Kyiv rearm is not peace," he told Russian state television. He said a meeting of the two presidents would be possible once a draft agreement was ready.

The exchange could take place within weeks, both sides said, but neither gave a date.

Hours after the talks ended, Russian drones hit an energy facility in Chernihiv late on Tuesday, cutting electricity to about 60,000 households, the regional governor said. No one was injured.

In Ottawa, the foreign affairs minister announced on Tuesday an additional C$200 million for air defence equipment and winter energy repairs in Ukraine, bringing Canada's total military aid this year to more than C$2 billion.

The United States has threatened to impose tariffs on buyers of Russian oil if Moscow keeps refusing a ceasefire, and European officials said they could tighten sanctions further if the next round fails. Turkey offered to host another round in December.

"Prisoner exchanges are the only channel that has worked every time. Everything else is still positioning," said Michael Oduya, who teaches conflict resolution at the University of Ottawa.
About the author: Geneviève Arsenault is MNN's Europe correspondent, based in Paris. She has covered the war in Ukraine since 2022.
Related
Ukrainian-Canadian families wait for news of captured relatives
What Canada's new air defence aid includes
Corrections and clarifications · Submit a news tip · MNN Journalistic Standards and Practices
"""
DOC = {"id": "km14", "date": "2025-11-05", "source": "Maple Network News (Canadian national broadcaster)",
       "url": "https://mnn.example/news/world/istanbul-talks-ukraine-russia-prisoner-deal-1.7712004", "text": TEXT}

T = "2025-11-04"
EVENTS = [
    E("km14-1", "diplomatic_contact", T, L("Istanbul"), None, None,
      note="the delegations 'met for about three hours in Istanbul on Tuesday' (4 Nov): a meeting of several states' "
           "officials, sides null (blind31 call 4)"),
    E("km14-2", "agreement", T, L("Istanbul"), "UA", "RU", family=["diplomatic_contact"],
      note="'agreed to exchange 1,200 prisoners of war each' at the talks: a deal between the parties reached on a day "
           "= agreement; the exchange itself is still future ('could take place within weeks') and no event"),
    E("km14-3", "air_drone_strike", T, L("Chernihiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Russian drones hit an energy facility in Chernihiv late on Tuesday': 'No one was injured' = 0/0 (rule 7)"),
    E("km14-4", "infrastructure_disruption", T, L("Chernihiv"), "RU", "UA", parent="km14-3",
      note="electricity cut to about 60,000 households"),
    E("km14-5", "policy_decision", T, L("Ottawa"), "CA", None,
      note="the foreign affairs minister 'announced on Tuesday an additional C$200 million' for Ukraine: an aid "
           "decision placed in Ottawa (blind31 call 3); the yearly total is background"),
]
# Not events: the ceasefire proposal and its rejection (no incident), 'would consider a ceasefire only if'
# (conditional), the presidents' meeting 'possible once …', the exchange 'could take place within weeks', US tariffs
# threatened 'if', European sanctions 'could … if', Turkey's offer to host in December (plan), 'since the summer'.
STATEMENTS = [
    S("Taras Zhuk", "UA", "stop shooting for 30 days and then talk about everything else",
      "Ukrainian deputy foreign minister, head of the delegation"),
    S("Vladimir Morshin", "RU", "A pause that lets Kyiv rearm is not peace", "Kremlin aide, head of the Russian delegation"),
    S("Michael Oduya", None, "Prisoner exchanges are the only channel that has worked every time",
      "conflict-resolution lecturer, University of Ottawa"),
]
MUST_NOT = ["MNN | Maple Network News", "Français · English", "Watch MNN News Network live ▶", "World · Europe",
            "Geneviève Arsenault · MNN News · Posted: Nov 05, 2025 6:00 AM EST | Last Updated: 2 hours ago",
            "Social sharing: copy link · e-mail · Bluesky",
            "About the author: Geneviève Arsenault is MNN's Europe correspondent, based in Paris. She has covered the "
            "war in Ukraine since 2022.",
            "Related", "Ukrainian-Canadian families wait for news of captured relatives",
            "What Canada's new air defence aid includes",
            "Corrections and clarifications · Submit a news tip · MNN Journalistic Standards and Practices"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
