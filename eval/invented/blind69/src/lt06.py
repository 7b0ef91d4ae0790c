from common import E, L, R, C, N, W, S, H, gold, MAS, TER, LOO, POL

TITLE = "In Kherson, Crowds and Tears as Ukrainian Troops Roll In After Russian Retreat"
TEXT = """The Chesapeake Ledger
Subscribe | Sign in
World | U.S. | Politics | Business | Opinion | Arts | Sports
WORLD > EUROPE
In Kherson, Crowds and Tears as Ukrainian Troops Roll In After Russian Retreat
Moscow says its withdrawal across the Dnipro is complete; a key bridge lies broken in the river
By Evan Whitcomb and Kateryna Polishchuk
Nov. 12, 2022 Updated 6:15 a.m. ET
Listen to this article · 7 min
KHERSON, Ukraine - The first Ukrainian soldiers reached the center of this southern city on Friday afternoon, riding in on pickup trucks and armored vehicles to find crowds waving flags that residents said they had hidden for eight months under floorboards and in flowerpots.

By nightfall, hundreds of people had gathered in the main square, singing the national anthem and taking photographs with the soldiers. "I kept the flag in a box of potatoes. Today it finally came out," said Svitlana Koval, 52, a school librarian.

Hours earlier, Russia's Defense Ministry had announced that its forces had finished pulling out of the entire western bank of the Dnipro River, including the city, at 5 a.m. Moscow time on Friday, and that "not a single piece of military equipment" had been left behind. Ukrainian officials said Russian troops had in fact abandoned weapons and ammunition in several villages.

The retreating forces appear to have blown up what remained of the Antonivskyi Bridge, the main road link across the river. Photographs taken on Friday morning show two central spans collapsed into the water. Ukraine's military intelligence had warned that the occupiers were preparing to destroy it.

The advance on the city followed days of rapid gains. On Thursday, the Ukrainian military said it had recaptured Snihurivka, a town in the neighboring Mykolaiv region that Russian troops had held since March.

The war did not pause for the celebrations. In Mykolaiv, a Russian S-300 missile struck a five-story apartment building early Friday, killing four people, the regional governor said. Across the river, the Russian-installed administration of Nova Kakhovka said Ukrainian artillery had hit the town's central market on Friday, killing one person.

In Washington, the Pentagon on Thursday approved a $375 million package of weapons for Ukraine, including air defense missiles and Humvees. "The Ukrainians are showing what they can do with what they have. Our job is to make sure they have enough of it," said Marcia Delaney, a deputy Pentagon press secretary.

Ukrainian soldiers warned that the city was not yet safe. Sappers were checking the regional administration building, and officials asked residents not to touch any objects left by the Russians. Electricity and water in Kherson have been cut since the occupiers damaged the main power lines last week, according to Ukrainian officials.

"Getting into the city was the easy part. Holding it under artillery from the other bank is what will cost us," said Maj. Andrii Levchenko, a Ukrainian battalion officer, standing beside a burned-out Russian truck.

Military analysts cautioned that the withdrawal frees experienced Russian units for fighting elsewhere. "Moscow has traded a city it could not supply for a river it can defend," said Rebecca Honeycutt, a senior fellow at the Potomac Center for Strategic Studies.
Advertisement
Continue reading the main story
A version of this article appears in print on Nov. 12, 2022, Section A, Page 1 of the National edition with the headline: Crowds Greet Ukrainians In Freed Kherson.
Give this article
"""
DOC = {"id": "lt06", "date": "2022-11-12", "source": "The Chesapeake Ledger (US newspaper)",
       "url": "https://www.chesapeakeledger.example/2022/11/12/world/europe/kherson-ukraine-russia-retreat.html",
       "text": TEXT}

D, FRI, THU = "2022-11-12", "2022-11-11", "2022-11-10"
EVENTS = [
    E("lt06-1", TER, FRI, L("Kherson"), "UA", "RU",
      evidence="The first Ukrainian soldiers reached the center of this southern city on Friday afternoon",
      note="the city retaken: 'reached the center … on Friday afternoon' in a Saturday page -> 11 Nov; the KHERSON dateline "
           "is also the place"),
    E("lt06-2", TER, FRI, R("UA-65", "western bank of the Dnipro, Kherson region"), "UA", "RU",
      claimant="Russian Ministry of Defense",
      evidence="its forces had finished pulling out of the entire western bank of the Dnipro River, including the city, at 5 a.m. Moscow time on Friday",
      note="a confirmed withdrawal from the whole right bank -> territory change of the gaining side (UA) on the day it was "
           "confirmed (blind63 call 5), region precision (UA-65); the city is lt06-1; 'not a single piece' is a claim "
           "about equipment (no event)"),
    E("lt06-3", LOO, FRI, H("Antonivka", "Antonivskyi Bridge"), "RU", "UA",
      evidence="The retreating forces appear to have blown up what remained of the Antonivskyi Bridge",
      note="a demolition by the retreating side -> looting_destruction (property destruction), RU; dated by 'Photographs "
           "taken on Friday morning' -> 11 Nov; the bridge at Antonivka -> precision 2; the intelligence warning is "
           "earlier and no event"),
    E("lt06-4", TER, THU, L("Snihurivka"), "UA", "RU", claimant="Ukrainian military",
      evidence="On Thursday, the Ukrainian military said it had recaptured Snihurivka",
      note="'On Thursday … said it had recaptured' -> 10 Nov (claim day); Snihurivka in Mykolaiv oblast (UA-48); 'held "
           "since March' is history"),
    E("lt06-5", MAS, FRI, L("Mykolaiv"), "RU", "UA", fat=N(4), weapons=[W("missile", "S-300")],
      claimant="Mykolaiv governor",
      evidence="In Mykolaiv, a Russian S-300 missile struck a five-story apartment building early Friday, killing four people",
      note="S-300 against a ground target -> missile_artillery_strike (ANNOTATION 4), weapon missile/S-300; 11 Nov, 4 k"),
    E("lt06-6", MAS, FRI, L("Nova Kakhovka"), "UA", None, fat=N(1), weapons=[W("artillery")],
      claimant="Russian-installed Nova Kakhovka administration",
      evidence="the Russian-installed administration of Nova Kakhovka said Ukrainian artillery had hit the town's central market on Friday, killing one person",
      note="occupation claim: the claimed attacker UA, actor2 null (blind62 call 6); 11 Nov, 1 k"),
    E("lt06-7", POL, THU, C("US", "United States"), "US", "UA",
      evidence="In Washington, the Pentagon on Thursday approved a $375 million package of weapons for Ukraine",
      note="an aid package is a policy_decision at the deciding country (blind61), 10 Nov; actor2 the recipient"),
]
# Not events: the crowds and anthem in the square (celebration, not a protest), the flags hidden for eight months
# (history), the intelligence warning about the bridge (earlier, undated), Russian troops 'held since March' Snihurivka
# (history), sappers checking the administration building and the appeal not to touch objects (precautions), the
# power lines damaged 'last week' (no day; the cut is a standing state), the analyst's reading. Not gold statements:
# the ministry's "not a single piece of military equipment" (fragment). Masthead, subscribe line, menu, section line,
# byline, date line, listen line, 'Advertisement', 'Continue reading …', print line and 'Give this article' are
# furniture; the subhead ('Moscow says its withdrawal …') stays as text.
STATEMENTS = [
    S("Svitlana Koval", "UA", "I kept the flag in a box of potatoes", "school librarian, Kherson"),
    S("Marcia Delaney", "US", "Our job is to make sure they have enough of it", "deputy Pentagon press secretary"),
    S("Andrii Levchenko", "UA", "Holding it under artillery from the other bank is what will cost us",
      "Ukrainian battalion officer"),
    S("Rebecca Honeycutt", None, "Moscow has traded a city it could not supply for a river it can defend",
      "senior fellow, Potomac Center for Strategic Studies"),
]
MUST_NOT = ["The Chesapeake Ledger", "Subscribe | Sign in", "World | U.S. | Politics | Business | Opinion | Arts | Sports",
            "WORLD > EUROPE", "By Evan Whitcomb and Kateryna Polishchuk", "Nov. 12, 2022 Updated 6:15 a.m. ET",
            "Listen to this article · 7 min", "Advertisement", "Continue reading the main story",
            "A version of this article appears in print on Nov. 12, 2022, Section A, Page 1 of the National edition with the headline: Crowds Greet Ukrainians In Freed Kherson.",
            "Give this article"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
