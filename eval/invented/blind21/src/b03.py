from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles and drones knock out power across Ukraine as winter approaches"
TEXT = """NORDVISJON INTERNATIONAL
News in English
Live TV ▶ | Radio | Podcasts | Weather
Read this article in Norwegian (Norsk)
Russian missiles and drones knock out power across Ukraine as winter approaches
Published Thursday 3 November 2022 – 11:26 CET
Last updated 14:05 CET
Russia fired dozens of cruise missiles and Iranian-made drones at Ukraine early on Thursday, hitting power stations and substations in several regions and leaving hundreds of thousands of homes without electricity, Ukrainian officials said.

In total, 41 Kh-101 and Kh-555 cruise missiles and 23 Shahed-136 drones were launched from the Caspian Sea and from the Kursk region, according to Ukraine's air force, which said 32 of the missiles and 19 of the drones had been brought down.

"The damage is significant, and I will not pretend otherwise," said Oleh Shevchuk, dispatch director at the grid operator Ukrenergo. "Repair crews are already on site, but some of this equipment cannot be replaced in a day."

In the capital, two energy facilities were hit and about 270,000 households lost power, the city administration said. Debris from a downed missile fell on a residential street in the Holosiivskyi district, injuring two people.

"The windows came in on us. We were lucky we were in the corridor," said Anastasiia Melnyk, 29, whose flat faces the street.

Zhytomyr was left without electricity and running water after a strike on a substation, and the city's trolleybuses stopped, the mayor said. Hospitals switched to generators.

Drones set fire to the oil refinery in Kremenchuk, the Poltava regional governor reported. No one was hurt there. In Kryvyi Rih, a missile hit an industrial enterprise, killing a worker, according to the head of the city's defence council.

Two missiles struck a critical infrastructure facility in Kharkiv, the mayor said, causing power cuts in the northern part of the city and stopping the metro for several hours.

The southern military command said five drones were shot down over the Odesa region.

Watch: Nordvisjon's correspondent in Kyiv on the blackout (2:14)

Ukrenergo introduced emergency outages in Kyiv city and the Kyiv, Zhytomyr, Cherkasy, Poltava and Kharkiv regions from 09:00 and asked people across the country to limit their use of electricity until 23:00.

Russia's defence ministry said it had carried out "a massive strike with high-precision long-range weapons" against Ukraine's military command and energy systems and that all designated targets had been hit.

Russia has attacked Ukraine's energy system repeatedly since 10 October. Ukrainian officials say about 40 per cent of the country's power infrastructure has been damaged.

In Oslo, the government said on Wednesday that Norway would provide NOK 2 billion to help Ukraine repair its power grid before the winter. "Keeping the lights on is now part of defending Ukraine," Norway's development minister told Nordvisjon.

Share this article
More from Nordvisjon: Ukraine war – all our coverage
© Nordvisjon 2022 · Editor-in-chief: Kari Lunde
"""
DOC = {"id": "b03", "date": "2022-11-03", "source": "Nordvisjon International (Norwegian broadcaster, English service)",
       "url": "https://www.nordvisjon.example/english/world/russian-missiles-knock-out-power-ukraine-1.16204418",
       "text": TEXT}

D = "2022-11-03"
EVENTS = [
    E("b03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", "Kh-101", launched=N(41), intercepted=N(32)),
               W("drone", "Shahed-136", launched=N(23), intercepted=N(19))], claimant="Ukrainian Air Force",
      note="the nationwide wave 'early on Thursday': 41 cruise missiles (Kh-101 and Kh-555 given together: one entry, the "
           "first model) and 23 Shahed-136; heaviest weapon = missile; 'dozens' in the lead is the same wave"),
    E("b03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(32)), W("drone", "Shahed-136", intercepted=N(19))],
      claimant="Ukrainian Air Force", note="32 missiles and 19 drones brought down: separate country-level interception"),
    E("b03-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", family=["air_drone_strike"], parent="b03-1",
      claimant="Kyiv city administration",
      note="two energy facilities in the capital hit; weapon not said -> air_drone_strike accepted"),
    E("b03-4", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", claimant="Kyiv city administration",
      note="about 270,000 households lost power after the hits"),
    E("b03-5", "missile_artillery_strike", D, L("Kyiv", 1, "Holosiivskyi district, Kyiv"), "RU", "UA", inj=N(2),
      weapons=[W("cruise_missile")], parent="b03-1",
      note="debris of a downed missile injures two: a missile-type child (blind8 call 4); same city and day as b03-3 but a "
           "separate incident with casualties"),
    E("b03-6", "missile_artillery_strike", D, L("Zhytomyr"), "RU", "UA", family=["air_drone_strike"], parent="b03-1",
      note="strike on a substation; weapon not said"),
    E("b03-7", "infrastructure_disruption", D, L("Zhytomyr"), "RU", "UA", claimant="Zhytomyr mayor",
      note="city without electricity and water, trolleybuses stopped"),
    E("b03-8", "air_drone_strike", D, L("Kremenchuk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="b03-1", claimant="Poltava regional governor",
      note="'Drones set fire to the oil refinery'; 'No one was hurt there' = 0/0; refinery coded to its town"),
    E("b03-9", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", fat=N(1), weapons=[W("cruise_missile")],
      parent="b03-1", note="a missile hit an industrial enterprise, one worker killed"),
    E("b03-10", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", weapons=[W("cruise_missile", launched=N(2))],
      parent="b03-1", claimant="Kharkiv mayor", note="two missiles struck a critical infrastructure facility"),
    E("b03-11", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", claimant="Kharkiv mayor",
      note="power cuts in the north of the city and the metro stopped"),
    E("b03-12", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(5))],
      claimant="Ukrainian southern military command",
      note="a region with a count of downed drones -> required interception (ANNOTATION rule 3)"),
    E("b03-13", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", family=["policy_decision"],
      claimant="Ukrenergo",
      note="emergency outages in a listed set of regions from 09:00 plus a nationwide request to limit use: one "
           "country-level disruption (blind16 call 5)"),
    E("b03-14", "policy_decision", "2022-11-02", L("Oslo"), "NO", "UA", claimant="Norwegian government",
      note="grid aid decided 'on Wednesday' = 2 November, placed 'In Oslo'"),
]
STATEMENTS = [
    S("Oleh Shevchuk", "UA", "The damage is significant, and I will not pretend otherwise", "Ukrenergo dispatch director"),
    S("Oleh Shevchuk", "UA", "some of this equipment cannot be replaced in a day", "Ukrenergo dispatch director"),
    S("Anastasiia Melnyk", "UA", "We were lucky we were in the corridor", "resident"),
    S("Russian Defence Ministry", "RU", "a massive strike with high-precision long-range weapons"),
    S("Norway's development minister", "NO", "Keeping the lights on is now part of defending Ukraine"),
]
MUST_NOT = ["NORDVISJON INTERNATIONAL", "News in English", "Live TV ▶ | Radio | Podcasts | Weather",
            "Read this article in Norwegian (Norsk)", "Published Thursday 3 November 2022 – 11:26 CET",
            "Last updated 14:05 CET", "Watch: Nordvisjon's correspondent in Kyiv on the blackout (2:14)",
            "Share this article", "More from Nordvisjon: Ukraine war – all our coverage",
            "© Nordvisjon 2022 · Editor-in-chief: Kari Lunde"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
