from common import *

TITLE = "Russia says it repelled naval drone attack on Novorossiysk; blast hits depot in Krasnodar region"
TEXT = f"""Black Sea Observer
{TITLE}
Saturday, 18 May 2024 — 11:30 | Maritime security
By Leonid Aksyonov
Cookies: we use cookies to improve your experience. Accept all | Settings

Russia's Black Sea Fleet repelled an attack by Ukrainian uncrewed surface vessels on the port of Novorossiysk overnight, destroying five of the boats, the Russian defence ministry said on Saturday.

One of the naval drones exploded near an oil-loading pier, damaging a tanker moored there, the city's mayor Igor Sinitsyn said on Telegram. No casualties were reported, and the port resumed operations by mid-morning, he said. Residents posted videos of tracer fire over Tsemes Bay and heavy machine-gun fire from warships shortly after 2 a.m.

Ukraine did not claim the attack. A source in Ukraine's navy, speaking on condition of anonymity, told the Black Sea Observer that the operation was aimed at "the ships that fire Kalibr missiles at our cities" and declined to give details.

The defence ministry also said air defences destroyed 51 Ukrainian drones overnight over the Belgorod, Kursk and Krasnodar regions. It did not report any damage.

Separately, an explosion shook an ammunition storage site near the town of Tikhoretsk in the Krasnodar region on Friday evening, followed by a fire that burned through the night. The regional emergencies department said the cause was being established and that residents of two nearby streets had been temporarily evacuated. Officials did not say whether a drone had been involved, and some Russian Telegram channels suggested sabotage.

Novorossiysk became the Black Sea Fleet's main base after Ukrainian missile and drone strikes forced Russia to move most of its warships out of Sevastopol in 2023. Ukraine has used naval drones to sink or damage several Russian ships since the start of the war, including a landing ship near Novorossiysk in August last year.

"Every month they come closer, and every month we are told the bay is protected," one resident, who gave only her first name, Yelena, told the Observer by phone.

Analysts expect further attacks. "Ukraine has shown that it can reach any port on the Black Sea; the only question is how often it chooses to," said maritime analyst Jonas Berger.

Share on Telegram | Share on X | Copy link
Related: Grain corridor traffic hits new high despite strikes
"""
MUST_NOT = ["Saturday, 18 May 2024 — 11:30 | Maritime security", "By Leonid Aksyonov",
            "Cookies: we use cookies to improve your experience. Accept all | Settings",
            "Share on Telegram | Share on X | Copy link", "Related: Grain corridor traffic hits new high despite strikes"]
EVENTS = [
 E("x12-1", "air_drone_strike", "2024-05-18", "UA", "RU", at("Novorossiysk"), fam=["remote_explosive"],
   weapons=[W("drone", "naval drone")], fat=0, inj=0, target="port",
   claimant="Russian defence ministry; Novorossiysk mayor Igor Sinitsyn", note="uncrewed surface vessels"),
 E("x12-2", "interception", "2024-05-18", "RU", "UA", at("Novorossiysk"), weapons=[W("drone", "naval drone", intercepted=n(5))],
   claimant="Russian defence ministry"),
 E("x12-3", "interception", "2024-05-18", "RU", "UA", country("RU"), weapons=[W("drone", intercepted=n(51))],
   claimant="Russian defence ministry", note="51 drones over three listed regions"),
 E("x12-4", "interception", "2024-05-18", "RU", "UA", region("RU-BEL"), optional=True, note="listed region"),
 E("x12-5", "interception", "2024-05-18", "RU", "UA", region("RU-KRS"), optional=True, note="listed region"),
 E("x12-6", "interception", "2024-05-18", "RU", "UA", region("RU-KDA"), optional=True, note="listed region"),
 E("x12-7", "remote_explosive", "2024-05-17", None, "RU", near("Tikhoretsk", "near Tikhoretsk"),
   fam=["air_drone_strike", "missile_artillery_strike", "looting_destruction"], optional=True,
   note="explosion of unknown cause: sabotage only suggested"),
]
STATEMENTS = [
 S("source in Ukraine's navy", "UA", "the ships that fire Kalibr missiles at our cities", "anonymous navy source"),
 S("Yelena", "RU", "Every month they come closer", "resident"),
 S("Jonas Berger", None, "Ukraine has shown that it can reach any port on the Black Sea", "maritime analyst"),
]

def build():
    return article("x12", "2024-05-18", "Black Sea Observer", "https://blacksea-observer.example/maritime/2024/05/18/novorossiysk-naval-drones",
                   "other: naval drone attack + explosion of unknown cause", "naval drones (USV); unclaimed attack; Russian MoD interception tally over listed regions; explosion of unknown cause (optional); cookie banner; history 2023 and 'August last year'",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
