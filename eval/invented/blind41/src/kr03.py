from common import E, L, R, C, N, W, S, gold

TITLE = "Death toll in Dnipro rises to five after Russian missile and drone attack"
TEXT = """The Northern Courier
News | Opinion | Sport | Culture | Lifestyle
World ▸ Europe ▸ Ukraine
Support the Courier: fund independent journalism from £5 a month
Death toll in Dnipro rises to five after Russian missile and drone attack
Ballistic missile brought down two floors of an apartment block; petrol station attendant among the dead
Dan Whitfield in Kyiv and agencies
Tue 26 Nov 2024 14.05 GMT
Share
Rescue workers clear rubble from a five-storey building in Dnipro on Tuesday. Photograph: Mykola Tereshko/EPA
The number of people killed in a Russian missile and drone attack on the central Ukrainian city of Dnipro rose to five on Tuesday afternoon, after emergency workers recovered two more bodies from a partly collapsed apartment block. Earlier in the day, officials had put the toll at three. At least 23 people were injured, 11 of whom remain in hospital, the regional governor said.

The attack began shortly after 4am. In the Shevchenkivskyi district, a ballistic missile struck a five-storey residential building, bringing down two floors of one stairwell; four of the dead were found there and 15 people were injured. In the Samarskyi district on the left bank, a drone hit a petrol station, killing the night attendant and wounding three people.

Five more people were hurt by debris in the Chechelivskyi district, where windows were blown out of a school and a kindergarten. About 4,000 households on the left bank were left without electricity for several hours.

"I heard the whistle, then nothing – the dust was so thick I could not see my own hands," said Larysa Bondar, 71, who was led out of the building by her neighbour's son. "Thirty years I lived on the fourth floor. Now there is no fourth floor."

Nationally, Russia launched two Iskander-M ballistic missiles, one Kh-59 guided missile and 49 drones overnight, Ukraine's air force said. Thirty of the drones and the Kh-59 were shot down; 14 drones were "lost" to electronic jamming, a formula the air force uses for decoys that vanish from radar without being destroyed.

Further south, in the same region, Russian artillery shelled Nikopol on Tuesday morning, wounding a 64-year-old man. In Marhanets, a kamikaze drone set a private house on fire; no one was hurt, according to the governor.

It was the second attack on Dnipro in three days. On Sunday, a drone struck a city bus in the Industrialnyi district, injuring six passengers.

Dnipro, a city of almost a million people that houses hospitals and logistics hubs serving the eastern front, has been hit repeatedly since 2022. The mayor declared Wednesday a day of mourning.

"The pattern this autumn is to combine one or two ballistic missiles with a cloud of drones, so that air defence is busy with the drones when the missile arrives," said Helen Marr, who studies the Russian armed forces at the University of Leeds.
Explore more on these topics
Ukraine | Russia | Europe | Drones
Most viewed
Reuse this content
"""
DOC = {"id": "kr03", "date": "2024-11-26", "source": "The Northern Courier (British newspaper website)",
       "url": "https://www.northerncourier.example/world/2024/nov/26/dnipro-death-toll-rises-russian-missile-drone-attack",
       "text": TEXT}

D = "2024-11-26"
EVENTS = [
    E("kr03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2)), W("cruise_missile", "Kh-59", launched=N(1)),
               W("drone", launched=N(49))],
      note="'Nationally, Russia launched two Iskander-M …, one Kh-59 … and 49 drones overnight': the country wave "
           "(Tuesday report), typed by the missiles"),
    E("kr03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kr03-1",
      weapons=[W("drone", intercepted=N(30)), W("cruise_missile", intercepted=N(1))],
      note="'Thirty of the drones and the Kh-59 were shot down'; the 14 drones 'lost' to jamming are not intercepted "
           "(blind7 n07 call)"),
    E("kr03-3", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", parent="kr03-1", fat=N(5),
      inj=N(23, "at_least"), weapons=[W("ballistic_missile"), W("drone")],
      note="the city attack 'shortly after 4am': toll 'rose to five on Tuesday afternoon' (earlier three: the latest "
           "figure wins), 'At least 23 people were injured'; parent of the district lines, typed by the missile"),
    E("kr03-4", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", parent="kr03-3", fat=N(4), inj=N(15),
      weapons=[W("ballistic_missile")],
      note="Shevchenkivskyi district (= the city): ballistic missile on a five-storey block, 4 killed, 15 injured"),
    E("kr03-5", "air_drone_strike", D, L("Dnipro"), "RU", "UA", parent="kr03-3", fat=N(1), inj=N(3),
      weapons=[W("drone")], note="Samarskyi district (= the city): drone on a petrol station, 1 killed, 3 wounded"),
    E("kr03-6", "air_drone_strike", D, L("Dnipro"), "RU", "UA", parent="kr03-3", inj=N(5),
      family=["missile_artillery_strike"],
      note="Chechelivskyi district: 'Five more people were hurt by debris' (weapon not said -> both types)"),
    E("kr03-7", "infrastructure_disruption", D, L("Dnipro"), "RU", "UA", parent="kr03-3",
      note="'About 4,000 households on the left bank were left without electricity for several hours'"),
    E("kr03-8", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'Russian artillery shelled Nikopol on Tuesday morning, wounding a 64-year-old man'"),
    E("kr03-9", "air_drone_strike", D, L("Marhanets"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="kamikaze drone set a house on fire in Marhanets; 'no one was hurt' = 0/0; no day given -> the report's day"),
    E("kr03-10", "air_drone_strike", "2024-11-24", L("Dnipro"), "RU", "UA", inj=N(6), weapons=[W("drone")],
      note="recalled: 'On Sunday, a drone struck a city bus in the Industrialnyi district, injuring six' (24 Nov) -> "
           "required"),
]
# Not events: 'hit repeatedly since 2022' (habitual), the day of mourning (a civic decision, not a war event), the
# analyst's 'pattern this autumn' (analysis), the caption (repeats kr03-4).
STATEMENTS = [
    S("Larysa Bondar", "UA", "Now there is no fourth floor", "resident, Shevchenkivskyi district"),
    S("Helen Marr", None, "so that air defence is busy with the drones when the missile arrives",
      "researcher, University of Leeds"),
]
MUST_NOT = ["The Northern Courier", "News | Opinion | Sport | Culture | Lifestyle", "World ▸ Europe ▸ Ukraine",
            "Support the Courier: fund independent journalism from £5 a month", "Dan Whitfield in Kyiv and agencies",
            "Tue 26 Nov 2024 14.05 GMT", "Share", "Explore more on these topics", "Ukraine | Russia | Europe | Drones",
            "Most viewed", "Reuse this content"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
