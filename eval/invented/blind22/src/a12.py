from common import E, L, R, C, N, W, S, gold

TITLE = "The week in Ukraine: Kryvyi Rih mourns, Selidovo slips, and Pyongyang's soldiers arrive"
TEXT = """The Eastern Ledger
WEEK IN REVIEW · Issue 118
The week in Ukraine: Kryvyi Rih mourns, Selidovo slips, and Pyongyang's soldiers arrive
Compiled by the Ledger's Kyiv desk · Saturday 26 October 2024
You are reading the free edition. Upgrade for maps and daily alerts.

This week Russia kept up its pressure on the Pokrovsk axis, struck Ukrainian cities almost every night, and the question of North Korean troops moved from rumour to official record. Our day-by-day summary follows.

MONDAY
A Russian guided bomb hit a warehouse and nearby houses in Kharkiv's Industrialnyi district in the afternoon, killing one man and injuring 11 people, the regional governor said. In Zaporizhzhia, drones damaged a kindergarten overnight; no one was hurt.

TUESDAY
An Iskander-M ballistic missile struck a residential street in Kryvyi Rih late in the evening, killing two people and injuring 20, among them four children, the head of the city's defence council said. Rescuers worked through the night. "We are used to alarms here, but not to burying children's teachers," said Oksana Maliuk, whose neighbour died in the strike.

WEDNESDAY
Russian troops pushed into the centre of Selidovo (Selydove), where Ukraine's Khortytsia operational-strategic group said "fierce street fighting" was under way. Russia's Defence Ministry claimed on Wednesday that its forces had taken Tsukurino (Tsukuryne), a village south-east of the town.
In Seoul, South Korea's National Intelligence Service said about 3,000 North Korean soldiers had already been sent to Russia and were training at bases in the Russian Far East, and that more would follow.

THURSDAY
A Russian drone hit a city bus in Kherson's Dniprovskyi district in the morning, killing the driver and injuring six passengers. "The bus was full of people going to work," the head of the city administration said.
Ukraine's air force said that over the past week Russia had used more than 900 guided aerial bombs and nearly 400 attack drones against Ukraine.

FRIDAY
Drones struck Dnipro overnight, damaging an apartment block in the Shevchenkivskyi district and injuring two people. Ukrainian forces said they had repelled 17 Russian attacks near Hirnyk and Ukrainsk over the past day.

SATURDAY MORNING
Air defences shot down 32 of the 41 drones Russia launched overnight, the air force said at 09:00. Nine drones were "locationally lost". No damage had been reported by the time of writing.

What to watch next week: whether Russian units cross the Vovcha river south of Kurakhove, and whether Kyiv's allies react to the North Korean deployment with new permissions for long-range strikes. Officials in Washington said a decision "could come within days" — they have said so before.

Forward this issue to a colleague
Unsubscribe · Manage preferences · Privacy
"""
DOC = {"id": "a12", "date": "2024-10-26", "source": "The Eastern Ledger (weekly newsletter)",
       "url": "https://easternledger.example/week-in-review/118", "text": TEXT}

MON, TUE, WED, THU, FRI, SAT = ("2024-10-21", "2024-10-22", "2024-10-23", "2024-10-24", "2024-10-25", "2024-10-26")
AF = "Ukrainian Air Force"
EVENTS = [
    E("a12-1", "air_drone_strike", MON, L("Kharkiv", 1, "Kharkiv (Industrialnyi district)"), "RU", "UA", fat=N(1),
      inj=N(11), weapons=[W("guided_bomb", launched=N(1))], note="MONDAY section = 21 October; city district = the city"),
    E("a12-2", "air_drone_strike", MON, L("Zaporizhzhia"), None, "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'overnight' inside the MONDAY section: dated Monday; 'no one was hurt' = 0/0; 'drones damaged' names no "
           "perpetrator: actor1 null (blind16 call 7)"),
    E("a12-3", "missile_artillery_strike", TUE, L("Kryvyi Rih"), "RU", "UA", fat=N(2), inj=N(20),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(1))], note="TUESDAY, 'late in the evening'; no perpetrator named, but the Iskander-M names a Russian weapon: actor1 RU"),
    E("a12-4", "armed_clash", WED, L("Selydove", 1, "Selidovo"), "RU", "UA", claimant="Khortytsia group",
      note="street fighting in the centre of the town (precision 1)"),
    E("a12-5", "territory_change", WED, L("Tsukuryne", 1, "Tsukurino"), "RU", "UA", claimant="Russian Defence Ministry",
      note="MoD capture claim made 'on Wednesday': dated the claim day (blind16 call 6)"),
    E("a12-6", "military_mobilization", None, C("RU", "Russia"), "KP", None, prec="unknown", optional=True,
      claimant="South Korea's National Intelligence Service",
      note="about 3,000 North Korean soldiers 'already been sent to Russia' (Far East, no place in the table, no day): "
           "optional"),
    E("a12-7", "air_drone_strike", THU, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", fat=N(1),
      inj=N(6), weapons=[W("drone")], note="THURSDAY morning; driver killed"),
    E("a12-8", "air_drone_strike", "2024-10-20", C("UA", "Ukraine"), "RU", "UA", prec="range", end=SAT, agg=True,
      weapons=[W("guided_bomb", launched=N(900, "at_least")), W("drone", launched=N(400, "almost"))], claimant=AF,
      note="'over the past week' = 20-26 October (reference-6 … reference); weekly national tally: aggregate"),
    E("a12-9", "air_drone_strike", FRI, L("Dnipro", 1, "Dnipro (Shevchenkivskyi district)"), None, "UA", inj=N(2),
      weapons=[W("drone")], note="'overnight' in the FRIDAY section = 25 October; 'Drones struck' names no perpetrator: actor1 null (see a12-2)"),
    E("a12-10", "armed_clash", THU, L("Hirnyk", 2, "near Hirnyk"), "RU", "UA", prec="range", end=FRI,
      note="17 Russian attacks repelled near Hirnyk and Ukrainsk 'over the past day' in the Friday section: range "
           "24-25 October, one clash per place"),
    E("a12-11", "armed_clash", THU, L("Ukrainsk", 2, "near Ukrainsk"), "RU", "UA", prec="range", end=FRI,
      note="see a12-10"),
    E("a12-12", "air_drone_strike", SAT, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(41))],
      claimant=AF, note="SATURDAY MORNING: 41 drones launched overnight = publication day; 'No damage had been "
                        "reported' is not a stated 0/0 (absent)"),
    E("a12-13", "interception", SAT, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(32))],
      parent="a12-12", claimant=AF, note="32 shot down; 9 'locationally lost' not counted"),
]
STATEMENTS = [
    S("Khortytsia operational-strategic group", "UA", "fierce street fighting"),
    S("Oksana Maliuk", "UA", "We are used to alarms here, but not to burying children's teachers", "resident"),
    S("head of the Kherson city administration", "UA", "The bus was full of people going to work"),
]
MUST_NOT = ["The Eastern Ledger", "WEEK IN REVIEW · Issue 118",
            "Compiled by the Ledger's Kyiv desk · Saturday 26 October 2024",
            "You are reading the free edition. Upgrade for maps and daily alerts.", "Forward this issue to a colleague",
            "Unsubscribe · Manage preferences · Privacy"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
