from common import E, L, R, C, N, W, S, H, gold, ADS, CLA, TER

TITLE = "Daily note, 6 February 2026: Huliaipole edged, Kupiansk pushed back, Volgograd refinery hit"
TEXT = """VISTULA EASTERN MONITOR
Research | Daily notes | Maps | Events | Team
Daily notes › Russia-Ukraine
Daily note, 6 February 2026: Huliaipole edged, Kupiansk pushed back, Volgograd refinery hit
Published 7 February 2026 · Authors: Agnieszka Zielak, Pavlo Rudenko
Data cut-off: 6 February, 14:00 CET. Footage is dated by the day it was filmed or first published.

Bottom line. Russian forces made a small, confirmed gain inside Huliaipole, while Ukrainian forces recovered ground north of Kupiansk; neither changes the operational picture.

Huliaipole. Geolocated footage published on 5 February shows Russian infantry raising a flag by the grain elevator in the north of Huliaipole, which indicates a marginal advance into the town. Russian forces attacked near Huliaipole before that as well, but we assess that the town is not encircled.

Kupiansk. Ukrainian forces advanced north of Kupiansk, according to geolocated footage first published on 6 February, in which a Ukrainian assault group clears a tree line along the Oskil. "The pocket the Russians had north of the town is now two buildings and a ditch," said Captain Danylo Sheremet, a spokesman for the brigade holding the sector.

Donetsk. Russian forces continued attacks near Kostiantynivka on 5 and 6 February and near Siversk on 6 February, without confirmed gains. There were no confirmed changes near Lyman. Russian troops have attacked near Pokrovsk almost daily since the autumn.

Zaporizhzhia. Fighting took place near Stepnohirsk on 6 February. A Russian milblogger claimed that Russian forces had seized Prymorske, west of Stepnohirsk; we have seen no evidence supporting the claim.

Strikes. Russian aircraft dropped guided bombs on Kramatorsk on 6 February, killing two civilians, the head of the city military administration reported. Ukrainian drones struck the Volgograd oil refinery on the night of 5 to 6 February; the Volgograd governor said falling debris had caused a fire and that no one was hurt.

"Refinery strikes are now a weekly rhythm rather than a campaign, and the Russian repair crews know it," said Agnieszka Zielak, who leads the monitor's Russia desk.

Outlook. We expect Russian forces to try to expand the Huliaipole foothold in the coming days.
Download the map (PDF, 2.1 MB)
Cite as: Vistula Eastern Monitor, Daily note, 6 February 2026.
© 2026 Vistula Eastern Monitor Foundation
"""
DOC = {"id": "lu06", "date": "2026-02-07", "source": "Vistula Eastern Monitor (think tank daily note)",
       "url": "https://vistula-monitor.example/daily/2026-02-06", "text": TEXT}

F5, F6 = "2026-02-05", "2026-02-06"
EVENTS = [
    E("lu06-1", TER, F5, L("Huliaipole"), "RU", "UA", claimant="Vistula Eastern Monitor (geolocated footage)",
      evidence="Geolocated footage published on 5 February shows Russian infantry raising a flag by the grain elevator in the north of Huliaipole",
      note="footage-dated advance inside a town -> the footage day, precision 1 (blind63 call 2); 'not encircled' is "
           "a negation"),
    E("lu06-2", TER, F6, H("Kupiansk", "north of Kupiansk"), "UA", "RU", claimant="Vistula Eastern Monitor (geolocated footage)",
      evidence="Ukrainian forces advanced north of Kupiansk, according to geolocated footage first published on 6 February",
      note="a Ukrainian regain, footage day 6 Feb; 'north of X' = precision 2"),
    E("lu06-3", CLA, F5, H("Kostiantynivka", "near Kostiantynivka"), "RU", "UA", end=F6, prec="range",
      evidence="Russian forces continued attacks near Kostiantynivka on 5 and 6 February",
      note="'attacks near X on 5 and 6 February' -> one clash per place, range from the first day (blind63 call 2)"),
    E("lu06-4", CLA, F6, H("Siversk", "near Siversk"), "RU", "UA",
      evidence="near Siversk on 6 February, without confirmed gains",
      note="the same sentence's second place, its own day"),
    E("lu06-5", CLA, F6, H("Stepnohirsk", "near Stepnohirsk"), "RU", "UA",
      evidence="Fighting took place near Stepnohirsk on 6 February.",
      note="'Fighting' without an attacker named: Russia attacks on this front in the note's framing -> RU"),
    E("lu06-6", ADS, F6, L("Kramatorsk"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      claimant="head of the Kramatorsk city military administration",
      evidence="Russian aircraft dropped guided bombs on Kramatorsk on 6 February, killing two civilians",
      note="guided bombs -> air_drone_strike; no bomb count"),
    E("lu06-7", ADS, F6, L("Volgograd"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Volgograd governor",
      evidence="Ukrainian drones struck the Volgograd oil refinery on the night of 5 to 6 February",
      note="'the night of 5 to 6 February' -> the later day 6 Feb; 'no one was hurt' -> 0/0; the refinery is in the "
           "city (RU-VGG)"),
    E("lu06-8", TER, F6, L("Prymorske"), "RU", "UA", optional=True, claimant="Russian milblogger",
      evidence="A Russian milblogger claimed that Russian forces had seized Prymorske, west of Stepnohirsk",
      note="a capture claim the page doubts -> optional (blind63 call 2); Prymorske 696278 (Zaporizhzhia, W of "
           "Stepnohirsk; not the Odesa or Donetsk namesakes); dated by the data cut-off day 6 Feb"),
]
# Not events: the 'Bottom line' (repeats), 'attacked near Huliaipole before that' (undated), 'not encircled'
# (negation), 'no confirmed changes near Lyman' (negation), 'almost daily since the autumn' near Pokrovsk (habit),
# 'a weekly rhythm' (opinion), the outlook (forecast). Furniture: masthead, menu, breadcrumb, published/authors line,
# PDF line, cite line, ©; the cut-off note stays.
STATEMENTS = [
    S("Danylo Sheremet", "UA", "now two buildings and a ditch", "brigade spokesman, Kupiansk sector"),
    S("Agnieszka Zielak", None, "a weekly rhythm rather than a campaign", "head of the Russia desk, Vistula Eastern Monitor"),
]
MUST_NOT = ["VISTULA EASTERN MONITOR", "Research | Daily notes | Maps | Events | Team", "Daily notes › Russia-Ukraine",
            "Published 7 February 2026 · Authors: Agnieszka Zielak, Pavlo Rudenko", "Download the map (PDF, 2.1 MB)",
            "Cite as: Vistula Eastern Monitor, Daily note, 6 February 2026.",
            "© 2026 Vistula Eastern Monitor Foundation"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
