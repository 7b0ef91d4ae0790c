from common import E, L, R, C, N, W, S, gold

TITLE = "Kharkiv mourns as toll from glide-bomb strike on apartment block climbs to 11"
TEXT = """The Daily Sentinel
Subscribe | Sign in | Search
World ▸ Europe ▸ Ukraine
Kharkiv mourns as toll from glide-bomb strike on apartment block climbs to 11
Rescuers pulled two more bodies from the rubble on Thursday as Russian drones struck the city again overnight
Shaun Pryce in Kharkiv
Thu 13 Jun 2024 17.42 BST
The death toll from a Russian glide-bomb attack on a five-storey apartment block in Kharkiv has risen to 11, officials said on Thursday, as rescuers worked through a second night to clear the rubble and the city held a day of mourning.

Two bombs struck the building in the Kyivskyi district at about 7.20pm on Tuesday, collapsing two entrances. By Thursday afternoon 43 people had been treated for injuries, among them four children, the regional governor said. Three residents are still listed as missing.

"Every slab we lift, we hope to hear someone. Since yesterday morning we have heard nobody," said Denys Kovalenko, who leads one of the emergency service teams at the site.

Rescuers search the ruins of the apartment block in Kyivskyi district on Wednesday. Photograph: Vlad Ostap/The Sentinel

Investigators identified the weapons as KAB-500 bombs fitted with gliding kits and released by Russian jets over the Belgorod region, about 40km away, the regional prosecutor's office said.

Russia's defence ministry said on Wednesday that its aircraft had "struck a temporary deployment point of foreign mercenaries in the city of Kharkov", without providing evidence. Residents laughed bitterly at the suggestion.

"Mercenaries? Here lived pensioners, a nurse, a family with twins," said Liudmyla Serhiienko, 54, who was at work when the bombs fell and returned to find her flat gone.

Hours after the city declared Thursday a day of mourning, Shahed drones hit the Shevchenkivskyi district overnight, injuring three people and setting a car repair shop on fire. "Kharkiv will not be broken by this, but it is exhausting the people," the mayor told reporters.

Elsewhere in the region, shelling killed a 63-year-old woman in Zolochiv on Wednesday, the governor said.

In Vovchansk, near the Russian border, where Moscow launched a cross-border offensive last month, Ukraine's military said on Wednesday that its troops had driven Russian units out of the town's aggregate plant after days of close-quarters fighting.

Sentinel Weekend — your Saturday paper at home, from £4.50 a week

Kharkiv, Ukraine's second largest city, sits about 30km from the border and has faced some of the heaviest air attacks of the war. Glide bombs, cheap Soviet-era bombs converted with wings and satellite guidance, have become Russia's weapon of choice against frontline towns, and city officials have pleaded with western allies for more Patriot systems to push Russian jets further away.

Explore more on these topics: Ukraine · Russia · Europe · Kharkiv
Reuse this content
"""
DOC = {"id": "b08", "date": "2024-06-13", "source": "The Daily Sentinel (British broadsheet)",
       "url": "https://www.dailysentinel.example/world/2024/jun/13/kharkiv-glide-bomb-toll-climbs-to-11", "text": TEXT}

D, Y, T = "2024-06-13", "2024-06-12", "2024-06-11"
EVENTS = [
    E("b08-1", "air_drone_strike", T, L("Kharkiv", 1, "Kyivskyi district, Kharkiv"), "RU", "UA", fat=N(11), inj=N(43),
      weapons=[W("guided_bomb", "KAB-500", launched=N(2))], claimant="Kharkiv regional governor",
      note="'at about 7.20pm on Tuesday' = 11 June; the toll as updated on Thursday (11 dead, 43 treated for injuries); "
           "three missing are not counted; the Russian MoD's 'deployment point' is a claim on the same event; the "
           "caption repeats it"),
    E("b08-2", "policy_decision", D, L("Kharkiv"), "UA", None, optional=True,
      note="day of mourning declared for Thursday: a civic decision, not clearly 'about the war' in the taxonomy's sense "
           "-> optional (blind8 call 10)"),
    E("b08-3", "air_drone_strike", D, L("Kharkiv", 1, "Shevchenkivskyi district, Kharkiv"), "RU", "UA", inj=N(3),
      weapons=[W("drone", "Shahed-136")], claimant="Kharkiv mayor",
      note="Shahed drones 'overnight' in a Thursday report = 13 June; three injured"),
    E("b08-4", "missile_artillery_strike", Y, L("Zolochiv-Kh"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Kharkiv regional governor",
      note="shelling 'on Wednesday'; Zolochiv of Kharkiv oblast (686895), not the Lviv-oblast town"),
    E("b08-5", "territory_change", Y, L("Vovchansk", 1, "aggregate plant, Vovchansk"), "UA", "RU",
      claimant="Ukrainian military",
      note="Ukraine says 'on Wednesday' it drove Russian units out of the plant: a local regain dated the claim day; "
           "site coded to its town"),
    E("b08-6", "armed_clash", Y, L("Vovchansk"), "UA", "RU", optional=True,
      note="'after days of close-quarters fighting' for the plant: part of the regain, vague in time -> optional"),
]
STATEMENTS = [
    S("Denys Kovalenko", "UA", "Every slab we lift, we hope to hear someone", "emergency service team leader"),
    S("Russian Defence Ministry", "RU", "struck a temporary deployment point of foreign mercenaries in the city of Kharkov"),
    S("Liudmyla Serhiienko", "UA", "Here lived pensioners, a nurse, a family with twins", "resident"),
    S("Kharkiv mayor", "UA", "Kharkiv will not be broken by this, but it is exhausting the people"),
]
MUST_NOT = ["The Daily Sentinel", "Subscribe | Sign in | Search", "World ▸ Europe ▸ Ukraine", "Shaun Pryce in Kharkiv",
            "Thu 13 Jun 2024 17.42 BST", "Sentinel Weekend — your Saturday paper at home, from £4.50 a week",
            "Explore more on these topics: Ukraine · Russia · Europe · Kharkiv", "Reuse this content"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
