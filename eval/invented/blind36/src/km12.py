from common import E, L, R, C, N, W, S, gold

TITLE = "Drones hit Konotop rail hub and Shostka station; 46,000 customers without power"
TEXT = """POSULLIA NEWS
Sumy region · every day since 2014
Quick links: Shelter map · Outage queues today · Alerts channel · Humanitarian aid points
📱 Install the Posullia News app — iOS · Android · alerts even when the grid is down
Region | Sumy | Konotop | Shostka | Front line | Volunteers
Drones hit Konotop rail hub and Shostka station; 46,000 customers without power
15.09.2026 · 10:12 · 🗨 18 · author: Denys Ohloblin
Russia attacked the Sumy region overnight with 19 attack drones, 12 of which were shot down, the regional military administration said on Tuesday morning. Most of the rest hit railway infrastructure.

In Konotop, drones struck the locomotive depot and a traction substation of the railway hub shortly after 1 a.m. Two railway workers were injured, one of them seriously, the state railway company said. A diesel locomotive and several freight cars caught fire.
Gallery (5 photos) ◁ ▷
The burnt-out diesel locomotive at the Konotop depot on Tuesday morning. Photo by the press service of the state railway company
Photo: Posullia News / Denys Ohloblin
"We had just finished the night shift change. If the drone had come ten minutes earlier, there would have been twenty people in that workshop," said Vitalii Honcharenko, the depot's deputy head.

In Shostka, a drone hit the railway station building, damaging the roof and the waiting hall. No one was hurt.

Seven long-distance trains were running up to four hours late on Tuesday and suburban trains between Konotop and Bakhmach were cancelled, the railway said. Passengers were being taken by bus.

After the strike on the substation, about 46,000 customers in the Konotop and Krolevets communities were left without electricity, the regional power company said. By 9 a.m. supply had been restored to about half of them.

"Power engineers are working, but we need a pause in the attacks to finish the job," said Yurii Pashko, head of the Konotop city military administration.

On Monday evening, a guided bomb hit Bilopillia, killing a 63-year-old man and damaging four houses, the regional administration said. Over the past day, Russian forces shelled 11 communities of the region 94 times, killing two people and injuring seven.

The railway said it could switch some routes in the region to diesel traction for the winter if the substations are hit again. Regional officials warned that rolling blackouts would be possible in October if the attacks continue at this pace.
Denys Ohloblin has reported from Konotop and the border communities since 2022.
Support independent regional journalism — become a Posullia patron from 50 UAH a month
© Posullia News. Use of materials is permitted with a hyperlink to the source no lower than the first paragraph.
"""
DOC = {"id": "km12", "date": "2026-09-15", "source": "Posullia News (Sumy regional news site)",
       "url": "https://posullia.example/konotop/2026/09/15/drones-konotop-rail-hub-shostka", "text": TEXT}

D, M = "2026-09-15", "2026-09-14"
EVENTS = [
    E("km12-1", "air_drone_strike", D, R("UA-59", "Sumy region"), "RU", "UA", weapons=[W("drone", launched=N(19))],
      claimant="Sumy regional military administration",
      note="'attacked the Sumy region overnight with 19 attack drones' in a Tuesday report = 15 Sep: a regional wave at "
           "region precision with its launched count"),
    E("km12-2", "interception", D, R("UA-59", "Sumy region"), "UA", "RU", parent="km12-1",
      weapons=[W("drone", intercepted=N(12))], note="'12 of which were shot down'"),
    E("km12-3", "air_drone_strike", D, L("Konotop"), "RU", "UA", inj=N(2), parent="km12-1", weapons=[W("drone")],
      note="locomotive depot and traction substation of the Konotop hub 'shortly after 1 a.m.': 2 workers injured "
           "(the caption repeats the same strike)"),
    E("km12-4", "air_drone_strike", D, L("Shostka"), "RU", "UA", fat=N(0), inj=N(0), parent="km12-1",
      weapons=[W("drone")], note="drone on the Shostka station building; 'No one was hurt' = 0/0"),
    E("km12-5", "infrastructure_disruption", D, L("Konotop"), "RU", "UA", parent="km12-3",
      note="trains delayed up to four hours and suburban trains Konotop-Bakhmach cancelled on Tuesday, and power cut in "
           "the Konotop community: one disruption per place (blind26 call 9); Bakhmach is an end of the route, not a "
           "place of harm"),
    E("km12-6", "infrastructure_disruption", D, L("Krolevets", 2, "Krolevets community"), "RU", "UA", parent="km12-3",
      note="the Krolevets community is listed with Konotop among the 46,000 customers without electricity: one event "
           "per listed place (blind26 call 1); a community named after its town = precision 2"),
    E("km12-7", "air_drone_strike", M, L("Bilopillia"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="'On Monday evening, a guided bomb hit Bilopillia, killing a 63-year-old man' (14 Sep)"),
    E("km12-8", "missile_artillery_strike", M, R("UA-59", "Sumy region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(2), inj=N(7), family=["air_drone_strike"],
      note="'Over the past day … shelled 11 communities of the region 94 times, killing two … injuring seven': "
           "required aggregate range 14-15 Sep (blind16 call 1); attack counts are not munitions"),
]
# Not events: supply 'restored to about half' (restoration, no event), 'could switch … if the substations are hit
# again' and 'rolling blackouts would be possible in October if' (conditionals), Honcharenko's counterfactual.
STATEMENTS = [
    S("Vitalii Honcharenko", "UA", "there would have been twenty people in that workshop", "deputy head of the Konotop depot"),
    S("Yurii Pashko", "UA", "we need a pause in the attacks to finish the job", "head of the Konotop city military administration"),
]
MUST_NOT = ["POSULLIA NEWS", "Sumy region · every day since 2014",
            "Quick links: Shelter map · Outage queues today · Alerts channel · Humanitarian aid points",
            "📱 Install the Posullia News app — iOS · Android · alerts even when the grid is down",
            "Region | Sumy | Konotop | Shostka | Front line | Volunteers",
            "15.09.2026 · 10:12 · 🗨 18 · author: Denys Ohloblin", "Gallery (5 photos) ◁ ▷",
            "Photo: Posullia News / Denys Ohloblin",
            "Denys Ohloblin has reported from Konotop and the border communities since 2022.",
            "Support independent regional journalism — become a Posullia patron from 50 UAH a month",
            "© Posullia News. Use of materials is permitted with a hyperlink to the source no lower than the first "
            "paragraph."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
