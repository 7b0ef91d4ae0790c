from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, POL, DIP

TITLE = "Mariupol theatre: Rescuers dig for survivors after strike on building sheltering families"
TEXT = """ABN NEWS
Home | UK | World | Business | Politics | Tech | Science | Health | In Pictures
World › Europe
Mariupol theatre: Rescuers dig for survivors after strike on building sheltering families
Published 17 March 2022, 09:14 GMT
Share this page
By Helen Ashdown in Lviv and Marek Dunn
Image source, Mariupol City Council
Before the strike, the word "children" had been painted in huge white letters on the ground on both sides of the theatre
Rescuers in Mariupol have started to bring people out of the basement of the city's drama theatre, which local officials say was destroyed by a Russian air strike on Wednesday afternoon while hundreds of civilians were sheltering inside.

How many died is still unclear. The bomb shelter under the building held, Ukraine's human rights ombudswoman said on Thursday morning, but its entrance was buried under rubble from the collapsed centre of the theatre, and nobody could say how many people were still down there.

More than a thousand people had been living in the theatre, according to the city council - most of them families whose flats had been burned out or flattened in three weeks of siege.

Russia's defence ministry denied that its aircraft had attacked the theatre, saying its forces "do not strike civilian targets".

The city council said a Russian plane had also bombed a swimming-pool complex on Wednesday, where women with small children had been sheltering. There was no word on casualties there.

"We drove past the theatre on Tuesday. People were cooking on fires outside and children were running around. I keep seeing them," said Mariia Kotsiuba, who reached Zaporizhzhia on Wednesday night after leaving Mariupol by car.

About 6,500 cars got out of the city along the road to Zaporizhzhia on Wednesday, the council said - the biggest departure since the siege began - but buses sent to collect those without cars have still not been allowed in.

Queue for bread
In Chernihiv, in the north, at least 13 people were killed on Wednesday morning when Russian shells landed among residents queuing for bread outside a supermarket, regional officials said.

"We have no running water in the operating theatre. We wash instruments with whatever people bring us in bottles," said Yurii Matviienko, a surgeon at the city's regional hospital.

Debris from a Russian missile brought down by air defences crashed into a 16-storey block of flats in Kyiv's Darnytskyi district at about 05:00 on Thursday. A woman died and three other residents were hurt, the emergency service said.

Ukraine's air force said on Thursday that it had shot down four Russian helicopters and a plane the previous day.

The West responds
In Washington, the US president announced a further $800m (£610m) of military aid on Wednesday, including hundreds of Stinger anti-aircraft systems, thousands of anti-tank weapons and 100 drones. The announcement came hours after Ukraine's president addressed the US Congress by video link, asking again for a no-fly zone that Nato has ruled out.

Russia's foreign minister said on Wednesday that a neutral status for Ukraine was "being seriously discussed" in talks, but Ukrainian negotiators said Moscow's positions had not changed.

"Besiege a city, open corridors, then shell the corridors: we watched the same sequence in Grozny and in Aleppo," said Dr Fiona Galbraith, a researcher at the Thames Institute for Strategic Studies.
Related Topics
Russia-Ukraine war · Mariupol · Chernihiv
More on this story
How Mariupol's siege unfolded, in maps
Copyright © 2022 ABN. ABN is not responsible for the content of external sites.
"""
DOC = {"id": "lf02", "date": "2022-03-17", "source": "ABN News (British public broadcaster's website)",
       "url": "https://www.abn-news.example/news/world-europe-60771200", "text": TEXT}

D, WED = "2022-03-17", "2022-03-16"
EVENTS = [
    E("lf02-1", ADS, WED, L("Mariupol"), "RU", "UA", weapons=[W("aircraft")],
      evidence="which local officials say was destroyed by a Russian air strike on Wednesday afternoon while hundreds of civilians were sheltering inside",
      note="the drama theatre, 'destroyed by a Russian air strike on Wednesday afternoon' (16 March): air strike -> "
           "air_drone_strike; the toll is 'still unclear' -> counts absent; the Russian ministry only denies (no "
           "counter-accusation), so the attributed attacker RU stays actor1 (this set's call 3)"),
    E("lf02-2", ADS, WED, L("Mariupol"), "RU", "UA", weapons=[W("aircraft")],
      evidence="The city council said a Russian plane had also bombed a swimming-pool complex on Wednesday",
      note="a second site in the same city, bombed by a plane on Wednesday: its own event; 'no word on casualties' -> "
           "absent"),
    E("lf02-3", MAS, WED, L("Chernihiv"), "RU", "UA", fat=N(13, "at_least"), weapons=[W("artillery")],
      evidence="In Chernihiv, in the north, at least 13 people were killed on Wednesday morning when Russian shells landed among residents queuing for bread outside a supermarket",
      note="'at least 13' killed by Russian shells 'on Wednesday morning' (16 March) -> at_least 13, artillery"),
    E("lf02-4", INT, D, L("Kyiv"), "UA", "RU", weapons=[W("missile", intercepted=N(1))],
      evidence="Debris from a Russian missile brought down by air defences crashed into a 16-storey block of flats in Kyiv's Darnytskyi district at about 05:00 on Thursday",
      note="'a Russian missile brought down by air defences' over Kyiv on Thursday: the interception of one missile "
           "(blind53 ld06: an intercepted missile whose fragments hit gives two events)"),
    E("lf02-5", MAS, D, L("Kyiv"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("missile")],
      evidence="A woman died and three other residents were hurt, the emergency service said",
      note="the debris on the block in the Darnytskyi district (= Kyiv) at about 05:00 on Thursday: 'A woman died and three other residents were hurt' -> 1 k 3 w"),
    E("lf02-6", INT, WED, C("UA", "Ukraine"), "UA", "RU", weapons=[W("aircraft", intercepted=N(5))],
      claimant="Ukrainian Air Force",
      evidence="Ukraine's air force said on Thursday that it had shot down four Russian helicopters and a plane the previous day",
      note="'the previous day' of a Thursday statement = Wednesday 16 March; four helicopters and a plane = 5 aircraft "
           "intercepted; no place -> country"),
    E("lf02-7", POL, WED, C("US", "United States"), "US", "UA",
      evidence="In Washington, the US president announced a further $800m (£610m) of military aid on Wednesday",
      note="an aid package at the deciding country (precision 4) although Washington is named (blind49 call 10)"),
    E("lf02-8", DIP, WED, C("US", "United States"), "UA", "US", optional=True,
      evidence="Ukraine's president addressed the US Congress by video link",
      note="a speech to a foreign parliament by video link on Wednesday: contact between officials, but no meeting -> "
           "optional; the place is the audience's country"),
]
# Not events: the shelter 'held' and people 'still down there' (state), 'More than a thousand people had been living in
# the theatre' (state), the Russian ministry's denial (a claim about lf02-1), 'About 6,500 cars got out of the city'
# (movement of civilians, no taxonomy type), buses 'have still not been allowed in' (negation), the no-fly zone 'that Nato
# has ruled out' (negated plan), the foreign minister's neutral status 'being seriously discussed' (opinion), 'Moscow's
# positions had not changed'. Quoted fragments that are not gold statements: "children" (the painted word), "do not
# strike civilian targets" (ministry), "being seriously discussed" (minister, title only). Masthead, menu, section line,
# date line, 'Share this page', byline, the own-line image credit, 'Related Topics' and its tag line, 'More on this
# story' and its headline, and the copyright line are furniture; the caption and the cross-heads stay as text.
STATEMENTS = [
    S("Mariia Kotsiuba", "UA", "People were cooking on fires outside and children were running around",
      "resident of Mariupol who left by car"),
    S("Yurii Matviienko", "UA", "We wash instruments with whatever people bring us in bottles",
      "surgeon, Chernihiv regional hospital"),
    S("Fiona Galbraith", None, "Besiege a city, open corridors, then shell the corridors",
      "researcher, Thames Institute for Strategic Studies"),
]
MUST_NOT = ["ABN NEWS", "Home | UK | World | Business | Politics | Tech | Science | Health | In Pictures",
            "World › Europe", "Published 17 March 2022, 09:14 GMT", "Share this page",
            "By Helen Ashdown in Lviv and Marek Dunn", "Image source, Mariupol City Council", "Related Topics",
            "Russia-Ukraine war · Mariupol · Chernihiv", "More on this story", "How Mariupol's siege unfolded, in maps",
            "Copyright © 2022 ABN. ABN is not responsible for the content of external sites."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
