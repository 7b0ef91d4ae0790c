from common import E, L, R, C, N, W, S, gold

TITLE = "Dnipropetrovsk region: night and day of attacks — the situation by district"
TEXT = """Dnipropetrovsk OVA — news feed
Головна › Новини › English
Dnipropetrovsk region: night and day of attacks — the situation by district
23 September 2025 · 08:05 · 🕑 2 min

The enemy attacked the region more than 30 times with drones and artillery over the past day. Two people were killed and nine were injured.

Overnight air defence forces shot down 11 drones over the region.

DNIPRO. Overnight a drone hit an enterprise in the Samarskyi district; a fire broke out, two employees were injured. In the Novokodatskyi district drone debris damaged the roof of a five-storey building; no one was hurt.

KRYVYI RIH. At 19:20 yesterday a ballistic missile struck the city's Metalurhiinyi district: a 45-year-old man was killed, four people were injured, an administrative building was destroyed.

NIKOPOL DISTRICT. The Russians fired artillery and FPV drones at Nikopol, the Marhanets and Pokrovske communities. In Nikopol a 67-year-old man was killed; in Marhanets a woman was injured. A gas pipeline and a power line were damaged in the Pokrovske community.

SYNELNYKOVE DISTRICT. A drone hit a private house in the Mezhova community; a 12-year-old girl was injured. In the Velykomykhailivka community a guided aerial bomb hit a farm; a tractor driver was injured. The Vasylkivka community was shelled; no casualties.

The situation in the other districts of the region is calm.

📢 Read us on Telegram · Facebook · Viber
Tags: #shelling #Dnipropetrovsk_region #Nikopol
Copying is permitted with a hyperlink to the OVA website.
"""
DOC = {"id": "ka14", "date": "2025-09-23", "source": "Dnipropetrovsk Regional Military Administration (website)",
       "url": "https://adm.dp.example.gov.ua/en/news/2025-09-23-situation", "text": TEXT}

D, Y = "2025-09-23", "2025-09-22"
PAST = dict(prec="range", end=D)
F = ["air_drone_strike"]
EVENTS = [
    E("ka14-1", "missile_artillery_strike", Y, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", agg=True, fat=N(2),
      inj=N(9), family=F, note="past-day tally 'more than 30' attacks, 2 k / 9 w (the sum of the lines below); parent",
      **PAST),
    E("ka14-2", "interception", D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", weapons=[W("drone", intercepted=N(11))],
      note="'Overnight' in a morning report = 23 Sep; 11 drones over the region"),
    E("ka14-3", "air_drone_strike", D, L("Dnipro", 1, "Dnipro (Samarskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent="ka14-1", note="'Overnight' = 23 Sep; city district = the city"),
    E("ka14-4", "air_drone_strike", D, L("Dnipro", 1, "Dnipro (Novokodatskyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="ka14-1", note="drone debris on a roof (same overnight paragraph); 'no one was hurt' = 0/0"),
    E("ka14-5", "missile_artillery_strike", Y, L("Kryvyi Rih", 1, "Kryvyi Rih (Metalurhiinyi district)"), "RU", "UA",
      fat=N(1), inj=N(4), weapons=[W("ballistic_missile")], parent="ka14-1", note="'At 19:20 yesterday' = 22 Sep"),
    E("ka14-6", "missile_artillery_strike", Y, L("Nikopol"), "RU", "UA", fat=N(1), family=F, parent="ka14-1",
      note="Nikopol district paragraph: 'artillery and FPV drones' at three places without saying which hit where: "
           "both types for each", **PAST),
    E("ka14-7", "missile_artillery_strike", Y, L("Marhanets", 2, "Marhanets community"), "RU", "UA", inj=N(1), family=F,
      parent="ka14-1", note="community named after the town = precision 2; the injury 'in Marhanets' is put on the "
                            "community event", **PAST),
    E("ka14-8", "missile_artillery_strike", Y, L("Pokrovske-Dp", 2, "Pokrovske community (Nikopol district)"), "RU", "UA",
      family=F, parent="ka14-1", note="Pokrovske of Nikopol district (696721, near Pokrov), not the larger Pokrovske of "
                                      "Synelnykove district (696720); community = precision 2", **PAST),
    E("ka14-9", "air_drone_strike", Y, L("Mezhova", 2, "Mezhova community"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      parent="ka14-1", note="Synelnykove district; community = precision 2", **PAST),
    E("ka14-10", "air_drone_strike", Y, L("Velykomykhailivka", 2, "Velykomykhailivka community"), "RU", "UA", inj=N(1),
      weapons=[W("guided_bomb")], parent="ka14-1", note="guided aerial bomb on a farm", **PAST),
    E("ka14-11", "missile_artillery_strike", Y, L("Vasylkivka-Dp", 2, "Vasylkivka community"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("artillery")], parent="ka14-1", note="'shelled; no casualties' = 0/0", **PAST),
]
STATEMENTS = []
MUST_NOT = ["Dnipropetrovsk OVA — news feed", "Головна › Новини › English", "23 September 2025 · 08:05 · 🕑 2 min",
            "📢 Read us on Telegram · Facebook · Viber", "Tags: #shelling #Dnipropetrovsk_region #Nikopol",
            "Copying is permitted with a hyperlink to the OVA website."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
