from common import E, L, R, C, N, W, S, gold

TITLE = "Russian shelling kills three in Kharkiv; Ukraine says it hit ammunition depot in Nova Kakhovka"
TEXT = """NORTHLINE
World | Europe | Ukraine crisis
Russian shelling kills three in Kharkiv; Ukraine says it hit ammunition depot in Nova Kakhovka
By Lotte Brandvold and Yuriy Savchyn
3 minute read · July 20, 2022 12:37 PM GMT+3 · Last Updated 2 hours ago

KYIV, July 20 (Northline) - Russian shelling killed three civilians and wounded five in Ukraine's second-largest city Kharkiv on Tuesday evening, the regional governor said, as Ukraine said its forces had destroyed a Russian ammunition depot in the occupied southern town of Nova Kakhovka.

The shells hit a residential area in Kharkiv's north-eastern Saltivka district shortly after 7 p.m., the governor said on Telegram. Among the dead was a 13-year-old boy who was waiting at a tram stop with his grandfather, he said.

Overnight, a missile struck a two-storey residential building in the town of Chuhuiv, east of Kharkiv, killing a 70-year-old woman and wounding three people, the regional emergency service said. Russia has shelled Kharkiv and the towns around it almost every day since it failed to capture the city in the first weeks of the war.

In the south, Ukraine's southern military command said its forces had destroyed a Russian ammunition depot in Nova Kakhovka on Tuesday night, using what it described as "precision weapons". Russian-installed officials in the town said a Ukrainian strike had hit a warehouse holding fertiliser and damaged nearby homes, injuring several people. Northline could not independently verify either account.

Ukraine has used U.S.-supplied HIMARS rocket launchers to hit Russian depots and command posts far behind the front line since late June, and Western officials say the strikes have disrupted Russian logistics in the south.

"Each depot we destroy is a battle they will not be able to fight," said Oksana Levchuk, a spokeswoman for the southern command. "We are working methodically."

Russia's defence ministry said on Wednesday that its Kalibr cruise missiles had destroyed a warehouse storing Western-supplied weapons near the Black Sea port of Odesa. It gave no details. Ukraine's southern command said two missiles had been shot down over the Odesa region on Wednesday morning and that a third had hit farmland.

In Mykolaiv, Russian shelling on Wednesday morning injured two people and damaged a school building, the city's mayor said.

The United States said on Wednesday that it would send four more HIMARS launchers to Ukraine as part of a new security assistance package. Ukrainian officials have asked for dozens more.

Separately, Turkish officials said a deal to resume Ukrainian grain exports from Black Sea ports could be signed as early as this week in Istanbul, after talks between Russian, Ukrainian, Turkish and U.N. delegations. Moscow has said it wants guarantees that Ukraine will not use the corridors to bring in weapons.

Reporting by Lotte Brandvold in Kyiv and Yuriy Savchyn in Kharkiv; Editing by Graham Petts
How we verify: The Northline Editorial Code
Related coverage
Explainer: What HIMARS can and cannot do for Ukraine
Grain talks resume in Istanbul as ships wait
"""
DOC = {"id": "kb09", "date": "2022-07-20", "source": "Northline (wire agency)",
       "url": "https://northline.example.com/world/europe/russian-shelling-kills-three-kharkiv-2022-07-20",
       "text": TEXT}

D = "2022-07-20"
EVENTS = [
    E("kb09-1", "missile_artillery_strike", "2022-07-19", L("Kharkiv", 1, "Saltivka district, Kharkiv"), "RU", "UA",
      fat=N(3), inj=N(5), weapons=[W("artillery")],
      note="'on Tuesday evening' (publication Wed 20 Jul): Saltivka = the city; 3 killed, 5 wounded"),
    E("kb09-2", "missile_artillery_strike", D, L("Chuhuiv"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("missile")],
      note="'Overnight' in a Wednesday report = 20 Jul; the daily shelling 'since it failed…' is background"),
    E("kb09-3", "missile_artillery_strike", "2022-07-19", L("Nova Kakhovka"), "UA", "RU",
      family=["air_drone_strike"], claimant="Ukraine's southern military command",
      note="'destroyed a Russian ammunition depot … on Tuesday night' and the occupation officials' version (fertiliser "
           "warehouse, 'several' injured) = one event; weapon only 'precision weapons' (HIMARS context): both strike "
           "types accepted; 'several people' injured left unscored"),
    E("kb09-4", "missile_artillery_strike", D, L("Odesa", 2, "near Odesa"), "RU", "UA",
      weapons=[W("cruise_missile", "Kalibr")], claimant="Russian defence ministry",
      note="MoD: Kalibr destroyed a warehouse 'near … Odesa' on Wednesday: precision 2; the southern command's version "
           "(a third missile hit farmland) is the same strike"),
    E("kb09-5", "interception", D, R("UA-51", "Odesa region"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(2))],
      note="'two missiles had been shot down over the Odesa region on Wednesday morning'"),
    E("kb09-6", "missile_artillery_strike", D, L("Mykolaiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="Wednesday morning shelling of Mykolaiv, 2 injured"),
    E("kb09-7", "policy_decision", D, C("US", "United States"), "US", "UA",
      note="'would send four more HIMARS' announced on Wednesday: a decision taken (no place named: country); the grain "
           "deal 'could be signed' is a plan"),
]
STATEMENTS = [
    S("Oksana Levchuk", "UA", "Each depot we destroy is a battle they will not be able to fight",
      role="southern command spokeswoman"),
]
MUST_NOT = ["NORTHLINE", "World | Europe | Ukraine crisis", "By Lotte Brandvold and Yuriy Savchyn",
            "3 minute read · July 20, 2022 12:37 PM GMT+3 · Last Updated 2 hours ago",
            "Reporting by Lotte Brandvold in Kyiv and Yuriy Savchyn in Kharkiv; Editing by Graham Petts",
            "How we verify: The Northline Editorial Code", "Related coverage",
            "Explainer: What HIMARS can and cannot do for Ukraine", "Grain talks resume in Istanbul as ships wait"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
