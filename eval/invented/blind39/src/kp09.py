from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Update: the Kursk salient and the Belgorod-Sumy border, February 26, 2025"
TEXT = """MERIDIAN CONFLICT OBSERVATORY
Home › Programs › Russia & Ukraine › Special Updates
Russian Offensive Campaign Update: the Kursk salient and the Belgorod-Sumy border, February 26, 2025
Authors: Leonie Brandt, Kyrylo Demchuk, Harriet Sallow | Maps: Pavel Nowicki
Published February 26, 2025, 6:40 pm ET
This special update supplements our daily campaign assessment and focuses on the Kursk salient and the international border between Belgorod, Kursk and Sumy oblasts. Data cut-off: 2:00 pm ET, February 26.
Key points
Russian forces recently advanced northeast of Sudzha and are likely attempting to compress the Ukrainian salient in Kursk Oblast from the north and east.
Ukrainian forces continue to hold Sudzha and conducted limited counterattacks northeast of the town.
Ukrainian forces attacked across the international border into Belgorod Oblast near Grayvoron on February 25, but Russian sources claim that Russian forces repelled the attack.
Russian forces intensified glide bomb strikes against Ukrainian border settlements in Sumy Oblast.
The Russian command will likely continue to prioritize the recapture of Kursk Oblast over offensive operations elsewhere along the northern border.

Background
Ukrainian forces launched an incursion into Kursk Oblast in August 2024 and at the height of the operation controlled about 1,300 square kilometres of Russian territory. Russian forces, reinforced by North Korean troops since late 2024, have since recaptured more than half of this area. The Ukrainian command has said that it intends to hold the remaining salient for as long as it ties down Russian forces that would otherwise be deployed in Donetsk Oblast. The Observatory assesses that the salient continues to serve this purpose, although at a growing cost.

Fighting in the Kursk salient
Russian forces recently advanced northeast of Sudzha. Geolocated footage published on February 25 shows Russian forces raising a flag in the southern part of Guyevo, south of Sudzha, and footage published on February 26 shows Russian infantry operating in fields northeast of Sudzha, indicating that Russian forces advanced in both areas. The Observatory had previously assessed that Ukrainian forces withdrew from positions in Guyevo earlier in the month.

Russian forces continued assaults north, northeast and east of Sudzha on February 25 and 26. The Russian Ministry of Defense (MoD) claimed on February 25 that Russian forces had repelled five Ukrainian counterattacks near Sudzha and destroyed four armored vehicles. Ukrainian military observers reported that Ukrainian forces counterattacked northeast of Sudzha near Bolshoye Soldatskoye on February 25 and regained some positions, although the Observatory has not observed footage confirming a Ukrainian advance.

A Russian milblogger claimed on February 26 that Russian forces are "a few hundred meters" from the outskirts of Sudzha and that Ukrainian logistics into the salient are under constant Russian drone control. Another milblogger claimed that Russian forces had already entered Sudzha itself. The Observatory has not observed evidence of Russian forces in Sudzha, and the second claim is likely false. A Ukrainian drone platoon commander operating in the area, Vitalii Horobets, said that "every road into Sudzha is now watched by Russian drones, day and night, and the trucks move only in fog."

Russian forces also conducted air strikes against the salient's supply lines. A Russian glide bomb struck a Ukrainian-held section of the road between Sudzha and the border on February 25, according to Russian milbloggers who published footage of the strike. The Observatory cannot confirm the result of the strike.

The Belgorod-Sumy border
Ukrainian forces attacked across the international border near Grayvoron in Belgorod Oblast on February 25. Russian milbloggers claimed that Ukrainian mechanized units attempted to advance toward Kozinka, west of Grayvoron, and that Russian forces destroyed several armored vehicles and repelled the attack. The Belgorod Oblast governor stated that Ukrainian shelling of Grayvoron on February 25 injured two civilians. The Ukrainian General Staff did not comment on the reported attack. Ukrainian forces conducted a similar limited cross-border attack in the same area in the spring of 2024.

Russian forces intensified glide bomb strikes against Ukrainian border settlements. The head of the Sumy Oblast Military Administration reported that Russian aircraft dropped glide bombs on Khotin and Yunakivka on February 25, injuring three civilians in Khotin. The head of the administration also reported that Russian drones struck an energy facility in Sumy City overnight on February 25 to 26, causing power outages in two districts of the city. Russian forces have struck Sumy Oblast with glide bombs, drones and artillery almost every day since the start of the Kursk operation.

The Russian MoD claimed on February 26 that Russian air defense destroyed 23 Ukrainian drones overnight over Kursk Oblast and nine over Belgorod Oblast. The acting governor of Kursk Oblast reported that a Ukrainian drone struck a car in Kurchatov on February 25, killing one civilian.

The Kharkiv border
Russian forces continued limited attacks in northern Kharkiv Oblast. Russian forces attacked within Vovchansk and south of the town near Vilcha on February 25 but did not advance. Fighting in Vovchansk has continued since Russian forces crossed the border in May 2024, and most of the town has been destroyed. The Observatory assesses that Russian forces in this area are conducting pinning operations intended to prevent Ukraine from redeploying units to the Kursk salient rather than trying to advance.

Russian forces struck Kharkiv City with drones overnight on February 25 to 26, damaging a private house and a kindergarten in the Kyivskyi district, according to the Kharkiv City Mayor. The mayor reported no casualties. Russian forces regularly strike Kharkiv City with Shahed-type drones and glide bombs, and the city's air defense has improved significantly since the summer of 2024.

Russian force generation on the northern border
Russian forces continue to redeploy elements of airborne and naval infantry units from Zaporizhzhia Oblast to Kursk Oblast, according to Ukrainian military officials. The Observatory assesses that Russian forces likely intend to recapture all of Kursk Oblast before starting new offensive operations in Sumy or Kharkiv oblasts. Russian forces may attempt to create a "buffer zone" in northern Sumy Oblast once they have recaptured Kursk Oblast, as they attempted in northern Kharkiv Oblast in May 2024.

Assessment
The Ukrainian salient in Kursk Oblast has been shrinking steadily since the start of the year. If Russian forces cut the main road from Sudzha to the border, Ukrainian forces in the salient would face an increasingly difficult supply situation and could be forced to withdraw. The Ukrainian command has so far not indicated that it intends to withdraw. The Observatory will continue to monitor the situation closely.

Map: Assessed control of terrain in Kursk Oblast, February 26, 2025 (click to enlarge)
Endnotes are available in the PDF version of this update.
Meridian Conflict Observatory is an independent research organization. Reproduction permitted with attribution.
"""
DOC = {"id": "kp09", "date": "2025-02-26", "source": "Meridian Conflict Observatory (think tank, special update)",
       "url": "https://meridian-observatory.example/russia-ukraine/special-update-kursk-2025-02-26", "text": TEXT}

D, Y = "2025-02-26", "2025-02-25"
EVENTS = [
    E("kp09-1", "territory_change", Y, L("Guyevo"), "RU", "UA",
      note="footage 'published on February 25' of a flag 'in the southern part of Guyevo': an advance the page states, "
           "dated by the footage (blind34 call 1); the earlier Ukrainian withdrawal 'earlier in the month' has no day"),
    E("kp09-2", "territory_change", D, L("Sudzha", 2), "RU", "UA",
      note="footage 'published on February 26' of infantry 'in fields northeast of Sudzha': the stated advance, "
           "precision 2; the key point repeats it"),
    E("kp09-3", "armed_clash", Y, L("Sudzha", 2), "RU", "UA", end=D, prec="range",
      note="'assaults north, northeast and east of Sudzha on February 25 and 26': one clash around the town, a range "
           "from the first day, precision 2 (one place named); the MoD's five repelled counterattacks 'near Sudzha' on "
           "Feb 25 are the same fighting"),
    E("kp09-4", "armed_clash", Y, L("Bolshoye Soldatskoye", 2), "UA", "RU",
      note="'counterattacked northeast of Sudzha near Bolshoye Soldatskoye on February 25' (actor1 UA); 'regained some "
           "positions' unconfirmed: no territory_change"),
    E("kp09-5", "territory_change", D, L("Sudzha"), "RU", "UA", optional=True,
      note="milblogger's claim that Russian forces 'had already entered Sudzha itself', 'likely false': optional"),
    E("kp09-6", "air_drone_strike", Y, L("Sudzha", 2), "RU", "UA", optional=True, weapons=[W("guided_bomb")],
      note="glide bomb on 'a … section of the road between Sudzha and the border on February 25', per milbloggers' "
           "footage, result unconfirmed: a vague target -> optional"),
    E("kp09-7", "armed_clash", Y, L("Grayvoron", 2), "UA", "RU",
      note="'attacked across the international border near Grayvoron … on February 25' (repelled per Russian sources): "
           "armed_clash, actor1 UA (blind34 call 9); the milbloggers' 'toward Kozinka' is the same attack; the "
           "key point repeats it"),
    E("kp09-8", "missile_artillery_strike", Y, L("Grayvoron"), "UA", "RU", inj=N(2), weapons=[W("artillery")],
      note="the Belgorod governor: 'Ukrainian shelling of Grayvoron on February 25 injured two civilians'"),
    E("kp09-9", "air_drone_strike", Y, L("Khotin"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="glide bombs on Khotin Feb 25, 'injuring three civilians in Khotin' (Sumy oblast Khotin, 706253)"),
    E("kp09-10", "air_drone_strike", Y, L("Yunakivka"), "RU", "UA", weapons=[W("guided_bomb")],
      note="'… and Yunakivka on February 25': casualties given for Khotin only -> none here"),
    E("kp09-11", "air_drone_strike", D, L("Sumy"), "RU", "UA", weapons=[W("drone")],
      note="drones on an energy facility in Sumy City 'overnight on February 25 to 26' = Feb 26"),
    E("kp09-12", "infrastructure_disruption", D, L("Sumy"), "RU", "UA", parent="kp09-11",
      note="'causing power outages in two districts of the city'"),
    E("kp09-17", "armed_clash", Y, L("Vovchansk"), "RU", "UA",
      note="'attacked within Vovchansk … on February 25': precision 1 ('within')"),
    E("kp09-18", "armed_clash", Y, L("Vilcha", 2), "RU", "UA",
      note="'south of the town near Vilcha on February 25' (Kharkiv-oblast Vilcha, 12662540), precision 2"),
    E("kp09-19", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drones on Kharkiv 'overnight on February 25 to 26' = Feb 26, a house and a kindergarten damaged; 'reported "
           "no casualties' = 0/0"),
    E("kp09-13", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      claimant="Russian MoD", note="MoD 'on February 26': 23 drones 'overnight over Kursk Oblast'"),
    E("kp09-14", "interception", D, R("RU-BEL", "Belgorod Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(9))],
      claimant="Russian MoD", note="'… and nine over Belgorod Oblast'"),
    E("kp09-15", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the overnight drone attack on Russia as a whole, implied by the MoD's counts: optional (blind37 call 5)"),
    E("kp09-16", "air_drone_strike", Y, L("Kurchatov"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      note="the acting Kursk governor: drone on a car in Kurchatov 'on February 25', 1 killed"),
]
# Not events: the key points (repeat the body) and 'will likely continue to prioritize'; the Background (the incursion
# 'in August 2024', 1,300 km², North Korean troops 'since late 2024', 'more than half' recaptured, the Ukrainian
# command's intention); the earlier Ukrainian withdrawal from Guyevo 'earlier in the month' (no day); the MoD's claimed
# destruction of four armored vehicles (part of the Sudzha fighting); the milblogger's 'a few hundred meters' and
# 'constant drone control' (assessment claims, no incident); Horobets's quote (habitual); the General Staff's silence;
# the cross-border attack 'in the spring of 2024' (history); strikes on Sumy Oblast 'almost every day since the start
# of the Kursk operation' (habitual); redeployments 'continue' (ongoing, no day); 'likely intend', 'may attempt to
# create a buffer zone', May 2024 in Kharkiv Oblast (history); the Assessment ('shrinking steadily', 'If Russian forces
# cut the main road … could be forced', 'has so far not indicated'); Vovchansk fighting 'since … May 2024' and 'pinning operations'
# (assessment); Kharkiv struck 'regularly', air defense 'improved … since the summer of 2024'. Not gold statements:
# the unnamed milblogger's
# 'a few hundred meters' (fragment, no named speaker).
STATEMENTS = [
    S("Vitalii Horobets", "UA", "every road into Sudzha is now watched by Russian drones",
      "Ukrainian drone platoon commander"),
]
MUST_NOT = ["MERIDIAN CONFLICT OBSERVATORY", "Home › Programs › Russia & Ukraine › Special Updates",
            "Authors: Leonie Brandt, Kyrylo Demchuk, Harriet Sallow | Maps: Pavel Nowicki",
            "Published February 26, 2025, 6:40 pm ET",
            "Map: Assessed control of terrain in Kursk Oblast, February 26, 2025 (click to enlarge)",
            "Endnotes are available in the PDF version of this update.",
            "Meridian Conflict Observatory is an independent research organization. Reproduction permitted with attribution."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
