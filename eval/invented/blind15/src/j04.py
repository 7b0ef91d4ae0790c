from common import E, L, R, C, N, W, S, gold

TITLE = "Burned army trucks, a derailed fuel train and a treason case: a week of sabotage and arrests in Russia"
TEXT = """OKNO
Independent journalism from Russia and about Russia
News  Features  Explainers  Podcasts  Donate
The Russian authorities have declared our outlet an “undesirable organization.” Reposting our materials from inside Russia may be punishable.
Burned army trucks, a derailed fuel train and a treason case: a week of sabotage and arrests in Russia
Okno news desk
May 19, 2023, 12:47 pm
Late on Wednesday, two military trucks parked outside a military unit on the outskirts of Ryazan were set on fire. Ryazan police told a local news site that they were looking for two young men seen on a surveillance camera shortly before the fire, and that no one had been hurt.

A channel calling itself “Sever-22” claimed responsibility for the arson and promised that “the war will come home to every military unit in the region.” The claim could not be verified.

A day earlier, on Tuesday night, a freight train carrying 20 tank cars of diesel fuel derailed near the station of Rybnoye, about 20 kilometers north-west of Ryazan, after an explosion under the tracks. Six tank cars left the rails; nobody was injured, according to the regional railway. Traffic on the section was suspended for 14 hours, and several commuter trains to Moscow were cancelled.

The Investigative Committee opened a criminal case for sabotage. Investigators are considering whether to classify the derailment as a terrorist attack, which would carry a sentence of up to life imprisonment.

Treason in Nizhny Novgorod

On Thursday, the Federal Security Service (FSB) said it had detained a 24-year-old engineer at an aircraft plant in Nizhny Novgorod on suspicion of treason. According to the agency, the man photographed the plant's workshops and sent the pictures to Ukrainian intelligence through a messaging app.

“The detainee has fully confessed and is cooperating with the investigation,” the FSB said in a statement, accompanied by a video of the arrest. Treason carries a sentence of up to 20 years in Russia.

A blank sheet in Novosibirsk

On Saturday, police in Novosibirsk detained 29-year-old Yulia Makarenko, who stood outside the regional government building holding a blank sheet of paper. She was released the same night and charged with “discrediting” the army.

“She did not write a single word, and they still found something to charge her with,” her lawyer, Anna Veller, told Okno.

Also this week, a court in Yekaterinburg on Tuesday sentenced local resident Dmitry Kostin to 12 years in a maximum-security colony for trying to set fire to a military enlistment office in October. His defense plans to appeal.

According to the rights project Mart-Info, more than 19,500 people have been detained in Russia for anti-war statements since February 2022.

Okno needs your support. Since Russia blocked our website, we rely on our readers. Donate now
Share this story: Telegram · X · Facebook · Email
More on the topic
“Nobody asked us”: how a Bashkir village buried its mobilized men
Explainer: what the new rules on electronic summonses mean
"""
DOC = {"id": "j04", "date": "2023-05-19", "source": "Okno",
       "url": "https://okno-media.example/en/news/2023/05/19/burned-army-trucks-derailed-fuel-train", "text": TEXT}

D = "2023-05-19"
WED, TUE, THU, SAT = "2023-05-17", "2023-05-16", "2023-05-18", "2023-05-13"
EVENTS = [
    E("j04-1", "looting_destruction", WED, L("Ryazan", 2, "outskirts of Ryazan"), None, "RU", fat=N(0), inj=N(0),
      claimant="Ryazan police",
      note="arson of two military trucks 'Late on Wednesday' by unknown people (actor1 null; the Sever-22 claim is "
           "unverified); 'no one had been hurt' = 0/0; 'on the outskirts of' = precision 2"),
    E("j04-2", "remote_explosive", TUE, L("Rybnoye", 2, "near the station of Rybnoye, Ryazan region"), None, "RU",
      fat=N(0), inj=N(0), claimant="regional railway",
      note="'on Tuesday night': explosion under the tracks derails a fuel train; perpetrator unknown"),
    E("j04-3", "infrastructure_disruption", TUE, L("Rybnoye", 2, "rail section near Rybnoye"), None, "RU",
      claimant="regional railway", note="traffic suspended for 14 hours, commuter trains cancelled"),
    E("j04-4", "arrest", THU, L("Nizhny Novgorod"), "RU", "RU", claimant="FSB",
      note="treason detention announced 'On Thursday' (dated by the announcement, as blind8 r07)"),
    E("j04-5", "protest", SAT, L("Novosibirsk"), "RU", "RU", claimant="Okno",
      note="one-person picket with a blank sheet, detained: protest with intervention (actor2 = police, RU)"),
    E("j04-6", "arrest", SAT, L("Novosibirsk"), "RU", "RU", optional=True,
      note="the picketer's detention: part of the protest with intervention (blind4 call 1) -> optional"),
    E("j04-7", "policy_decision", TUE, L("Yekaterinburg"), "RU", "RU", optional=True,
      note="court sentence 'on Tuesday': a court decision, no good taxonomy type (blind13 call 11) -> optional"),
    E("j04-8", "looting_destruction", "2022-10-01", L("Yekaterinburg"), None, "RU", prec="month", end="2022-10-31",
      optional=True, note="attempted arson of an enlistment office 'in October' (recalled, month only)"),
]
STATEMENTS = [
    S("FSB", "RU", "The detainee has fully confessed and is cooperating with the investigation"),
    S("Anna Veller", "RU", "She did not write a single word", "lawyer"),
]
MUST_NOT = ["OKNO", "Independent journalism from Russia and about Russia", "News  Features  Explainers  Podcasts  Donate",
            "The Russian authorities have declared our outlet an “undesirable organization.” Reposting our materials from inside Russia may be punishable.",
            "Okno news desk", "May 19, 2023, 12:47 pm",
            "Okno needs your support. Since Russia blocked our website, we rely on our readers. Donate now",
            "Share this story: Telegram · X · Facebook · Email", "More on the topic",
            "“Nobody asked us”: how a Bashkir village buried its mobilized men",
            "Explainer: what the new rules on electronic summonses mean"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
