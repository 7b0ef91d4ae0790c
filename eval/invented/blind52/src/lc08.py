from common import E, L, H, R, C, N, W, S, gold, ADS, INT, DIS, DIP, POL

TITLE = "Drone explodes in a field near Giurgiulești as Russia strikes Danube ports; Chișinău summons Russian ambassador"
TEXT = """PRUT POST
Moldova's independent news in English · Română · Русский
News | Politics | Economy | Region | War in Ukraine | Opinion
Regional news
16.08.2023, 13:25
Text: Ana Rusnac
Drone explodes in a field near Giurgiulești as Russia strikes Danube ports; Chișinău summons Russian ambassador
Russia attacked Ukraine's Danube ports of Izmail and Reni with drones overnight, and one of the drones came down on Moldovan territory, the border police said on Wednesday.

The Shahed-type drone crashed into a sunflower field about two kilometres outside Giurgiulești, Moldova's southernmost village, shortly after 3 a.m. It exploded on impact, leaving a crater about a metre deep. No one was hurt.
Photo: General Inspectorate of Border Police
"The wreckage was found by a shepherd at dawn. Our explosives experts cordoned off the area and are working there now," said Marina Gheorghiță, a spokeswoman for the General Inspectorate of Border Police.

Ukraine's air force said Russia had launched 25 Shahed drones overnight and that 20 of them had been destroyed, most over the Odesa region.

In Izmail, drones hit a grain terminal in the port and set a warehouse on fire. Three port workers were injured, the Odesa regional governor said.

"We were loading a ship with sunflower seeds. The first one hit the roof, the second one the conveyor," dock worker Vasyl Kuzmenko told Prut Post by phone.

Across the river from Giurgiulești, in Reni, a drone struck a warehouse in the port area. There were no casualties, but part of the town was left without electricity for several hours.

It was the second attack on Reni this week: on the night to Monday, drones damaged a grain silo in the town's port, injuring one worker.

The Foreign Ministry in Chișinău summoned the Russian ambassador on Wednesday morning and delivered a protest note to him, a ministry spokesman said. Later in the day, the Commission for Exceptional Situations voted to shut the skies over the south of the country at night, starting from Thursday, "until further notice".

The president would raise the incident with EU partners, her office said. The Giurgiulești–Reni border crossing remained open throughout the night.

"Russia does not need to aim at Moldova to frighten it. A drone in a field near Giurgiulești does the job," said political analyst Igor Botnaru.

Since Russia quit the Black Sea grain deal in July, the Danube ports have become Ukraine's main route for grain exports.
Follow Prut Post on Telegram and Facebook
If you found a mistake, select it and press Ctrl+Enter
Related: How the Danube became Ukraine's grain corridor
© 2023 Prut Post. All rights reserved.
"""
DOC = {"id": "lc08", "date": "2023-08-16", "source": "Prut Post (Moldovan news site, English)",
       "url": "https://prutpost.example/en/region/2023/08/16/drone-field-giurgiulesti-danube-ports", "text": TEXT}

D, MON = "2023-08-16", "2023-08-14"
EVENTS = [
    E("lc08-1", ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(25))],
      ev="Ukraine's air force said Russia had launched 25 Shahed drones overnight",
      note="the night's wave: 25 Shahed launched 'overnight' (Wednesday report -> Wednesday 16 Aug), country level "
           "(the air force's national count; 'most over the Odesa region' is no regional count); drones only -> "
           "air_drone_strike"),
    E("lc08-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lc08-1", weapons=[W("drone", intercepted=N(20))],
      ev="20 of them had been destroyed, most over the Odesa region",
      note="'20 of them had been destroyed': the wave's interception"),
    E("lc08-3", ADS, D, H("Giurgiulesti", "field outside Giurgiulești"), "RU", "MD", fat=N(0), inj=N(0),
      weapons=[W("drone", "Shahed")], parent="lc08-1",
      ev="The Shahed-type drone crashed into a sunflower field about two kilometres outside Giurgiulești",
      note="Russian drone crashed and exploded in a field 'about two kilometres outside Giurgiulești' shortly after "
           "3 a.m.: a drone coming down on a neighbouring state's soil is an air_drone_strike RU -> MD, 0/0 ('No one "
           "was hurt'); outside X = precision 2 (blind43 call 9)"),
    E("lc08-4", ADS, D, L("Izmail"), "RU", "UA", inj=N(3), weapons=[W("drone")], parent="lc08-1",
      ev="In Izmail, drones hit a grain terminal in the port and set a warehouse on fire.",
      note="drones on the grain terminal of Izmail port: 3 injured"),
    E("lc08-5", ADS, D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], parent="lc08-1",
      ev="Across the river from Giurgiulești, in Reni, a drone struck a warehouse in the port area.",
      note="drone on a port warehouse in Reni (fronted adverbials): 'There were no casualties' = 0/0"),
    E("lc08-6", DIS, D, L("Reni"), "RU", "UA", parent="lc08-5",
      ev="part of the town was left without electricity for several hours",
      note="part of Reni without electricity for several hours"),
    E("lc08-7", ADS, MON, L("Reni"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      ev="on the night to Monday, drones damaged a grain silo in the town's port, injuring one worker",
      note="recalled with its day: 'on the night to Monday' (14 Aug) drones on a grain silo in Reni port: 1 injured"),
    E("lc08-8", DIP, D, L("Chisinau"), "MD", "RU",
      ev="The Foreign Ministry in Chișinău summoned the Russian ambassador on Wednesday morning and delivered a protest note to him",
      note="summons of the Russian ambassador in Chișinău 'on Wednesday morning': diplomatic_contact in the named "
           "capital"),
    E("lc08-9", POL, D, C("MD", "Moldova"), "MD", None, family=["infrastructure_disruption"],
      ev="the Commission for Exceptional Situations voted to shut the skies over the south of the country at night, starting from Thursday",
      note="'Later the same day' the Commission 'voted to shut the skies … starting from Thursday': a government "
           "decision dated the day it was taken (the closure itself begins after publication; blind43 kt09-3)"),
]
# Not events: the experts 'are working there now' (ongoing), 'most over the Odesa region' (no count), 'The president
# would raise the incident' (future), the crossing 'remained open' (negation of a disruption), 'Since Russia quit the
# Black Sea grain deal in July' (history), the Related headline (furniture).
STATEMENTS = [
    S("Marina Gheorghiță", "MD", "The wreckage was found by a shepherd at dawn",
      "spokeswoman, General Inspectorate of Border Police"),
    S("Vasyl Kuzmenko", "UA", "The first one hit the roof, the second one the conveyor", "dock worker in Izmail"),
    S("Igor Botnaru", None, "A drone in a field near Giurgiulești does the job", "political analyst"),
]
# Not gold: "until further notice" (fragment).
MUST_NOT = ["PRUT POST", "Moldova's independent news in English · Română · Русский",
            "News | Politics | Economy | Region | War in Ukraine | Opinion", "Regional news", "16.08.2023, 13:25", "Text: Ana Rusnac",
            "Photo: General Inspectorate of Border Police", "Follow Prut Post on Telegram and Facebook",
            "If you found a mistake, select it and press Ctrl+Enter",
            "Related: How the Danube became Ukraine's grain corridor", "© 2023 Prut Post. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
