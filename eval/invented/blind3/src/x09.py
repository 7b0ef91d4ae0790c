from common import *

TITLE = "The river that will not stay quiet: a year on Kherson's waterfront"
TEXT = f"""The Meridian Review · Long Read
{TITLE}
One year after the Russian retreat across the Dnipro, the city that celebrated its liberation lives within range of the guns on the other bank.
Words by Agnieszka Wolan · Photographs by Dmytro Koval
12 November 2023 · 14 min read

Photo caption: A volunteer unloads bread outside a bakery in central Kherson. The left bank, held by Russian forces, is less than a kilometre away. (Dmytro Koval for The Meridian Review)

On the morning after the anniversary, the embankment in Kherson is empty. A year ago, on 11 November 2022, thousands of people crowded the main square to greet the first Ukrainian soldiers to enter the city after eight months of occupation. This Saturday, the city marked the date with a minute of silence in shelters and basements, because the square is within sight of Russian artillery spotters on the far bank.

The river has always defined Kherson. Founded in 1778 as a fortress and shipyard on the orders of Catherine the Great, the city grew as the Russian empire's gateway to the Black Sea. In the autumn of 1943, the Dnipro became the line on which the Wehrmacht tried to halt the Red Army; the battle for the river crossings cost hundreds of thousands of lives between August and December of that year, and Kherson itself was not liberated until March 1944.

In June this year, the river changed again. The destruction of the Kakhovka dam upstream on 6 June 2023 flooded the low-lying districts of Kherson and dozens of villages on both banks. The water has long since receded, but in the Ostriv and Korabel neighbourhoods the high-water mark is still visible on the walls, a brown line at the height of a man's chest.

Photo caption: Flood marks on a house in the Korabel microdistrict, photographed in October. (Dmytro Koval)

The war has not let the city recover. On Saturday, as residents observed the anniversary, Russian artillery fire from the left bank hit the Korabel microdistrict, killing a 70-year-old man in his courtyard, the regional military administration said. The same day, a shell struck an electrical substation, leaving much of the Dniprovskyi district without power until late evening.

Residents say they have learned to read the rhythm of the shelling. "They start after breakfast and stop at dusk, and in between you run," said Halyna, 63, who sells vegetables from a folding table near the central market. She did not want to give her surname.

Drones have become the newest fear. On Thursday, a Russian drone dropped a grenade on a bus stop in Bilozerka, a town west of the city, wounding two women who were waiting for the morning bus, local officials said. Volunteers now tape sheets of plywood over the bus shelters.

Across the river, the war has taken a different shape. For several weeks, Ukrainian marines have clung to footholds on the left bank near the village of Krynky. Their presence, first acknowledged by officials only this month, is the most significant Ukrainian operation in the south since the city's liberation. Ukraine's General Staff said on Friday that the marines had repelled six Russian assaults near Krynky over the previous day. Russia's defence ministry says it has destroyed every Ukrainian boat that crossed the river, a claim that cannot be checked.

Military analysts are cautious. "A bridgehead is not an offensive," said Pavlo Hurov, a former officer who now writes about the southern front. "It ties down Russian units, which is useful, but no one should expect tanks to cross the Dnipro this winter." The comparisons with 1943, he added, are tempting but misleading: the Red Army of 1943 had millions of men and a river to cross at dozens of points; the Ukrainian marines have a few boats and a night.

The marines' families in Kherson follow every rumour. One mother, who asked to be identified only as Oksana, said her son had called her once in three weeks. "He said it is wet, cold and loud. That is all he is allowed to say," she said.

Photo caption: Smoke rises over the left bank near Krynky, seen from a high-rise building in Kherson, 10 November 2023. (Dmytro Koval)

For the older residents, the river's history is personal. Valentyna, 84, remembers her mother describing the winter of 1943, when German engineers blew up the grain elevators along the port before retreating. "She said the sky was black for three days," Valentyna said, sitting in a kitchen whose window has been replaced with plastic sheeting twice since the spring. "Now I tell my grandchildren the same kind of stories, and they tell me theirs."

The occupation itself is still being catalogued. Investigators from the regional prosecutor's office say they have documented more than a dozen places where detainees were held during the eight months of Russian control, and exhumations of bodies buried in courtyards and parks continued through the summer. Lawyers working with families say that hundreds of residents taken to the left bank or to Crimea during the occupation remain unaccounted for. Those cases, they say, will take years to resolve.

The economics of the city have shrunk to the scale of survival. The shipyards that once built tankers and dry-cargo vessels stand idle, their cranes frozen at odd angles. The port, which handled grain and metals before the war, has not received a ship since February 2022. Most of the shops that remain open sell bread, tinned food, batteries and candles; the few cafes on the central streets close by four in the afternoon, well before the evening curfew.

The city's population, about 280,000 before the full-scale invasion, has fallen to roughly 70,000, officials say. Schools teach online; the hospital works from its basement. Each evening, the regional administration publishes a list of the day's damage: a house in one district, a shop in another, a name, an age.

Yet the market opens every morning, and on the embankment a few fishermen still cast their lines into the river that has brought the city both its wealth and its grief. "The Dnipro was here before the Russians and it will be here after them," said one of them, Mykola, 71. "So will I, if they let me."

Whether the city will see a quieter winter depends on what happens on the other bank, and no one in Kherson is willing to make a forecast.

More from The Meridian Review:
Dispatch: The last ferryman of the lower Dnipro
Photo essay: Kherson, one year after
Support independent journalism — become a member today.
"""
MUST_NOT = ["The Meridian Review · Long Read", "Words by Agnieszka Wolan · Photographs by Dmytro Koval",
            "12 November 2023 · 14 min read", "More from The Meridian Review:",
            "Dispatch: The last ferryman of the lower Dnipro", "Photo essay: Kherson, one year after",
            "Support independent journalism — become a member today."]
EVENTS = [
 E("x09-1", "missile_artillery_strike", "2023-11-11", "RU", "UA", at("Kherson", name="Kherson (Korabel microdistrict)"),
   weapons=[W("artillery")], fat=1, target="residential", claimant="Kherson regional military administration"),
 E("x09-2", "infrastructure_disruption", "2023-11-11", "RU", "UA", at("Kherson", name="Kherson (Dniprovskyi district)"),
   note="substation hit by a shell; the shelling itself is the same day's strike on the city"),
 E("x09-3", "air_drone_strike", "2023-11-09", "RU", "UA", at("Bilozerka"), inj=2, target="civilians", claimant="local officials"),
 E("x09-4", "armed_clash", "2023-11-09", "RU", "UA", near("Krynky", "near Krynky"), date_end="2023-11-10",
   claimant="General Staff of Ukraine", note="'over the previous day' in a Friday statement"),
 E("x09-5", "missile_artillery_strike", "2023-11-11", "RU", "UA", at("Kherson", name="Kherson (substation, Dniprovskyi district)"),
   optional=True, note="shell on the substation: may be read as its own strike or part of x09-1"),
]
STATEMENTS = [
 S("Halyna", "UA", "They start after breakfast and stop at dusk", "market vendor"),
 S("Oksana", "UA", "He said it is wet, cold and loud", "mother of a marine"),
 S("Valentyna", "UA", "She said the sky was black for three days", "resident"),
 S("Pavlo Hurov", "UA", "A bridgehead is not an offensive", "former officer, writer"),
 S("Mykola", "UA", "The Dnipro was here before the Russians and it will be here after them", "fisherman"),
]

def build():
    return article("x09", "2023-11-12", "The Meridian Review", "https://meridianreview.example/longread/kherson-waterfront-one-year",
                   "long feature (history, photo captions)", "history with explicit dates (1778, 1943, March 1944, 11 Nov 2022, 6 June 2023 dam); photo captions repeating news; relative dates Saturday/Thursday/Friday; first names only; forecasts refused",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
