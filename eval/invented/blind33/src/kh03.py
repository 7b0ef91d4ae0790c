from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Belgorod region: the situation over the past day, district by district"
TEXT = """Governor of the Belgorod Region | official channel
📌 Pinned: how to get compensation for damaged housing — link in the profile
Belgorod region: the situation over the past day, district by district
Over the past day the Armed Forces of Ukraine shelled 11 settlements in six districts. One civilian was killed and three were injured.

Shebekinsky city district.
In Shebekino, 12 rockets from a multiple launch rocket system hit the town. A woman suffered shrapnel wounds and was taken to the central district hospital. Two private houses and a garage were damaged.
In Novaya Tavolzhanka, a drone dropped an explosive device on a passenger car. No one was hurt; the car was damaged.
Maslova Pristan came under mortar fire, 7 mines. A power line was cut; about 300 residents were left without electricity. Crews are working to restore supply.

Graivoronsky district.
In Graivoron, two FPV drones struck the building of the territorial administration. The facade and windows are damaged.
Kozinka was shelled with artillery, 15 shells. A civilian was killed. My condolences to the family.
Near Golovchino, a drone attacked a truck. The driver was injured and is in hospital in Belgorod.

Krasnoyaruzhsky district.
In Krasnaya Yaruga, a drone dropped an explosive device on the territory of an industrial enterprise. No casualties.

Borisovsky district.
In Borisovka, a drone hit the roof of a shop. There were no casualties.

Belgorodsky district.
In Razumnoye, debris of a drone shot down by air defence damaged the roof of a private house. No one was hurt.
Bessonovka came under artillery fire, 4 shells. A barn and a fence were damaged. No one was hurt.

Valuysky district.
In Urazovo, an FPV drone attacked a tractor in a field. The tractor driver was injured.

Belgorod.
Yesterday at 21:40, air defence systems shot down four rockets over the city. There was no damage on the ground.

At 10:00 I will hold a meeting with the heads of the border districts on the repair of damaged homes. Commissions will start assessing the damage in Shebekino and Graivoron today.

The operational headquarters will report on the consequences as information comes in.
👍 1.2K   😢 842   🙏 610
Leave a comment in the Gosuslugi app ›
"""
DOC = {"id": "kh03", "date": "2024-06-03", "source": "Belgorod region governor's channel (English rendering)",
       "url": "https://t.me/example_belgorod_gov/9114", "text": TEXT}

A = dict(prec="range", end="2024-06-03", parent="kh03-1")
EVENTS = [
    E("kh03-1", MAS, "2024-06-02", R("RU-BEL", "Belgorod region"), "UA", "RU", prec="range", end="2024-06-03",
      agg=True, fat=N(1), inj=N(3), family=[ADS],
      note="'Over the past day … shelled 11 settlements in six districts. One civilian was killed and three were "
           "injured' = aggregate range 2-3 Jun (Monday post); parent of the lines; AFU = actor1 UA"),
    E("kh03-2", MAS, "2024-06-02", L("Shebekino"), "UA", "RU", **A, inj=N(1), weapons=[W("mlrs", launched=N(12))],
      note="12 MLRS rockets on Shebekino, 1 woman injured"),
    E("kh03-3", ADS, "2024-06-02", L("Novaya Tavolzhanka"), "UA", "RU", **A, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drone drop on a car; 'No one was hurt' = 0/0"),
    E("kh03-4", MAS, "2024-06-02", L("Maslova Pristan"), "UA", "RU", **A, weapons=[W("artillery", launched=N(7))],
      note="mortar fire, 7 mines (artillery category; launched 7)"),
    E("kh03-5", DIS, "2024-06-02", L("Maslova Pristan"), "UA", "RU", prec="range", end="2024-06-03", parent="kh03-4",
      note="'A power line was cut; about 300 residents were left without electricity' — caused by the mortar fire"),
    E("kh03-6", ADS, "2024-06-02", L("Graivoron"), "UA", "RU", **A, weapons=[W("drone", launched=N(2))],
      note="two FPV drones on the administration building; casualties not stated"),
    E("kh03-7", MAS, "2024-06-02", L("Kozinka"), "UA", "RU", **A, fat=N(1), weapons=[W("artillery", launched=N(15))],
      note="artillery, 15 shells, a civilian killed"),
    E("kh03-8", ADS, "2024-06-02", H("Golovchino", "near Golovchino"), "UA", "RU", **A, inj=N(1), weapons=[W("drone")],
      note="'Near Golovchino' = precision 2; truck driver injured"),
    E("kh03-9", ADS, "2024-06-02", L("Krasnaya Yaruga"), "UA", "RU", **A, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drone drop on an industrial enterprise; 'No casualties' = 0/0"),
    E("kh03-10", ADS, "2024-06-02", L("Borisovka"), "UA", "RU", **A, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drone hit a shop roof; 'no casualties' = 0/0"),
    E("kh03-11", ADS, "2024-06-02", L("Razumnoye"), "UA", "RU", **A, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone on a house; 'No one was hurt' = 0/0 (the interception itself is not counted or "
           "placed separately)"),
    E("kh03-14", MAS, "2024-06-02", L("Bessonovka"), "UA", "RU", **A, fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(4))],
      note="Belgorodsky district: Bessonovka (576666, Belgorod region), 4 shells, 'No one was hurt' = 0/0"),
    E("kh03-12", ADS, "2024-06-02", L("Urazovo"), "UA", "RU", **A, inj=N(1), weapons=[W("drone")],
      note="FPV drone on a tractor, driver injured (Valuysky district)"),
    E("kh03-13", INT, "2024-06-02", L("Belgorod"), "RU", "UA", weapons=[W("mlrs", intercepted=N(4))],
      note="'Yesterday at 21:40, air defence … shot down four rockets over the city' = 2 Jun (day); defender RU = "
           "actor1; 'no damage on the ground' gives no strike event"),
]
# Not events: the meeting 'At 10:00' and the damage commissions (plans), the pinned compensation notice, the headquarters' promise to report.
STATEMENTS = []
MUST_NOT = ["Governor of the Belgorod Region | official channel",
            "📌 Pinned: how to get compensation for damaged housing — link in the profile",
            "👍 1.2K   😢 842   🙏 610", "Leave a comment in the Gosuslugi app ›"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
