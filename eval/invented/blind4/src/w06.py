from common import E, L, R, C, N, W, S, gold

TITLE = "Russia returns 195 servicemen from Ukrainian captivity in UAE-brokered exchange"
TEXT = """Russia returns 195 servicemen from Ukrainian captivity in UAE-brokered exchange
Tags: Special military operation in Ukraine, Prisoner exchange
MOSCOW, January 26. /DERZHAVA/. Russia has returned 195 servicemen who were taken prisoner during the special military operation from territory controlled by the Kiev regime, the Russian Defence Ministry said on Friday.

"In return, 195 prisoners of war of the Ukrainian armed forces were handed over," the ministry said, thanking the United Arab Emirates for its humanitarian mediation. According to the Ukrainian side, the handover took place in the Chernigov region near the border with Belarus.

The servicemen will be flown by military transport aircraft to the Moscow region for treatment and rehabilitation at Defence Ministry medical facilities, the ministry said.

On Thursday, in a separate procedure, Russia handed over to Ukraine the bodies of 1,000 servicemen of the Ukrainian armed forces and received the bodies of 38 Russian soldiers, a source in the negotiation process told DERZHAVA.

Russia's human rights commissioner Valentina Orlova said Moscow was open to further swaps. "We are ready to continue exchanges in the 'all for all' format, the ball is in Kiev's court," she said. The previous exchange took place on January 3, when 230 Russian servicemen came home.

Meanwhile, units of the Yug group of forces repelled four attacks by Ukrainian assault groups near Artyomovsk over the past day, the Defence Ministry said in its daily briefing. The enemy lost up to 210 servicemen, two tanks and a US-made Bradley fighting vehicle in that direction, it said.

Air defence systems shot down 23 Ukrainian unmanned aerial vehicles over the Belgorod, Kursk and Bryansk regions overnight, the ministry added.

Read also: Foreign Ministry: Western 'peace formula' leads nowhere
All rights reserved. Use of materials is permitted only with a hyperlink to DERZHAVA
Follow DERZHAVA on VK and Telegram
"""
DOC = {"id": "w06", "date": "2024-01-26", "source": "DERZHAVA news agency",
       "url": "https://derzhava-news.example/en/society/1789532", "text": TEXT}

EVENTS = [
    E("w06-1", "agreement", "2024-01-26", R("UA-74", "Chernihiv region near the border with Belarus", 2), "RU", "UA",
      claimant="Russian Defence Ministry; Ukrainian side"),
    E("w06-2", "agreement", "2024-01-25", C(None, "unspecified"), "RU", "UA", claimant="source in the negotiation process",
      note="return of bodies; no place given"),
    E("w06-3", "agreement", "2024-01-03", C(None, "unspecified"), "RU", "UA", optional=True,
      note="previous exchange, mentioned in passing"),
    E("w06-4", "armed_clash", "2024-01-25", L("Bakhmut", 2, "near Artyomovsk (Bakhmut)"), "UA", "RU", prec="range",
      end="2024-01-26", agg=True, claimant="Russian Defence Ministry",
      note="'over the past day'; actor1 = the attacking side; 'lost up to 210' = losses, not fatalities"),
    E("w06-5", "interception", "2024-01-26", C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      claimant="Russian Defence Ministry"),
    E("w06-6", "interception", "2024-01-26", R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True),
    E("w06-7", "interception", "2024-01-26", R("RU-KRS", "Kursk region"), "RU", "UA", optional=True),
    E("w06-8", "interception", "2024-01-26", R("RU-BRY", "Bryansk region"), "RU", "UA", optional=True),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "195 prisoners of war of the Ukrainian armed forces were handed over"),
    S("Valentina Orlova", "RU", "the ball is in Kiev's court", "Russian human rights commissioner"),
]
MUST_NOT = ["Tags: Special military operation in Ukraine, Prisoner exchange",
            "Read also: Foreign Ministry: Western 'peace formula' leads nowhere",
            "All rights reserved. Use of materials is permitted only with a hyperlink to DERZHAVA",
            "Follow DERZHAVA on VK and Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
