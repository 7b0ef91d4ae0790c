from common import E, L, R, C, N, W, S, gold

TITLE = "Russians pressed near Dobropillia, Kyiv rushed reinforcements. Ukrainian brigade reports liberated Novyi Donbas"
TEXT = """ROZTOCZE DAILY · EN
Zamość · Lublin · Poland · World · Sport · Weather
Pogoda: Zamość 24°C, sunny
Russians pressed near Dobropillia, Kyiv rushed reinforcements. Ukrainian brigade reports liberated Novyi Donbas
14.08.2025, 10:27 · red. Marek Wójcik / translation: Anna Sobczak
The Russian army continues to press on the Pokrovsk direction in Donbas, where in last days its small groups went deep behind the Ukrainian lines near Dobropillia. Kyiv on Tuesday rushed reinforcements to this area, among them assault units of the National Guard, informed the Ukrainian General Staff.

According to the General Staff, over the past day on the Pokrovsk direction the defenders repelled 46 assaults of the enemy near Rodynske, Bilytske, Udachne and Zvirove. The heaviest fights were near Rodynske, where Russians attacked with armoured vehicles.

ZOBACZ WIDEO / See the video ▶ 02:13
The Russian Ministry of Defence declared on Wednesday that its troops "liberated" the village of Zvirove, south-west of Pokrovsk. Kyiv did not confirm. The spokesman of the Ukrainian group of forces, Lt Col Viktor Savchuk, said only that the situation near Zvirove is "difficult but controlled".

At the same time the Ukrainian side admitted a loss. The units withdrew from the village of Shakhove to more favourable positions on Tuesday, to preserve the lives of soldiers, informed the command of the Ukrainian corps defending there.

But there is also a good news for Kyiv. The 93rd brigade announced on Wednesday evening that its fighters liberated the village of Novyi Donbas east of Dobropillia and took 11 Russian soldiers prisoner. The brigade published a video with the Ukrainian flag on a school building.

"We cleaned the village house by house. The enemy thought that nobody is behind him, and he was wrong," wrote the brigade commander Maj Andrii Ostapenko.

The city of Dobropillia itself was hit on Wednesday morning by two Russian guided aerial bombs. Two residents died and five were wounded, informed the head of the Donetsk regional military administration.

Polish experts see the situation as serious, but not catastrophic. "The Russians use the gaps between brigades, not a real breakthrough. If Ukrainians close the gaps in one week, this will be remembered as a raid," explains Dr Tomasz Kaczmarek from the Eastern Studies institute in Lublin.

Poland's defence minister said on Wednesday in Warsaw that Poland "will not send troops" to Ukraine, but is ready to increase the deliveries of ammunition.

Komentarze (0) — be first to comment
Artykuł chroniony prawem autorskim. Kopiowanie bez zgody redakcji zabronione.
"""
DOC = {"id": "kg03", "date": "2025-08-14", "source": "Roztocze Daily (Polish regional site, English version)",
       "url": "https://roztoczedaily.example/en/swiat/2025/08/14/dobropillia-kucheriv-yar", "text": TEXT}

D = "2025-08-14"
GS = "General Staff of the Armed Forces of Ukraine"
EVENTS = [
    E("kg03-1", "military_mobilization", "2025-08-12", L("Dobropillia", 2, "near Dobropillia"), "UA", None,
      note="metonymy: 'Kyiv on Tuesday rushed reinforcements to this area' = Ukrainian deployment on 12 Aug near "
           "Dobropillia (precision 2); the Russian infiltration 'in last days' itself has no day (not annotated)"),
    E("kg03-2", "armed_clash", "2025-08-13", L("Rodynske", 2, "near Rodynske"), "RU", "UA", end=D, prec="range",
      claimant=GS, note="'over the past day … repelled 46 assaults … near Rodynske' = 13-14 Aug range; the attacker is "
                        "actor1; the 46 assaults are shared by four places (no total event)"),
    E("kg03-3", "armed_clash", "2025-08-13", L("Bilytske", 2, "near Bilytske"), "RU", "UA", end=D, prec="range",
      claimant=GS, note="listed 'near X' clash of the past day: required (blind16 call 3)"),
    E("kg03-4", "armed_clash", "2025-08-13", L("Udachne", 2, "near Udachne"), "RU", "UA", end=D, prec="range",
      claimant=GS, note="listed 'near X' clash of the past day: required"),
    E("kg03-5", "armed_clash", "2025-08-13", L("Zvirove", 2, "near Zvirove"), "RU", "UA", end=D, prec="range",
      claimant=GS, note="listed 'near X' clash of the past day: required; the same village's capture claim is kg03-6"),
    E("kg03-6", "territory_change", "2025-08-13", L("Zvirove"), "RU", "UA", claimant="Russian Defence Ministry",
      note="MoD 'declared on Wednesday' that troops 'liberated' Zvirove: capture claim dated the claim day (13 Aug); "
           "'Kyiv did not confirm' keeps it a claim, still required"),
    E("kg03-7", "territory_change", "2025-08-12", L("Shakhove"), "RU", "UA",
      note="'The units withdrew from the village of Shakhove … on Tuesday' (12 Aug): Ukraine loses ground, the "
           "gaining side (RU) is actor1"),
    E("kg03-8", "territory_change", "2025-08-13", L("Novyi Donbas"), "UA", "RU",
      note="brigade 'announced on Wednesday evening that its fighters liberated' the village: dated the announcement "
           "day (13 Aug); 11 prisoners are not fatalities"),
    E("kg03-9", "air_drone_strike", "2025-08-13", L("Dobropillia"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("guided_bomb", launched=N(2))],
      note="'on Wednesday morning by two Russian guided aerial bombs' = 13 Aug, guided bombs = air_drone_strike"),
]
# Not events: the infiltration 'in last days' (no day), 'the heaviest fights were near Rodynske' (same clash), the
# analyst's conditional ('If Ukrainians close the gaps'), Poland 'will not send troops' / 'ready to increase' (negation,
# plan); the minister's remark in Warsaw is a statement, not a decision.
# Not gold statements: the MoD's scare-quoted "liberated", the Polish defence minister's 'will not send troops'
# (title-only speaker).
STATEMENTS = [
    S("Viktor Savchuk", "UA", "difficult but controlled", "spokesman of the Ukrainian group of forces"),
    S("Andrii Ostapenko", "UA", "We cleaned the village house by house", "brigade commander"),
    S("Tomasz Kaczmarek", None, "The Russians use the gaps between brigades, not a real breakthrough", "analyst"),
]
MUST_NOT = ["ROZTOCZE DAILY · EN", "Zamość · Lublin · Poland · World · Sport · Weather", "Pogoda: Zamość 24°C, sunny",
            "14.08.2025, 10:27 · red. Marek Wójcik / translation: Anna Sobczak", "ZOBACZ WIDEO / See the video ▶ 02:13",
            "Komentarze (0) — be first to comment",
            "Artykuł chroniony prawem autorskim. Kopiowanie bez zgody redakcji zabronione."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
