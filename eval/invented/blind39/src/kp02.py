from common import E, L, R, C, N, W, S, gold

TITLE = "Daily Front Assessment: Ukrainian forces advance west of Verbove as Russian command shifts reserves"
TEXT = """KESSLER CENTRE FOR WAR STUDIES
Analysis • Datasets • Briefings • Team • Contact
You are here: Analysis / Russia-Ukraine / Daily Front Assessment
Daily Front Assessment: Ukrainian forces advance west of Verbove as Russian command shifts reserves
Wednesday, 6 September 2023
Prepared by the Kessler Russia-Ukraine Desk: Ilona Ferenczi, Tomás Arregui, Bartholomew Ngata
Reading time: 9 minutes
Print this page
Scope: this assessment covers events reported up to 10:00 CET on 6 September. Unless otherwise indicated, the events described took place on 5 September.

Bottom line up front
- Ukrainian forces advanced west of Verbove in western Zaporizhzhia Oblast, according to geolocated footage published on 5 September.
- Ukrainian forces continued counteroffensive operations south of Bakhmut and in the Zaporizhzhia direction.
- Russian forces continued limited attacks along the Kupiansk-Svatove-Kreminna line and near Avdiivka and Marinka.
- The Russian command is likely redeploying elements of airborne formations from the Kherson direction to the Zaporizhzhia direction, weakening its positions on the left bank of the Dnipro.
- Russian occupation authorities are preparing to hold regional "elections" in occupied areas between 8 and 10 September.

1. Ukrainian counteroffensive operations
Ukrainian forces advanced west of Verbove, about 20 kilometres south-east of Orikhiv. Geolocated footage published on 5 September shows Ukrainian armoured vehicles and infantry operating in a tree line west of Verbove, indicating that Ukrainian forces have crossed the first line of the Russian anti-tank ditches in this area. The Ukrainian General Staff reported that Ukrainian forces continued offensive operations near Verbove and south of Mala Tokmachka on 5 September. Russian milbloggers claimed that Russian forces counterattacked near Verbove and pushed Ukrainian forces back to their starting positions, but the Kessler Centre has observed no evidence to support these claims.

Russian milblogger Arkady Zubrin, who writes from the Zaporizhzhia direction, complained that Russian units near Verbove "have not been rotated for two months and fight without artillery support half of the day." Complaints of this kind have been a regular feature of Russian milblogger commentary since the start of the Ukrainian counteroffensive in June, and the Kessler Centre assesses that they reflect a real degradation of Russian combat power in the area.

The Kessler Centre assesses that Ukrainian forces are now operating in the second Russian defensive line in at least one area. This does not mean that Ukrainian forces have broken through Russian defences. Russian forces have prepared further defensive positions north of Tokmak, and Ukrainian forces would need to advance roughly 20 kilometres further to bring the main Russian ground line of communication along the coast within the range of tube artillery. If Ukrainian forces widen the gap west of Verbove, Russian forces could be forced to commit their last operational reserves in the area.

South of Bakhmut, the Ukrainian General Staff reported that Ukrainian forces achieved "partial success" near Kurdiumivka on 5 September. The Kessler Centre has not observed geolocated footage of this advance. Ukrainian forces have been conducting offensive operations on Bakhmut's southern flank since the summer, and the Ukrainian military leadership has described these operations as an effort to pin Russian forces in place rather than to retake the city.

The Russian Ministry of Defence (MoD) claimed that Russian forces repelled seven Ukrainian attacks near Staromaiorske and Urozhaine in southern Donetsk Oblast on 5 September. The MoD has reported repelled attacks in this area almost every day since mid-June, and Ukrainian forces retook both villages in the summer.

2. Russian offensive operations
Russian forces attacked north-east of Kupiansk and near Bilohorivka on 5 September but did not make confirmed gains. Russian forces have been conducting attacks on this line since late July in a likely effort to draw Ukrainian reserves away from the southern front. The Ukrainian Eastern Group of Forces' spokesperson, Ivan Shkurat, said that Russian forces "are throwing assault groups forward without any regard for their losses, and then they hit the same positions with artillery."

Russian forces attacked near Avdiivka and near Marinka on 5 September. Russian forces have attempted to advance in the Avdiivka area for months without making significant progress. The Kessler Centre assesses that Russian forces are unlikely to launch a major offensive in this area before the end of the autumn.

3. Russian strikes and Ukrainian air defence
Russian forces launched 33 Shahed-136 drones at Odesa and Kharkiv oblasts overnight on 5 to 6 September. The Ukrainian Air Force reported that Ukrainian air defences shot down 25 of the drones. Drones struck grain storage facilities in the port of Izmail, injuring two people, according to the head of the Odesa Oblast Military Administration. Russian forces have struck port infrastructure on the Danube regularly since Russia withdrew from the Black Sea Grain Initiative in July, and the attacks have become a recurring source of tension with Romania, whose territory lies across the river.

Russian artillery struck Kherson City on 5 September, killing two civilians, according to the head of the Kherson Oblast Military Administration. Russian forces shell Kherson City and the settlements of the right bank daily from positions on the left bank of the Dnipro.

4. Russian force posture
The Kessler Centre assesses that the Russian command is likely redeploying elements of airborne formations from the Kherson direction to the Zaporizhzhia direction. Ukrainian military officials reported that elements of a Russian airborne division had appeared near Verbove, and Russian milbloggers have discussed the redeployment. The Kessler Centre cannot confirm the size of the redeployed force. A weakening of Russian forces on the left bank would give Ukrainian forces greater freedom to conduct small raids across the Dnipro.

The redeployment, if confirmed, would be the second time since the start of the counteroffensive that the Russian command has moved elite units from the Dnipro line to reinforce the south. Russian airborne units were among the best-trained formations at the start of the full-scale invasion, but heavy losses in 2022 and 2023 have forced the command to refill them with mobilised personnel, and their current combat effectiveness is uncertain. Ukrainian officials have claimed that the Russian command has now committed most of its operational reserves in the Zaporizhzhia direction, a claim that the Kessler Centre cannot verify but that is consistent with the observed pattern of redeployments.

Former Wagner Group fighters continue to join other Russian formations following the death of the group's leader in August. Russian sources claimed that several hundred former Wagner personnel had signed contracts with the Russian MoD in recent weeks, although the Kessler Centre cannot verify these numbers.

5. Occupied areas
Russian occupation authorities are preparing to hold regional "elections" in occupied Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts between 8 and 10 September. Occupation officials have reportedly pressured residents to vote in "early voting" procedures held in their homes with armed personnel present. The Kessler Centre expects Russian authorities to announce inflated turnout figures.

Outlook
The next days will show whether Ukrainian forces can expand the breach near Verbove. Heavy rain forecast for mid-September may slow mechanised operations across the southern front.

Maps: Kessler front-line maps for 6 September are available in the Datasets section.
Cite this report: Kessler Centre for War Studies, Daily Front Assessment, 6 September 2023.
Subscribe to the Kessler daily e-mail
Kessler Centre for War Studies is a registered non-profit association. Privacy | Imprint
"""
DOC = {"id": "kp02", "date": "2023-09-06", "source": "Kessler Centre for War Studies (think tank, daily assessment)",
       "url": "https://kessler-centre.example/analysis/russia-ukraine/daily-front-assessment-2023-09-06", "text": TEXT}

D, Y = "2023-09-06", "2023-09-05"
EVENTS = [
    E("kp02-1", "territory_change", Y, L("Verbove", 2), "UA", "RU",
      note="'advanced west of Verbove', shown by footage 'published on 5 September': dated by the footage (blind34 call "
           "1); 'west of' = precision 2; the BLUF bullet repeats it"),
    E("kp02-2", "armed_clash", Y, L("Verbove", 2), "UA", "RU",
      note="General Staff: 'continued offensive operations near Verbove … on 5 September' (actor1 UA, the attacker)"),
    E("kp02-3", "armed_clash", Y, L("Mala Tokmachka", 2), "UA", "RU",
      note="'… and south of Mala Tokmachka on 5 September', precision 2"),
    E("kp02-4", "territory_change", Y, L("Verbove", 2), "RU", "UA", optional=True,
      note="milbloggers' claimed counterattack that 'pushed Ukrainian forces back', no evidence observed: optional"),
    E("kp02-5", "armed_clash", Y, L("Kurdiumivka", 2), "UA", "RU",
      note="'partial success near Kurdiumivka on 5 September' (Donetsk oblast, south of Bakhmut, 703633): a Ukrainian "
           "attack; no territory_change (no advance stated, none observed)"),
    E("kp02-6", "armed_clash", Y, L("Staromaiorske", 2), "UA", "RU", claimant="Russian MoD",
      note="MoD: 'repelled seven Ukrainian attacks near Staromaiorske and Urozhaine … on 5 September': one clash per "
           "named village, the attacker UA (blind37 call 6)"),
    E("kp02-7", "armed_clash", Y, L("Urozhaine", 2), "UA", "RU", claimant="Russian MoD", note="'… and Urozhaine'"),
    E("kp02-8", "armed_clash", Y, L("Kupiansk", 2), "RU", "UA", note="'attacked north-east of Kupiansk … on 5 September'"),
    E("kp02-9", "armed_clash", Y, L("Bilohorivka", 2), "RU", "UA",
      note="'… and near Bilohorivka' (the Luhansk-oblast village, UA-09)"),
    E("kp02-10", "armed_clash", Y, L("Avdiivka", 2), "RU", "UA", note="'attacked near Avdiivka … on 5 September'"),
    E("kp02-11", "armed_clash", Y, L("Marinka", 2), "RU", "UA", note="'… and near Marinka'"),
    E("kp02-12", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(33))],
      note="33 Shahed-136 'at Odesa and Kharkiv oblasts overnight on 5 to 6 September' = Sep 6; the wave "
           "over two oblasts is the country-level wave (ANNOTATION rule 3); drone-only wave"),
    E("kp02-13", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kp02-12",
      weapons=[W("drone", intercepted=N(25))], note="'shot down 25 of the drones'"),
    E("kp02-14", "air_drone_strike", D, L("Izmail"), "RU", "UA", parent="kp02-12", inj=N(2), weapons=[W("drone")],
      note="drones on grain storage in the port of Izmail, 2 injured"),
    E("kp02-15", "missile_artillery_strike", Y, L("Kherson"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'Russian artillery struck Kherson City on 5 September, killing two'; the daily shelling is habitual"),
]
# Not events: the scope line's default day (used for dating only); the BLUF bullets (repeat the body); the
# redeployment of airborne elements ('likely redeploying', cannot confirm the size: an assessment, no day); the
# 'elections' of 8-10 September (future) and the 'early voting' pressure (ongoing practice); Zubrin's complaints (a
# statement) and their being 'a regular feature … since June'; 'operating in the second defensive line' (assessment),
# 'would need to advance', 'If Ukrainian forces widen the gap … could be forced' (hypothetical); Bakhmut's flank
# 'since the summer'; the MoD's near-daily reports 'since mid-June' and the villages retaken 'in the summer'
# (history); attacks on the line 'since late July'; Avdiivka 'for months', 'unlikely to launch'; Danube port strikes
# 'regularly since … July' and the grain deal exit (history); former Wagner fighters' contracts 'in recent weeks'
# (undated aggregate) and the leader's death 'in August' (history without a day); the Outlook and the rain forecast;
# 'the second time since the start of the counteroffensive' and the airborne units' losses in 2022-23 (history); the
# claim about committed reserves (assessment).
STATEMENTS = [
    S("Arkady Zubrin", "RU", "have not been rotated for two months", "Russian milblogger"),
    S("Ivan Shkurat", "UA", "are throwing assault groups forward without any regard for their losses",
      "spokesperson, Ukrainian Eastern Group of Forces"),
]
MUST_NOT = ["KESSLER CENTRE FOR WAR STUDIES", "Analysis • Datasets • Briefings • Team • Contact",
            "You are here: Analysis / Russia-Ukraine / Daily Front Assessment", "Wednesday, 6 September 2023",
            "Prepared by the Kessler Russia-Ukraine Desk: Ilona Ferenczi, Tomás Arregui, Bartholomew Ngata",
            "Reading time: 9 minutes", "Print this page",
            "Maps: Kessler front-line maps for 6 September are available in the Datasets section.",
            "Cite this report: Kessler Centre for War Studies, Daily Front Assessment, 6 September 2023.",
            "Subscribe to the Kessler daily e-mail",
            "Kessler Centre for War Studies is a registered non-profit association. Privacy | Imprint"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
