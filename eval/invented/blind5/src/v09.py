from common import E, L, R, C, N, W, S, gold

TITLE = "Families of Ukrainian POWs rally as Kyiv and Moscow swap 95 prisoners each"
TEXT = """AEN – Agence Européenne de Nouvelles
Families of Ukrainian POWs rally as Kyiv and Moscow swap 95 prisoners each
Published on: 20/11/2023 - 13:02 Modified on: 20/11/2023 - 15:40
3 min
Kyiv (AEN) – Russia and Ukraine exchanged 95 prisoners of war each on Sunday in a swap mediated by the United Arab Emirates, both sides said, a day after relatives of captured Ukrainian soldiers rallied in several cities to demand that the authorities bring them home.

Among the Ukrainians freed were 12 defenders of Mariupol and two civilians, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.

"Every exchange is the result of weeks of difficult work, and every name on the list is a family that has waited too long," the headquarters said in a statement.

The Russian Defence Ministry said 95 Russian servicemen "were returned from territory controlled by the Kiev regime" and would be flown to the Moscow region for medical treatment.

It was the second exchange this month. Kyiv has been pushing for an "all for all" swap, which Moscow has so far rejected.

Ukraine's human rights commissioner Taras Hrytsenko met his Russian counterpart Yelena Smolina in Abu Dhabi on Wednesday to go through lists of detainees, his office said. More talks could follow before the new year, a Ukrainian official said, speaking on condition of anonymity.

On Saturday, several hundred relatives of soldiers held in Russian captivity gathered on Kyiv's Independence Square, holding portraits of their husbands, sons and brothers and chanting "Free the defenders!". Similar rallies took place in Lviv and Dnipro. There were no incidents.

"My husband has been in captivity for 19 months. I want the whole world to remember his name," said Natalia Kravets, 37, whose husband was captured in Mariupol.

In Moscow, police detained five women who tried to lay flowers at the Tomb of the Unknown Soldier near the Kremlin wall on Saturday, demanding the demobilisation of their husbands who were called up in 2022, according to the rights monitor Pravozashchita. The women were released after several hours.

Ukraine says more than 8,000 of its citizens, soldiers and civilians, remain in Russian captivity. Nearly 2,600 Ukrainians have been freed in exchanges since the start of the full-scale invasion in February 2022.

Photo caption: Relatives of Ukrainian prisoners of war at a rally in Kyiv on November 18, 2023. © Oksana Polishchuk, AEN
© 2023 AEN
Newsletter: Receive essential international news every morning
Subscribe
"""
DOC = {"id": "v09", "date": "2023-11-20", "source": "AEN – Agence Européenne de Nouvelles",
       "url": "https://www.aen-news.example/en/europe/20231120-families-ukrainian-pows-rally-swap", "text": TEXT}

WED, SAT, SUN = "2023-11-15", "2023-11-18", "2023-11-19"
EVENTS = [
    E("v09-1", "agreement", SUN, C(None, "unspecified"), "UA", "RU",
      claimant="Coordination Headquarters; Russian Defence Ministry", note="95-for-95 POW exchange, place not given"),
    E("v09-2", "diplomatic_contact", WED, L("Abu Dhabi"), "UA", "RU", claimant="office of Taras Hrytsenko",
      note="ombudsmen meeting"),
    E("v09-3", "protest", SAT, L("Kyiv", 1, "Kyiv, Independence Square"), "UA", None, note="peaceful rally of POW relatives"),
    E("v09-4", "protest", SAT, L("Lviv"), "UA", None, note="'similar rallies' on the same Saturday"),
    E("v09-5", "protest", SAT, L("Dnipro"), "UA", None, note="'similar rallies' on the same Saturday"),
    E("v09-6", "protest", SAT, L("Moscow", 1, "Moscow, Kremlin wall"), "RU", "RU", claimant="Pravozashchita",
      note="protest with intervention (five detained)"),
    E("v09-7", "arrest", SAT, L("Moscow"), "RU", "RU", optional=True,
      note="detentions at the protest; the protest event carries them"),
    E("v09-8", "agreement", "2023-11-01", C(None, "unspecified"), "UA", "RU", prec="range", end="2023-11-18",
      optional=True, note="'the second exchange this month': the earlier one is undated"),
]
STATEMENTS = [
    S("Coordination Headquarters for the Treatment of Prisoners of War", "UA",
      "every name on the list is a family that has waited too long"),
    S("Russian Defence Ministry", "RU", "were returned from territory controlled by the Kiev regime"),
    S("Natalia Kravets", "UA", "I want the whole world to remember his name"),
]
MUST_NOT = ["AEN – Agence Européenne de Nouvelles", "Published on: 20/11/2023 - 13:02 Modified on: 20/11/2023 - 15:40",
            "3 min",
            "Photo caption: Relatives of Ukrainian prisoners of war at a rally in Kyiv on November 18, 2023. © Oksana Polishchuk, AEN",
            "© 2023 AEN", "Newsletter: Receive essential international news every morning", "Subscribe"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
