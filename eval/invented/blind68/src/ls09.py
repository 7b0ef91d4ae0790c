from common import E, L, R, C, N, W, S, H, gold, with_evidence, ADS, DIS, POL

TITLE = "'HUNTED LIKE ANIMALS': Putin's killer drone slams into packed commuter bus"
TEXT = """THE DAILY CLARION
News | Sport | Showbiz | Money | Travel | Puzzles
News › World News › Ukraine
'HUNTED LIKE ANIMALS': Putin's killer drone slams into packed commuter bus
Pensioner killed and nine hurt as Russian operator 'watched through camera' in Kherson
Then the SAME drone crews went after the ambulance sent to save them
By TOM BARNSLEY, FOREIGN CORRESPONDENT
Published: 11:32, 22 August 2024 | Updated: 14:05, 22 August 2024
A RUSSIAN drone operator steered his bomb-laden craft straight into a packed commuter bus in the Ukrainian city of Kherson, killing a pensioner and wounding nine.

The sickening attack happened at 7.50am yesterday as workers crammed onto the minibus in the Dniprovskyi district, just a mile from the Russian guns across the river.

Officials first said six were hurt. By last night the number of wounded had climbed to nine, among them a girl of 14, the city's military administration said. The man who died, 71, was on his way to his allotment.

"The window next to me just disappeared. I had somebody's blood on my coat and I did not know if it was mine," said passenger Liudmyla Koval, 45, who was treated for cuts.

Barely forty minutes later, ANOTHER drone dived onto the ambulance that had raced to the scene. Paramedic Serhii Moroz, 38, was wounded in the leg.

"They see the red cross. They see everything. That is the point of the camera," Moroz told the Clarion from his hospital bed.

On Tuesday evening a drone had blown up a car outside a shop in Bilozerka, a village west of the city, killing the driver.

Locals say Russian operators sitting on the other bank of the Dnipro now "hunt" anything that moves in the riverside districts — a pattern the United Nations has described as terrorising the civilian population.

It is the second bus to be hit in a month. On 27 July, a drone struck a bus at a stop in Antonivka, on the city's northern edge, wounding six passengers.

City bosses have suspended all public transport in the Dniprovskyi district from today until further notice.

Back home, the Foreign Office yesterday slapped sanctions on eleven companies in Russia, China and Turkey accused of supplying parts for Russian drones.

"Every one of these drones has a Western chip in it somewhere. Cut the chips and you cut the drones," said Tory MP Sir Graham Pettifer, who sits on the defence committee.

The Kremlin has not commented. Russia denies attacking civilians.
Share or comment on this article:
MOST READ
Have you got a story? Email tips@dailyclarion.example
© Daily Clarion Publishing Ltd
"""
DOC = {"id": "ls09", "date": "2024-08-22", "source": "The Daily Clarion (British tabloid)",
       "url": "https://dailyclarion.example/news/world/article-13781402/putin-drone-bus-kherson", "text": TEXT}

D, TUE, WED = "2024-08-22", "2024-08-20", "2024-08-21"
EVENTS = [
    E("ls09-1", ADS, WED, L("Kherson"), "RU", "UA", fat=N(1), inj=N(9), weapons=[W("drone")],
      claimant="Kherson city military administration",
      note="'steered his bomb-laden craft straight into a packed commuter bus … at 7.50am yesterday' -> Wed 21 Aug (the "
           "Thursday paper's 'yesterday'); the Dniprovskyi district is the city; 'first said six were hurt. By last "
           "night … nine' -> the later figure: 1 k 9 w"),
    E("ls09-2", ADS, WED, L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant="Serhii Moroz",
      note="'Barely forty minutes later, ANOTHER drone dived onto the ambulance that had raced to the scene. Paramedic "
           "… was wounded' -> a second incident the same morning at the same place (its own event, its own victim)"),
    E("ls09-3", ADS, TUE, L("Bilozerka"), None, "UA", fat=N(1), weapons=[W("drone")],
      note="'On Tuesday evening a drone had blown up a car outside a shop in Bilozerka, a village west of the city, "
           "killing the driver' -> Tue 20 Aug; Bilozerka 712508 (Kherson oblast); agentless -> actor1 null"),
    E("ls09-4", ADS, "2024-07-27", L("Antonivka"), None, "UA", inj=N(6), weapons=[W("drone")],
      note="recap with its own date: 'On 27 July, a drone struck a bus at a stop in Antonivka, on the city's northern "
           "edge, wounding six passengers' -> required on 27 Jul; Antonivka 713304 (the Kherson suburb); agentless -> actor1 null"),
    E("ls09-5", DIS, D, L("Kherson"), None, None, claimant="Kherson city authorities",
      note="'City bosses have suspended all public transport in the Dniprovskyi district from today until further "
           "notice' -> a war-caused transport suspension from the publication day, imposed by the city (sides null, as "
           "blind53's schedules 'from today'); the district is the city"),
    E("ls09-6", POL, WED, C("GB", "United Kingdom"), "GB", "RU", claimant="Foreign Office",
      note="'the Foreign Office yesterday slapped sanctions on eleven companies in Russia, China and Turkey' -> a "
           "sanctions decision at the deciding country, Wed 21 Aug"),
]
# Not events: the first count 'six were hurt' (a stage of ls09-1), the man 'on his way to his allotment', the operators
# who 'now \"hunt\" anything that moves' and the UN's description (habit, opinion), 'the second bus to be hit in a month'
# (summary of ls09-1 and ls09-4), Pettifer's opinion, 'The Kremlin has not commented. Russia denies attacking civilians'
# (negation). The standfirst lines under the headline repeat ls09-1/-2 (text, no new events). Not gold statements: the
# headline's 'HUNTED LIKE ANIMALS' and 'watched through camera' (headline fragments), the locals' "hunt".
STATEMENTS = [
    S("Liudmyla Koval", "UA", "I did not know if it was mine", "bus passenger, Kherson"),
    S("Serhii Moroz", "UA", "They see the red cross. They see everything.", "paramedic, Kherson"),
    S("Graham Pettifer", "GB", "Cut the chips and you cut the drones", "Conservative MP, defence committee"),
]
MUST_NOT = ["THE DAILY CLARION", "News | Sport | Showbiz | Money | Travel | Puzzles", "News › World News › Ukraine",
            "By TOM BARNSLEY, FOREIGN CORRESPONDENT",
            "Published: 11:32, 22 August 2024 | Updated: 14:05, 22 August 2024",
            "Share or comment on this article:", "MOST READ", "Have you got a story? Email tips@dailyclarion.example",
            "© Daily Clarion Publishing Ltd"]
EVIDENCE = {
    "ls09-1": "A RUSSIAN drone operator steered his bomb-laden craft straight into a packed commuter bus in the Ukrainian city of Kherson, killing a pensioner and wounding nine.",
    "ls09-2": "Barely forty minutes later, ANOTHER drone dived onto the ambulance that had raced to the scene.",
    "ls09-3": "On Tuesday evening a drone had blown up a car outside a shop in Bilozerka, a village west of the city, killing the driver.",
    "ls09-4": "On 27 July, a drone struck a bus at a stop in Antonivka, on the city's northern edge, wounding six passengers.",
    "ls09-5": "City bosses have suspended all public transport in the Dniprovskyi district from today until further notice.",
    "ls09-6": "the Foreign Office yesterday slapped sanctions on eleven companies in Russia, China and Turkey accused of supplying parts for Russian drones",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
