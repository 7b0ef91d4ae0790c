from common import E, L, R, C, N, W, S, gold

TITLE = "Moscow says Ukraine fired six ATACMS at Bryansk region days after Washington's green light"
TEXT = """THE NORTHERN SENTINEL · Est. 1871
Home | News | World | Sport | Business | Comment | Obituaries
World news
Moscow says Ukraine fired six ATACMS at Bryansk region days after Washington's green light
Kremlin signs off on new nuclear doctrine as war reaches day 1,000
By Fiona McAlister, Foreign Desk
Tuesday 19 November 2024 5:48 pm
Ukraine fired six US-made ATACMS missiles at a military facility in the Bryansk region early on Tuesday, Russia's Defence Ministry said, in what would be the first use of the weapons against targets inside Russia's internationally recognised territory.

The ministry said five of the missiles were shot down by S-400 and Pantsir systems and a sixth was damaged. Falling fragments set fire to a facility near Karachev, but there were no casualties or serious damage, it said.

Ukraine's General Staff said only that it had hit an arsenal near Karachev "with secondary detonations". It did not say which weapons had been used.

Washington approved the use of the missiles against targets in Russia last weekend, according to US officials, though the White House has not confirmed it publicly.

On the same day, the Russian president signed an updated nuclear doctrine that lowers the threshold for using nuclear weapons. Moscow has threatened to respond to long-range strikes "appropriately", and the foreign minister said the ATACMS launch was "a signal that they want escalation".

In Ukraine, Russian drones struck Kharkiv overnight, injuring three people, the city's mayor said.

Will Britain now allow Kyiv to fire Storm Shadow missiles into Russia? Downing Street declined to comment.

Tuesday marked the 1,000th day since Russia's full-scale invasion began on February 24, 2022.

Share this story
Facebook  X  WhatsApp  Email
Most read
Council confirms Sunday bin collections to continue
Storm warning for the north coast tonight
The Northern Sentinel is a member of the Independent Press Standards Organisation
"""
DOC = {"id": "kc09", "date": "2024-11-19", "source": "The Northern Sentinel (UK regional paper)",
       "url": "https://northernsentinel.example/news/world/moscow-says-ukraine-fired-six-atacms", "text": TEXT}

D = "2024-11-19"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("kc09-1", "missile_artillery_strike", D, L("Karachev", 2, "near Karachev"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "ATACMS", launched=N(6))], claimant=MOD,
      note="six ATACMS at a facility 'near Karachev' (precision 2); the MoD's fragments-fire version and the General "
           "Staff's 'arsenal near Karachev' are one event; 'no casualties' = 0/0"),
    E("kc09-2", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA",
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(5))], claimant=MOD, parent="kc09-1",
      note="five shot down; the 'damaged' sixth is not counted as intercepted"),
    E("kc09-3", "policy_decision", "2024-11-16", L("Washington"), "US", "UA", end="2024-11-17", prec="range",
      optional=True, note="'last weekend' (16-17 Nov), unconfirmed officially: vague, optional"),
    E("kc09-4", "policy_decision", D, L("Moscow"), "RU", None,
      note="the president signed the updated nuclear doctrine 'On the same day'; Moscow metonymy; placed in Moscow "
           "(the Kremlin)"),
    E("kc09-5", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="drones on Kharkiv overnight, three injured"),
]
STATEMENTS = []
MUST_NOT = ["THE NORTHERN SENTINEL · Est. 1871", "Home | News | World | Sport | Business | Comment | Obituaries", "World news",
            "By Fiona McAlister, Foreign Desk", "Tuesday 19 November 2024 5:48 pm", "Share this story",
            "Facebook  X  WhatsApp  Email", "Most read", "Council confirms Sunday bin collections to continue",
            "Storm warning for the north coast tonight",
            "The Northern Sentinel is a member of the Independent Press Standards Organisation"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
