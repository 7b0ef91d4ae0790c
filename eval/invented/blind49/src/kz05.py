from common import E, L, R, C, N, W, S, gold

TITLE = "Russia fires ninety-three missiles at Ukraine in pre-Christmas barrage on power plants"
TEXT = """ANB NEWS
Just In | For You | Australia | World | Politics | Business | Analysis | Sport
Topic: Russia-Ukraine war
Russia fires ninety-three missiles at Ukraine in pre-Christmas barrage on power plants
By Europe correspondent Isabel Hartnett in London
Posted Sat 21 Dec 2024 at 9:14pm, updated Sat 21 Dec 2024 at 11:02pm
Share this article
Listen to this article (3 minutes)
In short:
Russia has launched one of its biggest air attacks of the year on Ukraine, aiming mostly at power stations in the west of the country.
A security guard was killed in Lviv and two children were hurt in Rivne.
What's next?
Ukraine's grid operator says scheduled blackouts will apply in most regions on Sunday.
At dawn on Saturday, a cruise missile slammed into a warehouse on the edge of Lviv, not far from the Polish border, killing a security guard and setting fire to a building that held humanitarian aid, the city's mayor said.

Two children, a brother and sister aged nine and twelve, were hurt in Rivne when debris from a downed drone crashed through the roof of their family's house, regional authorities said. Both are in a stable condition.

The main targets, though, were power stations. In the Ivano-Frankivsk region, missiles struck the Burshtyn thermal power plant – the third hit on it this year, according to its operator, which gave no details of the damage.

"You learn to hear the difference. The drones buzz like a moped, the cruise missiles roar, and then you just wait for the bang," said Taras Dovhan, who sheltered with his neighbours in the basement of a Lviv apartment block.

In all, ninety-three missiles and close to two hundred drones were launched, according to the Ukrainian air force, which said eighty-one of the missiles and one hundred and sixty-four of the drones had been brought down. Seventeen of the drones were destroyed over the Khmelnytskyi region alone.

Ukraine has asked its partners for more air defence systems before the coldest weeks of winter.

In Canberra, the Defence Minister on Friday announced a further $95 million package of drones, armoured vehicles and ammunition for Ukraine, bringing Australia's total military assistance to more than $1.3 billion since 2022.

Earlier on Saturday, several hundred people rallied in Melbourne's Federation Square, many wrapped in blue-and-yellow flags, to call for tougher sanctions on Russian oil.

"Our families there will spend Christmas in the dark again. The least we can do is make sure nobody here forgets it," said Halyna Kostenko-Reid, the president of the Ukrainian Association of Victoria.

Dr Megan Halloran, who studies Russian strategy at the Southern Cross Security Institute, said Moscow appeared to be saving missiles for large, infrequent salvos. "Each of these waves is built to exhaust the interceptors first and hit the turbines second," she said.
Topics: Russia-Ukraine War, Ukraine, Melbourne, Defence
Get the ANB News app
ANB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, work, and learn.
"""
DOC = {"id": "kz05", "date": "2024-12-21", "source": "ANB News (Australian public broadcaster)",
       "url": "https://www.anb.example/news/2024-12-21/russia-missile-attack-ukraine-power-plants/104752210", "text": TEXT}

D, FRI = "2024-12-21", "2024-12-20"
EVENTS = [
    E("kz05-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(93)), W("drone", launched=N(200, "almost"))],
      note="counts in words: 'ninety-three missiles and close to two hundred drones were launched' (Saturday page, the "
           "night to Saturday): the country wave; 'close to' = almost; kinds of missile not split -> `missile`"),
    E("kz05-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kz05-1",
      weapons=[W("missile", intercepted=N(81)), W("drone", intercepted=N(164))],
      note="'eighty-one of the missiles and one hundred and sixty-four of the drones had been brought down'"),
    E("kz05-3", "missile_artillery_strike", D, L("Lviv", 2, "edge of Lviv"), "RU", "UA", parent="kz05-1", fat=N(1),
      weapons=[W("cruise_missile")],
      note="'At dawn on Saturday, a cruise missile slammed into a warehouse on the edge of Lviv … killing a security "
           "guard' (the 'In short' line repeats it); edge of X = precision 2"),
    E("kz05-4", "air_drone_strike", D, L("Rivne"), "RU", "UA", parent="kz05-1", inj=N(2), weapons=[W("drone")],
      note="'debris from a downed drone crashed through the roof' in Rivne: two children hurt"),
    E("kz05-5", "missile_artillery_strike", D, L("Burshtyn"), "RU", "UA", parent="kz05-1", weapons=[W("missile")],
      note="'missiles struck the Burshtyn thermal power plant – the third hit on it this year': this night's hit; "
           "the earlier two have no day"),
    E("kz05-6", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent="kz05-2",
      weapons=[W("drone", intercepted=N(17))],
      note="'Seventeen of the drones were destroyed over the Khmelnytskyi region alone': a regional count -> required"),
    E("kz05-7", "policy_decision", FRI, C("AU", "Australia"), "AU", "UA",
      note="'In Canberra, the Defence Minister on Friday announced a further $95 million package': aid at the deciding "
           "country (precision 4; Canberra is where it was announced)"),
    E("kz05-8", "protest", D, L("Melbourne"), "AU", None,
      note="'Earlier on Saturday, several hundred people rallied in Melbourne's Federation Square': peaceful rally of "
           "the Ukrainian community (a rally abroad is a protest of that country's side, blind43 call 10)"),
]
# Not events: the 'In short' lines (repeat kz05-1/-3/-4), scheduled blackouts 'on Sunday' (after publication), the
# Burshtyn plant's earlier hits 'this year' (no days), 'Ukraine has asked its partners for more air defence' (request),
# Australia's '$1.3 billion since 2022' (cumulative), the analyst's salvo pattern (analysis).
STATEMENTS = [
    S("Taras Dovhan", "UA", "the cruise missiles roar, and then you just wait for the bang", "resident of Lviv"),
    S("Halyna Kostenko-Reid", "AU", "Our families there will spend Christmas in the dark again",
      "president, Ukrainian Association of Victoria"),
    S("Megan Halloran", None, "built to exhaust the interceptors first and hit the turbines second",
      "Southern Cross Security Institute"),
]
MUST_NOT = ["ANB NEWS", "Just In | For You | Australia | World | Politics | Business | Analysis | Sport",
            "Topic: Russia-Ukraine war", "By Europe correspondent Isabel Hartnett in London",
            "Posted Sat 21 Dec 2024 at 9:14pm, updated Sat 21 Dec 2024 at 11:02pm", "Share this article",
            "Listen to this article (3 minutes)", "Topics: Russia-Ukraine War, Ukraine, Melbourne, Defence",
            "Get the ANB News app",
            "ANB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional "
            "Custodians of the lands where we live, work, and learn."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
