from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, REX, ABD

TITLE = "Consequences of Russian attacks on Kherson region on 14 March: list of recorded crimes"
TEXT = """Office of the Prosecutor General
KHERSON REGIONAL PROSECUTOR'S OFFICE
Українською | In English
Home | The office | Press centre | War crimes | Citizens' appeals
Press centre › War crimes › Daily list
Consequences of Russian attacks on Kherson region on 14 March: list of recorded crimes
15.03.2023 | 10:05
The regional prosecutor's office has recorded the following incidents of 14 March 2023. In each case, a pre-trial investigation has been opened under Article 438 of the Criminal Code (breaches of the rules of war).

1. Kherson, Korabelnyi district. At about 08:15, a 61-year-old man walking to a grocery store was wounded by an artillery shell fragment.

2. Kherson, Dniprovskyi district. Shortly before noon, a multi-storey residential building came under fire from multiple rocket launchers. A woman aged 54 was killed; two other residents were injured.

3. Bilozerka. A drone belonging to the Russian army dropped an explosive device onto the yard of a private house. The owner, 38, sustained shrapnel wounds.

4. Chornobaivka. In a field outside the village, a tractor was struck by shellfire. Its driver, a 43-year-old man, was hospitalised.

5. Beryslav. Two aerial bombs fitted with guided gliding kits (UMPK) hit the town centre around 14:30. Three civilians were injured; the building of the former bank was destroyed.

6. Lvove, Beryslav district. As a result of mortar shelling, a barn and a car were destroyed. No casualties.

7. Novovorontsovka. The building of the village council was damaged in a drone attack. Nobody was injured.

8. Velyka Oleksandrivka hromada. On a field road near the village of Velyka Oleksandrivka, a 57-year-old farmer died when his car drove over an explosive object.

In addition, prosecutors yesterday served a notice of suspicion in absentia on a serviceman of the Russian Armed Forces. According to the investigation, on 21 August 2022, in then-occupied Kherson, he detained a local volunteer at a checkpoint on Perekopska Street and held him in a basement of the "commandant's office" for 37 days, beating him during interrogations.

Since the de-occupation of the right bank last autumn, Russian troops have shelled the region more than 3,700 times, according to the office.

"For the families, the number in our list matters less than the fact that a name stands behind each line, and that someone will answer for it," said Anastasiia Tkachuk, head of the office's department for combating crimes committed in armed conflict.

Under the procedural guidance of the prosecutors, investigators of the National Police are establishing all the circumstances.
Press service of the Kherson Regional Prosecutor's Office
#war_crimes #Kherson_region #Art438
Reprinting is allowed with a link to the official website of the Prosecutor General's Office.
"""
DOC = {"id": "ld04", "date": "2023-03-15", "source": "Kherson Regional Prosecutor's Office (official website, daily list)",
       "url": "https://kherson-prosecutor.example/en/news/2023-03-15-daily-list", "text": TEXT}

Y = "2023-03-14"
PO = "Kherson Regional Prosecutor's Office"
EVENTS = [
    E("ld04-1", MAS, Y, L("Kherson"), "RU", "UA", inj=N(1), claimant=PO, weapons=[W("artillery")],
      note="item 1: 'incidents of 14 March' (published 15 March); 'At about 08:15 … wounded by an artillery shell "
           "fragment' in the Korabelnyi district (= the city)"),
    E("ld04-2", MAS, Y, L("Kherson"), "RU", "UA", fat=N(1), inj=N(2), claimant=PO, weapons=[W("mlrs")],
      note="item 2: 'Shortly before noon … came under fire from multiple rocket launchers', 1 killed, 2 injured: a second "
           "Kherson event the same day (other hour, other district, other weapon)"),
    E("ld04-3", ADS, Y, L("Bilozerka"), "RU", "UA", inj=N(1), claimant=PO, weapons=[W("drone")],
      note="item 3: drone drop on a yard, the owner wounded"),
    E("ld04-4", MAS, Y, H("Chornobaivka", "field outside Chornobaivka"), "RU", "UA", inj=N(1), claimant=PO,
      weapons=[W("artillery")],
      note="item 4: 'In a field outside the village, a tractor was struck by shellfire'; outside X = precision 2; "
           "'hospitalised' counts as injured (ANNOTATION rule 7)"),
    E("ld04-5", ADS, Y, L("Beryslav"), "RU", "UA", inj=N(3), claimant=PO,
      weapons=[W("guided_bomb", "UMPK", launched=N(2))],
      note="item 5: 'Two aerial bombs fitted with guided gliding kits (UMPK) hit the town centre' -> guided_bomb "
           "launched 2; 3 injured"),
    E("ld04-6", MAS, Y, L("Lvove"), "RU", "UA", fat=N(0), inj=N(0), claimant=PO, weapons=[W("artillery")],
      note="item 6: 'Lvove, Beryslav district' = the village 702545 named with its raion; mortar shelling, 'No "
           "casualties' -> 0/0"),
    E("ld04-7", ADS, Y, L("Novovorontsovka"), "RU", "UA", fat=N(0), inj=N(0), claimant=PO, weapons=[W("drone")],
      note="item 7: village council building damaged 'in a drone attack. Nobody was injured' -> 0/0"),
    E("ld04-8", REX, Y, H("Velyka Oleksandrivka", "field road near Velyka Oleksandrivka"), None, "UA", fat=N(1),
      claimant=PO,
      note="item 8: a farmer 'died when his car drove over an explosive object' on a field road near the village: "
           "remote_explosive, who left it is not said -> actor1 null; near X = precision 2"),
    E("ld04-9", ABD, "2022-08-21", L("Kherson"), "RU", "UA", family=["arrest"], claimant=PO,
      note="recalled with a day: 'on 21 August 2022, in then-occupied Kherson, he detained a local volunteer at a "
           "checkpoint … and held him in a basement … for 37 days' -> an abduction by a Russian serviceman on that day "
           "(required, a recalled event with a resolvable day; arrest accepted, blind44 call 9); the notice of "
           "suspicion served 'yesterday' is a legal step, not an event"),
]
# Not events: launching the pre-trial investigations (legal procedure), the notice of suspicion in absentia served
# 'yesterday' (legal step), 'Since the de-occupation of the right bank last autumn … more than 3,700 times' (a
# cumulative count, history without a day), the beating during 37 days (part of ld04-9), the police 'establishing all
# the circumstances'. The office header lines, language row, menu, breadcrumb, date line, press-service signature,
# hashtags and the reprinting rule are furniture. Not a gold statement: the quoted name "commandant's office".
STATEMENTS = [
    S("Anastasiia Tkachuk", "UA", "a name stands behind each line", "head of department, Kherson Regional Prosecutor's Office"),
]
MUST_NOT = ["Office of the Prosecutor General", "KHERSON REGIONAL PROSECUTOR'S OFFICE", "Українською | In English",
            "Home | The office | Press centre | War crimes | Citizens' appeals", "Press centre › War crimes › Daily list",
            "15.03.2023 | 10:05", "Press service of the Kherson Regional Prosecutor's Office",
            "#war_crimes #Kherson_region #Art438",
            "Reprinting is allowed with a link to the official website of the Prosecutor General's Office."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
