from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Russia-Ukraine war live: Ternopil toll rises after a night of missiles and drones across the west"
TEXT = """THE CARROW HERALD
News | World | Europe | Ukraine | Business | Sport | Opinion
LIVE
Russia-Ukraine war live: Ternopil toll rises after a night of missiles and drones across the west
Updated 18 November 2025, 21:40 GMT
Live editors: Fenella Ashcombe and Dev Raghunathan
Show key events only
Key events
21:05 – Guided bomb on Zaporizhzhia
16:20 – Russian MoD claims 46 drones
09:10 – Air force: 39 of 47 missiles downed
Load earlier entries

21:05 Guided bomb kills one in Zaporizhzhia
Away from the west, a guided aerial bomb struck an industrial area of Zaporizhzhia late this evening, the head of the regional military administration said. One man was killed and five people were wounded.

20:30 Ternopil: death toll now 11
Rescuers have raised the toll in Ternopil to 11 dead and 37 injured, the State Emergency Service says. The search under the slabs of the fifth entrance will go on through the night.

"We are working by hand now, because the heavy machinery could bring down what is left," said Roksolana Dmytriv, a spokeswoman for the emergency service in the region.

18:45 Kharkiv: four hurt in Slobidskyi district
A Shahed slammed into a garage cooperative in the Slobidskyi district of Kharkiv shortly after six, the mayor wrote. Four people were hurt, one of them seriously.

17:50 Correction on Lviv
In an earlier entry we said one person had been hurt in Lviv. The regional administration has since clarified that nobody was injured when the drone hit the warehouse on the city's outskirts. We have updated the 07:40 entry.

16:20 Moscow says 46 Ukrainian drones downed
Russia's defence ministry says its air defences destroyed 46 Ukrainian drones overnight, 19 of them over the Bryansk region. It described its own strike on Ukraine as a "massive precision blow" against military-industrial sites.

14:00 Poland scrambled jets overnight
Poland's Operational Command says Polish and allied aircraft were scrambled overnight as Russian missiles flew towards western Ukraine, and ground-based air defence was brought to its highest readiness. Polish airspace was not violated, it added.

"Our pilots were in the air within minutes, and they stayed up until the threat passed," Lt Col Marek Wierzbicki, the command's spokesman, told reporters.

12:35 Emergency cuts in six regions
Ukrenergo says emergency power cuts have been in force since the morning in six regions, Ivano-Frankivsk and Lviv among them. Hourly schedules will also apply in Kyiv tomorrow, the grid operator warned.

11:15 Ternopil: nine dead
The toll in Ternopil has risen to nine, with 31 injured. Two Kh-101 cruise missiles hit the nine-storey block at about 04:20, the regional governor said.

10:05 Energy facility hit in Ivano-Frankivsk region
An energy facility in the Ivano-Frankivsk region was hit during the night, the regional administration says, without saying whether by a missile or a drone. No one was hurt.

09:10 Air force: 438 drones and 39 missiles downed
Ukraine's air force says Russia launched 476 drones and 47 missiles overnight, Kh-101 cruise missiles, Iskander-M ballistic missiles and Kalibrs among them. Of those, 438 drones and 39 missiles were shot down or jammed. Debris fell in 14 locations.

08:30 Kyiv: debris in Sviatoshynskyi district
In Kyiv, fragments of a downed drone fell on a playground in the Sviatoshynskyi district, the city military administration said. Two people had minor cuts.

07:40 Lviv warehouse hit
A drone hit a warehouse on the outskirts of Lviv at about 03:30, the mayor says. Nobody was injured. (This entry was corrected at 17:50.)

06:55 Ternopil strike
At least six people are dead and 22 injured after missiles struck an apartment block in Ternopil, regional officials say.

"The whole building shook, then the staircase was gone," said Ivanna Hrytsak, 63, who lives in the neighbouring block. "My grandson carried me down."

06:10 Welcome
Good morning and welcome to our live coverage. Air raid alerts covered the whole country for most of the night, and we will bring you the news as it comes in.
Sign up for the Europe Morning briefing
Topics: Ukraine | Russia | Poland | Energy
© 2025 The Carrow Herald Ltd
"""
DOC = {"id": "lu01", "date": "2025-11-18", "source": "The Carrow Herald (British newspaper site, live page)",
       "url": "https://carrowherald.example/world/live/2025/nov/18/russia-ukraine-war-live", "text": TEXT}

D = "2025-11-18"
EVENTS = [
    E("lu01-1", MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(476)), W("missile", launched=N(47))], claimant="Ukrainian Air Force",
      evidence="Ukraine's air force says Russia launched 476 drones and 47 missiles overnight",
      note="the nationwide wave 'overnight' in a Tuesday page = 18 Nov; missiles and drones -> typed by the missiles; "
           "country precision; the 47 missiles are of three kinds -> one `missile` entry (blind61 call 7)"),
    E("lu01-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lu01-1", claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(438)), W("missile", intercepted=N(39))],
      evidence="Of those, 438 drones and 39 missiles were shot down or jammed.",
      note="the wave's interception, 'shot down or jammed' counts (blind61 call 7); the key-events link '39 of 47' repeats it"),
    E("lu01-3", MAS, D, L("Ternopil"), "RU", "UA", fat=N(11), inj=N(37), parent="lu01-1",
      weapons=[W("cruise_missile", "Kh-101", launched=N(2))], claimant="State Emergency Service",
      evidence="Rescuers have raised the toll in Ternopil to 11 dead and 37 injured, the State Emergency Service says.",
      note="the toll rises over three entries (06:55 'At least six … and 22', 11:15 nine and 31, 20:30 11 and 37): the "
           "latest wins, one event; 'Two Kh-101 cruise missiles … at about 04:20' gives the weapon and the day"),
    E("lu01-4", ADS, D, H("Lviv", "outskirts of Lviv"), "RU", "UA", fat=N(0), inj=N(0), parent="lu01-1",
      weapons=[W("drone")], claimant="Lviv mayor; Lviv regional administration",
      evidence="A drone hit a warehouse on the outskirts of Lviv at about 03:30, the mayor says.",
      note="03:30 on 18 Nov; outskirts = precision 2; the 17:50 correction ('nobody was injured') replaces the first "
           "report's one injured -> exact 0 injured; nobody killed either -> 0/0"),
    E("lu01-5", MAS, D, R("UA-26", "Ivano-Frankivsk region"), "RU", "UA", fat=N(0), inj=N(0), parent="lu01-1",
      family=[ADS], claimant="Ivano-Frankivsk regional administration",
      evidence="An energy facility in the Ivano-Frankivsk region was hit during the night",
      note="region only (precision 3); 'without saying whether by a missile or a drone' -> both strike types; 'No one was "
           "hurt' -> 0/0"),
    E("lu01-6", DIS, D, C("UA", "Ukraine"), None, None, claimant="Ukrenergo",
      evidence="Ukrenergo says emergency power cuts have been in force since the morning in six regions",
      note="emergency cuts in six regions since the morning of 18 Nov: one disruption at country precision (six "
           "regions, two named); sides null as for grid operators' schedules (blind53 call 6); Kyiv's schedules "
           "'tomorrow' are future -> not an event"),
    E("lu01-7", ADS, D, L("Kyiv"), "RU", "UA", inj=N(2), parent="lu01-1", weapons=[W("drone")],
      claimant="Kyiv city military administration",
      evidence="In Kyiv, fragments of a downed drone fell on a playground in the Sviatoshynskyi district",
      note="debris of a downed drone is a drone strike where it fell; Sviatoshynskyi district = the city; 'Two people "
           "had minor cuts' -> 2 injured"),
    E("lu01-8", MOB, D, C("PL", "Poland"), "PL", None, claimant="Polish Operational Command",
      evidence="Polish and allied aircraft were scrambled overnight as Russian missiles flew towards western Ukraine",
      note="a scramble is the scrambling state's mobilization (blind63 call 6), the night into 18 Nov, country "
           "precision; 'Polish airspace was not violated' is a negation"),
    E("lu01-9", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(46))],
      claimant="Russian Ministry of Defence",
      evidence="Russia's defence ministry says its air defences destroyed 46 Ukrainian drones overnight",
      note="the MoD's overnight count (night into 18 Nov) -> country interception, actor1 the defender RU"),
    E("lu01-10", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="lu01-9",
      weapons=[W("drone", intercepted=N(19))], claimant="Russian Ministry of Defence",
      evidence="19 of them over the Bryansk region",
      note="a region with its own count of downed drones -> required (ANNOTATION 3)"),
    E("lu01-11", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(4), weapons=[W("drone", "Shahed-136")], claimant="Kharkiv mayor",
      evidence="A Shahed slammed into a garage cooperative in the Slobidskyi district of Kharkiv shortly after six",
      note="the 18:45 entry: 'shortly after six' in the evening of 18 Nov, not the night wave -> no parent; Slobidskyi "
           "district = the city; four hurt"),
    E("lu01-12", ADS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(5), weapons=[W("guided_bomb")],
      claimant="head of the Zaporizhzhia regional military administration",
      evidence="a guided aerial bomb struck an industrial area of Zaporizhzhia late this evening",
      note="'late this evening' = 18 Nov; guided bomb -> air_drone_strike; one killed, five wounded"),
    E("lu01-13", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, claimant="Russian Ministry of Defence",
      evidence="its air defences destroyed 46 Ukrainian drones overnight",
      note="the Ukrainian drone attack implied by the MoD's count: no place, no hit -> optional (blind63 'attack on "
           "Russia')"),
]
# Not events: 'Debris fell in 14 locations' (summary of the wave), the search that 'will go on through the night', the
# MoD's "massive precision blow" (the same wave, told by Moscow), 'Polish airspace was not violated' (negation), hourly
# schedules in Kyiv 'tomorrow' (future), the welcome entry's alerts (no incident), the key-events links (repeat entries).
# Furniture: masthead, menu, LIVE label, updated line, editors, key-events block with its three links, load line,
# newsletter, topics, ©.
STATEMENTS = [
    S("Roksolana Dmytriv", "UA", "We are working by hand now", "spokeswoman, State Emergency Service, Ternopil region"),
    S("Marek Wierzbicki", "PL", "they stayed up until the threat passed", "spokesman, Polish Operational Command"),
    S("Ivanna Hrytsak", "UA", "then the staircase was gone", "resident, Ternopil"),
]
# Not gold: "massive precision blow" (the Russian MoD, fragment); "My grandson carried me down." (Hrytsak's second
# sentence, same speaker, covered).
MUST_NOT = ["THE CARROW HERALD", "News | World | Europe | Ukraine | Business | Sport | Opinion", "LIVE",
            "Updated 18 November 2025, 21:40 GMT", "Live editors: Fenella Ashcombe and Dev Raghunathan",
            "Show key events only", "Key events", "21:05 – Guided bomb on Zaporizhzhia",
            "16:20 – Russian MoD claims 46 drones", "09:10 – Air force: 39 of 47 missiles downed", "Load earlier entries",
            "Sign up for the Europe Morning briefing", "Topics: Ukraine | Russia | Poland | Energy",
            "© 2025 The Carrow Herald Ltd"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
