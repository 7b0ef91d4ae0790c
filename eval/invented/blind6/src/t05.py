from common import E, L, R, C, N, W, S, gold

TITLE = "The city that waits: a week in Kramatorsk as the front creeps closer"
TEXT = """HARBOUR REVIEW
THE LONG READ
The city that waits: a week in Kramatorsk as the front creeps closer
For three years the largest Ukrainian-held city in Donetsk region has lived in the shadow of the war. Now the war is coming to the door
By Joanna Petrakis. Photographs by Mykyta Lysenko
14 June 2025 · 21 minute read
Save article | Gift this article | Print

Illia Bondar opens his café at seven every morning, whether or not the sirens are sounding. He unlocks the steel shutter, switches on the coffee machine — which runs off a battery bank the size of a fridge when the power is out — and puts two chairs on the pavement, though customers rarely sit outside any more. "It's a signal," he says. "If the café is open, the street is alive. If the street is alive, the city is alive."

The café is on a quiet street near Kramatorsk's central square, a few hundred metres from the city administration building. Before the full-scale invasion it was a place for students and young office workers; now its regulars are soldiers on leave, municipal workers, the few journalists still based in the city and a group of pensioners who come every afternoon to play dominoes and argue about the news. Bondar, 38, a former mining engineer, bought the business in 2019. He has thought about leaving many times. So far he has not.

Kramatorsk is the largest city still held by Ukraine in the Donetsk region, and it has been, since Russian-backed forces were pushed out in the summer of 2014, the de facto capital of the Ukrainian part of the region. Before 2022 it had about 150,000 inhabitants. Local officials now estimate the population at around 60,000, a figure that rises and falls with the seasons and the news from the front. The nearest Russian positions are now about 18 kilometres away, to the south-east, beyond Kostiantynivka. On a quiet night, from the upper floors of the tallest buildings, you can hear the artillery.

Arrival

We arrived on Wednesday, driving in from Sloviansk along a road lined with anti-drone netting — long tunnels of green fishing net strung between poles, meant to catch the small first-person-view drones that have made the roads near the front so dangerous. The netting now reaches almost to the city's northern edge. A year ago, drivers say, there was none.

As we reached the first checkpoint, two loud explosions rolled across the city from the south. Later that afternoon the city military administration said two guided aerial bombs had struck an industrial area on the southern outskirts of Kramatorsk, damaging warehouses and a disused workshop. No one was hurt. By the evening the smoke had cleared, and the people we met barely mentioned it. "Two bombs and nobody hurt is a good day," said a municipal worker who was sweeping glass from the pavement near the market. He did not want to be named.

Guided bombs — old Soviet free-fall bombs fitted with folding wings and satellite guidance — are launched by Russian aircraft from behind their own lines, and there is very little that the city's air defences can do about them. They are the weapon residents fear most. Drones, which the city has learned to live with, are a different kind of threat: smaller, more frequent, and, for now, less destructive.

Memory

Kramatorsk's worst day came early in the war. On 8 April 2022, a Russian Tochka-U missile carrying cluster munitions hit the railway station as thousands of people waited for evacuation trains. More than 60 people were killed, many of them women and children. Russia denied responsibility, a denial that investigators and human rights groups have since dismissed. A small memorial stands in front of the station now: a few stuffed toys, faded photographs, a wreath replaced every spring.

The second date that everyone here remembers is 27 June 2023, when a Russian Iskander missile hit a pizza restaurant in the city centre on a warm summer evening. Thirteen people were killed, among them three teenagers and a well-known Colombian writer who was visiting the city with a delegation. The building has since been demolished; the site is fenced off, and someone has planted sunflowers along the fence.

"People ask me why I stay, after the station, after the restaurant," says Svitlana Hnatiuk, 57, a paediatrician at the city's children's hospital, which has moved most of its departments to the basement. "The answer is that someone has to. There are still children here. Their parents work, or are too old, or too poor, or too stubborn to leave. If we all go, who treats them?"

Hnatiuk remembers the winter of 2023 and 2024, when the city was shelled relentlessly, as the hardest time. Then, earlier this year, in February, a Russian missile struck a five-storey residential building in the city's old town, killing several residents; she spent two days at the hospital without going home. She does not like to talk about it. "You remember faces, not numbers," she says.

Hnatiuk's hospital is a small world of its own. The basement corridors, painted pale green, smell of disinfectant and fresh bread from a volunteer bakery that delivers every morning. There is an operating theatre down here, a ward for eight children, and a room with toys and a television for the children of the staff who have nowhere else to go during the day. The generator hums constantly. A nurse, who has worked at the hospital for 31 years, showed us the shelves of medicines sent by a charity in Poland, each box labelled in two languages. "We have everything except people," she said.

Much of the city's recent history can be read in its buildings. The administration building on the central square, where the Ukrainian flag was raised again in July 2014 after the Russian-backed militants who had seized Sloviansk and Kramatorsk that spring withdrew to Donetsk, still has its flag; its windows are boarded up with plywood painted in the blue and yellow of the flag. The railway station, rebuilt after 2022, has trains again — a single service a day to Kyiv, often cancelled. The old cinema on the main street, where a local theatre company staged performances for soldiers during the first winter of the full-scale war, is shut, its posters sun-bleached.

Life

Walk through Kramatorsk on a weekday and you see a city that has adapted to an abnormal life with remarkable discipline. The supermarkets are stocked. The buses run, though less often. A few schools still operate, entirely online; classes take place in the evenings, when the power is more likely to be on. The city's theatre holds occasional concerts in its basement. The central park has been cleaned, and in the mornings you can see pensioners walking their dogs between the flower beds.

What you do not see are children playing outside, or many men of fighting age who are not in uniform. The restaurants close at eight; the curfew begins at nine. After dark the city is almost entirely black.

Oleh Vasylenko, the deputy head of the city military administration, says that Kramatorsk's municipal services are working "at about 70 per cent". The biggest problem is staff, not money. "Every month a few more people leave — teachers, electricians, bus drivers," he says. "We recruit from the villages, from the displaced. But the people who are left are tired."

He is careful not to sound alarmed about the front. The city has prepared, he says: new fortifications to the south and east, additional shelters, emergency stocks of fuel and water. He will not say what happens if the Russian army reaches the outskirts. "We are planning for every scenario," he says. "But our plan is that they will not come."

Thursday

Late on Thursday evening, a drone hit the fourth floor of a five-storey apartment building on the eastern side of the city, a few streets from the hotel where we were staying. One woman, 71, was injured by flying glass and taken to hospital, the city military administration said. When we arrived twenty minutes later, the residents were already out on the street, in slippers and dressing gowns, some holding cats. A volunteer from the neighbouring building was handing out bottles of water.

"I heard it buzzing and then it stopped buzzing," said Andrii Kovalenko, 44, who lives on the ground floor. "When it stops buzzing, you have about two seconds." He shrugged. "It could have been worse. It usually is somewhere else."

The drone was almost certainly a Shahed-type, the kind of long-range Iranian-designed drone that Russia now launches in huge numbers every night, and which are increasingly aimed at the front-line cities rather than at targets deep in Ukraine. City officials say Kramatorsk was hit by drones on at least a dozen nights in May.

Friday

Overnight into Friday, drones damaged a water pumping station north of the city, and on Friday morning the city's water supply was switched off for more than six hours while engineers repaired the damage, the municipal utility said. Residents who had not stored water queued at the emergency pumps in the courtyards, carrying plastic canisters. No one we spoke to complained. Most already had bathtubs full of water, just in case.

Kramatorsk's water supply has always been its weak spot. The city depends on a canal that runs from the Siverskyi Donets river, and the main pumping stations are outside the city, some of them now within range of Russian artillery. In 2022 and 2023 the water was cut off for weeks at a time. The city has since drilled new wells, but they cover only a fraction of its needs. If the canal were cut for a long period, officials privately admit, it would be very difficult to keep the remaining population in the city through another winter.

The volunteers

A large part of what keeps Kramatorsk functioning is not the state but its volunteers. Anatolii Zhuk, 62, a retired bus driver, drives a battered minivan into the villages south of the city three times a week to deliver bread, medicine and, when they agree, to take elderly residents out. He has evacuated, by his own count, more than 400 people since 2022. Most of them did not want to go. "They say, 'I was born here, I will die here.' I say, 'Yes, but not today,'" he told us. "Sometimes it works."

He has had his windscreen shattered by shrapnel twice, and a drone once followed his van for several kilometres before it lost interest, or ran out of battery. He now drives with a small portable jammer on the dashboard, bought by a church in Canada. He does not know whether it works. "It makes me feel better," he said.

The road south

On our last day we drove south, to the edge of what the military will allow journalists to see without an escort. Beyond Druzhkivka the fields are empty; the villages are emptier. In one of them, an elderly couple were picking cherries in their garden under a camouflage net that their grandson, a soldier, had put up for them. "They fly over every day," said the man, pointing at the sky. "We don't go far from the cellar."

The soldiers we met on the way back were frank about the situation. They described Russian infantry advancing in groups of two or three, on foot or on motorcycles, slipping through gaps in the line under the cover of drones, and Ukrainian units short of infantry to stop them. One of them, a sergeant with the call sign Botsman, said that the fight for Kostiantynivka, a city of similar size to the south, would decide what happens next to Kramatorsk. "If Kostiantynivka holds, Kramatorsk holds," he said. "If not, then it is a question of time."

Analysts agree, broadly. Russian forces have made slow but steady progress in the Donetsk region this year, and the Kremlin has made clear that it regards the whole region as Russian territory. Whether Russia can take the fortified cities of Kramatorsk and Sloviansk, which were built up as a defensive belt after 2014, is one of the central questions of the war. Most Western military analysts believe it would take Russia at least another year of heavy fighting, if it is possible at all.

Waiting

Back at the café, on our last morning, Bondar was pouring coffee for two soldiers and a social worker. The pensioners had not yet arrived for their dominoes. He had heard the drone hit on Thursday evening and had gone to help; he knew the injured woman, who used to buy pastries from him every Sunday.

We asked him what he would do if the order came to evacuate. He took a long time to answer. "I will close the shutter," he said. "And I will come back when it is over. I have already decided that I will come back."

Outside, the two chairs were still on the pavement, empty, facing the street.

This article was supported by a grant from the European Journalism Fund. Names of some interviewees have been shortened at their request.
Read more from The Long Read
Newsletter: The Long Read every Saturday in your inbox
© Harbour Review Media 2025
"""
DOC = {"id": "t05", "date": "2025-06-14", "source": "Harbour Review",
       "url": "https://harbourreview.example/long-read/2025/06/14/kramatorsk-the-city-that-waits", "text": TEXT}

EVENTS = [
    E("t05-1", "air_drone_strike", "2025-06-11", L("Kramatorsk", 1, "southern outskirts of Kramatorsk"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("guided_bomb", launched=N(2))], claimant="city military administration",
      note="'We arrived on Wednesday' = 11 June; two guided bombs, no one hurt"),
    E("t05-2", "air_drone_strike", "2025-06-12", L("Kramatorsk"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant="city military administration", note="'Late on Thursday evening'"),
    E("t05-3", "air_drone_strike", "2025-06-13", L("Kramatorsk", 2, "water pumping station north of Kramatorsk"),
      "RU", "UA", weapons=[W("drone")], claimant="municipal utility",
      note="'Overnight into Friday'; attacker not named explicitly but implied (Russian drones)"),
    E("t05-4", "infrastructure_disruption", "2025-06-13", L("Kramatorsk"), "RU", "UA", claimant="municipal utility",
      note="water supply switched off for 6+ hours on Friday morning"),
    E("t05-5", "missile_artillery_strike", "2025-02-01", L("Kramatorsk", 1, "old town, Kramatorsk"), "RU", "UA",
      end="2025-02-28", prec="month", optional=True, weapons=[W("missile")],
      note="recollection: 'earlier this year, in February', several killed (count vague)"),
    E("t05-6", "air_drone_strike", "2025-05-01", L("Kramatorsk"), "RU", "UA", end="2025-05-31", prec="month",
      agg=True, optional=True, weapons=[W("drone")], note="'hit by drones on at least a dozen nights in May'"),
]
STATEMENTS = [
    S("Illia Bondar", "UA", "If the street is alive, the city is alive", "café owner"),
    S("Svitlana Hnatiuk", "UA", "If we all go, who treats them?", "paediatrician"),
    S("Oleh Vasylenko", "UA", "But our plan is that they will not come", "deputy head of the city military administration"),
    S("Andrii Kovalenko", "UA", "When it stops buzzing, you have about two seconds", "resident"),
    S("Botsman", "UA", "If Kostiantynivka holds, Kramatorsk holds", "Ukrainian sergeant (call sign)"),
]
MUST_NOT = ["HARBOUR REVIEW", "By Joanna Petrakis. Photographs by Mykyta Lysenko", "14 June 2025 · 21 minute read",
            "Save article | Gift this article | Print",
            "This article was supported by a grant from the European Journalism Fund. Names of some interviewees have been shortened at their request.",
            "Read more from The Long Read", "Newsletter: The Long Read every Saturday in your inbox",
            "© Harbour Review Media 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
