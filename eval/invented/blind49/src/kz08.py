from common import E, L, R, C, N, W, S, gold

TITLE = "Family of three killed near Kyiv as Russia's weekly drone count passes 1,500"
TEXT = """THE HIBERNIAN TIMES
Subscribe | Sign In
News | Sport | Business | Opinion | Life & Style | Culture | Podcasts
World > Europe
Family of three killed near Kyiv as Russia's weekly drone count passes 1,500
Niamh Corrigan in Kyiv
Mon Jan 12 2026 - 18:05
Gift article
Audio: listen to this article
A couple and their teenage son were killed when a Russian drone destroyed their home in a village south of Kyiv overnight, Ukrainian officials said on Monday, hours after the country's president said Russia had sent more than 1,500 attack drones against Ukraine in the space of a week.

The family's house, in the Obukhiv district of the Kyiv region, took a direct hit shortly after 2am, according to the head of the regional military administration. Four neighbours were treated for cuts and shock.

"There was no house any more, only the chimney standing in the snow," said Petro Yatsenko, who lives across the road and helped rescuers search the ruins.

Falling debris damaged a kindergarten and about a dozen cars in the capital's Darnytskyi district; nobody was injured there. In Odesa, drones struck port infrastructure and a grain storage facility, wounding two dock workers, the regional governor said.

Across the country, Russia launched 312 drones and seven ballistic missiles overnight, according to Ukraine's air force. It said 281 of the drones and four of the missiles were shot down, 46 of those drones over the Kyiv region.

In his nightly video address on Sunday, the president said that over the past week Russia had used more than 1,500 attack drones, almost 1,100 glide bombs and 64 missiles of various types against Ukraine. "Every one of these numbers is a night without sleep for a whole city," he said.

On the eve of the attack, the Tánaiste announced a further €25 million in humanitarian and non-lethal aid for Ukraine, most of it for generators, water pumps and mine-clearing equipment. The Government has committed more than €400 million in non-lethal support since 2022.

Dr Siobhán Keary, an emergency medicine consultant from Cork who has volunteered at a hospital in Kyiv since November, said staff were exhausted. "The cases are not just the blast injuries. It's the old man who fell on the ice in a dark stairwell because the lifts have been off for three days," she said.

At home, the debate over Irish neutrality continues. Legislation to remove the so-called triple lock on overseas deployments of the Defence Forces is expected to return to the Dáil next month.

Prof Conor Mulvey, who lectures in security studies at the University of Galway, said the weekly figures showed a change in Russian tactics. "A year ago a big night meant two hundred drones. Now three hundred is an ordinary Monday," he said.
Sign up to our World Digest newsletter
Your Comments
Commenting on this article is closed
© 2026 The Hibernian Times DAC
"""
DOC = {"id": "kz08", "date": "2026-01-12", "source": "The Hibernian Times (Irish newspaper website)",
       "url": "https://www.hiberniantimes.example/world/europe/2026/01/12/family-of-three-killed-near-kyiv/", "text": TEXT}

D, SUN, WEEK0 = "2026-01-12", "2026-01-11", "2026-01-05"
EVENTS = [
    E("kz08-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(312)), W("ballistic_missile", launched=N(7))],
      note="'Across the country, Russia launched 312 drones and seven ballistic missiles overnight' (Monday page): the "
           "night wave, typed by the missiles; the week's figures are a separate aggregate (kz08-7), not this wave's"),
    E("kz08-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kz08-1",
      weapons=[W("drone", intercepted=N(281)), W("ballistic_missile", intercepted=N(4))],
      note="'281 of the drones and four of the missiles were shot down'"),
    E("kz08-3", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", parent="kz08-2",
      weapons=[W("drone", intercepted=N(46))], note="'46 of those drones over the Kyiv region': a regional count"),
    E("kz08-4", "air_drone_strike", D, L("Obukhiv", 2, "village in the Obukhiv district"), "RU", "UA", parent="kz08-1",
      fat=N(3), inj=N(4), weapons=[W("drone")],
      note="a drone destroyed a house 'in the Obukhiv district of the Kyiv region … shortly after 2am': a couple and "
           "their son killed, 'Four neighbours were treated' = 4 injured; a district = precision 2"),
    E("kz08-5", "air_drone_strike", D, L("Kyiv"), "RU", "UA", parent="kz08-1", fat=N(0), inj=N(0),
      family=["missile_artillery_strike"],
      note="'Falling debris damaged a kindergarten and about a dozen cars in the capital's Darnytskyi district; nobody was "
           "injured' = 0/0; debris of what is not said -> both strike types"),
    E("kz08-6", "air_drone_strike", D, L("Odesa"), "RU", "UA", parent="kz08-1", inj=N(2), weapons=[W("drone")],
      note="'In Odesa, drones struck port infrastructure and a grain storage facility, wounding two dock workers'"),
    E("kz08-7", "missile_artillery_strike", WEEK0, C("UA", "Ukraine"), "RU", "UA", end=SUN, prec="week", agg=True,
      family=["air_drone_strike"],
      weapons=[W("drone", launched=N(1500, "at_least")), W("guided_bomb", launched=N(1100, "almost")),
               W("missile", launched=N(64))],
      note="the week tally said 'on Sunday' (11 Jan) 'over the past week': 5-11 Jan, 'more than 1,500 attack drones, "
           "almost 1,100 glide bombs and 64 missiles': a required week aggregate (blind42 ks04-1, blind45 kv10-1), "
           "typed by the heaviest weapon"),
    E("kz08-8", "policy_decision", SUN, C("IE", "Ireland"), "IE", "UA",
      note="'On the eve of the attack, the Tánaiste announced a further €25 million in humanitarian and non-lethal aid': "
           "the eve of the night attack = Sunday 11 Jan; aid at the deciding country (precision 4)"),
]
# Not events: 'more than €400 million … since 2022' (cumulative), the volunteer's account of lifts off 'for three days'
# (no place or day), the triple-lock legislation 'expected to return to the Dáil next month' (plan), the neutrality
# debate, the professor's comparison with 'A year ago' (analysis).
STATEMENTS = [
    S("Petro Yatsenko", "UA", "only the chimney standing in the snow", "neighbour, Obukhiv district"),
    S("Siobhán Keary", "IE", "because the lifts have been off for three days",
      "emergency medicine consultant from Cork, volunteer in Kyiv"),
    S("Conor Mulvey", None, "Now three hundred is an ordinary Monday", "lecturer in security studies, University of Galway"),
]
# Not gold: the president's quote (title only).
MUST_NOT = ["THE HIBERNIAN TIMES", "Subscribe | Sign In", "News | Sport | Business | Opinion | Life & Style | Culture | Podcasts",
            "World > Europe", "Niamh Corrigan in Kyiv", "Mon Jan 12 2026 - 18:05", "Gift article",
            "Audio: listen to this article", "Sign up to our World Digest newsletter", "Your Comments",
            "Commenting on this article is closed", "© 2026 The Hibernian Times DAC"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
