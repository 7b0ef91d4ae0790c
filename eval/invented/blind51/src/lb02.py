from common import E, L, R, C, N, W, S, gold

TITLE = "Polish fighter jets scrambled as Russia fires cruise missiles at western Ukraine"
TEXT = """Używamy plików cookie. Korzystając ze strony, zgadzasz się na ich użycie. [Akceptuję] [Ustawienia]
WSCHÓD24
English edition | Wersja polska
Home › Security › Ukraine
Polish fighter jets scrambled as Russia fires cruise missiles at western Ukraine
Autor: Tomasz Grabowski
09.04.2025, 07:58 · aktualizacja: 09:40
Fighter jets of the Polish air force and its allies took to the air before dawn on Wednesday while Russia sent missiles and drones against western Ukraine, Poland's Operational Command said. Ground-based air defence and radar reconnaissance systems were brought to the highest state of readiness.

According to Ukraine's air force, twenty-two Kh-101 cruise missiles were fired by long-range bombers circling above the Caspian, while 57 Shahed drones were sent towards the west of the country. Nineteen of the missiles and 41 of the drones were brought down.

One of the targets was an energy facility in Stryi, a town of some 60,000 people in the Lviv region, about 90 kilometres from the Polish border. It was hit by a missile and caught fire, the regional governor said, adding that nobody had been hurt.
Reklama
The command said an object "may have" briefly entered Polish airspace near Hrubieszów at around 4:10 a.m. A search by soldiers and police had found nothing by mid-morning, and the command stressed that it could not yet confirm any violation.

"We have seen this pattern many times: missiles flying parallel to the border, then turning north-west. Our crews were in the air before they turned," said Lt Col Jacek Sobieraj, a spokesman for the command.

The operation of Polish aviation ended at 6:30 a.m., the command added.
Czytaj także: Sejm committee backs plan for shelters in every new school
Tagi: Rosja, Ukraina, lotnictwo, obrona powietrzna
"""
DOC = {"id": "lb02", "date": "2025-04-09", "source": "Wschód24 (Polish news site, English edition)",
       "url": "https://wschod24.example/en/security/ukraine/2025-04-09/polish-jets-scrambled-kh-101", "text": TEXT}

D = "2025-04-09"
EVENTS = [
    E("lb02-1", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      evidence="Fighter jets of the Polish air force and its allies took to the air before dawn on Wednesday",
      note="Polish and allied jets 'took to the air before dawn on Wednesday' (publication day) with air "
           "defence on the highest readiness: one mobilization of Poland, no place named -> country"),
    E("lb02-2", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", "Kh-101", launched=N(22)), W("drone", "Shahed", launched=N(57))],
      evidence="twenty-two Kh-101 cruise missiles were fired by long-range bombers circling above the Caspian, while "
               "57 Shahed drones were sent towards the west of the country",
      note="the wave of the night to Wednesday: 22 Kh-101 (number in words, passive) + 57 Shahed -> country parent "
           "typed by the missiles; the Caspian is where the bombers fired from, not a place of the event"),
    E("lb02-3", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="lb02-2",
      weapons=[W("cruise_missile", intercepted=N(19)), W("drone", intercepted=N(41))],
      evidence="Nineteen of the missiles and 41 of the drones were brought down",
      note="'Nineteen of the missiles and 41 of the drones were brought down' (agentless passive)"),
    E("lb02-4", "missile_artillery_strike", D, L("Stryi"), "RU", "UA", parent="lb02-2", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      evidence="It was hit by a missile and caught fire",
      note="energy facility in Stryi 'hit by a missile'; 'nobody had been hurt' = 0/0"),
]
# Not events: the object that "may have" entered Polish airspace near Hrubieszów (unconfirmed, the search found
# nothing: no event), 'We have seen this pattern many times' (habit), the end of the operation at 6:30 (part of
# lb02-1).
STATEMENTS = [
    S("Jacek Sobieraj", "PL", "Our crews were in the air before they turned", "spokesman, Operational Command"),
]
# Not gold: the command's "may have" (fragment).
MUST_NOT = ["Używamy plików cookie. Korzystając ze strony, zgadzasz się na ich użycie. [Akceptuję] [Ustawienia]",
            "WSCHÓD24", "English edition | Wersja polska", "Home › Security › Ukraine", "Autor: Tomasz Grabowski",
            "09.04.2025, 07:58 · aktualizacja: 09:40", "Reklama",
            "Czytaj także: Sejm committee backs plan for shelters in every new school",
            "Tagi: Rosja, Ukraina, lotnictwo, obrona powietrzna"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
