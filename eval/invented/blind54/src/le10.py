from common import E, L, R, C, N, W, S, H, gold, MOB, POL

TITLE = "Russians queue at Narva as call-up reaches Pskov; dozens detained at St Petersburg protest"
TEXT = """TPL ENGLISH
Eesti | Русский | English
Estonia | World | Economy | Opinion | Narva | Culture
26.09.2022 13:05
Russians queue at Narva as call-up reaches Pskov; dozens detained at St Petersburg protest
Photo: Scanpix / illustrative
Long lines of cars stretched back from the Ivangorod side of the Narva border crossing over the weekend as men of military age tried to leave Russia. Last Wednesday, the Russian president announced a "partial mobilisation" of reservists, and a decree to that effect was published the same morning.

A total of 4,218 Russian citizens entered Estonia at Narva on Saturday and Sunday, the Police and Border Guard Board (PPA) said on Monday – roughly twice as many as on an ordinary weekend.

"We are not turning back anyone who has a valid visa and a reason to travel. But every one of them is checked, and that takes time," said Kristjan Vaher, head of the PPA's Narva border station.

According to travellers who reached Narva on Sunday, Russian border guards on the Ivangorod side handed call-up papers to several men waiting in the queue.

In Pskov, the nearest large Russian city to the Estonian border, the first 240 men called up in the region left for a training ground on Friday, the regional governor wrote on his Telegram channel. Two nights later, in the small hours of Sunday, an unknown person threw two bottles of flammable liquid at the door of the city's military enlistment office. The fire was put out before it spread and nobody was hurt, local media reported. A 20-year-old student suspected of the attack was detained by police on Sunday afternoon.

In St Petersburg, police detained 43 people at an anti-mobilisation protest near St Isaac's Cathedral on Saturday, according to the independent monitoring group Zaslon. Several of the detainees were handed call-up papers at the police station, the group said.

"People were detained for standing there with a blank sheet of paper. Some of them left the station with a summons in their pocket," said Yevgenia Sobolevskaya, a lawyer with Zaslon.

Estonia's government decided on Thursday that it would not grant asylum or humanitarian visas to Russians who are avoiding mobilisation, the interior minister told TPL. The government will discuss at its next sitting whether to close the Narva crossing to Russian citizens entirely, and Finland could soon restrict entry as well.

Separately, the Internal Security Service (KAPO) detained a 51-year-old Narva resident on Friday on suspicion of collecting information about Estonian Defence Forces units for Russia's FSB, the prosecutor's office said on Monday. He faces up to 15 years in prison if convicted.
Editor: Kadri Lepp
Source: TPL, BNS
Follow TPL English on Facebook and X
Related:
Narva city council asks for extra police patrols during border rush
"""
DOC = {"id": "le10", "date": "2022-09-26", "source": "TPL English (Estonian newspaper, English service)",
       "url": "https://www.tpl.example/en/news/2022/09/26/russians-queue-narva-pskov-call-up", "text": TEXT}

D, SUN, SAT, FRI, THU, WED = "2022-09-26", "2022-09-25", "2022-09-24", "2022-09-23", "2022-09-22", "2022-09-21"
EVENTS = [
    E("le10-1", POL, WED, C("RU", "Russia"), "RU", "UA", family=[MOB],
      ev="Last Wednesday, the Russian president announced a \"partial mobilisation\" of reservists",
      note="recalled with a day: 'Last Wednesday' on a Monday page = 21 Sep (five days earlier, not the coming "
           "Wednesday) -> required; a mobilisation decree is a government decision about the war at the deciding "
           "country (military_mobilization accepted)"),
    E("le10-2", MOB, FRI, L("Pskov"), "RU", None,
      ev="the first 240 men called up in the region left for a training ground on Friday",
      note="'the first 240 men called up in the region left for a training ground on Friday' (23 Sep) from Pskov: a "
           "troop movement of the mobilisation; 240 men is not a casualty count"),
    E("le10-3", "looting_destruction", SUN, L("Pskov"), None, "RU", fat=N(0), inj=N(0),
      ev="an unknown person threw two bottles of flammable liquid at the door of the city's military enlistment office",
      note="'Two nights later, in the small hours of Sunday' (25 Sep; Friday + two nights): arson at the enlistment "
           "office = property destruction; 'an unknown person' -> actor1 null; 'nobody was hurt' -> 0/0"),
    E("le10-4", "arrest", SUN, L("Pskov"), "RU", None,
      ev="A 20-year-old student suspected of the attack was detained by police on Sunday afternoon",
      note="passive 'was detained by police on Sunday afternoon' (25 Sep): arrest by Russian police"),
    E("le10-5", "protest", SAT, L("Saint Petersburg"), "RU", "RU", family=["arrest"],
      ev="police detained 43 people at an anti-mobilisation protest near St Isaac's Cathedral on Saturday",
      note="anti-mobilisation protest in St Petersburg 'on Saturday' (24 Sep), 43 detained: protest with intervention "
           "(the detentions are part of it, arrest accepted; blind41 call 6); the summonses at the station are part "
           "of it too"),
    E("le10-6", MOB, SUN, L("Ivangorod"), "RU", None, optional=True,
      ev="Russian border guards on the Ivangorod side handed call-up papers to several men waiting in the queue",
      note="call-up papers handed out at the Ivangorod crossing, known only from travellers 'who reached Narva on "
           "Sunday', no count -> optional"),
    E("le10-7", POL, THU, C("EE", "Estonia"), "EE", "RU",
      ev="Estonia's government decided on Thursday that it would not grant asylum or humanitarian visas to Russians",
      note="'decided on Thursday' (22 Sep): a government decision about the war at the deciding country (precision 4)"),
    E("le10-8", "arrest", FRI, L("Narva"), "EE", None,
      ev="the Internal Security Service (KAPO) detained a 51-year-old Narva resident on Friday",
      note="KAPO 'detained a 51-year-old Narva resident on Friday' (23 Sep; said on Monday: the event day wins), "
           "suspected of spying for the FSB: arrest by Estonia in Narva"),
]
# Not events: the queues 'over the weekend' and the 4,218 entries (traffic statistic), 'roughly twice as many' (comparison),
# the decree 'published the same morning' (part of le10-1), the government 'will discuss at its next sitting' (future),
# 'Finland could soon restrict entry' (modal), 'faces up to 15 years … if convicted' (conditional), the Related
# headline on police patrols (furniture).
STATEMENTS = [
    S("Kristjan Vaher", "EE", "every one of them is checked, and that takes time", "head of the PPA's Narva border station"),
    S("Yevgenia Sobolevskaya", "RU", "People were detained for standing there with a blank sheet of paper",
      "lawyer, Zaslon monitoring group"),
]
# Not gold: '"partial mobilisation"' (term in quotes).
MUST_NOT = ["TPL ENGLISH", "Eesti | Русский | English", "Estonia | World | Economy | Opinion | Narva | Culture",
            "26.09.2022 13:05", "Photo: Scanpix / illustrative", "Editor: Kadri Lepp", "Source: TPL, BNS",
            "Follow TPL English on Facebook and X", "Related:",
            "Narva city council asks for extra police patrols during border rush"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
