from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine Campaign Assessment, August 20, 2025"
TEXT = """Halden Institute for Strategic Assessment
Research ▸ Russia & Ukraine ▸ Campaign Assessments
Donate | Subscribe | Contact
Russia-Ukraine Campaign Assessment, August 20, 2025
Authors: Mara Ellison, Tomas Varga, Kateryna Bilyk and the Halden Russia Team
Data cutoff: 1:45 pm ET on August 20, 2025
Download the PDF version
Click here to view Halden's interactive map of the Russian invasion of Ukraine.

Key Takeaways:

Ukrainian forces struck the Syzran oil refinery in Samara Oblast overnight on August 19 to 20, the second strike against the facility this month.
Russian forces conducted a combined drone and missile strike against Ukraine overnight on August 19 to 20, hitting an oil refinery in Kremenchuk and a residential area of Okhtyrka.
The Russian President signed a decree on August 19 allowing reservists to be called up to protect critical infrastructure, likely in response to Ukraine's long-range strike campaign.
Belarus began a snap combat readiness inspection in Brest Oblast on August 19. Halden continues to assess that Belarusian forces are very unlikely to join the war.
Russian forces recently advanced near Kupiansk.

Ukraine's long-range strike campaign

Ukrainian forces struck the Syzran oil refinery in Samara Oblast overnight on August 19 to 20. The Ukrainian General Staff reported that Ukrainian drones hit the refinery's primary crude distillation unit and caused a fire.[1] Samara Oblast Governor Viktor Sedykh claimed that debris from downed drones had started a fire at "an industrial enterprise" in Syzran and that no one had been hurt. Geolocated footage published on August 20 shows a large plume of smoke over the refinery. Ukrainian drones previously struck the same refinery on August 15.

The Russian Ministry of Defense (MoD) claimed that Russian air defense downed 58 Ukrainian drones over Samara, Saratov, and Volgograd oblasts and occupied Crimea overnight. The MoD did not mention the fire in Syzran, as is typical of its reporting on successful Ukrainian strikes.

The Syzran refinery processes roughly eight and a half million tonnes of crude oil a year and supplies fuel to Russian forces in southern Ukraine. Industry estimates suggest that Ukrainian strikes have taken about 13 percent of Russia's primary refining capacity offline since the start of August. Halden assesses that the campaign is beginning to strain Russia's domestic fuel market: several regions in the Far East and Crimea have reported gasoline shortages, and the Russian government has extended its ban on gasoline exports. If Ukraine sustains the current tempo into the autumn, Russia will likely have to divert additional short-range air defense systems from the front line to protect refineries, as it has already done in Krasnodar Krai and Leningrad Oblast. Such a reallocation would in turn expose Russian logistics in occupied Ukraine to Ukrainian drones.

Russian officials continue to respond to the strikes with threats rather than changes in policy. The Deputy Chairman of the Russian Security Council warned on August 19 that Moscow could strike "decision-making centers" in Kyiv if the attacks on refineries continued. Halden has observed dozens of similar threats since 2022, none of which has been followed by a change in Russia's targeting that it was not already pursuing.

Russia's strike campaign

Russian forces conducted a combined strike against Ukraine overnight on August 19 to 20. The Ukrainian Air Force reported that Russian forces launched 93 Shahed-type and decoy drones and two Iskander-M ballistic missiles from the directions of Kursk and Bryansk oblasts. Ukrainian forces downed 61 drones, and another 27 drones were "locationally lost," likely due to Ukrainian electronic warfare.[2] Poltava Oblast Military Administration Head Volodymyr Paliichuk reported that Russian drones struck the Kremenchuk oil refinery and started a fire that firefighters extinguished in the morning. Sumy Oblast officials reported that a ballistic missile struck a residential area of Okhtyrka, injuring nine civilians and damaging a school and several apartment buildings.

Russian forces have launched more than 3,800 drones against Ukraine since August 1, a rate roughly consistent with that of July. Russian forces appear to be prioritizing Ukraine's oil refining and gas production infrastructure over the power grid this summer, likely in an effort to build up pressure ahead of the heating season. Halden assesses that Russia will likely resume large-scale strikes against Ukraine's energy grid in October and November, as it did in 2022, 2023, and 2024.

Russian force generation efforts

The Russian President signed a decree on August 19 allowing the Russian MoD to call up reservists for special training gatherings to protect critical infrastructure facilities, effective immediately. The decree formalizes a practice that several oblasts had already adopted on their own, and it is likely a response to the growing number of Ukrainian drone strikes deep inside Russia. Kremlin officials have previously stated that such reservists would not be sent to fight in Ukraine, but Halden cannot rule out that the decree creates a legal mechanism to do so in the future.

The decree does not amount to a new mobilization wave. The Kremlin continues to rely on large one-time payments to attract volunteers, and Russian regional authorities have raised their bonuses several times this year. Halden assesses that the Kremlin remains reluctant to declare another partial mobilization, which proved deeply unpopular in September 2022, and will likely try to avoid one as long as recruitment meets the military's needs.

Ground activity in Ukraine

Kupiansk direction: Geolocated footage published on August 19 indicates that Russian forces advanced in eastern Kindrashivka (north of Kupiansk).[3] Russian forces continued offensive operations near Kupiansk on August 19 and 20, attacking near Petropavlivka and Kupiansk-Vuzlovyi. A Ukrainian brigade commander operating in the direction stated that Russian forces are increasingly using motorcycles and small groups of two or three soldiers to infiltrate Ukrainian positions, a tactic Halden has observed across the front for several months.

Siversk direction: Ukrainian forces recently recaptured positions near Zvanivka (northeast of Siversk), according to a Ukrainian brigade. Halden has not observed footage confirming the recapture.

Pokrovsk direction: Russian forces attacked near Rodynske, Myrnohrad, and Udachne on August 19 and 20. Russian milbloggers claimed on August 19 that Russian forces seized Udachne (southwest of Pokrovsk), but Halden has not observed visual confirmation of this claim. Should Russian forces consolidate positions west of Pokrovsk, they would be able to threaten the remaining Ukrainian ground lines of communication into the city. Russian forces have been attempting to envelop Pokrovsk and Myrnohrad since the autumn of 2024, but Ukrainian forces have so far prevented the encirclement.

Zaporizhzhia direction: Halden did not observe Russian attacks in the Zaporizhzhia direction on August 19 or 20.

Activities in Russian-occupied areas

Russian occupation authorities detained a resident of Enerhodar on August 18 on charges of passing information about Russian positions to Ukrainian intelligence, according to the occupation-installed city administration. The detention is consistent with a broader campaign of arrests in occupied Zaporizhzhia Oblast; Ukraine's ombudsman stated that occupation authorities have detained more than 300 civilians in the oblast since January. Occupation officials also announced plans to hold "municipal elections" in September, which Halden assesses are intended to legitimize Russia's claimed annexation.

Belarus

The Belarusian Ministry of Defense announced on August 19 that it had begun a snap combat readiness inspection of units of the Western Operational Command in Brest Oblast. Belarusian and Russian forces are scheduled to hold the Zapad-2025 strategic exercise in September. Halden continues to assess that Belarusian forces are very unlikely to attack Ukraine or NATO in the near term, but the exercise may be used to pressure NATO states on the alliance's eastern flank.

Forecast

Halden assesses that Russian forces will likely continue to prioritize the Pokrovsk and Kostiantynivka directions in the coming weeks and will likely intensify infiltration tactics near Kupiansk. Ukraine will likely continue its campaign against Russian refineries, and if Russian fuel shortages spread to central Russia, the Kremlin may be forced to introduce further export restrictions.

[1] https://www.facebook.com/GeneralStaff.ua.example/posts/1120934
[2] https://t.me/ua_air_force_example/14511
[3] https://x.com/geoconfirmed_example/status/1957762190021
Get the Campaign Assessment in your inbox every evening — enter your email and press Sign up.
© 2025 Halden Institute for Strategic Assessment. All rights reserved.
"""
DOC = {"id": "q10", "date": "2025-08-20", "source": "Halden Institute for Strategic Assessment",
       "url": "https://www.halden-institute.example/research/russia-ukraine/campaign-assessment-august-20-2025", "text": TEXT}

D, Y = "2025-08-20", "2025-08-19"
TWO = dict(prec="range", end=D)
EVENTS = [
    E("q10-1", "air_drone_strike", D, L("Syzran"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff", note="'overnight on August 19 to 20' = the 20th; governor: 'no one had been hurt'"),
    E("q10-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(58))],
      claimant="Russian Ministry of Defense"),
    E("q10-3", "interception", D, R("RU-SAM", "Samara Oblast"), "RU", "UA", optional=True, note="listed region"),
    E("q10-4", "interception", D, R("RU-SAR", "Saratov Oblast"), "RU", "UA", optional=True, note="listed region"),
    E("q10-5", "interception", D, R("RU-VGG", "Volgograd Oblast"), "RU", "UA", optional=True, note="listed region"),
    E("q10-6", "interception", D, R("UA-43", "occupied Crimea"), "RU", "UA", optional=True, note="listed region"),
    E("q10-7", "air_drone_strike", "2025-08-15", L("Syzran"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="earlier strike recalled with its date (blind8 judgment 14)"),
    E("q10-23", "policy_decision", None, C("RU", "Russia"), "RU", None, prec="unknown", optional=True,
      note="'has extended its ban on gasoline exports': real decision mentioned in passing, undated"),
    E("q10-24", "infrastructure_disruption", None, C("RU", "Russia"), "UA", "RU", prec="unknown", optional=True,
      note="gasoline shortages reported in the Far East and Crimea: vague, undated consequence of the strike campaign"),
    E("q10-8", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(93)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      claimant="Ukrainian Air Force", note="combined wave; launch directions (Kursk, Bryansk) are not targets"),
    E("q10-9", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(61))],
      claimant="Ukrainian Air Force", note="27 'locationally lost' drones not counted"),
    E("q10-10", "air_drone_strike", D, L("Kremenchuk"), "RU", "UA", weapons=[W("drone")], parent="q10-8",
      claimant="Volodymyr Paliichuk", note="oil refinery"),
    E("q10-11", "missile_artillery_strike", D, L("Okhtyrka"), "RU", "UA", inj=N(9), weapons=[W("ballistic_missile")],
      parent="q10-8", claimant="Sumy Oblast officials"),
    E("q10-12", "policy_decision", Y, C("RU", "Russia"), "RU", None, claimant="Halden Institute",
      note="decree on reservists signed on August 19 (no place named: country)"),
    E("q10-13", "territory_change", Y, L("Kindrashivka", 1, "eastern Kindrashivka"), "RU", "UA",
      claimant="geolocated footage", note="'geolocated footage published on August 19' dates the advance (blind6 judgment 2)"),
    E("q10-14", "armed_clash", Y, L("Petropavlivka_kh", 2, "near Petropavlivka"), "RU", "UA",
      note="'on August 19 and 20'; one armed_clash per named place (blind6 judgment 1)", **TWO),
    E("q10-15", "armed_clash", Y, L("Kupiansk-Vuzlovyi", 2, "near Kupiansk-Vuzlovyi"), "RU", "UA", **TWO),
    E("q10-16", "territory_change", None, L("Zvanivka", 2, "near Zvanivka"), "UA", "RU", prec="unknown", optional=True,
      note="'recently recaptured', unconfirmed: optional, undated"),
    E("q10-17", "armed_clash", Y, L("Rodynske", 2, "near Rodynske"), "RU", "UA", **TWO),
    E("q10-18", "armed_clash", Y, L("Myrnohrad", 2, "near Myrnohrad"), "RU", "UA", **TWO),
    E("q10-19", "armed_clash", Y, L("Udachne", 2, "near Udachne"), "RU", "UA", **TWO),
    E("q10-20", "territory_change", Y, L("Udachne"), "RU", "UA", optional=True, claimant="Russian milbloggers",
      note="seizure claim the analysts have not confirmed (blind6 judgment 2)"),
    E("q10-21", "arrest", "2025-08-18", L("Enerhodar"), "RU", None, family=["abduction"],
      claimant="occupation-installed city administration", note="detention by occupation authorities"),
    E("q10-22", "military_mobilization", Y, R("BY-BR", "Brest Oblast"), "BY", None,
      claimant="Belarusian Ministry of Defense", note="snap combat readiness inspection began; Zapad-2025 is a plan"),
]
STATEMENTS = []
MUST_NOT = ["Halden Institute for Strategic Assessment", "Research ▸ Russia & Ukraine ▸ Campaign Assessments",
            "Donate | Subscribe | Contact",
            "Authors: Mara Ellison, Tomas Varga, Kateryna Bilyk and the Halden Russia Team",
            "Data cutoff: 1:45 pm ET on August 20, 2025", "Download the PDF version",
            "Click here to view Halden's interactive map of the Russian invasion of Ukraine.",
            "[1] https://www.facebook.com/GeneralStaff.ua.example/posts/1120934",
            "[2] https://t.me/ua_air_force_example/14511",
            "[3] https://x.com/geoconfirmed_example/status/1957762190021",
            "Get the Campaign Assessment in your inbox every evening — enter your email and press Sign up.",
            "© 2025 Halden Institute for Strategic Assessment. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
