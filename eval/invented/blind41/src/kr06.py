from common import E, L, R, C, N, W, S, gold

TITLE = "150 Ukrainians return home from Russian captivity in last exchange of the year"
TEXT = """SLOVO UKRAINY
UA | RU | EN
News | Columns | Interviews | War | Economics | Society
Monday, 30 December 2024, 15:41
Iryna Kutsenko
150 Ukrainians return home from Russian captivity in last exchange of the year
One hundred and fifty Ukrainian defenders and three civilians have returned to Ukraine from Russian captivity in an exchange carried out on Monday with the mediation of the United Arab Emirates.

Source: Coordination Headquarters for the Treatment of Prisoners of War on Telegram

Details: Among those freed are soldiers of the Armed Forces, the National Guard and the State Border Guard Service, as well as two sailors captured in Mariupol in the spring of 2022. The youngest is 21, the oldest 61. Most of them had been held for more than two years.

Ukraine handed over the same number of Russian servicemen, the Russian Defence Ministry said.

Quote from the Coordination Headquarters: "Each exchange is the result of months of work. We did not get everyone we asked for, and we will keep asking."

Support Slovo Ukrainy on Patreon
Three days earlier, on Friday, Ukraine had received the bodies of 503 fallen soldiers, most of them killed in the Donetsk region, in a repatriation agreed with the Russian side, the headquarters added. Forensic experts will now identify them.

The exchange came two days after relatives of missing soldiers rallied in Lviv. On Saturday several hundred people, many of them mothers and wives of men who went missing near Vuhledar and Kurakhove, gathered in Rynok Square holding photographs and demanding that the state speed up the search.

"My son has been missing for 14 months. I do not want promises, I want a list," said Oksana Tarasiuk, whose son served with a marine brigade.

Roman Babenko, one of the freed servicemen, described the moment the bus crossed the border. "For two years they told us nobody needed us at home. Then I heard the Ukrainian anthem and understood they were lying," he said in a video distributed by the headquarters.

Background: This was the 60th exchange since the start of the full-scale invasion. More than 3,900 Ukrainians have been returned from captivity since February 2022, according to official data. The next exchange is already being prepared, the ombudsman said, without giving a date.

Meanwhile, Russian drones attacked Kharkiv overnight. A private house burned down in the Kyivskyi district and two people were injured, the head of the regional military administration reported.
Advertisement:
Journalists of Slovo Ukrainy work under fire together with you. Subscribe to our Telegram channel
Read also: How Ukraine searches for the missing: a guide for families
"""
DOC = {"id": "kr06", "date": "2024-12-30", "source": "Slovo Ukrainy (Ukrainian national news site, English version)",
       "url": "https://www.slovoukrainy.example/eng/news/2024/12/30/7490112/", "text": TEXT}

D = "2024-12-30"
EVENTS = [
    E("kr06-1", "agreement", D, C(None, "undisclosed"), "UA", "RU",
      note="exchange 'carried out on Monday' (publication day), UAE mediation: 150 soldiers + 3 civilians; a prisoner "
           "exchange is an agreement without a place (brief); the Russian MoD's version is the same exchange"),
    E("kr06-2", "agreement", "2024-12-27", C(None, "undisclosed"), "UA", "RU",
      note="'Three days earlier, on Friday' (27 Dec): 503 bodies received 'in a repatriation agreed with the Russian "
           "side': a body exchange = agreement, no place"),
    E("kr06-3", "protest", "2024-12-28", L("Lviv"), "UA", None,
      note="'On Saturday' (28 Dec; the exchange 'came two days after' it) relatives rallied in Rynok Square in "
           "Lviv: peaceful protest"),
    E("kr06-4", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Russian drones attacked Kharkiv overnight' (Monday page): house burned in the Kyivskyi district "
           "(= the city), 2 injured"),
]
# Not events: sailors 'captured in Mariupol in the spring of 2022' (history), 'the 60th exchange' and 'more than
# 3,900 … since February 2022' (tallies), forensic identification 'will now' (future), 'The next exchange is already
# being prepared' (plan, no date), soldiers missing near Vuhledar and Kurakhove (background).
STATEMENTS = [
    S("Coordination Headquarters for the Treatment of Prisoners of War", "UA",
      "We did not get everyone we asked for, and we will keep asking", "Ukrainian coordination headquarters"),
    S("Oksana Tarasiuk", "UA", "I do not want promises, I want a list", "mother of a missing marine"),
    S("Roman Babenko", "UA", "Then I heard the Ukrainian anthem and understood they were lying", "freed serviceman"),
]
MUST_NOT = ["SLOVO UKRAINY", "UA | RU | EN", "News | Columns | Interviews | War | Economics | Society",
            "Monday, 30 December 2024, 15:41", "Iryna Kutsenko", "Support Slovo Ukrainy on Patreon", "Advertisement:",
            "Journalists of Slovo Ukrainy work under fire together with you. Subscribe to our Telegram channel",
            "Read also: How Ukraine searches for the missing: a guide for families"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
