from common import E, L, R, C, N, W, S, gold

TITLE = "185 defenders come home in new exchange; bodies of 1,000 fallen repatriated"
TEXT = """UKRAINIAN HERALD ONLINE
🇺🇦 UA | 🇬🇧 EN
Home / Society / Prisoners of war
185 defenders come home in new exchange; bodies of 1,000 fallen repatriated
03.10.2025 | 16:20 | 👁 8 950
One hundred and eighty-five Ukrainian servicemen and two civilians returned home on Thursday in a prisoner exchange mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War said. Russia received the same number of its soldiers.

Among those freed are marines captured in Mariupol in 2022, border guards and National Guard soldiers, most of whom spent more than three years in Russian captivity. Several need long medical treatment, the headquarters said.

"Every name on this list is the result of months of negotiations. We are not stopping: the next exchange is already being prepared," said Oleh Lysenko, secretary of the headquarters.

Two days earlier, on Tuesday, Ukraine received the bodies of 1,000 people that Russia says are those of Ukrainian soldiers, and handed over 24 bodies of Russian servicemen. Forensic experts will now try to identify them by DNA, a process that can take months.

"I saw the sea for the first time in three years on the bus. I still cannot believe it," said Andrii Kushnir, a 27-year-old marine from Mykolaiv, in a video released by the headquarters.

Subscribe to our WhatsApp channel
Families of those still in captivity plan to rally on Independence Square on Sunday to demand an "all for all" exchange. Russia's human rights commissioner said Moscow was ready for such a swap if Kyiv "stops obstructing" it; Ukrainian officials call that a propaganda line.

The day of the exchange was not a quiet one. On Thursday morning a Russian drone hit a city bus in Kherson's Dniprovskyi district, injuring four passengers, the regional military administration said.

Since 2022, more than 5,800 Ukrainians have been freed from Russian captivity, according to the headquarters.

Tags: #exchange #POW #CoordinationHQ
Advertising on the site: ads@herald-ua.example
All rights reserved © 2025
"""
DOC = {"id": "kf04", "date": "2025-10-03", "source": "Ukrainian Herald Online (Ukrainian news site)",
       "url": "https://herald-ua.example/en/society/pow/2025/10/03/185-defenders-home", "text": TEXT}

EVENTS = [
    E("kf04-1", "agreement", "2025-10-02", C(None, "undisclosed place"), "UA", "RU",
      claimant="Coordination Headquarters for the Treatment of Prisoners of War",
      note="prisoner exchange 'on Thursday' (2 Oct): agreement (brief convention); no place given (country null, as "
           "blind28's exchange)"),
    E("kf04-2", "agreement", "2025-09-30", C(None, "undisclosed place"), "RU", "UA",
      note="repatriation of 1,000 bodies and return of 24 'on Tuesday' (30 Sep): an exchange of bodies between the "
           "parties = agreement (brief); no place"),
    E("kf04-3", "air_drone_strike", "2025-10-02", L("Kherson"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="drone hit a city bus 'On Thursday morning' in a city district = the city (precision 1); 4 injured"),
]
# Not events: the captures in Mariupol in 2022 (history), 'next exchange is already being prepared' and the rally
# planned for Sunday (plans), 'ready … if' (conditional), 5,800 freed since 2022 (cumulative).
STATEMENTS = [
    S("Oleh Lysenko", "UA", "the next exchange is already being prepared", "secretary of the Coordination Headquarters"),
    S("Andrii Kushnir", "UA", "I saw the sea for the first time in three years", "freed marine"),
]
MUST_NOT = ["UKRAINIAN HERALD ONLINE", "🇺🇦 UA | 🇬🇧 EN", "Home / Society / Prisoners of war",
            "03.10.2025 | 16:20 | 👁 8 950", "Subscribe to our WhatsApp channel", "Tags: #exchange #POW #CoordinationHQ",
            "Advertising on the site: ads@herald-ua.example", "All rights reserved © 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
