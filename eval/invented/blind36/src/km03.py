from common import E, L, R, C, N, W, S, gold

TITLE = "Guided bombs hit a dormitory in Zaporizhzhia: three dead, 17 injured"
TEXT = """KHORTYTSIA TODAY
Zaporizhzhia region news · since 2009
LIVE ▸ 11:02 Air raid alert in Zaporizhzhia district ▸ 10:48 Trolleybus route 3 back in service ▸ 10:31 Blood donors wanted at regional hospital ▸ 10:15 Schools switch to online lessons
📲 Get Khortytsia Today in the app — faster alerts, no ads · Open
City | Region | Front | Business | Sport | Culture
Guided bombs hit a dormitory in Zaporizhzhia: three dead, 17 injured
10 February 2026 · 09:58 · updated 11:20 · Views 7 904 · 💬 31 comments
Russian aircraft dropped four KAB guided bombs on Zaporizhzhia on Tuesday morning, one of which hit a five-storey dormitory in the Komunarskyi district, killing three people and injuring 17, the regional governor said.

Rescuers were still searching the rubble for at least one more resident by late morning, the State Emergency Service said. Among the injured are two children; four people are in a serious condition.

"The bomb hit the stairwell, so people on the upper floors could not get down. We took them out through the windows with ladders," said Olena Pidhorna, a spokeswoman for the emergency service in the region.
◀ Previous | Photo 2 of 6 | Next ▶
Rescuers at the damaged dormitory on Tuesday morning. Photo: State Emergency Service in Zaporizhzhia region
Overnight, air defence shot down 14 drones over the region, the governor added.

Over the past day, Russian forces carried out 611 strikes on 17 settlements of the Zaporizhzhia region, according to the regional military administration, including nine air strikes, 379 drone attacks and 223 artillery strikes. Four people were killed and 22 injured across the region, the administration said, counting the victims in Zaporizhzhia.

In Huliaipole, a guided bomb destroyed a private house, killing a 70-year-old man. Orikhiv came under an air strike that injured two women. In Stepnohirsk, an FPV drone hit a car and injured its driver. Artillery shells damaged a shop in Malokaterynivka; no one was hurt there.

"There are about 900 people still living in the town, mostly elderly. We bring bread twice a week, and only in fog, when the drones cannot see," said Serhii Yarmak, head of the Huliaipole military administration.

Guided bombs have hit Zaporizhzhia almost every week since the autumn, and officials have warned that Russia could begin using heavier bombs against the city if its aircraft move closer to the front. The regional administration is considering whether to extend compulsory evacuation to more villages near the front line, a spokesman said.
Read also
→ How Zaporizhzhia's underground schools work during alerts
→ Volunteers repair windows in Shevchenkivskyi district for free
Join the discussion (31) — comments are moderated and appear after review
Khortytsia Today LLC · registered media, ID R40-01872 · editor@khortytsia.example
"""
DOC = {"id": "km03", "date": "2026-02-10", "source": "Khortytsia Today (Zaporizhzhia regional news site)",
       "url": "https://khortytsia.example/news/2026/02/10/guided-bombs-dormitory-zaporizhzhia", "text": TEXT}

D, Y = "2026-02-10", "2026-02-09"
EVENTS = [
    E("km03-1", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(3), inj=N(17),
      weapons=[W("guided_bomb", "KAB", launched=N(4))],
      note="four KAB guided bombs on Zaporizhzhia 'on Tuesday morning' (publication day), dormitory in Komunarskyi "
           "district (= the city): 3 killed, 17 injured (the first figures; 'at least one more' is a missing person)"),
    E("km03-2", "interception", D, R("UA-23", "Zaporizhzhia region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(14))],
      note="'Overnight, air defence shot down 14 drones over the region' in a Tuesday report = 10 Feb; regional count "
           "-> required"),
    E("km03-3", "air_drone_strike", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(4), inj=N(22), family=["missile_artillery_strike"],
      note="'Over the past day … 611 strikes on 17 settlements' (nine air strikes, 379 drone attacks, 223 artillery "
           "strikes: counts of attacks, not munitions, blind28 call 4) = required aggregate range 9-10 Feb with the "
           "region's 4 killed / 22 injured; drone attacks dominate, artillery accepted"),
    E("km03-4", "air_drone_strike", Y, L("Huliaipole"), "RU", "UA", end=D, prec="range", fat=N(1), parent="km03-3",
      weapons=[W("guided_bomb")],
      note="past-day place line without an hour = range, child of the tally (blind16 call 1): guided bomb, 1 killed"),
    E("km03-5", "air_drone_strike", Y, L("Orikhiv"), "RU", "UA", end=D, prec="range", inj=N(2), parent="km03-3",
      note="'came under an air strike that injured two women' (range, child of the tally)"),
    E("km03-6", "air_drone_strike", Y, L("Stepnohirsk"), "RU", "UA", end=D, prec="range", inj=N(1), parent="km03-3",
      weapons=[W("drone")],
      note="FPV drone on a car, driver injured (range, child of the tally)"),
    E("km03-7", "missile_artillery_strike", Y, L("Malokaterynivka"), "RU", "UA", end=D, prec="range", fat=N(0),
      inj=N(0), parent="km03-3", weapons=[W("artillery")],
      note="artillery shells damaged a shop; 'no one was hurt there' = 0/0 (range, child of the tally)"),
]
# Not events: the caption's photo (same dormitory strike), 'have hit … almost every week since the autumn' (habitual),
# 'could begin using heavier bombs if' (conditional), the evacuation 'is considering' (no decision), the live-ticker
# strip (furniture: alert, trolleybus, donors, schools).
STATEMENTS = [
    S("Olena Pidhorna", "UA", "We took them out through the windows with ladders",
      "spokeswoman, State Emergency Service in Zaporizhzhia region"),
    S("Serhii Yarmak", "UA", "We bring bread twice a week, and only in fog", "head of the Huliaipole military administration"),
]
MUST_NOT = ["KHORTYTSIA TODAY", "Zaporizhzhia region news · since 2009",
            "LIVE ▸ 11:02 Air raid alert in Zaporizhzhia district ▸ 10:48 Trolleybus route 3 back in service ▸ 10:31 "
            "Blood donors wanted at regional hospital ▸ 10:15 Schools switch to online lessons",
            "📲 Get Khortytsia Today in the app — faster alerts, no ads · Open",
            "City | Region | Front | Business | Sport | Culture",
            "10 February 2026 · 09:58 · updated 11:20 · Views 7 904 · 💬 31 comments",
            "◀ Previous | Photo 2 of 6 | Next ▶", "Read also",
            "→ How Zaporizhzhia's underground schools work during alerts",
            "→ Volunteers repair windows in Shevchenkivskyi district for free",
            "Join the discussion (31) — comments are moderated and appear after review",
            "Khortytsia Today LLC · registered media, ID R40-01872 · editor@khortytsia.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
