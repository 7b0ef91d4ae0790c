from common import E, L, R, C, N, W, S, H, P, gold, MAS, ADS, INT, DIS, TER, AGR, POL, DIP

TITLE = "Russia-Ukraine war at a glance: what happened on day 1,330"
TEXT = """GULF HORIZON
News | Middle East | Explained | Opinion | Sport | Video | Live
Russia-Ukraine War Coverage
Russia-Ukraine war at a glance: what happened on day 1,330
The main battlefield, diplomatic and economic developments of the war's 1,330th day, in brief.
Published On 15 Oct 2025
Share this story on social media
As of Wednesday, October 15, this is the picture:

Fighting
Two people were killed and 12 wounded when Russian glide bombs fell on Zaporizhzhia on Tuesday afternoon, according to the regional governor.
In Kostiantynivka, in the eastern Donetsk region, three people were killed by Russian shelling on Tuesday. "There is no safe district left in the city. People die at bus stops and in queues for water," said Serhii Horbunov, a spokesman for the town's military administration.
Ninety-six drones and two Iskander-M ballistic missiles were fired at Ukraine overnight, according to figures the Ukrainian air force released on Wednesday; 71 drones were neutralised by air defence and electronic warfare.
A gas extraction site in the Poltava region was set ablaze by drones during the night. Nobody was hurt, the regional administration said.
Russian forces have captured Shakhove in the Donetsk region and Novopavlivka in the Dnipropetrovsk region, Russia's Ministry of Defence claimed on Tuesday. There was no immediate response from Kyiv.
Long-range Ukrainian drones hit a gas processing plant in Orenburg, some 1,300km (800 miles) from the front line, overnight, Ukraine's General Staff reported. A workshop caught fire, but no one was hurt, the Orenburg governor said.
In Russia's Belgorod, a Ukrainian missile strike on an electrical substation on Tuesday evening left about 20,000 residents without power, the regional governor said.

Politics and diplomacy
Russia returned 13 Ukrainian children to their families under Qatari mediation, Qatar's Ministry of Foreign Affairs said on Tuesday. The handover followed a meeting of Ukrainian and Russian officials in Doha a day earlier, hosted by Qatar's minister of state for international cooperation.
"Every child reunited with a parent is proof that dialogue can achieve what force cannot," ministry spokesman Nasser al-Sulaiti told reporters.
Saudi Arabia's crown prince held a telephone call with the Ukrainian president on Tuesday, the Saudi Press Agency reported.
No date has yet been fixed for another round of negotiations with Kyiv, the Kremlin said, adding that any summit would require "serious preparation".

Military aid
Japan's government approved $300m in non-lethal aid for Ukraine on Tuesday, including generators, demining equipment and armoured ambulances.

Economy
Brent crude slipped 1.2 percent to $61.90 a barrel on Tuesday as traders weighed the prospect of a supply glut.
Hungary's MOL said oil flows through the Druzhba pipeline had returned to normal after a Ukrainian drone strike on a pumping station in Russia's Bryansk region last week.
Source: Gulf Horizon and news agencies
Advertisement
Read more: Who are the mediators trying to end the war in Ukraine?
© 2025 Gulf Horizon Media Network
"""
DOC = {"id": "ll13", "date": "2025-10-15", "source": "Gulf Horizon (Gulf-based international broadcaster, English site)",
       "url": "https://www.gulfhorizon.example/news/2025/10/15/russia-ukraine-war-at-a-glance-day-1330", "text": TEXT}

D, TUE, MON = "2025-10-15", "2025-10-14", "2025-10-13"
W1 = "ll13-3"
EVENTS = [
    E("ll13-1", ADS, TUE, L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(12), weapons=[W("guided_bomb")],
      note="'Two people were killed and 12 wounded when Russian glide bombs fell on Zaporizhzhia on Tuesday afternoon' "
           "(Wednesday list -> 14 Oct; casualties first, the place last)"),
    E("ll13-2", MAS, TUE, L("Kostiantynivka"), "RU", "UA", fat=N(3), weapons=[W("artillery")],
      note="'In Kostiantynivka, in the eastern Donetsk region, three people were killed by Russian shelling on "
           "Tuesday' (fronted place, passive)"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", launched=N(96)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="'Ninety-six drones and two Iskander-M ballistic missiles were fired at Ukraine overnight' (agentless "
           "passive, figures released Wednesday -> 15 Oct): the nationwide wave of Russia, typed by the missiles"),
    E("ll13-4", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian air force",
      weapons=[W("drone", intercepted=N(71))],
      note="'71 drones were neutralised by air defence and electronic warfare' (counted together)"),
    E("ll13-5", ADS, D, R("UA-53", "Poltava region"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'A gas extraction site in the Poltava region was set ablaze by drones during the night. Nobody was hurt' -> region only (precision 3), 0/0; the attacker is left unsaid in the agentless passive but the "
           "night's drones are Russia's wave"),
    E("ll13-6", TER, TUE, L("Shakhove"), "RU", "UA", claimant="Russian Ministry of Defence",
      note="'Russian forces have captured Shakhove in the Donetsk region … Russia's Ministry of Defence claimed on "
           "Tuesday': a capture claim on its claim day, required; 'no immediate response from Kyiv' is no event"),
    E("ll13-7", TER, TUE, L("Novopavlivka"), "RU", "UA", claimant="Russian Ministry of Defence",
      note="'… and Novopavlivka in the Dnipropetrovsk region': a second capture claim in the same sentence = a second "
           "event; Novopavlivka 699373 (Dnipropetrovsk oblast, the village south-west of Pokrovsk), not the Mykolaiv or "
           "Kherson ones"),
    E("ll13-8", ADS, D, L("Orenburg"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff / Orenburg governor",
      note="'Long-range Ukrainian drones hit a gas processing plant in Orenburg … overnight' + the governor's 'no one was "
           "hurt': one event told by both sides, 0/0 (UA -> RU)"),
    E("ll13-9", MAS, TUE, L("Belgorod"), "UA", "RU", weapons=[W("missile")], claimant="Belgorod governor",
      note="'In Russia's Belgorod, a Ukrainian missile strike on an electrical substation on Tuesday evening' (the city; "
           "casualties not given)"),
    E("ll13-10", DIS, TUE, L("Belgorod"), "UA", "RU", parent="ll13-9",
      note="'left about 20,000 residents without power': the outage the strike caused"),
    E("ll13-11", AGR, TUE, P("undisclosed"), "RU", "UA", claimant="Qatari Ministry of Foreign Affairs",
      note="'Russia returned 13 Ukrainian children to their families under Qatari mediation, Qatar's Ministry of Foreign "
           "Affairs said on Tuesday': a handover under a mediated deal = agreement without a place (the Doha meeting is "
           "a separate event); no own day -> the claim day; the side that returns them (RU) as actor1"),
    E("ll13-12", DIP, MON, L("Doha"), None, None,
      note="'The handover followed a meeting of Ukrainian and Russian officials in Doha a day earlier, hosted by Qatar's "
           "minister of state' -> a day before Tuesday = Monday 13 Oct; a meeting at a named place with a host -> "
           "sides null (as ll02-1)"),
    E("ll13-13", DIP, TUE, P(), "SA", "UA", claimant="Saudi Press Agency",
      note="'Saudi Arabia's crown prince held a telephone call with the Ukrainian president on Tuesday': a phone call, no place"),
    E("ll13-14", POL, TUE, C("JP", "Japan"), "JP", "UA",
      note="'Japan's government approved $300m in non-lethal aid for Ukraine on Tuesday': aid at the deciding country"),
    E("ll13-15", ADS, None, R("RU-BRY", "Bryansk region"), "UA", "RU", prec="unknown", optional=True,
      weapons=[W("drone")],
      note="'a Ukrainian drone strike on a pumping station in Russia's Bryansk region last week': a real strike without a "
           "day (the week before a Wednesday page) -> optional, date null"),
]
# Not events: the Kremlin's 'No date has yet been fixed' and 'any summit would require "serious preparation"' (negation and a
# condition; the quoted words are a fragment of a title-only body, not a gold statement), Brent's fall and the Druzhba
# flows 'returned to normal' (economy), the Orenburg plant's distance from the front (background). The section headings
# (Fighting, Politics and diplomacy, Military aid, Economy) and the 'As of Wednesday' line are text.
STATEMENTS = [
    S("Serhii Horbunov", "UA", "There is no safe district left in the city", "spokesman, Kostiantynivka military administration"),
    S("Nasser al-Sulaiti", "QA", "proof that dialogue can achieve what force cannot",
      "spokesman, Qatari Ministry of Foreign Affairs"),
]
MUST_NOT = ["GULF HORIZON", "News | Middle East | Explained | Opinion | Sport | Video | Live", "Russia-Ukraine War Coverage", "Published On 15 Oct 2025",
            "Share this story on social media", "Source: Gulf Horizon and news agencies", "Advertisement",
            "Read more: Who are the mediators trying to end the war in Ukraine?", "© 2025 Gulf Horizon Media Network"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
