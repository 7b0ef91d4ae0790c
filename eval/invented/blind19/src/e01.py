from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles slam Ukrainian energy sites; Zaporizhzhia apartment block hit"
TEXT = """MERIDIAN PRESS ASSOCIATION
Home / World / Europe / Russia-Ukraine War
FILED 1147 GMT -- 6:47 ET -- 702 WORDS -- PRIORITY: URGENT
Russian missiles slam Ukrainian energy sites; Zaporizhzhia apartment block hit
By DANA WHITCOMB and SERHII LYTVYN
Published 6:47 AM EST, November 18, 2022
KYIV, Ukraine (MPA) -- Russia fired dozens of cruise missiles and exploding drones at Ukraine's power plants and cities early Friday, killing at least five people and plunging millions into darkness as the first snow fell on the capital, Ukrainian officials said.

Ukraine's air force said Russia launched 62 cruise missiles -- Kh-101 and Kh-555 missiles from strategic bombers over the Caspian Sea and Kalibr missiles from warships in the Black Sea -- together with 12 Iranian-made Shahed drones. Forty-nine of the missiles and 10 of the drones were shot down, it said.

The barrage came three days after Tuesday's attack, in which Russia fired about 90 missiles at the grid in what was then the largest strike of the war.

In the southern city of Zaporizhzhia, an S-300 missile tore into the upper floors of a five-story apartment building shortly before dawn, killing three people and wounding 11. The regional governor said two children were among the wounded.

"We heard a whistle and then the windows came in," said Olena Marchuk, 47, a pharmacist who lives across the street. She stood in the courtyard in her slippers, holding a cat carrier.

"My neighbors on the fourth floor -- I don't know yet," she said.

▶ WATCH: Rescuers search the Zaporizhzhia building (1:42)
In the central city of Kryvyi Rih, a missile hit an industrial plant, killing two workers, according to the head of the city's military administration. In Vyshhorod, just north of Kyiv, an energy facility was struck and two people were injured, the Kyiv regional police said.

Drones hit energy infrastructure in the Odesa region, the regional administration said. There were no casualties there.

The national grid operator ordered emergency power cuts in Kyiv and in 15 of Ukraine's 24 regions on Friday morning, and said repairs would take "days, not hours."

MPA RECOMMENDS
What the power cuts mean for Ukraine's winter
Analysis: Why air defense is the West's most urgent gift
Russia's Defense Ministry said its forces had hit "military command and energy facilities" with high-precision weapons.

"The goal of the strike has been achieved. All designated targets were hit," the ministry said in a statement.

A Kremlin spokesman told reporters in Moscow that Ukraine could "end the suffering of its population" by meeting Russia's demands, a line Ukrainian officials dismissed as blackmail.

Ukraine's energy minister, Volodymyr Kostenko, said about 40% of the country's power infrastructure had been damaged since October. He said Western partners had promised transformers and generators but that "the equipment has to arrive before the frost, not after it."

If the attacks continue at this rate, officials warn, scheduled blackouts could last until spring.

Lytvyn reported from Zaporizhzhia. MPA writer Karl Berger in Berlin contributed.
Follow MPA's coverage of the war at https://meridianpress.example/russia-ukraine-war
CORRECTION: An earlier version of this story misstated the number of drones launched. It was 12, not 21.
Copyright 2022 Meridian Press Association. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "e01", "date": "2022-11-18", "source": "Meridian Press Association (wire)",
       "url": "https://meridianpress.example/article/russia-ukraine-missiles-energy-zaporizhzhia-1118", "text": TEXT}

D = "2022-11-18"
AF = "Ukrainian Air Force"
EVENTS = [
    E("e01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(5, "at_least"),
      weapons=[W("cruise_missile", launched=N(62)), W("drone", "Shahed-136", launched=N(12))], claimant=AF,
      note="combined wave 'early Friday' typed by its heaviest weapon, country precision; Kh-101/Kh-555/Kalibr given "
           "together as 62 cruise missiles: one generic cruise_missile entry; 'at least five' carried by the wave; "
           "the correction line (12, not 21) is furniture and confirms 12"),
    E("e01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(49)), W("drone", intercepted=N(10))], claimant=AF, parent="e01-1",
      note="'Forty-nine of the missiles and 10 of the drones were shot down': numbers in words and digits"),
    E("e01-3", "missile_artillery_strike", "2022-11-15", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(90, "about"))],
      note="recalled attack with a resolvable day ('three days after Tuesday's attack' = Tue 15 Nov): its own event "
           "(convention); 'about 90 missiles'"),
    E("e01-4", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(3), inj=N(11),
      weapons=[W("missile", "S-300")], parent="e01-1", claimant="regional governor",
      note="S-300 against a ground target = missile_artillery_strike (rule 4); 'shortly before dawn' on Friday"),
    E("e01-5", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", fat=N(2), weapons=[W("missile")],
      parent="e01-1", note="industrial plant in the city; 2 workers killed"),
    E("e01-6", "missile_artillery_strike", D, L("Vyshhorod"), "RU", "UA", inj=N(2), parent="e01-1",
      family=["air_drone_strike"],
      note="'an energy facility was struck' without a weapon: missile type with drone accepted (rule 4)"),
    E("e01-7", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="e01-1",
      note="drones on energy infrastructure, region only (precision 3); 'no casualties' = 0/0"),
    E("e01-8", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="e01-1",
      note="emergency power cuts in Kyiv and 15 of 24 regions on Friday morning: one country-level event; "
           "'scheduled blackouts could last until spring' is conditional (no event)"),
]
STATEMENTS = [
    S("Olena Marchuk", "UA", "We heard a whistle and then the windows came in", "pharmacist, bystander"),
    S("Olena Marchuk", "UA", "My neighbors on the fourth floor", "pharmacist, bystander"),
    S("Russian Defense Ministry", "RU", "The goal of the strike has been achieved. All designated targets were hit"),
    S("Kremlin spokesman", "RU", "end the suffering of its population", "Kremlin spokesman (title only)"),
    S("Volodymyr Kostenko", "UA", "the equipment has to arrive before the frost, not after it", "energy minister"),
]
MUST_NOT = ["MERIDIAN PRESS ASSOCIATION", "Home / World / Europe / Russia-Ukraine War",
            "FILED 1147 GMT -- 6:47 ET -- 702 WORDS -- PRIORITY: URGENT", "By DANA WHITCOMB and SERHII LYTVYN",
            "Published 6:47 AM EST, November 18, 2022", "▶ WATCH: Rescuers search the Zaporizhzhia building (1:42)",
            "MPA RECOMMENDS", "What the power cuts mean for Ukraine's winter",
            "Analysis: Why air defense is the West's most urgent gift",
            "Lytvyn reported from Zaporizhzhia. MPA writer Karl Berger in Berlin contributed.",
            "Follow MPA's coverage of the war at https://meridianpress.example/russia-ukraine-war",
            "CORRECTION: An earlier version of this story misstated the number of drones launched. It was 12, not 21.",
            "Copyright 2022 Meridian Press Association. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
