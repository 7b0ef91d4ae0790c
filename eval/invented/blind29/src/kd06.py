from common import E, L, R, C, N, W, S, gold

TITLE = "Russia fires 76 missiles at Ukraine, emergency blackouts in every region"
TEXT = """VPA — Vistula Press Agency | English Service
Kraj | Świat | Gospodarka | Sport | English
16.12.2022, 13:47 CET · last updated 15:02 CET
Russia fires 76 missiles at Ukraine, emergency blackouts in every region
Russia launched 76 missiles at Ukraine on Friday morning, and air defences shot down 60 of them, the commander of Ukraine's air force said. It was one of the largest attacks on the country's energy system since October.

Over Kyiv, air defences destroyed 37 missiles, the city's military administration said. Three explosions were heard in the Desnianskyi district on the left bank, and the capital's metro stopped running as the power went out; water supply was cut across most of the city.

In Kryvyi Rih, a missile hit a three-storey apartment building, killing two people and wounding 11, the governor of the Dnipropetrovsk region said. Rescuers were searching the rubble for others.

Kharkiv was hit by a series of strikes on energy facilities and was left without electricity, water and heating, the mayor said. In Kremenchuk, a missile struck an energy facility; no casualties were reported.

Ukrenergo, the state grid operator, said emergency blackouts had been imposed in all regions on Friday and that repairs would take longer than after previous attacks.
Residents fill bottles at a public water pump in Kharkiv on Friday after the strikes cut the city's supply.
Fot. Marek Zieliński / VPA
Two days earlier, on Wednesday morning, Russia had sent 13 Shahed drones against Kyiv. All of them were shot down, the city administration said, although debris damaged an administrative building in the Shevchenkivskyi district.

The Russian defence ministry said its forces had carried out "a massive strike with high-precision weapons" on military command facilities and related energy infrastructure, and that all targets had been hit.

"They cannot win on the battlefield, so they are trying to freeze us. It will not work," Kyrylo Shevchuk, a deputy head of the Kharkiv regional council, told VPA by phone.

Poland has sent more than 1,000 generators to Ukraine since October, and the government in Warsaw said on Friday it would deliver another 100 next week. Ukraine's president has asked Western partners for more air-defence systems; a decision in Washington on Patriot missiles is expected soon.

"Over the winter we expect more waves like this, every two or three weeks, as long as Russia has missiles left," said Agnieszka Wróbel of the Warsaw Institute of Eastern Affairs.

Zobacz także:
Polish border guards report record traffic at Medyka crossing
Government extends energy price freeze into 2023
VPA · sk/mw
Tags: Ukraina, Rosja, energetyka, ataki rakietowe
"""
DOC = {"id": "kd06", "date": "2022-12-16", "source": "Vistula Press Agency (Polish agency, English service)",
       "url": "https://vpa.example/en/news/2022-12-16/russia-fires-76-missiles-ukraine", "text": TEXT}

D = "2022-12-16"
EVENTS = [
    E("kd06-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("missile", launched=N(76))],
      claimant="commander of the Ukrainian Air Force",
      note="'76 missiles … on Friday morning': country wave; kinds not given -> generic missile"),
    E("kd06-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("missile", intercepted=N(60))],
      parent="kd06-1", note="'shot down 60 of them'"),
    E("kd06-3", "interception", D, L("Kyiv"), "UA", "RU", weapons=[W("missile", intercepted=N(37))], parent="kd06-1",
      claimant="Kyiv city military administration", note="'Over Kyiv, air defences destroyed 37 missiles' -> city"),
    E("kd06-4", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Desnianskyi district)"), "RU", "UA",
      weapons=[W("missile")], parent="kd06-1",
      note="'Three explosions … in the Desnianskyi district' (city district = the city); no result said, required "
           "as a place hit in the wave"),
    E("kd06-5", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="kd06-1",
      note="metro stopped, power out, water supply cut across the city: one outage event"),
    E("kd06-6", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", fat=N(2), inj=N(11),
      weapons=[W("missile")], parent="kd06-1", note="apartment building hit, 'killing two people and wounding 11'"),
    E("kd06-7", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", family=["air_drone_strike"], parent="kd06-1",
      note="'a series of strikes on energy facilities': weapon not said -> drone type accepted"),
    E("kd06-8", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="kd06-1",
      note="'left without electricity, water and heating'; the caption (water pump) repeats it"),
    E("kd06-9", "missile_artillery_strike", D, L("Kremenchuk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("missile")],
      parent="kd06-1", note="'no casualties were reported' -> 0/0 (the text states it)"),
    E("kd06-10", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kd06-1",
      family=["policy_decision"], note="'emergency blackouts had been imposed in all regions on Friday': country"),
    E("kd06-11", "air_drone_strike", "2022-12-14", L("Kyiv", 1, "Kyiv (Shevchenkivskyi district)"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(13))], claimant="Kyiv city military administration",
      note="recalled 'on Wednesday morning' (Fri 16 Dec -> Wed 14): 13 Shaheds against Kyiv, debris damaged a "
           "building in the Shevchenkivskyi district -> a strike on the city with the launched count"),
    E("kd06-12", "interception", "2022-12-14", L("Kyiv"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(13))], parent="kd06-11",
      note="'All of them were shot down' -> 13 intercepted"),
]
STATEMENTS = [
    S("Kyrylo Shevchuk", "UA", "They cannot win on the battlefield, so they are trying to freeze us",
      "deputy head of the Kharkiv regional council"),
    S("Agnieszka Wróbel", None, "Over the winter we expect more waves like this, every two or three weeks",
      "analyst, Warsaw Institute of Eastern Affairs"),
]
MUST_NOT = ["VPA — Vistula Press Agency | English Service", "Kraj | Świat | Gospodarka | Sport | English",
            "16.12.2022, 13:47 CET · last updated 15:02 CET", "Fot. Marek Zieliński / VPA", "Zobacz także:",
            "Polish border guards report record traffic at Medyka crossing",
            "Government extends energy price freeze into 2023", "VPA · sk/mw",
            "Tags: Ukraina, Rosja, energetyka, ataki rakietowe"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
