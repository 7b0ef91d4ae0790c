from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, POL, DIP, PRO

TITLE = "Ballarat volunteer wounded in Kherson drone attack as Prime Minister visits Kyiv"
TEXT = """SBC NEWS
Home | Just In | Australia | World | Business | Sport | Science | Listen
Ballarat volunteer wounded in Kherson drone attack as Prime Minister visits Kyiv
By Europe correspondent Callum Whitlock
Thursday 11 September 2025 · 4:40pm AEST
Copy link · Facebook · Email
Key points:
A 27-year-old volunteer from Ballarat was hurt when a drone attacked a food queue in Kherson
The Prime Minister met the Ukrainian president in Kyiv and announced $50 million in aid
Russia fired more than 120 drones at Ukraine overnight
An Australian aid volunteer has been wounded in a Russian drone attack on a food distribution point in the southern Ukrainian city of Kherson, a day before the Prime Minister arrived in Kyiv on her first visit to Ukraine.

Jack Tremaine, 27, was handing out food parcels with a local charity when a drone released a charge over the queue at about 3pm local time on Tuesday — 10pm in the eastern states. Two Ukrainian women waiting in line were also hurt, the charity said.

"He phoned from his hospital bed, and before anything else he told me, 'Mum, don't watch the news'," his mother, Karen Tremaine, told SBC from the family's home in Ballarat.

"The drone operators can see the queue. They can see it is food," said Viktor Hnatiuk, a spokesman for Kherson's city military administration.

Arriving by overnight train from Poland, the Prime Minister held talks in Kyiv with the Ukrainian president on Wednesday and announced a further $50 million in humanitarian and energy support, including generators for hospitals.

At the same press conference she announced financial sanctions and travel bans on 20 people Australia holds responsible for the forced transfer of Ukrainian children into Russia, with effect from Thursday.

Hours after she left the capital, Russia sent 126 drones and a pair of ballistic missiles against Ukraine overnight into Thursday (Thursday morning in Australia). The Ukrainian air force counted 98 drones as shot down or jammed; neither missile was intercepted.

Pieces of a drone brought down over Kyiv's Obolonskyi district landed on a playground, injuring a man.

Back home, about 800 members of Sydney's Ukrainian community rallied in Hyde Park on Sunday to call on Canberra to send more armoured vehicles.

"Fifty million dollars will not change the course of the war. Generators in hospitals will change a winter," said Dr Priya Venkataraman, who studies Russia at the Austral Strategic Forum.
Related stories: Why Bushmasters have become a symbol of Australia's Ukraine support
Contact SBC News
SBC pays its respects to the Traditional Owners of the country where our stories are gathered and told.
"""
DOC = {"id": "ll06", "date": "2025-09-11", "source": "SBC News (Australian public broadcaster)",
       "url": "https://www.sbc.example/news/2025-09-11/ballarat-volunteer-wounded-kherson-prime-minister-kyiv/105772014",
       "text": TEXT}

D, WED, TUE, SUN = "2025-09-11", "2025-09-10", "2025-09-09", "2025-09-07"
W1 = "ll06-5"
EVENTS = [
    E("ll06-1", ADS, TUE, L("Kherson"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="'a drone released a charge over the queue at about 3pm local time on Tuesday — 10pm in the eastern "
           "states' -> Tuesday 9 Sep in Kherson (the same day in Australia too); the volunteer + 'Two Ukrainian women' "
           "= 3 injured; 'a day before the Prime Minister arrived' agrees (Wednesday)"),
    E("ll06-2", DIP, WED, L("Kyiv"), "AU", "UA",
      note="'the Prime Minister held talks in Kyiv with the Ukrainian president on Wednesday': a leader's visit, a meeting at a named "
           "place, the visitor who held talks as actor1 (blind53 ld02-2)"),
    E("ll06-3", POL, WED, C("AU", "Australia"), "AU", "UA",
      note="'announced a further $50 million in humanitarian and energy support' on Wednesday: aid at the deciding "
           "country (precision 4) although announced in Kyiv"),
    E("ll06-4", POL, WED, C("AU", "Australia"), "AU", "RU",
      note="'At the same press conference she announced financial sanctions and travel bans on 20 people': a second "
           "decision the same day = a second event (blind51 lb24-2); dated by the decision, not by the effect 'from "
           "Thursday'"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", launched=N(126)), W("ballistic_missile", launched=N(2))],
      note="'Russia sent 126 drones and a pair of ballistic missiles against Ukraine overnight into Thursday (Thursday "
           "morning in Australia)' -> 11 Sep; wave typed by the missiles; the key point 'more than 120 drones' is the same wave"),
    E("ll06-6", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian air force",
      weapons=[W("drone", intercepted=N(98)), W("ballistic_missile", intercepted=N(0))],
      note="'counted 98 drones as shot down or jammed' (counted together, blind51 call 3); 'neither missile was "
           "intercepted' -> an exact 0"),
    E("ll06-7", ADS, D, L("Kyiv"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone")],
      note="'Pieces of a drone brought down over Kyiv's Obolonskyi district landed on a playground, injuring a man'"),
    E("ll06-8", PRO, SUN, L("Sydney"), "AU", None,
      note="'about 800 members of Sydney's Ukrainian community rallied in Hyde Park on Sunday' (Thursday page -> 7 Sep): "
           "a peaceful rally abroad is a protest of that country's side (blind49 kz05-8)"),
]
# Not events: the 'Key points' lines (they repeat ll06-1, -2/-3 and -5), the arrival 'by overnight train' (travel, part
# of the visit), the sanctions' effect 'from Thursday' (the decision is ll06-4), the rally's demand for more armoured
# vehicles (a call), the analyst's view. The mother's nested 'Mum, don't watch the news' sits inside her gold quote.
STATEMENTS = [
    S("Karen Tremaine", "AU", "before anything else he told me", "mother of the wounded volunteer"),
    S("Viktor Hnatiuk", "UA", "They can see it is food", "spokesman, Kherson city military administration"),
    S("Priya Venkataraman", None, "Generators in hospitals will change a winter", "Austral Strategic Forum"),
]
MUST_NOT = ["SBC NEWS", "Home | Just In | Australia | World | Business | Sport | Science | Listen",
            "By Europe correspondent Callum Whitlock", "Thursday 11 September 2025 · 4:40pm AEST",
            "Copy link · Facebook · Email",
            "Related stories: Why Bushmasters have become a symbol of Australia's Ukraine support", "Contact SBC News",
            "SBC pays its respects to the Traditional Owners of the country where our stories are gathered and told."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
