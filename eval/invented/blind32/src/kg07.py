from common import E, L, R, C, N, W, S, gold

TITLE = "Russia again targeted Ukrainian energy system: 36 missiles and almost 600 drones, Vilnius sends transformers"
TEXT = """ŽINIŲ SRAUTAS · NEWS STREAM LT
Šiandien: 2025 m. lapkričio 29 d., šeštadienis | Vardadieniai: Saturnas, Šventvydas
Orai Vilniuje: +2°C, debesuota
Lietuva | Pasaulis | Verslas | Ukraina | Nuomonės | EN
Russia again targeted Ukrainian energy system: 36 missiles and almost 600 drones, Vilnius sends transformers
Pasaulis · 2025-11-29 10:14 · Eglė Petrauskienė, ŽS
Russia in the night to Saturday performed one of the biggest attacks this autumn against the energy system of Ukraine, launching 36 missiles of different types and 596 drones, informed the Air Forces of Ukraine. According to the military, 29 missiles and 548 drones were shot down or suppressed.

Among the missiles were Kh-101 cruise missiles launched from strategic bombers over the Caspian Sea, Kalibr missiles from ships in the Black Sea and Iskander-M ballistic missiles from the Bryansk and Kursk regions, the Air Forces said.

In Kyiv the debris of a downed missile fell on a 16-storey residential building in the Obolonskyi district. Two people died and 19 were injured, among them a child, informed the head of the Kyiv city military administration.

In the Lviv region the missiles hit the Dobrotvir thermal power plant, the station stopped its work. There were no victims, the regional administration said. In Khmelnytskyi a drone hit an industrial facility, one worker was injured.

Ukrenergo introduced emergency power outages on Saturday morning in Kyiv and in eight regions. "The system is balanced, but the situation is difficult. We ask to use electricity economically in the evening hours," said the company representative Maryna Khomenko.

Polish and allied aircraft were lifted into the air during the attack, the Operational Command of the Polish Armed Forces informed, and the airports in Rzeszów and Lublin temporarily stopped operations.

Komentarai (37)
The Lithuanian government on Friday decided to allocate 10 million euros to the restoration of the Ukrainian energy, and on Saturday the energy minister announced that the first 14 transformers from the Lithuanian grid reserve will travel to Ukraine next week. "Every transformer which we send today is a hospital or school with light tomorrow," said the chairman of the Seimas Committee on Foreign Affairs, Rimantas Juška.

Military analyst Darius Sabaliauskas from the Vilnius University's institute thinks that Russia tries to destroy the generation before the coldest weeks. "Moscow does not aim for a blackout of one night. It wants a winter when the factories stand," he said to ŽS.

Since October 2022 Lithuania has sent to Ukraine energy equipment for more than 40 million euros.

Prenumeruok: pirmas mėnuo tik 1 €
Naujienos el. paštu kiekvieną rytą – užsisakyk
"""
DOC = {"id": "kg07", "date": "2025-11-29", "source": "Žinių srautas (Lithuanian news portal, English translation)",
       "url": "https://ziniusrautas.example/pasaulis/2025-11-29/rusija-energetika-ukraina", "text": TEXT}

D = "2025-11-29"
AF = "Air Force of the Armed Forces of Ukraine"
EVENTS = [
    E("kg07-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(36)), W("drone", launched=N(596))], claimant=AF,
      note="'in the night to Saturday' = 29 Nov; 36 missiles of several kinds without per-kind counts = one generic "
           "missile entry; Caspian Sea, Black Sea, Bryansk and Kursk regions are launch areas (no events)"),
    E("kg07-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(29)), W("drone", intercepted=N(548))], claimant=AF, parent="kg07-1",
      note="'29 missiles and 548 drones were shot down or suppressed'"),
    E("kg07-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", fat=N(2), inj=N(19), weapons=[W("missile")],
      parent="kg07-1", note="debris of a downed missile on a building in the Obolonskyi district = Kyiv (precision 1); "
                            "missile debris = missile type"),
    E("kg07-4", "missile_artillery_strike", D, L("Dobrotvir"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("missile")],
      parent="kg07-1", note="missiles hit the Dobrotvir thermal power plant (plant = its town); 'no victims' = 0/0"),
    E("kg07-5", "infrastructure_disruption", D, L("Dobrotvir"), "RU", "UA", parent="kg07-4", optional=True,
      note="'the station stopped its work': plant output stopped without a stated consumer outage = optional "
           "(blind16 call 4)"),
    E("kg07-6", "air_drone_strike", D, L("Khmelnytskyi"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="kg07-1",
      note="drone on an industrial facility in Khmelnytskyi, one worker injured"),
    E("kg07-7", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kg07-1",
      note="emergency outages 'on Saturday morning in Kyiv and in eight regions': one country-level disruption "
           "(blind16 call 5)"),
    E("kg07-8", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="Polish and allied aircraft scrambled during the attack (the scrambling state, country precision)"),
    E("kg07-9", "infrastructure_disruption", D, L("Rzeszow"), None, None,
      note="Rzeszów and Lublin airports 'temporarily stopped operations' during the attack: airport restrictions, sides "
           "null (blind28 call 11); one event per airport town — Lublin is kg07-10"),
    E("kg07-10", "infrastructure_disruption", D, L("Lublin"), None, None, note="as kg07-9, Lublin airport"),
    E("kg07-11", "policy_decision", "2025-11-28", L("Vilnius"), "LT", None,
      note="'The Lithuanian government on Friday decided to allocate 10 million euros' = 28 Nov, aid decision in the "
           "capital (metonymy 'Vilnius sends' in the title); the transformers that 'will travel … next week' are a plan"),
]
# Not events: the transformers 'next week' (plan), the analyst's reading of Russian aims, 'Since October 2022 … more
# than 40 million euros' (cumulative history), the request to save electricity.
STATEMENTS = [
    S("Maryna Khomenko", "UA", "The system is balanced, but the situation is difficult", "Ukrenergo representative"),
    S("Rimantas Juška", "LT", "Every transformer which we send today is a hospital or school with light tomorrow",
      "chairman of the Seimas Committee on Foreign Affairs"),
    S("Darius Sabaliauskas", None, "Moscow does not aim for a blackout of one night", "military analyst"),
]
MUST_NOT = ["ŽINIŲ SRAUTAS · NEWS STREAM LT",
            "Šiandien: 2025 m. lapkričio 29 d., šeštadienis | Vardadieniai: Saturnas, Šventvydas",
            "Orai Vilniuje: +2°C, debesuota", "Lietuva | Pasaulis | Verslas | Ukraina | Nuomonės | EN",
            "Pasaulis · 2025-11-29 10:14 · Eglė Petrauskienė, ŽS", "Komentarai (37)",
            "Prenumeruok: pirmas mėnuo tik 1 €", "Naujienos el. paštu kiekvieną rytą – užsisakyk"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
