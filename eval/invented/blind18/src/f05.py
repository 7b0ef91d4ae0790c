from common import E, L, R, C, N, W, S, gold

TITLE = "Drone debris found in a field near Mircze after night of Russian attacks on Volyn"
TEXT = """NADBUŻE24 | English edition
Lublin | Zamość | Chełm | Hrubieszów | Region | Poland | Ukraine
Drone debris found in a field near Mircze after night of Russian attacks on Volyn
29.11.2025, 14:25 | Autor: Karolina Wiśniewska
▶ Listen to the article (4 min)
Tłumaczenie maszynowe zweryfikowane przez redakcję / Machine translation checked by our editors
Fragments of what the military believes was a Russian attack drone were found on Saturday morning in a field near Mircze, in Hrubieszów county, about 12 kilometres from the border with Ukraine, police said.

A farmer reported the wreckage at about 7:30. Nobody was hurt and no buildings were damaged, according to the spokeswoman for the Hrubieszów police, Asp. Monika Zając. The site was cordoned off and the case was taken over by the military prosecutor's office in Lublin, which is examining the debris.

During the night Polish and allied aircraft were scrambled and ground-based air defence and radar reconnaissance systems were brought to the highest state of readiness, the Operational Command of the Armed Forces wrote on X at 02:18, as Russia launched drones and missiles at western Ukraine. The airports in Lublin and Rzeszów-Jasionka suspended operations for almost three hours.

According to Ukraine's air force, Russia launched 94 drones and five Kh-101 cruise missiles overnight; 81 drones and four missiles were shot down. In Lutsk, some 60 kilometres from the Polish border, a missile hit an industrial facility, injuring three people, the Volyn regional administration said.

Przeczytaj też: Rolnicy z gminy Dołhobyczów chcą odszkodowań za zniszczone uprawy

"People here don't sleep well any more. Every night we hear them over the river," said Andrzej Kosiński, the head of the Mircze commune.

The Foreign Ministry summoned the Russian chargé d'affaires in Warsaw on Saturday afternoon. The Russian embassy rejected any responsibility. "Such accusations are a provocation aimed at dragging NATO deeper into the conflict," it said in a statement.

It is the second such find in the region this week. On Wednesday, a resident of Tyszowce reported a metal object resembling part of a drone in his garden; police are still checking whether the two incidents are linked.

Investigators have not said what type of drone fell near Mircze. If it proves to be a decoy of the Gerbera type, which carries no warhead, it would be the fifth found in the Lublin province since the autumn, a source in the prosecutor's office said.

Poland has reinforced its eastern border since last year and takes part in NATO's air-policing mission over the eastern flank.
Podziel się / Share: Facebook · X · WhatsApp · E-mail
Komentarze (14) — zaloguj się, aby skomentować
Zdjęcie: Policja Hrubieszów
© Nadbuże24 sp. z o.o. Wszelkie prawa zastrzeżone.
"""
DOC = {"id": "f05", "date": "2025-11-29", "source": "Nadbuże24 (Polish regional site, English edition)",
       "url": "https://nadbuze24.example/en/region/szczatki-drona-mircze-29112025", "text": TEXT}

D = "2025-11-29"
AF = "Ukrainian Air Force"
EVENTS = [
    E("f05-1", "air_drone_strike", D, L("Mircze", 2, "near Mircze, Hrubieszów county"), "RU", "PL", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Hrubieszów police",
      note="debris of a (believed) Russian drone on Polish soil: air_drone_strike RU→PL (blind4 call 9); found on "
           "Saturday morning after the night's attack = the publication day; 'Nobody was hurt' = 0/0; 'near' = 2"),
    E("f05-2", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Operational Command",
      note="aircraft scrambled and air defence at the highest readiness during the night"),
    E("f05-3", "infrastructure_disruption", D, L("Lublin", 1, "Lublin airport"), None, None,
      note="airport suspended operations for almost three hours (airport coded to its town); cause = the alert, no "
           "perpetrator (blind16 call 7)"),
    E("f05-4", "infrastructure_disruption", D, L("Rzeszow", 1, "Rzeszów-Jasionka airport"), None, None,
      note="second airport, its own event"),
    E("f05-5", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(94)), W("cruise_missile", "Kh-101", launched=N(5))], claimant=AF,
      note="overnight wave on Ukraine: country event typed by its heaviest weapon"),
    E("f05-6", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(81)), W("cruise_missile", "Kh-101", intercepted=N(4))], claimant=AF,
      parent="f05-5", note="81 drones and four of the five Kh-101 shot down"),
    E("f05-7", "missile_artillery_strike", D, L("Lutsk"), "RU", "UA", inj=N(3), weapons=[W("cruise_missile")],
      parent="f05-5", claimant="Volyn regional administration", note="a missile hit an industrial facility"),
    E("f05-8", "diplomatic_contact", D, L("Warsaw"), "PL", "RU", claimant="Polish Foreign Ministry",
      note="Russian chargé d'affaires summoned on Saturday afternoon"),
    E("f05-9", "air_drone_strike", "2025-11-26", L("Tyszowce"), None, "PL", weapons=[W("drone")], optional=True,
      note="'On Wednesday' an object 'resembling part of a drone' found in a garden, police still checking: not "
           "confirmed as a drone nor attributed, optional (actor1 null)"),
]
STATEMENTS = [
    S("Andrzej Kosiński", "PL", "People here don't sleep well any more", "head of the Mircze commune"),
    S("Russian embassy", "RU", "Such accusations are a provocation aimed at dragging NATO deeper into the conflict"),
]
MUST_NOT = ["NADBUŻE24 | English edition", "Lublin | Zamość | Chełm | Hrubieszów | Region | Poland | Ukraine",
            "29.11.2025, 14:25 | Autor: Karolina Wiśniewska", "▶ Listen to the article (4 min)",
            "Tłumaczenie maszynowe zweryfikowane przez redakcję / Machine translation checked by our editors",
            "Przeczytaj też: Rolnicy z gminy Dołhobyczów chcą odszkodowań za zniszczone uprawy",
            "Podziel się / Share: Facebook · X · WhatsApp · E-mail",
            "Komentarze (14) — zaloguj się, aby skomentować", "Zdjęcie: Policja Hrubieszów",
            "© Nadbuże24 sp. z o.o. Wszelkie prawa zastrzeżone."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
