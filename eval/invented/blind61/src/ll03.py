from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIP

TITLE = "Drone fragments land outside Uman as 35,000 pilgrims mark Rosh Hashanah"
TEXT = """THE YARKON TIMES
Israel & the Region | Jewish World | Ukraine war | Blogs | Podcasts
Drone fragments land outside Uman as 35,000 pilgrims mark Rosh Hashanah
No injuries among Breslov Hasidim at Rabbi Nachman's grave; Israeli medic hurt in Kherson on eve of holiday
By Noa Ben-Ami
17 September 2023, 5:42 pm
Follow The Yarkon Times on WhatsApp
Fragments of a Russian drone shot down over central Ukraine fell onto a field on the outskirts of Uman before dawn on Saturday, a few kilometres from the burial place of Rabbi Nachman, where some 35,000 pilgrims, most of them Israelis, had gathered for the Jewish New Year.

Nobody was hurt, the Cherkasy region's governor said a few hours later, adding that all eleven drones that crossed into the region during the night had been destroyed.

Across Ukraine, Russia launched 22 Shahed drones in the night between Friday and Saturday, Ukraine's air force said; seventeen of them were shot down.

"The sirens went off twice during the night prayers, and people kept praying. Some did not even look up," said Yehuda Rothfeld, a pilgrim from Bnei Brak who has travelled to Uman every year since 2010.

The Foreign Ministry in Jerusalem had again urged Israelis not to make the journey this year, and the embassy set up a consular post in the town for the duration of the holiday. No Israeli was reported hurt in Uman, a ministry spokesman said.

On the eve of the holiday, a Russian missile struck near a clinic in Kherson, wounding three people, among them an Israeli volunteer paramedic, Kherson's military administration said.

Avital Sasson, 29, a paramedic from Haifa who has volunteered with a rescue group in Kherson since the spring, needed stitches for shrapnel wounds in her arm. "It was a ten-second walk between the van and the clinic. Ten seconds is enough there," she told The Yarkon Times by phone from hospital.

Earlier in the week, on Thursday, Ukraine's ambassador met the Foreign Ministry's director general in Jerusalem to ask for Israeli help with early-warning systems for civilians, the embassy said in a statement. Israel has declined to supply weapons to Ukraine since the Russian invasion in February 2022.

"Uman has two kinds of nights now: the nights of prayer and the nights of sirens. This year they were the same nights," said Ihor Dovzhenko, Uman's deputy mayor.
Read more: Thousands of Hasidim cross into Ukraine via Moldova despite travel warning
You're a dedicated reader
Join The Yarkon Times Community
Comments
© 2023 The Yarkon Times, all rights reserved
"""
DOC = {"id": "ll03", "date": "2023-09-17", "source": "The Yarkon Times (Israeli news site)",
       "url": "https://www.yarkontimes.example/liveblog_entry/drone-fragments-land-outside-uman-as-pilgrims-mark-rosh-hashanah/",
       "text": TEXT}

SAT, FRI, THU = "2023-09-16", "2023-09-15", "2023-09-14"
W1 = "ll03-1"
EVENTS = [
    E(W1, ADS, SAT, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", "Shahed-136", launched=N(22))],
      note="'Across Ukraine, Russia launched 22 Shahed drones in the night between Friday and Saturday': the night's "
           "wave dated by its end (Saturday 16 Sep; the page is of Sunday), drones only -> air_drone_strike"),
    E("ll03-2", INT, SAT, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian air force",
      weapons=[W("drone", intercepted=N(17))],
      note="'seventeen of them were shot down' (number in words)"),
    E("ll03-3", INT, SAT, R("UA-71", "Cherkasy region"), "UA", "RU", parent="ll03-2",
      claimant="Cherkasy regional governor",
      weapons=[W("drone", launched=N(11), intercepted=N(11))],
      note="'all eleven drones that crossed into the region during the night had been destroyed': a region with its own "
           "count -> required interception (11 of 11)"),
    E("ll03-4", ADS, SAT, H("Uman", "outskirts of Uman"), "RU", "UA", parent=W1, fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'Fragments of a Russian drone shot down … fell onto a field on the outskirts of Uman before dawn on "
           "Saturday' + 'Nobody was hurt' -> 0/0; outskirts = precision 2; the pilgrims at the grave are no casualty "
           "count"),
    E("ll03-5", MAS, FRI, L("Kherson"), "RU", "UA", inj=N(3), weapons=[W("missile")],
      note="'On the eve of the holiday' (Rosh Hashanah began at sunset on Friday 15 Sep; the eve = Friday) 'a Russian "
           "missile struck near a clinic in Kherson, wounding three people, among them an Israeli volunteer paramedic' "
           "-> 3 injured, the foreign volunteer inside the three"),
    E("ll03-6", DIP, THU, L("Jerusalem"), "UA", "IL", claimant="Ukrainian embassy",
      note="'Earlier in the week, on Thursday, Ukraine's ambassador met the Foreign Ministry's director general in "
           "Jerusalem': a meeting at a named place, the one who met (the visiting ambassador) as actor1; the ask for "
           "early-warning help is part of it"),
]
# Not events: the ministry's travel warning and consular post (advice, not the war's events), 'No Israeli was reported
# hurt in Uman' (negation, already ll03-4's 0/0), Israel's refusal of weapons 'since … February 2022' (history), the
# pilgrims' gathering itself (a religious gathering, not a protest or war event). The dateline-free standfirst under
# the title is text.
STATEMENTS = [
    S("Yehuda Rothfeld", "IL", "people kept praying. Some did not even look up", "pilgrim from Bnei Brak"),
    S("Avital Sasson", "IL", "Ten seconds is enough there", "volunteer paramedic from Haifa"),
    S("Ihor Dovzhenko", "UA", "the nights of prayer and the nights of sirens", "deputy mayor of Uman"),
]
MUST_NOT = ["THE YARKON TIMES", "Israel & the Region | Jewish World | Ukraine war | Blogs | Podcasts", "By Noa Ben-Ami",
            "17 September 2023, 5:42 pm", "Follow The Yarkon Times on WhatsApp",
            "Read more: Thousands of Hasidim cross into Ukraine via Moldova despite travel warning",
            "You're a dedicated reader", "Join The Yarkon Times Community", "Comments",
            "© 2023 The Yarkon Times, all rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
