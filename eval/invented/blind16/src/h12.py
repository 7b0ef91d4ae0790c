from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Campaign Assessment, March 24, 2022"
TEXT = """HALVORSEN CENTRE FOR DEFENCE STUDIES
Research | Ukraine Conflict Updates | Maps | Events | About | Donate
Home › Ukraine Conflict Updates › Russian Campaign Assessment, March 24
Russian Campaign Assessment, March 24, 2022
Ingrid Solberg, Tomasz Wilk and Ruth Adeyemi
Data cut-off: 2:00 pm EDT, March 24. This assessment covers events through March 23.
Download the PDF | View the interactive map

Russian forces around Kyiv have shifted from offensive operations to holding their lines, and Ukrainian counterattacks west and east of the capital are beginning to push them back. The Russian military has not abandoned its maximalist objectives, but it is increasingly unable to pursue them on all axes at once. The Kremlin will likely concentrate its remaining combat power on encircling Ukrainian forces in Donbas and on taking Mariupol, while keeping forces near Kyiv to fix Ukrainian units in place.

Key takeaways
- Ukrainian forces recaptured Makariv west of Kyiv on March 22.
- Russian aircraft destroyed the main road bridge south of Chernihiv on March 23, isolating the city from Kyiv by road.
- Russian forces attacked toward Popasna and in northern Rubizhne on March 23 without confirmed gains.
- Russian troops continued to fight their way into central Mariupol.
- Russian forces are unlikely to resume large-scale offensive operations toward Kyiv in the coming weeks.

Kyiv axis

Ukrainian forces recaptured Makariv, about 50 kilometres west of Kyiv, on March 22, and geolocated footage from March 23 shows Ukrainian troops moving freely in the town centre. The recapture threatens the lines of communication of Russian units further north around Borodianka, and Russian commanders will likely have to choose between reinforcing that sector and withdrawing from it.

Russian forces attempted to cross the Irpin River near Moshchun on March 23 and were repelled. Russian artillery shelled Irpin on March 23, killing two civilians, according to city officials. We assess that the Russian grouping north-west of Kyiv lacks the infantry to conduct a renewed assault on the capital, and that its shelling of the suburbs is meant to compensate for that weakness rather than to prepare an attack.

East of Kyiv, Ukrainian forces counterattacked near Velyka Dymerka on March 23. The outcome of the fighting is unclear. Russian units on this axis have been stalled for more than a week and are exposed to the same supply problems as the forces west of the capital. If Ukrainian forces retake the road junctions east of Brovary, the Russian forces there could be forced to pull back toward the Chernihiv axis.

Chernihiv axis

Russian aircraft destroyed the road bridge over the Desna River south of Chernihiv on March 23, cutting the city's last road link to Kyiv. Chernihiv is now surrounded on three sides, and humanitarian convoys will have to use minor roads or pontoon crossings. The Russian forces around the city do not appear strong enough to storm it; they will more likely try to starve it of supplies and shell it into submission, as they did at Mariupol. This would be a slow process, and it would tie down Russian units that the Kremlin may need elsewhere.

Sumy and Kharkiv axes

Russian forces in Sumy Oblast have made no attempt to advance in the past week and are focused on securing their supply lines toward Kyiv. Russian forces shelled residential areas of northern Kharkiv on March 23, killing six civilians, according to the regional administration. Russian forces around Kharkiv are not strong enough to encircle the city, and the shelling is likely intended to pin down its defenders rather than to prepare a ground assault.

The battles around Kharkiv in 1943 showed how difficult it is to hold a large city against a determined defender with secure supply lines, and nothing we have observed suggests that the Russian command has absorbed that lesson.

Izium axis

Russian forces attempted to advance south of Izium toward Barvinkove on March 23 and were repelled near Husarivka, according to the Ukrainian General Staff. Russian forces will likely continue attacks from Izium toward Sloviansk and Barvinkove in the coming days to try to link up with forces advancing from Donetsk Oblast. Such a link-up would threaten the Ukrainian forces in the Joint Forces Operation area with encirclement, but the Russian troops on this axis have suffered heavy losses and are unlikely to advance quickly.

Donbas axis

Russian and proxy forces attacked toward Popasna and in northern Rubizhne on March 23 without securing any confirmed territorial gains. The Donetsk People's Republic claimed on March 23 that its forces had taken most of Marinka, west of Donetsk City; we cannot independently confirm that claim. Russian forces in Donbas have been attempting to break through the same Ukrainian defensive lines since 2014 and have rarely advanced more than a few kilometres at a time.

The Russian command may decide to reinforce the Donbas axis with units withdrawn from the Kyiv area. Such a redeployment would take at least two to three weeks, given the damage those units have suffered and the state of Russian logistics. It would, however, give Russia a better chance of achieving its declared objective of seizing the entirety of Donetsk and Luhansk oblasts.

Mariupol

Russian forces continued to attack central Mariupol on March 23 and likely seized several blocks in the city's western districts. Ukrainian defenders continue to hold the Azovstal plant and parts of the city centre. The city's humanitarian situation is catastrophic, and Russian forces continue to block most evacuation routes. Mariupol will likely fall in the coming weeks, but Ukrainian resistance there has already cost Russia time and combat power that it cannot easily replace.

Southern axis

Ukrainian forces counterattacked north of Mykolaiv on March 22 and 23 and pushed Russian units back toward the border of Kherson Oblast. Russian forces in the south remain on the defensive and are unlikely to resume their advance toward Odesa in the near term. Russian troops in occupied Kherson dispersed a pro-Ukrainian rally in the city centre with stun grenades and gunfire on March 21, injuring at least four protesters, according to Ukrainian officials. The occupation authorities will likely continue to suppress public protests and may attempt to stage a referendum on a "Kherson People's Republic," as we assessed on March 12.

Russian force generation

The Kremlin is struggling to replace the losses of the first month of the war. Russian commanders have begun pulling individual battalions from garrisons in the Far East and the Caucasus, and the Russian Defence Ministry is recruiting contract servicemen with short-term contracts and large one-time payments. These measures will generate small numbers of poorly trained personnel rather than cohesive units. Russia would need to declare at least a partial mobilisation to regain the initiative on several axes at once, a step the Kremlin has so far avoided because of its likely domestic cost. We assess that the Russian president is unlikely to order mobilisation in the coming weeks, but the question will return if the Donbas offensive stalls as well.

The units that fought around Kyiv have lost much of their equipment and many of their junior officers. Even if they are withdrawn and refitted in Belarus or western Russia, they will not be combat-effective for several weeks, and the Russian command has shown little ability so far to coordinate air, artillery and ground manoeuvre at the scale that a renewed offensive would demand.

Activity in Belarus

Belarusian forces are unlikely to join the war in Ukraine. Reports that Belarusian units were moving toward the Ukrainian border could not be confirmed. The Belarusian leader faces strong domestic opposition to intervention, and his army would add little to Russian combat power even if he ordered it into Ukraine.

Immediate items to watch
- Russian forces will likely conduct limited attacks around Kyiv to fix Ukrainian forces in place.
- The Kremlin may announce a new phase of the operation focused on Donbas.
- Ukrainian counterattacks west of Kyiv may cut off Russian forces near Borodianka if they continue.

Support our work: donate to the Halvorsen Centre
Tags: Russia, Ukraine, Kyiv, Mariupol, Donbas
© 2022 Halvorsen Centre for Defence Studies. All rights reserved.
"""
DOC = {"id": "h12", "date": "2022-03-24", "source": "Halvorsen Centre for Defence Studies (think tank)",
       "url": "https://halvorsen-centre.example.org/updates/russian-campaign-assessment-march-24-2022", "text": TEXT}

D23 = "2022-03-23"
EVENTS = [
    E("h12-1", "territory_change", "2022-03-22", L("Makariv"), "UA", "RU",
      note="recaptured 'on March 22' (key takeaway repeats it: one event); the March 23 footage confirms it"),
    E("h12-2", "armed_clash", D23, L("Moshchun", 2, "near Moshchun"), "RU", "UA",
      note="attempted crossing repelled: actor1 = the attacker"),
    E("h12-3", "missile_artillery_strike", D23, L("Irpin"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="artillery shelled Irpin, 2 civilians killed"),
    E("h12-4", "armed_clash", D23, L("Velyka Dymerka", 2, "near Velyka Dymerka"), "UA", "RU",
      note="Ukrainian counterattack: actor1 UA; 'outcome unclear' does not remove the clash"),
    E("h12-5", "air_drone_strike", D23, L("Chernihiv", 2, "Desna bridge south of Chernihiv"), "RU", "UA",
      weapons=[W("aircraft")], note="aircraft destroyed the road bridge 'south of Chernihiv': precision 2"),
    E("h12-6", "infrastructure_disruption", D23, L("Chernihiv"), "RU", "UA", optional=True,
      note="the city's last road link to Kyiv cut by the bridge strike: a transport cut, optional"),
    E("h12-7", "missile_artillery_strike", D23, L("Kharkiv", 1, "northern Kharkiv"), "RU", "UA", fat=N(6),
      note="'shelled residential areas of northern Kharkiv': part of the city = the city"),
    E("h12-8", "armed_clash", D23, L("Husarivka", 2, "near Husarivka"), "RU", "UA",
      note="advance toward Barvinkove repelled near Husarivka (707855, Barvinkove area, not the Balakliia one); the "
           "reference towns Izium/Barvinkove get no event"),
    E("h12-9", "armed_clash", D23, L("Popasna", 2, "toward Popasna"), "RU", "UA",
      note="'attacked toward Popasna': precision 2; occupied/contested Luhansk oblast keeps UA-09"),
    E("h12-10", "armed_clash", D23, L("Rubizhne", 1, "northern Rubizhne"), "RU", "UA",
      note="'in northern Rubizhne': in the town itself"),
    E("h12-11", "territory_change", D23, L("Marinka"), "RU", "UA", optional=True, claimant="Donetsk People's Republic",
      note="DNR claim the analysts 'cannot independently confirm': optional (blind14 call 7)"),
    E("h12-12", "armed_clash", D23, L("Mariupol", 1, "central Mariupol"), "RU", "UA",
      note="'continued to attack central Mariupol on March 23'; 'likely seized several blocks' is no named place"),
    E("h12-16", "territory_change", D23, L("Mariupol", 2, "western districts of Mariupol"), "RU", "UA", optional=True,
      note="'likely seized several blocks in the city's western districts': hedged, no named place — optional"),
    E("h12-13", "territory_change", "2022-03-22", L("Mykolaiv", 2, "north of Mykolaiv"), "UA", "RU", prec="range",
      end=D23, optional=True,
      note="'pushed Russian units back toward the border of Kherson Oblast' on March 22 and 23: no named place gained, "
           "optional"),
    E("h12-14", "armed_clash", "2022-03-22", L("Mykolaiv", 2, "north of Mykolaiv"), "UA", "RU", prec="range", end=D23,
      note="'counterattacked north of Mykolaiv on March 22 and 23': a range starting on the first day (blind14 call 6)"),
    E("h12-15", "protest", "2022-03-21", L("Kherson", 1, "Kherson city centre"), "UA", "RU", inj=N(4, "at_least"),
      family=["attack_on_civilians"],
      note="pro-Ukrainian rally dispersed by Russian troops with stun grenades and gunfire 'on March 21': protest with "
           "intervention; actor1 = the protesters' state, actor2 = the intervening force (blind4 call 2 adapted to "
           "occupation); 'at least four' injured"),
]
STATEMENTS = []
MUST_NOT = ["HALVORSEN CENTRE FOR DEFENCE STUDIES",
            "Research | Ukraine Conflict Updates | Maps | Events | About | Donate",
            "Home › Ukraine Conflict Updates › Russian Campaign Assessment, March 24",
            "Ingrid Solberg, Tomasz Wilk and Ruth Adeyemi",
            "Data cut-off: 2:00 pm EDT, March 24. This assessment covers events through March 23.",
            "Download the PDF | View the interactive map", "Support our work: donate to the Halvorsen Centre",
            "Tags: Russia, Ukraine, Kyiv, Mariupol, Donbas",
            "© 2022 Halvorsen Centre for Defence Studies. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
