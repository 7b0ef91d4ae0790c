from common import E, L, R, C, N, W, S, gold

TITLE = "Guided bombs kill two in Kharkiv, hit hospital area in Sumy"
TEXT = """SKYLINE 24 | Kharkiv · Sumy · Poltava
Українською | English
Home / News / Front line
Guided bombs kill two in Kharkiv, hit hospital area in Sumy
29 September 2024, 13:05
This article was updated 12 minutes ago
Russian aircraft dropped two KAB-500 guided bombs on Kharkiv's Kyivskyi district on Saturday evening, killing two people and injuring 21, regional officials said on Sunday, as glide-bomb attacks on the north-eastern border regions intensified.

The bombs hit shortly after 21:10, one of them striking the yard of a 16-storey apartment block and the other a petrol station. Among the injured are a 7-year-old girl and her mother.

"The crater is six metres wide. The blast wave shattered windows in four buildings," said Ihor Kravets, head of the regional police investigation department.

Overnight, Shahed drones hit the Osnovianskyi district of Kharkiv, setting a warehouse on fire. No one was hurt, the city's mayor said.

Sumy: double strike on hospital area
In Sumy, two guided bombs struck the area around a city hospital on Sunday morning about 40 minutes apart, the regional military administration said. The second bomb fell as patients were being moved to shelters. The administration first reported five injured; by noon it said one person had been killed and 11 injured, among them two medical workers.

Russian aircraft also dropped a glide bomb on Okhtyrka on Sunday afternoon, damaging a school building. There were no casualties.

The Velyka Pysarivka community on the border was shelled 37 times over the past day, the administration said, without reporting casualties.

Kupiansk and Vovchansk
Russian artillery shelled Kupiansk on Saturday, injuring two men, the regional governor said. Ukraine's General Staff reported six Russian assaults near Vovchansk over the past day, all of which were repelled.

Glide bombs, converted Soviet-era bombs fitted with wings and satellite guidance, can be dropped from 60-70 km away, out of range of most of Ukraine's air defences.

🔗 Copy link   ✉️ Email   📲 Share
👍 93  😡 410  😢 268
Follow SKYLINE 24 on Telegram, Instagram and Threads
Sign up for the Front Line Brief — every weekday at 7:00
SKYLINE 24 © 2013–2024
"""
DOC = {"id": "ke04", "date": "2024-09-29", "source": "SKYLINE 24 (Ukrainian regional TV site)",
       "url": "https://skyline24.example/en/news/front-line/2024/09/29/guided-bombs-kharkiv-sumy", "text": TEXT}

D = "2024-09-29"
Y = "2024-09-28"
RMA = "Sumy regional military administration"
EVENTS = [
    E("ke04-1", "air_drone_strike", Y, L("Kharkiv", 1, "Kharkiv (Kyivskyi district)"), "RU", "UA", fat=N(2), inj=N(21),
      weapons=[W("guided_bomb", "KAB-500", launched=N(2))],
      note="two KAB-500 guided bombs 'on Saturday evening' in a Sunday report; city district = the city (precision 1)"),
    E("ke04-2", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv (Osnovianskyi district)"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("drone", "Shahed-136")],
      note="'Overnight' in a Sunday report = Sunday; 'No one was hurt' = 0/0"),
    E("ke04-3", "air_drone_strike", D, L("Sumy"), "RU", "UA", fat=N(1), inj=N(11),
      weapons=[W("guided_bomb", launched=N(2))], claimant=RMA,
      note="double strike on the hospital area 40 minutes apart told as one incident with one toll: one event; the "
           "toll rose (5 injured first, then 1 killed and 11 injured by noon): latest wins"),
    E("ke04-4", "air_drone_strike", D, L("Okhtyrka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="glide bomb on Okhtyrka 'on Sunday afternoon'; 'There were no casualties' = 0/0"),
    E("ke04-5", "missile_artillery_strike", Y, L("Velyka Pysarivka", 2, "Velyka Pysarivka community"), "RU", "UA",
      end=D, prec="range", family=["air_drone_strike"], claimant=RMA,
      note="shelled 37 times 'over the past day': a range at a community named after its town (precision 2); "
           "casualties not reported = absent"),
    E("ke04-6", "missile_artillery_strike", Y, L("Kupiansk"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="artillery 'on Saturday', two injured"),
    E("ke04-7", "armed_clash", Y, L("Vovchansk", 2, "near Vovchansk"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff", note="six assaults repelled 'over the past day': the attacker RU is actor1"),
]
STATEMENTS = [
    S("Ihor Kravets", "UA", "The crater is six metres wide", "head of the regional police investigation department"),
]
MUST_NOT = ["SKYLINE 24 | Kharkiv · Sumy · Poltava", "Українською | English", "Home / News / Front line",
            "29 September 2024, 13:05", "This article was updated 12 minutes ago", "🔗 Copy link   ✉️ Email   📲 Share",
            "👍 93  😡 410  😢 268", "Follow SKYLINE 24 on Telegram, Instagram and Threads",
            "Sign up for the Front Line Brief — every weekday at 7:00", "SKYLINE 24 © 2013–2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
