from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, INT, DIS, POL

TITLE = "Glide bombs tear through Zaporizhzhia neighbourhood as death toll climbs to 4"
TEXT = """MPB NEWS
Home | Canada | World | Politics | Business | Health | Opinion | Watch
World · Europe
Glide bombs tear through Zaporizhzhia neighbourhood as death toll climbs to 4
A Canadian citizen visiting her parents is among the wounded, Global Affairs Canada says
Alexandra Tremblay · MPB News · Posted: Nov 08, 2025 12:41 PM EST | Last Updated: 3 hours ago
Social Sharing
Listen to this article · Estimated 5 minutes
Russian glide bombs slammed into a residential neighbourhood of Zaporizhzhia on Saturday afternoon, killing four people and wounding 17, Ukrainian officials said.

Two of the bombs — heavy munitions fitted with wings and satellite guidance, which Russian jets release from beyond the reach of most air defences — landed shortly after 1:30 p.m. local time in the city's Voznesenivskyi district, gutting a row of two-storey houses and the courtyard of a vocational college, according to the head of the regional military administration.

The first figures, released within the hour, spoke of two dead and 11 hurt. By early evening, after rescuers had lifted concrete slabs off a basement where a family had sheltered, the toll stood at four, one of them a 15-year-old girl. Seventeen people were wounded, nine of whom were still in hospital.

"We were pulling people out while the dust was still in the air," said Vasyl Hrytsai, a shift commander with the State Emergency Service in the city. "The second one came maybe forty seconds after the first."

Trams on two lines through the district were halted for the rest of the day, the city council said, and about 3,200 households there lost electricity when a transformer station was crushed.

Among the wounded is a 34-year-old Canadian citizen from Edmonton who had travelled to Zaporizhzhia to see her parents, Global Affairs Canada confirmed in a statement, adding that consular officials were in touch with her family. She was not named.

"She went to bring them winter coats. That's all she went for," her cousin, Oksana Melnychuk, told MPB News by phone from Edmonton.

A quieter night, but not a quiet one
The afternoon strike followed a night in which, according to Ukraine's air force, Russia sent 62 attack drones across the country; 46 of them were shot down or jammed. It did not say where the rest fell.

In the small hours of Saturday, Russian artillery pounded Stepnohirsk, a front-line village south-east of the city, wounding a man of 70, the regional administration said. The day before, a guided bomb dropped on Huliaipole killed a woman in her yard.

Zaporizhzhia, a regional capital that had roughly 700,000 people before the full-scale invasion, lies about 30 kilometres from the nearest Russian positions, and officials there say the city now hears glide bombs more often than missiles. Ukraine has asked its allies for months for more long-range air defence that could reach the aircraft before they release their bombs.

The strike came a day after Canada's defence minister announced, in Ottawa on Friday, a further $68 million in military assistance for Ukraine, most of it earmarked for drones and electronic warfare equipment.

"Glide bombs are cheap, and the planes that drop them stay out of range. Nothing in Friday's package changes that arithmetic," said Danielle Ouimet, who studies air power at the University of Ottawa.

Russia's defence ministry did not comment on the strike. Moscow denies targeting civilians.
RELATED STORIES
Ukraine's power grid braces for another winter under fire
Corrections and clarifications | Submit a news tip | Report error
©2025 Maple Public Broadcasting
"""
DOC = {"id": "ls01", "date": "2025-11-08", "source": "MPB News (Canadian public broadcaster)",
       "url": "https://mpbnews.example/world/zaporizhzhia-glide-bombs-toll-1.7391046", "text": TEXT}

D, FRI = "2025-11-08", "2025-11-07"
WAVE = "ls01-5"
EVENTS = [
    E("ls01-1", ADS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(4), inj=N(17), weapons=[W("guided_bomb", launched=N(2))],
      claimant="head of the Zaporizhzhia regional military administration",
      note="'Russian glide bombs slammed into a residential neighbourhood of Zaporizhzhia on Saturday afternoon' (Sat 8 "
           "Nov = publication day); 'Two of the bombs … landed shortly after 1:30 p.m.' -> guided_bomb launched 2 "
           "(the explanatory apposition names no model); the Voznesenivskyi district is the city; the first figures "
           "'two dead and 11 hurt' are superseded by 'the toll stood at four … Seventeen people were wounded' -> 4 k "
           "17 w; the Canadian citizen is one of the 17 (no event of her own)"),
    E("ls01-2", DIS, D, L("Zaporizhzhia"), "RU", "UA", parent="ls01-1", claimant="Zaporizhzhia city council",
      note="'Trams on two lines through the district were halted … about 3,200 households there lost electricity when "
           "a transformer station was crushed': one disruption caused by the strike, child of ls01-1"),
    E("ls01-3", MAS, D, L("Stepnohirsk"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      claimant="Zaporizhzhia regional administration",
      note="'In the small hours of Saturday, Russian artillery pounded Stepnohirsk … wounding a man of 70' -> 8 Nov, "
           "the village itself (south-east of the city: direction checked on the points)"),
    E("ls01-4", ADS, FRI, L("Huliaipole"), None, "UA", fat=N(1), weapons=[W("guided_bomb", launched=N(1))],
      note="'The day before, a guided bomb dropped on Huliaipole killed a woman in her yard' -> the day before the "
           "Saturday night = Friday 7 Nov; 'a guided bomb' = one (Huliaipole 707898, Zaporizhzhia oblast, not the "
           "Dnipropetrovsk village); agentless -> actor1 null (blind22 call 1)"),
    E(WAVE, ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(62))], claimant="Ukrainian Air Force",
      note="'a night in which … Russia sent 62 attack drones across the country': a drones-only nationwide wave on the "
           "night into Saturday -> country precision, air_drone_strike; the afternoon glide bombs are not its children"),
    E("ls01-6", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, weapons=[W("drone", intercepted=N(46))],
      claimant="Ukrainian Air Force",
      note="'46 of them were shot down or jammed' -> the wave's interception (jammed counts, blind61 call 7)"),
    E("ls01-7", POL, FRI, C("CA", "Canada"), "CA", "UA", claimant="Canadian defence minister",
      note="'Canada's defence minister announced, in Ottawa on Friday, a further $68 million in military assistance' "
           "-> an aid decision at the deciding country (country precision, as blind53 ld02-1), Fri 7 Nov"),
]
# Not events: the first toll 'two dead and 11 hurt' (a stage of ls01-1), the Canadian citizen and the consular contact
# (part of the toll / consular work), 'It did not say where the rest fell', the city's size and distance from the front
# (background), 'the city now hears glide bombs more often than missiles' (habit), Ukraine's requests 'for months'
# (habit), 'Moscow denies targeting civilians' (general denial), the ministry's silence (negation). The kicker 'A quieter
# night, but not a quiet one' and the standfirst stay as text. Not gold statements: none left (every quote is gold).
STATEMENTS = [
    S("Vasyl Hrytsai", "UA", "We were pulling people out while the dust was still in the air",
      "shift commander, State Emergency Service, Zaporizhzhia"),
    S("Oksana Melnychuk", "CA", "She went to bring them winter coats", "cousin of a wounded Canadian, Edmonton"),
    S("Danielle Ouimet", None, "Nothing in Friday's package changes that arithmetic", "air power researcher, University of Ottawa"),
]
MUST_NOT = ["MPB NEWS", "Home | Canada | World | Politics | Business | Health | Opinion | Watch", "World · Europe",
            "Alexandra Tremblay · MPB News · Posted: Nov 08, 2025 12:41 PM EST | Last Updated: 3 hours ago",
            "Social Sharing", "Listen to this article · Estimated 5 minutes", "RELATED STORIES",
            "Ukraine's power grid braces for another winter under fire",
            "Corrections and clarifications | Submit a news tip | Report error", "©2025 Maple Public Broadcasting"]
EVIDENCE = {
    "ls01-1": "Russian glide bombs slammed into a residential neighbourhood of Zaporizhzhia on Saturday afternoon, killing four people and wounding 17, Ukrainian officials said.",
    "ls01-2": "about 3,200 households there lost electricity when a transformer station was crushed",
    "ls01-3": "In the small hours of Saturday, Russian artillery pounded Stepnohirsk, a front-line village south-east of the city, wounding a man of 70",
    "ls01-4": "The day before, a guided bomb dropped on Huliaipole killed a woman in her yard.",
    "ls01-5": "Russia sent 62 attack drones across the country",
    "ls01-6": "46 of them were shot down or jammed",
    "ls01-7": "Canada's defence minister announced, in Ottawa on Friday, a further $68 million in military assistance for Ukraine",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
