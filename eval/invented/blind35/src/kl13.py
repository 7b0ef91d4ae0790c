from common import E, L, R, C, N, W, S, gold

TITLE = "Drones over Moscow test the West's red lines as Helsinki approves new aid"
TEXT = """HELSINKI TODAY
På svenska ›  |  Selkouutiset: read an easy Finnish version of this story ›
Kotimaa / Domestic · Ulkomaat / Foreign · Talous / Business
Drones over Moscow test the West's red lines as Helsinki approves new aid
31.5.2023 12:47 · updated 13:10
Ilmoitus / Advertisement
Moscow has accused Kyiv of "terrorism" after drones struck residential buildings in the Russian capital early on Tuesday, the first attack of its kind on the city's residential districts since the start of the full-scale war. Western governments, asked whether Ukraine may strike Russia with the weapons they supply, gave different answers.

Russia's Defence Ministry said eight drones had targeted Moscow and that all of them had been downed, five by air defence systems and three by electronic warfare. "The Kyiv regime carried out a terrorist attack using unmanned aerial vehicles against targets in the city of Moscow," the ministry said. Two people were slightly injured when drones hit apartment buildings in the south-west of the city, the capital's mayor said, and a drone also hit a building in Krasnogorsk, west of the capital, where no one was hurt.

"I heard a buzz like a moped, then a bang, and our windows were gone," said Vadim Ostrovsky, who lives on Profsoyuznaya Street.

Kyiv denied direct involvement. A few hours earlier the Ukrainian capital had itself come under attack: Russia launched 31 Shahed drones at Kyiv before dawn on Tuesday, of which 29 were shot down, and a woman was killed in the Pecherskyi district by falling debris, the city's military administration said.

In Washington, the White House said it did not support attacks inside Russia and was gathering information. London took a different line: the British foreign secretary said Ukraine had the right to "project force beyond its borders" to defend itself. Neither government has said whether its own weapons may be used on Russian soil.

In Helsinki, the government on Wednesday approved Finland's 18th package of defence material for Ukraine, worth 109 million euros. The defence ministry did not say what it contained, as has been its practice since the first package last year.

"Drones over Moscow do not change the military balance, but they change what Russians see from their windows. That is the point," said Elina Rautio, a senior researcher at the Finnish Institute of International Affairs.

If the attacks continue, Moscow could use them to justify more strikes on Ukrainian cities, she added.
Suosituimmat / Most popular: Ice hockey heroes return to Market Square parade
Lue myös / Read also: What NATO membership has changed at the eastern border
Helsinki Today · Publisher: Itämeren Media Oy · Responsible editor: Outi Lehtonen
"""
DOC = {"id": "kl13", "date": "2023-05-31", "source": "Helsinki Today (Finnish news site, English)",
       "url": "https://helsinkitoday.example/en/foreign/2023/05/31/drones-over-moscow-red-lines", "text": TEXT}

EVENTS = [
    E("kl13-1", "air_drone_strike", "2023-05-30", L("Moscow"), "UA", "RU", inj=N(2),
      weapons=[W("drone", launched=N(8))],
      note="drones struck residential buildings 'early on Tuesday' (30 May); the MoD's eight drones are the raid's "
           "totals; two slightly injured in the south-west of the city; Kyiv's denial is a counter-claim, actor1 UA "
           "as both Moscow and the article's framing state"),
    E("kl13-2", "interception", "2023-05-30", L("Moscow"), "RU", "UA", weapons=[W("drone", intercepted=N(8))],
      note="'all of them had been downed, five by air defence systems and three by electronic warfare': electronic "
           "warfare counts as interception, so 8"),
    E("kl13-3", "air_drone_strike", "2023-05-30", L("Krasnogorsk"), "UA", "RU", fat=N(0), inj=N(0), parent="kl13-1",
      note="'a drone also hit a building in Krasnogorsk, west of the capital, where no one was hurt' (Moscow oblast)"),
    E("kl13-4", "air_drone_strike", "2023-05-30", L("Kyiv"), "RU", "UA", fat=N(1),
      weapons=[W("drone", "Shahed-136", launched=N(31))],
      note="'31 Shahed drones at Kyiv before dawn on Tuesday'; a woman killed 'in the Pecherskyi district' (district = "
           "the city)"),
    E("kl13-5", "interception", "2023-05-30", L("Kyiv"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(29))],
      note="'of which 29 were shot down'"),
    E("kl13-6", "policy_decision", "2023-05-31", L("Helsinki"), "FI", "UA",
      note="'the government on Wednesday approved Finland's 18th package … worth 109 million euros' (publication day)"),
]
# Not events: the White House's 'did not support' and the foreign secretary's 'right to project force' (positions, no
# decision), 'Neither government has said' (negation), 'If the attacks continue, Moscow could' (conditional), the
# first package 'last year' (vague history), the hockey parade (sidebar furniture).
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "carried out a terrorist attack using unmanned aerial vehicles",
      "Russian Defence Ministry"),
    S("Vadim Ostrovsky", "RU", "I heard a buzz like a moped", "Moscow resident"),
    S("Elina Rautio", None, "Drones over Moscow do not change the military balance",
      "senior researcher, Finnish Institute of International Affairs"),
]
MUST_NOT = ["HELSINKI TODAY", "På svenska ›  |  Selkouutiset: read an easy Finnish version of this story ›",
            "Kotimaa / Domestic · Ulkomaat / Foreign · Talous / Business", "31.5.2023 12:47 · updated 13:10",
            "Ilmoitus / Advertisement", "Suosituimmat / Most popular: Ice hockey heroes return to Market Square parade",
            "Lue myös / Read also: What NATO membership has changed at the eastern border",
            "Helsinki Today · Publisher: Itämeren Media Oy · Responsible editor: Outi Lehtonen"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
