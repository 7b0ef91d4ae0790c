from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: Estonia protests Russian airspace violation; Moscow claims Novopavlivka"
TEXT = """The Albion Post
Home › World › Europe › Ukraine › Live
Ukraine war live: Estonia protests Russian airspace violation; Moscow claims Novopavlivka
Last updated 18:52 GMT, Thu 12 Mar 2026
Blog curated by Fiona Marsh (now) and Dmytro Halych (earlier)
Auto-refresh ON | Latest | Key events

Key events
• Estonia says two Russian fighter jets violated its airspace over the Gulf of Finland; Tallinn has summoned Russia's chargé d'affaires.
• Russia's defence ministry claims the capture of Novopavlivka in the Dnipropetrovsk region; Ukraine says fighting continues.
• A Russian glide bomb killed two people in Kharkiv; up to 15 were injured.
• Russia launched 176 drones and three Kalibr cruise missiles overnight; 149 drones and all three missiles were shot down, Ukraine's air force says.
• Romania found drone fragments near Chilia Veche after scrambling F-16s.

18:40 GMT
Estonia summons Russian envoy over airspace violation

Estonia's armed forces say two Russian Su-30 fighter jets entered Estonian airspace near the island of Vaindloo in the Gulf of Finland this afternoon and stayed for about two minutes before NATO air-policing jets escorted them away.

The foreign ministry in Tallinn summoned Russia's chargé d'affaires and handed him a protest note.

"This is the fourth violation of our airspace this year, and each one is more brazen than the last," foreign minister Kristjan Lepp told reporters.
Share ⤴

17:10 GMT
Romanian president in Kyiv

Romania's president arrived in Kyiv on an unannounced visit and met Ukraine's president this afternoon. The two said a joint drone production plant could open in Romania next year and that a memorandum would be signed "in the coming weeks". No figures were given.
Share ⤴

15:55 GMT
Russia claims Novopavlivka, Ukraine says battle goes on

Russia's defence ministry says its troops have captured Novopavlivka, a village in the Dnipropetrovsk region close to the border of the Donetsk region.

Oleksii Dymchuk, a spokesman for Ukraine's forces in the area, told the Albion Post that fighting was continuing on the village's northern outskirts. "Novopavlivka is not taken. The Russians planted a flag on a ruined house and filmed it, that is all," he said.
Share ⤴

14:30 GMT
Glide bomb kills two in Kharkiv

A Russian glide bomb hit a residential area in Kharkiv's Kyivskyi district shortly after 1pm local time, killing two people, the city's mayor, Pavlo Synelnyk, said. Up to 15 people were injured, according to preliminary information.

"There are children among the injured. Emergency crews are still working in the courtyard," Synelnyk wrote on Telegram.
Share ⤴

12:20 GMT
Analysis: what to expect from next week's talks in Geneva

US and Russian envoys are due to meet in Geneva next week for a fourth round of talks on a possible ceasefire. Expectations are low. Moscow still insists that Ukraine withdraw from the parts of the Donetsk region it controls, which Kyiv has repeatedly ruled out.

If a ceasefire were agreed, European officials say monitoring it along a front line of more than 1,000km would require thousands of observers that nobody has yet offered. The Kremlin's spokesman, Yuri Vorontsov, said on Wednesday that Russia was "not in a hurry". "Results matter more than dates," he said.
Share ⤴

10:45 GMT
Drone fragments found in Romania

Romania's defence ministry says fragments of a drone were found this morning near the village of Chilia Veche in Tulcea county, across the Danube from Ukraine, after an overnight Russian attack on Ukrainian ports. Two Romanian F-16s were scrambled at 02:15 local time and residents of northern Tulcea received emergency alerts on their phones. No one was hurt.
Share ⤴

09:30 GMT
Overnight attack: 176 drones and three cruise missiles

Russia launched 176 drones and three Kalibr cruise missiles at Ukraine overnight, Ukraine's air force says. Air defences shot down 149 of the drones and all three missiles.

In the Danube port of Izmail, a drone hit a port facility and injured one worker, the Odesa regional administration said. In Dnipro, a drone struck a 16-storey apartment building, killing a woman and injuring dozens of people, among them four children, the regional governor said.

An attack on an energy facility in the Chernihiv region left about 30,000 households without power, the regional energy company said. Drones were also shot down over the Mykolaiv, Kirovohrad and Vinnytsia regions.
Share ⤴

08:00 GMT
Welcome and catch-up

Good morning and welcome to our live coverage. A quick catch-up on what happened yesterday:

Ukrainian drones hit an oil pumping station near Unecha in Russia's Bryansk region on Wednesday, the regional governor said. No one was hurt, he said.

EU ambassadors in Brussels agreed on Wednesday to extend the bloc's economic sanctions against Russia for another six months. The European Parliament is expected to vote next week on a resolution calling for the confiscation of frozen Russian assets.
Share ⤴

Sign up to Albion Post Headlines — the day's top stories every morning
Comments (412) — Most recent first
Back to top ↑
"""
DOC = {"id": "q11", "date": "2026-03-12", "source": "The Albion Post (live blog)",
       "url": "https://www.albionpost.example/world/live/2026/mar/12/ukraine-war-live-estonia-novopavlivka", "text": TEXT}

D, Y = "2026-03-12", "2026-03-11"
EVENTS = [
    E("q11-1", "military_mobilization", D, C("EE", "Estonia (near Vaindloo, Gulf of Finland)"), "RU", "EE",
      claimant="Estonian armed forces", note="airspace violation by Russian jets; island has no geonames point: country"),
    E("q11-2", "military_mobilization", D, C("EE", "Estonia"), None, "RU", optional=True,
      note="NATO air-policing jets escorting the intruders (nationality not given)"),
    E("q11-3", "diplomatic_contact", D, L("Tallinn"), "EE", "RU", claimant="Estonian foreign ministry",
      note="Russian chargé d'affaires summoned"),
    E("q11-4", "diplomatic_contact", D, L("Kyiv"), "RO", "UA", note="presidents' meeting in Kyiv; memorandum and plant are plans"),
    E("q11-5", "territory_change", D, L("Novopavlivka"), "RU", "UA", claimant="Russian defence ministry",
      note="capture claim, disputed (q11-6)"),
    E("q11-6", "armed_clash", D, L("Novopavlivka", 2, "northern outskirts of Novopavlivka"), "RU", "UA",
      claimant="Oleksii Dymchuk"),
    E("q11-7", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Kyivskyi district"), "RU", "UA", fat=N(2),
      inj=N(15, "at_most"), weapons=[W("guided_bomb")], claimant="Pavlo Synelnyk"),
    E("q11-8", "air_drone_strike", D, L("Chilia Veche", 2, "near Chilia Veche"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Romanian defence ministry",
      note="drone fragments on NATO soil (blind4 judgment 9)"),
    E("q11-9", "military_mobilization", D, C("RO", "Romania"), "RO", None, claimant="Romanian defence ministry",
      note="two F-16s scrambled at 02:15; phone alerts part of the same alert"),
    E("q11-10", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(176)), W("cruise_missile", "Kalibr", launched=N(3))], claimant="Ukrainian air force"),
    E("q11-11", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(149)), W("cruise_missile", "Kalibr", intercepted=N(3))],
      claimant="Ukrainian air force", note="'all three missiles' = 3"),
    E("q11-12", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="q11-10",
      claimant="Odesa regional administration"),
    E("q11-13", "air_drone_strike", D, L("Dnipro"), "RU", "UA", fat=N(1), inj=N(None, "unspecified", low=24),
      weapons=[W("drone")], parent="q11-10", claimant="Dnipropetrovsk regional governor",
      note="'dozens' injured: unspecified, low 24 (two dozen), best null (not scored)"),
    E("q11-14", "air_drone_strike", D, R("UA-74", "Chernihiv region"), "RU", "UA", family=["missile_artillery_strike"],
      parent="q11-10", claimant="regional energy company", note="weapon not stated ('An attack')"),
    E("q11-15", "infrastructure_disruption", D, R("UA-74", "Chernihiv region"), "RU", "UA",
      claimant="regional energy company", note="about 30,000 households without power"),
    E("q11-16", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU", optional=True, note="listed region"),
    E("q11-17", "interception", D, R("UA-35", "Kirovohrad region"), "UA", "RU", optional=True, note="listed region"),
    E("q11-18", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", optional=True, note="listed region"),
    E("q11-19", "air_drone_strike", Y, L("Unecha", 2, "oil pumping station near Unecha"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Bryansk governor", note="recap: 'on Wednesday'"),
    E("q11-20", "policy_decision", Y, L("Brussels"), None, "RU", claimant="The Albion Post",
      note="EU ambassadors extended sanctions 'on Wednesday'; the parliament vote 'next week' is a plan"),
]
STATEMENTS = [
    S("Kristjan Lepp", "EE", "each one is more brazen than the last", "Estonian foreign minister"),
    S("Oleksii Dymchuk", "UA", "Novopavlivka is not taken", "spokesman for Ukrainian forces"),
    S("Pavlo Synelnyk", "UA", "There are children among the injured", "mayor of Kharkiv"),
    S("Yuri Vorontsov", "RU", "not in a hurry", "Kremlin spokesman"),
    S("Yuri Vorontsov", "RU", "Results matter more than dates", "Kremlin spokesman"),
]
MUST_NOT = ["The Albion Post", "Home › World › Europe › Ukraine › Live", "Last updated 18:52 GMT, Thu 12 Mar 2026",
            "Blog curated by Fiona Marsh (now) and Dmytro Halych (earlier)", "Auto-refresh ON | Latest | Key events",
            "Share ⤴", "Sign up to Albion Post Headlines — the day's top stories every morning",
            "Comments (412) — Most recent first", "Back to top ↑"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
