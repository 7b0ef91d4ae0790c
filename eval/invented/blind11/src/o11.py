from common import E, L, R, C, N, W, S, gold

TITLE = "The last city before the line: Kramatorsk learns to live under the glide bombs"
TEXT = """LONGITUDE
Dispatches | Europe | Ukraine
The last city before the line: Kramatorsk learns to live under the glide bombs
As Russian troops grind towards Kostiantynivka, the largest city in Ukrainian-held Donbas is preparing for a winter that may bring the front to its doorstep.
By Miriam Holt in Kramatorsk
Photographs by Andrii Zhuk
4 October 2025 · 14 min read

The bombs that hit the central market on Thursday afternoon came, like most of them now, without a warning anyone heard. At 2.40pm two KAB-250 glide bombs, released by a Russian jet somewhere beyond Kostiantynivka, fell about 80 metres apart between the vegetable stalls and a bus stop on Parkova Street. Two people were killed and 14 injured, according to the city's military administration. One of the dead was a woman who had sold honey at the same stall for twenty years.

Firefighters at the central market in Kramatorsk after Thursday's strike. Photo: Andrii Zhuk/Longitude

By Friday morning the stalls had been swept, the blood hosed into the drains, and a man in a tracksuit was selling potatoes from the boot of his car a few metres from the crater. Kramatorsk has done this many times. It does it quickly, partly out of pride and partly because there is no other way to keep a city going when the front is a twenty-minute drive away.

A city of machine-building plants and Soviet apartment blocks, Kramatorsk had about 150,000 inhabitants before the full-scale invasion. Local officials estimate that 55,000 remain. It was seized by Russian-backed separatists in April 2014 and retaken by Ukrainian forces that July, and after 2014 it became the administrative capital of the part of the Donetsk region that Kyiv still controlled. In April 2022, a Russian missile strike on the railway station killed dozens of people waiting for evacuation trains, a day that residents still mention unprompted.

"We used to count the distance to the front in hours of driving. Now we count it in the range of a glide bomb," said Serhiy Mazur, the head of the city military administration, in his office, its windows replaced with plywood. He says the city's plan for the winter assumes the worst case. "We prepare as if Kostiantynivka will not hold, and we pray that it does."

Sign up to Longitude Weekly, our newsletter of long reads →

Life here is organised around that distance. The machine-building plant that was once the city's largest employer moved most of its production to western Ukraine in 2022; those who stayed work for the army, the utilities, the hospitals or the few shops that still open. Buses stop running at seven in the evening, and the curfew starts at eight. Cafes in the centre still serve coffee to soldiers on leave, but most close by four, and the playgrounds are empty even on warm afternoons.

Kostiantynivka, about 20 kilometres to the south, has been under attack since the spring. Russian troops have pushed into its eastern outskirts, and most military analysts now expect the battle for the town to go on into the winter. If it falls, Russian artillery could reach the southern districts of Druzhkivka and Kramatorsk, and Moscow could try to cut the road between the two cities by spring.

"That is not a prediction. It is a scenario we have to plan for," said Jonas Berg, an analyst at the Nordic Institute for Security Studies in Stockholm. "The Russians have the manpower to keep attacking, but not the mechanised forces for a fast breakthrough. What we are likely to see is a slow squeeze, with glide bombs doing most of the work."

Others are more cautious. Russian forces have gained on average fewer than 10 square kilometres a day in the Donetsk region this autumn, according to open-source mapping projects, and the Kremlin's demand that Ukraine hand over the rest of the region without a fight has been rejected in Kyiv as a non-starter. Whether a ceasefire could freeze the line before Kramatorsk comes within artillery range is the question everyone here asks, and no one can answer.

Photograph: Andrii Zhuk for Longitude

The night before I arrived, late on Wednesday, a Shahed drone crashed into the gym of School No. 12 in neighbouring Sloviansk. The school has been teaching online since 2022, the building was empty and no one was hurt, the city council said. In the morning, teachers came to look at the hole in the roof and then went home to log on to their lessons.

On Friday morning, a Russian drone hit the water pumping station in Mykolaivka, a small town north-east of Sloviansk that supplies the city with drinking water. Since then most of Sloviansk has been without running water, and the city has opened 40 distribution points where residents queue with plastic canisters.

"We had water for eight months after the last time. We will fix it again, but every repair takes longer, because the spare parts are gone," said Petro Savchuk, an engineer at the municipal water utility.

Heating is the next worry. Last week, a glide bomb destroyed the boiler house that heated three districts of Kramatorsk's Old Town, and with the heating season due to start in mid-October, the city is installing modular boilers bought with money from European donors. "If we don't finish by November, we will have to move people out of the high-rises," Mazur said.

The numbers show how fast the pressure has grown. In September, the city administration counted 63 guided bombs on Kramatorsk and its suburbs, against 11 in June. Most of them fall on the southern and eastern edges of the city, where the industrial zone meets the fields, but the market strike was the third this year in the centre.

Valentyna Horbach in her flat on the fifth floor of a building on Vasylia Stusa Street. Photo: Andrii Zhuk/Longitude

Valentyna Horbach, 71, a retired teacher of chemistry, lives on the fifth floor of a building whose windows have been blown out twice. She has no plans to leave. "My children are in Dnipro and they call every day. Where would I go? Here is my flat, my garden, my husband's grave," she said, pouring tea from a thermos because the gas pressure is too low to cook.

In August, the regional administration ordered the mandatory evacuation of families with children from villages east of the city. Kramatorsk itself has not been ordered to evacuate, and officials say they have no plans to do so as long as water, power and heating can be kept going.

The soldiers who defend the approaches are less worried about the city's morale than about the sky. A drone unit commander who gave only his call sign, Fox, described the glide bombs as the weapon his men cannot answer. "They are dropped from 60, 70 kilometres away. We can't reach the planes. We hunt the people who guide them," he said.

Western officials say Ukraine needs more long-range air defence to push Russian jets back from the front, and several European governments have promised to finance additional systems next year. Until then, the people of Kramatorsk will keep listening to the sky and going to the market.

On Saturday morning the honey stall was open again. The dead woman's daughter stood behind the jars, and when a customer asked how she was, she said only: "We are working."

Topics: Ukraine · Russia-Ukraine war · Donbas · Europe
Comments (87)
© Longitude Media Ltd 2025. All rights reserved.
"""
DOC = {"id": "o11", "date": "2025-10-04", "source": "Longitude (magazine, dispatch)",
       "url": "https://longitude.example/dispatches/2025/oct/04/kramatorsk-glide-bombs", "text": TEXT}

D, THU, WED, FRI = "2025-10-04", "2025-10-02", "2025-10-01", "2025-10-03"
CMA = "Kramatorsk city military administration"
EVENTS = [
    E("o11-1", "air_drone_strike", THU, L("Kramatorsk", 1, "Kramatorsk, central market"), "RU", "UA", fat=N(2),
      inj=N(14), weapons=[W("guided_bomb", "KAB-250", launched=N(2))], claimant=CMA,
      note="'on Thursday afternoon'; the photo caption repeats it (no second event)"),
    E("o11-2", "air_drone_strike", WED, L("Sloviansk", 1, "Sloviansk, School No. 12"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "Shahed-136")], claimant="Sloviansk city council",
      note="'The night before I arrived, late on Wednesday' -> Wednesday; 'no one was hurt' = 0/0"),
    E("o11-3", "air_drone_strike", FRI, L("Mykolaivka"), "RU", "UA", weapons=[W("drone")],
      note="water pumping station hit 'On Friday morning'; Mykolaivka of the Donetsk region"),
    E("o11-4", "infrastructure_disruption", FRI, L("Sloviansk"), "RU", "UA",
      note="most of Sloviansk without running water since Friday"),
    E("o11-5", "air_drone_strike", "2025-09-22", L("Kramatorsk", 1, "Kramatorsk, Old Town boiler house"), "RU", "UA",
      end="2025-09-28", prec="week", weapons=[W("guided_bomb")], note="'Last week': the previous calendar week"),
    E("o11-6", "air_drone_strike", "2025-09-01", L("Kramatorsk", 2, "Kramatorsk and its suburbs"), "RU", "UA",
      end="2025-09-30", prec="month", agg=True, optional=True, weapons=[W("guided_bomb", launched=N(63))],
      claimant=CMA, note="monthly total: optional aggregate; June's 11 is a comparison, not annotated"),
    E("o11-7", "policy_decision", "2025-08-01", R("UA-14", "Donetsk region (villages east of Kramatorsk)", precision=2),
      "UA", None, end="2025-08-31", prec="month", optional=True, claimant="Donetsk regional administration",
      note="evacuation order recalled with its month: optional (evacuation orders are optional policy decisions)"),
]
STATEMENTS = [
    S("Serhiy Mazur", "UA", "Now we count it in the range of a glide bomb", "head of the city military administration"),
    S("Serhiy Mazur", "UA", "we pray that it does", "head of the city military administration"),
    S("Jonas Berg", None, "It is a scenario we have to plan for", "analyst"),
    S("Petro Savchuk", "UA", "every repair takes longer, because the spare parts are gone", "water utility engineer"),
    S("Serhiy Mazur", "UA", "we will have to move people out of the high-rises", "head of the city military administration"),
    S("Valentyna Horbach", "UA", "Here is my flat, my garden, my husband's grave", "resident"),
]
MUST_NOT = ["LONGITUDE", "Dispatches | Europe | Ukraine", "By Miriam Holt in Kramatorsk", "Photographs by Andrii Zhuk",
            "4 October 2025 · 14 min read", "Sign up to Longitude Weekly, our newsletter of long reads →",
            "Photograph: Andrii Zhuk for Longitude", "Topics: Ukraine · Russia-Ukraine war · Donbas · Europe",
            "Comments (87)", "© Longitude Media Ltd 2025. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
