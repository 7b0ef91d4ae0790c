from common import E, L, R, C, N, W, S, gold

TITLE = "Kremlin orders 'partial' mobilisation; hundreds detained at snap protests"
TEXT = """Baltic Ledger | Riga | 22 September 2022, 08:40
Listen to this article · 6 min
Kremlin orders 'partial' mobilisation; hundreds detained at snap protests
Reservists are being called up for the first time since the Second World War. Protests broke out within hours.

Russia's president on Wednesday signed a decree ordering what he called a "partial mobilisation" of reservists, the first call-up in the country since the Second World War. The decree took effect on the day it was published, and regional governors were ordered to begin drawing up lists of men to be summoned.

Defence Minister Gennady Tsvetkov said 300,000 reservists with military experience would be called up and that students and conscripts would not be sent to the front. The text of the decree, however, sets no upper limit; one of its clauses was left classified.

Rumours that Russia would close its borders to men of military age were "untrue", Kremlin spokesman Arkady Vesnin said. Flights from Moscow to Istanbul and Yerevan were nevertheless sold out for the rest of the week.

Protests broke out on Wednesday evening in dozens of cities after the Vesna youth movement called on Russians to take to the streets. On Moscow's Arbat street, police waded into a crowd of several hundred chanting "No to mobilisation!", pulling people out at random and carrying them to police buses.
Photo: social media
In Tomsk, police detained a woman who stood alone in the main square holding a blank sheet of paper. In Irkutsk, some 60 people gathered outside the regional government building; no detentions were reported there.

The rights monitor Pravo na Protest said that by midnight police had detained at least 1,310 people in 38 cities. Some of those detained in Moscow were handed draft summonses at police stations, the monitor said. Asked about it, Vesnin said this was "not against the law".

Overnight, residents of villages around Ulan-Ude, the capital of the Siberian republic of Buryatia, reported that draft papers were being delivered door to door, some of them after midnight, and that buses were collecting men at village halls.

Latvia, which stopped issuing tourist visas to Russians earlier this month, is considering whether to tighten entry rules further. "Riga will not become an escape route for those who supported this war until yesterday," Foreign Minister Jānis Ozols said on Thursday.

Subscribe to the Baltic Ledger morning briefing
Topics: Russia, Mobilisation, Protests
"""
DOC = {"id": "w02", "date": "2022-09-22", "source": "Baltic Ledger",
       "url": "https://balticledger.example/russia/2022/09/22/partial-mobilisation-protests", "text": TEXT}

D = "2022-09-21"
EVENTS = [
    E("w02-1", "policy_decision", D, C("RU", "Russia"), "RU", None, family=["military_mobilization"],
      claimant="Baltic Ledger"),
    E("w02-2", "protest", D, L("Moscow"), "RU", "RU", claimant="Baltic Ledger"),
    E("w02-3", "protest", D, L("Tomsk"), "RU", "RU", claimant="Baltic Ledger"),
    E("w02-4", "protest", D, L("Irkutsk"), "RU", None, claimant="Baltic Ledger"),
    E("w02-5", "arrest", D, C("RU", "Russia"), "RU", "RU", optional=True, claimant="Pravo na Protest",
      note="nationwide tally of detentions at the protests"),
    E("w02-6", "military_mobilization", D, L("Moscow"), "RU", None, optional=True, claimant="Pravo na Protest",
      note="summonses handed to detainees; time vague (by midnight)"),
    E("w02-7", "military_mobilization", "2022-09-22", L("Ulan-Ude", 2, "villages around Ulan-Ude, Buryatia"),
      "RU", None, claimant="residents"),
    E("w02-8", "policy_decision", "2022-09-01", C("LV", "Latvia"), "LV", "RU", prec="range", end="2022-09-21",
      optional=True, note="'earlier this month': vague date"),
]
STATEMENTS = [
    S("Arkady Vesnin", "RU", "not against the law", "Kremlin spokesman"),
    S("Jānis Ozols", "LV", "Riga will not become an escape route for those who supported this war until yesterday",
      "Latvian foreign minister"),
]
MUST_NOT = ["Baltic Ledger | Riga | 22 September 2022, 08:40", "Listen to this article · 6 min", "Photo: social media",
            "Subscribe to the Baltic Ledger morning briefing", "Topics: Russia, Mobilisation, Protests"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
