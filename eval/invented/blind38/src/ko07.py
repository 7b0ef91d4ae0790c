from common import E, L, R, C, N, W, S, gold

TITLE = "Car blast kills collaborator in occupied Melitopol; partisans claim railway sabotage near Tokmak"
TEXT = """UNA · Ukrainian National Agency
Українською | English | Español | Deutsch
Politics | Economy | War | Occupation | Society | Regions
Car blast kills collaborator in occupied Melitopol; partisans claim railway sabotage near Tokmak
12.10.2022 13:42
A car exploded in Russian-occupied Melitopol on Tuesday evening, killing a local man who headed the occupation administration of one of the city's districts, the Melitopol city council said.

"The car blew up in the courtyard of a multi-storey building shortly after seven in the evening. The collaborator was getting into it and died on the spot," said Svitlana Marchenko, a member of the city council, which now works from Zaporizhzhia. The city's mayor called the blast "the work of our resistance".

The occupation authorities confirmed the death and said an investigation into a "terrorist act" had been opened.

Separately, the underground group Chorna Step said on Telegram that its members had blown up a section of railway near Tokmak on Sunday night, derailing several tank cars carrying fuel for Russian troops. "The railway is the artery of the occupiers in the south. We will keep cutting it," the group said. The claim could not be independently verified, but residents reported that trains had not passed through Tokmak since Monday.

In Berdiansk, Russian forces detained at least nine residents during house searches on Monday, accusing them of passing the coordinates of Russian positions to the Ukrainian army, Ukraine's military intelligence said. The whereabouts of five of them remain unknown.
Photo: Melitopol City Council
Russia's FSB security service said on Wednesday it had detained a Melitopol resident whom it accused of preparing a bombing on the orders of Ukrainian intelligence. It released a video of the man, whose face was blurred, confessing.

The Russian-installed authorities in Nova Kakhovka, on the occupied left bank of the Dnipro, claimed that Ukrainian artillery shelled the city on Wednesday morning, killing two civilians. Ukraine did not comment.

Occupied since the first days of the full-scale invasion, Melitopol has become a key logistics hub for Russian forces in the south. Residents describe regular checks of phones at checkpoints and detentions of people with pro-Ukrainian posts.

"People disappear for a comment on Facebook. Nobody knows where they are taken," said Oleksandr Hrytsenko, a Melitopol resident who left the city in August.
Read also: Government approves compensation for destroyed housing in de-occupied areas
Subscribe to UNA on Telegram
When quoting and using any materials on the Internet, hyperlinks to una.example not lower than the first paragraph are mandatory.
"""
DOC = {"id": "ko07", "date": "2022-10-12", "source": "UNA Ukrainian National Agency (Ukrainian national news agency)",
       "url": "https://www.una.example/en/occupation/3680127-car-blast-melitopol-partisans-tokmak.html", "text": TEXT}

D = "2022-10-12"
EVENTS = [
    E("ko07-1", "remote_explosive", "2022-10-11", L("Melitopol"), "UA", "RU", fat=N(1),
      claimant="Melitopol city council; mayor ('the work of our resistance')",
      note="car bomb in occupied Melitopol 'on Tuesday evening' (11 Oct) killing an occupation district head: "
           "remote_explosive; attributed to the resistance by the mayor -> actor1 UA (blind29 call 6), target RU"),
    E("ko07-2", "remote_explosive", "2022-10-09", L("Tokmak", 2, "near Tokmak"), "UA", "RU",
      family=["looting_destruction"], claimant="underground group Chorna Step",
      note="partisans 'blew up a section of railway near Tokmak on Sunday night' (9 Oct), tank cars derailed: "
           "remote_explosive UA->RU, near X = precision 2; unverified claim is still the event"),
    E("ko07-3", "abduction", "2022-10-10", L("Berdiansk"), "RU", "UA", family=["arrest"],
      note="occupation forces detained at least nine residents of Berdiansk 'on Monday' (10 Oct), five missing: "
           "detentions of civilians by occupation forces = abduction (blind4, blind14), arrest accepted"),
    E("ko07-4", "arrest", D, L("Melitopol"), "RU", "UA", family=["abduction"],
      note="FSB 'said on Wednesday it had detained a Melitopol resident': the announced arrest dated the announcement"),
    E("ko07-5", "missile_artillery_strike", D, L("Nova Kakhovka"), "UA", None, fat=N(2), weapons=[W("artillery")],
      claimant="Russian-installed authorities of Nova Kakhovka",
      note="occupation-side claim of Ukrainian artillery on Nova Kakhovka 'on Wednesday morning', 2 killed; no denial "
           "-> claimed attacker UA, actor2 null for an occupied town (blind37 call 4)"),
]
# Not events: trains not passing 'since Monday' (consequence reported by residents, part of ko07-2), the 'terrorist
# act' investigation, 'We will keep cutting it' (intention), regular phone checks and detentions (habitual), the
# resident who 'left the city in August' (no day), the FSB video.
STATEMENTS = [
    S("Svitlana Marchenko", "UA", "The collaborator was getting into it and died on the spot",
      "member of the Melitopol city council"),
    S("Chorna Step", "UA", "The railway is the artery of the occupiers in the south", "underground group"),
    S("Oleksandr Hrytsenko", "UA", "People disappear for a comment on Facebook", "Melitopol resident"),
]
MUST_NOT = ["UNA · Ukrainian National Agency", "Українською | English | Español | Deutsch",
            "Politics | Economy | War | Occupation | Society | Regions", "12.10.2022 13:42",
            "Photo: Melitopol City Council",
            "Read also: Government approves compensation for destroyed housing in de-occupied areas",
            "Subscribe to UNA on Telegram",
            "When quoting and using any materials on the Internet, hyperlinks to una.example not lower than the first "
            "paragraph are mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
