from common import E, L, R, C, N, W, S, gold

TITLE = "War diary: days 85 to 91"
TEXT = """THE ESTUARY HERALD
News | World | Ukraine war | Business | Opinion | Culture | Sport
Ukraine war
War diary: days 85 to 91
Every Thursday we sum up the past seven days of Russia's full-scale invasion of Ukraine, which began on 24 February. Entries are numbered by the day of the war.
Compiled by the Herald foreign desk
Thursday 26 May 2022 06.00 BST
Share on Facebook  |  Share on Twitter  |  Email

DAY 85
• Russian shelling kills four civilians and wounds three in Sievierodonetsk, the Luhansk regional governor says. Russian troops are attacking the outskirts of the city from three sides, the governor adds, calling the situation "extremely difficult" (the last big city in the region still under Ukrainian control).
• Ukrainian troops push Russian forces out of Ternova, a village north-east of Kharkiv, the General Staff says. Russian artillery has been hitting the city's northern districts from the area for weeks.

DAY 86
• A cruise missile hits the railway station in Koziatyn in the Vinnytsia region, injuring two railway workers and cutting a key line to the west. Russia's Defence Ministry says Kalibr missiles fired from a submarine in the Black Sea destroyed "a large consignment of weapons delivered by the United States and European countries" there. Ukrzaliznytsia, the state railway, says only civilian infrastructure was hit.
• The Kremlin says there are no plans for new talks with Kyiv "at this stage".

DAY 87
• Ukrainian artillery destroys a Russian pontoon crossing over the Siverskyi Donets river near Dronivka, the Ukrainian military says, releasing drone footage that shows burning armoured vehicles on the bank.
• Latvia's defence minister visits Kyiv and meets his Ukrainian counterpart. The two discuss deliveries of howitzers, which Riga says it could send "as soon as crews are trained".

DAY 88
• Ukraine's parliament votes to extend martial law and the general mobilisation by another 90 days.
• Shelling of Huliaipole in the Zaporizhzhia region kills a 70-year-old man, regional authorities say.

DAY 89
• Russian forces storm the outskirts of Svitlodarsk, a town south-east of Bakhmut; Ukraine's military says the assault was repelled after heavy fighting.
• In Russia, the Belgorod governor says Ukrainian shelling damaged three houses in the village of Bessonovka, near the border. No one was hurt, he says.

DAY 90
• Russian jets drop bombs on Lysychansk, killing two people in a residential area, according to the Luhansk governor. Lysychansk lies across the river from Sievierodonetsk.
• Late in the evening a missile hits an industrial enterprise in the Dnipropetrovsk region. There are no casualties, the regional governor says, without naming the town.
• Foreign ministers of the EU are set to discuss an embargo on Russian oil at a summit next week.

DAY 91
• Russia's Defence Ministry claims Russian and separatist forces have taken "full control" of Svitlodarsk. Ukrainian officials do not confirm the claim, and a military spokesman, Oleksandr Motuzianyk, says only that fighting is under way "in the area of Svitlodarsk".
• Russian forces fire Grad rockets at Orikhiv, injuring a woman, the Zaporizhzhia regional administration says.
• Ukraine's foreign minister says Kyiv would consider a ceasefire only if Russian troops withdraw to the lines of 23 February.

How many people have been killed?
The UN's human rights office says it has confirmed the deaths of at least 3,900 civilians since 24 February, but believes the real figure is considerably higher.

Sign up to the Herald's Ukraine briefing, sent every weekday morning
Topics: Ukraine · Russia · Europe · War diary
Reuse this content
"""
DOC = {"id": "n03", "date": "2022-05-26", "source": "The Estuary Herald",
       "url": "https://estuaryherald.example/world/2022/may/26/ukraine-war-diary-days-85-91", "text": TEXT}

# Day 1 = 24 February 2022 -> Day 85 = 19 May, Day 91 = 25 May (a Wednesday)
DAY = {85: "2022-05-19", 86: "2022-05-20", 87: "2022-05-21", 88: "2022-05-22", 89: "2022-05-23", 90: "2022-05-24",
       91: "2022-05-25"}
EVENTS = [
    E("n03-1", "missile_artillery_strike", DAY[85], L("Sievierodonetsk"), "RU", "UA", fat=N(4), inj=N(3),
      weapons=[W("artillery")], claimant="Luhansk regional governor",
      note="'DAY 85' resolved from 'began on 24 February' (day 1) = 19 May"),
    E("n03-2", "armed_clash", DAY[85], L("Sievierodonetsk", 2, "outskirts of Sievierodonetsk"), "RU", "UA",
      claimant="Luhansk regional governor", note="attacking the outskirts from three sides"),
    E("n03-3", "territory_change", DAY[85], L("Ternova"), "UA", "RU", claimant="Ukrainian General Staff",
      note="push Russian forces out of Ternova: gain for UA"),
    E("n03-4", "missile_artillery_strike", DAY[86], L("Koziatyn"), "RU", "UA", inj=N(2),
      weapons=[W("cruise_missile", "Kalibr")], claimant="Ukrzaliznytsia; Russian Defence Ministry",
      note="one strike, two claims (railway: civilian infrastructure; MoD: weapons consignment); the Black Sea "
           "submarine is the launch site"),
    E("n03-5", "missile_artillery_strike", DAY[87], L("Dronivka", 2, "near Dronivka"), "UA", "RU",
      weapons=[W("artillery")], claimant="Ukrainian military", note="pontoon crossing destroyed"),
    E("n03-6", "diplomatic_contact", DAY[87], L("Kyiv"), "LV", "UA",
      note="Latvian defence minister's visit; 'could send … as soon as crews are trained' is not an event"),
    E("n03-7", "policy_decision", DAY[88], L("Kyiv"), "UA", None, family=["military_mobilization"],
      note="parliament extends martial law and mobilisation; placed in Kyiv"),
    E("n03-8", "missile_artillery_strike", DAY[88], L("Huliaipole"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Zaporizhzhia regional authorities"),
    E("n03-9", "armed_clash", DAY[89], L("Svitlodarsk", 2, "outskirts of Svitlodarsk"), "RU", "UA",
      claimant="Ukrainian military"),
    E("n03-10", "missile_artillery_strike", DAY[89], L("Bessonovka"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Belgorod governor", note="Russian-side claim; 'No one was hurt' = 0/0"),
    E("n03-11", "air_drone_strike", DAY[90], L("Lysychansk"), "RU", "UA", fat=N(2), weapons=[W("aircraft")],
      claimant="Luhansk governor", note="'jets drop bombs' = aircraft"),
    E("n03-12", "missile_artillery_strike", DAY[90], R("UA-12", "Dnipropetrovsk region"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("missile")], claimant="Dnipropetrovsk regional governor",
      note="town not named: region precision"),
    E("n03-13", "territory_change", DAY[91], L("Svitlodarsk"), "RU", "UA", claimant="Russian Defence Ministry",
      note="claimed capture, not confirmed by Ukraine (blind4 call 4)"),
    E("n03-14", "armed_clash", DAY[91], L("Svitlodarsk", 2, "in the area of Svitlodarsk"), "RU", "UA",
      claimant="Oleksandr Motuzianyk", note="Ukrainian version: fighting under way on day 91"),
    E("n03-15", "missile_artillery_strike", DAY[91], L("Orikhiv"), "RU", "UA", inj=N(1),
      weapons=[W("mlrs", "Grad")], claimant="Zaporizhzhia regional administration"),
    E("n03-16", "missile_artillery_strike", None, L("Kharkiv"), "RU", "UA", prec="unknown", optional=True,
      weapons=[W("artillery")], note="'has been hitting the city's northern districts … for weeks': undated, optional"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "a large consignment of weapons delivered by the United States and European countries"),
    S("Oleksandr Motuzianyk", "UA", "in the area of Svitlodarsk", "military spokesman"),
]
MUST_NOT = [
    "THE ESTUARY HERALD",
    "News | World | Ukraine war | Business | Opinion | Culture | Sport",
    "Compiled by the Herald foreign desk",
    "Thursday 26 May 2022 06.00 BST",
    "Share on Facebook  |  Share on Twitter  |  Email",
    "Sign up to the Herald's Ukraine briefing, sent every weekday morning",
    "Topics: Ukraine · Russia · Europe · War diary",
    "Reuse this content",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
