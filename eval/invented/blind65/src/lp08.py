from common import E, L, R, N, W, S, H, gold, MAS, ADS, POL

TITLE = "Russians killed 3 and wounded 9 residents of Donetsk region on 11 May"
TEXT = """DONETSK REGIONAL MILITARY ADMINISTRATION
dn-ova.example · official portal
UKR | ENG
Main | News | Evacuation | Humanitarian aid | Documents | Contacts
Main / News / Consequences of shelling
Russians killed 3 and wounded 9 residents of Donetsk region on 11 May
12.05.2025 | 09:20
On 11 May, the Russians killed 3 residents of Donetsk region: 2 in Kostiantynivka and 1 in Illinivka. Another 9 people in the region were wounded over the day.

The exact number of victims in Pokrovsk and Chasiv Yar cannot be established.

On that day, residential areas of the region came under fire 1,736 times. 17 houses and 9 other civilian objects were damaged.

Kramatorsk district
Kostiantynivka: 2 killed and 4 wounded; 6 high-rise buildings, 3 private houses, a hospital and a shop damaged.
Illinivka hromada: 1 person killed in Illinivka.
Druzhkivka: 1 wounded, 2 private houses damaged by an FPV drone.
Kramatorsk: a guided aerial bomb hit an industrial enterprise; 1 wounded.
Cherkaske hromada: in the village of Cherkaske, 2 people wounded and a house damaged.

Pokrovsk district
Rodynske: 1 wounded.
Dobropillia hromada: in Bilytske, 4 houses damaged; in Dobropillia, 2 private houses and a garage.

This morning, 12 May, at about 06:50, a Russian drone attacked Sloviansk: a 41-year-old man was wounded near a shop.

On 11 May, the Defence Council of the region decided to extend the compulsory evacuation of families with children to 6 more settlements of the Bilozerske hromada.

Over the past day, 213 people, among them 19 children, were evacuated from the front line.
"Children are the hardest part: they do not want to leave their dogs, so now we take the dogs too," said Maksym Lohvynenko, a volunteer of the Promin evacuation team.
Evacuation hotline: 15-48 (free, 24/7)
Print | Share
© 2025 Donetsk Regional Military Administration
"""
DOC = {"id": "lp08", "date": "2025-05-12", "source": "Donetsk Regional Military Administration (official portal, English version)",
       "url": "https://dn-ova.example/en/news/2025-05-12-consequences-11-may", "text": TEXT}

D, DAY = "2025-05-12", "2025-05-11"
OVA = "head of the Donetsk regional military administration"
T = "lp08-1"
BOTH = [ADS]
EVENTS = [
    E(T, MAS, DAY, R("UA-14", "Donetsk region"), "RU", "UA", agg=True, fat=N(3), inj=N(9), family=BOTH, claimant=OVA,
      evidence="On 11 May, the Russians killed 3 residents of Donetsk region: 2 in Kostiantynivka and 1 in Illinivka. Another 9 people in the region were wounded over the day.",
      note="the daily toll 'On 11 May' published on 12 May: a named day -> day precision (blind53 ld05), aggregate "
           "parent of the lines; weapon mostly unsaid -> both strike types; 3 killed, 9 wounded (Kostiantynivka 4 + "
           "Druzhkivka 1 + Kramatorsk 1 + Cherkaske 2 + Rodynske 1); '1,736 times' is no munition count"),
    E("lp08-2", MAS, DAY, L("Kostiantynivka"), "RU", "UA", parent=T, fat=N(2), inj=N(4), family=BOTH, claimant=OVA,
      evidence="Kostiantynivka: 2 killed and 4 wounded; 6 high-rise buildings, 3 private houses, a hospital and a shop damaged.",
      note="verbless line, weapon not said -> both strike types (ANNOTATION rule 4); Kostiantynivka 705104 (Donetsk "
           "oblast; not the Zaporizhzhia, Mykolaiv or Kherson namesakes)"),
    E("lp08-3", MAS, DAY, L("Illinivka"), "RU", "UA", parent=T, fat=N(1), family=BOTH, claimant=OVA,
      evidence="Illinivka hromada: 1 person killed in Illinivka.",
      note="the village named in its hromada line -> the village (11876375); weapon unsaid"),
    E("lp08-4", ADS, DAY, L("Druzhkivka"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone", "FPV")], claimant=OVA,
      evidence="Druzhkivka: 1 wounded, 2 private houses damaged by an FPV drone.",
      note="the FPV drone decides the type; 1 wounded"),
    E("lp08-5", ADS, DAY, L("Kramatorsk"), "RU", "UA", parent=T, inj=N(1), weapons=[W("guided_bomb", launched=N(1))],
      claimant=OVA, evidence="Kramatorsk: a guided aerial bomb hit an industrial enterprise; 1 wounded.",
      note="one guided bomb, 1 wounded"),
    E("lp08-6", MAS, DAY, L("Cherkaske"), "RU", "UA", parent=T, inj=N(2), family=BOTH, claimant=OVA,
      evidence="Cherkaske hromada: in the village of Cherkaske, 2 people wounded and a house damaged.",
      note="Cherkaske 710793 (Kramatorsk district, Donetsk; not the Dnipropetrovsk Cherkaske or Luhansk Zymohiria); "
           "weapon unsaid"),
    E("lp08-7", MAS, DAY, L("Rodynske"), "RU", "UA", parent=T, inj=N(1), family=BOTH, claimant=OVA,
      evidence="Rodynske: 1 wounded.",
      note="the shortest line of the page: place and count only, weapon unsaid"),
    E("lp08-8", MAS, DAY, L("Bilytske"), "RU", "UA", parent=T, family=BOTH, claimant=OVA,
      evidence="in Bilytske, 4 houses damaged",
      note="damage without casualties stated -> counts absent (not 0); Bilytske 712613, Dobropillia hromada"),
    E("lp08-9", MAS, DAY, L("Dobropillia"), "RU", "UA", parent=T, family=BOTH, claimant=OVA,
      evidence="in Dobropillia, 2 private houses and a garage.",
      note="the second village of the same hromada line is its own event; elliptic (no verb); Dobropillia 709900 "
           "(the town, not the homonymous village 709901 or the Kherson one)"),
    E("lp08-10", ADS, D, L("Sloviansk"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant=OVA,
      evidence="This morning, 12 May, at about 06:50, a Russian drone attacked Sloviansk: a 41-year-old man was wounded near a shop.",
      note="'This morning, 12 May' -> the publication day, outside the 11 May toll (no parent)"),
    E("lp08-11", POL, DAY, H("Bilozerske", "Bilozerske hromada"), "UA", None, claimant="Defence Council of Donetsk region",
      evidence="On 11 May, the Defence Council of the region decided to extend the compulsory evacuation of families with children to 6 more settlements of the Bilozerske hromada.",
      note="a decision on the compulsory evacuation of families with children -> policy_decision of UA at the hromada "
           "(precision 2), dated by the decision day"),
]
# Not events: 'The exact number of victims in Pokrovsk and Chasiv Yar cannot be established' (no incident, no count),
# '1,736 times' and the damage count (part of the toll), the 213 people evacuated 'Over the past day' (no taxonomy
# event), 'now we take the dogs too' (practice). District headings stay as text. Portal name, portal line, language
# row, menu, breadcrumb, date line, hotline, print/share row and © are furniture.
STATEMENTS = [
    S("Maksym Lohvynenko", "UA", "they do not want to leave their dogs", "volunteer, Promin evacuation team"),
]
MUST_NOT = ["DONETSK REGIONAL MILITARY ADMINISTRATION", "dn-ova.example · official portal", "UKR | ENG",
            "Main | News | Evacuation | Humanitarian aid | Documents | Contacts",
            "Main / News / Consequences of shelling", "12.05.2025 | 09:20", "Evacuation hotline: 15-48 (free, 24/7)",
            "Print | Share", "© 2025 Donetsk Regional Military Administration"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
