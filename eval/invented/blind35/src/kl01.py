from common import E, L, R, C, N, W, S, gold

TITLE = "Missile hits Kharkov regional government building; students told to stay in shelters"
TEXT = """THE GODAVARI TIMES
e-Paper | Epaper Archive | Sign In
World ⟩ Europe ⟩ Russia-Ukraine Crisis
Missile hits Kharkov regional government building; students told to stay in shelters
Updated: Mar 01, 2022, 18:42 IST
Edited by: R. Subramanyam
Also read in: हिन्दी | తెలుగు
A Russian missile struck the regional administration building on the central square of Kharkov on Tuesday morning, killing at least six people and wounding 20 others, Ukrainian emergency services said, as Russian forces stepped up their bombardment of Ukraine's second-largest city.

Footage shared by local journalists showed the blast tearing through the front of the Soviet-era building shortly after 8 am local time. Rescuers were still pulling people from the rubble in the afternoon. "They hit the centre of the city, where there are no soldiers, only people going to work," said Oleh Marchenko, a spokesman for the regional emergency service.

The strike came a day after rocket fire hit residential districts of the city. On Monday, Grad rockets landed in several neighbourhoods, killing nine civilians and injuring 37, according to the regional administration. Moscow denies targeting civilians; the Russian Defence Ministry said on Tuesday it was striking "only military infrastructure" and accused Ukrainian nationalists of using residents as human shields.

Ukrainian troops repelled another attempt by Russian units to enter Kharkov from the north-east on Monday night, the regional governor said, adding that fighting on the outskirts had not stopped.
POLL: Should the government arrange road convoys from Kharkov to the western border? Yes · No · Can't say
North of Kyiv, a Russian military column stretching for more than 60 km was seen on Monday moving towards the capital, according to satellite images released by a private company in the United States.

The first round of talks between Russian and Ukrainian delegations, held on Monday on the Belarusian border in the Gomel region, ended without a breakthrough. A second round is expected in the coming days, though neither side has named a date.

The Ministry of External Affairs on Tuesday urged all Indian nationals to leave Kyiv "urgently, by any available means". An estimated 4,000 Indian students are still in Kharkov, many sheltering in basements and metro stations, according to student associations.

"We have food for two more days. We hear explosions every hour and nobody tells us where the buses will come from," said Aditi Rao, a second-year medical student from Visakhapatnam, speaking by phone from a hostel basement.

Additional evacuation flights from Bucharest and Budapest are planned for Wednesday and Thursday, officials said. If the roads west of Kharkov stay open, students could reach the Polish border in about two days.
Story continues below the advertisement ↓
Also read: Stranded in Sumy, 600 students wait for a safe corridor
Also read: Oil crosses $105 as markets weigh sanctions on Russian banks
Copyright © 2022 Godavari Times Publications Pvt Ltd. Reproduction in any form without permission is prohibited.
"""
DOC = {"id": "kl01", "date": "2022-03-01", "source": "The Godavari Times (Indian daily, English)",
       "url": "https://godavaritimes.example/world/europe/missile-hits-kharkov-regional-government-building-0301", "text": TEXT}

EVENTS = [
    E("kl01-1", "missile_artillery_strike", "2022-03-01", L("Kharkiv", name="Kharkov"), "RU", "UA",
      fat=N(6, "at_least"), inj=N(20), weapons=[W("missile")],
      note="'on Tuesday morning' = publication day; 'at least six' killed, '20 others' wounded; Russian form Kharkov; "
           "the MoD's 'only military infrastructure' is a denial of the target, not a second event"),
    E("kl01-2", "missile_artillery_strike", "2022-02-28", L("Kharkiv", name="Kharkov"), "RU", "UA", fat=N(9), inj=N(37),
      weapons=[W("mlrs", "Grad")],
      note="'On Monday, Grad rockets landed in several neighbourhoods' (28 Feb): one event at the city (districts "
           "unnamed); MLRS"),
    E("kl01-3", "armed_clash", "2022-02-28", L("Kharkiv", 2, "north-eastern outskirts of Kharkov"), "RU", "UA",
      note="'repelled another attempt … to enter Kharkov from the north-east on Monday night': clash, the attacker "
           "RU as actor1; precision 2 (outskirts)"),
    E("kl01-4", "military_mobilization", "2022-02-28", L("Kyiv", 2, "north of Kyiv"), "RU", "UA",
      note="column 'seen on Monday moving towards the capital' 'North of Kyiv': troop movement with a day"),
    E("kl01-5", "diplomatic_contact", "2022-02-28", R("BY-HO", "Gomel region"), None, None,
      note="talks 'held on Monday on the Belarusian border in the Gomel region': two states' delegations, sides null; "
           "the second round 'expected' is a plan"),
]
# Not events: the advisory to leave Kyiv (not a war decision), 4,000 students sheltering (state), flights 'planned',
# 'If the roads … stay open … could reach' (conditional), the poll, the 'Also read' headlines.
STATEMENTS = [
    S("Oleh Marchenko", "UA", "They hit the centre of the city, where there are no soldiers",
      "spokesman for the regional emergency service"),
    S("Aditi Rao", None, "We have food for two more days", "medical student"),
]
MUST_NOT = ["THE GODAVARI TIMES", "e-Paper | Epaper Archive | Sign In", "World ⟩ Europe ⟩ Russia-Ukraine Crisis",
            "Updated: Mar 01, 2022, 18:42 IST", "Edited by: R. Subramanyam", "Also read in: हिन्दी | తెలుగు",
            "POLL: Should the government arrange road convoys from Kharkov to the western border? Yes · No · Can't say",
            "Story continues below the advertisement ↓",
            "Also read: Stranded in Sumy, 600 students wait for a safe corridor",
            "Also read: Oil crosses $105 as markets weigh sanctions on Russian banks",
            "Copyright © 2022 Godavari Times Publications Pvt Ltd. Reproduction in any form without permission is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
