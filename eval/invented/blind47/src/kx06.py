from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "205 defenders and seven civilians come home in the first exchange since early March"
TEXT = """OBRII
Ukrainian news you can check
УКР | ENG
Politics · War · Economy · Society · Culture · Columns
Monday, 30 March 2026, 16:05
Text: Sofiia Lytvyn
Support independent journalism: become an Obrii patron
205 defenders and seven civilians come home in the first exchange since early March
Two hundred and five Ukrainian servicemen and seven civilians returned home on Monday in a prisoner exchange with Russia, the Coordination Headquarters for the Treatment of Prisoners of War announced. The United Arab Emirates acted as mediator.

Most of the freed soldiers had spent more than three years in captivity. Among them are defenders of Mariupol and National Guard soldiers taken prisoner near Bakhmut in 2023; the civilians include a schoolteacher from the occupied left bank of the Kherson region who was detained in 2024.

"We did not bring everyone on the list home. But every name on it is being discussed, and no one has been crossed off," said Dmytro Usyk, secretary of the Coordination Headquarters.

The Russian Defence Ministry said it had received the same number of its servicemen in return.

The previous exchange, on 5 March, brought back 300 Ukrainians. And last Thursday Ukraine received the bodies of 909 people whom the Russian side identifies as Ukrainian soldiers; 41 bodies were handed over to Russia. Forensic identification will take months, the Headquarters said.

Relatives did not sit and wait for Monday's news. On Sunday several hundred people filled part of Maidan Nezalezhnosti in Kyiv, holding up portraits of husbands, sons and brothers held in Russian captivity and demanding that the government and international organisations speed up the exchanges. A day earlier, a similar rally had gathered in front of the regional state administration in Dnipro.

"My son was in Olenivka, then in Taganrog, and then we lost track of him. I come to the square because the only thing I can still do is be seen," said Liudmyla Bondarenko, whose son, a marine, was captured in April 2022.

Among those released on Monday was Corporal Yevhen Kravets, 27. "They told us the evening before that we were being moved to another prison. Only on the bus did someone whisper the word 'exchange'," he told Obrii by phone from a hospital in the north of the country, where the freed men are undergoing medical checks.

The ombudsman said after the exchange that thousands of Ukrainians remain in Russian captivity and that Russia still denies the International Committee of the Red Cross access to most places of detention.
Related: "The list is never final": how the Coordination Headquarters decides who comes home
Tags: prisoners of war, exchange, Coordination Headquarters, rally
Obrii on Telegram: only verified news, no panic
"""
DOC = {"id": "kx06", "date": "2026-03-30", "source": "Obrii (Ukrainian national news site, English version)",
       "url": "https://obrii.example/en/war/2026/03/30/205-defenders-exchange/", "text": TEXT}

D = "2026-03-30"
EVENTS = [
    E("kx06-1", "agreement", D, C(None, "undisclosed"), "UA", "RU", claimant="Coordination Headquarters",
      note="205 servicemen + 7 civilians 'returned home on Monday in a prisoner exchange' (publication day), UAE "
           "mediation: a prisoner exchange is an agreement without a place; the Russian MoD's 'same number … in "
           "return' is the same exchange"),
    E("kx06-2", "agreement", "2026-03-05", C(None, "undisclosed"), "UA", "RU",
      note="recalled with a day: 'The previous exchange, on 5 March, brought back 300 Ukrainians' -> required"),
    E("kx06-3", "agreement", "2026-03-26", C(None, "undisclosed"), "UA", "RU",
      note="'last Thursday' (26 Mar) 909 bodies received, 41 handed over: a repatriation of bodies = agreement, no "
           "place"),
    E("kx06-4", "protest", "2026-03-29", L("Kyiv"), "UA", None,
      note="'On Sunday' (29 Mar) several hundred relatives on Maidan Nezalezhnosti in Kyiv with portraits, demanding "
           "faster exchanges: peaceful protest"),
    E("kx06-5", "protest", "2026-03-28", L("Dnipro"), "UA", None,
      note="'A day earlier' than the Sunday rally (= Saturday 28 Mar) 'a similar rally had gathered in front of the "
           "regional state administration in Dnipro'"),
]
# Not events: captivity 'more than three years', 'taken prisoner near Bakhmut in 2023', the teacher 'detained in
# 2024', the son 'captured in April 2022' and his transfers (history without days), identification 'will take
# months' (future), the medical checks in a hospital (care), 'thousands … remain in captivity' and the denied ICRC
# access (state of affairs), 'I come to the square' (habit), the 'Related' headline (furniture).
STATEMENTS = [
    S("Dmytro Usyk", "UA", "no one has been crossed off", "secretary, Coordination Headquarters"),
    S("Liudmyla Bondarenko", "UA", "the only thing I can still do is be seen", "mother of a captured marine"),
    S("Yevhen Kravets", "UA", "Only on the bus did someone whisper the word", "freed serviceman"),
]
MUST_NOT = ["OBRII", "Ukrainian news you can check", "УКР | ENG", "Politics · War · Economy · Society · Culture · Columns",
            "Monday, 30 March 2026, 16:05", "Text: Sofiia Lytvyn",
            "Support independent journalism: become an Obrii patron",
            "Related: \"The list is never final\": how the Coordination Headquarters decides who comes home",
            "Tags: prisoners of war, exchange, Coordination Headquarters, rally",
            "Obrii on Telegram: only verified news, no panic"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx06-1': 'Two hundred and five Ukrainian servicemen and seven civilians returned home on Monday in a prisoner exchange with Russia',
    'kx06-2': 'The previous exchange, on 5 March, brought back 300 Ukrainians.',
    'kx06-3': 'last Thursday Ukraine received the bodies of 909 people',
    'kx06-4': 'On Sunday several hundred people filled part of Maidan Nezalezhnosti in Kyiv',
    'kx06-5': 'A day earlier, a similar rally had gathered in front of the regional state administration in Dnipro.',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
