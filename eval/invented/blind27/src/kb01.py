from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Assessment — October 16, 2024"
TEXT = """Skip to main content
CALDER-VOSS INSTITUTE FOR STRATEGIC AFFAIRS
Programs ▾   Regions ▾   Publications ▾   Experts   Give
Languages: EN | UK | DE
Russian Offensive Campaign Assessment — October 16, 2024
Prepared by Henrike Aalto, Dmytro Kalynovych, Sean Whitfield and the Calder-Voss Russia Desk
Information in this update is current as of 1:30 p.m. ET on October 16. Events of October 16 that are not mentioned here will be covered in the next assessment.
Print this assessment ⎙
Map legend: shaded red = assessed Russian advances; hatched red = claimed, unverified Russian advances

Russian forces continue to press offensive operations along the entire front line in eastern Ukraine, but the pace of their advance in Donetsk Oblast remains slow and costly. The Russian command appears to be prioritizing the seizure of Kurakhove and the encirclement of the Ukrainian group around Toretsk over a direct assault on Pokrovsk, a shift that we first observed in late September. Russian forces will likely intensify pressure on Kurakhove in the coming weeks, but the muddy season in November will constrain mechanized assaults.

Key Takeaways:
• Russian forces launched 56 Shahed-type drones and two Iskander-M ballistic missiles at Ukraine overnight on October 15 to 16. Ukrainian forces downed 37 drones.
• Ukrainian drones struck an oil depot in Oryol City overnight on October 15 to 16.
• Russian forces attacked in Toretsk and northeast of the town near Shcherbynivka on October 15 and 16.
• Russian forces recently advanced in central Toretsk, according to geolocated footage published on October 16.
• The Russian Ministry of Defense (MoD) claimed that Russian forces seized Tsukuryne, southeast of Pokrovsk. We have not observed confirmation of the claim.
• Russian forces will likely attempt to envelop Kurakhove from the north and south before winter.

Ukrainian Strike Campaign in Russia

Ukrainian forces conducted a drone strike against the Oryol Oil Depot in Oryol City overnight on October 15 to 16. The governor of Oryol Oblast stated that a fire broke out at a "fuel and energy facility" after a drone attack and that no one was injured. Geolocated footage published on October 16 shows a large fire at the depot, and a source in the Ukrainian General Staff told Ukrainian media that the depot supplies Russian units operating in Kursk Oblast. The Russian MoD claimed that air defenses destroyed 47 Ukrainian drones over Russia overnight, including 19 over Oryol Oblast and 11 over Bryansk Oblast. We cannot independently verify these figures.

The Oryol strike is consistent with the Ukrainian campaign against Russian fuel logistics that began in earnest in January 2024. That campaign has so far reduced Russian refining capacity only temporarily, because Russian operators have repaired damaged units within weeks. A sustained campaign would require more long-range drones than Ukraine currently produces, and we assess that Ukrainian producers will not reach that level before the spring of 2025.

Russian Operations in Kursk Oblast

Fighting continued in Kursk Oblast on October 16. Russian forces counterattacked southeast of Korenevo and northwest of Sudzha, but there were no confirmed changes to the front line. A Ukrainian brigade operating in the area published footage on October 16 showing the destruction of a Russian armored column southeast of Korenevo, which suggests that the Russian counterattack there was costly. Russian milbloggers claimed that Russian forces were advancing near Sudzha, but we have not observed evidence to support these claims.

The Russian command has redeployed elements of several brigades from the Pokrovsk and Kurakhove directions to Kursk Oblast since August, but it has avoided drawing down its main offensive groupings in Donetsk Oblast. The Kremlin will likely try to expel Ukrainian forces from Kursk Oblast before any negotiations, because it views Ukrainian control of Russian territory as a source of leverage for Kyiv.

Kupiansk Direction

Russian forces attacked northeast of Kupiansk near Petropavlivka and southeast of Kupiansk near Kruhliakivka on October 16. A spokesperson for a Ukrainian brigade operating in the direction stated that Russian forces are attacking in small infantry groups with rare armored support. Geolocated footage published on October 15 indicates that Russian forces advanced on the eastern outskirts of Kupiansk-Vuzlovyi at an unspecified date, although the footage does not show whether they consolidated the position.

Russian forces seized the Kupiansk direction's main crossing points on the Oskil River in the spring of 2022 and have tried to reach the river again ever since. Reaching it now would allow Russian forces to threaten Kupiansk from three sides, but we assess that Russian forces lack the reserves to do so before the end of the year.

Lyman Direction

Russian forces continued offensive operations in the Lyman direction on October 16 and attacked near Terny and Torske. A Russian milblogger claimed that Russian forces had advanced up to 800 meters west of Torske, but we have observed no confirmation of this claim.

Siversk Direction

Russian forces attacked east of Siversk near Bilohorivka on October 16 but did not make confirmed gains.

Chasiv Yar and Toretsk Directions

Fighting continued in Chasiv Yar itself on October 16. Ukrainian Khortytsia Group of Forces spokesperson Captain Ostap Hrynchuk said that Russian forces "are throwing infantry at the canal in groups of three or four and losing most of them before they reach the water." Russian forces have attempted to cross the Siverskyi Donets-Donbas Canal in Chasiv Yar since April 2024.

A Russian glide bomb strike on Kostiantynivka killed two civilians and injured five on October 16, according to the Donetsk Oblast Military Administration. Russian forces have used glide bombs against Kostiantynivka almost daily since the summer, and the city's remaining population continues to shrink.

Russian forces attacked in Toretsk and northeast of the town near Shcherbynivka on October 15 and 16, and south of Toretsk near Niu-York on October 16. Geolocated footage published on October 16 indicates that Russian forces recently advanced in central Toretsk near the town's bus station. The Russian command likely intends to seize Toretsk and then advance toward Kostiantynivka from the south, which would threaten Ukrainian positions in Chasiv Yar with envelopment. We assess that such an advance would take months, not weeks.

Pokrovsk Direction

Russian forces attacked southeast of Pokrovsk near Selydove, Novohrodivka and Hirnyk on October 16. The Russian MoD claimed on October 16 that Russian forces had seized Tsukuryne, but we have not observed confirmation of this claim. Russian forces seized Novohrodivka's eastern districts in September, and Russian forces may try to use the town as a springboard for attacks on Selydove from the north.

Russian forces have advanced on average 200 to 300 meters per day in the Pokrovsk direction since August, which is notably slower than their pace in July. Ukrainian forces have reinforced the direction with several brigades, and the Russian command has begun to shift its main effort south toward Kurakhove. If Russian forces seize Selydove, they would be able to attack Kurakhove from the north as well as from the east.

Kurakhove Direction

Russian forces attacked near Kurakhove itself and northeast of the town near Kurakhivka and Hostre on October 16. The Russian MoD claimed that Russian forces "improved their tactical position" in the direction but did not name a settlement. Russian forces seized Vuhledar on October 1, after a two-year siege, and are now advancing north of the town toward the Kurakhove reservoir.

Had Ukrainian forces held Vuhledar through the winter, the Russian command would likely have had to divert forces from Pokrovsk to the south. The fall of the town instead freed several Russian brigades for the Kurakhove offensive.

Vremivka (Velyka Novosilka) Direction

Russian forces attacked northwest of Vuhledar near Velyka Novosilka on October 16. Ukrainian sources reported that Russian forces are conducting assaults with motorcycles and all-terrain vehicles in the area.

Zaporizhzhia Direction

Russian forces attacked near Mala Tokmachka east of Orikhiv on October 16 but did not advance. Russian drones struck Zaporizhzhia City overnight on October 15 to 16, injuring six people, including a child, and damaging a residential building, according to the Zaporizhzhia Oblast Military Administration.

Kherson Direction

Ukrainian forces continue to hold limited positions on the east (left) bank of the Dnipro River near Krynky, and positional fighting there continued. A Russian drone struck a car in Antonivka, a suburb of Kherson City, on October 16, killing a 63-year-old man, according to the Kherson Oblast Military Administration.

Russian Strikes Across Ukraine

Russian forces launched 56 Shahed-type drones and two Iskander-M ballistic missiles from Kursk Oblast at Ukraine overnight on October 15 to 16. The Ukrainian Air Force reported that Ukrainian forces downed 37 drones over nine oblasts and that 15 drones were "locationally lost" due to electronic warfare countermeasures. Ukrainian officials reported that drones damaged port infrastructure in Odesa Oblast. The Air Force did not say where the ballistic missiles struck.

Russian Force Generation

The Russian president signed a decree on September 16 that increases the authorized size of the Russian armed forces to 2.39 million personnel, including 1.5 million servicemen. The decree will not by itself generate combat power. Russian authorities continue to rely on large one-time payments to attract contract soldiers, and several federal subjects have raised their payments again in October. We continue to assess that the Kremlin seeks to avoid another round of involuntary mobilization, which it fears would be unpopular, though it may be forced to reconsider if recruitment rates fall.

Activities in Belarus

Belarusian officials claimed that Ukraine has concentrated "over 120,000 troops" on the Belarusian border. We have observed no evidence of such a concentration, and the claim is likely part of a long-running information operation.

Forecast

Russian forces will likely seize Selydove in the coming weeks. The Russian command may also attempt a renewed offensive in Zaporizhzhia Oblast if it can generate sufficient reserves, though we assess that it is unlikely to do so before 2025. A Ukrainian counteroffensive on the scale of 2023 is unlikely in the near term.

Cite as: Henrike Aalto et al., "Russian Offensive Campaign Assessment, October 16, 2024," Calder-Voss Institute for Strategic Affairs.
Subscribe to the morning brief →
Calder-Voss Institute · 1400 K Street NW · Washington, DC · Privacy · Terms
"""
DOC = {"id": "kb01", "date": "2024-10-16", "source": "Calder-Voss Institute for Strategic Affairs (think tank)",
       "url": "https://calder-voss.example.org/research/russian-offensive-campaign-assessment-october-16-2024",
       "text": TEXT}

D = "2024-10-16"
D15 = "2024-10-15"
EVENTS = [
    E("kb01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(56)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="nationwide wave 'overnight on October 15 to 16' = the 16th; typed by its heaviest weapon (missiles); key "
           "takeaway repeats it (one event); launched 'from Kursk Oblast' is the origin, not the place"),
    E("kb01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(37))],
      note="37 downed over nine unnamed oblasts; the 15 'locationally lost' are not intercepted"),
    E("kb01-3", "air_drone_strike", D, R("UA-51", "Odesa Oblast"), "RU", "UA", parent="kb01-1",
      family=["missile_artillery_strike"],
      note="'drones damaged port infrastructure in Odesa Oblast': a child of the wave at region precision"),
    E("kb01-4", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(6), parent="kb01-1",
      note="drones struck Zaporizhzhia City overnight, six injured; told in the Zaporizhzhia section, a child of the "
           "night's wave"),
    E("kb01-5", "air_drone_strike", D, L("Oryol"), "UA", "RU", fat=N(0), inj=N(0),
      note="Ukrainian drone strike on the Oryol oil depot overnight 15-16 Oct; the governor's 'no one was injured' = "
           "0/0; key takeaway repeats it"),
    E("kb01-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(47))],
      note="Russian MoD: 47 drones destroyed over Russia overnight (claim the analysts cannot verify: still the MoD's "
           "reported interception)"),
    E("kb01-7", "interception", D, R("RU-ORL", "Oryol Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(19))],
      note="per-region count in the MoD tally (ANNOTATION rule 3): required"),
    E("kb01-8", "interception", D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      note="per-region count in the MoD tally: required"),
    E("kb01-9", "armed_clash", D, L("Korenevo", 2, "southeast of Korenevo"), "RU", "UA",
      note="Russian counterattack 'southeast of Korenevo' on Oct 16: precision 2 in Kursk oblast; the column destroyed "
           "there is the same fighting"),
    E("kb01-10", "armed_clash", D, L("Sudzha", 2, "northwest of Sudzha"), "RU", "UA",
      note="counterattack 'northwest of Sudzha'; the milbloggers' unverified advance claim near Sudzha adds nothing"),
    E("kb01-11", "armed_clash", D, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA",
      note="'northeast of Kupiansk near Petropavlivka': the clash is at Petropavlivka (697421, Kharkiv oblast), not at "
           "the reference town"),
    E("kb01-12", "armed_clash", D, L("Kruhliakivka", 2, "near Kruhliakivka"), "RU", "UA",
      note="'southeast of Kupiansk near Kruhliakivka'"),
    E("kb01-13", "territory_change", D15, L("Kupiansk-Vuzlovyi", 2, "eastern outskirts of Kupiansk-Vuzlovyi"), "RU",
      "UA", optional=True,
      note="footage published Oct 15 of an advance 'at an unspecified date', consolidation unknown: optional, dated by "
           "the footage"),
    E("kb01-14", "armed_clash", D, L("Terny-D", 2, "near Terny"), "RU", "UA",
      note="Lyman direction: 'attacked near Terny and Torske' = a clash at each (Terny 691608, Donetsk oblast)"),
    E("kb01-15", "armed_clash", D, L("Torske", 2, "near Torske"), "RU", "UA", note="second place of the pair"),
    E("kb01-16", "territory_change", D, L("Torske", 2, "west of Torske"), "RU", "UA", optional=True,
      note="milblogger's unconfirmed 'up to 800 meters west of Torske': optional"),
    E("kb01-17", "armed_clash", D, L("Bilohorivka", 2, "near Bilohorivka"), "RU", "UA",
      note="'east of Siversk near Bilohorivka' (Luhansk oblast UA-09), not Siversk"),
    E("kb01-18", "armed_clash", D, L("Chasiv Yar"), "RU", "UA",
      note="'fighting continued in Chasiv Yar itself': precision 1; 'since April 2024' is background"),
    E("kb01-19", "air_drone_strike", D, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("guided_bomb")], note="glide bomb on Kostiantynivka Oct 16: 2 killed, 5 injured"),
    E("kb01-20", "armed_clash", D15, L("Toretsk"), "RU", "UA", prec="range", end=D,
      note="'attacked in Toretsk … on October 15 and 16': a range starting on the first day; key takeaway repeats it"),
    E("kb01-21", "armed_clash", D15, L("Shcherbynivka", 2, "near Shcherbynivka"), "RU", "UA", prec="range", end=D,
      note="'northeast of the town near Shcherbynivka on October 15 and 16': range"),
    E("kb01-22", "armed_clash", D, L("Niu-York", 2, "near Niu-York"), "RU", "UA",
      note="'south of Toretsk near Niu-York on October 16' (geonames Niu-York 699751)"),
    E("kb01-23", "territory_change", D, L("Toretsk"), "RU", "UA", optional=True,
      note="'recently advanced in central Toretsk' per footage published Oct 16: undated advance, optional (also a key "
           "takeaway)"),
    E("kb01-24", "armed_clash", D, L("Selydove", 2, "near Selydove"), "RU", "UA",
      note="'southeast of Pokrovsk near Selydove, Novohrodivka and Hirnyk': a clash at each, none at Pokrovsk"),
    E("kb01-25", "armed_clash", D, L("Novohrodivka", 2, "near Novohrodivka"), "RU", "UA", note="second of three"),
    E("kb01-26", "armed_clash", D, L("Hirnyk", 2, "near Hirnyk"), "RU", "UA",
      note="third of three (Hirnyk 708395, Donetsk oblast, not the Lviv one)"),
    E("kb01-27", "territory_change", D, L("Tsukuryne"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="MoD capture claim the analysts have not confirmed (takeaway and body: one event): optional"),
    E("kb01-28", "territory_change", "2024-09-01", L("Novohrodivka", 1, "Novohrodivka's eastern districts"), "RU", "UA",
      prec="month", end="2024-09-30", optional=True,
      note="'seized Novohrodivka's eastern districts in September': recalled without a day, optional month"),
    E("kb01-29", "armed_clash", D, L("Kurakhove", 2, "near Kurakhove itself"), "RU", "UA",
      note="'near Kurakhove itself' = precision 2 (blind14 call 6)"),
    E("kb01-30", "armed_clash", D, L("Kurakhivka", 2, "near Kurakhivka"), "RU", "UA",
      note="'northeast of the town near Kurakhivka and Hostre'"),
    E("kb01-31", "armed_clash", D, L("Hostre", 2, "near Hostre"), "RU", "UA", note="second of the pair"),
    E("kb01-32", "territory_change", "2024-10-01", L("Vuhledar"), "RU", "UA",
      note="recalled with a day: 'seized Vuhledar on October 1' is an event of that day (brief's convention); the "
           "counterfactual 'Had Ukrainian forces held Vuhledar…' is not"),
    E("kb01-33", "armed_clash", D, L("Velyka Novosilka", 2, "near Velyka Novosilka"), "RU", "UA",
      note="'northwest of Vuhledar near Velyka Novosilka': the clash is at Velyka Novosilka, not Vuhledar"),
    E("kb01-34", "armed_clash", D, L("Mala Tokmachka", 2, "near Mala Tokmachka"), "RU", "UA",
      note="'near Mala Tokmachka east of Orikhiv': the clash at Mala Tokmachka; 'did not advance' does not negate "
           "the attack"),
    E("kb01-35", "armed_clash", D, L("Krynky", 2, "near Krynky"), "UA", "RU", optional=True,
      note="'continue to hold limited positions … positional fighting there continued': ongoing background, optional; "
           "actor1 UA as the text presents the bridgehead"),
    E("kb01-36", "air_drone_strike", D, L("Antonivka-Kh"), "RU", "UA", fat=N(1),
      note="Russian drone on a car in Antonivka (713304, Kherson suburb) Oct 16: one man killed"),
    E("kb01-37", "policy_decision", "2024-09-16", C("RU", "Russia"), "RU", None,
      note="recalled with a day: the president's decree of September 16 raising the armed forces' size (no place: "
           "country); payments raised 'in October' by unnamed subjects and mobilisation speculation are not events"),
]
STATEMENTS = [
    S("Ostap Hrynchuk", "UA", "are throwing infantry at the canal in groups of three or four",
      role="Khortytsia Group of Forces spokesperson"),
]
MUST_NOT = ["Skip to main content", "CALDER-VOSS INSTITUTE FOR STRATEGIC AFFAIRS",
            "Programs ▾   Regions ▾   Publications ▾   Experts   Give", "Languages: EN | UK | DE",
            "Prepared by Henrike Aalto, Dmytro Kalynovych, Sean Whitfield and the Calder-Voss Russia Desk",
            "Information in this update is current as of 1:30 p.m. ET on October 16. Events of October 16 that are not mentioned here will be covered in the next assessment.",
            "Print this assessment ⎙",
            "Map legend: shaded red = assessed Russian advances; hatched red = claimed, unverified Russian advances",
            "Cite as: Henrike Aalto et al., \"Russian Offensive Campaign Assessment, October 16, 2024,\" Calder-Voss Institute for Strategic Affairs.",
            "Subscribe to the morning brief →",
            "Calder-Voss Institute · 1400 K Street NW · Washington, DC · Privacy · Terms"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
