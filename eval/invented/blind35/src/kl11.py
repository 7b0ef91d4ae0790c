from common import E, L, R, C, N, W, S, gold

TITLE = "Missile barrage cuts power to Ukraine's nuclear plants; Kyiv in the dark"
TEXT = """THE SETOUCHI SHIMBUN — ENGLISH EDITION
Japan Standard Time (JST) · 24 Nov 2022 18:30
Earthquake information: No tsunami risk from the M4.8 quake off Ibaraki Prefecture
WORLD › Russia-Ukraine war
Missile barrage cuts power to Ukraine's nuclear plants; Kyiv in the dark
Members-only article. 3 free articles remain this month.
KYIV — Russia fired about 70 cruise missiles and several attack drones at Ukraine on Wednesday afternoon, the Ukrainian air force said, forcing all three nuclear power plants in government-held territory to disconnect from the grid for the first time in their history and plunging cities across the country into darkness.

Air defences shot down 51 of the missiles and five drones, the air force said. The Russian Defence Ministry said its strike on Ukraine's military command and energy facilities had achieved its goal. "All assigned targets have been hit," the ministry said in a statement.

In the capital, a missile struck a residential building, killing three people and injuring six, the city's mayor said. In Vyshhorod, just north of Kyiv, six people died when a missile hit a two-storey apartment building, the regional police said.

By Thursday morning, about 70 percent of Kyiv was still without electricity, and running water had returned to only half of the city. Residents queued at "invincibility points", heated tents with generators where they can charge phones and get tea.

"We have learned to live in the dark, but the cold is different. My mother is 84 and lives on the 14th floor," said Oksana Lytvyn, a resident of Kyiv's Obolon district, as she filled plastic bottles at a street pump.
▼ Read the Japanese original (日本語)
The blackout spread beyond Ukraine's borders. Neighbouring Moldova lost power across much of the country on Wednesday evening after a key transmission line from Ukraine shut down, the Moldovan government said.

In the south, Russian shelling killed four people in Kherson on Thursday morning, the regional governor said, two weeks after Ukrainian forces retook the city.

Ukraine's grid operator said the next days would bring scheduled outages in every region as the system is rebuilt. "Each wave destroys what we repaired after the previous one. We are running out of transformers, not of people," said Taras Kovalenko, an engineer at the national grid operator.

The UN Security Council met in New York on Wednesday evening at Ukraine's request. Japan's foreign ministry said on Thursday it would send generators and solar lanterns to Ukraine before the end of the year.
Related: Kyiv's Japanese community prepares for winter without heating
The Setouchi Shimbun Co., Ltd. Unauthorized reproduction of articles and photos is prohibited.
"""
DOC = {"id": "kl11", "date": "2022-11-24", "source": "The Setouchi Shimbun (Japanese daily, English edition)",
       "url": "https://setouchi-shimbun.example/english/world/20221124-missile-barrage-nuclear-plants", "text": TEXT}

EVENTS = [
    E("kl11-1", "missile_artillery_strike", "2022-11-23", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(70, "about")), W("drone", launched=N(None, "unspecified"))],
      note="the wave 'on Wednesday afternoon' (23 Nov): 'about 70 cruise missiles and several attack drones' = country "
           "event with the totals (several = unspecified)"),
    E("kl11-2", "interception", "2022-11-23", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(51)), W("drone", intercepted=N(5))],
      note="'shot down 51 of the missiles and five drones' (coordinated counts)"),
    E("kl11-3", "missile_artillery_strike", "2022-11-23", L("Kyiv"), "RU", "UA", fat=N(3), inj=N(6),
      weapons=[W("missile")], parent="kl11-1",
      note="'In the capital, a missile struck a residential building, killing three … injuring six'"),
    E("kl11-4", "missile_artillery_strike", "2022-11-23", L("Vyshhorod"), "RU", "UA", fat=N(6),
      weapons=[W("missile")], parent="kl11-1",
      note="'In Vyshhorod, just north of Kyiv, six people died' (Kyiv oblast, the place itself)"),
    E("kl11-5", "infrastructure_disruption", "2022-11-23", C("UA", "Ukraine"), "RU", "UA", parent="kl11-1",
      note="all three nuclear plants disconnected and cities 'plunged … into darkness': one country-level disruption"),
    E("kl11-6", "infrastructure_disruption", "2022-11-24", L("Kyiv"), "RU", "UA", parent="kl11-1",
      note="'By Thursday morning, about 70 percent of Kyiv was still without electricity' and water in half the city "
           "(publication day; ±1 day also covers its start on Wednesday)"),
    E("kl11-7", "infrastructure_disruption", "2022-11-23", C("MD", "Moldova"), "RU", "MD", parent="kl11-1",
      note="'Moldova lost power across much of the country on Wednesday evening' after a line from Ukraine shut "
           "down: a consequence of the wave in a third country (country precision)"),
    E("kl11-8", "missile_artillery_strike", "2022-11-24", L("Kherson"), "RU", "UA", fat=N(4),
      weapons=[W("artillery")],
      note="'Russian shelling killed four people in Kherson on Thursday morning' (publication day); the retaking "
           "'two weeks' ago is background without a day"),
    E("kl11-9", "diplomatic_contact", "2022-11-23", L("New York"), None, None,
      note="'The UN Security Council met in New York on Wednesday evening' (meeting of many states, sides null)"),
]
# Not events: scheduled outages 'the next days' without a start day (plan), Japan's generators 'would send' (plan),
# 'invincibility points' (service), the MoD's 'achieved its goal' (same wave), the related headline.
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "All assigned targets have been hit", "Russian Defence Ministry"),
    S("Oksana Lytvyn", "UA", "We have learned to live in the dark", "Kyiv resident"),
    S("Taras Kovalenko", "UA", "We are running out of transformers, not of people", "engineer at the national grid operator"),
]
MUST_NOT = ["THE SETOUCHI SHIMBUN — ENGLISH EDITION", "Japan Standard Time (JST) · 24 Nov 2022 18:30",
            "Earthquake information: No tsunami risk from the M4.8 quake off Ibaraki Prefecture",
            "WORLD › Russia-Ukraine war", "Members-only article. 3 free articles remain this month.",
            "▼ Read the Japanese original (日本語)",
            "Related: Kyiv's Japanese community prepares for winter without heating",
            "The Setouchi Shimbun Co., Ltd. Unauthorized reproduction of articles and photos is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
