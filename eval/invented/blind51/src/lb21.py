from common import E, L, R, C, N, W, S, gold

TITLE = "Missiles hit Mukachevo factory, twelve injured in Transcarpathia"
TEXT = """TISZAI HÍRLAP
English edition · Magyar kiadás
Belföld | Külföld | Gazdaság | Kárpátalja | Sport
2024. november 8. 08:35
Missiles hit Mukachevo factory, twelve injured in Transcarpathia
Transcarpathia, home to Ukraine's Hungarian minority and long spared the worst of the war, was hit again overnight. Russian cruise missiles and drones struck an electronics factory in the industrial zone of Mukachevo shortly after 4 a.m. on Friday, and twelve people, most of them on the night shift, were injured, the head of the regional military administration said. Two of them are in a serious condition.
Hirdetés
The strike was part of a wider attack on the west of the country. Ukraine's air force said 18 Kalibr and Kh-101 cruise missiles and 44 drones had been launched; 14 of the missiles and 30 of the drones were shot down.

Among the injured, according to the local Hungarian cultural association, are three members of the Hungarian community.

Workers at the factory in Mukachevo clear debris after the night attack. Photo: Tiszai Hírlap/Bence Szűcs

"The walls shook as if a train were passing through the house," said Erzsébet Kovács, who lives 300 metres from the factory. "My grandson slept through it. I did not."

Hungary's foreign minister said in Budapest that he had asked Kyiv for details about the Hungarian victims.
Kapcsolódó: Beregszász: new Hungarian school opens despite air raids
Kövessen minket a Facebookon!
A cikk eredetileg magyar nyelven jelent meg.
© Tiszai Hírlap Kft., 4400 Nyíregyháza, Kossuth tér 1.
"""
DOC = {"id": "lb21", "date": "2024-11-08", "source": "Tiszai Hírlap (Hungarian regional newspaper website, English edition)",
       "url": "https://tiszaihirlap.example/en/kulfold/2024/11/08/munkacs-raketa", "text": TEXT}

D = "2024-11-08"
EVENTS = [
    E("lb21-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(18)), W("drone", launched=N(44))],
      evidence="18 Kalibr and Kh-101 cruise missiles and 44 drones had been launched",
      note="the night's wave (Friday page): 18 cruise missiles of two models counted together stay one cruise_missile "
           "entry (blind43 call 1) + 44 drones -> country parent typed by the missiles"),
    E("lb21-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="lb21-1",
      weapons=[W("cruise_missile", intercepted=N(14)), W("drone", intercepted=N(30))],
      evidence="14 of the missiles and 30 of the drones were shot down",
      note="'14 of the missiles and 30 of the drones were shot down'"),
    E("lb21-3", "missile_artillery_strike", D, L("Mukachevo"), "RU", "UA", parent="lb21-1", inj=N(12),
      weapons=[W("cruise_missile"), W("drone")],
      evidence="Russian cruise missiles and drones struck an electronics factory in the industrial zone of Mukachevo "
               "shortly after 4 a.m. on Friday",
      note="'shortly after 4 a.m. on Friday' (publication day): cruise missiles and drones on a factory in Mukachevo "
           "(Zakarpattia, UA-21), 12 injured; the three Hungarians are among the twelve; the caption (text with its "
           "glued credit) repeats the event"),
]
# Not events: 'long spared the worst of the war' (background), the foreign minister's request 'in Budapest' (a
# statement, no contact with a counterpart reported).
STATEMENTS = [
    S("Erzsébet Kovács", "UA", "The walls shook as if a train were passing through the house", "resident of Mukachevo"),
]
MUST_NOT = ["TISZAI HÍRLAP", "English edition · Magyar kiadás", "Belföld | Külföld | Gazdaság | Kárpátalja | Sport",
            "2024. november 8. 08:35", "Hirdetés", "Kapcsolódó: Beregszász: new Hungarian school opens despite air raids",
            "Kövessen minket a Facebookon!", "A cikk eredetileg magyar nyelven jelent meg.",
            "© Tiszai Hírlap Kft., 4400 Nyíregyháza, Kossuth tér 1."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
