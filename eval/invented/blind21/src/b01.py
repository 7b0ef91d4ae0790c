from common import E, L, R, C, N, W, S, gold

TITLE = "Russian shelling hits Kyiv apartment blocks as fighting rages in north-western suburbs"
TEXT = """MERIDIAN WIRE | WORLD SERVICE
Story MW-EUR-20220315-0347 · Priority 2 · Distribution: Europe, Americas
UPDATE 2-Russian shelling hits Kyiv apartment blocks as fighting rages in north-western suburbs
By Tomasz Weller and Iryna Koval
0947 GMT 15 Mar 2022
(Adds Russian defence ministry comment in paragraph 9, Kharkiv casualties)
KYIV, March 15 (Meridian) - Russian artillery struck residential buildings in two districts of Kyiv early on Tuesday, killing at least four people, emergency services said, as Ukrainian forces fought to hold the capital's north-western approaches and city authorities ordered a 35-hour curfew.

A 16-storey apartment block in the Sviatoshynskyi district was set ablaze by a shell shortly after 5 a.m., the State Emergency Service said. Firefighters led 27 residents out of the building, and two bodies were later recovered from the upper floors.

"We are still going through the top three floors, flat by flat," said Oksana Lytvyn, a spokeswoman for the service, standing beside a fire engine as smoke poured from blackened windows.

Minutes later another shell landed in the courtyard of a nine-storey block in the Podilskyi district, killing two people and wounding ten, according to the service. Cars parked outside were reduced to twisted metal.

"I heard the whistle and then everything shook. My neighbour was walking her dog," said Mykola Hrytsenko, 67, who lives on the ground floor.

The city's mayor announced that a curfew would run from 8 p.m. on Tuesday until 7 a.m. on Thursday, saying on Telegram that residents could leave their homes only to go to bomb shelters.

In the eastern suburb of Brovary, shelling damaged an electricity substation on Tuesday morning, cutting power to part of the town, the regional administration said.

North-west of the capital, Ukrainian troops and Russian forces fought through Monday in Irpin, where Ukrainian units have held the town centre for more than a week, Kyiv regional police said in a statement. Ukraine's General Staff said an attempt by Russian armoured units to push south from Hostomel had been repelled on Monday, with two tanks destroyed.

Russia's defence ministry said its forces did not target civilian areas. "The armed forces of the Russian Federation strike only military infrastructure," it said, without referring to Kyiv directly.

In Kharkiv, Ukraine's second-largest city, overnight shelling killed three people in the northern Saltivka district, the regional governor said. The city has been under near-constant bombardment since the first days of the invasion.

Ukrainian and Russian negotiators spoke by video link on Monday in a fourth round of talks and agreed to resume on Tuesday, a Ukrainian presidential adviser said, cautioning that any outcome was "a matter of days at best, not hours".

Russia sent its troops into Ukraine on Feb. 24 in what it calls a "special military operation". The United Nations says nearly 3 million people have fled the country since then.

(Additional reporting by Daria Sokol in Lviv; Writing by Tomasz Weller; Editing by Carla Denholm)
Our Standards: The Meridian Trust Charter.
© Meridian Wire 2022. Redistribution prohibited without written consent.
"""
DOC = {"id": "b01", "date": "2022-03-15", "source": "Meridian Wire (news agency)",
       "url": "https://www.meridianwire.example/world/europe/ukraine-crisis-kyiv-update-2-20220315", "text": TEXT}

D, Y = "2022-03-15", "2022-03-14"
EVENTS = [
    E("b01-1", "missile_artillery_strike", D, L("Kyiv", 1, "Sviatoshynskyi district, Kyiv"), "RU", "UA", fat=N(2),
      weapons=[W("artillery")], claimant="State Emergency Service",
      note="'struck … early on Tuesday' by artillery; the Sviatoshynskyi block: two bodies recovered; the lead's 'at least "
           "four' is the sum of both districts, not a separate event; 27 led out = rescued, not injured; district = the "
           "city, precision 1"),
    E("b01-2", "missile_artillery_strike", D, L("Kyiv", 1, "Podilskyi district, Kyiv"), "RU", "UA", fat=N(2), inj=N(10),
      weapons=[W("artillery")], claimant="State Emergency Service",
      note="second shell 'minutes later' in the Podilskyi district, 2 killed 10 wounded; a separate incident in the same "
           "city on the same day"),
    E("b01-3", "policy_decision", D, L("Kyiv"), "UA", None, claimant="Kyiv mayor",
      note="curfew from 8 p.m. Tuesday decided and announced on the publication day (scheduled restriction, blind4 call "
           "11); dated the announcement day"),
    E("b01-4", "missile_artillery_strike", D, L("Brovary"), "RU", "UA", weapons=[W("artillery")],
      claimant="Kyiv regional administration",
      note="'shelling damaged an electricity substation on Tuesday morning'; perpetrator implied by the article's frame "
           "(Russian shelling of the capital region)"),
    E("b01-5", "infrastructure_disruption", D, L("Brovary"), "RU", "UA", claimant="Kyiv regional administration",
      note="power cut to part of the town caused by the substation hit"),
    E("b01-6", "armed_clash", Y, L("Irpin"), "RU", "UA", claimant="Kyiv regional police",
      note="'fought through Monday in Irpin' = 14 March; 'held the town centre for more than a week' is background"),
    E("b01-7", "armed_clash", Y, L("Hostomel", 2, "south of Hostomel"), "RU", "UA", claimant="Ukrainian General Staff",
      note="Russian push 'south from Hostomel' repelled on Monday; actor1 = attacker (blind4 call 3); 'from Hostomel' = "
           "precision 2"),
    E("b01-8", "missile_artillery_strike", D, L("Kharkiv", 1, "Saltivka district, Kharkiv"), "RU", "UA", fat=N(3),
      weapons=[W("artillery")], claimant="Kharkiv regional governor",
      note="'overnight shelling' in a morning report = publication day; Saltivka = the city; 'since the first days' is "
           "background"),
    E("b01-9", "diplomatic_contact", Y, {"name": "video link", "country_code": None, "admin1_code": None, "precision": 4},
      "UA", "RU", optional=True, claimant="Ukrainian presidential adviser",
      note="talks 'by video link on Monday': a real contact with a day but no place; optional because it has no location "
           "(country_code null, any place compatible)"),
]
STATEMENTS = [
    S("Oksana Lytvyn", "UA", "We are still going through the top three floors, flat by flat",
      "State Emergency Service spokeswoman"),
    S("Mykola Hrytsenko", "UA", "I heard the whistle and then everything shook", "resident"),
    S("Russian Defence Ministry", "RU", "strike only military infrastructure"),
]
MUST_NOT = ["MERIDIAN WIRE | WORLD SERVICE",
            "Story MW-EUR-20220315-0347 · Priority 2 · Distribution: Europe, Americas",
            "By Tomasz Weller and Iryna Koval", "0947 GMT 15 Mar 2022",
            "(Adds Russian defence ministry comment in paragraph 9, Kharkiv casualties)",
            "(Additional reporting by Daria Sokol in Lviv; Writing by Tomasz Weller; Editing by Carla Denholm)",
            "Our Standards: The Meridian Trust Charter.",
            "© Meridian Wire 2022. Redistribution prohibited without written consent."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
