from common import E, L, R, C, N, W, S, gold

TITLE = "Raids, Fines And A New Bill: How Russia Is Tightening The Net Around Men Of Draft Age"
TEXT = """RADIO HORIZON EUROPE
Russian Service
Russia | Ukraine | Belarus | Central Asia | Caucasus | Investigations
Raids, Fines And A New Bill: How Russia Is Tightening The Net Around Men Of Draft Age
April 12, 2023 14:20 GMT
By Irina Sokolova and Maxim Rudenko
Share on Facebook · Share on Telegram · Share via Email
Print
Comments (12)

Police officers and officials from a military enlistment office raided a hostel for construction workers in south-east Moscow on April 11, detaining 43 men and handing 17 of them summonses to register for military service, a local rights group and one of the workers told RHE.

Most of those detained were natives of Central Asia who had recently received Russian citizenship, the group, Migrant Aid, said.

"They checked passports at the door. Anyone with a Russian passport was put on a bus. Nobody explained anything," said Timur Nazarov, 29, a welder from Tajikistan who received citizenship last year and was among those handed a summons.

The raid came on the same day the State Duma passed in the first reading a bill that would allow courts to strip naturalized citizens of their Russian citizenship if they fail to register for military service. The bill must pass two more readings and be approved by the Federation Council before the president can sign it.

The Kremlin's spokesman said on Wednesday there were "no plans" for a new wave of mobilization, repeating denials that have been issued regularly since the "partial mobilization" of September 2022, in which some 300,000 reservists were called up. He would not comment on the raids, calling them "a matter for law enforcement."

Read more:
Mothers Of Mobilized Soldiers Say They Are Being Watched
Explainer: Who Can Still Be Called Up In Russia?

Lawyers say the pressure on men of draft age is growing anyway. On April 10, a court in St. Petersburg fined a 24-year-old programmer 30,000 rubles for failing to report to an enlistment office after receiving a summons, according to his lawyer, Anton Voskresensky. Another court case of the same kind is expected in Kazan next week.

"The law is being written so that there is no way out. If the bill passes, a man who received his passport five years ago can lose it for missing one appointment," Voskresensky said.

In the Siberian city of Yakutsk, about 30 women protested outside the regional enlistment office on April 10, demanding that their mobilized husbands be rotated home. Police detained two of the women, local media reported.

Overnight, an unknown person threw two Molotov cocktails at the enlistment office in the Urals city of Nizhny Tagil, damaging the entrance, the regional Interior Ministry said. No one was hurt. Police are searching for a suspect.

Independent media have counted more than 100 arson attacks on enlistment offices and government buildings since February 2022. Russia's Defense Ministry has not published figures on how many men have been called up for the spring conscription, which began on April 1.

RHE's Russian Service contributed to this report.

Copyright (c) 2023 Radio Horizon Europe. All Rights Reserved.
"""
DOC = {"id": "m16", "date": "2023-04-12", "source": "Radio Horizon Europe",
       "url": "https://www.rhe.example/a/russia-draft-raids-citizenship-bill/32356418.html", "text": TEXT}

D = "2023-04-12"
EVENTS = [
    E("m16-1", "arrest", "2023-04-11", L("Moscow", name="south-east Moscow"), "RU", None,
      family=["military_mobilization"], claimant="Migrant Aid",
      note="raid on a hostel: 43 detained, 17 handed summonses (11 Apr); typed arrest, military_mobilization accepted; "
           "a part of the city coded to the city (precision 1)"),
    E("m16-2", "policy_decision", "2023-04-11", C("RU", "Russia"), "RU", None, optional=True, family=["military_mobilization"],
      claimant="State Duma",
      note="bill passed in the first reading 'on the same day' (11 Apr): an intermediate legislative step (two more "
           "readings, Federation Council, signature still needed), optional; no place named"),
    E("m16-3", "policy_decision", "2023-04-10", L("Saint Petersburg", name="St. Petersburg"), "RU", None, optional=True,
      family=["arrest"], claimant="Anton Voskresensky",
      note="court fine for failing to report (10 Apr): a court decision, optional (as blind9's court verdict). The "
           "Kazan case 'next week' is a plan, not an event"),
    E("m16-4", "protest", "2023-04-10", L("Yakutsk"), "RU", "RU", claimant="local media",
      note="about 30 women outside the enlistment office (10 Apr); police detained two: protest with intervention, "
           "actor2 the state (blind4 call 2)"),
    E("m16-5", "arrest", "2023-04-10", L("Yakutsk"), "RU", None, optional=True,
      note="two detained at the protest: optional (blind4 call 1)"),
    E("m16-6", "looting_destruction", D, L("Nizhniy Tagil", name="Nizhny Tagil"), None, "RU", fat=N(0), inj=N(0),
      family=["grenade", "attack_on_civilians"], claimant="regional Interior Ministry",
      note="Molotov cocktails on the enlistment office 'Overnight' (into Wednesday, the publication day); blind7 s05-6 typing; unknown "
           "perpetrator, actor1 null; 'No one was hurt' = 0/0"),
]
STATEMENTS = [
    S("Timur Nazarov", "RU", "Anyone with a Russian passport was put on a bus", "welder"),
    S("Anton Voskresensky", "RU", "a man who received his passport five years ago can lose it for missing one appointment",
      "lawyer"),
]
MUST_NOT = ["RADIO HORIZON EUROPE", "Russian Service", "Russia | Ukraine | Belarus | Central Asia | Caucasus | Investigations",
            "April 12, 2023 14:20 GMT", "By Irina Sokolova and Maxim Rudenko",
            "Share on Facebook · Share on Telegram · Share via Email", "Print", "Comments (12)", "Read more:",
            "Mothers Of Mobilized Soldiers Say They Are Being Watched", "Explainer: Who Can Still Be Called Up In Russia?",
            "RHE's Russian Service contributed to this report.",
            "Copyright (c) 2023 Radio Horizon Europe. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
