from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: Russia fires 81 missiles overnight, nuclear plant cut off from grid"
TEXT = """THE LIFFEY RECORD
News | Ireland | World | Business | Sport | Opinion
LIVE
Ukraine war live: Russia fires 81 missiles overnight, nuclear plant cut off from grid
Last update: 16.41 GMT
Key events
Show key events only
Please turn on JavaScript to use this feature
Summary
Russia launched 81 missiles, including six hypersonic Kinzhals, and eight Shahed drones at Ukraine overnight, Ukraine's air force said.
The Zaporizhzhia nuclear power plant lost its last external power line and is running on diesel generators.
Three people were killed near Zhytomyr, and there were strikes on Kyiv, Kharkiv and Odesa.
16.40 GMT
That's all from us today. Here is a reminder of where things stand: most of the energy cuts caused by the overnight strikes should be repaired by Friday, according to the grid operator, although parts of Kharkiv and Odesa remain without power tonight.
15.35 GMT
The head of the International Atomic Energy Agency told the agency's board in Vienna that the situation at the Zaporizhzhia plant was "unsustainable" and that "one day our luck will run out". He repeated his call for a protection zone around the site, which neither side has accepted.
15.05 GMT
Some context from our defence correspondent, Niamh Gallagher: Thursday's barrage was the first of this size since mid-February. Western officials believe Russia has been holding back missiles to build up a reserve, and that its factories can produce a few dozen cruise missiles a month. The Kinzhal, fired from MiG-31 jets, is the one weapon that Ukraine's current air defences cannot reliably stop; Kyiv has asked for more Patriot systems for that reason.

Russia has fired several hundred missiles at the Ukrainian power grid since October. Officials in Kyiv say the system has survived the winter, but with little margin: most large thermal power plants have been damaged at least once.
14.55 GMT
Russia's defence ministry said the overnight barrage was a "massive retaliatory strike" for what it described as a "terrorist attack" by Ukrainian saboteurs in the Bryansk region on March 2. Kyiv has denied involvement in that incident.
13.20 GMT
Energoatom says it is the sixth time since the occupation began that the Zaporizhzhia nuclear plant in Enerhodar has lost all off-site power. The last line was cut during the strikes early this morning, and 18 diesel generators are now running the plant's cooling systems.

"The generators have fuel for about ten days. Every blackout of this kind is a roll of the dice," said Iryna Holub, an Energoatom spokeswoman.
12.40 GMT
A missile hit an energy facility in the Dnipro district, just outside the city of Dnipro, the regional governor said. No one was injured.

Air defence also worked over the Vinnytsia, Poltava and Cherkasy regions, according to local officials, who did not say how many missiles were shot down there.
12.05 GMT
Ukraine's General Staff said in its morning update that its forces had repelled more than 100 attacks over the past day, most of them in the Bakhmut, Avdiivka and Marinka directions. Fighting is still going on in the streets of eastern Bakhmut, where Ukrainian units pulled back to the western bank of the Bakhmutka river earlier this week.
11.05 GMT
In Kherson, Russian shelling wounded two people on Thursday morning, the regional administration said.
09.30 GMT
The governor of the Zhytomyr region says a missile hit a house in a village near Zhytomyr, killing three people.

In Kharkiv, 15 strikes hit the city and the surrounding region, the governor said. A man was injured, and the city is without electricity and water.
08.15 GMT
In Kyiv, two people were injured in the Holosiivskyi district, where missile debris fell on cars parked outside an apartment block. About 40 per cent of consumers in the capital are without heating, said Mykhailo Dovhal of the city's military administration.

"Our air defence worked all night, but the Kinzhals are another story. We cannot stop those yet," Dovhal said.
07.40 GMT
The air force says 34 cruise missiles and four drones were shot down. None of the six Kinzhal missiles was intercepted.
06.50 GMT
In Odesa, a strike hit an energy facility and there are power cuts in parts of the city, the regional governor said. No one was hurt.
06.10 GMT
Good morning and welcome to our live coverage. Russia launched a large missile attack on Ukraine overnight, the first in more than three weeks. Air-raid sirens sounded across the country from about 01.00 local time.
Comments are closed on this live blog.
© The Liffey Record Ltd 2023 · Registered in Ireland
"""
DOC = {"id": "kd15", "date": "2023-03-09", "source": "The Liffey Record (Irish daily, live blog)",
       "url": "https://liffeyrecord.example/world/live/2023/mar/09/ukraine-war-live-missiles-nuclear-plant", "text": TEXT}

D = "2023-03-09"
AF = "Ukrainian Air Force"
EVENTS = [
    E("kd15-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(81)), W("drone", "Shahed-136", launched=N(8))], claimant=AF,
      note="'81 missiles, including six hypersonic Kinzhals, and eight Shahed drones … overnight': one country wave "
           "(the summary bullets and the 06.10 entry repeat it); the Kinzhals are part of the 81, not a separate "
           "entry"),
    E("kd15-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(34)), W("drone", "Shahed-136", intercepted=N(4))], parent="kd15-1",
      claimant=AF, note="'34 cruise missiles and four drones were shot down'; 'None of the six Kinzhal missiles was "
                        "intercepted' gives no count (absent, blind8 call 1)"),
    E("kd15-3", "infrastructure_disruption", D, L("Enerhodar", 1, "Enerhodar (Zaporizhzhia nuclear power plant)"),
      "RU", "UA", parent="kd15-1", claimant="Energoatom",
      note="the plant 'lost all off-site power' when the last line was cut during the strikes: a stated outage of "
           "the site, required; 'sixth time since the occupation began' is history"),
    E("kd15-4", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", inj=N(2),
      note="'Russian shelling wounded two people on Thursday morning' — not part of the wave (shelling)"),
    E("kd15-5", "missile_artillery_strike", D, L("Zhytomyr", 2, "village near Zhytomyr"), "RU", "UA", fat=N(3),
      weapons=[W("missile")], parent="kd15-1", claimant="governor of the Zhytomyr region",
      note="'a missile hit a house in a village near Zhytomyr, killing three' -> precision 2"),
    E("kd15-6", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", inj=N(1), family=["air_drone_strike"],
      parent="kd15-1", note="'15 strikes hit the city and the surrounding region', a man injured: one event for the "
                            "city; weapon not said"),
    E("kd15-7", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="kd15-1",
      note="'the city is without electricity and water' (the 16.40 wrap-up repeats it)"),
    E("kd15-8", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Holosiivskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("missile")], parent="kd15-1", note="missile debris on parked cars, two injured"),
    E("kd15-9", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="kd15-1",
      note="'About 40 per cent of consumers in the capital are without heating'"),
    E("kd15-10", "missile_artillery_strike", D, L("Odesa"), "RU", "UA", fat=N(0), inj=N(0), family=["air_drone_strike"],
      parent="kd15-1", note="'a strike hit an energy facility' — weapon not said; 'No one was hurt' -> 0/0"),
    E("kd15-11", "infrastructure_disruption", D, L("Odesa"), "RU", "UA", parent="kd15-1",
      note="'power cuts in parts of the city'"),
    E("kd15-12", "attack_on_civilians", "2023-03-02", R("RU-BRY", "Bryansk region"), "UA", "RU", optional=True,
      family=["armed_clash"],
      note="recalled 'terrorist attack' by 'Ukrainian saboteurs in the Bryansk region on March 2', known only through "
           "the MoD's framing and denied by Kyiv: type and perpetrator unclear -> optional"),
    E("kd15-13", "missile_artillery_strike", D, L("Dnipro", 2, "Dnipro district, outside Dnipro"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("missile")], parent="kd15-1", claimant="governor of the Dnipropetrovsk region",
      note="'A missile hit an energy facility in the Dnipro district, just outside the city' -> precision 2; 'No one "
           "was injured' -> injured 0 and, as 'no one hurt', fatalities 0"),
    E("kd15-14", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", optional=True, parent="kd15-2",
      note="'Air defence also worked over the Vinnytsia, Poltava and Cherkasy regions' without counts: listed "
           "regions are optional interceptions (ANNOTATION rule 3)"),
    E("kd15-15", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", optional=True, parent="kd15-2",
      note="as kd15-14"),
    E("kd15-16", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", optional=True, parent="kd15-2",
      note="as kd15-14"),
    E("kd15-17", "armed_clash", "2023-03-08", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, claimant="General Staff of the Armed Forces of Ukraine",
      note="'repelled more than 100 attacks over the past day, most of them in the Bakhmut, Avdiivka and Marinka "
           "directions': a national tally naming directions, no settlement -> optional (blind16 call 3)"),
    E("kd15-18", "armed_clash", D, L("Bakhmut", 1, "eastern Bakhmut"), "RU", "UA", optional=True,
      note="'Fighting is still going on in the streets of eastern Bakhmut': ongoing, no day of its own -> optional"),
    E("kd15-19", "territory_change", "2023-03-06", L("Bakhmut", 1, "eastern Bakhmut"), "RU", "UA", end="2023-03-08",
      prec="range", optional=True,
      note="'Ukrainian units pulled back to the western bank … earlier this week' (Thursday: Mon 6 - Wed 8 Mar): a "
           "recalled change without a day -> optional"),
]
STATEMENTS = [
    S("Iryna Holub", "UA", "Every blackout of this kind is a roll of the dice", "Energoatom spokeswoman"),
    S("Mykhailo Dovhal", "UA", "Our air defence worked all night, but the Kinzhals are another story",
      "Kyiv city military administration"),
]
MUST_NOT = ["THE LIFFEY RECORD", "News | Ireland | World | Business | Sport | Opinion", "LIVE", "Last update: 16.41 GMT",
            "Key events", "Show key events only", "Please turn on JavaScript to use this feature", "16.40 GMT",
            "15.35 GMT", "15.05 GMT", "14.55 GMT", "13.20 GMT", "12.40 GMT", "12.05 GMT", "11.05 GMT", "09.30 GMT", "08.15 GMT", "07.40 GMT", "06.50 GMT", "06.10 GMT",
            "Comments are closed on this live blog.", "© The Liffey Record Ltd 2023 · Registered in Ireland"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
