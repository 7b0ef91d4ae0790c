from common import E, L, R, C, N, W, S, gold

TITLE = "Drone fragments found near Chilia Veche after night of Russian attacks on Izmail; F-16s scrambled"
TEXT = """DELTA REPORTER
News from Romania and the Danube Delta, in English
Home | Politics | Defence | Economy | Delta | Opinion
Home » News » Defence
Drone fragments found near Chilia Veche after night of Russian attacks on Izmail; F-16s scrambled
Posted on 3 October 2024 at 13:15
by Delta Reporter
Share: Facebook | X | LinkedIn | WhatsApp
Fragments of a drone were found on Thursday morning on a dirt road near the village of Chilia Veche, in Tulcea county, after a night of Russian drone attacks on the Ukrainian port of Izmail across the Danube, the Ministry of National Defence (MApN) said. There were no victims and no damage.

Two F-16 fighter jets were scrambled overnight to monitor the airspace along the border, and residents of the northern part of Tulcea county received RO-Alert messages telling them to take shelter, the ministry said.

"The radar tracked the target for about four minutes over Romanian territory before contact was lost. The fragments are now being examined by specialists," said Colonel Mihai Dragomir, a ministry spokesman.

"We heard the engine, like an old motorbike in the sky, and then a dull bang. In the morning my neighbour's boy found the pieces while taking the cows out," said Gheorghe Vasilescu, a fisherman from Chilia Veche.
Photo: MApN
On the Ukrainian side, Russia attacked the Odesa region with 17 drones overnight, and air defences shot down 14 of them, the regional governor said. Drones hit port infrastructure in Izmail, injuring two workers and damaging a grain storage facility.

Romania's Foreign Ministry condemned the attacks, calling them "a serious violation of the country's sovereignty", and said it would inform NATO allies. The Supreme Council for National Defence is expected to discuss the incident next week.

In a separate incident on Tuesday, a drifting sea mine exploded near a cargo ship off Sulina, damaging the vessel's hull, the Romanian Naval Forces said. None of the crew were injured, and the ship continued to the port of Constanța under its own power.

Romania, a NATO member, shares a 650-kilometre border with Ukraine. A law adopted earlier this year allows the army to shoot down drones that violate the country's airspace, but only after a chain of approvals.
Also read: Tulcea county council approves funds for new shelters in border villages
Tags: drones, Tulcea, Izmail, MApN, Black Sea
Delta Reporter © 2024 | All rights reserved
"""
DOC = {"id": "ko10", "date": "2024-10-03", "source": "Delta Reporter (Romanian news site in English)",
       "url": "https://deltareporter.example/2024/10/03/drone-fragments-chilia-veche-izmail-f16/", "text": TEXT}

D = "2024-10-03"
EVENTS = [
    E("ko10-1", "air_drone_strike", D, L("Chilia Veche", 2, "near Chilia Veche"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drone fragments found 'on Thursday morning' near Chilia Veche (Tulcea county, RO-TL) after the night's "
           "Russian attack; 'no victims and no damage' = 0/0; drone wreck on NATO soil RU->RO (blind15 call 12); the "
           "four minutes over Romanian territory are the same incident"),
    E("ko10-2", "military_mobilization", D, C("RO", "Romania"), "RO", None,
      note="'Two F-16 fighter jets were scrambled overnight': military_mobilization of Romania, no base named -> country"),
    E("ko10-3", "military_mobilization", D, R("RO-TL", "Tulcea county"), "RO", None, optional=True,
      note="RO-Alert messages to residents of northern Tulcea county: part of the response, optional (blind20 d02)"),
    E("ko10-4", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA", weapons=[W("drone", launched=N(17))],
      note="'Russia attacked the Odesa region with 17 drones overnight': a regional wave (blind36 call 5)"),
    E("ko10-5", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", parent="ko10-4",
      weapons=[W("drone", intercepted=N(14))], note="'air defences shot down 14 of them': regional interception"),
    E("ko10-6", "air_drone_strike", D, L("Izmail"), "RU", "UA", parent="ko10-4", inj=N(2), weapons=[W("drone")],
      note="drones on port infrastructure in Izmail: 2 workers injured, grain storage damaged"),
    E("ko10-7", "remote_explosive", "2024-10-01", L("Sulina", 2, "off Sulina"), None, None, fat=N(0), inj=N(0),
      note="drifting sea mine exploded near a cargo ship off Sulina 'on Tuesday' (1 Oct): remote_explosive, who laid it "
           "not said -> sides null (blind14 k09); 'None of the crew were injured' = 0/0; off X = precision 2"),
]
# Not events: the ministry 'would inform NATO allies' (future), the Supreme Council 'expected to discuss … next week'
# (future), the condemnation (statement), the law 'adopted earlier this year' (no day; permission), examination of the
# fragments (procedure), the ship continuing to Constanța (movement), the 'Also read' headline (furniture).
STATEMENTS = [
    S("Mihai Dragomir", "RO", "The radar tracked the target for about four minutes over Romanian territory",
      "spokesman, Romanian Ministry of National Defence"),
    S("Gheorghe Vasilescu", "RO", "like an old motorbike in the sky", "fisherman, Chilia Veche"),
]
MUST_NOT = ["DELTA REPORTER", "News from Romania and the Danube Delta, in English",
            "Home | Politics | Defence | Economy | Delta | Opinion", "Home » News » Defence",
            "Posted on 3 October 2024 at 13:15", "by Delta Reporter", "Share: Facebook | X | LinkedIn | WhatsApp",
            "Photo: MApN", "Also read: Tulcea county council approves funds for new shelters in border villages",
            "Tags: drones, Tulcea, Izmail, MApN, Black Sea", "Delta Reporter © 2024 | All rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
