from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine's cities are being frozen on purpose. Europe can still stop it"
TEXT = """THE CARROW STANDARD
Home | UK | World | Business | Comment | Culture | Sport
COMMENT
Ukraine's cities are being frozen on purpose. Europe can still stop it
A missile plant and a boiler house cost less than a single week of Russian oil exports. That is the arithmetic Europe keeps refusing to do.
By Solveig Marchetti-Brandt
Wednesday 14 January 2026 06:00 GMT
Solveig Marchetti-Brandt is a former adviser to the International Energy Agency and directs the Winter Grid Project at a European university.
Follow Comment on social media

At about eleven o'clock on Saturday night, the first of several Russian missiles struck the combined heat and power plant on the southern edge of Kharkiv. Drones followed for the next two hours. Nobody was hurt, the city's emergency services said on Sunday morning, which in a city of more than a million people is something close to a miracle. But the strike did what it was meant to do. Within an hour some 180,000 flats in Kharkiv had no heating, and by dawn the thermometer outside stood at minus twelve.

I have spent three winters studying what happens to a Ukrainian city when its heat goes. The pattern is always the same. For the first day, people wait. On the second, they fill bathtubs and buy candles. By the third, the pipes in the unheated blocks begin to freeze and burst, and the damage that a missile did to one plant spreads, invisibly, through thousands of flats. Engineers then have a choice between draining entire districts, which means no heating until spring, and gambling that the plant can be restarted in time. In Kharkiv this week they are gambling.

"We can patch a turbine in five days if nothing else is hit," Taras Yemets, a shift supervisor at the plant, told me by phone on Monday. "In three years, that has not happened once."

This is not collateral damage. Russia's strike planners have known since the winter of 2022 exactly which parts of a Ukrainian city's heating system are hardest to replace: large transformers, turbines, and the boiler houses that serve whole neighbourhoods. They have gone after them methodically. Last Thursday it was a substation outside Chernihiv, hit by drones in the small hours, which cut power to around 40,000 homes for most of the day. Before that it was Odesa, Dnipro, Kryvyi Rih and Sumy, in a sequence so regular that engineers in each city can predict, within a week or so, when their turn will come.

Moscow, for its part, insists that it strikes only "energy facilities serving the Ukrainian armed forces". That claim does not survive a visit to a block of flats on the fourteenth floor of which an eighty-year-old woman is sitting in her coat. Nor does the other favourite line of Russian officials, that the strikes are retaliation for Ukrainian attacks on Russian refineries. The attacks on Ukraine's grid began long before Ukraine had a single drone capable of reaching a Russian refinery.

The first serious attack on Ukraine's grid came in October 2022. I remember sitting in a meeting in Paris that month at which Western officials agreed that the strikes would stop once Russia ran short of missiles. Russia did not run short. It built drone factories instead, and it learned to fire its missiles in fewer, larger salvos that overwhelm air defence. Last month, by Ukraine's own count, Russia launched more than 5,000 drones at the country. Had Europe invested in Ukraine's grid in 2023 with the urgency it now shows towards its own gas storage, Kharkiv would not be freezing this week.

Kharkiv knows this better than anywhere. Its largest power plant was destroyed in the spring of 2024, and the city spent that summer on rolling blackouts of up to sixteen hours a day. Engineers rebuilt what they could with parts cannibalised from plants in the west of the country and with a handful of second-hand turbines from Lithuania and Germany. The plant hit on Saturday was part of that patchwork. Each repair, in other words, is built from the last spare parts of the previous repair, and the stock of such parts is now almost gone. A senior official of Ukraine's grid operator told me in December that there was "no second set" of the large transformers that Kharkiv needs. Nobody in Europe makes them quickly, and none of the manufacturers I have spoken to has a single unit in stock.

The human cost does not show up in casualty figures. Elderly people who live alone on upper floors, where lifts stop working when the power goes, are the first to suffer. Doctors in Kharkiv say that admissions for hypothermia and carbon monoxide poisoning from makeshift stoves rise every winter in the weeks after a major strike.

It is worth recalling that this is not the first war in which an electricity grid has been a target. On 2 May 1999, NATO aircraft dropped graphite bombs on transformer stations in Serbia, plunging most of the country into darkness. The aim then, as now, was to make a government's population feel the cost of its leaders' choices. But there is a moral difference that should not need stating: Serbia's lights came back within a day, and no one planned for its civilians to spend January without heat.

Some European governments have begun to understand. On Monday, the Finnish government approved 90 million euros for mobile gas turbines and transformer parts for Ukraine, money that can be spent this winter rather than promised for next year. That is welcome. It is also a rounding error next to what is needed. The World Bank estimates the damage to Ukraine's energy system at tens of billions of dollars, and the sums pledged at donor conferences since 2023 have arrived late, in fragments, and often for projects that take years to finish.

What should be done? Three things, all of them within Europe's power.

First, Europe should treat heating equipment as it treats ammunition: as a military supply with a delivery schedule. If every EU member state shipped a single mobile boiler house to Ukraine this month, Kharkiv and every city like it would have a reserve that no single strike could destroy. Transformers, which take a year to build, should be pre-ordered in bulk and stored close to the border.

Second, Europe should pay for air defence that protects heat, not only front-line troops. A battery that guards a power plant guards a city. If Ukraine had two or three more such batteries around Kharkiv, the strike on Saturday would likely have been stopped short of the plant.

Third, Europe should stop buying the Russian energy that pays for the missiles. Every winter since 2022 we have been told that a full ban on Russian liquefied gas is coming next year. It would cost less than people think, and it would do more than any speech.

None of this will bring the heat back to Kharkiv this week. But if European leaders wait until the spring to act, they will be making the same mistake for the fourth winter running, and the next time a plant is hit, there may be no one left in the city to count the flats without heating.

Ukrainians have shown a resilience that outsiders barely understand. They should not have to keep proving it in their own kitchens, in coats, by candlelight.

The views expressed in this article are the author's own.
Have your say: send a letter to the editor at letters@carrowstandard.example
More Comment: Why the Baltic states are rebuilding their bunkers
Copyright The Carrow Standard 2026
"""
DOC = {"id": "kv03", "date": "2026-01-14", "source": "The Carrow Standard (newspaper site, comment/op-ed)",
       "url": "https://carrowstandard.example/comment/2026/jan/14/ukraine-cities-frozen-on-purpose", "text": TEXT}

SAT, MON, THU = "2026-01-10", "2026-01-12", "2026-01-08"
EVENTS = [
    E("kv03-1", "missile_artillery_strike", SAT, L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile"), W("drone")],
      note="'At about eleven o'clock on Saturday night' (Sat 10 Jan, publication Wed 14 Jan) missiles, then drones, on "
           "the heat and power plant 'on the southern edge of Kharkiv' (the plant is the city's); 'Nobody was hurt' = "
           "0/0; typed by the missiles; the later mention 'the strike on Saturday' repeats it"),
    E("kv03-2", "infrastructure_disruption", SAT, L("Kharkiv"), "RU", "UA", parent="kv03-1",
      note="'Within an hour some 180,000 flats in Kharkiv had no heating' -> Saturday night, with the strike"),
    E("kv03-3", "air_drone_strike", THU, L("Chernihiv", 2), "RU", "UA", weapons=[W("drone")],
      note="'Last Thursday it was a substation outside Chernihiv, hit by drones in the small hours' (Thu 8 Jan) -> "
           "'outside' = precision 2"),
    E("kv03-4", "infrastructure_disruption", THU, L("Chernihiv", 2), "RU", "UA", parent="kv03-3",
      note="'which cut power to around 40,000 homes for most of the day'"),
    E("kv03-5", "policy_decision", MON, C("FI", "Finland"), "FI", "UA",
      note="'On Monday, the Finnish government approved 90 million euros for mobile gas turbines' (Mon 12 Jan) -> the "
           "deciding country, precision 4"),
    E("kv03-6", "air_drone_strike", "2025-12-01", C("UA", "Ukraine"), "RU", "UA", end="2025-12-31", prec="month",
      agg=True, optional=True, weapons=[W("drone", launched=N(5000, "at_least"))],
      note="'Last month, by Ukraine's own count, Russia launched more than 5,000 drones at the country': a month "
           "tally told as an argument in an op-ed, optional (blind39 call 4)"),
]
# Not events: Moscow's 'energy facilities serving the Ukrainian armed forces' and the retaliation line (claims the
# page rejects, no incident); Kharkiv's largest plant 'destroyed in the spring of 2024' and 'that summer' of blackouts (history
# without a day), repairs with parts from Lithuania and Germany, the grid official's quote (unnamed) and 'no second
# set' of transformers (state of affairs), hospital admissions 'every winter' (habitual); the three-winter pattern (first day, second day, third day: habitual description); the engineers'
# choice 'this week' (no incident); the supervisor's quote; 'known since the winter of 2022' (history); 'Before that
# it was Odesa, Dnipro, Kryvyi Rih and Sumy' (a sequence without days); the first serious attack 'in October 2022'
# and the Paris meeting 'that month' (history without days); 'Russia did not run short' and the drone factories
# (trend); 'Had Europe invested … Kharkiv would not be freezing' (counterfactual); NATO's graphite bombs in Serbia
# 'On 2 May 1999' (another war, no gold even with a day) and Serbia's lights coming back; the World Bank estimate
# and pledges 'since 2023' (cumulative); the three recommendations ('should', 'If every EU member state shipped …
# would', 'If Ukraine had two or three more such batteries … would likely have been stopped' (counterfactual),
# the LNG ban 'coming next year' every winter since 2022); 'if European leaders wait until the spring … will be
# making the same mistake' (conditional).
STATEMENTS = [
    S("Taras Yemets", "UA", "We can patch a turbine in five days if nothing else is hit",
      "shift supervisor at the Kharkiv heat and power plant"),
]
MUST_NOT = ["THE CARROW STANDARD",
            "Home | UK | World | Business | Comment | Culture | Sport",
            "COMMENT",
            "By Solveig Marchetti-Brandt",
            "Wednesday 14 January 2026 06:00 GMT",
            "Follow Comment on social media",
            "The views expressed in this article are the author's own.",
            "Have your say: send a letter to the editor at letters@carrowstandard.example",
            "More Comment: Why the Baltic states are rebuilding their bunkers",
            "Copyright The Carrow Standard 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
