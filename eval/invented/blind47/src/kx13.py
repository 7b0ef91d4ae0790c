from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Fuel train derails after blast near Liski; FSB reports arrests in Voronezh and Yekaterinburg"
TEXT = """PROSTOR
Independent Russian journalism. Edited in Vilnius.
Читать по-русски
Politics | War | Society | Regions | Investigations | Opinion
Access blocked? Use our mirror or the Prostor app
Fuel train derails after blast near Liski; FSB reports arrests in Voronezh and Yekaterinburg
May 6, 2026, 14:20 (Vilnius time)
Text: Anna Veretennikova
The Russian authorities have declared Prostor an "undesirable organization". Sharing this text in Russia may be prosecuted.
A freight train carrying diesel fuel derailed near Liski, one of the busiest railway junctions in southern Russia, shortly before midnight on Monday, after an explosion tore up a section of track. Fourteen tank cars left the rails and three of them caught fire, the regional branch of Russian Railways said. No one was hurt.

Ukraine's military intelligence claimed responsibility on Tuesday on behalf of what it called the local resistance. "Every tank car that does not reach the front is fuel that a Russian column will not get," said Serhii Kolodii, a representative of the agency.

Traffic through Liski was suspended for nineteen hours. More than thirty passenger trains, among them those between Moscow and the Black Sea resorts, were held at stations or sent on detours, some of them with delays of up to twelve hours.

"We sat at a small station for nine hours without any information and without water in the toilets, and the conductor kept saying it was 'technical reasons'," Yelena Sitnikova, a passenger on a train from Moscow to Adler, told Prostor.

The FSB announced on Tuesday that it had detained two residents of Voronezh, aged 19 and 23, on suspicion of planting the explosive device "on the instructions of Ukrainian special services". In a video released by the service, one of the young men says he was promised 300,000 roubles. The Investigative Committee has opened a terrorism case; under Russian law the suspects face up to life in prison.

Separately, police in Yekaterinburg detained a 16-year-old on Monday as he tried to set fire to a relay cabinet on the Sverdlovsk Railway. His lawyer said the teenager had answered an advertisement on Telegram offering "easy money".

The Voronezh region itself did not have a quiet week. On Tuesday morning a Ukrainian drone struck an electric locomotive standing at the station in Ostrogozhsk, about 30 kilometres west of Liski, and the driver was injured, the regional governor said.

Liski is a bottleneck, explained Grigory Rudakov, a former planner at Russian Railways who left the country in 2022. "Almost everything that goes by rail from central Russia to Rostov and on to the occupied territories passes through two or three junctions, and Liski is one of them," he said. "You do not need to destroy the bridge. It is enough to stop traffic for a day."

Since January, independent monitors have counted more than sixty cases of arson or sabotage on Russian railways, most of them committed by teenagers recruited online. In 2023 the authorities introduced sentences of up to life imprisonment for such acts.
Support Prostor — monthly donations keep us independent
Topics: railways, sabotage, FSB, Voronezh region
"""
DOC = {"id": "kx13", "date": "2026-05-06", "source": "Prostor (independent Russian outlet in exile, English edition)",
       "url": "https://prostor.example/en/2026/05/06/fuel-train-derails-liski/", "text": TEXT}

D, MON, TUE = "2026-05-06", "2026-05-04", "2026-05-05"
EVENTS = [
    E("kx13-1", "remote_explosive", MON, L("Liski", 2, "near Liski"), "UA", "RU", fat=N(0), inj=N(0),
      family=["looting_destruction"], claimant="Ukrainian military intelligence",
      note="'derailed near Liski … shortly before midnight on Monday, after an explosion tore up a section of track' "
           "(4 May): sabotage by explosive = remote_explosive; HUR 'claimed responsibility' for 'the local resistance' "
           "-> actor1 UA (blind38 call 6); 'No one was hurt' = 0/0; near X = precision 2"),
    E("kx13-2", "infrastructure_disruption", MON, L("Liski", 2, "near Liski"), "UA", "RU", parent="kx13-1",
      note="'Traffic through Liski was suspended for nineteen hours', more than thirty passenger trains held or "
           "detoured: the disruption caused by the blast, placed at the junction, dated with its cause"),
    E("kx13-3", "arrest", TUE, L("Voronezh"), "RU", None, claimant="FSB",
      note="'The FSB announced on Tuesday that it had detained two residents of Voronezh': an FSB-announced detention "
           "is an arrest dated the announcement (blind38 call 6), placed at the named city"),
    E("kx13-4", "arrest", MON, L("Yekaterinburg"), "RU", None,
      note="'police in Yekaterinburg detained a 16-year-old on Monday as he tried to set fire to a relay cabinet' "
           "(4 May): arrest (the attempted arson itself is stopped, not a separate event)"),
    E("kx13-5", "air_drone_strike", TUE, L("Ostrogozhsk"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Voronezh governor",
      note="'On Tuesday morning a Ukrainian drone struck an electric locomotive standing at the station in "
           "Ostrogozhsk' (5 May): driver injured"),
]
# Not events: the Investigative Committee's terrorism case (procedure), 'face up to life in prison' (future), the
# promised 300,000 roubles (recruitment detail), the lawyer's 'easy money' (background), 'did not have a quiet week'
# (framing), the planner's bottleneck analysis ('You do not need to destroy the bridge'), 'more than sixty cases'
# since January (tally), the 2023 law (history).
STATEMENTS = [
    S("Serhii Kolodii", "UA", "fuel that a Russian column will not get", "representative, Ukrainian military intelligence"),
    S("Yelena Sitnikova", "RU", "We sat at a small station for nine hours", "passenger, Moscow-Adler train"),
    S("Grigory Rudakov", None, "It is enough to stop traffic for a day", "former Russian Railways planner"),
]
# Not gold: the FSB's 'on the instructions of Ukrainian special services' (institutional fragment), the conductor's
# 'technical reasons' and the advertisement's 'easy money' (fragments without a named speaker).
MUST_NOT = ["PROSTOR", "Independent Russian journalism. Edited in Vilnius.", "Читать по-русски",
            "Politics | War | Society | Regions | Investigations | Opinion",
            "Access blocked? Use our mirror or the Prostor app", "May 6, 2026, 14:20 (Vilnius time)",
            "Text: Anna Veretennikova",
            "The Russian authorities have declared Prostor an \"undesirable organization\". Sharing this text in Russia "
            "may be prosecuted.",
            "Support Prostor — monthly donations keep us independent", "Topics: railways, sabotage, FSB, Voronezh region"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx13-1': 'A freight train carrying diesel fuel derailed near Liski',
    'kx13-2': 'Traffic through Liski was suspended for nineteen hours.',
    'kx13-3': 'The FSB announced on Tuesday that it had detained two residents of Voronezh',
    'kx13-4': 'police in Yekaterinburg detained a 16-year-old on Monday as he tried to set fire to a relay cabinet',
    'kx13-5': 'On Tuesday morning a Ukrainian drone struck an electric locomotive standing at the station in Ostrogozhsk',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
