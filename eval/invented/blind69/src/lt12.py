from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, CLA, POL

TITLE = "Russia's Black Sea flagship sinks; Moscow strikes plant near Kyiv, accuses Ukraine of raid on Bryansk village"
TEXT = """MIN MERIDIAN INTERNATIONAL NEWS
Home | World | Ukraine | Business | Tech | Video
Russia's Black Sea flagship sinks; Moscow strikes plant near Kyiv, accuses Ukraine of raid on Bryansk village
By Gareth Lowry and Olena Vasylchenko
Published April 15, 2022 11:02 a.m. ET
KYIV/MOSCOW (MIN) - The guided-missile cruiser Moskva, flagship of Russia's Black Sea Fleet, has sunk, Russia's Defence Ministry said, a day after Ukraine said it had hit the warship with two Neptune anti-ship missiles.

Ukrainian officials said the missiles struck the cruiser late on Wednesday, about 120 kilometres south of Odesa. Moscow acknowledged a fire and an explosion of ammunition on board but has not said what caused them; the ship sank on Thursday evening in stormy seas while being towed to port, the ministry said. It gave no figure for casualties among the crew of about 500.

"The Neptune is our own missile, built by our own engineers. Two of them were enough," said Capt. Dmytro Rybalko, a spokesman for the Ukrainian navy's southern command.

Overnight, Russia struck what its ministry called a plant making and repairing anti-aircraft and anti-ship missiles on the outskirts of Kyiv with sea-based Kalibr missiles. The ministry warned that the number and scale of strikes on the capital would increase.

Russia accused Ukraine on Thursday of sending two helicopters into the Bryansk region, where it said they fired on residential buildings in the village of Klimovo, wounding seven people, among them a toddler. Ukraine's security service called the claim a fabrication intended to justify new attacks.

In the besieged port of Mariupol, heavy fighting continued on Thursday around the Azovstal steel works and the commercial port, Ukraine's General Staff said, while Russian long-range bombers dropped heavy bombs on the steel works, where Ukrainian marines and national guardsmen are holding out together with hundreds of civilians sheltering in its Soviet-era bunkers.

In Kharkiv, shelling of residential districts on Thursday killed five people and wounded 26, among them a child of seven, the regional governor said.

On Wednesday, the United States announced a new $750 million package of military assistance for Ukraine, which for the first time includes heavy artillery.
Reporting by Gareth Lowry in Kyiv and Olena Vasylchenko in Lviv; additional reporting by the Moscow bureau; Editing by Alan Pierce
Our Standards: The MIN Trust Principles
"""
DOC = {"id": "lt12", "date": "2022-04-15", "source": "MIN Meridian International News (international wire)",
       "url": "https://min-news.example/world/europe/russia-black-sea-flagship-sinks-2022-04-15", "text": TEXT}

D, THU, WED = "2022-04-15", "2022-04-14", "2022-04-13"
EVENTS = [
    E("lt12-1", MAS, WED, H("Odesa", "Black Sea, 120 km south of Odesa"), "UA", "RU",
      weapons=[W("cruise_missile", "Neptune", launched=N(2))], claimant="Ukrainian officials",
      evidence="Ukrainian officials said the missiles struck the cruiser late on Wednesday, about 120 kilometres south of Odesa.",
      note="an anti-ship missile strike -> missile_artillery_strike UA -> RU, dated by the strike ('late on Wednesday' = 13 "
           "Apr), not by the sinking on Thursday (its consequence, no second event); 'about 120 km south of Odesa' -> "
           "precision 2 at Odesa's point (UA-51); two Neptune -> launched 2; crew casualties not given"),
    E("lt12-2", MAS, D, H("Kyiv", "outskirts of Kyiv"), "RU", "UA", weapons=[W("cruise_missile", "Kalibr")],
      claimant="Russian Ministry of Defence",
      evidence="Overnight, Russia struck what its ministry called a plant making and repairing anti-aircraft and anti-ship missiles on the outskirts of Kyiv",
      note="'Overnight' in a Friday page -> 15 Apr; 'outskirts of X' -> precision 2; Kalibr -> cruise_missile; the "
           "warning of more strikes is a threat (no event)"),
    E("lt12-3", ADS, THU, L("Klimovo"), "UA", "RU", inj=N(7), weapons=[W("aircraft")],
      claimant="Russian authorities",
      evidence="where it said they fired on residential buildings in the village of Klimovo, wounding seven people, among them a toddler",
      note="helicopters firing on a village -> air_drone_strike (aircraft), claimed attacker UA; the Ukrainian denial "
           "kept in the note; 'on Thursday' is the accusation day and the page gives no other -> 14 Apr; Klimovo "
           "(RU-BRY), 7 w"),
    E("lt12-4", CLA, THU, L("Mariupol"), "RU", "UA", claimant="Ukrainian General Staff",
      evidence="heavy fighting continued on Thursday around the Azovstal steel works and the commercial port",
      note="ground fighting in the besieged city -> armed_clash, attacker RU; 14 Apr; the steel works and the port are "
           "in the city -> precision 1"),
    E("lt12-5", ADS, THU, L("Mariupol"), "RU", "UA", weapons=[W("aircraft")],
      evidence="Russian long-range bombers dropped heavy bombs on the steel works",
      note="bombers -> air_drone_strike (aircraft) on the Azovstal works in Mariupol, the same Thursday (the sentence "
           "hangs on 'on Thursday'), no casualties stated"),
    E("lt12-6", MAS, THU, L("Kharkiv"), "RU", "UA", fat=N(5), inj=N(26), weapons=[W("artillery")],
      claimant="Kharkiv governor",
      evidence="In Kharkiv, shelling of residential districts on Thursday killed five people and wounded 26",
      note="shelling -> artillery; several districts in one sentence -> one event; 5 k 26 w (the child among them)"),
    E("lt12-7", POL, WED, C("US", "United States"), "US", "UA",
      evidence="On Wednesday, the United States announced a new $750 million package of military assistance for Ukraine",
      note="an aid package -> policy_decision at the deciding country, 13 Apr"),
]
# Not events: the sinking on Thursday evening (the consequence of lt12-1; the ship lost under tow), the fire and
# explosion the ministry acknowledged (the same incident in Moscow's words), the ministry's warning that strikes 'would
# increase' (a threat), the SBU's denial (part of lt12-3's claim), civilians sheltering in the bunkers (a state). Not gold
# statements: none besides Rybalko's. Masthead, menu, byline, published line, credit line and standards line are
# furniture; the 'KYIV/MOSCOW (MIN) -' dateline stays as text.
STATEMENTS = [
    S("Dmytro Rybalko", "UA", "Two of them were enough", "spokesman, Ukrainian navy southern command"),
]
MUST_NOT = ["MIN MERIDIAN INTERNATIONAL NEWS", "Home | World | Ukraine | Business | Tech | Video",
            "By Gareth Lowry and Olena Vasylchenko", "Published April 15, 2022 11:02 a.m. ET",
            "Reporting by Gareth Lowry in Kyiv and Olena Vasylchenko in Lviv; additional reporting by the Moscow bureau; Editing by Alan Pierce",
            "Our Standards: The MIN Trust Principles"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
