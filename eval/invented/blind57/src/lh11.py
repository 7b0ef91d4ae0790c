from common import E, L, R, C, N, W, S, H, gold, ADS, POL, DIP, with_evidence

TITLE = "Cabinet keeps shells flowing to Ukraine as minister returns from Kharkiv"
TEXT = """VLTAVSKÉ LISTY
English edition
Domov | Česko | Svět | Ekonomika | Názory | English
World / Ukraine
28. 1. 2026 16:20
Cabinet keeps shells flowing to Ukraine as minister returns from Kharkiv
Prague – The government on Wednesday approved 1.9 billion crowns to keep the Czech-led ammunition initiative running through the first half of the year, overruling objections from two junior coalition partners.

Wednesday's vote followed the foreign minister's unannounced trip to Kharkiv, where on Tuesday he held talks with the head of Kharkiv's regional military administration and visited a school rebuilt with Czech money.

Late on Tuesday, hours after the minister had left the city, a Russian drone struck a warehouse in Kharkiv's Industrialnyi district, injuring two security guards, regional officials said.

"We saw the school in the afternoon and the fires on the news at night. That is Kharkiv in one day," said Jiří Vacek, an opposition MP who travelled with the delegation.

Critics of the initiative want it moved under NATO and say it could be scrapped if the allies do not share the cost.
Tento článek je strojově přeložen z češtiny a redakčně upraven.
Sdílet | Tisk | Nahlásit chybu
© Vltavské listy, a.s., 2026
"""
DOC = {"id": "lh11", "date": "2026-01-28", "source": "Vltavské listy (Czech daily, English edition)",
       "url": "https://vltavskelisty.example/en/svet/ukrajina/2026/01/28/cabinet-ammunition-initiative-kharkiv", "text": TEXT}

D, TUE = "2026-01-28", "2026-01-27"
EVENTS = [
    E("lh11-1", POL, D, C("CZ", "Czech Republic"), "CZ", "UA",
      note="'The government on Wednesday approved 1.9 billion crowns to keep the Czech-led ammunition initiative "
           "running': aid at the deciding country (the 'Prague –' dateline changes nothing)"),
    E("lh11-2", DIP, TUE, L("Kharkiv"), "CZ", "UA",
      note="'the foreign minister's unannounced trip to Kharkiv, where on Tuesday he held talks with the head of "
           "Kharkiv's regional military administration': a meeting at a named place, the visitor who 'held talks' is actor1 (blind51 call 8)"),
    E("lh11-3", ADS, TUE, L("Kharkiv"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Kharkiv regional officials",
      note="'Late on Tuesday … a Russian drone struck a warehouse in Kharkiv's Industrialnyi district, injuring two "
           "security guards' (district = the city) -> 27 Jan"),
]
# Not events: the school 'rebuilt with Czech money' (earlier aid without a day), the critics' wish to move the initiative
# under NATO and 'could be scrapped if' (demand, conditional), the objections of two coalition partners (part of the
# decision). The Czech translation note, the share/print row and the copyright line are furniture; the 'Prague –'
# dateline stays as text.
STATEMENTS = [
    S("Jiří Vacek", "CZ", "That is Kharkiv in one day", "opposition MP"),
]
MUST_NOT = ["VLTAVSKÉ LISTY", "English edition", "Domov | Česko | Svět | Ekonomika | Názory | English", "World / Ukraine",
            "28. 1. 2026 16:20", "Tento článek je strojově přeložen z češtiny a redakčně upraven.",
            "Sdílet | Tisk | Nahlásit chybu", "© Vltavské listy, a.s., 2026"]

EVIDENCE = {
    'lh11-1': "The government on Wednesday approved 1.9 billion crowns to keep the Czech-led ammunition initiative running",
    'lh11-2': "where on Tuesday he held talks with the head of Kharkiv's regional military administration",
    'lh11-3': "Late on Tuesday, hours after the minister had left the city, a Russian drone struck a warehouse in Kharkiv's Industrialnyi district, injuring two security guards",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
