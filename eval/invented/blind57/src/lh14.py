from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, with_evidence

TITLE = "In Kherson, a children's hospital counts the seconds between shells"
TEXT = """RELIEF LINES
Independent journalism from the heart of crises
News | Investigations | Opinion | Podcasts | Data | Newsletters
Ukraine · Health · Conflict
In Kherson, a children's hospital counts the seconds between shells
A nurse was killed on Thursday when a shell hit the surgical wing. Staff say the building is no longer safe – and there is nowhere else to go.
Published 20 March 2026 · Kherson
Olha Verbytska, Freelance journalist
Read time: 6 min
The corridor on the second floor of the Kherson regional children's hospital still smells of wet plaster. Someone has drawn a sun on the plywood that replaced the window where, on Thursday morning, the shell came in.

It struck the surgical wing at around 10:20, hospital staff said. Nurse Liudmyla Koval, 49, who had worked in the building for 26 years, was killed in the corridor. Two of her colleagues and the mother of a patient were wounded. None of the children were hurt; they had been moved to the basement minutes earlier, when the first shells landed in the courtyard.

"Shell, flight, shell. You learn to count the seconds between them. She counted like the rest of us; she just did not have enough seconds," said Natalia Hrytsenko, the head nurse, who has worked beside Koval since 2009.

Russian forces across the Dnipro, on the occupied bank less than five kilometres away, shell the city daily. The regional administration said the hospital was hit by artillery.

By Thursday afternoon, 23 children and their mothers had been evacuated to Mykolaiv in two ambulance buses. The hospital's director, Dr Andrii Melnyk, said the wing would not reopen "until there is glass in the windows and the shelling stops, in that order or the other".

The hospital is not the only health facility under fire this week. The evening before, on Wednesday, a drone dropped explosives on an ambulance in Bilozerka, a town west of Kherson, wounding a paramedic. On Tuesday, shelling damaged the main water pumping station in the city's Dniprovskyi district, cutting off water to about 20,000 residents until supply was restored on Thursday afternoon.

Three days before the hospital strike, on Monday, a drone hit a humanitarian aid distribution point in Antonivka, a suburb on the city's north-eastern edge, killing two volunteers.

Since 1 January, the World Health Organization has verified 131 attacks on health care in Ukraine, more than 40 of them in the Kherson region, said Amira Haddad, a spokesperson for the UN's humanitarian coordination office in Kyiv. "Every one of these attacks is a violation of international humanitarian law. A hospital is not a target, whatever the other side claims about it," she said.

A joint UN convoy to the villages along the river was postponed on Friday for security reasons.

Downstairs, a mother who gave her name only as Svitlana was folding blankets in the basement. Her son, seven, had his appendix removed on Wednesday. "He asks why the nurses are crying. I tell him it's the dust," she said.
Support Relief Lines — our reporting is free for everyone. Donate today.
Republish this article
Related stories: Ukraine's front-line medics: burnout in numbers
© Relief Lines 2026. Relief Lines is an independent, non-profit newsroom.
"""
DOC = {"id": "lh14", "date": "2026-03-20", "source": "Relief Lines (humanitarian news agency)",
       "url": "https://relieflines.example/news/2026/03/20/kherson-childrens-hospital-shelling", "text": TEXT}

D, THU, WED, TUE, MON = "2026-03-20", "2026-03-19", "2026-03-18", "2026-03-17", "2026-03-16"
EVENTS = [
    E("lh14-1", MAS, THU, L("Kherson"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("artillery")],
      claimant="hospital staff; Kherson regional administration",
      note="'on Thursday morning, the shell came in … struck the surgical wing at around 10:20': the nurse killed, 'Two of "
           "her colleagues and the mother of a patient were wounded' = 3 injured; 'None of the children were hurt' adds "
           "nothing; 'hit by artillery' -> missile_artillery_strike; Friday page -> 19 Mar"),
    E("lh14-2", ADS, WED, L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'The evening before, on Wednesday, a drone dropped explosives on an ambulance in Bilozerka … wounding a "
           "paramedic' -> 18 Mar (the evening before the Thursday strike)"),
    E("lh14-3", MAS, TUE, L("Kherson"), "RU", "UA", weapons=[W("artillery")],
      note="'On Tuesday, shelling damaged the main water pumping station in the city's Dniprovskyi district' (district = "
           "the city) -> 17 Mar; casualties not given"),
    E("lh14-4", DIS, TUE, L("Kherson"), "RU", "UA", end=THU, prec="range", parent="lh14-3",
      note="'cutting off water to about 20,000 residents until supply was restored on Thursday afternoon': a water cut "
           "with its length, range 17–19 Mar (blind50 la08)"),
    E("lh14-5", ADS, MON, L("Antonivka"), "RU", "UA", fat=N(2), weapons=[W("drone")],
      note="'Three days before the hospital strike, on Monday, a drone hit a humanitarian aid distribution point in "
           "Antonivka, a suburb on the city's north-eastern edge, killing two volunteers' -> 16 Mar (Thursday minus "
           "three, checked against the weekday); Antonivka 713304, the Kherson suburb"),
]
# Not events: the first shells in the courtyard (part of lh14-1), 'shell the city daily' (habit), the evacuation of 23
# children to Mykolaiv (no taxonomy event), the wing 'would not reopen until …' (future), 'Since 1 January,
# … 131 attacks on health care … more than 40 … in the Kherson region' (cumulative), the UN convoy 'postponed on Friday'
# (non-event: nothing happened), the boy's operation on Wednesday (medical). The standfirst under the headline is text (it
# repeats lh14-1); the 'Published 20 March 2026 · Kherson' stamp is furniture. Every direct quote is gold: the
# director's clause after 'said the wing would not reopen' is a direct quotation of a named person, and the mother who
# 'gave her name only as Svitlana' is named by her given name.
STATEMENTS = [
    S("Natalia Hrytsenko", "UA", "You learn to count the seconds between them", "head nurse, Kherson regional children's hospital"),
    S("Andrii Melnyk", "UA", "until there is glass in the windows and the shelling stops",
      "director, Kherson regional children's hospital"),
    S("Amira Haddad", None, "A hospital is not a target, whatever the other side claims about it",
      "spokesperson, UN humanitarian coordination office in Kyiv"),
    S("Svitlana", "UA", "I tell him it's the dust", "mother of a patient"),
]
MUST_NOT = ["RELIEF LINES", "Independent journalism from the heart of crises",
            "News | Investigations | Opinion | Podcasts | Data | Newsletters", "Ukraine · Health · Conflict",
            "Published 20 March 2026 · Kherson", "Olha Verbytska, Freelance journalist", "Read time: 6 min",
            "Support Relief Lines — our reporting is free for everyone. Donate today.", "Republish this article",
            "Related stories: Ukraine's front-line medics: burnout in numbers",
            "© Relief Lines 2026. Relief Lines is an independent, non-profit newsroom."]

EVIDENCE = {
    'lh14-1': "It struck the surgical wing at around 10:20, hospital staff said.",
    'lh14-2': "The evening before, on Wednesday, a drone dropped explosives on an ambulance in Bilozerka, a town west of Kherson, wounding a paramedic.",
    'lh14-3': "On Tuesday, shelling damaged the main water pumping station in the city's Dniprovskyi district",
    'lh14-4': "cutting off water to about 20,000 residents until supply was restored on Thursday afternoon",
    'lh14-5': "Three days before the hospital strike, on Monday, a drone hit a humanitarian aid distribution point in Antonivka",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
