from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine Conflict Update: October 20, 2023"
TEXT = """ALDMOOR INSTITUTE FOR STRATEGIC ANALYSIS
Research  |  Ukraine Project  |  Maps & Data  |  Podcast  |  Events  |  Support AISA
Home › Research › Ukraine Project › Daily Updates
Ukraine Conflict Update: October 20, 2023
By Ruth Castellan, Daniel Okafor, Marta Hrynko, Jonah Wexley and the AISA Geospatial Team
Published October 20, 2023, 7:45pm ET
Download this update as a PDF (1.2 MB)
Open the AISA interactive campaign map — layers are refreshed each evening.
Cut-off for this update: 12:30pm ET on October 20. Anything published later will appear in the October 21 update.

Russian forces continued their offensive effort around Avdiivka for the eleventh consecutive day but have not achieved an operationally significant breakthrough. The Russian command has committed elements of at least three motorized rifle brigades to the effort since October 10, and AISA assesses that the tempo of Russian mechanized assaults has declined since the first week of the operation, likely because Ukrainian drone and artillery units destroyed a large share of the armored vehicles committed to the initial waves. Russian forces have instead shifted to smaller infantry-led assaults, a pattern AISA observed around Bakhmut in the winter of 2022-2023. Avdiivka has been a fortified Ukrainian position on the northern edge of occupied Donetsk City since 2014, and Russian and proxy forces failed to take it in several earlier offensives.

Key Takeaways:
• Russian forces made a confirmed advance northwest of Avdiivka along the railway line, but the Ukrainian garrison continues to hold the town's main supply route.
• Ukrainian forces advanced on the east (left) bank of the Dnipro River near Krynky in Kherson Oblast.
• Russian forces attacked along the Kupiansk-Svatove-Kreminna line and did not make confirmed gains.
• The Kremlin continues to frame the Avdiivka offensive as an "active defense," likely to lower domestic expectations after months of costly and inconclusive assaults.
• Belarusian forces began an unscheduled combat readiness check.

Ukrainian Operations in Kherson Oblast

Ukrainian forces conducted ground operations on the east (left) bank of the Dnipro River in Kherson Oblast on October 19 and 20 and made a confirmed advance. Geolocated footage published on October 19 indicates that Ukrainian forces advanced to the eastern outskirts of Krynky (about 2km from the riverbank) and are operating in the eastern part of the village. Russian milbloggers claimed that Russian forces repelled Ukrainian attacks near Krynky and east of it near Dnipriany on October 20. One milblogger claimed that Ukrainian forces have also established positions in Kozachi Laheri, but AISA has not observed visual confirmation of this claim. The Russian Ministry of Defense (MoD) claimed on October 20 that Russian aviation and artillery struck Ukrainian personnel and boats near Krynky, but did not say when.

Lieutenant Colonel Mykola Danchuk, a spokesperson for Ukraine's southern group of forces, declined to give details of the operation. "Our positions on the left bank are a fact, and the enemy will have to reckon with that fact every day," Danchuk said.

Kupiansk-Svatove-Kreminna Line

Russian forces continued offensive operations along the Kupiansk-Svatove-Kreminna line on October 20 but did not make any confirmed gains. The Ukrainian General Staff reported that Ukrainian forces repelled Russian attacks north of Kupiansk near Kindrashivka and east of it near Petropavlivka, and Russian sources claimed that Russian forces also attacked near Dvorichna (16km north of Kupiansk). A Russian milblogger claimed that Russian forces advanced up to 600 meters near Petropavlivka, although AISA has not observed confirmation of this claim.

The Ukrainian General Staff also reported that Ukrainian forces repelled Russian attacks west of Kreminna near Terny and Torske and south of Kreminna near Bilohorivka (Luhansk Oblast). Fighting continued in the Serebrianske forest area southwest of Kreminna, where Russian milbloggers claimed that elements of a Russian motorized rifle division conducted localized assaults.

Bakhmut Direction

Ukrainian forces continued limited counteroffensive operations south of Bakhmut on October 20. Ukrainian forces attacked near Opytne (4km south of Bakhmut), and Russian sources claimed that Russian forces repelled Ukrainian assaults near Opytne and southeast of it near Zaitseve. Russian forces attacked west of Bakhmut near Ivanivske, according to the Ukrainian General Staff. Geolocated footage published on October 18 indicates that Russian forces made a marginal advance west of Khromove, likely within the past several days.

Avdiivka Direction

Russian forces continued offensive operations around Avdiivka on October 19 and 20 and made a confirmed advance. Geolocated footage published on October 19 indicates that Russian forces advanced along the railway line northwest of Avdiivka, roughly 2km from the town's northern edge. Russian forces attacked north of Avdiivka from the Verkhnotoretske area, southwest of Avdiivka near Opytne, and in the Avdiivka industrial zone southeast of the town on October 20. The Ukrainian General Staff reported that Ukrainian forces repelled 37 Russian attacks in the Avdiivka direction over the past day. Russian milbloggers claimed that Russian forces seized the large waste heap north of Avdiivka, but their claims are inconsistent and AISA has not observed visual confirmation.

Captain Ihor Skrypnyk, a spokesperson for a Ukrainian brigade defending the town, said that Russian forces are now attacking "in groups of five to seven men, sometimes on motorcycles, because their columns of armor burned in the fields in the first week." AISA assesses that Russian forces will likely attempt to complete a tactical encirclement of Avdiivka from the north and south over the coming weeks. If Russian forces manage to interdict the Avdiivka-Ocheretyne road, Ukrainian forces would have to rely on field tracks for resupply, which would be vulnerable in autumn rain. AISA does not assess that such an interdiction is imminent.

Russian forces also continued ground attacks west of Donetsk City near Marinka and north of it near Krasnohorivka on October 20 but did not advance.

Zaporizhzhia Direction

Ukrainian forces continued counteroffensive operations in western Zaporizhzhia Oblast on October 20 and attacked near Verbove. The attacks came two days after Ukrainian forces struck a Russian ammunition depot in occupied Tokmak with HIMARS rockets, according to Ukrainian military sources. Russian forces attacked north of Vasylivka near Kamianske and east of Orikhiv near Mala Tokmachka, the Ukrainian General Staff reported. AISA has not observed any changes to the frontline in the area.

Russian Air and Missile Strikes

Russian forces launched 24 Shahed-131/136 drones from Kursk Oblast and from Primorsko-Akhtarsk in Krasnodar Krai overnight on October 19 to 20. The Ukrainian Air Force reported that Ukrainian air defenses shot down 19 of the drones over Mykolaiv, Kirovohrad, Odesa, and Kyiv oblasts. Kirovohrad Oblast officials stated that a drone struck an infrastructure facility in the Novoukrainka raion, causing a fire but no casualties. Russian forces also shelled Kherson City on October 20, killing a 63-year-old man and injuring two people in the city's Tsentralnyi district, according to Kherson Oblast authorities.

Kremlin Framing and Force Generation

The Kremlin continues to describe the Avdiivka offensive as an "active defense" rather than a new offensive. AISA assesses that this framing likely aims to lower domestic expectations after the costly and inconclusive assaults near Vuhledar in early 2023 and the protracted battle for Bakhmut. Russian milbloggers continued to complain about the lack of rotations for units that have fought in the Avdiivka direction since the start of the operation, and several prominent milbloggers criticized the Russian command for repeating the mistakes of the winter campaign. AISA continues to assess that the Russian military will be able to sustain its current tempo only by committing operational reserves that it had previously held back for the defense of southern Ukraine.

Activities in Belarus

Belarusian forces began an unscheduled combat readiness check of units of the Western Operational Command on October 19, according to the Belarusian MoD. AISA continues to assess that Belarusian forces are very unlikely to attack Ukraine and that the readiness check is part of a routine effort to maintain a threat posture along the border that pins Ukrainian forces in the north.

Support rigorous, independent research — become an AISA member from $8 a month.
Sign up to receive AISA's Ukraine updates in your inbox every evening.
Topics: Russia-Ukraine war, Avdiivka, Kherson Oblast, Belarus, daily update
© 2023 Aldmoor Institute for Strategic Analysis. Maps may be reused with credit to AISA.
"""
DOC = {"id": "n01", "date": "2023-10-20", "source": "Aldmoor Institute for Strategic Analysis",
       "url": "https://aldmoor-institute.example/research/ukraine-conflict-update-october-20-2023", "text": TEXT}

D, D19, D18 = "2023-10-20", "2023-10-19", "2023-10-18"
BOTH = ["missile_artillery_strike", "air_drone_strike"]
EVENTS = [
    # Kherson
    E("n01-1", "territory_change", D19, L("Krynky", 2, "eastern outskirts of Krynky"), "UA", "RU",
      claimant="geolocated footage",
      note="'Geolocated footage published on October 19 indicates … advanced' dates the advance (blind6 call 2); "
           "Key Takeaways repeat it"),
    E("n01-2", "armed_clash", D, L("Krynky", 2, "near Krynky"), "UA", "RU", claimant="Russian milbloggers",
      note="Russian claim of repelled Ukrainian attacks: actor1 = the attacker (blind4 call 3)"),
    E("n01-3", "armed_clash", D, L("Dnipriany", 2, "near Dnipriany"), "UA", "RU", claimant="Russian milbloggers",
      note="'near Krynky and east of it near Dnipriany' = a clash at each place"),
    E("n01-4", "territory_change", None, L("Kozachi Laheri", 2, "Kozachi Laheri"), "UA", "RU", prec="unknown",
      optional=True, claimant="Russian milblogger", note="unconfirmed milblogger claim, undated"),
    E("n01-5", "missile_artillery_strike", None, L("Krynky", 2, "near Krynky"), "RU", "UA", prec="unknown",
      optional=True, family=["air_drone_strike", "armed_clash"], claimant="Russian MoD",
      note="MoD claim of aviation and artillery strikes 'but did not say when'"),
    # Kupiansk-Svatove-Kreminna
    E("n01-6", "armed_clash", D, L("Kindrashivka", 2, "north of Kupiansk near Kindrashivka"), "RU", "UA",
      claimant="Ukrainian General Staff", note="the reference town Kupiansk is not a clash place"),
    E("n01-7", "armed_clash", D, L("Petropavlivka-Kh", 2, "east of Kupiansk near Petropavlivka"), "RU", "UA",
      claimant="Ukrainian General Staff", note="'east of it' = east of Kupiansk; the Kharkiv-oblast Petropavlivka"),
    E("n01-8", "armed_clash", D, L("Dvorichna", 2, "near Dvorichna"), "RU", "UA", claimant="Russian sources"),
    E("n01-9", "territory_change", D, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA", optional=True,
      claimant="Russian milblogger", note="'advanced up to 600 meters' — claim AISA has not confirmed"),
    E("n01-10", "armed_clash", D, L("Terny", 2, "west of Kreminna near Terny"), "RU", "UA",
      claimant="Ukrainian General Staff", note="Terny of Donetsk oblast (UA-14), not the Dnipropetrovsk/Sumy towns"),
    E("n01-11", "armed_clash", D, L("Torske", 2, "near Torske"), "RU", "UA", claimant="Ukrainian General Staff"),
    E("n01-12", "armed_clash", D, L("Bilohorivka", 2, "south of Kreminna near Bilohorivka"), "RU", "UA",
      claimant="Ukrainian General Staff", note="Luhansk oblast, as the text says"),
    E("n01-13", "armed_clash", D, L("Kreminna", 2, "Serebrianske forest area southwest of Kreminna"), "RU", "UA",
      optional=True, claimant="Russian milbloggers",
      note="a forest, not a settlement: optional, coded near Kreminna"),
    # Bakhmut
    E("n01-14", "armed_clash", D, L("Opytne-B", 2, "near Opytne (south of Bakhmut)"), "UA", "RU",
      claimant="AISA; Russian sources",
      note="Opytne 4km south of Bakhmut (geonames 810695), not the Opytne near Avdiivka (n01-21)"),
    E("n01-15", "armed_clash", D, L("Zaitseve-B", 2, "southeast of Opytne near Zaitseve"), "UA", "RU",
      claimant="Russian sources", note="the Zaitseve near Bakhmut (geonames 687468)"),
    E("n01-16", "armed_clash", D, L("Ivanivske", 2, "west of Bakhmut near Ivanivske"), "RU", "UA",
      claimant="Ukrainian General Staff"),
    E("n01-17", "territory_change", D18, L("Khromove", 2, "west of Khromove"), "RU", "UA",
      claimant="geolocated footage", note="footage published on October 18 dates the advance"),
    # Avdiivka
    E("n01-18", "territory_change", D19, L("Avdiivka", 2, "northwest of Avdiivka along the railway line"), "RU",
      "UA", claimant="geolocated footage", note="footage published on October 19; Key Takeaways repeat it"),
    E("n01-19", "armed_clash", D, L("Verkhnotoretske", 2, "from the Verkhnotoretske area"), "RU", "UA",
      note="'attacked north of Avdiivka from the Verkhnotoretske area': the named settlement"),
    E("n01-20", "armed_clash", D, L("Avdiivka", 2, "Avdiivka industrial zone"), "RU", "UA"),
    E("n01-21", "armed_clash", D, L("Opytne-A", 2, "southwest of Avdiivka near Opytne"), "RU", "UA",
      note="second Opytne of the article: the one near Avdiivka (geonames 9113127)"),
    E("n01-22", "armed_clash", "2023-10-19", L("Avdiivka", 2, "Avdiivka direction"), "RU", "UA", prec="range",
      end=D, agg=True, optional=True, claimant="Ukrainian General Staff",
      note="'repelled 37 Russian attacks in the Avdiivka direction over the past day': sector sub-tally (blind8 call 7)"),
    E("n01-23", "territory_change", None, L("Avdiivka", 2, "waste heap north of Avdiivka"), "RU", "UA",
      prec="unknown", optional=True, claimant="Russian milbloggers", note="unconfirmed, inconsistent claims"),
    E("n01-24", "armed_clash", D, L("Marinka", 2, "near Marinka"), "RU", "UA"),
    E("n01-25", "armed_clash", D, L("Krasnohorivka", 2, "north of Marinka near Krasnohorivka"), "RU", "UA",
      note="'near Marinka and north of it near Krasnohorivka': a clash at each place"),
    # Zaporizhzhia
    E("n01-26", "armed_clash", D, L("Verbove", 2, "near Verbove"), "UA", "RU"),
    E("n01-27", "missile_artillery_strike", D18, L("Tokmak"), "UA", "RU", weapons=[W("mlrs", "HIMARS")],
      claimant="Ukrainian military sources",
      note="recalled event in a clause: 'two days after' October 20 = October 18 (HIMARS = MLRS)"),
    E("n01-28", "armed_clash", D, L("Kamianske-Z", 2, "north of Vasylivka near Kamianske"), "RU", "UA",
      claimant="Ukrainian General Staff",
      note="the Zaporizhzhia-oblast village, not the city of Kamianske in Dnipropetrovsk oblast"),
    E("n01-29", "armed_clash", D, L("Mala Tokmachka", 2, "east of Orikhiv near Mala Tokmachka"), "RU", "UA",
      claimant="Ukrainian General Staff"),
    # strikes
    E("n01-30", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-131/136", launched=N(24))], claimant="Ukrainian Air Force",
      note="drone-only wave 'overnight on October 19 to 20' = October 20; Kursk Oblast and Primorsko-Akhtarsk are "
           "launch areas, not targets"),
    E("n01-31", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(19))],
      claimant="Ukrainian Air Force"),
    E("n01-32", "interception", D, R("UA-48", "Mykolaiv Oblast"), "UA", "RU", optional=True,
      note="oblast merely listed (ANNOTATION rule 3)"),
    E("n01-33", "interception", D, R("UA-35", "Kirovohrad Oblast"), "UA", "RU", optional=True,
      note="oblast merely listed"),
    E("n01-34", "interception", D, R("UA-51", "Odesa Oblast"), "UA", "RU", optional=True, note="oblast merely listed"),
    E("n01-35", "interception", D, R("UA-32", "Kyiv Oblast"), "UA", "RU", optional=True, note="oblast merely listed"),
    E("n01-36", "air_drone_strike", D, L("Novoukrainka", 2, "Novoukrainka raion"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="n01-30", claimant="Kirovohrad Oblast officials",
      note="raion named after its town: precision 2; 'no casualties' = 0/0"),
    E("n01-37", "missile_artillery_strike", D, L("Kherson", 1, "Kherson, Tsentralnyi district"), "RU", "UA",
      fat=N(1), inj=N(2), weapons=[W("artillery")], claimant="Kherson Oblast authorities",
      note="city district coded to the city"),
    # Belarus
    E("n01-38", "military_mobilization", D19, C("BY", "Belarus"), "BY", None, claimant="Belarusian MoD",
      note="unscheduled combat readiness check; no place beyond the command"),
    E("n01-39", "military_mobilization", "2023-10-10", L("Avdiivka", 2, "around Avdiivka"), "RU", None, prec="range",
      end=D, optional=True, note="'has committed elements of at least three motorized rifle brigades … since "
                                  "October 10': analysis of a deployment, optional"),
]
STATEMENTS = [
    S("Mykola Danchuk", "UA", "Our positions on the left bank are a fact", "spokesperson, southern group of forces"),
    S("Ihor Skrypnyk", "UA", "in groups of five to seven men, sometimes on motorcycles", "brigade spokesperson"),
]
MUST_NOT = [
    "ALDMOOR INSTITUTE FOR STRATEGIC ANALYSIS",
    "Research  |  Ukraine Project  |  Maps & Data  |  Podcast  |  Events  |  Support AISA",
    "Home › Research › Ukraine Project › Daily Updates",
    "By Ruth Castellan, Daniel Okafor, Marta Hrynko, Jonah Wexley and the AISA Geospatial Team",
    "Published October 20, 2023, 7:45pm ET",
    "Download this update as a PDF (1.2 MB)",
    "Open the AISA interactive campaign map — layers are refreshed each evening.",
    "Cut-off for this update: 12:30pm ET on October 20. Anything published later will appear in the October 21 update.",
    "Support rigorous, independent research — become an AISA member from $8 a month.",
    "Sign up to receive AISA's Ukraine updates in your inbox every evening.",
    "Topics: Russia-Ukraine war, Avdiivka, Kherson Oblast, Belarus, daily update",
    "© 2023 Aldmoor Institute for Strategic Analysis. Maps may be reused with credit to AISA.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
