from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Assessment, July 27, 2025"
TEXT = """Skip to main content
Centre for Eastern Front Studies
Research | Maps | Daily Assessments | Donate
Russian Offensive Campaign Assessment, July 27, 2025
Download the PDF of this report
Authors: Olena Sawchak-Brandt, Tobias Renwick, Ines Calder, and the CEFS Russia Team with the CEFS Geospatial Group
Data cutoff: 2:15pm ET on July 27
Click here to see CEFS's interactive map of the Russian invasion of Ukraine. This map is updated daily alongside the static maps present in this report.

Key Takeaways:
Russian forces conducted a combined missile and drone strike against Ukraine on the night of July 26 to 27, targeting Ukrainian defense industrial and energy infrastructure in Kharkiv and Poltava oblasts.
Ukrainian forces struck an oil pumping station in Krasnodar Krai overnight, continuing a campaign against Russian energy logistics that supports the Russian war effort.
The Kremlin continues to use the language of "root causes" to signal that it is not interested in a ceasefire that would freeze the current front line, and CEFS continues to assess that the Russian president's theory of victory relies on outlasting Western support for Ukraine.
Russian forces recently advanced near Kupiansk and in Chasiv Yar.
Russian forces attacked in the Kupiansk, Lyman, Siversk, Chasiv Yar, Toretsk, Pokrovsk and Orikhiv directions.

The Kremlin continues to signal that it will not accept any ceasefire arrangement that does not address what Russian officials call the "root causes" of the war — a formula that Russian officials have used since at least 2022 to demand Ukraine's neutrality, limits on the size of the Ukrainian military, and a change of government in Kyiv. Russian Security Council Deputy Secretary Gennady Varlamov stated on July 27 that Russia "will not trade the results of the special military operation for a pause that only benefits the Kyiv regime and its sponsors." Varlamov's statement is consistent with a series of statements by senior Kremlin officials over the past month that frame any negotiated settlement as a Ukrainian capitulation rather than a compromise. CEFS assesses that the Kremlin is deliberately setting conditions that it knows Ukraine and its Western partners cannot accept in order to portray Ukraine as the party obstructing peace, while Russian forces continue offensive operations along the entire front line. The Kremlin's rhetoric has remained remarkably stable since the spring, and CEFS has observed no indicators that Russian objectives have become more limited.

The Kremlin's theory of victory continues to rest on the assumption that Russia can sustain its current rate of manpower and materiel losses for longer than the West is willing to support Ukraine. Russian forces gained roughly 460 square kilometers in June 2025, according to CEFS's mapping, a rate of advance that is slow by the standards of mechanized warfare and comes at a very high cost in personnel. CEFS assessed in its June 2025 forecast that Russian forces were unlikely to seize any of the cities of Ukraine's fortress belt in Donetsk Oblast — Kostiantynivka, Druzhkivka, Kramatorsk and Sloviansk — in 2025, and CEFS continues to stand by this assessment. Russian forces would likely need to conduct a multi-month campaign, and likely more than one, to encircle or seize any of these cities, which have been fortified since 2014.

The Kremlin is simultaneously intensifying an information operation aimed at convincing Western audiences that Ukraine's collapse is imminent and that continued Western support is futile. Russian state media and prominent Kremlin-affiliated commentators amplified claims on July 26 and 27 that Ukrainian defenses in Donetsk Oblast are "crumbling" and that Ukrainian units are surrendering en masse, claims for which CEFS has observed no evidence. The narrative is not new: Russian officials made nearly identical claims in the autumn of 2023 and again in the winter of 2024, and neither prediction materialized. CEFS assesses that the Kremlin intends these narratives to shape Western decision-making about future military aid packages rather than to describe the battlefield accurately, and that the timing — ahead of several European parliamentary debates on defense budgets scheduled for September — is not coincidental.

Russian forces conducted a combined missile and drone strike against Ukraine on the night of July 26 to 27. The Ukrainian Air Force reported that Russian forces launched four Iskander-M ballistic missiles from Kursk Oblast, three Kh-101 cruise missiles from Tu-95MS strategic bombers over Saratov Oblast, and 243 Shahed-type and decoy drones from the directions of Bryansk, Oryol, Kursk and Millerovo, Russia, and occupied Cape Chauda, Crimea. The Ukrainian Air Force reported that Ukrainian forces downed two Iskander-M missiles, all three Kh-101 missiles and 211 drones, and that 24 drones were "locationally lost," likely due to Ukrainian electronic warfare (EW) interference. Kharkiv City Mayor Roman Tsybulko reported that Shahed drones struck the Saltivskyi Raion of Kharkiv City, damaging a private enterprise and injuring three civilians. Poltava Oblast Military Administration Head Ivan Hrytsenko reported that a Russian missile struck an industrial enterprise in Kremenchuk and that the strike caused no casualties. Ukrainian officials also reported that drone debris damaged civilian infrastructure in Odesa Oblast.

The strike package is consistent with Russia's efforts since spring 2025 to overwhelm Ukrainian air defenses by launching large numbers of decoy drones alongside a small number of missiles. CEFS previously assessed that Russia was producing roughly 2,700 Shahed-type drones per month in spring 2025, and Russian forces will likely continue to increase the size of combined strike packages in the coming months if production continues at this rate. Ukraine's ability to defend against these strikes will depend heavily on the timely delivery of interceptor missiles by Western partners, a problem CEFS has discussed at length in previous reports.

Ukrainian Operations in the Russian Federation

Ukrainian forces struck an oil pumping station in Krasnodar Krai on the night of July 26 to 27. Geolocated footage published on July 27 shows a large fire at the Tikhoretsk oil pumping station, which supplies crude oil and petroleum products to the ports of Novorossiysk and Tuapse. Krasnodar Krai authorities claimed that debris from a downed drone started a fire at the facility and that there were no casualties. The Russian Ministry of Defense (MoD) claimed that Russian forces downed 74 Ukrainian drones over Russia overnight, including 31 over Rostov Oblast, as well as drones over Bryansk and Kursk oblasts. Ukrainian forces have conducted a series of strikes against the Russian oil logistics network in July 2025, and strikes of this kind likely impose cumulative costs on Russian fuel exports even when the damage to individual facilities is limited.

Russian Main Effort: Eastern Ukraine (Russian objective: Capture the remainder of Donetsk Oblast and push Ukrainian forces from Kharkiv Oblast)

Russian forces continued offensive operations in the Kupiansk direction on July 27 and recently advanced. Geolocated footage published on July 26 indicates that Russian forces recently advanced in southern Kindrashivka (north of Kupiansk). Russian forces attacked near Kupiansk itself and north of Kupiansk near Kindrashivka on July 27. A Russian milblogger claimed that Russian forces seized a grain elevator on the northern outskirts of Kupiansk, but CEFS has not observed confirmation of this claim. The spokesperson for a Ukrainian brigade operating in the Kupiansk direction, Serhiy Korniichuk, stated that Russian forces are increasingly using motorcycles and all-terrain vehicles to move small infantry groups into the outskirts of the town and that "every night they try to slip another group into the private sector, and every morning we find them." Korniichuk's statement is consistent with CEFS's observation of Russian infiltration tactics elsewhere on the front.

CEFS did not observe reports of Russian ground attacks in the Borova direction on July 27. Russian forces have conducted only sporadic assaults in this direction since early July, likely because the Russian command has redeployed several assault detachments from the area to reinforce operations near Kupiansk. The lull will likely prove temporary: Russian milbloggers have repeatedly described the Borova direction as a future avenue of advance toward the Oskil River, and Russian forces have historically resumed attacks in secondary directions once reinforcements arrive.

Russian forces continued offensive operations in the Lyman direction on July 27 but did not make confirmed advances. Russian forces attacked near Lyman itself and northeast of Lyman near Torske. Ukrainian forces reportedly counterattacked near Torske. A Russian milblogger claimed that Russian forces advanced up to 800 meters near Torske, but CEFS has not observed confirmation of this claim. Russian forces will likely intensify attacks in the Lyman direction in the coming weeks in an attempt to reach the Siverskyi Donets River, though it is unclear whether Russian forces have the combat power necessary to do so while sustaining the tempo of operations near Pokrovsk.

Russian forces continued offensive operations in the Siversk direction on July 27 but did not advance. Russian forces attacked near Siversk itself. The commander of a Ukrainian battalion operating in the Siversk direction told Ukrainian media that Russian forces have not used armored vehicles in the area for over three weeks and are attacking exclusively with infantry groups of two to four personnel.

Russian forces recently advanced in Chasiv Yar. Geolocated footage published on July 26 indicates that Russian forces advanced along Sadova Street in western Chasiv Yar. Russian forces continued attacks in Chasiv Yar itself on July 27. Russian sources have repeatedly claimed the seizure of Chasiv Yar since the summer of 2024, and CEFS has observed that Russian forces have needed more than a year to advance through a town that had a pre-war population of about 12,000 people. The slow pace of the Russian advance in Chasiv Yar illustrates the degree to which urban terrain continues to favor the defender in this war, a dynamic that will likely shape any future Russian offensive against Kostiantynivka.

Russian forces continued offensive operations in the Toretsk direction on July 27 but did not make confirmed advances. Russian forces attacked near Kostiantynivka itself. The Russian MoD claimed that Russian forces repelled a Ukrainian counterattack near Kostiantynivka, but CEFS cannot independently verify this claim.

Russian forces continued offensive operations in the Pokrovsk direction on July 27 but did not make confirmed advances. Russian forces attacked near Pokrovsk itself, northeast of Pokrovsk near Rodynske, and west of Pokrovsk near Udachne. Ukrainian forces reportedly counterattacked near Zvirove (southwest of Pokrovsk). The Russian MoD claimed that Russian forces seized Shevchenko (south of Pokrovsk), but CEFS has not observed visual confirmation of this claim and assesses that the claim is premature. Ukraine's Khortytsia Group of Forces spokesperson Lieutenant Colonel Andriy Sheremeta stated that Russian forces have accumulated over 100,000 personnel in the Pokrovsk direction and that "the enemy is trying to cut our logistics to Pokrovsk and Myrnohrad with drones rather than with assaults." CEFS has previously assessed that Russian forces are attempting to interdict Ukrainian ground lines of communication (GLOCs) into Pokrovsk and Myrnohrad with drone strikes in order to set conditions for an envelopment of both towns. Should Russian forces succeed in making the main roads into Pokrovsk impassable, Ukrainian forces would likely face difficult decisions about whether to continue defending the town. CEFS has not observed indicators that Ukrainian forces intend to withdraw from Pokrovsk at this time.

CEFS did not observe confirmed Russian attacks in the Novopavlivka direction on July 27, although Russian milbloggers continued to claim that Russian forces are attacking into Dnipropetrovsk Oblast, but CEFS has only observed evidence of small Russian infiltration groups operating beyond the administrative boundary.

Russian Supporting Effort: Southern Axis (Russian objective: Maintain frontline positions and secure rear areas against Ukrainian strikes)

Russian forces continued limited offensive operations in the Orikhiv direction on July 27 but did not advance. Russian forces attacked northwest of Orikhiv near Stepnohirsk. Zaporizhzhia Oblast Military Administration Head Ivan Hnatenko reported that Russian forces struck Orikhiv with guided glide bombs on July 27, injuring a 64-year-old man. The Russian MoD claimed that Russian forces struck Ukrainian temporary deployment points near Orikhiv, but did not provide evidence.

Russian forces continued shelling Kherson City and settlements along the west (right) bank of the Dnipro River. Kherson Oblast Military Administration Head Oleksandr Pryimak reported that Russian artillery fire killed two civilians in Kherson City's Dniprovskyi Raion on the afternoon of July 27. Russian forces have not attempted a significant crossing of the Dnipro River since the Ukrainian withdrawal from the Krynky bridgehead in 2024, and CEFS assesses that Russian forces will likely continue to use the river as a defensive barrier while shelling Ukrainian settlements on the west bank.

Russian Air, Missile, and Drone Campaign (Russian objective: Target Ukrainian military and civilian infrastructure in the rear and on the frontline)

See topline text for reporting on the Russian strike on the night of July 26 to 27.

Ukrainian Defense Industrial Base Efforts (Ukrainian objective: Develop its defense industrial base)

Ukrainian Minister of Strategic Industries Dmytro Kotsar stated on July 27 that Ukraine intends to produce over 30,000 long-range strike drones in 2025 and is negotiating with several European partners about joint production. Kotsar did not specify which partners are involved. CEFS will continue to monitor Ukraine's efforts to expand domestic production of drones and missiles, which will likely become increasingly important if Western aid deliveries slow down.

Russian Mobilization and Force Generation Efforts (Russian objective: Expand combat power without conducting general mobilization)

The Russian government continues to rely on large one-time enlistment payments to recruit soldiers on contracts. A regional outlet reported that Belgorod Oblast raised its one-time payment for new contract servicemen to 2.5 million rubles (about $31,000), although CEFS cannot confirm when the increase took effect. Russian recruitment rates will likely decline if regional budgets can no longer sustain such payments, but CEFS has not yet observed indications of a significant drop.

Activities in Russian-Occupied Areas (Russian objective: Consolidate administrative control of annexed areas of Ukraine)

Occupation officials continue to promote the "Time of Heroes" program to place Russian veterans of the war in administrative positions in occupied Ukraine. CEFS has previously reported on this program at length.

Significant Activity in Belarus (Russian efforts to increase its military presence in Belarus and further integrate Belarus into Russian-favorable frameworks)

Belarusian and Russian forces are preparing for the "Zapad-2025" joint strategic exercise, scheduled for September 2025. The Belarusian Ministry of Defense stated that the exercise would involve "several thousand" personnel. CEFS assesses that the exercise does not indicate preparations for an imminent attack on Ukraine from Belarusian territory, but Russia will likely use it to practice the deployment of forces to Belarus.

Forecast

CEFS forecasts that Russian forces will continue to prioritize the Pokrovsk and Kostiantynivka directions through August and September 2025 and will likely attempt to exploit the summer foliage to infiltrate small groups into the outskirts of Pokrovsk, Myrnohrad and Kostiantynivka. Russian forces are unlikely to conduct large mechanized assaults in the near term, given the heavy armored vehicle losses they suffered in the spring, but they may attempt such an assault if they assess that Ukrainian defenses in a given sector have been sufficiently degraded. The Kremlin will likely continue to reject proposals for an unconditional ceasefire while signaling openness to "negotiations" on its own terms. Russia will likely conduct at least one more combined strike of over 400 drones and missiles before the end of August, focused on Ukrainian defense industrial and energy infrastructure. Ukraine, for its part, will likely continue to strike Russian oil infrastructure, though the cumulative effect of such strikes on Russia's ability to wage the war remains difficult to assess.

Note: CEFS does not receive any classified material from any source, uses only publicly available information, and draws extensively on Russian, Ukrainian, and Western reporting and social media as well as commercially available satellite imagery and other geospatial data as the basis for these reports. References to all sources used are provided in the endnotes of each update.

Endnotes are available in the PDF version.
Subscribe to CEFS updates
Related: Russian Offensive Campaign Assessment, July 26, 2025
© 2025 Centre for Eastern Front Studies. All rights reserved.
"""
DOC = {"id": "t01", "date": "2025-07-27", "source": "Centre for Eastern Front Studies",
       "url": "https://www.cefs-research.example/backgrounder/russian-offensive-campaign-assessment-july-27-2025",
       "text": TEXT}

D = "2025-07-27"
ANY_STRIKE = ["missile_artillery_strike", "air_drone_strike"]
EVENTS = [
    E("t01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("cruise_missile", "Kh-101", launched=N(3)),
               W("drone", "Shahed-136", launched=N(243))],
      claimant="Ukrainian Air Force", note="night of July 26 to 27, wave typed by its heaviest weapon"),
    E("t01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(2)), W("cruise_missile", "Kh-101", intercepted=N(3)),
               W("drone", intercepted=N(211))], claimant="Ukrainian Air Force",
      note="24 'locationally lost' drones (EW) are not counted as intercepted"),
    E("t01-3", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Saltivskyi Raion"), "RU", "UA", inj=N(3),
      weapons=[W("drone", "Shahed-136")], parent="t01-1", claimant="Roman Tsybulko"),
    E("t01-4", "missile_artillery_strike", D, L("Kremenchuk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], parent="t01-1", claimant="Ivan Hrytsenko"),
    E("t01-5", "air_drone_strike", D, R("UA-51", "Odesa Oblast"), "RU", "UA", weapons=[W("drone")],
      parent="t01-1", family=["missile_artillery_strike"], note="drone debris damage, region only"),
    E("t01-6", "air_drone_strike", D, L("Tikhoretsk", 1, "Tikhoretsk oil pumping station"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Krasnodar Krai authorities"),
    E("t01-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(74))],
      claimant="Russian Ministry of Defense"),
    E("t01-8", "interception", D, R("RU-ROS", "Rostov Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant="Russian Ministry of Defense"),
    E("t01-9", "interception", D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", weapons=[W("drone")], optional=True,
      claimant="Russian Ministry of Defense", note="region merely listed"),
    E("t01-10", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", weapons=[W("drone")], optional=True,
      claimant="Russian Ministry of Defense", note="region merely listed"),
    # Kupiansk direction
    E("t01-11", "territory_change", "2025-07-26", L("Kindrashivka", 1, "southern Kindrashivka"), "RU", "UA",
      optional=True, note="'recently advanced' per footage published July 26: undated advance"),
    E("t01-12", "armed_clash", D, L("Kupiansk", 2, "near Kupiansk"), "RU", "UA"),
    E("t01-13", "armed_clash", D, L("Kindrashivka", 2, "near Kindrashivka"), "RU", "UA"),
    # Lyman
    E("t01-16", "armed_clash", D, L("Lyman", 2, "near Lyman"), "RU", "UA"),
    E("t01-17", "armed_clash", D, L("Torske", 2, "near Torske"), "RU", "UA"),
    E("t01-18", "armed_clash", D, L("Torske", 2, "near Torske"), "UA", "RU", optional=True,
      note="Ukrainian counterattack near Torske 'reportedly'; same place/day as t01-17, an extractor may merge them"),
    # Siversk
    E("t01-19", "armed_clash", D, L("Siversk", 2, "near Siversk"), "RU", "UA"),
    # Chasiv Yar / Toretsk
    E("t01-21", "territory_change", "2025-07-26", L("Chasiv Yar", 1, "western Chasiv Yar"), "RU", "UA",
      note="'geolocated footage published on July 26 indicates that Russian forces advanced': dated by the footage"),
    E("t01-22", "armed_clash", D, L("Chasiv Yar"), "RU", "UA"),
    E("t01-24", "armed_clash", D, L("Kostiantynivka", 2, "near Kostiantynivka"), "RU", "UA",
      note="Russian attack near Kostiantynivka; the MoD's 'repelled a Ukrainian counterattack' is the same fighting"),
    # Pokrovsk
    E("t01-25", "armed_clash", D, L("Pokrovsk", 2, "near Pokrovsk"), "RU", "UA"),
    E("t01-26", "armed_clash", D, L("Rodynske", 2, "near Rodynske"), "RU", "UA"),
    E("t01-27", "armed_clash", D, L("Udachne", 2, "near Udachne"), "RU", "UA"),
    E("t01-28", "armed_clash", D, L("Zvirove", 2, "near Zvirove"), "UA", "RU",
      note="Ukrainian counterattack 'reportedly'"),
    E("t01-29", "territory_change", D, L("Shevchenko"), "RU", "UA", optional=True,
      claimant="Russian Ministry of Defense", note="unconfirmed MoD seizure claim, 'premature'"),
    # South
    E("t01-31", "armed_clash", D, L("Stepnohirsk", 2, "near Stepnohirsk"), "RU", "UA"),
    E("t01-32", "air_drone_strike", D, L("Orikhiv"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb")],
      claimant="Ivan Hnatenko"),
    E("t01-33", "missile_artillery_strike", D, L("Kherson", 1, "Kherson, Dniprovskyi Raion"), "RU", "UA", fat=N(2),
      weapons=[W("artillery")], claimant="Oleksandr Pryimak"),
    E("t01-34", "air_drone_strike", D, L("Orikhiv", 2, "near Orikhiv"), "RU", "UA", optional=True,
      family=["missile_artillery_strike"], claimant="Russian Ministry of Defense",
      note="MoD claim of strikes on deployment points, no weapon or evidence"),
    E("t01-35", "policy_decision", D, R("RU-BEL", "Belgorod Oblast"), "RU", None, prec="unknown", optional=True,
      note="regional enlistment payment raised; 'cannot confirm when the increase took effect'"),
]
STATEMENTS = [
    S("Gennady Varlamov", "RU", "will not trade the results of the special military operation", "Russian Security Council Deputy Secretary"),
    S("Serhiy Korniichuk", "UA", "every night they try to slip another group into the private sector", "Ukrainian brigade spokesperson"),
    S("Andriy Sheremeta", "UA", "the enemy is trying to cut our logistics to Pokrovsk and Myrnohrad with drones", "Khortytsia Group spokesperson"),
]
MUST_NOT = ["Skip to main content", "Research | Maps | Daily Assessments | Donate", "Download the PDF of this report",
            "Authors: Olena Sawchak-Brandt, Tobias Renwick, Ines Calder, and the CEFS Russia Team with the CEFS Geospatial Group",
            "Data cutoff: 2:15pm ET on July 27",
            "Click here to see CEFS's interactive map of the Russian invasion of Ukraine.",
            "Endnotes are available in the PDF version.", "Subscribe to CEFS updates",
            "Related: Russian Offensive Campaign Assessment, July 26, 2025",
            "© 2025 Centre for Eastern Front Studies. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
