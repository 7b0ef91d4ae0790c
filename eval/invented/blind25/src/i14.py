from common import E, L, R, C, N, W, S, gold

TITLE = "Police document consequences of the night shelling of Mykolaiv and detain an enemy spotter in Ochakiv"
TEXT = """National Police of Ukraine | Main Directorate in Mykolaiv Region
Main page › News › Mykolaiv region
18 August 2022, 11:42
Police document consequences of the night shelling of Mykolaiv and detain an enemy spotter in Ochakiv

On the night of 18 August, the Russian army shelled Mykolaiv with Uragan multiple rocket launchers. In the Korabelnyi district, a shell hit a two-storey residential building; two men aged 49 and 53 were killed, a woman was injured. In the Inhulskyi district, the roofs of four private houses and a gas pipeline were damaged. Investigative-operational groups are working at the sites.

On 17 August, operatives of the criminal police together with the SBU detained a 34-year-old resident of Ochakiv who, according to the investigation, was passing the coordinates of Ukrainian positions and checkpoints to the Russian military through a messenger. A phone with relevant correspondence was seized. He has been notified of suspicion of treason; the court will choose a measure of restraint.

The same evening, near Kutsurub, a police car that was evacuating residents came under mortar fire. Two police officers suffered concussions and shrapnel wounds and were hospitalised; their lives are not in danger.

In the Voskresenske hromada, a tractor ran over an explosive object while cultivating a field on the afternoon of 17 August. The tractor driver, 61, was injured. Sappers of the SES later found two more anti-tank mines in the same field.

Police remind: do not enter fields and forest belts that have not been checked by sappers! If you find a suspicious object, call 101 or 102.

Communications Sector of the Main Directorate of the National Police in Mykolaiv Region
Version for printing
"""
DOC = {"id": "i14", "date": "2022-08-18", "source": "National Police in Mykolaiv region (press release)",
       "url": "https://mk.npu.example.gov.ua/news/1748221", "text": TEXT}

D, Y = "2022-08-18", "2022-08-17"
EVENTS = [
    E("i14-1", "missile_artillery_strike", D, L("Mykolaiv", 1, "Mykolaiv (Korabelnyi district)"), "RU", "UA", fat=N(2),
      inj=N(1), weapons=[W("mlrs", "Uragan")],
      note="'On the night of 18 August' Uragan MLRS; the Korabelnyi and Inhulskyi districts are parts of the same "
           "shelling of the city (one event at the city, casualties from Korabelnyi only)"),
    E("i14-2", "arrest", Y, L("Ochakiv"), "UA", "UA",
      note="police and SBU detained a resident of Ochakiv 'On 17 August' (suspected spotter); actor1 UA authorities, "
           "actor2 the detainee's state; notice of suspicion is part of it"),
    E("i14-3", "missile_artillery_strike", Y, L("Kutsurub", 2, "near Kutsurub"), "RU", "UA", inj=N(2),
      weapons=[W("artillery")],
      note="'The same evening' = 17 August (the preceding paragraph's date); mortar fire on a police car evacuating "
           "residents; concussions + hospitalised = injured 2"),
    E("i14-4", "remote_explosive", Y, L("Voskresenske", 2, "Voskresenske hromada"), None, "UA", inj=N(1),
      note="tractor ran over 'an explosive object' (anti-tank mines found later): remote_explosive; who laid it is "
           "not said → actor1 null; hromada = precision 2"),
]
STATEMENTS = []
MUST_NOT = ["National Police of Ukraine | Main Directorate in Mykolaiv Region", "Main page › News › Mykolaiv region",
            "18 August 2022, 11:42",
            "Police remind: do not enter fields and forest belts that have not been checked by sappers! If you find a suspicious object, call 101 or 102.",
            "Communications Sector of the Main Directorate of the National Police in Mykolaiv Region",
            "Version for printing"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
