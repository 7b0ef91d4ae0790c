from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Assessment, October 16, 2024"
TEXT = """Vantage Institute for Security Research
Research | Russia & Ukraine | Daily assessments
Russian Offensive Campaign Assessment, October 16, 2024
Download the PDF
Margaret Ellison, Daniel Furtado, Kateryna Lysenko, and Philip Armand
October 16, 2024, 8:15pm ET
Click here to see the interactive map of the Russian invasion of Ukraine. The map is updated daily alongside the static maps in this report.

Key Takeaways:
- Russian forces launched 56 Shahed drones and two Iskander-M ballistic missiles against Ukraine on the night of October 15 to 16. Ukrainian forces downed 31 drones.
- Ukrainian drones struck an oil depot in Oryol City on the night of October 15 to 16.
- The Russian Ministry of Defense (MoD) claimed on October 15 that Russian forces seized Hirnyk, southeast of Selydove. The Vantage Institute has not observed confirmation of the claim.
- Belarus announced on October 15 that it had moved additional air defense units to Gomel Oblast, likely as part of a continued information operation rather than in preparation for offensive action.
- The Kremlin continues to signal that it is unwilling to negotiate on any terms other than Ukraine's capitulation.
- Russian forces recently advanced in Toretsk and near Kurakhove.

The Kremlin continues to use its information space to set conditions for a negotiated settlement on its terms while it pursues battlefield gains. Kremlin officials have repeatedly stated in recent weeks that any talks must take into account "the realities on the ground," a formula that amounts to demanding that Ukraine cede the four oblasts Russia illegally annexed in September 2022, including territory that Russian forces do not occupy. The Vantage Institute continues to assess that Russian President Vladimir Putin's theory of victory rests on the assumption that Russia can outlast Western support for Ukraine, and that the Kremlin will not engage in meaningful negotiations as long as it believes that time is on its side. Kremlin spokesperson Dmitry Orlov said on October 15 that Russia "has never refused dialogue, but dialogue is not the same as capitulation of one's interests." Orlov's statement is consistent with the Kremlin's longstanding effort to blame Ukraine and the West for the absence of talks.

Russian Security Council Secretary Pavel Chernyshov met with Iranian Supreme National Security Council Secretary Ali Nazeri in Moscow on October 15 and discussed "military-technical cooperation" and the situation in Ukraine. The meeting is the latest in a series of high-level contacts between Russian and Iranian security officials since the summer. Iran has supplied Russia with Shahed drones since 2022 and reportedly with close-range ballistic missiles in September 2024, although the Vantage Institute cannot independently verify the latter reports.

Belarusian forces are unlikely to attack Ukraine in the near future. The Belarusian MoD announced on October 15 that it had deployed additional air defense units to Gomel Oblast, citing the need to protect the border from "provocations." The Vantage Institute has observed no indicators of Belarusian or Russian offensive groupings in Belarus, and the announcement is likely intended to fix Ukrainian forces along the northern border. Belarus has conducted similar announcements several times since the summer of 2023 without any subsequent offensive activity.

Ukrainian forces continued their strike campaign against Russian military and energy infrastructure. Geolocated footage published on October 16 shows a large fire at an oil depot on the southern outskirts of Oryol City, and Oryol Oblast Governor Andrei Klimov claimed that Russian forces downed several drones over the city on the night of October 15 to 16 and that debris caused a fire at a "fuel and energy facility." Klimov stated that there were no casualties. The Russian MoD claimed that Russian air defense destroyed 17 Ukrainian drones over Bryansk, Kursk, and Oryol oblasts overnight. Ukrainian sources stated that the depot supplied Russian forces operating in Kursk Oblast.

Russian forces continued offensive operations in Kursk Oblast on October 15 and 16 but did not make confirmed advances. Russian forces attacked near Korenevo on October 15, and Russian milbloggers claimed that Russian forces pushed Ukrainian forces back in the area, but the Vantage Institute has not observed footage confirming this claim. Ukrainian forces have held positions in Kursk Oblast since their incursion began on August 6, 2024. The Vantage Institute assesses that Russian command will likely continue to prioritize the expulsion of Ukrainian forces from Kursk Oblast over the coming weeks, although Russian forces have failed to make significant gains in the area since mid-September.

Russian forces continued offensive operations in the Kupyansk direction on October 16. Russian forces attacked northeast of Kupyansk near Petropavlivka and southeast of Kupyansk near Kruhlyakivka on October 16. A Ukrainian brigade operating in the direction stated that Russian forces are attacking in small infantry groups with limited armored vehicle support. Russian milbloggers claimed that Russian forces advanced toward the Oskil River near Kruhlyakivka, but the Vantage Institute has not observed confirmation of this claim.

Russian forces recently advanced in central Toretsk amid continued offensive operations in the Toretsk direction. Geolocated footage published on October 15 indicates that Russian forces recently advanced along a street in central Toretsk. Russian forces attacked within Toretsk and south of Toretsk near Niu-York on October 15 and 16. The Ukrainian commander of a battalion fighting in the town stated that Russian forces are using the town's high-rise buildings and mine waste heaps as firing positions.

Russian forces continued offensive operations in the Pokrovsk direction on October 16. Russian forces attacked southeast of Pokrovsk near Selydove and near Tsukuryne on October 15 and 16. A Russian milblogger claimed that Russian forces seized Tsukuryne, but the Vantage Institute has not observed confirmation of this claim. Russian forces have advanced steadily in the direction since seizing Avdiivka in February 2024, and the Vantage Institute continues to assess that Russian forces will likely attempt to envelop Selydove from the south and north in the coming weeks rather than conduct a frontal assault on the town.

The Russian MoD claimed on October 15 that Russian forces seized Hirnyk, southeast of Selydove. The Vantage Institute has not observed confirmation of the claim, and Ukrainian military observers stated that fighting is ongoing on the town's outskirts.

Russian forces recently advanced in the Kurakhove direction. Geolocated footage published on October 15 indicates that Russian forces recently advanced into the eastern outskirts of Kurakhove. Russian forces also continued attacks near Vuhledar, which Ukrainian forces withdrew from on October 1, but did not make confirmed advances.

Russian forces conducted a series of missile and drone strikes against Ukraine on the night of October 15 to 16. The Ukrainian Air Force reported that Russian forces launched 56 Shahed-136/131 drones from the directions of Kursk City and Primorsko-Akhtarsk, Krasnodar Krai, and two Iskander-M ballistic missiles from Kursk Oblast. Ukrainian forces downed 31 drones, and 22 drones were "locationally lost," likely due to Ukrainian electronic warfare countermeasures. Kharkiv Oblast Head Oleh Syniehubov reported that a drone struck a residential building in Kharkiv City's Slobidskyi Raion, injuring two people. Mykolaiv Oblast officials reported that an Iskander-M missile struck an industrial enterprise in Mykolaiv City, causing a fire but no casualties. Ukrainian air defense also operated over Kyiv, Poltava, and Sumy oblasts.

The Kremlin is likely to continue its energy strike campaign as temperatures drop. Russian forces struck Ukrainian energy infrastructure with large combined strike packages in March, April, May, and August 2024, and Ukrainian officials warned that Russia may be stockpiling missiles for strikes in the autumn and winter. If Russian forces succeed in damaging Ukraine's remaining generating capacity, Ukraine could face power outages of up to 12 hours a day during the coldest months.

Russian occupation authorities continue efforts to forcibly integrate occupied Ukraine into Russia. Occupation officials in Zaporizhia Oblast announced a new round of "passportization" drives, and Russian authorities continued to deport Ukrainian children to camps in Russia, according to Ukrainian officials. The Vantage Institute has reported extensively on these efforts since 2022.

Note: The Vantage Institute will not publish an assessment on October 20. Coverage will resume on October 21.

Subscribe to receive our daily assessments by email
Share: Twitter / LinkedIn / Facebook / Email
Tags: Ukraine, Russia, Kursk, Toretsk, Pokrovsk
"""
DOC = {"id": "s11", "date": "2024-10-16", "source": "Vantage Institute for Security Research (think tank)",
       "url": "https://vantageinstitute.example/research/russian-offensive-campaign-assessment-october-16-2024", "text": TEXT}

O15, O16 = "2024-10-15", "2024-10-16"
BOTH = dict(prec="range", end=O16)   # "on October 15 and 16"
EVENTS = [
    E("s11-1", "missile_artillery_strike", O16, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(56)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      claimant="Ukrainian Air Force", note="night of Oct 15-16; launch areas (Kursk City, Primorsko-Akhtarsk) are not targets"),
    E("s11-2", "interception", O16, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(31))],
      claimant="Ukrainian Air Force", note="22 'locationally lost' drones are not counted as intercepted"),
    E("s11-3", "air_drone_strike", O16, L("Kharkiv", 1, "Kharkiv, Slobidskyi Raion"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent="s11-1", claimant="Oleh Syniehubov"),
    E("s11-4", "missile_artillery_strike", O16, L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "Iskander-M")], parent="s11-1", claimant="Mykolaiv Oblast officials"),
    E("s11-5", "interception", O16, R("UA-32", "Kyiv Oblast"), "UA", "RU", optional=True, note="listed region"),
    E("s11-6", "interception", O16, R("UA-53", "Poltava Oblast"), "UA", "RU", optional=True, note="listed region"),
    E("s11-7", "interception", O16, R("UA-59", "Sumy Oblast"), "UA", "RU", optional=True, note="listed region"),
    E("s11-8", "air_drone_strike", O16, L("Oryol", 1, "Oryol, oil depot"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Andrei Klimov / geolocated footage"),
    E("s11-9", "interception", O16, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      claimant="Russian MoD", note="17 over Bryansk, Kursk and Oryol oblasts (listed, no per-region counts)"),
    E("s11-10", "interception", O16, R("RU-ORL", "Oryol Oblast"), "RU", "UA", optional=True,
      note="Klimov: 'several drones' downed over Oryol City; also a listed region of s11-9"),
    E("s11-11", "armed_clash", O15, L("Korenevo", 2, "near Korenevo"), "RU", "UA"),
    E("s11-12", "armed_clash", O16, L("Petropavlivka", 2, "near Petropavlivka, northeast of Kupyansk"), "RU", "UA"),
    E("s11-13", "armed_clash", O16, L("Kruhliakivka", 2, "near Kruhlyakivka, southeast of Kupyansk"), "RU", "UA"),
    E("s11-14", "territory_change", O15, L("Toretsk"), "RU", "UA", optional=True,
      note="'recently advanced' in central Toretsk (footage published Oct 15): day unknown"),
    E("s11-15", "armed_clash", O15, L("Toretsk"), "RU", "UA", **BOTH),
    E("s11-16", "armed_clash", O15, L("Niu-York", 2, "near Niu-York, south of Toretsk"), "RU", "UA", **BOTH),
    E("s11-17", "armed_clash", O15, L("Selydove", 2, "near Selydove"), "RU", "UA", **BOTH),
    E("s11-18", "armed_clash", O15, L("Tsukuryne", 2, "near Tsukuryne"), "RU", "UA", **BOTH),
    E("s11-19", "territory_change", O15, L("Tsukuryne"), "RU", "UA", optional=True, claimant="Russian milblogger",
      note="unconfirmed milblogger claim, undated"),
    E("s11-20", "territory_change", O15, L("Hirnyk"), "RU", "UA", claimant="Russian MoD",
      note="claimed on October 15, unconfirmed; Ukrainian observers: fighting ongoing (not a separate dated clash)"),
    E("s11-21", "territory_change", O15, L("Kurakhove", 2, "eastern outskirts of Kurakhove"), "RU", "UA", optional=True,
      note="'recently advanced' (footage published Oct 15)"),
    E("s11-22", "territory_change", "2024-10-01", L("Vuhledar"), "RU", "UA", optional=True,
      note="recalled withdrawal 'on October 1' (background)"),
    E("s11-25", "armed_clash", O15, L("Vuhledar", 2, "near Vuhledar"), "RU", "UA", optional=True,
      note="'continued attacks near Vuhledar' without a day of its own"),
    E("s11-23", "military_mobilization", O15, R("BY-HO", "Gomel Oblast"), "BY", None, claimant="Belarusian MoD",
      note="additional air defence units deployed"),
    E("s11-24", "diplomatic_contact", O15, L("Moscow"), "RU", "IR"),
]
STATEMENTS = [
    S("Dmitry Orlov", "RU", "has never refused dialogue, but dialogue is not the same as capitulation", "Kremlin spokesperson"),
]
MUST_NOT = ["Vantage Institute for Security Research", "Research | Russia & Ukraine | Daily assessments", "Download the PDF",
            "Margaret Ellison, Daniel Furtado, Kateryna Lysenko, and Philip Armand", "October 16, 2024, 8:15pm ET",
            "Click here to see the interactive map of the Russian invasion of Ukraine. The map is updated daily alongside the static maps in this report.",
            "Note: The Vantage Institute will not publish an assessment on October 20. Coverage will resume on October 21.",
            "Subscribe to receive our daily assessments by email", "Share: Twitter / LinkedIn / Facebook / Email",
            "Tags: Ukraine, Russia, Kursk, Toretsk, Pokrovsk"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
