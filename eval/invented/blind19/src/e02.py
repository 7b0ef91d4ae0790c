from common import E, L, R, C, N, W, S, gold

TITLE = "Kyiv hit by 14th drone attack this month as debris sets flats alight"
TEXT = """The Northern Courier
News | Opinion | Sport | Culture | Lifestyle
World › Europe › Ukraine
Kyiv hit by 14th drone attack this month as debris sets flats alight
Air force says all 36 Shahed drones were destroyed, but falling wreckage injured a woman in the Podilskyi district
Rory Callaghan in Kyiv
Wed 24 May 2023 09.12 BST
Last modified on Wed 24 May 2023 13.40 BST
Comments (214)
Russia launched 36 Iranian-designed Shahed drones at Ukraine overnight, the 14th attack on Kyiv this month, and all of them were shot down, most over the capital and the surrounding region, Ukraine's air force said on Wednesday.

Falling wreckage set fire to two flats on the upper floors of a nine-storey building in Kyiv's Podilskyi district. A 71-year-old woman was taken to hospital with burns, the city's emergency service said.

"Another sleepless night for Kyiv," wrote Mykola Tarasenko, the head of the city's military administration, on Telegram. "The enemy is trying to exhaust us, to break our nerves.

"It will not work. Every drone that flies here is one less drone over the front."

In Bila Tserkva, about 50 miles south of the capital, a drone struck an industrial site and started a fire that burned until dawn. No one was hurt, according to the regional governor.

Most viewed
1. Heatwave warning for southern England as temperatures climb
2. Premier League club fined over supporters' chants
3. 'We heard it coming': inside Kyiv's nights under drone fire
4. Supermarket recalls hummus over plastic fragments
5. Crossword champion, 91, wins again
Ihor, 34, a software tester who spent the night on the platform of a metro station with his two daughters, said he had stopped counting the alerts. "The girls slept. I counted the explosions instead," he said. "Eleven. Then I fell asleep too."

The attacks have come almost nightly since the start of May. Ukrainian officials believe Moscow is trying to deplete the country's stocks of air defence missiles before an expected counteroffensive.

The night before, Russian shelling killed a 58-year-old man in the Korabelnyi district of the southern city of Kherson, its military administration said on Tuesday.

Russia's defence ministry did not comment on the drone attack. Its spokesperson, Maj Gen Arkady Volnov, said on Tuesday that Russian forces had "destroyed a large depot of western weapons" in the Khmelnytskyi region, a claim Kyiv did not confirm.

Britain's defence secretary told MPs on Tuesday that the UK would "stand with Ukraine for as long as it takes", but declined to say whether further long-range missiles would be sent.

Rory Callaghan is the Courier's eastern Europe correspondent. He has reported from Ukraine since 2014.
This article was amended on 24 May 2023. An earlier version said the fire was in the Obolonskyi district; it was in the Podilskyi district.
Explore more on these topics: Ukraine · Russia · Europe · Drones
Reuse this content
I hope you appreciated this article. Before you move on, would you consider supporting the Courier's journalism? Readers in 180 countries now support us. Support the Courier from just £2.
"""
DOC = {"id": "e02", "date": "2023-05-24", "source": "The Northern Courier (UK daily)",
       "url": "https://www.northerncourier.example/world/2023/may/24/kyiv-drone-attack-debris-podilskyi", "text": TEXT}

D = "2023-05-24"
EVENTS = [
    E("e02-1", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(36))],
      claimant="Ukrainian Air Force",
      note="overnight drone wave on Ukraine, country precision; 'the 14th attack on Kyiv this month' is history"),
    E("e02-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(36))],
      parent="e02-1", claimant="Ukrainian Air Force",
      note="'all of them were shot down, most over the capital and the surrounding region': all 36, country level "
           "(Kyiv named without a count)"),
    E("e02-2a", "interception", D, L("Kyiv"), "UA", "RU", parent="e02-2", optional=True,
      note="'most over the capital and the surrounding region': places named without a count = optional (rule 3)"),
    E("e02-3", "air_drone_strike", D, L("Kyiv", 1, "Kyiv (Podilskyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="e02-1",
      note="falling wreckage of a downed drone = drone-type child; city district = city; 'taken to hospital' = injured; "
           "the correction notice (Obolonskyi) is furniture"),
    E("e02-4", "air_drone_strike", D, L("Bila Tserkva"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="e02-1", note="'No one was hurt' = 0/0"),
    E("e02-5", "missile_artillery_strike", "2023-05-23", L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA",
      fat=N(1), weapons=[W("artillery")],
      note="'The night before' the Wednesday attack = Tuesday night (23 May), also stated on Tuesday"),
    E("e02-6", "missile_artillery_strike", "2023-05-23", R("UA-68", "Khmelnytskyi region"), "RU", "UA",
      optional=True, family=["air_drone_strike"],
      note="Russian claim of a destroyed depot, reported 'on Tuesday', unconfirmed and without weapon: optional"),
]
STATEMENTS = [
    S("Mykola Tarasenko", "UA", "Another sleepless night for Kyiv", "head of Kyiv city military administration"),
    S("Mykola Tarasenko", "UA", "The enemy is trying to exhaust us, to break our nerves",
      "head of Kyiv city military administration"),
    S("Mykola Tarasenko", "UA", "Every drone that flies here is one less drone over the front",
      "head of Kyiv city military administration"),
    S("British defence secretary", "GB", "stand with Ukraine for as long as it takes", "title only"),
    S("Arkady Volnov", "RU", "destroyed a large depot of western weapons", "Russian defence ministry spokesperson"),
]
MUST_NOT = ["The Northern Courier", "News | Opinion | Sport | Culture | Lifestyle", "World › Europe › Ukraine",
            "Rory Callaghan in Kyiv", "Wed 24 May 2023 09.12 BST", "Last modified on Wed 24 May 2023 13.40 BST",
            "Comments (214)", "Most viewed", "1. Heatwave warning for southern England as temperatures climb",
            "2. Premier League club fined over supporters' chants",
            "3. 'We heard it coming': inside Kyiv's nights under drone fire",
            "4. Supermarket recalls hummus over plastic fragments", "5. Crossword champion, 91, wins again",
            "Rory Callaghan is the Courier's eastern Europe correspondent. He has reported from Ukraine since 2014.",
            "This article was amended on 24 May 2023. An earlier version said the fire was in the Obolonskyi district; it was in the Podilskyi district.",
            "Explore more on these topics: Ukraine · Russia · Europe · Drones", "Reuse this content",
            "I hope you appreciated this article. Before you move on, would you consider supporting the Courier's journalism? Readers in 180 countries now support us. Support the Courier from just £2."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
