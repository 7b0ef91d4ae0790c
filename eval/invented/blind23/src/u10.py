from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones hit Danube ports of Izmail and Reni; Romania finds fragments near Isaccea"
TEXT = """LBSP — Levant & Black Sea Press
English Service | Arabic | Turkish
Home ▸ Black Sea ▸ Ukraine
Wednesday 13 September 2023 | 12:48 GMT+3
Russian drones hit Danube ports of Izmail and Reni; Romania finds fragments near Isaccea
ODESA, Sept 13 (LBSP) - Russian drones attacked Ukraine's Danube river ports overnight, damaging grain silos and port buildings in Izmail and injuring six people, regional officials said on Wednesday.

Ukraine's air force said Russia launched 44 Shahed attack drones from the Crimean peninsula and the Sea of Azov, and air defences destroyed 32 of them, most over the Odesa region.

In Izmail, drones hit a grain terminal and an administrative building of the port. Six people were injured, two of them seriously, the head of the Odesa regional military administration said. In Reni, further up the river, a drone damaged a warehouse storing sunflower oil. No casualties were reported there.

IN THIS SERIES
Black Sea corridor: how many ships have sailed since August
Insurers raise war-risk premiums for Danube calls

Romania's defence ministry said on Wednesday that fragments of a drone had been found near the village of Plauru, opposite Izmail, in the Tulcea county, close to the town of Isaccea. It said there was no damage and no threat to the population. "We firmly condemn these attacks, which are close to the border of a NATO member," the ministry said in a statement.

Russia's Defence Ministry said it had struck "fuel storage facilities used by the Ukrainian army" in the Odesa region. It denied targeting grain infrastructure.

Moscow warned again that it would consider all ships heading to Ukrainian ports as potential carriers of military cargo. Turkey's president said he would discuss reviving the grain deal with his Russian counterpart at the end of the month.

Since Russia quit the grain deal in July, Ukraine's Danube ports have handled a growing share of its grain exports.

Share ✉  ⎘  𝕏  f
Reporting by Samir Haddad in Odesa and Elif Demir in Istanbul; Editing by Nour Khalil
LBSP ENGLISH SERVICE — TRANSLATED AND EDITED FROM THE ARABIC SERVICE
"""
DOC = {"id": "u10", "date": "2023-09-13", "source": "Levant & Black Sea Press (wire)",
       "url": "https://lbsp.example/en/black-sea/ukraine/2023-09-13-danube-ports", "text": TEXT}
D = "2023-09-13"
AF = "Ukrainian Air Force"
EVENTS = [
    E("u10-1", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(44))],
      claimant=AF, note="drone-only wave of 44 Shaheds overnight: country precision"),
    E("u10-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", "Shahed", intercepted=N(32))],
      claimant=AF, parent="u10-1",
      note="32 destroyed, 'most over the Odesa region' (no regional count): country-level interception"),
    E("u10-3", "interception", D, R("UA-51", "Odesa Oblast"), "UA", "RU", optional=True, parent="u10-2",
      note="'most over the Odesa region' without a count: optional regional interception"),
    E("u10-4", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(6), weapons=[W("drone")], parent="u10-1",
      claimant="head of the Odesa regional military administration", note="grain terminal and port building"),
    E("u10-5", "air_drone_strike", D, L("Reni"), "RU", "UA", weapons=[W("drone")], parent="u10-1",
      note="'No casualties were reported there' is a report-status phrase, not a stated zero: counts left absent"),
    E("u10-6", "air_drone_strike", D, L("Isaccea", 2, "near Isaccea (Plauru)"), "RU", "RO", optional=True,
      weapons=[W("drone")], claimant="Romanian Defence Ministry",
      note="drone fragments found on Romanian territory 'near' Isaccea (Plauru is not in the gazetteer): a crash/debris "
           "finding, not clearly an attack on Romania; optional; date: the day of the finding as given"),
]
STATEMENTS = [
    S("Romanian Defence Ministry", "RO", "We firmly condemn these attacks, which are close to the border of a NATO member"),
    S("Russian Defence Ministry", "RU", "fuel storage facilities used by the Ukrainian army"),
]
MUST_NOT = ["LBSP — Levant & Black Sea Press", "English Service | Arabic | Turkish", "Home ▸ Black Sea ▸ Ukraine",
            "Wednesday 13 September 2023 | 12:48 GMT+3", "IN THIS SERIES",
            "Black Sea corridor: how many ships have sailed since August",
            "Insurers raise war-risk premiums for Danube calls", "Share ✉  ⎘  𝕏  f",
            "Reporting by Samir Haddad in Odesa and Elif Demir in Istanbul; Editing by Nour Khalil",
            "LBSP ENGLISH SERVICE — TRANSLATED AND EDITED FROM THE ARABIC SERVICE"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
