from common import E, L, R, C, N, W, S, gold

TITLE = "‘You learn to listen to the sky’: life under the drones in Kherson"
TEXT = """THE ALBION POST
News  Opinion  Sport  Culture  Lifestyle
World  Europe  Ukraine  US  Americas  Asia  Middle East
This article is more than 2 years old
Ukraine
‘You learn to listen to the sky’: life under the drones in Kherson
Two years after its liberation, the southern city is hunted every day by small Russian drones flown from across the Dnieper. Those who stay have learned to live by the sound of propellers
Luke Harrington in Kherson
Sat 28 Sep 2024 07.00 BST
Share
Volunteers nail plastic sheeting over the windows of an apartment block in Kherson’s Korabelnyi district. Photograph: Ivan Lutsenko/The Albion Post
Halyna Shevchuk no longer hangs her washing on the balcony. A drone, she explains, will take an interest in anything that moves, and a sheet flapping in the wind is enough.

“You learn to listen to the sky,” says the 67-year-old retired nurse, standing in the stairwell of her building in the Korabelnyi district, a few hundred metres from the river. “When it buzzes high, you keep walking. When it buzzes low, you hide.”

Late on Wednesday, artillery shells hit the nine-storey building across the courtyard from hers, killing a 71-year-old woman on the fifth floor. Shevchuk knew her for 30 years. The next morning neighbours were sweeping glass from the stairs while a city crew boarded up the windows.

Kherson was liberated in November 2022, after eight months of Russian occupation, in the most joyful days the city has known in this war. Russian troops withdrew to the left bank of the Dnieper, and from there they have shelled the city ever since. In June 2023 the destruction of the Kakhovka dam flooded whole neighbourhoods.

What has changed this year is the drones. Cheap first-person-view drones, some carrying no more than a grenade, now patrol the riverside districts from dawn until dusk. According to the city’s military administration, they have wounded more than 400 people in Kherson since July. Residents call it “the safari”.

On Thursday morning, a drone dropped an explosive on a minibus as it stopped to pick up passengers in the Dniprovskyi district, wounding the driver and two passengers. Andrii Ostapenko, a paramedic who reached the stop within minutes, said the driver had shrapnel wounds to his arms and face.

“They see a vehicle full of people, and they see a red cross on an ambulance. It makes no difference to them,” Ostapenko said. His own ambulance has been chased twice this month.

Sign up to The Albion Brief
Our morning email breaks down the key stories of the day
Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.
after newsletter promotion
The city is fighting back as best it can. Along the main roads, municipal workers have hung nets over the carriageway to catch the drones before they reach the cars. Electronic jammers crackle on the roofs of hospitals. The mobile-phone signal dies every few minutes, and nobody complains.

A man rides past anti-drone netting stretched over a road on the outskirts of Kherson.
Photograph: Ivan Lutsenko for The Albion Post
The nets do not reach Antonivka, a suburb on the city’s eastern edge that looks across at the Russian-held bank. On Friday, the Albion Post watched a drone follow a man on a bicycle down its main street. He threw himself into a ditch; the explosion wounded him in the leg, and neighbours dragged him into a yard until the ambulance came.

Water has become another front. On Tuesday, a strike on a pumping station cut the water supply to the Korabelnyi district; it was restored only on Friday. In the meantime, residents queued at trucks with plastic canisters.

“We can live without light, we have learned that. Without water it is much harder,” said Oleh Kravets, the head of the Korabelnyi district administration. The authorities on Wednesday extended the mandatory evacuation of families with children to five more streets near the river.

On Friday the regional administration said Russian forces had attacked the region 47 times over the past day with artillery, mortars, drones and guided bombs, killing two people and wounding 14. In August alone, 38 people were killed in the region, according to its figures.

Not everyone wants to go. Shevchuk’s son in Lviv calls her every evening to ask her to leave. She refuses. If the Russians ever came back across the river, she says, she would walk out on foot; until then, the flat is hers.

Ukrainian officials do not expect the pressure to ease. A senior officer of the Ukrainian forces on the Dnieper said Russian units opposite the city had received more drones in recent weeks, and could try to turn the riverside districts into a “grey zone” where nobody can live. Others doubt that Moscow has the men to attempt another crossing of the river before the spring.

“We stay because this is home,” says Shevchuk. “And because if we all leave, they have won something.”

Explore more on these topics
Ukraine
Russia
Europe
news
Reuse this content
Most viewed
The Albion Post view on autumn budgets: the numbers do not add up
"""
DOC = {"id": "j08", "date": "2024-09-28", "source": "The Albion Post",
       "url": "https://www.albionpost.example/world/2024/sep/28/life-under-the-drones-kherson", "text": TEXT}

D = "2024-09-28"
TUE, WED, THU, FRI = "2024-09-24", "2024-09-25", "2024-09-26", "2024-09-27"
EVENTS = [
    E("j08-1", "missile_artillery_strike", WED, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA",
      fat=N(1), weapons=[W("artillery")], claimant="The Albion Post",
      note="'Late on Wednesday' shells on a nine-storey building; city district coded to the city"),
    E("j08-2", "air_drone_strike", THU, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", inj=N(3),
      weapons=[W("drone")], claimant="Andrii Ostapenko",
      note="'On Thursday morning' drone drop on a minibus: driver and two passengers wounded"),
    E("j08-3", "air_drone_strike", FRI, L("Antonivka", 1, "Antonivka, Kherson"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], claimant="The Albion Post",
      note="witnessed 'On Friday'; suburb of Kherson with its own geonames record (713304, Kherson region)"),
    E("j08-4", "missile_artillery_strike", TUE, L("Kherson", 1, "pumping station, Kherson"), "RU", "UA",
      family=["air_drone_strike"],
      note="'On Tuesday, a strike on a pumping station': weapon not said, both strike types accepted; attribution "
           "from the context"),
    E("j08-5", "infrastructure_disruption", TUE, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA",
      prec="range", end=FRI, note="water cut Tuesday, restored Friday: a period, not an aggregate"),
    E("j08-6", "missile_artillery_strike", THU, R("UA-65", "Kherson region"), "RU", "UA", prec="range", end=FRI,
      agg=True, fat=N(2), inj=N(14), family=["air_drone_strike"], claimant="Kherson regional administration",
      note="'said on Friday ... over the past day': Thursday-Friday range aggregate; mixed weapons (artillery, "
           "mortars, drones, guided bombs) listed descriptively, no weapons coded; both types accepted"),
    E("j08-7", "policy_decision", WED, L("Kherson", 2, "five streets near the river, Kherson"), "UA", None,
      optional=True, note="evacuation extended 'on Wednesday': evacuation orders optional (blind8 call 10)"),
    E("j08-8", "missile_artillery_strike", "2024-08-01", R("UA-65", "Kherson region"), "RU", "UA", prec="month",
      end="2024-08-31", agg=True, fat=N(38), family=["air_drone_strike"], optional=True,
      note="'In August alone, 38 people were killed': monthly total, optional aggregate"),
]
STATEMENTS = [
    S("Halyna Shevchuk", "UA", "You learn to listen to the sky", "resident"),
    S("Halyna Shevchuk", "UA", "if we all leave, they have won something", "resident"),
    S("Andrii Ostapenko", "UA", "It makes no difference to them", "paramedic"),
    S("Oleh Kravets", "UA", "Without water it is much harder", "head of the Korabelnyi district administration"),
]
MUST_NOT = ["THE ALBION POST", "News  Opinion  Sport  Culture  Lifestyle",
            "World  Europe  Ukraine  US  Americas  Asia  Middle East", "This article is more than 2 years old",
            "Luke Harrington in Kherson", "Sat 28 Sep 2024 07.00 BST", "Share", "Sign up to The Albion Brief",
            "Our morning email breaks down the key stories of the day",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
            "after newsletter promotion", "Photograph: Ivan Lutsenko for The Albion Post",
            "Explore more on these topics", "Reuse this content", "Most viewed",
            "The Albion Post view on autumn budgets: the numbers do not add up"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
