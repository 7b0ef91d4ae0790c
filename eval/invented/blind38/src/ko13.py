from common import E, L, R, C, N, W, S, gold

TITLE = "U.S. announces $200 million in new weapons for Ukraine as aid fight in Congress drags on"
TEXT = """ATN NEWS
Watch Live
U.S. | World | Politics | Business | Health | Investigations | Video
U.S. announces $200 million in new weapons for Ukraine as aid fight in Congress drags on
By Jennifer Ortiz, Pentagon Correspondent
Updated on: October 11, 2023 / 5:32 PM EDT / ATN News
Brussels — The United States will send Ukraine another $200 million in weapons and ammunition, the defense secretary announced Wednesday at a meeting of the Ukraine Defense Contact Group at NATO headquarters in Brussels.

The package, drawn from existing U.S. stocks, includes artillery rounds, ammunition for HIMARS rocket launchers, anti-tank weapons and equipment to clear mines, the Pentagon said. It does not include the long-range ATACMS missiles that Kyiv has asked for, although officials did not rule out that they could be provided later.

About 50 countries took part in the meeting, which was also attended by Ukraine's defense minister. Several allies announced their own contributions, including air defense systems for the winter.

"What we are sending today is what Ukrainian gunners will be firing next month. The pipeline has to keep moving," said Air Force Maj. Dana Whitfield, a Pentagon spokeswoman.

In Washington, the fight over future aid continued. The House has been without a speaker for more than a week, and the administration's request for additional funding for Ukraine cannot be voted on until a new one is elected. Some Republicans have threatened to block any new money unless it is tied to spending on border security. Officials warn that if Congress does not act, the funds available for Ukraine could run out within months.
Advertisement
On the battlefield, Russian forces launched one of their largest assaults in months around the eastern town of Avdiivka on Tuesday, attacking with tanks and armored vehicles from three directions, Ukrainian officials said. The attacks were repelled, they said, and Russia lost dozens of vehicles.

"They came in columns, like it was 2022. We counted more than forty pieces of armor before noon," said Sgt. Mykhailo Kostenko, a Ukrainian drone operator near the town.

In the southern city of Kherson, Russian shelling killed two people at a bus stop on Wednesday morning, the regional governor said. Overnight, Russia launched 33 Shahed drones at southern Ukraine, and air defenses shot down 28 of them, Ukraine's air force said.

"Without the next tranche from Washington, Europe alone cannot fill the artillery gap in 2024," said Neil Barrow, a senior fellow at the Harborview Institute in Washington.
Also Watch: Inside the Ukrainian drone school training pilots for the front
First published on October 11, 2023 / 9:15 AM EDT
© 2023 ATN Interactive Media. All Rights Reserved.
"""
DOC = {"id": "ko13", "date": "2023-10-11", "source": "ATN News (US television network's news site)",
       "url": "https://www.atnnews.example/news/us-200-million-ukraine-aid-brussels-contact-group-2023-10-11/", "text": TEXT}

D, Y = "2023-10-11", "2023-10-10"
EVENTS = [
    E("ko13-1", "policy_decision", D, L("Brussels"), "US", "UA",
      note="$200 million package 'announced Wednesday at a meeting … at NATO headquarters in Brussels': a decision of "
           "the US placed at the venue the text names (brief convention: the deciding country unless another venue is "
           "named); the 'Brussels —' dateline agrees"),
    E("ko13-2", "diplomatic_contact", D, L("Brussels"), None, None, family=["policy_decision"],
      note="Ukraine Defense Contact Group meeting of about 50 countries in Brussels 'Wednesday': multilateral meeting, "
           "sides null; the allies' own contributions are not itemised (no further events)"),
    E("ko13-3", "armed_clash", Y, L("Avdiivka", 2, "around Avdiivka"), "RU", "UA",
      note="large Russian assault 'around the eastern town of Avdiivka on Tuesday' (10 Oct), repelled: clash, attacker "
           "RU, around X = precision 2"),
    E("ko13-4", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="shelling killed two at a bus stop in Kherson 'on Wednesday morning'"),
    E("ko13-5", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(33))],
      note="'Overnight, Russia launched 33 Shahed drones at southern Ukraine': the wave, country precision"),
    E("ko13-6", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ko13-5",
      weapons=[W("drone", intercepted=N(28))], note="'air defenses shot down 28 of them'"),
]
# Not events: ATACMS 'could be provided later' (modal), funding 'cannot be voted on until' (conditional), Republicans
# 'threatened to block … unless' (threat), funds 'could run out within months' (forecast), the House without a
# speaker (domestic politics), Russia 'lost dozens of vehicles' (part of ko13-3), the analyst's view.
STATEMENTS = [
    S("Dana Whitfield", "US", "The pipeline has to keep moving", "Pentagon spokeswoman"),
    S("Mykhailo Kostenko", "UA", "We counted more than forty pieces of armor before noon", "Ukrainian drone operator"),
    S("Neil Barrow", None, "Europe alone cannot fill the artillery gap in 2024", "senior fellow, Harborview Institute"),
]
MUST_NOT = ["ATN NEWS", "Watch Live", "U.S. | World | Politics | Business | Health | Investigations | Video",
            "By Jennifer Ortiz, Pentagon Correspondent", "Updated on: October 11, 2023 / 5:32 PM EDT / ATN News",
            "Advertisement", "Also Watch: Inside the Ukrainian drone school training pilots for the front",
            "First published on October 11, 2023 / 9:15 AM EDT", "© 2023 ATN Interactive Media. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
