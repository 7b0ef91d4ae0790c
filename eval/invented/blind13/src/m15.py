from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine and Russia swap 40 prisoners each in UAE-mediated exchange"
TEXT = """Al Mirsad English
News | Russia-Ukraine war
Ukraine and Russia swap 40 prisoners each in UAE-mediated exchange
Among the Ukrainians freed were two civilians and several defenders of Mariupol, Kyiv says, as talks on a larger swap remain stalled.
By Al Mirsad Staff and News Agencies
Published On 7 Aug 2023
Save
Click here to share on social media

Ukraine and Russia have exchanged 40 prisoners each in a deal mediated by the United Arab Emirates, both sides said, the first swap in a month.

Thirty-eight Ukrainian soldiers and two civilians returned home on Sunday, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said on Monday. Several of them had been held since the fall of Mariupol in May last year.

"Some of them did not know until the last moment that they were going home. One asked us whether the war was over," said Oksana Kravets, a spokeswoman for the headquarters.

Recommended Stories
list of 3 items
Russia-Ukraine war: List of key events, day 530
Photos: Life on the front line in Zaporizhzhia
Explainer: Who is on the Black Sea grain deal's blacklist?
end of list

Russia's defence ministry said 40 Russian servicemen had been "returned from territory controlled by the Kyiv regime" and would be flown to Moscow for medical treatment and rehabilitation.

"The Russian Federation thanks the United Arab Emirates for its humanitarian mediation," the ministry said in a statement.

Separately, Ukraine received the bodies of 61 soldiers killed in fighting, the headquarters said, without saying when or where the handover took place.

The previous exchange took place on July 6, when 45 Ukrainians were freed. Ukraine says more than 2,500 of its citizens have returned from Russian captivity since the start of the full-scale invasion in February 2022, but that thousands remain in Russian prisons, including civilians detained in occupied territories.

Kyiv has repeatedly proposed an "all for all" exchange. Moscow has not accepted it, and Ukrainian officials say Russia has been slowing down swaps to put pressure on the families of prisoners.

On Saturday, several hundred relatives of prisoners of war rallied peacefully on Kyiv's Independence Square, holding portraits of their sons and husbands and calling on the government and international organisations to speed up exchanges.

"My husband has been there for 15 months. I read every list, every time, and every time his name is not there," said Natalia Shevchuk, whose husband, a marine, was captured in Mariupol.

The International Committee of the Red Cross says it has not been given access to all prisoners held by Russia and has called on both sides to allow regular visits. Ukraine's parliamentary human rights commissioner said the released soldiers had described beatings and poor food in captivity, accusations Moscow denies.

Source: Al Mirsad and news agencies
Follow Al Mirsad English on WhatsApp for the latest news
"""
DOC = {"id": "m15", "date": "2023-08-07", "source": "Al Mirsad English",
       "url": "https://www.almirsad.example/news/2023/8/7/ukraine-and-russia-swap-40-prisoners-each", "text": TEXT}

D = "2023-08-07"
EVENTS = [
    E("m15-1", "agreement", "2023-08-06", C(None, "not stated"), "UA", "RU",
      claimant="Coordination Headquarters for the Treatment of Prisoners of War; Russian Defence Ministry",
      note="40-for-40 exchange: returned 'on Sunday' (6 Aug); no place given -> country null (any place compatible); "
           "prisoner exchange = agreement"),
    E("m15-2", "agreement", None, C(None, "not stated"), "RU", "UA", optional=True,
      claimant="Coordination Headquarters",
      note="return of 61 bodies 'without saying when or where': optional, date null"),
    E("m15-3", "agreement", "2023-07-06", C(None, "not stated"), "UA", "RU",
      note="'The previous exchange took place on July 6' (45 freed): a recalled event with an exact day, annotated "
           "as its own event (real-gold convention: recalled events in a clause are events; vague ones optional)"),
    E("m15-4", "protest", "2023-08-05", L("Kyiv", name="Independence Square, Kyiv"), "UA", None,
      claimant="Al Mirsad", note="peaceful rally of POW relatives 'On Saturday' (5 Aug); actor2 null (no intervention)"),
]
STATEMENTS = [
    S("Oksana Kravets", "UA", "One asked us whether the war was over", "spokeswoman, Coordination Headquarters"),
    S("Russian Defence Ministry", "RU", "thanks the United Arab Emirates for its humanitarian mediation"),
    S("Natalia Shevchuk", "UA", "every time his name is not there", "wife of a captured marine"),
]
MUST_NOT = ["Al Mirsad English", "News | Russia-Ukraine war", "By Al Mirsad Staff and News Agencies", "Published On 7 Aug 2023",
            "Save", "Click here to share on social media", "Recommended Stories", "list of 3 items",
            "Russia-Ukraine war: List of key events, day 530", "Photos: Life on the front line in Zaporizhzhia",
            "Explainer: Who is on the Black Sea grain deal's blacklist?", "end of list",
            "Source: Al Mirsad and news agencies", "Follow Al Mirsad English on WhatsApp for the latest news"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
