from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, MOB

TITLE = "Russian drones hit Izmail port again; Romanian F-16s in the air as sirens sound in Tulcea"
TEXT = """DELTA EXPRESS
Știri din Dobrogea · Tulcea · Constanța · Galați
Acasă | Local | Național | Internațional | Economie | Sport | English
Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. Continuarea navigării implică acceptarea lor. Am înțeles
Internațional › Războiul din Ucraina
Russian drones hit Izmail port again; Romanian F-16s in the air as sirens sound in Tulcea
Autor: Mihaela Dobre
Publicat: 03.10.2023, 10:24 | Actualizat: 03.10.2023, 13:58
For the second time in three days, Russian drones went for the Danube port facilities on the Ukrainian bank opposite Tulcea county overnight into Tuesday. In Izmail, a grain terminal was damaged and about thirty lorries waiting to unload caught fire; two port workers were injured, the head of the Odesa regional military administration said in the morning.

Thirty-one Shahed drones took part in the attack, launched from the Primorsko-Akhtarsk area and from Cape Chauda in Crimea, the Ukrainian air force reported. Twenty-four of them were destroyed, eleven over the Mykolaiv region.

Debris also damaged the track at the port's freight railway station. Ukrzaliznytsia stopped freight trains to the port until the afternoon, the railway company said.
Foto: arhivă Delta Express
On Sunday, drones had hit a grain silo in the port of Reni, upstream from Izmail. Nobody was injured then, the regional authorities said at the time.

On the Romanian side of the river, residents of Tulcea and of several communes along the Danube received RO-Alert messages at 02:51 urging them to go to shelters. A pair of F-16s from the Fetești base was in the air from 02:40 until shortly before dawn, according to the Ministry of National Defence (MApN), and radars followed the drones along the border. No object entered national airspace, according to the ministry.

As a precaution, the Romanian Naval Authority suspended traffic on the Sulina Channel between 03:00 and 05:30; about a dozen ships waited at anchor.

"You could see the glow over Izmail from the quay. My daughter asked me whether the fire was on our side of the river," said Ioana Vasiliu, who runs a guesthouse on the Tulcea waterfront.

"The silos get repaired and then hit again. We load whatever we can between the alerts," said Serhii Danyliuk, a shift foreman at the Izmail grain terminal, speaking by phone.

Marian Popa, a Social Democratic MP from Tulcea, called on the government to deploy more air defence systems along the Danube. Since Russia left the Black Sea grain deal in July, the Danube ports have become the main outlet for Ukrainian grain.
Citește și: Prețul grâului în portul Constanța a scăzut din nou
Urmărește Delta Express pe Google News
Etichete: Izmail, Tulcea, drone, Dunăre, MApN
Distribuie: Facebook | WhatsApp | Email
Comentarii (9)
© 2023 Delta Express Media SRL · Tulcea · Toate drepturile rezervate
"""
DOC = {"id": "lj09", "date": "2023-10-03", "source": "Delta Express (Romanian regional news site, English page)",
       "url": "https://deltaexpress.example/international/2023/10/03/drone-ruse-izmail-f16-tulcea", "text": TEXT}

D, SUN = "2023-10-03", "2023-10-01"
W1, I1 = "lj09-1", "lj09-2"
EVENTS = [
    E(W1, ADS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(31))],
      evidence="Thirty-one Shahed drones took part in the attack, launched from the Primorsko-Akhtarsk area and from Cape Chauda in Crimea",
      note="the night's wave (overnight into Tuesday -> 3 Oct) as the air force counts it: a drones-only wave is an "
           "air_drone_strike (blind51 call 3), country precision; the launch areas are not event places"),
    E(I1, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", intercepted=N(24))],
      evidence="Twenty-four of them were destroyed",
      note="interception of the wave, number in words"),
    E("lj09-3", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", parent=I1, weapons=[W("drone", intercepted=N(11))],
      evidence="eleven over the Mykolaiv region",
      note="a region with its own count -> required (ANNOTATION 3)"),
    E("lj09-4", ADS, D, L("Izmail"), "RU", "UA", parent=W1, inj=N(2), weapons=[W("drone")],
      claimant="head of the Odesa regional military administration",
      evidence="In Izmail, a grain terminal was damaged and about thirty lorries waiting to unload caught fire",
      note="the port strike, two port workers injured; deaths not stated"),
    E("lj09-5", DIS, D, L("Izmail"), "RU", "UA", parent="lj09-4",
      evidence="Ukrzaliznytsia stopped freight trains to the port until the afternoon",
      note="debris damaged the track at the port's freight station, freight trains stopped until the afternoon: a rail "
           "disruption caused by lj09-4"),
    E("lj09-6", ADS, SUN, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="On Sunday, drones had hit a grain silo in the port of Reni, upstream from Izmail",
      note="recalled strike: 'On Sunday' of a Tuesday page -> 1 Oct ('For the second time in three days'); 'Nobody was "
           "injured' -> 0/0"),
    E("lj09-7", MOB, D, R("RO-TL", "Tulcea county"), None, None, optional=True,
      evidence="received RO-Alert messages at 02:51 urging them to go to shelters",
      note="an RO-Alert with its hour -> optional, sides null (blind51 call 4)"),
    E("lj09-8", MOB, D, C("RO", "Romania"), "RO", None,
      evidence="A pair of F-16s from the Fetești base was in the air from 02:40 until shortly before dawn",
      note="the scramble of the scrambling state at country precision (the base is only where they started); 'No "
           "object entered national airspace' is a negation, no event"),
    E("lj09-9", DIS, D, L("Sulina"), None, None,
      evidence="the Romanian Naval Authority suspended traffic on the Sulina Channel between 03:00 and 05:30",
      note="a precautionary closure of a waterway because of the attack next door: infrastructure_disruption with both "
           "sides null (as airport and crossing closures, blind49); the channel is at Sulina (RO-TL)"),
]
# Not events: the radars following the drones (monitoring), 'No object entered national airspace' (negation), the MP's
# call for more air defence (ask), 'Since Russia left the Black Sea grain deal in July' (history). The own-line photo
# credit, 'Citește și' line, Google News line, share row, comment count and © are furniture.
STATEMENTS = [
    S("Ioana Vasiliu", "RO", "My daughter asked me whether the fire was on our side of the river",
      "guesthouse owner, Tulcea"),
    S("Serhii Danyliuk", "UA", "We load whatever we can between the alerts", "shift foreman, Izmail grain terminal"),
]
MUST_NOT = ["Etichete: Izmail, Tulcea, drone, Dunăre, MApN",
            "DELTA EXPRESS", "Știri din Dobrogea · Tulcea · Constanța · Galați",
            "Acasă | Local | Național | Internațional | Economie | Sport | English",
            "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. Continuarea navigării implică "
            "acceptarea lor. Am înțeles",
            "Internațional › Războiul din Ucraina", "Autor: Mihaela Dobre",
            "Publicat: 03.10.2023, 10:24 | Actualizat: 03.10.2023, 13:58", "Foto: arhivă Delta Express",
            "Citește și: Prețul grâului în portul Constanța a scăzut din nou",
            "Urmărește Delta Express pe Google News", "Distribuie: Facebook | WhatsApp | Email", "Comentarii (9)",
            "© 2023 Delta Express Media SRL · Tulcea · Toate drepturile rezervate"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
