from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones set Saratov refinery ablaze, strike air base in southern Russia"
TEXT = """EASTBRIDGE PUBLIC RADIO
Listen Live · 89.7 FM | Donate
Section: World
Heard on Morning Dispatch
Ukrainian drones set Saratov refinery ablaze, strike air base in southern Russia
By Alan Marsh and Oksana Petryk
Published August 14, 2025 at 6:02 AM EDT
Audio will be available later today.
Ukrainian drones struck an oil refinery in the Russian city of Saratov early Thursday, starting a large fire and killing one worker, according to the regional governor, in the latest of a string of long-range attacks on Russia's fuel industry.

Videos posted by residents showed a column of black smoke rising over the southern part of the city shortly before dawn. The governor said on Telegram that debris had fallen on the refinery's territory and that a man employed there had died of his injuries in hospital. "All emergency services are working at the site," he wrote.

The refinery's operator said in a brief statement that the fire had been contained by mid-morning and that "the plant continues to operate in normal mode". Eastbridge could not independently confirm that.

Russia's Defense Ministry said air defenses had destroyed 44 Ukrainian drones overnight, including 13 over the Saratov region, 11 over the Rostov region and eight over the Volgograd region; the rest were downed over the Belgorod and Kursk regions.

Russia's aviation authority imposed temporary restrictions on flights at the airports of Saratov and Volgograd for several hours during the attack, delaying at least 20 flights.

Ukraine's General Staff said its forces had also hit the Millerovo air base in the Rostov region overnight, damaging a fuel depot used by Su-30SM fighter jets. "Every refinery and every airfield that feeds this war is a legitimate target for us," said Col. Oleh Yarmak, a spokesman for Ukraine's drone forces. The Rostov region's governor reported only that a fire had broken out "at an industrial facility" in the Millerovo district after a drone was shot down.

Separately, the governor of Russia's Belgorod region said a Ukrainian drone hit a car in the border town of Grayvoron on Wednesday evening, killing the driver and wounding his wife.

Ukraine has attacked Russian refineries with long-range drones since early 2024, arguing that the plants fuel the Russian military. Analysts estimate that at various times up to a sixth of Russia's refining capacity has been knocked offline.

"These strikes are cheap for Ukraine and expensive for Russia. A drone costs maybe $50,000; a refinery unit can take months to rebuild," said Dana Whitcomb, an energy analyst with Gulf Coast Energy Insights in Houston.

Eastbridge Public Radio thanks its sponsors. Become a sponsor.
Sign up for the Eastbridge World newsletter
Copyright 2025 Eastbridge Public Radio
"""
DOC = {"id": "b12", "date": "2025-08-14", "source": "Eastbridge Public Radio (US public broadcaster)",
       "url": "https://www.eastbridgeradio.example/2025/08/14/ukraine-drones-saratov-refinery-millerovo", "text": TEXT}

D, Y = "2025-08-14", "2025-08-13"
EVENTS = [
    E("b12-1", "air_drone_strike", D, L("Saratov"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      claimant="Saratov regional governor",
      note="refinery hit 'early Thursday', one worker died in hospital; the operator's 'normal mode' is a claim on the "
           "same event; refinery coded to the city"),
    E("b12-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(44))],
      claimant="Russian Defence Ministry", note="44 drones destroyed overnight: country-level interception"),
    E("b12-3", "interception", D, R("RU-SAR", "Saratov region"), "RU", "UA", weapons=[W("drone", intercepted=N(13))],
      claimant="Russian Defence Ministry", note="regional count -> required (ANNOTATION rule 3)"),
    E("b12-4", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Defence Ministry", note="regional count -> required"),
    E("b12-5", "interception", D, R("RU-VGG", "Volgograd region"), "RU", "UA", weapons=[W("drone", intercepted=N(8))],
      claimant="Russian Defence Ministry", note="regional count -> required"),
    E("b12-6", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="'the rest were downed over the Belgorod and Kursk regions': listed "
                                              "without a count -> optional"),
    E("b12-7", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="as b12-6"),
    E("b12-8", "infrastructure_disruption", D, L("Saratov", 1, "Saratov airport"), None, "RU",
      family=["policy_decision"], claimant="Russian aviation authority",
      note="temporary flight restrictions during the attack (blind4 call 9: airport closures); airport coded to its "
           "city; actor1 null (restriction caused by the alert, blind16 call 7)"),
    E("b12-9", "infrastructure_disruption", D, L("Volgograd", 1, "Volgograd airport"), None, "RU",
      family=["policy_decision"], claimant="Russian aviation authority", note="as b12-8"),
    E("b12-10", "air_drone_strike", D, L("Millerovo", 1, "Millerovo air base"), "UA", "RU",
      family=["missile_artillery_strike"], claimant="Ukrainian General Staff",
      note="air base hit 'overnight', fuel depot damaged; weapon not said by the General Staff (context of drone strikes; "
           "the Rostov governor mentions a drone) -> missile type accepted; the governor's 'fire at an industrial "
           "facility in the Millerovo district' is the Russian version of the same event"),
    E("b12-11", "air_drone_strike", Y, L("Grayvoron"), "UA", "RU", fat=N(1), inj=N(1), weapons=[W("drone")],
      claimant="Belgorod region governor", note="drone hits a car 'on Wednesday evening' = 13 August; 1 killed, 1 wounded"),
]
STATEMENTS = [
    S("Saratov regional governor", "RU", "All emergency services are working at the site"),
    S("Oleh Yarmak", "UA", "Every refinery and every airfield that feeds this war is a legitimate target for us",
      "spokesman for Ukraine's drone forces"),
    S("Dana Whitcomb", None, "These strikes are cheap for Ukraine and expensive for Russia",
      "energy analyst, Gulf Coast Energy Insights"),
]
MUST_NOT = ["EASTBRIDGE PUBLIC RADIO", "Listen Live · 89.7 FM | Donate", "Section: World", "Heard on Morning Dispatch",
            "By Alan Marsh and Oksana Petryk", "Published August 14, 2025 at 6:02 AM EDT",
            "Audio will be available later today.", "Eastbridge Public Radio thanks its sponsors. Become a sponsor.",
            "Sign up for the Eastbridge World newsletter", "Copyright 2025 Eastbridge Public Radio"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
