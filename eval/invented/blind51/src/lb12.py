from common import E, L, R, C, N, W, S, gold

TITLE = "Drone crashes near Giurgiulești during Russian attack on Reni; Russian ambassador summoned"
TEXT = """PRUT INFO
RO | RU | EN
Politică · Social · Economie · Externe · Regiuni
Publicat: 12 februarie 2025, 10:15
Drone crashes near Giurgiulești during Russian attack on Reni; Russian ambassador summoned
Vezi și versiunea în limba rusă
A drone crashed overnight in a field near Giurgiulești, in the Cahul district, close to where the borders of Moldova, Romania and Ukraine meet, the Interior Ministry said on Wednesday. It exploded on impact, leaving a two-metre crater. Nobody was injured.

Border police found the wreck shortly before 5 a.m. while patrolling the dam along the Prut. Explosives experts cordoned off the area, and residents were asked to keep away from the field until the remains are removed.

The crash happened during a Russian drone attack on the Ukrainian port town of Reni, on the opposite bank of the Danube, where a grain terminal caught fire. There were no casualties in Reni, the Odesa regional administration said.

The Russian ambassador had to appear at the Foreign Ministry in Chișinău on Wednesday afternoon, where he was handed a protest note. "This is not a technical incident. This is a Russian weapon on the soil of a neutral state," said Mihai Ursu, the ministry's spokesman.

The president said the Supreme Security Council would meet in the coming days to discuss how to better protect the country's airspace, which is watched by radars but has no air-defence systems of its own.
Citește și: Guvernul aprobă compensații la energie pentru luna martie
Urmărește Prut Info pe Telegram și Facebook
Preluarea materialelor este permisă doar cu indicarea sursei și hyperlink activ.
"""
DOC = {"id": "lb12", "date": "2025-02-12", "source": "Prut Info (Moldovan news site, English page)",
       "url": "https://prutinfo.example/en/externe/2025/02/12/drona-giurgiulesti", "text": TEXT}

D = "2025-02-12"
EVENTS = [
    E("lb12-1", "air_drone_strike", D, L("Giurgiulesti", 2, "field near Giurgiulești"), "RU", "MD", fat=N(0),
      inj=N(0), weapons=[W("drone")],
      evidence="A drone crashed overnight in a field near Giurgiulești",
      note="drone 'crashed overnight' (Wednesday page) near Giurgiulești and exploded; 'Nobody was injured' -> 0/0 "
           "(no fatality either); of the Russian attack on Reni ('The crash happened during a Russian drone attack') "
           "-> RU->MD; near X = precision 2, Cahul district = MD-CA"),
    E("lb12-2", "air_drone_strike", D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="a Russian drone attack on the Ukrainian port town of Reni",
      note="the same night's drone attack on Reni, grain terminal on fire, 'no casualties' = 0/0"),
    E("lb12-3", "diplomatic_contact", D, L("Chisinau"), "MD", "RU",
      evidence="The Russian ambassador had to appear at the Foreign Ministry in Chișinău on Wednesday afternoon",
      note="'On Wednesday afternoon' the ambassador 'had to appear at the Foreign Ministry in Chișinău' (a summons told without the verb): a summons in the named capital"),
]
# Not events: the wreck found and the area cordoned off (follow-up of lb12-1), the Supreme Security Council 'would meet
# in the coming days' (future), radars without air defence (background).
STATEMENTS = [
    S("Mihai Ursu", "MD", "This is a Russian weapon on the soil of a neutral state", "Foreign Ministry spokesman"),
]
MUST_NOT = ["PRUT INFO", "RO | RU | EN", "Politică · Social · Economie · Externe · Regiuni",
            "Publicat: 12 februarie 2025, 10:15", "Vezi și versiunea în limba rusă",
            "Citește și: Guvernul aprobă compensații la energie pentru luna martie",
            "Urmărește Prut Info pe Telegram și Facebook",
            "Preluarea materialelor este permisă doar cu indicarea sursei și hyperlink activ."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
