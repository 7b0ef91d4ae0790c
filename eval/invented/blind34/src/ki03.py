from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: cruise missile hits Lviv, guided bomb kills three in Sumy; Geneva talks to resume"
TEXT = """THE MERIDIAN CHRONICLE
● LIVE
Ukraine war live: cruise missile hits Lviv, guided bomb kills three in Sumy; Geneva talks to resume
Blog editor: Siobhán Carrick (London), with Denys Ruban (Kyiv)
Updated 19:02 EET · 16 posts
Jump to key events:  Overnight attack · Lviv outage · Sumy bomb · Geneva
📌 All times are Kyiv time (EET). Refresh for new posts.

07:02
Good morning. Russia attacked Ukraine overnight with 86 drones and four Kh-101 cruise missiles, the Ukrainian Air Force says. Air defence shot down 70 drones and three missiles, it said in its morning statement.

07:20
In Lviv, the city's mayor says a cruise missile hit "an infrastructure facility" on the eastern outskirts shortly before 5am. No one was hurt, he said, but firefighters were still at the site.

07:48
In the Vinnytsia region, debris from a downed drone fell on a private house in Vinnytsia itself and injured a woman, the regional governor writes. Two other houses were damaged.

08:15
About 60,000 households in Lviv are without electricity after the overnight strike, the regional energy company says. It expects to restore supply by the evening but warns that schedules of rolling cuts could follow if the damage proves worse than first thought.

08:55
A short explainer while we wait for more details: why does Russia keep aiming at western Ukraine? Lviv lies close to the Polish border and hosts transit routes for Western aid, and its power substations link Ukraine's grid to Europe's. Analysts believe Moscow wants to show that nowhere in the country is out of reach. Western Ukraine has been hit less often than the east, and that may now be changing.

09:40
Talks between Ukrainian and American national security officials in Geneva lasted almost six hours yesterday, a Ukrainian official tells us. The delegations are due to meet again on Thursday. "We discussed the sequence: first an energy ceasefire, then the wider talks. Nobody walked out, which is something," said Oksana Melnychuk, a member of the Ukrainian delegation.

⟡ Sponsored message ⟡

10:30
Readers ask: could the energy ceasefire be signed this week? Probably not. Both Washington and Kyiv say the text is not finished, and Moscow has not said whether it would take part. If a deal were reached, monitoring would be the hardest part.

11:05
Breaking: a Russian guided bomb has hit the centre of Sumy, killing two people and injuring five, the head of the regional military administration says. The bomb struck near a bus stop at around 10:40.

12:20
Russia's defence ministry says its air defences destroyed 27 Ukrainian drones overnight over the Kursk, Bryansk and Belgorod regions. It did not give a breakdown. In the Kursk region, the governor says a Ukrainian drone hit a car in Rylsk this morning, injuring the driver.

13:45
From the front: Ukraine's General Staff says there have been 64 combat engagements since the start of the day. Ukrainian units repelled 11 assaults near Kostiantynivka and seven near Huliaipole, it says. The figures cannot be independently verified.

14:30
Russian artillery shelled Kherson's Dniprovskyi district in the early afternoon, injuring a 68-year-old man, the city military administration reports. Kherson's riverside districts are shelled almost daily from the occupied left bank.

15:10
The Dutch government announced today that it will fund the production of 2,000 long-range drones in Ukraine this year, at a cost of €400 million. "Ukraine builds them, we pay for them, and the Russian refineries feel it," said Dutch defence minister's adviser Pieter van Houten.

16:00
Another reader question: will Ukraine hold elections this year? The constitution forbids elections under martial law, which has been extended every 90 days since February 2022. Any vote would require a ceasefire first, and officials say the earliest realistic date would be months after one.

17:20
Explosions were heard in Odesa a few minutes ago, according to local media. Officials have not commented yet.

18:05
Update from Sumy: the death toll from this morning's guided bomb has risen to three and the number of injured to seven, the regional administration says. Rescuers found a third body under the rubble of a kiosk.

18:40
Tonight's talking point: Kyiv's allies are split over whether to guarantee any ceasefire with troops on the ground. Two governments have said they would; others say they would only provide air cover. None of this is settled, and none of it is likely to be settled before the summer.

19:02
We're closing this live blog for today. Thank you for following.
This live blog is now closed. Our coverage continues in tomorrow's blog.
Reporting: Siobhán Carrick, Denys Ruban, Matteo Lindahl · Live editor: Grace Adeyemi
Meridian Chronicle Ltd. All rights reserved. Reproduction without written permission is prohibited.
"""
DOC = {"id": "ki03", "date": "2026-03-11", "source": "The Meridian Chronicle (live blog)",
       "url": "https://meridianchronicle.example/world/live/2026/mar/11/ukraine-war-live", "text": TEXT}

D = "2026-03-11"
EVENTS = [
    E("ki03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(86)), W("cruise_missile", "Kh-101", launched=N(4))],
      note="overnight wave in the 07:02 entry = publication day; combined wave typed by the missiles"),
    E("ki03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ki03-1",
      weapons=[W("drone", intercepted=N(70)), W("cruise_missile", intercepted=N(3))],
      note="'shot down 70 drones and three missiles'"),
    E("ki03-3", "missile_artillery_strike", D, L("Lviv"), "RU", "UA", fat=N(0), inj=N(0), parent="ki03-1",
      weapons=[W("cruise_missile")], note="07:20: cruise missile on an infrastructure facility 'shortly before 5am'; "
                                          "'No one was hurt' = 0/0"),
    E("ki03-4", "air_drone_strike", D, L("Vinnytsia"), "RU", "UA", inj=N(1), parent="ki03-1", weapons=[W("drone")],
      note="07:48: debris of a downed drone on a house 'in Vinnytsia itself', one woman injured"),
    E("ki03-5", "infrastructure_disruption", D, L("Lviv"), "RU", "UA", parent="ki03-3",
      note="08:15: 60,000 households without electricity after the strike; 'rolling cuts could follow if' is conditional"),
    E("ki03-6", "diplomatic_contact", "2026-03-10", L("Geneva"), None, None,
      note="09:40: talks in Geneva 'yesterday' = 10 Mar (UA and US officials: two states, sides null); the meeting "
           "'due … on Thursday' is a plan"),
    E("ki03-7", "air_drone_strike", D, L("Sumy"), "RU", "UA", fat=N(3), inj=N(7), weapons=[W("guided_bomb")],
      note="11:05 guided bomb on central Sumy 'at around 10:40' (2 killed 5 injured); the 18:05 update raises the toll "
           "to three killed and seven injured (latest figures win)"),
    E("ki03-8", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(27))],
      claimant="Russian MoD", note="12:20: MoD claims 27 drones 'overnight over the Kursk, Bryansk and Belgorod regions' "
                                   "without a breakdown: one country-level interception with the count"),
    E("ki03-9", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True,
      note="region merely listed in the MoD claim (ANNOTATION 3): optional"),
    E("ki03-10", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", optional=True, note="listed region: optional"),
    E("ki03-11", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, note="listed region: optional"),
    E("ki03-12", "air_drone_strike", D, L("Rylsk"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="12:20: Kursk governor, Ukrainian drone hit a car in Rylsk 'this morning', driver injured"),
    E("ki03-13", "armed_clash", D, C("UA", "Ukraine"), "RU", "UA", prec="day", agg=True, optional=True,
      note="13:45: '64 combat engagements since the start of the day': national day tally, optional"),
    E("ki03-14", "armed_clash", D, L("Kostiantynivka", 2), "RU", "UA", note="13:45: 'repelled 11 assaults near Kostiantynivka'"),
    E("ki03-15", "armed_clash", D, L("Huliaipole", 2), "RU", "UA", note="13:45: 'seven near Huliaipole'"),
    E("ki03-16", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="14:30: artillery on Kherson's Dniprovskyi district (a district of the city = the city), one injured; "
           "'almost daily' is habitual"),
    E("ki03-17", "policy_decision", D, C("NL", "Netherlands"), "NL", None,
      note="15:10: the Dutch government 'announced today that it will fund' 2,000 drones: a decision taken today"),
    E("ki03-18", "missile_artillery_strike", D, L("Odesa"), None, "UA", family=["air_drone_strike"], optional=True,
      note="17:20: 'Explosions were heard in Odesa', unconfirmed, no cause or perpetrator: optional"),
]
# Not events: the explainer at 08:55 ('keeps aiming', 'may now be changing'); the Geneva meeting 'due … on Thursday';
# the 10:30 reader question ('Probably not', 'If a deal were reached'); the 16:00 elections answer (martial law
# extended 'every 90 days since February 2022' is history); the 18:40 talking point (would/would only, 'not likely');
# 'rolling cuts could follow if'; Kherson shelled 'almost daily' (habitual).
STATEMENTS = [
    S("Oksana Melnychuk", "UA", "Nobody walked out, which is something", "member of the Ukrainian delegation"),
    S("Pieter van Houten", "NL", "Ukraine builds them, we pay for them", "adviser to the Dutch defence minister"),
]
MUST_NOT = ["THE MERIDIAN CHRONICLE", "● LIVE", "Blog editor: Siobhán Carrick (London), with Denys Ruban (Kyiv)",
            "Updated 19:02 EET · 16 posts", "Jump to key events:  Overnight attack · Lviv outage · Sumy bomb · Geneva",
            "📌 All times are Kyiv time (EET). Refresh for new posts.", "⟡ Sponsored message ⟡",
            "This live blog is now closed. Our coverage continues in tomorrow's blog.",
            "Reporting: Siobhán Carrick, Denys Ruban, Matteo Lindahl · Live editor: Grace Adeyemi",
            "Meridian Chronicle Ltd. All rights reserved. Reproduction without written permission is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
