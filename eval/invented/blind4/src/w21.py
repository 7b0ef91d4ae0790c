from common import E, L, R, C, N, W, S, gold

TITLE = "Georgian police break up pro-EU rally with water cannon for fifth night"
TEXT = """Georgian police break up pro-EU rally with water cannon for fifth night
By Nino Abashidze
Published 03/12/2024 - 08:52 Updated 03/12/2024 - 10:20
Share on Facebook | Share on Twitter | Email

Tbilisi (ACP) - Riot police used water cannon and tear gas overnight to disperse thousands of protesters outside parliament in Tbilisi, the fifth night of demonstrations against the government's decision to shelve talks on joining the European Union.

Protesters on Rustaveli Avenue threw fireworks at police lines and set up barricades of rubbish bins before officers moved in shortly after 2 a.m., chasing people into side streets and courtyards, ACP journalists saw. At least 16 people were taken to hospital, the health ministry said.

The interior ministry said 41 people had been detained for "disobeying police orders" and "petty hooliganism".

Journalists from two independent television channels were beaten by masked men in plain clothes near the parliament building, their employers said, and one camera operator was left with a broken arm. The interior ministry said it was looking into the reports.

On Monday, police detained Nika Lomidze, leader of the opposition Coalition for Change, at his party's office in central Tbilisi. He was charged with "organising group violence", which carries up to six years in prison. His party said the charge was politically motivated.

In the Black Sea city of Batumi, several thousand people marched peacefully late on Monday, waving EU and Georgian flags. No detentions were reported there.
Photo: ACP / Giorgi Kalandadze
"There will be no revolution in Georgia. The state is strong enough to protect order," Prime Minister Levan Gelashvili told a news conference, and denied that police had used excessive force.

Public Defender Tamar Japaridze said she had seen detainees with head injuries. "The force used against peaceful people was clearly disproportionate," she said.

Opposition leaders vowed to keep protesting every night until new elections are called. Washington said it could impose sanctions on officials responsible for the crackdown. Is Georgia turning away from Europe? Many of the protesters fear it already has.
© 2024 ACP
"""
DOC = {"id": "w21", "date": "2024-12-03", "source": "ACP (Agence Continentale de Presse)",
       "url": "https://www.acp-depeches.example/en/europe/20241203-georgia-tbilisi-protest-water-cannon", "text": TEXT}

D, M = "2024-12-03", "2024-12-02"
EVENTS = [
    E("w21-1", "protest", D, L("Tbilisi", 1, "Tbilisi, Rustaveli Avenue"), "GE", "GE", inj=N(16, "at_least"),
      family=["riot"], claimant="ACP; health ministry", note="protest with intervention; fireworks thrown at police"),
    E("w21-2", "arrest", D, L("Tbilisi"), "GE", "GE", optional=True, claimant="interior ministry",
      note="detentions at the dispersal of the protest"),
    E("w21-3", "attack_on_civilians", D, L("Tbilisi"), None, "GE", claimant="employers of the journalists",
      note="journalists beaten by masked men; 'one camera operator with a broken arm'"),
    E("w21-4", "arrest", M, L("Tbilisi"), "GE", "GE", claimant="ACP"),
    E("w21-5", "protest", M, L("Batumi"), "GE", None, claimant="ACP"),
]
STATEMENTS = [
    S("Levan Gelashvili", "GE", "There will be no revolution in Georgia", "Georgian prime minister"),
    S("Tamar Japaridze", "GE", "The force used against peaceful people was clearly disproportionate", "Public Defender"),
]
MUST_NOT = ["By Nino Abashidze", "Published 03/12/2024 - 08:52 Updated 03/12/2024 - 10:20",
            "Share on Facebook | Share on Twitter | Email", "Photo: ACP / Giorgi Kalandadze", "© 2024 ACP"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
