from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian flag over Izium as Russian lines collapse in the Kharkiv region"
TEXT = """RWI | Rheinwelle International
News · Europe · World · Ukraine war · Business · Culture
Ukrainian flag over Izium as Russian lines collapse in the Kharkiv region
Kyiv's forces have entered Kupiansk and Izium, two hubs that supplied Russia's army in the east. Moscow calls the retreat a "regrouping." On Sunday evening, Russian missiles cut power across eastern Ukraine.
Date 11.09.2022 | Editor: Jonas Wirth (with material from agencies)
Listen to audio · 04:52
Ukrainian troops entered the city of Izium on Saturday, a Ukrainian military official said, posting a photograph of soldiers raising the national flag over the city council building. Izium had been held by Russia since early April and served as the main staging area for its push towards Sloviansk and Kramatorsk.

Earlier on Saturday, Ukrainian units raised the flag in the centre of Kupiansk, the railway junction through which most Russian supplies to the Izium front ran. A Russian-installed official in the Kharkiv region said fighting was still going on for the part of Kupiansk east of the Oskil river.

Russia's defence ministry announced on Saturday that its troops in the Balakliia and Izium areas would be "regrouped" to strengthen the Donetsk direction. Balakliia, the first sizeable town retaken in the offensive, was entered by Ukrainian forces on Thursday.

"Evacuation is a necessary measure to save the lives of people who cooperated with the administration," said Andrei Vorontsov, head of a Russian-installed administration in the region, in a video posted on Saturday. Long queues of cars were reported at the border crossings into Russia's Belgorod region.
Advertisement
Ukraine's commander-in-chief said on Sunday that his forces had recaptured more than 3,000 square kilometres since the start of the month. The figure could not be verified.

On Sunday evening, Russian missiles struck a thermal power plant on the outskirts of Kharkiv, and power went out across the Kharkiv, Poltava, Sumy and Donetsk regions and in parts of the Dnipropetrovsk region, Ukraine's president said. Water supply also failed in several cities.

"This is the answer of people who can only fight against power stations and transformers, not against soldiers," said Oksana Lytvyn, a security researcher at the Kyiv Institute for Strategic Dialogue. "We should expect more of it before the winter."

In Chuhuiv, south-east of Kharkiv, Russian shelling killed two people on Friday, the regional governor said. Russian artillery has continued to fire on towns in the north of the region from across the border.

The speed of the advance surprised Ukraine's allies as much as Moscow. For weeks Kyiv had talked openly about a counteroffensive in the south, around Kherson, and Russia moved some of its best units there. The blow then fell in the north-east, where Russian lines were held by thinly spread units of the Luhansk and Donetsk militias and by the Rosgvardia national guard.

Russian military bloggers, who generally support the war, turned on the defence ministry on Saturday, accusing it of hiding the scale of the defeat. Several called for a general mobilisation, an idea the Kremlin has so far rejected. A prominent state television host asked on air who would answer for the losses.

"What we are seeing is not a regrouping but a collapse of one sector of the front. The question now is whether Ukraine has the reserves to exploit it before the autumn rains, and whether Russia decides to mobilise," Lytvyn added.

In Berlin, the government again rejected calls to send Leopard tanks, saying it would not act alone. The Kremlin did not comment on the retreat, and Russian state television spoke only of the "goodwill" of the army.

Related topics: Ukraine, Russia, Kharkiv, Bundeswehr, energy
© 2022 Rheinwelle International | Permalink https://rwi.example/a-63214478
"""
DOC = {"id": "kd03", "date": "2022-09-11", "source": "Rheinwelle International (German broadcaster, English service)",
       "url": "https://rwi.example/en/ukrainian-flag-over-izium/a-63214478", "text": TEXT}

D = "2022-09-11"
EVENTS = [
    E("kd03-1", "territory_change", "2022-09-10", L("Izium"), "UA", "RU",
      note="'entered the city of Izium on Saturday' (Sun 11 Sep -> Sat 10); 'held by Russia since early April' is "
           "history"),
    E("kd03-2", "territory_change", "2022-09-10", L("Kupiansk"), "UA", "RU",
      note="'raised the flag in the centre of Kupiansk' earlier on Saturday"),
    E("kd03-3", "armed_clash", "2022-09-10", L("Kupiansk", 2, "Kupiansk east of the Oskil"), "UA", "RU", optional=True,
      note="Russian-installed official: 'fighting was still going on for the part of Kupiansk east of the Oskil' — "
           "real but vague (ongoing, no day of its own); optional"),
    E("kd03-4", "military_mobilization", "2022-09-10", R("UA-63", "Kharkiv region (Balakliia and Izium areas)"), "RU",
      None, optional=True, family=["armed_group_change", "territory_change"],
      note="MoD announcement that troops 'would be regrouped' to the Donetsk direction: the withdrawal behind the two "
           "captures, told as an announcement; optional"),
    E("kd03-5", "territory_change", "2022-09-08", L("Balakliia"), "UA", "RU",
      note="recalled: 'entered by Ukrainian forces on Thursday' (8 Sep) — a resolvable day, required"),
    E("kd03-6", "territory_change", "2022-09-01", R("UA-63", "Kharkiv region"), "UA", "RU", end=D, prec="range",
      agg=True, optional=True,
      note="'recaptured more than 3,000 square kilometres since the start of the month': a monthly tally, optional"),
    E("kd03-9", "missile_artillery_strike", "2022-09-09", L("Chuhuiv"), "RU", "UA", fat=N(2),
      claimant="governor of the Kharkiv region",
      note="'In Chuhuiv … Russian shelling killed two people on Friday' (Sun 11 Sep -> Fri 9); 'has continued to fire "
           "on towns in the north' is ongoing background"),
    E("kd03-7", "missile_artillery_strike", D, L("Kharkiv", 2, "outskirts of Kharkiv (thermal power plant)"), "RU",
      "UA", weapons=[W("missile")], claimant="President of Ukraine",
      note="'On Sunday evening, Russian missiles struck a thermal power plant on the outskirts of Kharkiv' -> "
           "precision 2; missile kind not given"),
    E("kd03-8", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kd03-7",
      note="power out across four listed regions and parts of a fifth, water supply failing: one country-level "
           "disruption (blind8/blind28 convention for listed regions)"),
]
STATEMENTS = [
    S("Andrei Vorontsov", "RU", "Evacuation is a necessary measure to save the lives of people who cooperated",
      "head of a Russian-installed administration"),
    S("Oksana Lytvyn", "UA", "What we are seeing is not a regrouping but a collapse of one sector of the front",
      "security researcher"),
    S("Oksana Lytvyn", "UA", "This is the answer of people who can only fight against power stations and transformers",
      "security researcher"),
]
MUST_NOT = ["RWI | Rheinwelle International", "News · Europe · World · Ukraine war · Business · Culture",
            "Date 11.09.2022 | Editor: Jonas Wirth (with material from agencies)", "Listen to audio · 04:52",
            "Advertisement", "Related topics: Ukraine, Russia, Kharkiv, Bundeswehr, energy",
            "© 2022 Rheinwelle International | Permalink https://rwi.example/a-63214478"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
