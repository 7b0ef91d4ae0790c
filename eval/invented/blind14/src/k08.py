from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine Daily Update, April 16, 2025"
TEXT = """MERIDIAN CENTRE FOR STRATEGIC RESEARCH
About | Research Areas | Ukraine Daily | Interactive Map | Events | Give
Ukraine Daily › 2025 › April
Russia-Ukraine Daily Update, April 16, 2025
Analysts: Corinne Vale, Bogdan Mircea, Alina Shevchuk, Tomas Reyes
Published April 16, 2025, 6:55 pm ET · Information cut-off: 12 pm ET
Print this update | Download the daily map (PNG)

Russian forces continued offensive operations along the entire front line on April 15 and 16 and made confirmed advances in Sumy Oblast and in Chasiv Yar. The Russian command appears to be shaping the battlefield for a broader spring-summer offensive, and Meridian continues to assess that Russian forces will prioritize Pokrovsk, Kostiantynivka and the northern border areas over the coming months. The Kremlin meanwhile continues to reject proposals for a general ceasefire while claiming to support a peaceful settlement, a posture Meridian has observed since the first round of talks in 2022 and one that mirrors Soviet negotiating behaviour during the Korean armistice talks, when both sides fought for ground while negotiating.

Key Takeaways:
• Russian forces advanced in southern Basivka, northeast of Sumy City.
• Russian forces advanced in southwestern Chasiv Yar.
• Russian forces launched 87 drones and two Iskander-M ballistic missiles against Ukraine overnight on April 15 to 16.
• The Kremlin continues to reject a general ceasefire.

Kursk Oblast and Northern Sumy Oblast

Ukrainian forces continued limited attacks near Tyotkino, Kursk Oblast, on April 15, according to Russian milbloggers, who claimed that Russian forces repelled them. Russian forces attacked northeast of Sumy City near Basivka and Yunakivka on April 15 and 16. Geolocated footage published on April 15 indicates that Russian forces advanced in southern Basivka. A Russian milblogger claimed that Russian forces also seized a forest area west of Yunakivka, but Meridian has not observed confirmation of this claim. Sumy Oblast officials reported that a Russian drone struck a minibus in Bilopillia on April 15, injuring five passengers.

Kharkiv and Kupiansk Directions

Russian forces continued limited attacks north of Kharkiv City near Vovchansk on April 16 but did not advance. Russian forces also attacked north of Kupiansk near Dvorichna and southeast of Kupiansk near Petropavlivka on April 15 and 16. A Russian milblogger claimed that Russian forces seized Kurylivka, but Meridian has not observed any evidence to support this claim, and the Ukrainian General Staff continues to report fighting in the area. Russian forces struck Kupiansk with two guided glide bombs on April 15, killing one civilian, according to Kharkiv Oblast officials.

Lyman Direction

Russian forces attacked northeast of Lyman near Torske and southeast of Lyman near Yampil on April 16 but did not make confirmed advances. The terrain in this area, dense forest along the Zherebets River, favours infiltration by small groups and makes it hard for either side to hold ground.

Chasiv Yar and Toretsk Directions

Russian forces continued assaults in Chasiv Yar itself on April 15 and 16. Geolocated footage published on April 14 indicates that Russian forces advanced in the southwestern part of Chasiv Yar, near the high-rise district. Russian forces also attacked near Toretsk itself and west of it near Shcherbynivka on April 16. The fighting in Chasiv Yar resembles the battle for Bakhmut in 2023: Russian forces have traded heavy losses for slow gains in an urban area for more than a year.

Pokrovsk Direction

Russian forces attacked northeast of Pokrovsk near Krasnyi Lyman and southwest of Pokrovsk near Zvirove and west of it near Udachne on April 16. The Ukrainian General Staff reported 72 Russian assaults in the Pokrovsk direction over the past day. Ukrainian forces recently counterattacked near Shevchenko, but Meridian has not observed confirmation of any Ukrainian advance. Major Dmytro Selezen, a spokesperson for a Ukrainian corps operating in the area, said that Russian forces had changed their tactics. "They now send motorcycles and buggies in groups of ten to twenty, and they accept that most of them will burn before they reach our positions," Selezen said.

Meridian assesses that Russian forces will likely attempt to envelop Pokrovsk from the southwest rather than attack the town directly. If Russian forces cut the Pokrovsk-Dobropillia road, the Ukrainian garrison would be forced to rely on field roads within range of Russian drones.

Novopavlivka and Velykomykhailivka Directions

Russian forces attacked southeast of Novopavlivka near Bahatyr and Kostiantynopil on April 15 and 16. Meridian did not observe Russian attacks in the Velykomykhailivka direction on April 16.

Zaporizhzhia and Kherson Directions

Russian forces attacked west of Orikhiv near Stepnohirsk and southeast of Orikhiv near Mala Tokmachka on April 16 but did not advance. Russian forces shelled Kherson City on April 15, injuring two civilians, according to Kherson Oblast officials. Russian forces did not conduct ground attacks on the islands in the Dnipro River delta.

Russian Strike Campaign

Russian forces launched 87 Shahed-type and decoy drones and two Iskander-M ballistic missiles against Ukraine overnight on April 15 to 16. The Ukrainian Air Force reported that Ukrainian forces downed 51 drones and that 30 decoy drones were "locationally lost," likely due to electronic warfare. An Iskander-M missile struck the industrial zone of Kropyvnytskyi, injuring four people, according to Kirovohrad Oblast officials. Drones damaged energy infrastructure in Okhtyrka, Sumy Oblast, leaving about 20,000 consumers without power.

Ukrainian Strikes Against Russia

The Russian Ministry of Defense claimed that Russian air defense destroyed 38 Ukrainian drones overnight on April 15 to 16, including 17 over Kursk Oblast.

Russian Force Generation

Russia's spring conscription call-up began on April 1 and will draft 160,000 men by mid-July, according to the decree. Russian officials continue to insist that conscripts will not serve in Ukraine, a claim Meridian cannot verify. The Russian military has relied on financial incentives and on recruiting from regional populations to sustain the war effort since late 2022, and Meridian continues to assess that the Kremlin seeks to avoid another partial mobilization.

Activities in Belarus

Meridian did not observe any significant activity in Belarus.

Meridian updates its interactive map every weekday by 8 pm ET.
Support Meridian's independent research — give today.
Tags: Russia, Ukraine, daily update, Pokrovsk, Sumy
© 2025 Meridian Centre for Strategic Research
"""
DOC = {"id": "k08", "date": "2025-04-16", "source": "Meridian Centre for Strategic Research",
       "url": "https://meridian-centre.example/ukraine-daily/2025/04/16", "text": TEXT}

D, Y = "2025-04-16", "2025-04-15"
EVENTS = [
    E("k08-1", "armed_clash", Y, L("Tyotkino", 2, "near Tyotkino"), "UA", "RU", claimant="Russian milbloggers",
      note="Ukrainian attacks told by Russian milbloggers who claim to have repelled them: actor1 UA (blind12 call 2); "
           "Tyotkino = geonames Tëtkino"),
    E("k08-2", "armed_clash", Y, L("Basivka", 2, "near Basivka"), "RU", "UA", prec="range", end=D,
      note="'on April 15 and 16': range 15-16 (not an aggregate)"),
    E("k08-3", "armed_clash", Y, L("Yunakivka", 2, "near Yunakivka"), "RU", "UA", prec="range", end=D),
    E("k08-4", "territory_change", Y, L("Basivka", 2, "southern Basivka"), "RU", "UA", claimant="geolocated footage",
      note="footage published on April 15 dates the advance; Key Takeaways repeat it"),
    E("k08-5", "territory_change", Y, L("Yunakivka", 2, "forest area west of Yunakivka"), "RU", "UA", optional=True,
      note="unconfirmed milblogger claim: optional"),
    E("k08-6", "air_drone_strike", Y, L("Bilopillia"), "RU", "UA", inj=N(5), weapons=[W("drone")]),
    E("k08-7", "armed_clash", D, L("Vovchansk", 2, "near Vovchansk"), "RU", "UA"),
    E("k08-8", "armed_clash", Y, L("Dvorichna", 2, "near Dvorichna"), "RU", "UA", prec="range", end=D,
      note="'north of Kupiansk near Dvorichna': Kupiansk is the reference town"),
    E("k08-9", "armed_clash", Y, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA", prec="range", end=D,
      note="the Kharkiv-oblast Petropavlivka east of Kupiansk (697421), not the Dnipropetrovsk town"),
    E("k08-10", "territory_change", None, L("Kurylivka"), "RU", "UA", optional=True, prec="unknown",
      note="milblogger capture claim without evidence: optional; the General Staff's 'fighting in the area' is not "
           "dated and not a separate required clash"),
    E("k08-11", "air_drone_strike", Y, L("Kupiansk"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb", launched=N(2))]),
    E("k08-12", "armed_clash", D, L("Torske", 2, "near Torske"), "RU", "UA"),
    E("k08-13", "armed_clash", D, L("Yampil", 2, "near Yampil"), "RU", "UA",
      note="Yampil of Donetsk oblast near Lyman (688505)"),
    E("k08-14", "armed_clash", Y, L("Chasiv Yar"), "RU", "UA", prec="range", end=D,
      note="'assaults in Chasiv Yar itself' = a clash in the town (precision 1)"),
    E("k08-15", "territory_change", "2025-04-14", L("Chasiv Yar", 2, "southwestern part of Chasiv Yar"), "RU", "UA",
      claimant="geolocated footage", note="footage published on April 14 dates the advance"),
    E("k08-16", "armed_clash", D, L("Toretsk", 2, "near Toretsk itself"), "RU", "UA"),
    E("k08-17", "armed_clash", D, L("Shcherbynivka", 2, "near Shcherbynivka"), "RU", "UA"),
    E("k08-18", "armed_clash", D, L("Krasnyi Lyman", 2, "near Krasnyi Lyman"), "RU", "UA",
      note="Krasnyi Lyman of Pokrovsk raion (9112128), not the city of Lyman"),
    E("k08-19", "armed_clash", D, L("Zvirove", 2, "near Zvirove"), "RU", "UA"),
    E("k08-20", "armed_clash", D, L("Udachne", 2, "near Udachne"), "RU", "UA"),
    E("k08-21", "armed_clash", Y, L("Pokrovsk", 2, "Pokrovsk direction"), "RU", "UA", prec="range", end=D, agg=True,
      optional=True, note="General Staff sector tally of 72 assaults over the past day: optional (blind8 call 7)"),
    E("k08-22", "armed_clash", None, L("Shevchenko", 2, "near Shevchenko"), "UA", "RU", optional=True, prec="unknown",
      note="'recently counterattacked' (undated): optional"),
    E("k08-23", "armed_clash", Y, L("Bahatyr", 2, "near Bahatyr"), "RU", "UA", prec="range", end=D,
      note="'southeast of Novopavlivka near Bahatyr and Kostiantynopil': Novopavlivka is the reference town"),
    E("k08-24", "armed_clash", Y, L("Kostiantynopil", 2, "near Kostiantynopil"), "RU", "UA", prec="range", end=D),
    E("k08-25", "armed_clash", D, L("Stepnohirsk", 2, "near Stepnohirsk"), "RU", "UA"),
    E("k08-26", "armed_clash", D, L("Mala Tokmachka", 2, "near Mala Tokmachka"), "RU", "UA"),
    E("k08-27", "missile_artillery_strike", Y, L("Kherson"), "RU", "UA", inj=N(2), weapons=[W("artillery")]),
    E("k08-28", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed", launched=N(87)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="'overnight on April 15 to 16' = 16 April; combined wave typed by the missiles"),
    E("k08-29", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(51))],
      note="30 'locationally lost' decoys are not intercepted; missile interception not stated (no entry)"),
    E("k08-30", "missile_artillery_strike", D, L("Kropyvnytskyi"), "RU", "UA", inj=N(4),
      weapons=[W("ballistic_missile", "Iskander-M")], parent="k08-28"),
    E("k08-31", "air_drone_strike", D, L("Okhtyrka"), "RU", "UA", weapons=[W("drone")], parent="k08-28"),
    E("k08-32", "infrastructure_disruption", D, L("Okhtyrka"), "RU", "UA", parent="k08-28",
      note="about 20,000 consumers without power"),
    E("k08-33", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(38))],
      claimant="Russian Ministry of Defense"),
    E("k08-34", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      claimant="Russian Ministry of Defense", note="region with a count: required (rule 3)"),
    E("k08-35", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia known only from the interception count: optional (blind10 call 3)"),
    E("k08-36", "military_mobilization", "2025-04-01", C("RU", "Russia"), "RU", None, optional=True,
      note="spring conscription call-up 'began on April 1': recalled, routine, optional"),
]
STATEMENTS = [
    S("Dmytro Selezen", "UA", "They now send motorcycles and buggies in groups of ten to twenty", "corps spokesperson"),
]
MUST_NOT = [
    "MERIDIAN CENTRE FOR STRATEGIC RESEARCH",
    "About | Research Areas | Ukraine Daily | Interactive Map | Events | Give",
    "Ukraine Daily › 2025 › April",
    "Analysts: Corinne Vale, Bogdan Mircea, Alina Shevchuk, Tomas Reyes",
    "Published April 16, 2025, 6:55 pm ET · Information cut-off: 12 pm ET",
    "Print this update | Download the daily map (PNG)",
    "Meridian updates its interactive map every weekday by 8 pm ET.",
    "Support Meridian's independent research — give today.",
    "Tags: Russia, Ukraine, daily update, Pokrovsk, Sumy",
    "© 2025 Meridian Centre for Strategic Research",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
