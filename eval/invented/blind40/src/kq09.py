from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Attack on Zaporizhzhia: one more patient dies, 11 people remain in hospital"
TEXT = """MINISTRY OF HEALTH OF UKRAINE
Official website
Ministry | Activities | For patients | For doctors | News | Contacts
Accessibility  |  Українська  |  English
Attack on Zaporizhzhia: one more patient dies, 11 people remain in hospital
30.10.2024 · 11:02
As of 09:00 on 30 October, 11 people injured in the guided bomb attack on Zaporizhzhia on the evening of 29 October remain in the city's hospitals, three of them in a serious condition.

A 74-year-old woman died in the intensive care unit of the regional clinical hospital overnight. The attack has thus claimed three lives; 18 people were injured, seven of whom were treated as outpatients.

"Three of the patients have shrapnel wounds to the chest and abdomen. We operated on two of them during the night and they are stable," said Dr Serhii Moroz, medical director of the Zaporizhzhia Regional Clinical Hospital.

The blast also damaged the windows and the entrance of children's polyclinic No. 5; appointments have been moved to another building.

In Kharkiv region, an ambulance crew came under an FPV drone attack near Kupiansk on Tuesday. A paramedic was injured and the ambulance was damaged.

In Kherson, the regional children's hospital came under artillery fire this morning. No one was injured; patients and staff had been moved to the shelter in advance.

Since the beginning of the full-scale invasion, Russia has damaged more than 2,000 healthcare facilities and destroyed more than 230, the Ministry recalls.
Read also: How to get psychological help after shelling
Share this news
© 2024 Ministry of Health of Ukraine. Materials are available under CC BY 4.0.
"""
DOC = {"id": "kq09", "date": "2024-10-30", "source": "Ministry of Health of Ukraine (official website)",
       "url": "https://moz-ua.example/en/news/2024-10-30-zaporizhzhia-update", "text": TEXT}

D, Y = "2024-10-30", "2024-10-29"
EVENTS = [
    E("kq09-1", ADS, Y, L("Zaporizhzhia"), "RU", "UA", fat=N(3), inj=N(18), weapons=[W("guided_bomb")],
      note="'the guided bomb attack on Zaporizhzhia on the evening of 29 October': the latest toll, three dead (one "
           "died in hospital overnight: the death belongs to the incident's day, blind33 call 3) and 18 injured; the 11 "
           "still in hospital are part of the 18; the polyclinic's damaged windows are the same strike"),
    E("kq09-2", ADS, Y, H("Kupiansk", "near Kupiansk"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'an ambulance crew came under an FPV drone attack near Kupiansk on Tuesday' (29 Oct), a paramedic "
           "injured; attacker not said in the sentence, RU from the context of a Ukrainian ministry"),
    E("kq09-3", MAS, D, L("Kherson"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'the regional children's hospital came under artillery fire this morning. No one was injured' -> 0/0"),
]
# Not events: moving appointments to another building, the evacuation of patients to the shelter 'in advance', the
# operations during the night, the totals 'since the beginning of the full-scale invasion' (history).
STATEMENTS = [
    S("Serhii Moroz", "UA", "Three of the patients have shrapnel wounds to the chest and abdomen",
      "medical director, Zaporizhzhia Regional Clinical Hospital"),
]
MUST_NOT = ["MINISTRY OF HEALTH OF UKRAINE", "Official website",
            "Ministry | Activities | For patients | For doctors | News | Contacts",
            "Accessibility  |  Українська  |  English", "30.10.2024 · 11:02",
            "Read also: How to get psychological help after shelling", "Share this news",
            "© 2024 Ministry of Health of Ukraine. Materials are available under CC BY 4.0."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
