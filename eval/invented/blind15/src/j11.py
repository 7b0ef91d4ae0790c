from common import E, L, R, C, N, W, S, gold

TITLE = "Missile hits energy facility in Smila, two workers injured: consequences of the night attack on Cherkasy region"
TEXT = """ROSAVA MEDIA
news of Cherkasy and the region
Main  News  Cherkasy  Region  Ukraine  War  Economy  Culture  Sport
Main » News » Region
Missile hits energy facility in Smila, two workers injured: consequences of the night attack on Cherkasy region
17.11.2025, 10:42
Author: Svitlana Moroz
Views: 3 917
Overnight, Russian forces attacked Cherkasy region with drones and missiles. Air defence destroyed 27 attack drones and two cruise missiles over the region, the head of the regional military administration reported this morning.

In Smila, a missile hit an energy infrastructure facility. A fire broke out, and two employees of the enterprise were injured; both are in hospital in a moderate condition.

Because of the damage, Smila was left without heating and with water supplied only on a schedule.

"We are working to restore the heat supply as quickly as possible, but the equipment was seriously damaged," said Iryna Kovalchuk, a spokeswoman for the regional power company.

In Cherkasy, debris of a downed drone fell on the territory of a kindergarten in the Prydniprovskyi district. Windows were smashed in the building and in two neighbouring houses. No one was hurt: the kindergarten was closed at night.

A drone also hit a grain elevator in the Zolotonosha hromada, causing a fire that rescuers put out by 6 a.m. There were no casualties.

READ ALSO:
Cherkasy extends the list of heating points: addresses
In Uman, a tree fell on a trolleybus line during a storm
Across the region, stabilisation power outage schedules are in effect all day today, with two queues switched off at a time, the regional power company reported.

"We sat in the corridor for two hours. Then the light went out everywhere, and the radiators went cold in the morning," said Petro Hnatiuk, a resident of Smila.

In total, Russia launched 143 drones and 12 missiles at Ukraine overnight, the Air Force said. Air defence shot down 118 drones and nine missiles.

On Sunday evening, police in Uman detained a 19-year-old local man who photographed the position of an air defence unit and sent the images to a Telegram channel. He has been served a notice of suspicion and faces up to 12 years in prison.

Earlier, Cherkasy region was one of the regions least affected by Russian strikes, but since the beginning of autumn the enemy has attacked its energy facilities almost every week.

Found a typo? Select it and press Ctrl+Enter
Photo: Cherkasy Regional Military Administration
Subscribe to our Telegram channel to be the first to know about events in the region
#Smila #Cherkasy #attack #energy
© 2025 Rosava Media. Any use of materials is allowed only with a hyperlink to rosava.example
"""
DOC = {"id": "j11", "date": "2025-11-17", "source": "Rosava Media",
       "url": "https://rosava.example/news/region/2025/11/17/smila-energy-facility-missile", "text": TEXT}

D = "2025-11-17"
EVENTS = [
    E("j11-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(12)), W("drone", launched=N(143))], claimant="Ukrainian Air Force",
      note="nationwide overnight wave given near the end of a regional article: parent of the Cherkasy incidents"),
    E("j11-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(9)), W("drone", intercepted=N(118))], claimant="Ukrainian Air Force",
      note="nationwide interception"),
    E("j11-3", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(27)), W("cruise_missile", intercepted=N(2))],
      claimant="head of the Cherkasy regional military administration", note="regional interception with counts"),
    E("j11-4", "missile_artillery_strike", D, L("Smila"), "RU", "UA", inj=N(2), weapons=[W("missile")], parent="j11-1",
      claimant="head of the Cherkasy regional military administration", note="energy facility, two employees injured"),
    E("j11-5", "infrastructure_disruption", D, L("Smila"), "RU", "UA",
      note="Smila without heating, water on a schedule"),
    E("j11-6", "air_drone_strike", D, L("Cherkasy", 1, "Cherkasy (Prydniprovskyi district)"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")], parent="j11-1",
      note="debris of a downed drone on a kindergarten; 'No one was hurt' = 0/0; city district coded to the city"),
    E("j11-7", "air_drone_strike", D, L("Zolotonosha", 2, "Zolotonosha hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="j11-1",
      note="grain elevator; 'There were no casualties' = 0/0; hromada named after its town = precision 2"),
    E("j11-8", "infrastructure_disruption", D, R("UA-71", "Cherkasy region"), "RU", "UA",
      claimant="regional power company", note="stabilisation outage schedules across the region 'all day today'"),
    E("j11-9", "arrest", "2025-11-16", L("Uman"), "UA", "UA", claimant="police",
      note="'On Sunday evening' detention of a man who photographed an air defence position"),
]
STATEMENTS = [
    S("Iryna Kovalchuk", "UA", "the equipment was seriously damaged", "spokeswoman, regional power company"),
    S("Petro Hnatiuk", "UA", "the radiators went cold in the morning", "resident of Smila"),
]
MUST_NOT = ["ROSAVA MEDIA", "news of Cherkasy and the region",
            "Main  News  Cherkasy  Region  Ukraine  War  Economy  Culture  Sport", "Main » News » Region",
            "17.11.2025, 10:42", "Author: Svitlana Moroz", "Views: 3 917", "READ ALSO:",
            "Cherkasy extends the list of heating points: addresses",
            "In Uman, a tree fell on a trolleybus line during a storm", "Found a typo? Select it and press Ctrl+Enter",
            "Photo: Cherkasy Regional Military Administration",
            "Subscribe to our Telegram channel to be the first to know about events in the region",
            "#Smila #Cherkasy #attack #energy",
            "© 2025 Rosava Media. Any use of materials is allowed only with a hyperlink to rosava.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
