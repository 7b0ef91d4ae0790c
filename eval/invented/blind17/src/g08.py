from common import E, L, R, C, N, W, S, gold

TITLE = "Allies pledge air defence cash as Kyiv presses for long-range strike permission"
TEXT = """euronow
Europe  World  Business  Green  Next  Travel  Culture  Video
Allies pledge air defence cash as Kyiv presses for long-range strike permission
By Sofia Marchetti  with AGP, UWP
Published on 17/10/2025 - 9:14 GMT+2
Updated 12:02
Copy/paste the article video embed link below:
Defence ministers of some 50 countries backing Ukraine met at NATO headquarters in Brussels on Thursday, pledging fresh money for air defence and drones but stopping short of lifting restrictions on the use of Western long-range missiles inside Russia.

The Netherlands announced a €300 million package to finance Ukrainian-made interceptor drones, the Dutch defence minister told reporters on the sidelines of the meeting. "Ukraine builds them faster and cheaper than anyone in Europe. It makes sense for us to pay for the production lines," she said.

Several other countries said they were "looking at" additional contributions, and Germany's defence minister said Berlin would present its next package "in the coming weeks". Asked whether Germany would deliver Taurus cruise missiles, he repeated that no decision had been taken.

Ukraine's defence minister urged allies to authorise strikes with Western-supplied missiles on military airfields deep inside Russia. "Every night we shoot down drones launched from places we are not allowed to touch," he said.

ADVERTISEMENT

Washington has not changed its position, a U.S. official said, although the administration "could review" it if Russia continues its escalation. Officials in Kyiv have lobbied for months for such permission.

Moscow has repeatedly warned that strikes on its territory with Western weapons would make NATO countries "direct participants" in the war. On Thursday, the Kremlin's spokesman said Russia would "respond appropriately" to any such decision, without elaborating.

The talks came hours before another Russian drone attack on the southern port city of Odesa. Three people were injured overnight and a power substation was damaged, leaving about 30,000 households without electricity, the regional governor said on Friday morning.

Ukraine's air defences are stretched thin as Moscow has increased the number of drones it launches each night, and Kyiv says it needs at least ten more Patriot systems to protect its cities and energy sites.

The next meeting of the group is expected in December, when ministers are due to review progress on a joint procurement scheme for artillery shells.

Share this article
Comments
More from Europe news
"""
DOC = {"id": "g08", "date": "2025-10-17", "source": "euronow (news channel site)",
       "url": "https://www.euronow.example/2025/10/17/allies-pledge-air-defence-cash-ukraine", "text": TEXT}

D = "2025-10-17"
D1 = "2025-10-16"
EVENTS = [
    E("g08-1", "diplomatic_contact", D1, L("Brussels"), None, None,
      note="meeting of ~50 defence ministers at NATO HQ on Thursday: a multi-state group, sides null"),
    E("g08-2", "policy_decision", D1, L("Brussels"), "NL", "UA",
      note="Dutch €300m interceptor-drone package announced on the sidelines in Brussels (a decision taken); "
           "'looking at', 'in the coming weeks', 'no decision had been taken', 'could review' are not events"),
    E("g08-3", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="overnight drone attack reported on Friday morning: 3 injured, substation damaged"),
    E("g08-4", "infrastructure_disruption", D, L("Odesa"), "RU", "UA",
      note="about 30,000 households without electricity after the substation was hit"),
]
STATEMENTS = [
    S("Dutch defence minister", "NL", "It makes sense for us to pay for the production lines", "defence minister"),
    S("Ukraine's defence minister", "UA",
      "Every night we shoot down drones launched from places we are not allowed to touch", "defence minister"),
]
MUST_NOT = ["euronow", "Europe  World  Business  Green  Next  Travel  Culture  Video", "By Sofia Marchetti  with AGP, UWP",
            "Published on 17/10/2025 - 9:14 GMT+2", "Updated 12:02",
            "Copy/paste the article video embed link below:", "ADVERTISEMENT", "Share this article", "Comments",
            "More from Europe news"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
