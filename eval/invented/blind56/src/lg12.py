from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, CLA, POL

TITLE = "The bombs that glide: Kharkiv, a city within reach"
TEXT = """HANSEATISCHE WOCHENSCHAU
International edition · Weekly since 1951
Politics | World | Business | Culture | Science | Debate
World › Ukraine
From issue 24/2024
A report by Jakob Reimann, Kharkiv
6 June 2024, 08:00
Listen to this article (14 min)
The bombs that glide: Kharkiv, a city within reach
Russia's heaviest weapon against Ukraine's second city costs little, needs no launcher and can hardly be shot down. A visit to a city that has learned to count in seconds.

The woman at the garden centre had come for tomato seedlings. On Sunday afternoon, 2 June, she was standing at the till when two KAB-500 glide bombs struck the car park outside, on the northern edge of Kharkiv in the Saltivskyi district. She was one of three people killed; eleven were injured, among them a boy of twelve whose father carried him to the road. By the time we arrived on Monday morning, the car park was a crater with the twisted frames of a dozen cars around it and a hand-written sign on the fence: "Closed. Forever?"

Kharkiv has become the city of the glide bomb. The principle is simple and cruel. A Su-34 bomber flies over Russian territory, some 40 or 50 kilometres from the border, and releases an old Soviet free-fall bomb to which a kit of wings and satellite guidance has been bolted. It glides the rest of the way. From release to impact, the city has perhaps thirty seconds, often less. "The siren and the explosion now come almost together. People have stopped going down to the shelter because there is no time to reach it," says Dr Iryna Shapoval, a trauma surgeon at a city hospital, who has worked through every one of these afternoons.

It was not always like this. For the first two years of the war Kharkiv lived mostly with missiles: S-300s fired from Belgorod, forty kilometres away, which arrive in under a minute. In March, Russian missiles and drones destroyed the city's large thermal power plant, and since then Kharkiv has lived with scheduled blackouts. The glide bombs came in April, first on the outskirts, then, from May, on the city itself.

On 10 May Russian troops crossed the border near Vovchansk, north-east of Kharkiv, and opened a new front. Ukraine stopped the advance after about ten kilometres, but the offensive pushed Russian artillery and airfields closer to the city. Vovchansk, a town of seventeen thousand before the war, is now largely in ruins. On Monday, fighting went on around the town's aggregate plant, the Ukrainian army said.

Tuesday brought the next bomb. In the evening, a single glide bomb hit a five-storey residential building in the Kyivskyi district; rescuers pulled four people out of the rubble alive, and two were taken to hospital, the regional governor said. The next morning, on Wednesday, a guided bomb destroyed the post office in Zolochiv, a small town north-west of Kharkiv, injuring a postwoman. Since Monday, hourly power cuts have been back in Kharkiv, in part because the city's substations were hit again in May.

In Berlin and Washington, the images from Kharkiv did what months of Ukrainian appeals had not. Last Friday, the federal government announced that Ukraine may use weapons supplied by Germany against military targets on Russian territory from which the Kharkiv region is attacked. The United States had taken a similar step a day earlier. For the people of Kharkiv it is a technical decision that may come too late: the bombers do not need to cross the border, and Ukraine's remaining Patriot systems cannot be everywhere. "We asked for this in January. Now it is June. Every month we waited, people died here," says Oleksii Bratchenko, a member of the Kharkiv city council.

"We must stop asking Ukraine to fight with one hand tied behind its back while the other hand is holding a fire extinguisher," says Katharina Lüders, who sits for the Greens on the Bundestag's defence committee and visited Kharkiv in April.

In May, according to the Ukrainian president, the Russian air force dropped more than 3,200 glide bombs across the front. The arithmetic is brutal: a KAB costs Russia perhaps a tenth of a cruise missile. Shooting down the bombs themselves is almost impossible; the only real defence is to shoot down the aircraft, or to destroy them on the ground.

"A city of a million people that has thirty seconds of warning cannot live normally. And yet it does," says Volodymyr Korzh, who runs a bakery on Sumska Street that has not closed a single day since the spring of 2022. On Wednesday evening his shop had a queue again.
This is a translation of the German original. Comments are closed for this article.
Subscribe to the Wochenschau digital: €4.99 a week, cancel at any time
© Hanseatische Wochenschau Verlag GmbH, Hamburg
"""
DOC = {"id": "lg12", "date": "2024-06-06", "source": "Hanseatische Wochenschau (German weekly, international edition)",
       "url": "https://wochenschau.example/international/2024/24/kharkiv-glide-bombs", "text": TEXT}

D = "2024-06-06"
SUN, MON, TUE, WED, THU0, FRI0 = "2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05", "2024-05-30", "2024-05-31"
EVENTS = [
    E("lg12-1", ADS, SUN, L("Kharkiv"), "RU", "UA", fat=N(3), inj=N(11),
      weapons=[W("guided_bomb", "KAB-500", launched=N(2))],
      evidence="On Sunday afternoon, 2 June, she was standing at the till when two KAB-500 glide bombs struck the car park outside, on the northern edge of Kharkiv in the Saltivskyi district.",
      note="'On Sunday afternoon, 2 June' (the weekly of Thursday 6 Jun): two KAB-500 -> launched 2; 'one of three "
           "people killed; eleven were injured' -> 3 k 11 w; the Saltivskyi district = the city; the visit 'on Monday "
           "morning' is reporting, not an event"),
    E("lg12-2", CLA, "2024-05-10", H("Vovchansk", "border near Vovchansk"), "RU", "UA", family=["territory_change"],
      evidence="On 10 May Russian troops crossed the border near Vovchansk, north-east of Kharkiv, and opened a new front.",
      note="background with its own day (10 May) -> required; the cross-border offensive = an armed clash with RU "
           "attacking (the 'about ten kilometres' is a cumulative result without a day), near X = precision 2; territory_change accepted (an offensive that took ground)"),
    E("lg12-3", CLA, MON, L("Vovchansk"), "RU", "UA", claimant="Ukrainian army",
      evidence="On Monday, fighting went on around the town's aggregate plant, the Ukrainian army said.",
      note="'On Monday' -> 3 Jun; the aggregate plant inside the town = Vovchansk, precision 1"),
    E("lg12-4", ADS, TUE, L("Kharkiv"), "RU", "UA", inj=N(2), weapons=[W("guided_bomb", launched=N(1))],
      claimant="governor of the Kharkiv region",
      evidence="In the evening, a single glide bomb hit a five-storey residential building in the Kyivskyi district",
      note="'Tuesday brought the next bomb. In the evening …' -> 4 Jun; 'a single glide bomb' -> launched 1; four "
           "pulled out alive are rescued, 'two were taken to hospital' -> 2 injured (hospitalised = injured); the "
           "Kyivskyi district = the city"),
    E("lg12-5", ADS, WED, L("Zolochiv"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb")],
      evidence="The next morning, on Wednesday, a guided bomb destroyed the post office in Zolochiv, a small town north-west of Kharkiv, injuring a postwoman.",
      note="'The next morning, on Wednesday' -> 5 Jun; Zolochiv 686895 (Kharkiv oblast, not the Lviv-oblast town)"),
    E("lg12-6", DIS, MON, L("Kharkiv"), None, None, end=D, prec="range",
      evidence="Since Monday, hourly power cuts have been back in Kharkiv",
      note="scheduled hourly cuts since Monday -> a disruption over 3-6 Jun (range); scheduled outages have sides null "
           "(blind53 ld13, blind49 kz13); the May substation hits are background without a day"),
    E("lg12-7", POL, FRI0, C("DE", "Germany"), "DE", "UA",
      evidence="Last Friday, the federal government announced that Ukraine may use weapons supplied by Germany against military targets on Russian territory",
      note="'Last Friday' in a Thursday weekly -> 31 May; a weapons-permission decision -> policy_decision at the deciding "
           "country (precision 4), the recipient UA as actor2"),
    E("lg12-8", POL, THU0, C("US", "United States"), "US", "UA",
      evidence="The United States had taken a similar step a day earlier.",
      note="'a day earlier' than Friday 31 May -> Thursday 30 May; US decision at the country"),
    E("lg12-9", ADS, "2024-05-01", C("UA", "Ukraine (whole front)"), "RU", "UA", optional=True, agg=True,
      end="2024-05-31", prec="month", weapons=[W("guided_bomb", launched=N(3200, "at_least"))],
      evidence="In May, according to the Ukrainian president, the Russian air force dropped more than 3,200 glide bombs across the front.",
      note="a month's tally -> optional aggregate (blind53 ld03's month totals)"),
]
# Not events: the visit 'on Monday morning' and the sign (reporting); the working principle of the glide bomb and
# 'perhaps thirty seconds' (explanation); Shapoval's and Korzh's descriptions (habit); S-300s 'for the first two years'
# (history); the thermal power plant destroyed 'In March' and the blackouts since then (month only); glide bombs 'in
# April' and 'from May' (month only); 'Ukraine stopped the advance after about ten kilometres' (cumulative result, no
# day); Vovchansk 'largely in ruins' (state); the substations 'hit again in May' (month only); 'months of Ukrainian
# appeals'; 'may come too late' and the Patriots 'cannot be everywhere' (opinion); Bratchenko's 'We asked for this in
# January' (no event); Lüders's visit 'in April' (month only, no day); the cost arithmetic; the bakery 'has not closed a
# single day since the spring of 2022' (negation, habit) and the queue on Wednesday evening (no war event). Not gold
# statements: the sign "Closed. Forever?" (no speaker).
STATEMENTS = [
    S("Iryna Shapoval", "UA", "The siren and the explosion now come almost together", "trauma surgeon, Kharkiv"),
    S("Oleksii Bratchenko", "UA", "Every month we waited, people died here", "member of the Kharkiv city council"),
    S("Katharina Lüders", "DE", "fight with one hand tied behind its back", "Green MP, Bundestag defence committee"),
    S("Volodymyr Korzh", "UA", "And yet it does", "baker, Kharkiv"),
]
MUST_NOT = ["HANSEATISCHE WOCHENSCHAU", "International edition · Weekly since 1951",
            "Politics | World | Business | Culture | Science | Debate", "World › Ukraine", "From issue 24/2024",
            "A report by Jakob Reimann, Kharkiv", "6 June 2024, 08:00", "Listen to this article (14 min)",
            "This is a translation of the German original. Comments are closed for this article.",
            "Subscribe to the Wochenschau digital: €4.99 a week, cancel at any time",
            "© Hanseatische Wochenschau Verlag GmbH, Hamburg"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
