from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson region: during the day enemy made 312 attacks, two persons killed; in the morning drone hit bus stop in Kherson"
TEXT = """TAVRIA ONLINE
Новини Херсонщини · News of Kherson region · EN
Front | Kherson | Right bank | Occupied territories | Help
Kherson region: during the day enemy made 312 attacks, two persons killed; in the morning drone hit bus stop in Kherson
02.10.2024, 09:15 · 🕑 2 min
Duty editor: Iryna Pylypchuk
Over the past day the Russian army attacked 29 settlements of Kherson region 312 times, informed the head of the Kherson regional military administration. The enemy used artillery, MLRS, mortars, drones and aviation, dropping 14 guided aviation bombs. As a result of the Russian aggression two persons were killed and 17 persons were wounded, among them one child.

Under the attacks were the residential quarters of the settlements of the Dnipro coast, also Kherson city. The occupants hit 4 high-rise buildings and 19 private houses, a medical facility, a gas pipeline and private cars.

In detail:
— in Bilozerka an artillery shell hit the yard of a private house, a man of 61 years died;
— in Beryslav the Russians dropped two guided bombs on the centre of the town, a woman was killed and three people were wounded;
— in Antonivka a drone dropped an explosive on a man near his house, he has leg injuries;
— in the Korabelnyi district of Kherson a drone attacked a car, two men were wounded.

This morning, at 07:10, the Russian drone hit a bus stop in the Dniprovskyi district of Kherson, where people were waiting for the city bus. Two women are wounded, they are hospitalised, the city military administration added.

📌 Subscribe to the evacuation bulletin: bots for Viber and Telegram
On the left bank, the occupation "administration" claimed that the Ukrainian army shelled Hola Prystan in the evening, and two civilians died. This information cannot be verified independently. The Southern Defence Forces said on Wednesday that they struck a Russian ammunition depot near Hola Prystan on Tuesday evening, and the detonation continued for one hour.

In the Dnipro delta the Russian troops tried again to land on the islands near Kherson in the night, but were repelled, informed spokesman of the Southern Defence Forces Vladyslav Kharchenko. "They come in boats in groups of five-seven people, and we meet them with drones before they touch the ground," he said.

Kherson remains under constant shelling since the liberation in November 2022. The city council asks residents of the coastal streets to use the free evacuation.

Ви знайшли помилку? · Found a mistake? Write to the editor
Tavria Online is the member of the Independent Regional Publishers Association
"""
DOC = {"id": "kg13", "date": "2024-10-02", "source": "Tavria Online (Ukrainian regional site, English version)",
       "url": "https://tavriaonline.example/en/front/2024/10/02/312-attacks-bus-stop-kherson", "text": TEXT}

D = "2024-10-02"
PD = "2024-10-01"
OVA = "head of the Kherson regional military administration"
EVENTS = [
    E("kg13-1", "missile_artillery_strike", PD, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(2), inj=N(17), family=["air_drone_strike"],
      weapons=[W("artillery"), W("mlrs"), W("drone"), W("guided_bomb", launched=N(14))], claimant=OVA,
      note="'Over the past day … 312 times' = 1-2 Oct range, regional aggregate with 2 k 17 w; mixed weapons typed "
           "by the heaviest (drone type accepted); 312 attacks are not munitions; the 14 guided bombs are a count"),
    E("kg13-2", "missile_artillery_strike", PD, L("Bilozerka"), "RU", "UA", end=D, prec="range", fat=N(1),
      weapons=[W("artillery")], parent="kg13-1",
      note="place line of the past-day summary without an hour: range, not aggregate (blind16 call 1)"),
    E("kg13-3", "air_drone_strike", PD, L("Beryslav"), "RU", "UA", end=D, prec="range", fat=N(1), inj=N(3),
      weapons=[W("guided_bomb", launched=N(2))], parent="kg13-1", note="two guided bombs on the centre: 1 k 3 w"),
    E("kg13-4", "air_drone_strike", PD, L("Antonivka"), "RU", "UA", end=D, prec="range", inj=N(1),
      weapons=[W("drone")], parent="kg13-1",
      note="drone drop on a man; Antonivka 713304 (the Kherson suburb, pop 12,777), not the southern homonym"),
    E("kg13-5", "air_drone_strike", PD, L("Kherson"), "RU", "UA", end=D, prec="range", inj=N(2),
      weapons=[W("drone")], parent="kg13-1", note="Korabelnyi district of Kherson = the city; car attacked, 2 w"),
    E("kg13-6", "air_drone_strike", D, L("Kherson"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Kherson City Military Administration",
      note="'This morning, at 07:10' = 2 Oct (after the summary's window): separate event; Dniprovskyi district = the "
           "city; two women hospitalised"),
    E("kg13-7", "missile_artillery_strike", PD, L("Hola Prystan"), "UA", None, family=["air_drone_strike"],
      claimant="Russian-installed administration / Southern Defence Forces",
      note="the occupation 'administration' claims Ukrainian shelling of Hola Prystan 'in the evening' (two civilians "
           "dead, unverifiable); the Southern Defence Forces report their strike on a depot 'near Hola Prystan on "
           "Tuesday evening' (1 Oct). Counter-claims of one event: the two versions are kept as claims; fatalities "
           "left absent (the 2 dead are one side's unverifiable figure and the other side describes a depot); "
           "actor2 null for occupied territory (blind26 call 4); 'shelled' vs a strike of unstated "
           "weapon: drone type accepted"),
    E("kg13-8", "armed_clash", D, L("Kherson", 2, "islands near Kherson"), "RU", "UA",
      claimant="Southern Defence Forces",
      note="landing attempt on the Dnipro delta islands 'near Kherson' 'in the night', repelled: armed_clash, attacker "
           "RU; night in a morning report = 2 Oct; precision 2"),
]
# Not events: the totals of damaged buildings (part of kg13-1), the boats 'in groups of five-seven' (habitual),
# 'under constant shelling since the liberation in November 2022' (history), the evacuation appeal.
# Not gold statements: the scare-quoted "administration".
STATEMENTS = [
    S("Vladyslav Kharchenko", "UA", "we meet them with drones before they touch the ground",
      "spokesman of the Southern Defence Forces"),
]
MUST_NOT = ["TAVRIA ONLINE", "Новини Херсонщини · News of Kherson region · EN",
            "Front | Kherson | Right bank | Occupied territories | Help", "02.10.2024, 09:15 · 🕑 2 min",
            "Duty editor: Iryna Pylypchuk", "📌 Subscribe to the evacuation bulletin: bots for Viber and Telegram",
            "Ви знайшли помилку? · Found a mistake? Write to the editor",
            "Tavria Online is the member of the Independent Regional Publishers Association"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
