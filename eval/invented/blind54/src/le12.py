from common import E, L, R, C, N, W, S, H, gold, ADS, DIS

TITLE = "Blast under freight train near Zdolbuniv: SBU detains 17-year-old recruited via Telegram"
TEXT = """RIVNEPOST
Новини Рівного | English
☎ Hotline 15-80 | Air raid map | Shelters
News › Incidents
05.03.2026 12:14 | 👁 2 317
Blast under freight train near Zdolbuniv: SBU detains 17-year-old recruited via Telegram
An explosive device went off under a freight train near Zdolbuniv at about 01:40 on Wednesday, derailing two wagons loaded with crushed stone, the regional police reported. The locomotive crew was not hurt, and nobody else was on the section at the time.

Traffic between Zdolbuniv and Mizoch was suspended for almost seven hours. Five passenger trains, two of them night services to Lviv, were held for up to three hours, and several suburban trains were cancelled, Ukrzaliznytsia said.

By Wednesday evening, SBU officers had detained the suspect in Rivne – a 17-year-old student of a vocational school. According to the SBU, Russian special services recruited him through a Telegram channel that offered "easy money" and promised him 1,500 dollars for planting the device.
Photo: SBU in Rivne region
A second, smaller device was found the same morning under a culvert a few kilometres along the line and was defused by sappers.

"Teenagers think it is a quest with a prize at the end. In reality it is a terrorist act, and it carries up to twelve years," said Oksana Melnyk, a spokesperson for the SBU in the Rivne region.

"The whole house shook. I thought a Shahed had fallen on our street," said Mykola Yaremchuk, whose house stands 200 metres from the track.

Overnight into Thursday, Russian drones attacked a railway traction substation in the Sarny district, in the north of the region, the head of the regional military administration said. A fire broke out; there were no casualties. Trains on the Sarny – Korosten line were switched to diesel locomotives and ran up to 90 minutes late.

This is the second sabotage attempt on the region's railways this year. On 17 January, a homemade bomb damaged about three metres of track near Kostopil; police later said its makers had acted on the instructions of Russian handlers, but they have not been found.
Subscribe to Rivnepost on Telegram and Viber
Tags: railway, sabotage, SBU, Zdolbuniv, Sarny
When using materials, a hyperlink to rivnepost.example is required
"""
DOC = {"id": "le12", "date": "2026-03-05", "source": "Rivnepost (Ukrainian regional news site, Rivne region)",
       "url": "https://rivnepost.example/en/news/incidents/2026/03/05/zdolbuniv-freight-train-blast-sbu", "text": TEXT}

D, WED = "2026-03-05", "2026-03-04"
BLAST = "le12-1"
EVENTS = [
    E(BLAST, "remote_explosive", WED, H("Zdolbuniv", "near Zdolbuniv"), "RU", "UA", fat=N(0), inj=N(0),
      ev="An explosive device went off under a freight train near Zdolbuniv at about 01:40 on Wednesday",
      note="railway sabotage 'at about 01:40 on Wednesday' (4 Mar): an explosive device = remote_explosive, near X = "
           "precision 2; the SBU says Russian special services recruited the bomber -> actor1 RU (blind41 kr10-9); "
           "'The locomotive crew was not hurt, and nobody else was on the section' -> 0/0"),
    E("le12-2", DIS, WED, H("Zdolbuniv", "Zdolbuniv – Mizoch section"), "RU", "UA", parent=BLAST,
      ev="Traffic between Zdolbuniv and Mizoch was suspended for almost seven hours",
      note="traffic suspended for almost seven hours, five trains held, suburban trains cancelled: one disruption of "
           "one damaged section (blind44 call 6), placed at its first-named end"),
    E("le12-3", "arrest", WED, L("Rivne"), "UA", None,
      ev="By Wednesday evening, SBU officers had detained the suspect in Rivne",
      note="the SBU's detention of the suspect in Rivne 'By Wednesday evening': an arrest by Ukrainian authorities, "
           "actor2 null (blind44 call 9)"),
    E("le12-4", "remote_explosive", WED, H("Zdolbuniv", "along the line near Zdolbuniv"), "RU", "UA", optional=True,
      ev="A second, smaller device was found the same morning under a culvert a few kilometres along the line",
      note="a device found and defused, nothing exploded: an attempt, not an explosion -> optional"),
    E("le12-5", ADS, D, H("Sarny", "Sarny district"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="Overnight into Thursday, Russian drones attacked a railway traction substation in the Sarny district",
      note="'Overnight into Thursday' = 5 Mar: drones on a traction substation in the Sarny district (precision 2); "
           "'there were no casualties' -> 0/0"),
    E("le12-6", DIS, D, H("Sarny", "Sarny district"), "RU", "UA", parent="le12-5",
      ev="Trains on the Sarny – Korosten line were switched to diesel locomotives and ran up to 90 minutes late",
      note="trains switched to diesel and up to 90 minutes late: a rail disruption caused by the strike"),
    E("le12-7", "remote_explosive", "2026-01-17", H("Kostopil", "near Kostopil"), "RU", "UA",
      ev="On 17 January, a homemade bomb damaged about three metres of track near Kostopil",
      note="recalled with a date: 'On 17 January' a homemade bomb damaged track near Kostopil -> required; police say "
           "its makers acted for 'Russian handlers' -> actor1 RU; casualties not stated"),
]
# Not events: the SBU's account of the recruitment and the promised 1,500 dollars (background of le12-3), 'carries up
# to twelve years' (law), 'the second sabotage attempt … this year' (count), the makers 'have not been found'
# (negation).
STATEMENTS = [
    S("Oksana Melnyk", "UA", "Teenagers think it is a quest with a prize at the end", "SBU spokesperson, Rivne region"),
    S("Mykola Yaremchuk", "UA", "I thought a Shahed had fallen on our street", "resident near the track"),
]
# Not gold: '"easy money"' (fragment).
MUST_NOT = ["RIVNEPOST", "Новини Рівного | English", "☎ Hotline 15-80 | Air raid map | Shelters", "News › Incidents",
            "05.03.2026 12:14 | 👁 2 317", "Photo: SBU in Rivne region", "Subscribe to Rivnepost on Telegram and Viber",
            "Tags: railway, sabotage, SBU, Zdolbuniv, Sarny",
            "When using materials, a hyperlink to rivnepost.example is required"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
