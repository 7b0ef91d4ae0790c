from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB, POL, ARR

TITLE = "Jets scrambled, Jasionka closed as Russia strikes Volyn overnight"
TEXT = """KURIER WSCHODNI
English edition
Region | Polska | Świat | Ukraina | Biznes | Sport
Świat › Ukraina
Jets scrambled, Jasionka closed as Russia strikes Volyn overnight
Czwartek, 5 grudnia 2024 · 11:32 · Tomasz Kulesza
RZESZÓW – Polish and allied aircraft took to the air early on Thursday as Russia launched missiles and drones at western Ukraine, the Operational Command of the Polish Armed Forces said. Ground air-defence batteries and radar units were put on maximum alert.

Flights at Rzeszów-Jasionka airport were suspended between 04:10 and 06:30, the airport said; three arriving flights were diverted to Kraków and Katowice.

"Our pilots did not have to use their weapons. Nothing crossed into Polish airspace, and that is the result we want," said Maj. Tomasz Wilczak, a spokesman for the Operational Command.

Across the border, in Lutsk, some 100 kilometres from the Polish frontier, a missile struck a logistics firm's storage hall, slightly injuring two employees, the city's mayor said. Eight drones were shot down over the Volyn region, the regional administration added.

In Kharkiv, a Polish volunteer was among three people hurt on Wednesday afternoon, when a guided bomb hit the street outside a humanitarian warehouse. The volunteer, a 31-year-old paramedic from Przemyśl, has a leg wound and is in a stable condition.

"He phoned us from the hospital and asked whether the generators had been unloaded before the bomb. That is him," said Agnieszka Mroczek of the Przemyśl-based foundation Most nad Sanem, which he works for.

On Wednesday, the government approved the 46th package of military aid for Ukraine, including air-defence ammunition and spare parts for the tanks delivered earlier. The package is worth "several hundred million zlotys", the defence ministry said, without giving an exact figure.

On Tuesday, officers of the Internal Security Agency detained a 27-year-old foreign citizen in Wrocław on suspicion of preparing arson attacks on warehouses on the orders of Russian intelligence, the minister coordinating the special services wrote on X on Wednesday.

"The pattern is the same as in the spring: cheap recruits, paid in cryptocurrency, told to set fires near the border," said Paweł Rzadkowski, a security analyst at the Lublin Institute of Eastern Affairs.
Reklama
Czytaj także: Rzeszów airport extends its runway
Komentarze (14)
© Kurier Wschodni Sp. z o.o. Wszelkie prawa zastrzeżone.
"""
DOC = {"id": "lk08", "date": "2024-12-05", "source": "Kurier Wschodni (Polish regional daily, English edition)",
       "url": "https://kurierwschodni.example/en/swiat/ukraina/2024-12-05-jets-scrambled-jasionka", "text": TEXT}

D, WED, TUE = "2024-12-05", "2024-12-04", "2024-12-03"
OC = "Operational Command of the Polish Armed Forces"
EVENTS = [
    E("lk08-1", MOB, D, C("PL", "Poland"), "PL", None, claimant=OC,
      evidence="Polish and allied aircraft took to the air early on Thursday as Russia launched missiles and drones at western Ukraine",
      note="'Polish and allied aircraft took to the air early on Thursday' (5 Dec): the scramble of the Polish command "
           "-> PL military_mobilization at country precision (blind49 call 9); the RZESZÓW dateline is not its place"),
    E("lk08-2", DIS, D, H("Rzeszow", "Rzeszów-Jasionka airport"), None, None, claimant="Rzeszów-Jasionka airport",
      evidence="Flights at Rzeszów-Jasionka airport were suspended between 04:10 and 06:30",
      note="an airport closure is infrastructure_disruption with both sides null; the airport named with its city, "
           "outside it -> Rzeszów's point at precision 2 (Podkarpackie, PL-18)"),
    E("lk08-3", MAS, D, L("Lutsk"), "RU", "UA", inj=N(2), weapons=[W("missile")], claimant="mayor of Lutsk",
      evidence="Across the border, in Lutsk, some 100 kilometres from the Polish frontier, a missile struck a logistics firm's storage hall, slightly injuring two employees",
      note="the night of the scramble (5 Dec); 'slightly injuring two employees' -> 2 w; the fronted 'Across the border' "
           "moves the story from Poland to Ukraine"),
    E("lk08-4", INT, D, R("UA-07", "Volyn region"), "UA", "RU", claimant="Volyn regional administration",
      weapons=[W("drone", intercepted=N(8))],
      evidence="Eight drones were shot down over the Volyn region, the regional administration added.",
      note="a region with a count (a number in words opening the sentence) -> required regional interception"),
    E("lk08-5", ADS, WED, L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      evidence="In Kharkiv, a Polish volunteer was among three people hurt on Wednesday afternoon, when a guided bomb hit the street outside a humanitarian warehouse.",
      note="'on Wednesday afternoon' in a Thursday page -> 4 Dec; 'a Polish volunteer was among three people hurt' -> 3 w "
           "(the volunteer is inside the three); Przemyśl is his home town, not the place"),
    E("lk08-6", POL, WED, C("PL", "Poland"), "PL", "UA", claimant="Polish government",
      evidence="On Wednesday, the government approved the 46th package of military aid for Ukraine",
      note="an aid package approved 'On Wednesday' (4 Dec) -> policy_decision at the deciding country (blind49 call 10)"),
    E("lk08-7", ARR, TUE, L("Wroclaw"), "PL", None, claimant="minister coordinating the special services",
      evidence="On Tuesday, officers of the Internal Security Agency detained a 27-year-old foreign citizen in Wrocław",
      note="'On Tuesday … detained … in Wrocław' written 'on Wednesday': the detention day wins over the announcement "
           "day (blind49 kz16-10) -> 3 Dec; actor2 null (a foreign citizen acting for Russia)"),
]
# Not events: 'Nothing crossed into Polish airspace' (negation), the diverted flights (part of lk08-2), the volunteer's
# condition, 'several hundred million zlotys' (the package's value), 'the same as in the spring' (analysis, no day),
# 'the tanks delivered earlier' (no day). Not gold: the ministry's "several hundred million zlotys" (fragment, no named
# speaker). Masthead, edition line, menu, breadcrumb, Polish date/byline line, 'Reklama', the 'Czytaj także' item,
# comment count and © are furniture; the dateline 'RZESZÓW –' stays as text.
STATEMENTS = [
    S("Tomasz Wilczak", "PL", "Nothing crossed into Polish airspace, and that is the result we want",
      "spokesman, Operational Command of the Polish Armed Forces"),
    S("Agnieszka Mroczek", "PL", "asked whether the generators had been unloaded before the bomb",
      "foundation Most nad Sanem, Przemyśl"),
    S("Paweł Rzadkowski", None, "cheap recruits, paid in cryptocurrency", "security analyst, Lublin Institute of Eastern Affairs"),
]
MUST_NOT = ["KURIER WSCHODNI", "English edition", "Region | Polska | Świat | Ukraina | Biznes | Sport", "Świat › Ukraina",
            "Czwartek, 5 grudnia 2024 · 11:32 · Tomasz Kulesza", "Reklama", "Czytaj także: Rzeszów airport extends its runway",
            "Komentarze (14)", "© Kurier Wschodni Sp. z o.o. Wszelkie prawa zastrzeżone."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
