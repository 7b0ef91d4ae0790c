from common import E, L, R, C, N, W, S, gold

TITLE = "From the Baltic to the Black Sea, a weekend of spillover"
TEXT = """NORTHERN FLANK MONITOR — Weekly Security Brief
Issue 212 | Monday 15 September 2025 | Free edition
In this issue: Moldova · Poland · Baltics · Georgia · Turkey · Black Sea · What to watch
From the Baltic to the Black Sea, a weekend of spillover

MOLDOVA. Border police found fragments of a drone in a field near Ocnița, close to the Ukrainian border, on Saturday morning. No one was hurt. The foreign ministry in Chișinău summoned the Russian ambassador on Sunday and handed him a protest note. "Moldovan airspace is not a corridor for Russian drones," the foreign ministry's spokeswoman, Irina Cojocaru, said. Chișinău has asked for more air-surveillance radars, but the government denied reports that it would ask NATO to deploy air defence units.

POLAND. Polish and allied aircraft were scrambled early on Sunday as Russia attacked western Ukraine, the Operational Command of the Polish Armed Forces said. Rzeszów airport suspended flights for about two hours. Warsaw is considering closing part of its airspace along the Ukrainian and Belarusian borders at night; a decision could come this week.

BALTICS. Estonia said a Russian Mi-8 helicopter entered its airspace near Narva for about a minute on Friday. The foreign ministry in Tallinn summoned Russia's chargé d'affaires on Saturday. Lithuania plans to extend the state of emergency on its border with Belarus, and Latvia may close its last road crossing with Russia if "provocations" continue, ministers said.

GEORGIA. A drifting sea mine exploded near a fishing boat off Poti on Friday, injuring two fishermen, the coast guard said. It was the first such incident off the Georgian coast this year; officials did not say where the mine had come from.

TURKEY. Ankara is ready to host a new round of talks on Black Sea navigation, the foreign ministry said, but neither Moscow nor Kyiv has accepted. Traffic in the Bosporus was halted for three hours on Sunday after a suspicious floating object was reported north of Istanbul; navy divers found it was a buoy.

BLACK SEA. Russia's defence ministry said Black Sea Fleet aviation destroyed four Ukrainian uncrewed boats in the western part of the sea on Saturday night. Ukraine's navy did not comment. Would a maritime truce hold? Not while both sides keep testing each other's lines, says our analyst.

WHAT TO WATCH: NATO defence ministers meet in Brussels on 25 September.
Forward this brief · Manage subscription · Unsubscribe
Northern Flank Monitor is published by NFM Analytics OÜ, Tallinn.
"""
DOC = {"id": "i12", "date": "2025-09-15", "source": "Northern Flank Monitor (weekly security newsletter)",
       "url": "https://nfm.example.ee/brief/212", "text": TEXT}

FR, SA, SU = "2025-09-12", "2025-09-13", "2025-09-14"
EVENTS = [
    E("i12-1", "air_drone_strike", SA, L("Ocnita", 2, "near Ocnița"), "RU", "MD", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drone fragments found on Moldovan soil 'on Saturday morning' = an air_drone_strike RU→MD with 0/0 "
           "(blind4 #9); 'near' = precision 2; Ocnița 617659 (the border district town, not the village 617660)"),
    E("i12-2", "diplomatic_contact", SU, L("Chisinau"), "MD", "RU",
      note="Russian ambassador summoned in Chișinău 'on Sunday'; the radar request (undated) and the denial are not "
           "events"),
    E("i12-3", "military_mobilization", SU, C("PL", "Poland"), "PL", None,
      note="Polish and allied aircraft scrambled 'early on Sunday' (EVENTS.md: scrambled aircraft); no base named: "
           "country"),
    E("i12-10", "missile_artillery_strike", SU, C("UA", "western Ukraine"), "RU", "UA", optional=True,
      family=["air_drone_strike"],
      note="'as Russia attacked western Ukraine' early on Sunday: the attack is only the reason for the scramble, no "
           "place or weapon → optional"),
    E("i12-4", "infrastructure_disruption", SU, L("Rzeszow", 1, "Rzeszów airport"), None, "PL",
      note="airport suspended flights for two hours (airport closure = disruption, blind4 #9); airport coded to its "
           "city; caused by an alert, no perpetrator → actor1 null"),
    E("i12-5", "military_mobilization", FR, L("Narva", 2, "near Narva"), "RU", "EE", optional=True,
      note="Russian helicopter in Estonian airspace 'on Friday': an airspace violation has no clear type in the "
           "taxonomy — optional (military_mobilization)"),
    E("i12-6", "diplomatic_contact", SA, L("Tallinn"), "EE", "RU",
      note="Russia's chargé d'affaires summoned in Tallinn 'on Saturday'"),
    E("i12-7", "remote_explosive", FR, L("Poti", 2, "off Poti"), None, "GE", inj=N(2),
      note="drifting sea mine exploded near a fishing boat 'on Friday', 2 injured; origin not said → actor1 null "
           "(blind4 #8); 'off Poti' = precision 2"),
    E("i12-8", "infrastructure_disruption", SU, L("Istanbul", 2, "Bosporus north of Istanbul"), None, "TR",
      note="Bosporus traffic halted for three hours 'on Sunday' (a false alarm, but the halt happened); actor1 null"),
    E("i12-9", "interception", SA, C(None, "western Black Sea"), "RU", "UA", weapons=[W("drone", intercepted=N(4))],
      note="Russian MoD claim: four uncrewed boats destroyed 'on Saturday night' in the western Black Sea; open sea → "
           "country null; defender RU = actor1. Non-events: Warsaw 'is considering', Lithuania 'plans', Latvia "
           "'may … if', Ankara 'ready to host', the question, the NATO meeting on 25 September (future)"),
]
STATEMENTS = [
    S("Irina Cojocaru", "MD", "Moldovan airspace is not a corridor for Russian drones",
      "foreign ministry spokeswoman"),
]
MUST_NOT = ["NORTHERN FLANK MONITOR — Weekly Security Brief", "Issue 212 | Monday 15 September 2025 | Free edition",
            "In this issue: Moldova · Poland · Baltics · Georgia · Turkey · Black Sea · What to watch",
            "Forward this brief · Manage subscription · Unsubscribe",
            "Northern Flank Monitor is published by NFM Analytics OÜ, Tallinn."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
