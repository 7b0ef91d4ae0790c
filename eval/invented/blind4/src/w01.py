from common import E, L, R, C, N, W, S, gold

TITLE = "More than 1,800 detained as anti-war protests spread across Russian cities"
TEXT = """More than 1,800 detained as anti-war protests spread across Russian cities
By Léa Marchetti with Oleg Sarkisov in Moscow
Published 28/02/2022 - 09:14 Updated 28/02/2022 - 11:02
Share on Facebook | Share on Twitter | Email

Moscow (ACP) - Russian police detained at least 1,800 people in 51 cities on Sunday as thousands took to the streets for a fourth straight day to protest against the invasion of Ukraine, according to the independent rights monitor Pravo na Protest.

In Moscow, riot police in black helmets dragged demonstrators into waiting buses on Manezhnaya Square and along Nikolskaya Street after several hundred people gathered within sight of the Kremlin walls chanting "No to war". The monitor counted 912 detentions in the capital alone.

In Saint Petersburg, police sealed off a stretch of Nevsky Prospekt outside the Gostiny Dvor shopping arcade and detained 480 people, the group said. Several protesters told ACP that officers had beaten them with batons inside a police van.
Photo: ACP / Kirill Zhdanov
"I am ashamed, and I cannot stay at home while this is done in my name," said Yulia, a 24-year-old student who had come to Nevsky with a hand-written placard.

Smaller rallies in Yekaterinburg and Novosibirsk passed off without detentions, local media reported, with about 300 people holding a silent vigil outside Yekaterinburg's drama theatre.

Kremlin spokesman Arkady Vesnin said the authorities would not tolerate unauthorised gatherings. "People have a right to their opinion, but they must express it within the law," he told reporters. The interior ministry warned that organisers of further protests could face criminal charges, and prosecutors said participants might be charged with taking part in "mass riots", which carries up to 15 years in prison.

Organisers vowed to return to the streets next weekend.

In neighbouring Belarus, where voters cast ballots on Sunday in a constitutional referendum, several hundred people gathered outside polling stations in central Minsk chanting anti-war slogans before riot police moved in. The Belarusian rights group Abarona said more than 500 people had been detained across the country by late evening.

In Tbilisi, tens of thousands marched down Rustaveli Avenue on Sunday evening waving Ukrainian and Georgian flags. The rally, one of the largest in the Georgian capital in years, ended peacefully.
Read also: Kyiv braces for new assault as talks loom on Belarus border
© 2022 ACP
"""
DOC = {"id": "w01", "date": "2022-02-28", "source": "ACP (Agence Continentale de Presse)",
       "url": "https://www.acp-depeches.example/en/europe/20220228-russia-anti-war-protests-detained", "text": TEXT}

D = "2022-02-27"
EVENTS = [
    E("w01-1", "arrest", D, C("RU", "Russia"), "RU", "RU", optional=True, claimant="Pravo na Protest",
      note="nationwide tally of detentions at the protests; detentions at protests are optional arrest events"),
    E("w01-2", "protest", D, L("Moscow"), "RU", "RU", claimant="ACP"),
    E("w01-3", "arrest", D, L("Moscow"), "RU", "RU", optional=True, claimant="Pravo na Protest"),
    E("w01-4", "protest", D, L("Saint Petersburg"), "RU", "RU", claimant="Pravo na Protest"),
    E("w01-5", "arrest", D, L("Saint Petersburg"), "RU", "RU", optional=True, claimant="Pravo na Protest"),
    E("w01-6", "protest", D, L("Yekaterinburg"), "RU", None, claimant="local media"),
    E("w01-7", "protest", D, L("Novosibirsk"), "RU", None, claimant="local media"),
    E("w01-8", "protest", D, L("Minsk"), "BY", "BY", claimant="ACP"),
    E("w01-9", "arrest", D, C("BY", "Belarus"), "BY", "BY", optional=True, claimant="Abarona"),
    E("w01-10", "protest", D, L("Tbilisi"), "GE", None, claimant="ACP"),
]
STATEMENTS = [
    S("Arkady Vesnin", "RU", "they must express it within the law", "Kremlin spokesman"),
    S("Yulia", "RU", "I cannot stay at home while this is done in my name", "protester"),
]
MUST_NOT = ["By Léa Marchetti with Oleg Sarkisov in Moscow", "Published 28/02/2022 - 09:14 Updated 28/02/2022 - 11:02",
            "Share on Facebook | Share on Twitter | Email", "Photo: ACP / Kirill Zhdanov",
            "Read also: Kyiv braces for new assault as talks loom on Belarus border", "© 2022 ACP"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
