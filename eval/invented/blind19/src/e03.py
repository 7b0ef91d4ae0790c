from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson: two killed by Russian shelling as French minister visits Odesa"
TEXT = """LE QUOTIDIEN DE L'EUROPE
FR · EN · ES · DE
International › Europe › Guerre en Ukraine
Kherson: two killed by Russian shelling as French minister visits Odesa
Publié le : 14/03/2024 - 10:27
Modifié le : 14/03/2024 - 12:05
🗨 37 réactions
This article is a machine translation of the original published in French, reviewed by our editorial staff. Read the original version (FR).
Two people were killed and four others wounded on Wednesday afternoon when Russian artillery shelled the Dniprovskyi district of Kherson, the southern Ukrainian city on the right bank of the Dnipro, according to the regional military administration.

The shells struck near a covered market shortly after 3pm. « I was buying bread, and then everything went white, » says Nadiya Sokur, 62, a retired teacher, her left arm in a sling, interviewed by our correspondent at the city hospital. « The woman next to me did not get up. »

The next morning, around 8 o'clock, a Russian drone dropped an explosive charge on a bus stop in Bilozerka, a town west of Kherson, wounding a 40-year-old man, the administration added on Thursday.

On the Russian side, the governor of the Belgorod region said that a Ukrainian drone had struck a car in the town of Shebekino on Thursday morning, killing its driver. The Russian defence ministry also claimed to have destroyed eleven Ukrainian drones over the Belgorod region overnight. These claims could not be independently verified.

🎧 Listen to our podcast « Le Fil de l'Est », episode 112: the battle for the skies
Paris, Odesa and the grain route

The French armed forces minister, for his part, arrived in Odesa on Wednesday for a visit that had not been announced for security reasons. He met the regional governor and visited the port, where he promised that France would help to protect the maritime corridor used for grain exports.

« We will not let Odesa be strangled. The Black Sea must remain a sea of free trade, » the minister declared in front of the port's damaged silos.

Additional air defence systems will be delivered « before the summer », he added, without specifying their number. Asked whether French instructors could one day be sent to Ukraine, he answered that « nothing is excluded, but nothing is decided ».

The Kremlin's spokesman called the visit « a provocation » and warned that any French military personnel in Ukraine would be « a legitimate target ».

With LQE and agencies
Read also
Ukraine: in Zaporizhzhia, the front line seen from a school turned shelter
Decryption: why the Black Sea corridor still works
Tags: Ukraine · Russia · France · Kherson · Odessa
The editorial staff recommends
Newsletter — Receive the essential international news every morning
© Le Quotidien de l'Europe - 2024
"""
DOC = {"id": "e03", "date": "2024-03-14", "source": "Le Quotidien de l'Europe (French daily, English edition)",
       "url": "https://www.lequotidiendeleurope.example/en/europe/20240314-kherson-two-killed-french-minister-odesa",
       "text": TEXT}

EVENTS = [
    E("e03-1", "missile_artillery_strike", "2024-03-13", L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA",
      fat=N(2), inj=N(4), weapons=[W("artillery")], claimant="Kherson regional military administration",
      note="'on Wednesday afternoon' in a Thursday page = 13 March; city district = city"),
    E("e03-2", "air_drone_strike", "2024-03-14", L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant="Kherson regional military administration",
      note="'The next morning' after Wednesday = Thursday 14 March (relative to the previous event)"),
    E("e03-3", "air_drone_strike", "2024-03-14", L("Shebekino"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      claimant="Belgorod governor", note="Russian governor's claim, Ukrainian drone on a car, Thursday morning"),
    E("e03-4", "interception", "2024-03-14", R("RU-BEL", "Belgorod region"), "RU", "UA",
      weapons=[W("drone", intercepted=N(11))], claimant="Russian defence ministry",
      note="'eleven Ukrainian drones over the Belgorod region overnight': region with a count = required"),
    E("e03-5", "diplomatic_contact", "2024-03-13", L("Odesa"), "FR", "UA",
      note="French minister arrives in Odesa on Wednesday and meets the regional governor; his promises and "
           "'before the summer' deliveries are plans"),
]
STATEMENTS = [
    S("Nadiya Sokur", "UA", "I was buying bread, and then everything went white", "retired teacher, 62"),
    S("Nadiya Sokur", "UA", "The woman next to me did not get up", "retired teacher, 62"),
    S("French armed forces minister", "FR", "We will not let Odesa be strangled", "title only"),
    S("French armed forces minister", "FR", "nothing is excluded, but nothing is decided", "title only"),
]
MUST_NOT = ["LE QUOTIDIEN DE L'EUROPE", "FR · EN · ES · DE", "International › Europe › Guerre en Ukraine",
            "Publié le : 14/03/2024 - 10:27", "Modifié le : 14/03/2024 - 12:05", "🗨 37 réactions",
            "This article is a machine translation of the original published in French, reviewed by our editorial staff. Read the original version (FR).",
            "🎧 Listen to our podcast « Le Fil de l'Est », episode 112: the battle for the skies",
            "With LQE and agencies", "Read also",
            "Ukraine: in Zaporizhzhia, the front line seen from a school turned shelter",
            "Decryption: why the Black Sea corridor still works", "Tags: Ukraine · Russia · France · Kherson · Odessa",
            "The editorial staff recommends", "Newsletter — Receive the essential international news every morning",
            "© Le Quotidien de l'Europe - 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
