from common import E, L, R, C, N, W, S, gold

TITLE = "Nordic and Baltic ministers back ‘air shield’ idea but stop short of troops pledge"
TEXT = """NOVA DOBA
ENGLISH EDITION
Politics  War  Economy  Opinion  Life  Premium
Nordic and Baltic ministers back ‘air shield’ idea but stop short of troops pledge
By Iryna Pavlenko
3 December 2025, 11:20
Ukraine's foreign minister met his counterparts from the eight Nordic and Baltic countries in Tallinn on Tuesday. The talks were about air defense, frozen Russian assets and what happens after a ceasefire — if one comes.

The meeting in the Estonian capital produced a joint statement supporting Kyiv's proposal for an "air shield" over western Ukraine, but no concrete commitments. Under the idea, aircraft from partner countries would patrol the skies west of the Dnipro River and shoot down Russian drones and missiles, without entering the combat zone.

Read also: Three questions the Kremlin still hasn't answered on the US peace plan

Several ministers said their countries could contribute aircraft if a ceasefire is agreed and if the United States provides intelligence and air refuelling support. Washington has so far not said whether it would.

"We are ready to discuss the air shield seriously, but it cannot be a Nordic-Baltic project alone. Without the Americans, it stays on paper," said Kadri Saar, Estonia's deputy foreign minister, who chaired the working session.

The Ukrainian minister also proposed that the eight countries jointly finance the production of interceptor drones in Ukraine. According to him, one interceptor costs about $3,000, while a Shahed drone costs Russia between $35,000 and $50,000. The ministers agreed to ask their defense ministries to study the proposal and report back by February, when they are due to meet again in Vilnius.

Moscow reacted sharply. The Kremlin's spokesman denied that Russia was preparing a new winter offensive and said that any foreign aircraft over Ukraine would be "legitimate targets."

A day earlier, on Monday, Latvia's foreign ministry summoned Russia's chargé d'affaires in Riga to protest against Moscow's decision to put two Latvian members of parliament on its wanted list. The same day, Ukraine and Russia exchanged 84 prisoners of war each, with the mediation of the United Arab Emirates, Ukraine's coordination headquarters said.

Will the air shield ever fly? One Nordic official, speaking on condition of anonymity, said the plan "will not happen this winter."

"The Baltic states remember 1994 and the Budapest Memorandum. Guarantees on paper did not save Ukraine in 2014 or in 2022," said Jonas Petrauskas, an analyst at a Vilnius think tank. "That is why they insist on something that can actually shoot."

The Nordic and Baltic countries have together provided about a third of all European military aid to Ukraine since 2022, according to Kyiv's estimates.

Estonia's government said it would ask parliament next year for permission to send air force personnel abroad if an air mission is created; Latvia and Lithuania are considering similar steps. 
Become a Nova Doba Premium subscriber to read our best analysis without ads
Join our Telegram channel Nova Doba | English
Share:
Tags: diplomacy, Estonia, air defense, security guarantees
© 2025 Nova Doba. All rights reserved.
"""
DOC = {"id": "j12", "date": "2025-12-03", "source": "Nova Doba",
       "url": "https://english.novadoba.example/politics/nordic-baltic-ministers-air-shield-tallinn-50562218.html",
       "text": TEXT}

D = "2025-12-03"
EVENTS = [
    E("j12-1", "diplomatic_contact", "2025-12-02", L("Tallinn"), None, None, claimant="Nova Doba",
      note="NB8 + Ukraine foreign ministers' meeting 'on Tuesday' in Tallinn: many governments, sides null (blind13 "
           "call 10); the joint statement and the agreement to study the proposal are part of the meeting"),
    E("j12-2", "diplomatic_contact", "2025-12-01", L("Riga"), "LV", "RU", claimant="Latvian foreign ministry",
      note="Russian chargé summoned 'on Monday' in Riga"),
    E("j12-3", "agreement", "2025-12-01", C(None, "not stated"), "UA", "RU", claimant="Ukraine's coordination headquarters",
      note="84-for-84 prisoner exchange 'The same day' (Monday); no place given -> country null; prisoner exchange = "
           "agreement (blind13 m15); the UAE mediation names no place"),
]
STATEMENTS = [
    S("Kadri Saar", "EE", "Without the Americans, it stays on paper", "Estonia's deputy foreign minister"),
    S("Jonas Petrauskas", None, "Guarantees on paper did not save Ukraine", "analyst"),
]
MUST_NOT = ["NOVA DOBA", "ENGLISH EDITION", "Politics  War  Economy  Opinion  Life  Premium", "By Iryna Pavlenko",
            "3 December 2025, 11:20",
            "Read also: Three questions the Kremlin still hasn't answered on the US peace plan",
            "Become a Nova Doba Premium subscriber to read our best analysis without ads",
            "Join our Telegram channel Nova Doba | English", "Share:",
            "Tags: diplomacy, Estonia, air defense, security guarantees", "© 2025 Nova Doba. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
