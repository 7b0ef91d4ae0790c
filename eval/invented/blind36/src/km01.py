from common import E, L, R, C, N, W, S, gold

TITLE = "Overnight attack with 476 drones and 41 missiles hits Kyiv, Dnipro and power plants in the west"
TEXT = """Skip to main content
Accessibility: Larger text | High contrast | Screen-reader mode
PROSTIR PUBLIC RADIO · English Service
Listen live: Channel One · Channel Two · Culture
News / Security / Air attacks
Overnight attack with 476 drones and 41 missiles hits Kyiv, Dnipro and power plants in the west
By Oksana Verbytska
22 November 2025, 09:47 · Kyiv
🎧 Listen to this article · 4 min · narrated by a synthetic voice
✦ Summary generated with AI, reviewed by our editors
▪ Russia's largest combined attack this month targeted energy sites in several regions.
▪ Casualties were reported in Kyiv and Dnipro.
▪ Emergency power cuts were introduced in five regions.
Was this summary helpful? Yes / No
Russia attacked Ukraine overnight with 476 Shahed-type attack drones and decoys, 29 Kh-101 cruise missiles and 12 Iskander-M ballistic missiles, the Ukrainian Air Force said on Saturday morning.

Air defence units shot down or suppressed 438 drones, 27 cruise missiles and six ballistic missiles, according to the air force. A further 24 drones were "locationally lost", a term the military uses for drones that disappear from radar, most likely because of electronic warfare, and hits were recorded at 17 locations.

"The main targets were again generation and gas infrastructure. The enemy sent the missiles in three waves to exhaust our air defence," said Colonel Andrii Lisovyi, the air force spokesman.

In Kyiv, drones struck two residential buildings in the Darnytskyi district shortly after 3 a.m., killing two people and injuring 11, the head of the city military administration said. Among the injured was a 12-year-old boy.

"We heard the buzzing, then the windows came in. My neighbour on the eighth floor did not make it," said Halyna Boiko, 64, standing in the courtyard wrapped in a blanket.

A ballistic missile hit an industrial enterprise in Dnipro, killing one worker and injuring six, the regional governor said.

In the Ivano-Frankivsk region, missiles struck the Burshtyn thermal power plant, damaging equipment, the plant's operator said. No one was hurt. Five drones were shot down over the Lviv region, and falling debris damaged a private house outside Lviv, the regional authorities said.

In Kharkiv, drones hit a substation in the Kholodnohirskyi district, injuring three employees and leaving about 52,000 customers without electricity, according to the mayor.

Air defence was also active over the Vinnytsia, Khmelnytskyi and Zhytomyr regions, local officials said.

Emergency power cuts were applied on Saturday morning in the Kyiv, Kharkiv, Ivano-Frankivsk, Lviv and Dnipropetrovsk regions, the national grid operator said. Its chief executive, Serhii Markevych, said repairs would take "at least several days" and that scheduled outages could return next week if the frosts continue.

The president again urged Western partners to speed up deliveries of air defence systems, saying Ukraine needed at least ten more Patriot batteries before the winter peak. Moscow has said in the past that it targets only military and energy facilities that support the Ukrainian army.

It was the fourth large combined attack on the energy system since the beginning of November.
Oksana Verbytska covers security and the front for Prostir's English Service. Before joining the broadcaster in 2021, she reported from Dnipro for regional television.
Topics: air defence · Shahed · energy · Burshtyn · Kyiv
Prostir Public Radio is a member of the European Broadcasting Union. Reproduction only with an active link.
"""
DOC = {"id": "km01", "date": "2025-11-22", "source": "Prostir Public Radio, English Service (Ukrainian national broadcaster)",
       "url": "https://prostir-radio.example/en/news/security/2025/11/22/overnight-attack-476-drones", "text": TEXT}

D = "2025-11-22"
EVENTS = [
    E("km01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(476)), W("cruise_missile", "Kh-101", launched=N(29)),
               W("ballistic_missile", "Iskander-M", launched=N(12))],
      claimant="Ukrainian Air Force",
      note="the nationwide wave 'overnight' in a Saturday-morning report = 22 Nov; combined wave typed by its heaviest "
           "weapon; three weapon entries with their launched counts; 'hits … at 17 locations' names no place"),
    E("km01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="km01-1",
      weapons=[W("drone", intercepted=N(438)), W("cruise_missile", intercepted=N(27)),
               W("ballistic_missile", intercepted=N(6))],
      note="'shot down or suppressed 438 drones, 27 cruise missiles and six ballistic missiles'; the 24 'locationally "
           "lost' drones are not intercepted (blind16 call 5)"),
    E("km01-3", "air_drone_strike", D, L("Kyiv"), "RU", "UA", fat=N(2), inj=N(11), parent="km01-1",
      note="drones on two buildings in Darnytskyi district (= the city) 'shortly after 3 a.m.': 2 killed, 11 injured"),
    E("km01-4", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", fat=N(1), inj=N(6), parent="km01-1",
      weapons=[W("ballistic_missile")],
      note="'A ballistic missile hit an industrial enterprise in Dnipro': 1 killed, 6 injured"),
    E("km01-5", "missile_artillery_strike", D, L("Burshtyn"), "RU", "UA", fat=N(0), inj=N(0), parent="km01-1",
      weapons=[W("missile")],
      note="missiles on the Burshtyn thermal power plant (the town's plant = the town); 'No one was hurt' = 0/0"),
    E("km01-6", "interception", D, R("UA-46", "Lviv region"), "UA", "RU", parent="km01-1",
      weapons=[W("drone", intercepted=N(5))],
      note="'Five drones were shot down over the Lviv region': regional interception with a count, required (rule 3)"),
    E("km01-7", "air_drone_strike", D, L("Lviv", 2, "outside Lviv"), "RU", "UA", parent="km01-1",
      note="debris of the downed drones damaged a private house 'outside Lviv' (precision 2); no casualties stated"),
    E("km01-8", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(3), parent="km01-1",
      note="drones on a substation in Kharkiv's Kholodnohirskyi district (= the city), three employees injured; no "
           "death figure stated, so fatalities absent"),
    E("km01-9", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="km01-8",
      note="about 52,000 customers without electricity in Kharkiv after the substation hit"),
    E("km01-10", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="km01-1",
      note="emergency power cuts 'on Saturday morning' in five listed regions = one country-level disruption "
           "(blind16 call 5); 'scheduled outages could return next week if' is a conditional, not an event"),
    E("km01-11", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", optional=True, parent="km01-1",
      note="'Air defence was also active over the Vinnytsia, Khmelnytskyi and Zhytomyr regions': listed, no count "
           "-> optional (rule 3)"),
    E("km01-12", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", optional=True, parent="km01-1",
      note="listed region without a count -> optional"),
    E("km01-13", "interception", D, R("UA-18", "Zhytomyr region"), "UA", "RU", optional=True, parent="km01-1",
      note="listed region without a count -> optional"),
]
# Not events: the AI-summary bullets (furniture, they repeat the body), the president's appeal for Patriot batteries
# (no decision), Moscow's standing claim, 'the fourth large combined attack … since the beginning of November'
# (a tally of history, not one incident), 'could return next week if the frosts continue' (conditional).
STATEMENTS = [
    S("Andrii Lisovyi", "UA", "The enemy sent the missiles in three waves to exhaust our air defence",
      "air force spokesman"),
    S("Halyna Boiko", "UA", "We heard the buzzing, then the windows came in", "Kyiv resident"),
]
# Not gold: "locationally lost" (a term), Markevych's fragment "at least several days" (too short to be a statement).
MUST_NOT = ["Skip to main content", "Accessibility: Larger text | High contrast | Screen-reader mode",
            "PROSTIR PUBLIC RADIO · English Service", "Listen live: Channel One · Channel Two · Culture",
            "News / Security / Air attacks", "By Oksana Verbytska", "22 November 2025, 09:47 · Kyiv",
            "🎧 Listen to this article · 4 min · narrated by a synthetic voice",
            "✦ Summary generated with AI, reviewed by our editors",
            "▪ Russia's largest combined attack this month targeted energy sites in several regions.",
            "▪ Casualties were reported in Kyiv and Dnipro.",
            "▪ Emergency power cuts were introduced in five regions.",
            "Was this summary helpful? Yes / No",
            "Oksana Verbytska covers security and the front for Prostir's English Service. Before joining the "
            "broadcaster in 2021, she reported from Dnipro for regional television.",
            "Topics: air defence · Shahed · energy · Burshtyn · Kyiv",
            "Prostir Public Radio is a member of the European Broadcasting Union. Reproduction only with an active link."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
