from common import E, L, R, C, N, W, S, gold

TITLE = "Kupiansk, explained: why a railway town on the Oskil keeps coming back to the front line"
TEXT = """EASTLINE MEDIA
Ukraine · Russia · Explainers · Data · Podcast
EXPLAINER
Kupiansk, explained: why a railway town on the Oskil keeps coming back to the front line
Ostap Yurchenko
Oct. 22, 2025, 2:14 p.m. ET
Jump to: 2022 · The long siege · What is happening now · What comes next
Text size: A− A+

Kupiansk had about 27,000 residents before the full-scale invasion. It is not large, it is not a regional capital, and most people outside Ukraine had never heard of it before 2022. Yet the town in the north-east of the Kharkiv region has now been occupied, liberated, besieged and infiltrated in the space of less than four years. Here is why it matters and what is happening there this week.

Why Kupiansk matters

The answer is geography. Kupiansk sits where the Oskil River is crossed by the railway lines that connect Kharkiv with Luhansk in the east and with Belgorod in Russia to the north. Whoever holds the town and its rail junction, Kupiansk-Vuzlovyi, a few kilometres to the south, controls the main crossings over the Oskil in this part of the front. In the 19th century the railway made Kupiansk a grain and livestock hub; in the 20th, the Red Army and the Wehrmacht fought over the same bridges in 1942 and 1943.

For Russia, taking Kupiansk would secure the northern flank of its forces in the Luhansk region and open a route west toward Kharkiv. For Ukraine, holding it protects the Oskil line and the approaches to the towns of Izium and Balakliia, recaptured at great cost in 2022.

2022: a town handed over and won back

On February 27, 2022, three days into the invasion, Russian troops entered Kupiansk without a fight after the town's then mayor agreed to hand it over. He was later charged with treason by Ukrainian prosecutors. For six months Kupiansk served as a Russian logistics hub, with ammunition and fuel moving by rail from Belgorod to the Donbas front.

That ended during Ukraine's Kharkiv counteroffensive. On September 10, 2022, Ukrainian forces recaptured the centre of Kupiansk on the west bank of the Oskil and raised the flag over the town council building. The eastern part of the town, across the river, was cleared later that month.

The long siege

Russia never accepted the loss. From 2023 onward, its forces repeatedly tried to push back to the river along a broad arc north and east of the town, and the shelling of Kupiansk became daily. The town's gas supply was cut in 2023 and never fully restored; its central water supply failed after a strike on the pumping station. By the start of 2025 fewer than 3,000 people remained, most of them elderly.

In November 2024, Russian assault groups first broke into the northern outskirts of the town, though Ukrainian forces pushed them back within days. Since then, the pattern has repeated itself: small groups of Russian infantry infiltrate through forest belts and ruined streets, some of them disguised in civilian clothes, and Ukrainian units spend days hunting them down.

"The war in Kupiansk is not a front line any more, it's a sieve," said Yuliia Pashko, a volunteer who evacuates residents from the town. "You can drive down a street that was safe yesterday and meet a Russian patrol."

What is happening now

The fighting has intensified again this month. On Sunday, Ukrainian forces cleared a group of Russian infiltrators from the area around the town council building in the centre of Kupiansk, the Ukrainian army corps responsible for the sector said, publishing footage of the operation. Four Russian soldiers were captured, it said.

Russia's General Staff said on Monday that its forces controlled "more than 70 per cent" of Kupiansk, a figure that neither Ukrainian officials nor independent mapping projects support. Russian officials have announced the town's imminent fall several times since the summer.

On Tuesday, a Russian glide bomb hit a street near the hospital in Kupiansk-Vuzlovyi, injuring two people, the regional administration said. The same day the Kharkiv regional administration announced the mandatory evacuation of families with children from eight villages around the rail junction.

Kupiansk is also a lesson in how little a map can show. Both sides' maps colour the town as theirs. In reality, control of a block can change several times in a week, and the real question is whether Russia can move enough soldiers and supplies across the Oskil to hold what its infiltrators reach.

Who is left

Fewer than a thousand civilians are believed to remain in Kupiansk itself, and several thousand more in the villages around it. Many are elderly people who refuse to leave their houses and animals, or who left once, in 2022, and do not want to leave again. Volunteers and police bring food and water and try to persuade them to go; evacuation now takes place mostly by armoured vehicle, because ordinary cars are hunted by drones on the last stretch of road into the town.

Local officials have said that the town's administration works from Kharkiv, and that the school, the hospital and the district court have all been relocated. The railway bridge over the Oskil has been destroyed and rebuilt more than once, and trains no longer run to Kupiansk-Vuzlovyi at all.

What comes next

Three scenarios are most often discussed by military analysts. In the first, Russian forces keep infiltrating but never secure the crossings, and the town remains a grey zone through the winter. In the second, Russia brings in fresh reserves, cuts the roads from the west, and Ukrainian forces withdraw behind the Oskil, as they did from Avdiivka in February 2024. In the third, Ukrainian forces manage to push Russian units back from the river north of the town, as they did in the autumn of 2024.

Most analysts we spoke to consider the first scenario the most likely for the next two to three months. None of them expected a decisive change before the spring.

What else to read
How the Kharkiv counteroffensive of 2022 unfolded, day by day
The railways that keep the eastern front supplied
Was this explainer useful? Yes · No
Eastline Media is funded by its readers. © 2025 Eastline Media
"""
DOC = {"id": "l05", "date": "2025-10-22", "source": "Eastline Media (explainer)",
       "url": "https://eastline.example.media/explainers/kupiansk-explained", "text": TEXT}

EVENTS = [
    E("l05-1", "territory_change", "2022-02-27", L("Kupiansk"), "RU", "UA",
      note="recalled event with a full date: required (brief convention); handed over 'without a fight' -> "
           "non-violent transfer, still territory_change"),
    E("l05-2", "arrest", "2022-02-27", L("Kupiansk"), "UA", "UA", optional=True, prec="unknown",
      note="the former mayor 'was later charged with treason': undated ('later'), a charge not an arrest; optional"),
    E("l05-3", "territory_change", "2022-09-10", L("Kupiansk"), "UA", "RU",
      note="recalled 'On September 10, 2022' recapture of the west-bank centre: required; the east bank 'later that "
           "month' is vague (no event)"),
    E("l05-4", "armed_clash", "2024-11-01", L("Kupiansk", 2, "northern outskirts of Kupiansk"), "RU", "UA",
      prec="month", optional=True,
      note="'In November 2024 … broke into the northern outskirts … pushed back within days': a month, vague -> optional"),
    E("l05-5", "armed_clash", "2025-10-19", L("Kupiansk", 1, "Kupiansk town centre"), "UA", "RU",
      note="'On Sunday' in a Wednesday 22 Oct explainer = 19 Oct; clearing infiltrators: Ukrainian operation, actor1 UA"),
    E("l05-6", "arrest", "2025-10-19", L("Kupiansk"), "UA", "RU", optional=True,
      note="four Russian soldiers captured in the same operation: prisoners of war, not an arrest by authorities; "
           "optional"),
    E("l05-7", "territory_change", "2025-10-20", L("Kupiansk"), "RU", "UA", optional=True,
      claimant="Russia's General Staff",
      note="'more than 70 per cent' control claim 'on Monday' (20 Oct), unsupported: optional"),
    E("l05-8", "air_drone_strike", "2025-10-21", L("Kupiansk-Vuzlovyi"), "RU", "UA", inj=N(2),
      weapons=[W("guided_bomb")], note="'On Tuesday' = 21 Oct; glide bomb near the hospital, two injured"),
    E("l05-9", "policy_decision", "2025-10-21", L("Kupiansk-Vuzlovyi", 2, "eight villages around the rail junction"),
      "UA", None, optional=True,
      note="mandatory evacuation of families with children announced 'The same day': a civil decision caused by the "
           "war; the taxonomy has no clear type -> optional"),
]
STATEMENTS = [
    S("Yuliia Pashko", "UA", "it's a sieve", "volunteer"),
]
MUST_NOT = ["EASTLINE MEDIA", "Ukraine · Russia · Explainers · Data · Podcast", "EXPLAINER", "Ostap Yurchenko",
            "Oct. 22, 2025, 2:14 p.m. ET",
            "Jump to: 2022 · The long siege · What is happening now · What comes next",
            "Text size: A− A+", "What else to read",
            "How the Kharkiv counteroffensive of 2022 unfolded, day by day",
            "The railways that keep the eastern front supplied",
            "Was this explainer useful? Yes · No",
            "Eastline Media is funded by its readers. © 2025 Eastline Media"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
