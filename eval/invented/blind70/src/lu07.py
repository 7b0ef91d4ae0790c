from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Korabelnyi district without water after night drone attack; two residents hurt by debris"
TEXT = """MYKOLAIV CITY COUNCIL
Official website
City | Council | Executive committee | Services | News | Contacts
News › City life
Korabelnyi district without water after night drone attack; two residents hurt by debris
21.11.2023 | 10:15 | Press service of the city council
Last night the enemy again tried to hit the city's infrastructure with attack drones.

According to the Southern air command, nine Shahed drones were destroyed over the Mykolaiv region overnight. Fragments of one of them fell in the Zavodskyi district, on the roof of a nine-storey building and in its yard. Two residents were cut by broken glass; doctors treated them on the spot.

Another drone hit the water pumping station that serves the Korabelnyi district. No one at the station was injured. Because of the damage, the district has been without centralised water supply since 04:30 this morning.

"Our crews are already on site. We hope to restore the supply by the evening, but much depends on the pump motors," said Viktor Dovhaliuk, deputy director of the city's water utility. Drinking water tankers are working at six points in the district; the addresses are on the utility's page.

We also recall that yesterday, at about 15:20, a Kh-59 guided missile hit a warehouse in the Inhulskyi district. One worker was killed. The executive committee will consider payments to his family at its next meeting.

"I was on the third floor when it hit, and the glass flew past me," said Halyna Ostrovska, who lives opposite the warehouse.

At Monday's session, the city council approved 14 million hryvnias for the repair of shelters in schools. Heating points remain open in all four districts.
Hotline of the city council: 15-58
Follow us on Telegram: @mk_council
© Mykolaiv City Council, 2023. Materials may be used with a link to the source.
"""
DOC = {"id": "lu07", "date": "2023-11-21", "source": "Mykolaiv City Council (city council news page)",
       "url": "https://mkrada.example/news/2023/11/21/korabelnyi-water", "text": TEXT}

D, MON = "2023-11-21", "2023-11-20"
EVENTS = [
    E("lu07-1", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", weapons=[W("drone", "Shahed-136", intercepted=N(9))],
      claimant="Southern air command",
      evidence="nine Shahed drones were destroyed over the Mykolaiv region overnight",
      note="a region with its own count (in words) -> required interception; 'Last night' in a 10:15 page = 21 Nov"),
    E("lu07-2", ADS, D, L("Mykolaiv"), "RU", "UA", inj=N(2), parent="lu07-1", weapons=[W("drone", "Shahed-136")],
      evidence="Fragments of one of them fell in the Zavodskyi district, on the roof of a nine-storey building and in its yard.",
      note="debris of a downed drone = drone strike where it fell; Zavodskyi district = the city; two residents cut by "
           "glass and treated on the spot -> 2 injured"),
    E("lu07-3", ADS, D, L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Another drone hit the water pumping station that serves the Korabelnyi district.",
      note="the second site in the city, its own event; 'No one at the station was injured' -> 0/0 (ANNOTATION 7)"),
    E("lu07-4", DIS, D, L("Mykolaiv"), "RU", "UA", parent="lu07-3",
      evidence="the district has been without centralised water supply since 04:30 this morning",
      note="water cut in the Korabelnyi district (the city) since 04:30 on 21 Nov; restoration 'by the evening' is a hope"),
    E("lu07-5", MAS, MON, L("Mykolaiv"), "RU", "UA", fat=N(1), weapons=[W("missile", "Kh-59")],
      evidence="We also recall that yesterday, at about 15:20, a Kh-59 guided missile hit a warehouse in the Inhulskyi district.",
      note="'yesterday' in a Tuesday page = 20 Nov; a Kh-59 is a guided missile -> missile_artillery_strike; one worker killed"),
]
# Not events: 'again tried' (habit), the repair hope 'by the evening' (future), water tankers at six points (relief),
# payments 'at its next meeting' (future), Monday's session and its 14 million hryvnias for shelters (municipal budget,
# not a war event), heating points (standing service). Furniture: masthead, 'Official website', menu, breadcrumb,
# date/press-service line, hotline, Telegram line, ©.
STATEMENTS = [
    S("Viktor Dovhaliuk", "UA", "much depends on the pump motors", "deputy director, Mykolaiv water utility"),
    S("Halyna Ostrovska", "UA", "the glass flew past me", "resident, Mykolaiv"),
]
MUST_NOT = ["MYKOLAIV CITY COUNCIL", "Official website", "City | Council | Executive committee | Services | News | Contacts",
            "News › City life", "21.11.2023 | 10:15 | Press service of the city council", "Hotline of the city council: 15-58",
            "Follow us on Telegram: @mk_council",
            "© Mykolaiv City Council, 2023. Materials may be used with a link to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
