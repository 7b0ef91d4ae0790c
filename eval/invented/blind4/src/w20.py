from common import E, L, R, C, N, W, S, gold

TITLE = "Occupation forces detain four Skadovsk residents; relatives fear they were taken to Crimea"
TEXT = """KYIV MORNING COURIER
January 14, 2026 8:03 am
Occupation forces detain four Skadovsk residents; relatives fear they were taken to Crimea
Author: Anastasiia Rudenko
Share: Facebook Twitter Telegram

Russian forces on Monday detained four residents of occupied Skadovsk, including a 63-year-old retired teacher, after searching their homes, the Kherson regional military administration said. Their relatives have not been told where they are being held.

"They came at six in the morning, took his phone and his passport, and put a bag over his head," said Tetiana Hnatenko, whose father was among those detained. "Nobody has told us anything since."

The occupation administration said on its Telegram channel that the four were "suspected of helping the Ukrainian armed forces" and warned that checks would continue across the district.

On Sunday, a volunteer who delivered medicines to elderly residents was taken from a checkpoint near Nova Kakhovka by men in military uniform, according to his colleagues. His whereabouts are unknown.

In the occupied part of the Zaporizhzhia region, Russian soldiers shot dead a 37-year-old man who was riding a bicycle near Vasylivka on Saturday, his relatives told the Courier. The soldiers had ordered him to stop, they said.

Ukraine's human rights commissioner, Olha Marchenko, said Russia had deported 16 children from occupied Oleshky to a "recreation camp" in the Krasnodar region last week without their parents' consent. Moscow denied that any children had been deported and said they had been "evacuated for their safety".

"These are not holidays. These are deportations, and every one of these children must come home," Marchenko said, vowing to raise the cases with the International Committee of the Red Cross.

On Friday, 11 Ukrainian civilians, including two former detainees from Skadovsk, returned to Ukraine through a border crossing in the Sumy region as part of a humanitarian exchange, the Coordination Headquarters for the Treatment of Prisoners of War said.

In Kherson, relatives of residents detained in the occupied part of the region held a rally on Tuesday outside the regional administration building, demanding that international organisations be given access to the detainees. The rally passed peacefully.

Related: Kherson: curfew extended, evacuation of Korabel island announced
Support independent journalism. Become a member of the Courier for $5 a month.
"""
DOC = {"id": "w20", "date": "2026-01-14", "source": "Kyiv Morning Courier",
       "url": "https://kyivcourier.example/news/2026/01/14/skadovsk-residents-detained-occupation", "text": TEXT}

EVENTS = [
    E("w20-1", "abduction", "2026-01-12", L("Skadovsk"), "RU", "UA", family=["arrest"],
      claimant="Kherson regional military administration"),
    E("w20-2", "abduction", "2026-01-11", L("Nova Kakhovka", 2, "checkpoint near Nova Kakhovka"), "RU", "UA",
      claimant="colleagues of the volunteer"),
    E("w20-3", "attack_on_civilians", "2026-01-10", L("Vasylivka", 2, "near Vasylivka"), "RU", "UA", fat=N(1),
      claimant="relatives"),
    E("w20-4", "abduction", "2026-01-05", L("Oleshky"), "RU", "UA", prec="week", end="2026-01-11",
      claimant="Olha Marchenko (denied by Moscow)", note="deportation of children, 'last week'"),
    E("w20-5", "agreement", "2026-01-09", R("UA-59", "Sumy region border crossing", 2), "RU", "UA",
      claimant="Coordination Headquarters for the Treatment of Prisoners of War"),
    E("w20-6", "protest", "2026-01-13", L("Kherson"), "UA", None, claimant="Kyiv Morning Courier"),
]
STATEMENTS = [
    S("Tetiana Hnatenko", "UA", "took his phone and his passport, and put a bag over his head", "relative of a detainee"),
    S("Olha Marchenko", "UA", "These are not holidays. These are deportations", "Ukrainian human rights commissioner"),
]
MUST_NOT = ["KYIV MORNING COURIER", "January 14, 2026 8:03 am", "Author: Anastasiia Rudenko",
            "Share: Facebook Twitter Telegram", "Related: Kherson: curfew extended, evacuation of Korabel island announced",
            "Support independent journalism. Become a member of the Courier for $5 a month."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
