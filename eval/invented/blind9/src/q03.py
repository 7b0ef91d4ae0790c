from common import E, L, R, C, N, W, S, gold

TITLE = "Shelling kills 2 in Russian border town; Moscow blames Ukraine"
TEXT = """ALLIED NEWSWIRE
TOP STORIES · WORLD · U.S. · POLITICS · SPORTS · ENTERTAINMENT
Shelling kills 2 in Russian border town; Moscow blames Ukraine
By ANDREI SOKOLSKY and NADIA KRAVETS
Published 6:48 AM EDT, Fri August 19, 2022 — Updated 10:31 AM EDT
Share on Facebook · Share on X · Email · Print

MOSCOW (ANW) — Shells fired from Ukraine killed two civilians in the Russian border town of Shebekino on Thursday evening, the governor of Russia's Belgorod region said Friday, as cross-border attacks on Russian villages grow more frequent nearly six months into the war.

Governor Vladislav Gordeyev said a man and a woman were killed when shells hit a residential street near the town's chemical plant. At least five other people were wounded, he said, and a dozen houses were damaged.

"They were sitting on a bench in front of their own house. There was no military target anywhere near," Gordeyev said in a video posted on Telegram.

Russian air defenses shot down two Tochka-U missiles over the regional capital, Belgorod, early Friday, the Russian Defense Ministry said. Debris damaged three cars in a parking lot in the city, and no one was hurt, according to the governor.

In the village of Krasnaya Yaruga, mortar fire on Friday morning damaged a power line, leaving three villages of the surrounding district without electricity, Gordeyev said.

In the neighboring Kursk region, Governor Igor Belousko said Ukrainian forces had fired mortars at the village of Tyotkino on Friday morning, damaging a school and a gas pipeline.

Russia's FSB security service said its border guards had repelled an attempt by a Ukrainian "sabotage and reconnaissance group" to cross the border near the town of Grayvoron overnight. It said the group retreated after a firefight, and did not report any casualties.

Ukrainian officials rarely comment on attacks on Russian territory, and the Ukrainian military did not respond to a request for comment. The claims could not be independently verified.

Across the border, Russia kept up its bombardment of Kharkiv, Ukraine's second-largest city. Two S-300 missiles struck a warehouse in the Kholodnohirskyi district late Thursday, injuring four people, regional governor Oleh Kovtun said.

Moscow has accused Kyiv of dozens of attacks on border villages since the invasion began on Feb. 24, and says it has evacuated hundreds of residents from the most exposed areas. Local officials in Shebekino said they were considering moving children to summer camps further from the border for the rest of August.

Russia's Foreign Ministry warned that the attacks would "not go unanswered" and that Moscow reserved the right to strike "decision-making centers" if they continued.

___
Find more of ANW's reporting on the war: anw.example/russia-ukraine-war
Copyright © 2022 Allied Newswire. Redistribution, rebroadcast or rewriting of this story is prohibited.
"""
DOC = {"id": "q03", "date": "2022-08-19", "source": "Allied Newswire (ANW)",
       "url": "https://anw.example/article/russia-ukraine-belgorod-shebekino-shelling-0819", "text": TEXT}

D, Y = "2022-08-19", "2022-08-18"
EVENTS = [
    E("q03-1", "missile_artillery_strike", Y, L("Shebekino"), "UA", "RU", fat=N(2), inj=N(5, "at_least"),
      weapons=[W("artillery")], claimant="Vladislav Gordeyev", note="'on Thursday evening'"),
    E("q03-2", "interception", D, L("Belgorod"), "RU", "UA",
      weapons=[W("ballistic_missile", "Tochka-U", intercepted=N(2))], claimant="Russian Defense Ministry"),
    E("q03-3", "missile_artillery_strike", D, L("Belgorod"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "Tochka-U")], claimant="Vladislav Gordeyev",
      note="debris of the downed missiles damaged cars (blind8 judgment 4); 'no one was hurt'"),
    E("q03-4", "missile_artillery_strike", D, L("Krasnaya Yaruga"), "UA", "RU", weapons=[W("artillery")],
      claimant="Vladislav Gordeyev", note="mortar fire = artillery"),
    E("q03-5", "infrastructure_disruption", D, L("Krasnaya Yaruga", 2, "three villages of the Krasnaya Yaruga district"),
      "UA", "RU", claimant="Vladislav Gordeyev"),
    E("q03-6", "missile_artillery_strike", D, L("Tyotkino"), "UA", "RU", weapons=[W("artillery")],
      claimant="Igor Belousko"),
    E("q03-7", "armed_clash", D, L("Grayvoron", 2, "near Grayvoron"), "UA", "RU", claimant="FSB",
      note="repelled border crossing 'overnight'; actor1 = the attacker as presented"),
    E("q03-8", "missile_artillery_strike", Y, L("Kharkiv", 1, "Kharkiv, Kholodnohirskyi district"), "RU", "UA", inj=N(4),
      weapons=[W("missile", "S-300", launched=N(2))], claimant="Oleh Kovtun", note="'late Thursday'"),
]
STATEMENTS = [
    S("Vladislav Gordeyev", "RU", "There was no military target anywhere near", "Belgorod governor"),
    S("Russian Foreign Ministry", "RU", "not go unanswered"),
]
MUST_NOT = ["ALLIED NEWSWIRE", "TOP STORIES · WORLD · U.S. · POLITICS · SPORTS · ENTERTAINMENT",
            "By ANDREI SOKOLSKY and NADIA KRAVETS", "Published 6:48 AM EDT, Fri August 19, 2022 — Updated 10:31 AM EDT",
            "Share on Facebook · Share on X · Email · Print",
            "Find more of ANW's reporting on the war: anw.example/russia-ukraine-war",
            "Copyright © 2022 Allied Newswire. Redistribution, rebroadcast or rewriting of this story is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
