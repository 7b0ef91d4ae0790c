from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, AGR, POL, PRO

TITLE = "Last Nigerian students leave Sumy as Russia, Ukraine open humanitarian corridor"
TEXT = """THE LAGOS COURIER
News | Politics | Metro | Business | Sports | Entertainment | Opinion
Foreign News
Last Nigerian students leave Sumy as Russia, Ukraine open humanitarian corridor
By Chinedu Okafor, with agency reports
9th March 2022
Kindly share this story:
Nigerian students who had been trapped for almost two weeks in Sumy, in north-eastern Ukraine, left the city on Tuesday in a convoy of buses after Russia and Ukraine agreed to a local ceasefire along a humanitarian corridor to Poltava, the Nigerians in Diaspora Commission (NiDCOM) has said.

The convoy, which also carried Indian, Chinese and Jordanian students, set off at about 10am local time, shortly after the truce took effect.

"Every Nigerian student who asked to leave Sumy is now out of the city. We will not rest until the last one lands in Abuja," NiDCOM spokesman Abdulrahman Balogun said in a statement on Tuesday night.

The students' departure came less than a day after a Russian air strike on a residential street in Sumy, late on Monday, killed at least 18 people, two of them children, according to regional officials.

Chiamaka Eze, a fourth-year medical student from Enugu, said she and 40 others had sheltered in the basement of their hostel since 24 February. "We slept in the basement for twelve nights. When the buses came, we did not even go back for our books," she told our correspondent by phone from Poltava.

Another Nigerian student was among four people hurt in Kharkiv on 2 March, when a missile hit a university dormitory, the Nigerian Embassy in Warsaw said. He was later evacuated to Lviv.

The Federal Executive Council last Wednesday approved $8.5m for the evacuation of Nigerians from Ukraine through Poland, Hungary and Romania. Three evacuation flights have landed in Abuja since Friday.

On Monday, parents of students still stranded in Sumy protested outside the Ministry of Foreign Affairs in Abuja, demanding faster action. "We are not asking for favours. These are our children," said Mrs Ngozi Adeyemi, one of the protesters.
Download the Lagos Courier app
Copyright LAGOS COURIER NEWSPAPERS LTD. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from the publisher.
Latest News: Senate passes amendment to electoral act
"""
DOC = {"id": "ll11", "date": "2022-03-09", "source": "The Lagos Courier (Nigerian daily)",
       "url": "https://lagoscourier.example/last-nigerian-students-leave-sumy-as-russia-ukraine-open-humanitarian-corridor/",
       "text": TEXT}

TUE, MON, LASTWED = "2022-03-08", "2022-03-07", "2022-03-02"
EVENTS = [
    E("ll11-1", AGR, TUE, H("Sumy", "humanitarian corridor from Sumy"), "RU", "UA",
      note="'left the city on Tuesday … after Russia and Ukraine agreed to a local ceasefire along a humanitarian "
           "corridor to Poltava' (Wednesday page -> 8 Mar; the truce 'took effect' shortly before 10am): a ceasefire "
           "agreement placed where it holds, the corridor out of Sumy (precision 2); the first-named party RU as "
           "actor1; the evacuation itself is no taxonomy event (blind50 call 7)"),
    E("ll11-2", ADS, MON, L("Sumy"), "RU", "UA", fat=N(18, "at_least"), weapons=[W("aircraft")],
      claimant="Sumy regional officials",
      note="'a Russian air strike on a residential street in Sumy, late on Monday, killed at least 18 people, two of "
           "them children' -> 7 Mar, at_least 18 (the children inside); air strike -> aircraft"),
    E("ll11-3", MAS, LASTWED, L("Kharkiv"), "RU", "UA", inj=N(4), weapons=[W("missile")],
      claimant="Nigerian Embassy in Warsaw",
      note="recap with its own date: 'among four people hurt in Kharkiv on 2 March, when a missile hit a university "
           "dormitory' -> 4 injured (the Nigerian inside); required (blind53 call 6: recalled with a day)"),
    E("ll11-4", POL, LASTWED, C("NG", "Nigeria"), "NG", None,
      note="'The Federal Executive Council last Wednesday approved $8.5m for the evacuation of Nigerians from Ukraine' "
           "(page of Wednesday 9 Mar -> 'last Wednesday' = 2 Mar): a government decision prompted by the war, at the "
           "deciding country (as blind49 kz10-6's refugee law)"),
    E("ll11-5", PRO, MON, L("Abuja"), "NG", None,
      note="'On Monday, parents of students still stranded in Sumy protested outside the Ministry of Foreign Affairs in "
           "Abuja' -> 7 Mar, a peaceful protest of that country's side"),
]
# Not events: the convoy and the evacuation to Poltava and Lviv (evacuations are no taxonomy event), the students'
# sheltering 'since 24 February' (a state, not an event), 'Three evacuation flights have landed in Abuja since Friday'
# (flights, not war events). The Council's decision is reported without a quote.
STATEMENTS = [
    S("Abdulrahman Balogun", "NG", "We will not rest until the last one lands in Abuja", "NiDCOM spokesman"),
    S("Chiamaka Eze", "NG", "we did not even go back for our books", "medical student from Enugu"),
    S("Ngozi Adeyemi", "NG", "These are our children", "parent, protester in Abuja"),
]
MUST_NOT = ["THE LAGOS COURIER", "News | Politics | Metro | Business | Sports | Entertainment | Opinion", "Foreign News",
            "By Chinedu Okafor, with agency reports", "9th March 2022", "Kindly share this story:",
            "Download the Lagos Courier app",
            "Copyright LAGOS COURIER NEWSPAPERS LTD. All rights reserved. This material, and other digital content on this website, "
            "may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior "
            "express written permission from the publisher.",
            "Latest News: Senate passes amendment to electoral act"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
