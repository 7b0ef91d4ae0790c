from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: EU leaders agree €80bn loan for Kyiv; Russia claims village near Huliaipole"
TEXT = """THE NORTHERN POST
Europe · Ukraine war live
Ukraine war live: EU leaders agree €80bn loan for Kyiv; Russia claims village near Huliaipole
Live · Updated 21:40 CET, Friday 19 December 2025
Edited by Sophie Marchetti and Jonas Berg
Share this live page · Copy link

21:40 CET
What we know so far

That's where we'll leave our coverage for today. Here is a summary of the day's main developments:
EU leaders agreed early this morning in Brussels to lend Ukraine €80bn over the next two years, after an all-night summit failed to reach agreement on using frozen Russian assets.
Russia launched 120 drones and three Iskander-M ballistic missiles at Ukraine overnight; 95 drones were shot down.
Russia's defence ministry claims its forces have taken the village of Zaliznychne near Huliaipole. Ukraine says fighting is continuing there.
Ukrainian and US negotiators met in Berlin this afternoon.
Thanks for following. Our live coverage resumes tomorrow morning.

20:55 CET
Kremlin warns of "response" to any seizure of assets

Kremlin spokesman Dmitry Orlov said Moscow would respond "with all the means at our disposal" if Europe ever confiscated frozen Russian assets, even though EU leaders decided not to do so today. "Any theft of Russian property will not go unanswered," Orlov said. He did not say what measures Russia might take.

20:10 CET
Body repatriation completed, says Kyiv

Ukraine received the bodies of 1,000 soldiers killed in the war in a repatriation carried out today, the coordination headquarters for the treatment of prisoners of war said. Russia received the bodies of 26 of its servicemen, according to the Russian side. The headquarters did not say where the handover took place.
Advertisement

19:25 CET
SBU detains suspected arsonists in Odesa

Ukraine's Security Service says it detained two men in Odesa today on suspicion of setting fire to military vehicles and railway relay cabinets on the orders of Russian intelligence. According to the SBU, the men, aged 19 and 22, were promised $200 for each arson.

18:40 CET
Ukrainian and US delegations meet in Berlin

Ukrainian and American negotiators met in Berlin this afternoon to discuss the latest version of a US framework for ending the war, Ukraine's chief negotiator Oleksandr Lytvak said on Telegram. "The talks were substantive. We discussed security guarantees and the line of contact, and we will continue next week," he wrote.

A European diplomat told the Northern Post that a new round of talks with the Russian side could take place before the end of the year, but that no date had been set.

17:50 CET
Shostka without power after overnight drone attack

More on the overnight attack: Sumy regional governor Tetiana Bondar says a Russian drone hit an energy facility in Shostka, leaving about 30,000 households without electricity. Nobody was hurt. Repair crews expect to restore most supplies by Saturday.

16:35 CET
Russia claims capture of village near Huliaipole

Russia's defence ministry claims its forces have "liberated" the village of Zaliznychne, north-east of Huliaipole in the Zaporizhzhia region, over the past day.

Ukraine's southern defence forces rejected the claim. "Zaliznychne is not under Russian control. Our units are fighting in the village, and the enemy is suffering heavy losses," spokesman Vladyslav Voloshyn told national television.

Russian forces have been pressing towards Huliaipole for weeks. Ukrainian commanders have warned that the town could be cut off if the Russian advance from the north continues.

16:00 CET
Woman killed in drone strike on Zaporizhzhia

A Russian drone hit a nine-storey residential building in Zaporizhzhia this afternoon, killing a 71-year-old woman, regional governor Ivan Fedko said. Two floors of the building were set on fire. Residents of neighbouring flats were evacuated.

15:20 CET
Photo: A woman walks past a damaged building in Kharkiv's Industrialnyi district. Photograph: Pavlo Bereza for the Northern Post

Guided bombs hit Kharkiv

Russian aircraft dropped two guided aerial bombs on Kharkiv this afternoon, one of them striking an industrial enterprise in the Industrialnyi district, Kharkiv mayor Ihor Melnyk said. Three people were injured.

14:05 CET
Belgorod governor: driver injured in drone attack near Valuyki

On the Russian side of the border, the governor of the Belgorod region says a Ukrainian drone attacked a car on a road near Valuyki this morning, injuring the driver. The claim could not be independently verified.

13:20 CET
Analysis: what the loan means, and what it doesn't

Our Brussels correspondent Marta Kowalczyk writes:

The €80bn agreed overnight will keep Ukraine's budget afloat until the end of 2027, but it is not the "reparations loan" that the Commission had pushed for months. Under that plan, the EU would have lent Kyiv money backed by immobilised Russian central bank assets, most of them held at a clearing house in Belgium, and Ukraine would have repaid it only if Russia paid reparations. Belgium feared it would be left alone to face Russian lawsuits, and several other governments worried about the euro's reputation as a reserve currency.

Joint borrowing is more expensive for EU taxpayers, and it needed the unanimous backing of all member states. Hungary and Slovakia, which had threatened to block it, were given assurances that they would not have to contribute. The frozen assets remain immobilised, and leaders said they could return to the idea next year if Russia refuses to end the war. Few diplomats expect that to happen soon.

12:50 CET
Families of missing soldiers rally in Kyiv

Several hundred people, most of them relatives of soldiers missing in action, rallied on Kyiv's Independence Square on Thursday evening, calling on the government to do more to locate their loved ones and to speed up exchanges. The rally was peaceful. Organisers said they would hold similar events in other cities in January.

11:30 CET
Overnight attack: 120 drones, three ballistic missiles

Russia launched 120 attack drones and three Iskander-M ballistic missiles at Ukraine overnight, Ukraine's air force said. Air defences shot down or suppressed 95 drones; the ballistic missiles were not intercepted. Hits were recorded at nine locations.

In the Kyiv region, a drone hit two private houses in the Brovary district, injuring two people, the regional administration said.

Air defences were active over the Kyiv, Chernihiv, Sumy and Poltava regions.

10:15 CET
Polish jets scrambled as Russia strikes Ukraine

Poland's operational command said it had scrambled fighter jets and put ground-based air defence on alert overnight because of the Russian attack on western Ukraine. There was no violation of Polish airspace, it said.

09:20 CET
Eight killed in missile strike on Odesa port

Eight people were killed and 27 injured when a Russian ballistic missile struck port infrastructure in the Odesa district late on Thursday, regional governor Oleh Kiper said. Several trucks caught fire at the site. A day of mourning has been declared in Odesa on Saturday.

08:30 CET
EU leaders agree €80bn loan after all-night summit

Good morning and welcome to our live coverage. EU leaders agreed in Brussels early this morning to lend Ukraine €80bn for 2026 and 2027, funded by joint borrowing on the markets. The leaders failed to agree on a plan to use immobilised Russian central bank assets, which Belgium had opposed.

"Ukraine's needs for the next two years are covered. That is the message we send to Kyiv and to Moscow today," European Council President Ana Ferreira told reporters after the summit.

Ukraine's president thanked the leaders and said the money would be used to buy weapons and to keep the state running. The loan still needs to be formally approved by the European Parliament, which is expected to vote in January.

Sign up to our Europe Today newsletter
Most viewed
Analysis: Why Europe balked at seizing Russia's frozen billions
The Northern Post · Terms of use · Privacy · Cookie settings
"""
DOC = {"id": "s12", "date": "2025-12-19", "source": "The Northern Post (live blog)",
       "url": "https://www.northernpost.example/europe/live/2025/dec/19/ukraine-war-live-eu-loan-huliaipole", "text": TEXT}

D, Y = "2025-12-19", "2025-12-18"
EVENTS = [
    E("s12-1", "policy_decision", D, L("Brussels"), None, "UA", claimant="European Council",
      note="€80bn loan agreed early on Friday; EP vote 'expected' in January is not an event; asset seizure not agreed"),
    E("s12-2", "agreement", D, C(None, "place not given"), "UA", "RU",
      claimant="coordination headquarters for the treatment of POWs", note="repatriation of bodies (1,000 / 26)"),
    E("s12-3", "arrest", D, L("Odesa"), "UA", None, claimant="SBU"),
    E("s12-4", "diplomatic_contact", D, L("Berlin"), "UA", "US", claimant="Oleksandr Lytvak"),
    E("s12-5", "air_drone_strike", D, L("Shostka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="s12-9", claimant="Tetiana Bondar", note="'Nobody was hurt'"),
    E("s12-6", "infrastructure_disruption", D, L("Shostka"), "RU", "UA", claimant="Tetiana Bondar"),
    E("s12-7", "territory_change", Y, L("Zaliznychne"), "RU", "UA", prec="range", end=D,
      claimant="Russian defence ministry", note="'liberated … over the past day'; disputed by Ukraine"),
    E("s12-8", "armed_clash", D, L("Zaliznychne"), "RU", "UA", claimant="Vladyslav Voloshyn",
      note="Ukraine: 'Our units are fighting in the village'"),
    E("s12-9", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(120)), W("ballistic_missile", "Iskander-M", launched=N(3))],
      claimant="Ukrainian air force"),
    E("s12-10", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(95))],
      claimant="Ukrainian air force", note="the ballistic missiles were not intercepted"),
    E("s12-11", "air_drone_strike", D, L("Brovary", 2, "Brovary district"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      parent="s12-9", claimant="Kyiv regional administration"),
    E("s12-12", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU", optional=True, note="listed region"),
    E("s12-13", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", optional=True, note="listed region"),
    E("s12-14", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", optional=True, note="listed region"),
    E("s12-15", "interception", D, R("UA-59", "Sumy region"), "UA", "RU", optional=True, note="listed region"),
    E("s12-16", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Industrialnyi district"), "RU", "UA", inj=N(3),
      weapons=[W("guided_bomb", launched=N(2))], claimant="Ihor Melnyk"),
    E("s12-21", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      claimant="Ivan Fedko"),
    E("s12-17", "air_drone_strike", D, L("Valuyki", 2, "near Valuyki"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Belgorod governor"),
    E("s12-18", "protest", Y, L("Kyiv"), "UA", None, note="Thursday evening, peaceful"),
    E("s12-19", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish operational command",
      note="jets scrambled overnight; no place named"),
    E("s12-20", "missile_artillery_strike", Y, L("Odesa", 2, "Odesa district, port infrastructure"), "RU", "UA",
      fat=N(8), inj=N(27), weapons=[W("ballistic_missile")], claimant="Oleh Kiper", note="'late on Thursday'"),
]
STATEMENTS = [
    S("Dmitry Orlov", "RU", "Any theft of Russian property will not go unanswered", "Kremlin spokesman"),
    S("Oleksandr Lytvak", "UA", "We discussed security guarantees and the line of contact", "chief negotiator"),
    S("Vladyslav Voloshyn", "UA", "Zaliznychne is not under Russian control", "spokesman, southern defence forces"),
    S("Ana Ferreira", None, "Ukraine's needs for the next two years are covered", "European Council President"),
]
MUST_NOT = ["THE NORTHERN POST", "Europe · Ukraine war live", "Live · Updated 21:40 CET, Friday 19 December 2025",
            "Edited by Sophie Marchetti and Jonas Berg", "Share this live page · Copy link", "Advertisement",
            "Photo: A woman walks past a damaged building in Kharkiv's Industrialnyi district. Photograph: Pavlo Bereza for the Northern Post",
            "Sign up to our Europe Today newsletter", "Most viewed",
            "Analysis: Why Europe balked at seizing Russia's frozen billions",
            "The Northern Post · Terms of use · Privacy · Cookie settings"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
