from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine Operational Assessment No. 212: the southern counteroffensive enters its attritional phase"
TEXT = """TOLLUND INSTITUTE FOR SECURITY STUDIES
Research ▾ | Programmes ▾ | Events | Podcast | Donate
Publications › Ukraine Operational Assessment
Ukraine Operational Assessment No. 212: the southern counteroffensive enters its attritional phase
Authors: Maren Skovgaard, Pavlo Zinchuk and Ewan Farr
Sources closed: 19 July 2023, 23:59 UTC | Published: 20 July 2023
Download PDF (1.2 MB) · Interactive map (requires registration)

Key judgements
- Ukrainian forces made marginal, geolocated gains near Staromaiorske in western Donetsk oblast on July 19 and repelled a Russian counterattack near Urozhaine.
- Ukrainian attacks south of Bakhmut continued near Kurdiumivka on July 19; Russian forces still hold the dominant heights along the railway line.
- Russian forces have reinforced the Tokmak axis with elements of at least one airborne division and are likely to hold the first main defensive line through the summer.
- Russian offensive pressure on the Kupiansk-Lyman line is intended primarily to fix Ukrainian reserves, not to achieve an operational breakthrough.

Overview

Six weeks into Ukraine's southern counteroffensive, the campaign has settled into the pattern we anticipated in our assessment of June 28: slow, costly advances by small dismounted assault groups through dense minefields, supported by artillery rather than armour. Neither side is currently able to convert tactical gains into operational manoeuvre. The decisive question for the rest of the summer is not whether Ukrainian forces can break through the first Russian defensive line south of Orikhiv, but whether they can do so before the reserves Russia has drawn from the Dnipro river line and from the Kherson direction are committed.

Historical comparisons are tempting and mostly misleading. Commentators have repeatedly invoked the battle of Kursk in July 1943, when the Red Army absorbed a German offensive in prepared defences before counterattacking. The analogy captures the depth of the Russian positions, which were built over the winter of 2022-23 and are in places three belts deep, but it misreads the balance of forces. Neither side today has the mass of armour that made 1943 possible, and the proliferation of reconnaissance drones has made concentration of any kind extremely dangerous.

Zaporizhzhia direction

Ukrainian forces continued ground attacks south of Orikhiv on July 18, attacking near Mala Tokmachka, according to the Ukrainian General Staff and geolocated footage published the same evening. The footage shows a Ukrainian infantry group clearing a tree line east of the village under mortar fire. We assess that Ukrainian forces did not advance there on July 18.

Russian aviation struck Ukrainian assault groups north of Tokmak on July 18 with guided glide bombs, according to Russian milbloggers, who claimed that several armoured vehicles had been destroyed. We cannot confirm the claimed losses, but the use of glide bombs so close to the line of contact is consistent with a pattern we have observed since early July.

The Russian command has moved elements of the 76th Guards Air Assault Division to the Tokmak axis over the past month, according to Ukrainian military intelligence. We have not observed this redeployment directly, and it should be treated with caution. If confirmed, it would suggest that Moscow is prepared to thin its forces elsewhere to hold the south. Russian forces will likely attempt limited counterattacks to regain positions lost in June, but we do not expect them to launch a larger counteroffensive before the autumn.

Western Donetsk

Ukrainian forces made marginal gains near Staromaiorske (Staromayorskoye) on July 19. Geolocated footage posted on July 19 shows Ukrainian troops raising a flag over a farm building on the southern edge of the village. The advance is small, perhaps several hundred metres, but it puts Ukrainian artillery within closer range of the road between Staromaiorske and Urozhaine that Russian forces use to resupply their positions.

Russian forces counterattacked near Urozhaine (Urozhaynoye) on July 19 and were repelled, the Ukrainian General Staff said. Russian sources claimed that the counterattack had "restored the situation" around the village; we have seen no evidence to support that claim.

The Velyka Novosilka area remains the most promising sector for Ukraine in the near term. The terrain along the Mokri Yaly river valley allows attackers to move under some cover, and the Russian defensive belts there are shallower than those south of Orikhiv. We forecast further Ukrainian advances of one to three kilometres in this sector over the next two weeks, not a rupture of the Russian line.

Bakhmut

Ukrainian forces continued attacks on the southern flank of Bakhmut on July 19. Fighting was reported near Kurdiumivka, and Ukrainian forces also attacked near Ivanivske (Krasnoye), west of the city. Russian forces retain the heights along the railway line that runs south from Bakhmut, and Ukrainian gains on the flanks since May remain tactically significant but operationally limited.

Russian defenders in the Bakhmut area are a mix of airborne units and mobilised personnel who replaced Wagner Group fighters after Wagner withdrew from the city in early June. Morale among the mobilised units is reportedly poor; one Russian milblogger complained on July 19 that units had not been rotated "since the winter". We assess that Ukraine will try to maintain pressure here primarily to prevent Russia from moving forces south, and that the recapture of the city itself is not an immediate Ukrainian objective.

Kupiansk-Lyman line

Russian forces attacked toward Kupiansk on July 18 and 19, the Ukrainian General Staff reported, and Russian milbloggers claimed advances of up to two kilometres in the forests east of the city. We cannot confirm these claims. Russian forces also attacked near Torske, west of Kreminna, on July 19.

Ukrainian forces likely struck a Russian ammunition depot in Kreminna on July 18, based on geolocated footage of secondary explosions in the town. Russian sources did not comment.

The Russian Defence Ministry claimed on July 19 that its forces had improved their positions near Bilohorivka in the Luhansk region. We have seen no confirmation.

We assess that the Russian offensive effort on this line is designed to fix Ukrainian units that might otherwise be sent to the south, and to create the impression of initiative for domestic audiences. Russia has concentrated more than 100,000 troops in the area, according to Ukrainian officials, a figure we cannot verify and consider likely to be inflated. Russian forces lack the reserves to exploit any local success; a repeat of the Ukrainian Kharkiv offensive of September 2022, in reverse, is not a realistic prospect for Moscow this year.

Force generation

The partial mobilisation announced in September 2022 gave Russia the manpower to man long defensive lines, but not the trained junior officers needed to conduct complex offensive operations. Recruitment of contract soldiers has accelerated since April, with regional authorities offering large sign-on bonuses. We assess that Russia can sustain its current rate of losses through the end of 2023 without a new mobilisation wave, although a second wave after the March 2024 presidential election remains possible.

Ukraine's challenge is different. Its brigades trained in Europe over the winter have now been committed, and the number of Western armoured vehicles available for new formations is limited. The arrival of cluster munitions from the United States will ease artillery shortages in the short term. It will not change the fundamental problem that mine-clearing equipment is being destroyed faster than it can be replaced.

Outlook

Our assessment of July 12 held that the counteroffensive would be measured in months, not weeks. Nothing in the past week changes that view. We expect fighting in the south to remain attritional through August, with Ukrainian gains measured in hundreds of metres a day at best. The most dangerous course of action for Ukraine would be premature commitment of its remaining reserve brigades before the first Russian line has been breached in at least one sector. The most likely course is a continued effort along three axes — Orikhiv, Velyka Novosilka and Bakhmut — intended to stretch Russian reserves until one of them gives.

For Russia, the most likely course is a continuation of the current posture: hold in the south, attack in the north-east. Should the Tokmak line hold through the autumn, Moscow will probably try to present the summer as a defeat of the counteroffensive, both at home and to Western audiences weary of the cost of the war. That narrative would be premature. The history of this war, from Kyiv in March 2022 to Kherson in November 2022, suggests that Russian defences can hold for a long time and then fail quickly when their logistics are cut.

Indicators to watch in the coming week: the movement of the 76th Division's remaining regiments; any Ukrainian commitment of the 10th Army Corps; the tempo of Russian glide-bomb strikes on the Orikhiv axis; and Russian air activity over the Sea of Azov, which has increased since July 10.

Methodology note: This assessment is based on open sources, including official statements from both sides, geolocated imagery and reporting by journalists in the field. Claims that could not be verified are marked as such.

Support independent analysis: become a Friend of the Institute
Tags: Ukraine, Zaporizhzhia, Donetsk, Bakhmut, Kupiansk, force generation
© 2023 Tollund Institute for Security Studies. All rights reserved.
"""
DOC = {"id": "a11", "date": "2023-07-20", "source": "Tollund Institute for Security Studies (think-tank assessment)",
       "url": "https://tollund-institute.example/publications/ukraine-operational-assessment-212", "text": TEXT}

D, J18, J19 = "2023-07-20", "2023-07-18", "2023-07-19"
GS = "General Staff of the Armed Forces of Ukraine"
EVENTS = [
    E("a11-1", "territory_change", J19, L("Staromaiorske", 2, "near Staromaiorske"), "UA", "RU",
      family=["armed_clash"],
      note="marginal geolocated gains near the village on July 19 (key judgement repeats it: one event); the flag on "
           "its southern edge is the same advance"),
    E("a11-2", "armed_clash", J19, L("Urozhaine", 2, "near Urozhaine"), "RU", "UA", claimant=GS,
      note="Russian counterattack repelled; the Russian 'restored the situation' claim is the same fighting"),
    E("a11-3", "armed_clash", J19, L("Kurdiumivka", 2, "near Kurdiumivka"), "UA", "RU",
      note="Ukrainian attacks south of Bakhmut, fighting near Kurdiumivka on July 19 (key judgement repeats it)"),
    E("a11-4", "armed_clash", J19, L("Ivanivske-D", 2, "near Ivanivske (Krasnoye)"), "UA", "RU",
      note="'also attacked near Ivanivske … west of the city' in the July 19 paragraph; Ivanivske 704285 (Bakhmut "
           "district)"),
    E("a11-5", "armed_clash", J18, L("Mala Tokmachka", 2, "near Mala Tokmachka"), "UA", "RU", claimant=GS,
      note="ground attacks south of Orikhiv near Mala Tokmachka on July 18; 'did not advance' denies a capture, not "
           "the attack"),
    E("a11-6", "air_drone_strike", J18, L("Tokmak", 2, "north of Tokmak"), "RU", "UA",
      weapons=[W("guided_bomb")], note="glide bombs on Ukrainian assault groups 'north of Tokmak' on July 18 (precision "
                                       "2); claimed vehicle losses unconfirmed, no counts"),
    E("a11-7", "armed_clash", J18, L("Kupiansk", 2, "toward Kupiansk"), "RU", "UA", prec="range", end=J19, claimant=GS,
      note="'on July 18 and 19' = range starting the first day; milblogger advance claims unconfirmed (not coded)"),
    E("a11-8", "armed_clash", J19, L("Torske", 2, "near Torske"), "RU", "UA",
      note="attack near Torske, west of Kreminna: clash at the named village, not at Kreminna"),
    E("a11-9", "missile_artillery_strike", J18, L("Kreminna"), "UA", "RU", family=["air_drone_strike"],
      note="'likely struck' a depot in Kreminna on July 18, supported by geolocated footage: required; weapon not "
           "stated (both strike types); occupied town keeps UA-09"),
    E("a11-10", "territory_change", J19, L("Bilohorivka", 2, "near Bilohorivka"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry",
      note="MoD 'improved their positions' claim, unconfirmed: optional"),
    E("a11-11", "armed_group_change", None, L("Tokmak", 2, "Tokmak axis"), "RU", None, prec="unknown", optional=True,
      family=["military_mobilization"],
      note="76th Division elements moved to the Tokmak axis 'over the past month', not observed directly: optional, "
           "undated"),
    E("a11-12", "military_mobilization", None, L("Kupiansk", 2, "Kupiansk-Lyman line"), "RU", None, prec="unknown",
      optional=True, note="'more than 100,000 troops' concentrated, unverified and undated: optional"),
]
STATEMENTS = []
MUST_NOT = ["TOLLUND INSTITUTE FOR SECURITY STUDIES", "Research ▾ | Programmes ▾ | Events | Podcast | Donate",
            "Publications › Ukraine Operational Assessment", "Authors: Maren Skovgaard, Pavlo Zinchuk and Ewan Farr",
            "Sources closed: 19 July 2023, 23:59 UTC | Published: 20 July 2023",
            "Download PDF (1.2 MB) · Interactive map (requires registration)",
            "Support independent analysis: become a Friend of the Institute",
            "Tags: Ukraine, Zaporizhzhia, Donetsk, Bakhmut, Kupiansk, force generation",
            "© 2023 Tollund Institute for Security Studies. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
