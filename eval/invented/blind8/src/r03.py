from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine says it hit Russian air base in Crimea; debris damages homes near Sevastopol"
TEXT = """IPW
WORLD NEWS
Ukraine says it hit Russian air base in Crimea; debris damages homes near Sevastopol
By IRYNA DOVHAN and PETER HALLORAN
Updated 11:52 AM EDT, June 10, 2024
Share
Copy Link copied

KYIV, Ukraine (IPW) — Ukraine's military said Monday it had struck a Russian air base outside Sevastopol overnight, damaging a fighter jet and a radar station, while the Russian-installed authorities in the Crimean port city said falling missile fragments had damaged homes and injured two people.

Ukraine's navy spokesman, Dmytro Lysenko, said the attack targeted Belbek airfield on the northern edge of Sevastopol, which Russian aircraft use to launch glide-bomb raids on southern Ukraine. "Belbek is not a safe place for Russian aviation, and it will not be," he said on national television.

Vadim Sorokin, the Moscow-appointed governor of Sevastopol, said on Telegram that air defenses had shot down six missiles over the city's northern side. Debris damaged four private houses in the village of Kacha and injured two residents, one of whom was hospitalized, he said. A substation was also hit, leaving part of the city without electricity for several hours.

"The situation is under control. Repair crews are already working," Sorokin wrote.

Russia's Defense Ministry said separately that its air defense systems had destroyed six U.S.-supplied ATACMS missiles and 11 drones over Crimea and the Black Sea overnight. It did not mention any damage at Belbek.

Traffic on the bridge linking Crimea to Russia's Krasnodar region was halted for about three hours overnight, Russian transport officials said, a routine precaution during air raid alerts.

The Ukrainian navy also said Monday that naval drones had sunk a Russian patrol boat off Chornomorske on Crimea's western coast on Saturday. The Russian military did not comment on that claim.

Ukraine has targeted Belbek repeatedly since the spring, and has used Western-made long-range missiles against air defense systems on the peninsula, which Russia illegally annexed in 2014. Kremlin officials have warned that the use of American weapons against Crimea would have "consequences", without specifying what they would be.

On the mainland, a Russian guided bomb hit the village of Lyptsi north of Kharkiv on Sunday, wounding four people, Kharkiv regional head Vadym Koval said.

___
Follow IPW's coverage of the war in Ukraine at https://ipw.example/hub/russia-ukraine
Copyright 2024 IPW. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "r03", "date": "2024-06-10", "source": "IPW (Independent Press Wire)",
       "url": "https://ipw.example/article/ukraine-crimea-belbek-sevastopol-0610", "text": TEXT}

D = "2024-06-10"
EVENTS = [
    E("r03-1", "missile_artillery_strike", D, L("Sevastopol", 2, "Belbek airfield near Sevastopol"), "UA", "RU",
      weapons=[W("ballistic_missile", "ATACMS")], claimant="Dmytro Lysenko",
      note="overnight into Monday; ATACMS named by the Russian MoD; military target"),
    E("r03-2", "interception", D, L("Sevastopol"), "RU", "UA", weapons=[W("missile", intercepted=N(6))],
      claimant="Vadim Sorokin", note="six missiles shot down over the city's northern side"),
    E("r03-3", "interception", D, R("UA-43", "Crimea"), "RU", "UA", optional=True,
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(6)), W("drone", intercepted=N(11))],
      claimant="Russian Defence Ministry",
      note="MoD version of the same night ('over Crimea and the Black Sea'), duplicates r03-2 plus 11 drones at sea"),
    E("r03-4", "missile_artillery_strike", D, L("Kacha"), "UA", "RU", inj=N(2), claimant="Vadim Sorokin",
      parent="r03-1", note="missile debris on four houses; 'one of whom was hospitalized' is within the two injured"),
    E("r03-5", "infrastructure_disruption", D, L("Sevastopol"), "UA", "RU", claimant="Vadim Sorokin",
      note="substation hit, part of the city without electricity"),
    E("r03-6", "infrastructure_disruption", D, L("Kerch", 2, "Crimean bridge near Kerch"), None, None,
      claimant="Russian transport officials", note="bridge traffic halted about three hours during the alert"),
    E("r03-7", "air_drone_strike", "2024-06-08", L("Chornomorske", 2, "off Chornomorske"), "UA", "RU",
      family=["remote_explosive"], weapons=[W("drone")], claimant="Ukrainian navy",
      note="naval drones sank a patrol boat on Saturday"),
    E("r03-8", "air_drone_strike", "2024-06-09", L("Lyptsi"), "RU", "UA", inj=N(4), weapons=[W("guided_bomb")],
      claimant="Vadym Koval"),
]
STATEMENTS = [
    S("Dmytro Lysenko", "UA", "Belbek is not a safe place for Russian aviation", "Ukrainian navy spokesman"),
    S("Vadim Sorokin", "RU", "Repair crews are already working", "Moscow-appointed governor of Sevastopol"),
]
MUST_NOT = ["WORLD NEWS", "By IRYNA DOVHAN and PETER HALLORAN", "Updated 11:52 AM EDT, June 10, 2024", "Copy Link copied",
            "Follow IPW's coverage of the war in Ukraine at https://ipw.example/hub/russia-ukraine",
            "Copyright 2024 IPW. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
