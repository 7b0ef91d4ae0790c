from common import E, L, R, C, N, W, S, gold

TITLE = "150 Ukrainian defenders return home from Russian captivity in UAE-mediated exchange"
TEXT = """UIS · Ukrainian Information Service
Українською | English | Deutsch
Politics | Economy | War | Society | Regions | Sport
150 Ukrainian defenders return home from Russian captivity in UAE-mediated exchange
05.02.2025 16:20
Ukraine brought home 150 servicemen from Russian captivity on Wednesday in an exchange mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War reported.

Among those released are soldiers of the Armed Forces, the National Guard and the State Border Guard Service, including 11 defenders of Mariupol and four men captured in the Kursk region. The youngest is 22, the oldest 59.

"Every one of them was on our lists for months. For some families today is the first confirmation in two years that their son is alive," the Coordination Headquarters said in a statement.

Russia's defence ministry said that 150 Russian servicemen had been returned from territory controlled by Kyiv and would be flown to Moscow for treatment.

"I did not believe it until I heard Ukrainian on the bus. Then I cried like a child," said Senior Sergeant Andrii Kravets, 34, who was captured near Avdiivka in 2024.
Photo: Coordination Headquarters for the Treatment of Prisoners of War
It was the 61st exchange since the start of the full-scale invasion. Last Friday, Ukraine received the bodies of 757 fallen servicemen in a repatriation agreed with Russia.

On Sunday, several hundred relatives of missing and captured soldiers rallied on Independence Square in Kyiv, demanding more frequent exchanges. "We are not asking for favours. We are asking the state to keep its word," said Liudmyla Savchuk, whose son has been missing since 2023.

The Ukrainian ombudsman said talks on the next exchange were already under way but that Russia was blocking the return of seriously wounded prisoners.

Meanwhile, the war continued. Russian drones attacked Sumy on Tuesday night, hitting a high-rise building and injuring three residents, the regional military administration said.
Read also: Parliament extends martial law and mobilisation for 90 days
Follow UIS on Facebook and X
When quoting and using any materials on the Internet, hyperlinks to uis.example not lower than the first paragraph are mandatory.
"""
DOC = {"id": "kn08", "date": "2025-02-05", "source": "UIS Ukrainian Information Service (Ukrainian national news agency)",
       "url": "https://www.uis.example/en/news/2025/02/05/150-defenders-return-home", "text": TEXT}

D = "2025-02-05"
EVENTS = [
    E("kn08-1", "agreement", D, C(None, "undisclosed"), "UA", "RU",
      note="150-for-150 exchange 'on Wednesday' (publication day) mediated by the UAE: an agreement without a place "
           "(blind28 call 10); the Russian MoD's version is the same exchange"),
    E("kn08-2", "agreement", "2025-01-31", C(None, "undisclosed"), "UA", "RU",
      note="'Last Friday' (31 Jan) bodies of 757 servicemen received 'in a repatriation agreed with Russia': agreement, "
           "no place"),
    E("kn08-3", "protest", "2025-02-02", L("Kyiv"), "UA", None,
      note="relatives rallied 'on Sunday' (2 Feb) on Independence Square in Kyiv: peaceful protest"),
    E("kn08-4", "air_drone_strike", "2025-02-04", L("Sumy"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="drones on a high-rise in Sumy 'on Tuesday night' (4 Feb): 3 injured"),
]
# Not events: 'captured near Avdiivka in 2024' (history), 'the 61st exchange' (tally), the next exchange 'under way'
# (talks without a day), the ombudsman's accusation, the martial-law headline (furniture).
STATEMENTS = [
    S("Coordination Headquarters for the Treatment of Prisoners of War", "UA",
      "the first confirmation in two years that their son is alive", "Ukrainian coordination headquarters"),
    S("Andrii Kravets", "UA", "I did not believe it until I heard Ukrainian on the bus", "freed senior sergeant"),
    S("Liudmyla Savchuk", "UA", "We are asking the state to keep its word", "mother of a missing soldier"),
]
MUST_NOT = ["UIS · Ukrainian Information Service", "Українською | English | Deutsch",
            "Politics | Economy | War | Society | Regions | Sport", "05.02.2025 16:20",
            "Photo: Coordination Headquarters for the Treatment of Prisoners of War",
            "Read also: Parliament extends martial law and mobilisation for 90 days", "Follow UIS on Facebook and X",
            "When quoting and using any materials on the Internet, hyperlinks to uis.example not lower than the first "
            "paragraph are mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
