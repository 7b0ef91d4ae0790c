from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Dnipropetrovsk region, Tuesday 14 November: the day in posts"
TEXT = """Dnipro Operatyvnyi 🔔
87 415 subscribers
📌 Pinned: how to send us a photo or video from the scene
Dnipropetrovsk region, Tuesday 14 November: the day in posts
🕖 07:02
⚡️ Nikopol district overnight. The Russians fired heavy artillery at the Nikopol, Marhanets and Chervonohryhorivka hromadas more than 20 times. In Nikopol a five-storey building, a gas pipeline and power lines were damaged; a 64-year-old woman was injured — head of the RMA.
👁 9.8K
🕗 08:15
🚀 Kryvyi Rih. At 07:48 a missile hit an industrial enterprise. A fire broke out. Three people are injured, according to the head of the city military administration.
👁 14.1K
🕘 09:30
🛡 Over the Dnipro district, four Shaheds were shot down overnight, the Air Command "Skhid" reports.
💥 Their debris fell in the Samarskyi district of Dnipro: a car and a garage burned, nobody was hurt.
👁 11.7K
🕚 11:05
🔴 Pavlohrad district. Kamikaze drone on an infrastructure facility of the Ternivka hromada. Part of Ternivka is without electricity, the water utility switched to generators.
👁 8.3K
🕐 13:40
🎯 Marhanets. An FPV drone hit a car in the town centre, the driver was injured. He is in hospital in moderate condition.
👁 7.9K
🕓 16:22
🔴 Nikopol again. At 16:05 the enemy struck the town with a drone. A 48-year-old man was killed at a bus stop.
"He was waiting for the 16:10 bus to the plant," a woman who knew him told us.
👁 12.6K
🕕 18:10
UPDATE ❗️ Kryvyi Rih: the number of people injured in the morning missile strike has risen to five, two of them are in hospital.
👁 10.4K
🕗 19:40
📍 Velykomykhailivka hromada, Synelnykove district. This afternoon an FPV drone attacked a tractor working in a field; the tractor driver was wounded, reports Vitalii Shramko, head of the hromada's military administration. "We had asked farmers to stay off the fields near the border of the region, and they are still going out," Shramko said.
👁 6.2K
🕘 21:05
📍 Pokrov: the city military administration reports only now that yesterday evening Russian artillery damaged a lyceum and two private houses. No one was hurt.
⚠️ Air raid alert in the Pavlohrad and Synelnykove districts. Stay in shelters!
👁 5.9K
#Dnipro_region #Nikopol #KryvyiRih
👉 Subscribe: @dnipro_operatyvnyi_example | Send news: @dnipro_op_bot
"""
DOC = {"id": "ku04", "date": "2023-11-14", "source": "Dnipro Operatyvnyi (regional Telegram channel, web preview)",
       "url": "https://t.me/s/dnipro_operatyvnyi_example?before=51207", "text": TEXT}

D, Y = "2023-11-14", "2023-11-13"
EVENTS = [
    E("ku04-1", MAS, D, L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="07:02 post: 'Nikopol district overnight … heavy artillery … In Nikopol a five-storey building … damaged; a "
           "64-year-old woman was injured': overnight in a morning post = 14 November; the injury is Nikopol's; 'more "
           "than 20 times' counts attacks over three hromadas, not shells of this town"),
    E("ku04-2", MAS, D, H("Marhanets", "Marhanets hromada"), "RU", "UA", optional=True, weapons=[W("artillery")],
      note="hromada merely listed in the artillery sentence, without damage or casualties -> optional (blind41 kr07)"),
    E("ku04-3", MAS, D, H("Chervonohryhorivka", "Chervonohryhorivka hromada"), "RU", "UA", optional=True,
      weapons=[W("artillery")], note="listed hromada -> optional"),
    E("ku04-4", MAS, D, L("Kryvyi Rih"), "RU", "UA", inj=N(5), weapons=[W("missile")],
      note="08:15 post: missile on an industrial enterprise at 07:48, three injured; the 18:10 UPDATE 'has risen to "
           "five' supersedes -> 5 injured (the latest figure wins, blind37 call 1); one event"),
    E("ku04-5", INT, D, H("Dnipro", "Dnipro district"), "UA", "RU", weapons=[W("drone", "Shahed-136", intercepted=N(4))],
      note="'Over the Dnipro district, four Shaheds were shot down overnight': a count with a place -> required; the "
           "raion named after the city = precision 2"),
    E("ku04-6", ADS, D, L("Dnipro"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone", "Shahed-136")],
      note="💥 'Their debris fell in the Samarskyi district of Dnipro: a car and a garage burned, nobody was hurt' -> 0/0 "
           "at the city (blind40 kq01-13: debris that damages something is a strike); the 💥 label is decoration"),
    E("ku04-7", ADS, D, H("Ternivka", "Ternivka hromada"), "RU", "UA", weapons=[W("drone")],
      note="11:05 post, verbless 'Kamikaze drone on an infrastructure facility of the Ternivka hromada': hromada = "
           "precision 2 (Ternivka 691628, Pavlohrad district); casualties not stated"),
    E("ku04-8", DIS, D, L("Ternivka"), "RU", "UA", parent="ku04-7",
      note="'Part of Ternivka is without electricity' (the town itself); the water utility on generators is the same "
           "disruption"),
    E("ku04-9", ADS, D, L("Marhanets"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="13:40 post: FPV drone on a car in the town centre of Marhanets, driver in hospital; the town (precision 1), "
           "other type than the overnight hromada shelling"),
    E("ku04-10", ADS, D, L("Nikopol"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="16:22 post 'Nikopol again. At 16:05 the enemy struck the town with a drone': a second incident in Nikopol "
           "the same day (other hour, other weapon), a man killed at a bus stop"),
    E("ku04-11", ADS, D, H("Velykomykhailivka", "Velykomykhailivka hromada"), "RU", "UA", inj=N(1),
      weapons=[W("drone")],
      note="19:40 post: 'This afternoon an FPV drone attacked a tractor working in a field' in the Velykomykhailivka "
           "hromada (Synelnykove district): hromada = precision 2; tractor driver wounded"),
    E("ku04-12", MAS, Y, L("Pokrov"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="21:05 post: 'reports only now that yesterday evening Russian artillery damaged a lyceum' -> 13 November, the "
           "day of the shelling, not of the post; 'No one was hurt' -> 0/0"),
    E("ku04-13", MOB, D, R("UA-12", "Pavlohrad and Synelnykove districts"), None, None, optional=True,
      note="'⚠️ Air raid alert in the Pavlohrad and Synelnykove districts': an alert is an optional "
           "military_mobilization with both sides null (blind40 call 10)"),
]
# Not events: the woman's remark about the bus (a resident's quote, unnamed), 'We had asked farmers to stay off the
# fields' (advice), the water utility on generators (same disruption as ku04-8), the ⚠️ alert's 'Stay in shelters!'.
# The clock lines (🕖 07:02 …) are the posts' own times and stay as text (they date nothing beyond the day); the
# channel name, subscriber count, pinned line, 👁 view counters, hashtags and the subscribe line are furniture.
STATEMENTS = [
    S("Vitalii Shramko", "UA", "We had asked farmers to stay off the fields near the border of the region",
      "head of the Velykomykhailivka hromada military administration"),
]
MUST_NOT = ["Dnipro Operatyvnyi 🔔", "87 415 subscribers", "📌 Pinned: how to send us a photo or video from the scene",
            "👁 9.8K", "👁 14.1K", "👁 11.7K", "👁 8.3K", "👁 7.9K", "👁 12.6K", "👁 10.4K", "👁 6.2K", "👁 5.9K",
            "#Dnipro_region #Nikopol #KryvyiRih",
            "👉 Subscribe: @dnipro_operatyvnyi_example | Send news: @dnipro_op_bot"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
