from common import E, L, R, C, N, W, S, gold

TITLE = "Occupation official killed by car bomb in Melitopol"
TEXT = """KYIV MORNING COURIER
October 19, 2023 10:27 am
Occupation official killed by car bomb in Melitopol
Author: Dmytro Khomenko
Share: Facebook Twitter Telegram

A Russian-installed official in occupied Melitopol was killed on Wednesday morning when an explosive device planted under his car went off outside his home in the north of the city, Ukraine's military intelligence agency (HUR) said.

Viktor Sholomko, 51, who headed the housing and utilities department of the occupation administration, died at the scene. His driver was hospitalised with shrapnel wounds, Russian state media reported. HUR, which stopped short of claiming responsibility, described Sholomko as a "collaborator" who had helped organise the seizure of homes left by residents who fled.

"Every war criminal will receive a just punishment," HUR spokesman Mykola Bondar told the Courier.

The blast came a week after a similar killing in Enerhodar, the satellite town of the Zaporizhzhia nuclear power plant. On Wednesday last week, Oleksandr Prykhodko, deputy head of the occupation "council" in Enerhodar, was shot dead near his apartment block by two unidentified gunmen, who escaped in a car.
Related: Partisans claim sabotage of railway bridge near Tokmak
Within hours of Wednesday's explosion, Russian troops and FSB officers launched raids across Melitopol, detaining at least 14 residents, mostly men of fighting age, according to the city's exiled mayor, Oleh Savchuk. Relatives of three of them said they had no information about where the men were being held.

"People are being taken from their homes simply for being men of the wrong age," Savchuk said.

Russia's Investigative Committee said it had opened a terrorism case. It said a suspect had been detained on Wednesday evening in the nearby town of Tokmak and had "confessed", publishing a video of a man in handcuffs.

The Russian-installed governor of the region, Yevgeny Kalashnik, promised that "all those involved will be found and destroyed". Savchuk urged residents to stay indoors and avoid checkpoints, warning that further raids could follow.

At least a dozen Russian-installed officials have been killed or wounded in attacks in occupied parts of the Zaporizhzhia and Kherson regions since the spring of 2022.

Support independent journalism. Become a member of the Courier for $5 a month.
"""
DOC = {"id": "w05", "date": "2023-10-19", "source": "Kyiv Morning Courier",
       "url": "https://kyivcourier.example/news/2023/10/19/melitopol-car-bomb-occupation-official", "text": TEXT}

D = "2023-10-18"
EVENTS = [
    E("w05-1", "remote_explosive", D, L("Melitopol"), None, "RU", fat=N(1), inj=N(1),
      claimant="HUR; Russian state media"),
    E("w05-2", "attack_on_civilians", "2023-10-11", L("Enerhodar"), None, "RU", fat=N(1), claimant="Kyiv Morning Courier"),
    E("w05-3", "abduction", D, L("Melitopol"), "RU", "UA", family=["arrest"], claimant="Oleh Savchuk"),
    E("w05-4", "arrest", D, L("Tokmak"), "RU", "UA", family=["abduction"], claimant="Russian Investigative Committee"),
]
STATEMENTS = [
    S("Mykola Bondar", "UA", "Every war criminal will receive a just punishment", "HUR spokesman"),
    S("Oleh Savchuk", "UA", "simply for being men of the wrong age", "exiled mayor of Melitopol"),
    S("Yevgeny Kalashnik", "RU", "all those involved will be found and destroyed", "Russian-installed governor"),
]
MUST_NOT = ["KYIV MORNING COURIER", "October 19, 2023 10:27 am", "Author: Dmytro Khomenko",
            "Share: Facebook Twitter Telegram", "Related: Partisans claim sabotage of railway bridge near Tokmak",
            "Support independent journalism. Become a member of the Courier for $5 a month."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
