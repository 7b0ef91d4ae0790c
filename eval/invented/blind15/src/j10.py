from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones set Russian refinery ablaze and target air base, Kyiv says"
TEXT = """Meridian News Network
World  Africa  Americas  Asia  Australia  China  Europe  India  Middle East  United Kingdom
Ukrainian drones set Russian refinery ablaze and target air base, Kyiv says
By Sofia Reyes and Anton Hrebenko, MNN
4 minute read
Updated 6:12 AM EDT, Sat August 30, 2025
Facebook  Tweet  Email  Link
Link Copied!
Kyiv, Ukraine MNN —
Ukrainian drones struck an oil refinery in the Russian city of Syzran early Saturday, starting a large fire, and targeted an air base in southern Russia, Ukraine's military said, in the latest of a string of long-range attacks on Russia's energy and military infrastructure.

The refinery in Syzran, in the Samara region about 800 kilometers (500 miles) from the Ukrainian border, supplies fuel to the Russian army, Ukraine's General Staff said.

"The strike on the Syzran refinery caused a fire in the area of the primary processing unit. The results of the strike are being clarified," the General Staff said.

The governor of the Samara region said a drone attack had caused a fire at "one of the industrial enterprises" in Syzran and that there were no casualties.

Ukraine's General Staff also said its drones had hit the Millerovo air base in the Rostov region, where Su-30 fighter jets are stationed, and that the damage was being assessed.

The acting governor of the Rostov region gave a different account, saying that the attack had been repelled in the Millerovsky and Kamensky districts "without casualties or damage." He said, however, that falling debris had damaged a private house in the town of Kamensk-Shakhtinsky, and that a 58-year-old man had been taken to hospital.

Ad Feedback
Russia's Defense Ministry said its air defenses destroyed 84 Ukrainian drones overnight, including 23 over the Rostov region, 19 over the Samara region and 12 over Crimea. The rest were shot down over the Voronezh, Belgorod and Volgograd regions, the ministry said.

Russia's aviation authority, Rosaviatsia, temporarily restricted flights at the airports of Samara and Ulyanovsk during the night.

Related article
Russia's fuel exports slump as drone strikes take refineries offline
Kyiv has intensified its attacks on Russian refineries this summer, saying they supply fuel for Moscow's war machine. Analysts estimate that up to 17% of Russia's refining capacity was offline at some point in August.

"If Ukraine keeps up this pace into the autumn, Russia could face real shortages of gasoline in its regions, not just price spikes," said Marta Quinlan, an energy analyst at Halden Commodities in London.

Moscow has repeatedly threatened to respond to the strikes, and it has accused Western countries of helping Ukraine plan them – a charge Kyiv denies.

MNN's Olga Voronina contributed reporting.
See all topics
© 2025 Meridian News Network. A Northpoint Media Company. All Rights Reserved.
MNN Sans ™ & © 2016 Meridian News Network.
"""
DOC = {"id": "j10", "date": "2025-08-30", "source": "Meridian News Network",
       "url": "https://edition.mnn.example/2025/08/30/europe/ukraine-drones-syzran-refinery-millerovo-intl", "text": TEXT}

D = "2025-08-30"
EVENTS = [
    E("j10-1", "air_drone_strike", D, L("Syzran", 1, "Syzran refinery"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Ukrainian General Staff; Samara region governor",
      note="one event, two claims: the General Staff's strike and the governor's fire at 'one of the industrial "
           "enterprises' with 'no casualties' (0/0)"),
    E("j10-2", "air_drone_strike", D, L("Millerovo", 2, "Millerovo air base"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      note="Ukrainian claim; the acting governor's 'repelled ... without casualties or damage' is the counter-claim, "
           "folded into the Rostov interception j10-5"),
    E("j10-3", "air_drone_strike", D, L("Kamensk-Shakhtinsky"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="acting Rostov region governor", note="debris on a private house, one man hospitalised (= injured)"),
    E("j10-4", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(84))],
      claimant="Russian Defence Ministry",
      note="nationwide overnight tally (it includes Crimea); coded to Russia at country precision"),
    E("j10-5", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      claimant="Russian Defence Ministry; acting Rostov region governor",
      note="regional count: required; the governor's 'repelled in the Millerovsky and Kamensky districts' is the "
           "same interception"),
    E("j10-6", "interception", D, R("RU-SAM", "Samara region"), "RU", "UA", weapons=[W("drone", intercepted=N(19))],
      claimant="Russian Defence Ministry", note="regional count: required"),
    E("j10-7", "interception", D, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      claimant="Russian Defence Ministry", note="regional count: required; Crimea = UA-43"),
    E("j10-8", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="merely listed region -> optional (ANNOTATION rule 3)"),
    E("j10-9", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="merely listed region -> optional"),
    E("j10-10", "interception", D, R("RU-VGG", "Volgograd region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="merely listed region -> optional"),
    E("j10-11", "infrastructure_disruption", D, L("Samara", 1, "Samara airport"), "UA", "RU", claimant="Rosaviatsia",
      note="temporary flight restrictions during the night; airport coded to its city"),
    E("j10-12", "infrastructure_disruption", D, L("Ulyanovsk", 1, "Ulyanovsk airport"), "UA", "RU",
      claimant="Rosaviatsia", note="temporary flight restrictions during the night; airport coded to its city"),
]
STATEMENTS = [
    S("Ukrainian General Staff", "UA", "The strike on the Syzran refinery caused a fire"),
    S("Marta Quinlan", None, "Russia could face real shortages of gasoline", "energy analyst"),
]
MUST_NOT = ["Meridian News Network", "World  Africa  Americas  Asia  Australia  China  Europe  India  Middle East  United Kingdom",
            "By Sofia Reyes and Anton Hrebenko, MNN", "4 minute read", "Updated 6:12 AM EDT, Sat August 30, 2025",
            "Facebook  Tweet  Email  Link", "Link Copied!", "Ad Feedback", "Related article",
            "Russia's fuel exports slump as drone strikes take refineries offline", "MNN's Olga Voronina contributed reporting.",
            "See all topics", "© 2025 Meridian News Network. A Northpoint Media Company. All Rights Reserved.",
            "MNN Sans ™ & © 2016 Meridian News Network."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
