from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB, with_evidence

TITLE = "833 drones and missiles in one night: Russia's largest attack of the war hits Kyiv high-rise, energy and ports"
TEXT = """SHLIAKH
Independent Ukrainian news · English edition
News | War | Politics | Economy | Regions | Opinion | Explainers
Sunday, 8 March 2026, 13:50
Iryna Kovalchuk, Yevhen Dub — Shliakh
Updated at 15:10
833 drones and missiles in one night: Russia's largest attack of the war hits Kyiv high-rise, energy and ports
Russia struck Ukraine overnight on 7-8 March with 833 means of aerial attack, the largest combined strike since the start of the full-scale invasion, the Air Force reported on Sunday morning. Kyiv, the Kyiv, Lviv, Dnipropetrovsk, Odesa and Zaporizhzhia regions came under attack; at least six people were killed across the country.

What the enemy launched, according to the Air Force:
• 788 Shahed-type attack drones and decoy drones of various types;
• 35 cruise missiles (Kh-101 and Kalibr);
• 10 Iskander-M ballistic missiles.

What air defence destroyed:
• 702 drones, either shot down or jammed by electronic warfare;
• 31 cruise missiles;
• 3 ballistic missiles.

Hits by 11 missiles and 86 attack drones were recorded at 23 locations, and debris fell at 14 more. In other words, every seventh weapon reached its target.

"Our crews worked for nine hours without a break. For the mobile fire groups, this was the hardest night since 2022," Air Force spokesman Oleksandr Voronko said on national television.

Kyiv

The heaviest blow fell on the capital. At around 4 a.m., a ballistic missile hit a 16-storey residential building in the Sviatoshynskyi district, collapsing the stairwell between the fifth and the ninth floors.

In the morning, the head of the Kyiv City Military Administration reported three dead. By midday the rescuers had reached the upper floors. As of 13:30, five people are known to have been killed, among them a ten-year-old boy, and 27 injured, 16 of whom were taken to hospital.

"I was holding the door handle when the wall went. I stood in the doorway of a flat that wasn't there any more," said Vasyl Tkachenko, 44, who lives on the eleventh floor.

In the Darnytskyi district, debris of a downed drone fell on the grounds of a kindergarten. Nobody was hurt.

Another strike damaged a substation on the left bank; about 180,000 consumers in the Dniprovskyi and Desnianskyi districts were left without electricity, DTEK Kyiv Electric Networks said. The company did not say what hit the substation.

Kyiv region

Air defence destroyed 94 drones and seven missiles over the Kyiv region, the regional military administration reported.

In the Bila Tserkva district, a drone struck a logistics firm's warehouse. The fire covered 5,000 square metres; two employees were injured.

West

In the Lviv region, cruise missiles struck a gas infrastructure facility near Stryi. The fire was put out by 9 a.m. There were no casualties, the head of the regional military administration said.

Over the Khmelnytskyi region, 41 drones and nine cruise missiles were shot down, the regional administration said.

South and east

In Kryvyi Rih, a ballistic missile hit an energy facility. Some 40,000 subscribers in two districts of the city remain without power.

Odesa: drones attacked port infrastructure, and a grain warehouse burned down. Two port workers were injured.

In Zaporizhzhia, a drone hit a private house at 05:40, killing a 62-year-old man.
Read also: How to prepare a flat for a long blackout: a checklist
Poland

As the missiles flew west, Polish and allied aircraft were scrambled. The Operational Command of the Polish Armed Forces said it had activated all the procedures to protect Polish airspace. No violation was recorded.

The night before

The night before, into Saturday, Russia attacked with 112 drones. Air defence shot down or suppressed 87 of them; there were no casualties.

The week

Over the past week alone, the President wrote on Sunday morning, Russia had launched nearly 2,100 attack drones, more than 1,200 guided aerial bombs and almost 90 missiles of various types against Ukraine. He again asked partners for more interceptors.

"The numbers are growing every week, and the Patriot systems are not," said Olena Kuzmenko, a military analyst at the Kyiv Centre for Air Defence Studies. "Russia produces Shaheds faster than we receive the missiles to shoot them down."

Since the start of March, Ukrainian air defence has destroyed more than 2,600 drones.

A day of mourning has been declared in Kyiv on Monday.
Support Shliakh — become a patron
Follow Shliakh on Google News
Tags: massive attack, Kyiv, air defence, Shahed, ballistic missiles
© 2026 Shliakh. Use of materials is permitted only with a hyperlink to shliakh.example
"""
DOC = {"id": "lh04", "date": "2026-03-08", "source": "Shliakh (Ukrainian national news site, English edition)",
       "url": "https://shliakh.example/en/news/2026/03/08/largest-attack-833", "text": TEXT}

D, SAT = "2026-03-08", "2026-03-07"
W1 = "lh04-1"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(788)), W("cruise_missile", launched=N(35)),
               W("ballistic_missile", "Iskander-M", launched=N(10))],
      note="'Russia struck Ukraine overnight on 7-8 March with 833 means of aerial attack', the bullet list: 788 drones "
           "(attack and decoy drones together), 35 cruise missiles (Kh-101 and Kalibr counted together: one entry, "
           "blind51 lb21), 10 Iskander-M; the night into 8 March -> 8 March; country precision, typed by the missiles; "
           "'at least six people were killed across the country' is the sum of the places, not a count of this event"),
    E("lh04-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(702)), W("cruise_missile", intercepted=N(31)),
               W("ballistic_missile", intercepted=N(3))],
      note="'What air defence destroyed': 702 drones 'either shot down or jammed by electronic warfare' (counted together), "
           "31 cruise, 3 ballistic; 'Hits by 11 missiles and 86 attack drones … at 23 locations' is the remainder"),
    E("lh04-3", MAS, D, L("Kyiv"), "RU", "UA", parent=W1, fat=N(5), inj=N(27),
      weapons=[W("ballistic_missile")],
      note="'At around 4 a.m., a ballistic missile hit a 16-storey residential building in the Sviatoshynskyi district' "
           "(= the city); the toll rises: 'In the morning … three dead', 'As of 13:30, five … killed … and 27 injured, "
           "16 of whom were taken to hospital' -> the latest 5 k 27 w (the 16 are inside the 27)"),
    E("lh04-4", ADS, D, L("Kyiv"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'In the Darnytskyi district, debris of a downed drone fell on the grounds of a kindergarten. Nobody was hurt' "
           "-> a second Kyiv place, 0/0; drone debris -> air_drone_strike"),
    E("lh04-5", MAS, D, L("Kyiv"), "RU", "UA", parent=W1, family=[ADS],
      note="'Another strike damaged a substation on the left bank'; 'The company did not say what hit the substation' "
           "-> both strike types; casualties not given"),
    E("lh04-6", DIS, D, L("Kyiv"), "RU", "UA", parent="lh04-5",
      note="'about 180,000 consumers in the Dniprovskyi and Desnianskyi districts were left without electricity' (city "
           "districts = the city)"),
    E("lh04-7", INT, D, R("UA-32", "Kyiv region"), "UA", "RU", parent="lh04-2",
      weapons=[W("drone", intercepted=N(94)), W("missile", intercepted=N(7))],
      note="'Air defence destroyed 94 drones and seven missiles over the Kyiv region': a region with its own count -> "
           "required; the missiles' kind is not said -> missile"),
    E("lh04-8", ADS, D, H("Bila Tserkva", "Bila Tserkva district"), "RU", "UA", parent=W1, inj=N(2),
      weapons=[W("drone")],
      note="'In the Bila Tserkva district, a drone struck a logistics firm's warehouse … two employees were injured': "
           "a raion named after its centre = precision 2 (UA-32)"),
    E("lh04-9", MAS, D, H("Stryi", "near Stryi"), "RU", "UA", parent=W1, fat=N(0), inj=N(0),
      weapons=[W("cruise_missile")],
      note="'In the Lviv region, cruise missiles struck a gas infrastructure facility near Stryi … There were no "
           "casualties' -> 0/0, near X = precision 2"),
    E("lh04-10", INT, D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent="lh04-2",
      weapons=[W("drone", intercepted=N(41)), W("cruise_missile", intercepted=N(9))],
      note="'Over the Khmelnytskyi region, 41 drones and nine cruise missiles were shot down': a regional count -> "
           "required"),
    E("lh04-11", MAS, D, L("Kryvyi Rih"), "RU", "UA", parent=W1, weapons=[W("ballistic_missile")],
      note="'In Kryvyi Rih, a ballistic missile hit an energy facility' (casualties not given)"),
    E("lh04-12", DIS, D, L("Kryvyi Rih"), "RU", "UA", parent="lh04-11",
      note="'Some 40,000 subscribers in two districts of the city remain without power'"),
    E("lh04-13", ADS, D, L("Odesa"), "RU", "UA", parent=W1, inj=N(2), weapons=[W("drone")],
      note="verbless line 'Odesa: drones attacked port infrastructure, and a grain warehouse burned down. Two port workers "
           "were injured.'"),
    E("lh04-14", ADS, D, L("Zaporizhzhia"), "RU", "UA", parent=W1, fat=N(1), weapons=[W("drone")],
      note="'In Zaporizhzhia, a drone hit a private house at 05:40, killing a 62-year-old man' (injured not given)"),
    E("lh04-15", MOB, D, C("PL", "Poland"), "PL", None,
      note="'Polish and allied aircraft were scrambled … activated all the procedures to protect Polish airspace': the "
           "scrambling state; 'No violation was recorded' is a negation (no event)"),
    E("lh04-16", ADS, SAT, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(112))],
      claimant="Ukrainian Air Force",
      note="'The night before, into Saturday, Russia attacked with 112 drones': the previous night's wave, dated by "
           "'into Saturday' -> 7 March; drones only -> air_drone_strike; not part of the 7-8 March wave"),
    E("lh04-17", INT, SAT, C("UA", "Ukraine"), "UA", "RU", parent="lh04-16",
      weapons=[W("drone", intercepted=N(87))],
      note="'Air defence shot down or suppressed 87 of them'; 'there were no casualties' belongs to the wave, no place"),
    E("lh04-18", MAS, "2026-03-02", C("UA", "Ukraine"), "RU", "UA", end=D, prec="week", agg=True, family=[ADS],
      claimant="President of Ukraine",
      weapons=[W("drone", launched=N(2100, "almost")), W("guided_bomb", launched=N(1200, "at_least")),
               W("missile", launched=N(90, "almost"))],
      note="'Over the past week alone, the President wrote on Sunday morning, Russia had launched nearly 2,100 attack "
           "drones, more than 1,200 guided aerial bombs and almost 90 missiles': the president's week tally said on "
           "the publication Sunday = Mon 2 – Sun 8 March, a required week aggregate (blind49 kz08-7), never the night's "
           "numbers"),
]
# Not events: the regions listed in the lede as 'under attack' (no own incident), 'at least six people were killed across the country' (sum of lh04-3 and lh04-14), 'every seventh weapon
# reached its target' (arithmetic), Voronko's 'hardest night since 2022' (comparison), the earlier toll of three
# (a stage of lh04-3), 'No violation was recorded' (negation), the president's request for interceptors (ask), 'Since
# the start of March … more than 2,600 drones' (cumulative since 1 March), the day of mourning 'on Monday' (future, no
# war event), Kuzmenko's production comparison (analysis). The section headings (Kyiv, Kyiv region, West, South and
# east, Poland, The night before, The week) stay as text; the 'Read also' line in the middle is furniture. Not gold:
# the head of the Kyiv City Military Administration and the President (title only, no direct quotes).
STATEMENTS = [
    S("Oleksandr Voronko", "UA", "this was the hardest night since 2022", "Air Force spokesman"),
    S("Vasyl Tkachenko", "UA", "I stood in the doorway of a flat that wasn't there any more", "resident, Kyiv"),
    S("Olena Kuzmenko", None, "the Patriot systems are not", "military analyst, Kyiv Centre for Air Defence Studies"),
]
MUST_NOT = ["SHLIAKH", "Independent Ukrainian news · English edition",
            "News | War | Politics | Economy | Regions | Opinion | Explainers", "Sunday, 8 March 2026, 13:50",
            "Iryna Kovalchuk, Yevhen Dub — Shliakh", "Updated at 15:10",
            "Read also: How to prepare a flat for a long blackout: a checklist", "Support Shliakh — become a patron",
            "Follow Shliakh on Google News", "Tags: massive attack, Kyiv, air defence, Shahed, ballistic missiles",
            "© 2026 Shliakh. Use of materials is permitted only with a hyperlink to shliakh.example"]

EVIDENCE = {
    'lh04-1': "Russia struck Ukraine overnight on 7-8 March with 833 means of aerial attack, the largest combined strike since the start of the full-scale invasion, the Air Force reported on Sunday morning.",
    'lh04-2': "• 702 drones, either shot down or jammed by electronic warfare;",
    'lh04-3': "At around 4 a.m., a ballistic missile hit a 16-storey residential building in the Sviatoshynskyi district",
    'lh04-4': "In the Darnytskyi district, debris of a downed drone fell on the grounds of a kindergarten. Nobody was hurt.",
    'lh04-5': "Another strike damaged a substation on the left bank",
    'lh04-6': "about 180,000 consumers in the Dniprovskyi and Desnianskyi districts were left without electricity",
    'lh04-7': "Air defence destroyed 94 drones and seven missiles over the Kyiv region, the regional military administration reported.",
    'lh04-8': "In the Bila Tserkva district, a drone struck a logistics firm's warehouse. The fire covered 5,000 square metres; two employees were injured.",
    'lh04-9': "In the Lviv region, cruise missiles struck a gas infrastructure facility near Stryi.",
    'lh04-10': "Over the Khmelnytskyi region, 41 drones and nine cruise missiles were shot down",
    'lh04-11': "In Kryvyi Rih, a ballistic missile hit an energy facility.",
    'lh04-12': "Some 40,000 subscribers in two districts of the city remain without power.",
    'lh04-13': "Odesa: drones attacked port infrastructure, and a grain warehouse burned down. Two port workers were injured.",
    'lh04-14': "In Zaporizhzhia, a drone hit a private house at 05:40, killing a 62-year-old man.",
    'lh04-15': "As the missiles flew west, Polish and allied aircraft were scrambled.",
    'lh04-16': "The night before, into Saturday, Russia attacked with 112 drones.",
    'lh04-17': "Air defence shot down or suppressed 87 of them; there were no casualties.",
    'lh04-18': "Russia had launched nearly 2,100 attack drones, more than 1,200 guided aerial bombs and almost 90 missiles of various types against Ukraine",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
