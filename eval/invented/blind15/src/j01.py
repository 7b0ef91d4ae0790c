from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine says it retook village west of Kyiv as shelling hits capital, Chernihiv"
TEXT = """Skip to main content
HALYARD NEWS
World | Europe
Ukraine says it retook village west of Kyiv as shelling hits capital, Chernihiv
By Tomas Ridgeway and Olena Savchuk
March 24, 2022 11:42 AM GMT+2 Updated 38 min ago
4 minute read
Item 1 of 3
Firefighters work at a residential building damaged by overnight shelling in the Sviatoshynskyi district of Kyiv, Ukraine, March 24, 2022. HALYARD/Ivan Marchenko
KYIV/LVIV, March 24 (Halyard) - Ukrainian troops have pushed Russian forces out of the village of Kolonshchyna west of Kyiv, Ukraine's military said on Thursday, while an overnight artillery strike on an apartment building in the capital killed one person and wounded four.

The General Staff of Ukraine's armed forces said its units had regained control of Kolonshchyna, in the Bucha district of the Kyiv region, on Wednesday after two days of fighting and were now clearing the village of mines. Halyard could not independently verify the report.

"The village is ours again. Now our sappers have weeks of work there," said Maksym Horbatiuk, an officer with a territorial defence battalion that took part in the fighting.

In Kyiv, a shell struck the upper floors of a nine-storey building in the western Sviatoshynskyi district shortly after 3 a.m., the State Emergency Service said. Rescuers pulled a woman from the rubble alive; a man living on the eighth floor was killed.

"The building was hit while people were asleep. There is no military target within a kilometre of it," Yurii Stelmakh, a spokesman for the Kyiv city military administration, told Halyard at the scene.

In the northern city of Chernihiv, which Russian forces have almost completely encircled, at least nine civilians were killed by shelling and air strikes over the past 24 hours, the regional governor said on Thursday. An air strike on Wednesday afternoon destroyed a bread factory in the city's Desnianskyi district, killing two workers, he added.

Russia's defence ministry said its forces had used air-launched high-precision missiles on Wednesday evening to destroy a fuel depot near Bila Tserkva, south-west of Kyiv, which it said supplied Ukrainian troops in the centre of the country.

"The depot stored fuel for Ukrainian military equipment and has been completely destroyed," ministry spokesman Major General Viktor Lagunov said in a televised briefing. Ukrainian officials did not comment on the claim.

Authorities in the Kyiv region ordered a curfew in the Brovary district, east of the capital, from 8 p.m. on Thursday until 7 a.m. on Saturday, citing the risk of Russian sabotage groups.

TALKS BY VIDEO LINK

Ukrainian and Russian negotiators are due to resume talks by video link on Friday, a member of Kyiv's delegation said. Kyiv has said it is ready to discuss neutrality if it receives security guarantees, but that it will not cede territory.

The United Nations says at least 977 civilians have been killed in Ukraine since Russia's invasion began on Feb. 24, and that the real figure is likely to be considerably higher.

Reporting by Tomas Ridgeway in Kyiv and Olena Savchuk in Lviv; Writing by Derek Almond; Editing by Clare Fenwick
Our Standards: The Halyard Editorial Principles.
Acquire Licensing Rights, opens new tab
Read Next
Rouble slides again as Western sanctions bite into Russian trade
"""
DOC = {"id": "j01", "date": "2022-03-24", "source": "Halyard",
       "url": "https://www.halyard-news.example/world/europe/ukraine-says-it-retook-village-west-kyiv-2022-03-24/",
       "text": TEXT}

D, Y = "2022-03-24", "2022-03-23"
EVENTS = [
    E("j01-1", "territory_change", Y, L("Kolonshchyna"), "UA", "RU", claimant="Ukrainian General Staff",
      note="'regained control ... on Wednesday'; the lede's 'pushed ... out' is the same event"),
    E("j01-2", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Sviatoshynskyi district)"), "RU", "UA",
      fat=N(1), inj=N(4), weapons=[W("artillery")], claimant="State Emergency Service",
      note="overnight shell, 'shortly after 3 a.m.' of the publication day; city district coded to the city; "
           "casualties from the lede (one killed, four wounded)"),
    E("j01-3", "missile_artillery_strike", Y, L("Chernihiv"), "RU", "UA", prec="range", end=D, agg=True,
      fat=N(9, "at_least"), family=["air_drone_strike"], claimant="Chernihiv regional governor",
      note="'at least nine ... over the past 24 hours' by shelling and air strikes: range aggregate; mixed weapons, "
           "both strike types accepted"),
    E("j01-4", "air_drone_strike", Y, L("Chernihiv", 1, "Chernihiv (Desnianskyi district)"), "RU", "UA",
      fat=N(2), weapons=[W("aircraft")], claimant="Chernihiv regional governor",
      note="air strike on a bread factory 'on Wednesday afternoon'; air strike = aircraft"),
    E("j01-5", "missile_artillery_strike", Y, L("Bila Tserkva", 2, "near Bila Tserkva"), "RU", "UA",
      weapons=[W("missile")], claimant="Russian Defence Ministry (Viktor Lagunov)",
      note="Russian claim only, 'on Wednesday evening'; air-launched missiles = missile strike (weapon decides)"),
    E("j01-6", "policy_decision", D, L("Brovary", 2, "Brovary district"), "UA", None,
      note="curfew ordered, in force from Thursday 8 p.m. (publication day); district named after its town = "
           "precision 2 at Brovary"),
]
STATEMENTS = [
    S("Maksym Horbatiuk", "UA", "Now our sappers have weeks of work there", "territorial defence officer"),
    S("Yurii Stelmakh", "UA", "There is no military target within a kilometre of it",
      "spokesman, Kyiv city military administration"),
    S("Viktor Lagunov", "RU", "The depot stored fuel for Ukrainian military equipment",
      "Russian defence ministry spokesman"),
]
MUST_NOT = ["Skip to main content", "HALYARD NEWS", "World | Europe", "By Tomas Ridgeway and Olena Savchuk",
            "March 24, 2022 11:42 AM GMT+2 Updated 38 min ago", "4 minute read", "Item 1 of 3",
            "Reporting by Tomas Ridgeway in Kyiv and Olena Savchuk in Lviv; Writing by Derek Almond; Editing by Clare Fenwick",
            "Our Standards: The Halyard Editorial Principles.", "Acquire Licensing Rights, opens new tab", "Read Next",
            "Rouble slides again as Western sanctions bite into Russian trade"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
