from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, TER, AGR, with_evidence

TITLE = "Ivanopolye and Yekaterinovka liberated near Konstantinovka; 74 Ukrainian drones downed overnight"
TEXT = """ПЕРВЫЙ ЭФИР · PERVY EFIR
Live | News | Shows | Special military operation | Documentaries | Weather
Special military operation › Front
Ivanopolye and Yekaterinovka liberated near Konstantinovka; 74 Ukrainian drones downed overnight
11 June 2026, 14:32
Text: Anton Kuzmin · Video: Pervy Efir news service
▶ Watch the report · 03:12
On Thursday, the Russian Ministry of Defence announced that units of the Southern group of forces had liberated the settlements of Ivanopolye and Yekaterinovka in the Donetsk People's Republic. Both villages lie south of Konstantinovka, which the Ukrainian command has turned into a fortified logistics hub for its troops in the Donbas.

According to the ministry, the assault groups advanced under cover of drones and artillery, cleared the last Ukrainian strongpoints in Ivanopolye overnight and then moved on to Yekaterinovka, where the enemy abandoned its positions.

The Ukrainian side, as usual, denied the loss of the villages. A spokesman for the Ukrainian troops in the sector claimed on Thursday that fighting was "still going on at the northern edge of Ivanopolye".

"Konstantinovka is now under fire control from three sides. The road to Druzhkovka is the only one they have left, and our drone operators see every vehicle on it," war correspondent Dmitry Seleznev, who is working with the Southern group, told Pervy Efir.

Over the past day, our units also repelled four counterattacks by the Armed Forces of Ukraine near Shcherbinovka.

In addition, over the past day, operational-tactical aviation, attack drones, missile troops and artillery struck workshops assembling long-range drones, fuel depots and temporary deployment points of Ukrainian units in 141 areas.

Air defence systems shot down five JDAM guided aerial bombs, two HIMARS rockets and 287 fixed-wing drones over the past day, the ministry said.

Overnight, on-duty air defence systems intercepted and destroyed 74 Ukrainian fixed-wing drones over Russian regions:
— 29 over the Belgorod region,
— 17 over the Kursk region,
— 12 over the Bryansk region,
— 9 over the Moscow region, six of them flying towards Moscow,
— 7 over the Republic of Crimea.

The mayor of Moscow said that specialists of the emergency services were working where the debris had fallen and that there was no serious damage.

In the Belgorod region, a Ukrainian drone attacked a car in Valuyki on Thursday morning. Two men were injured and taken to the district hospital, the regional governor reported.

In Donetsk, the Ukrainian armed forces shelled the Kuibyshevsky district with 155-mm artillery in the morning, the head of the republic said. Two civilians, a woman and a teenager, were wounded.

Prisoners and the fallen

On Wednesday, 84 Russian servicemen were returned from territory controlled by the Kyiv regime. In return, 84 Ukrainian prisoners of war were handed over. The United Arab Emirates acted as mediator.

"I have not slept for three nights since they called. Now I will sleep for a week," said Valentina Gorbunova, whose son was among those released.

On Thursday, under the humanitarian agreements reached in Istanbul, Russia handed over to Ukraine the bodies of 1,000 fallen Ukrainian soldiers and received the bodies of 31 Russian servicemen, the presidential aide said.

State Duma deputy Igor Melekhov said the exchanges showed that "humanitarian issues are solved in Moscow and not in Western capitals".
Subscribe to Pervy Efir in Telegram and MAX
Read also: Air defence over Kursk: how the night shift works
Tags: special military operation, Ministry of Defence, air defence, exchange of prisoners
© 2026 JSC Pervy Efir. All rights reserved. 18+
"""
DOC = {"id": "lh09", "date": "2026-06-11", "source": "Pervy Efir (Russian state television, website)",
       "url": "https://pervyefir.example/news/2026-06-11/ivanopolye-yekaterinovka-74-drones", "text": TEXT}

D, WED = "2026-06-11", "2026-06-10"
PAST = dict(end=D, prec="range")
MOD = "Russian Ministry of Defence"
N1 = "lh09-6"
EVENTS = [
    E("lh09-1", TER, D, L("Ivanopillia", 1, "Ivanopolye (Ivanopillia)"), "RU", "UA", family=[CLA], claimant=MOD,
      note="'On Thursday, the Russian Ministry of Defence announced that units of the Southern group of forces had "
           "liberated the settlements of Ivanopolye and Yekaterinovka': a capture claim is required on the claim day (blind49 "
           "kz07-8); Russian form Ivanopolye = Ivanopillia 707464, south-east of Kostiantynivka"),
    E("lh09-2", TER, D, L("Katerynivka", 1, "Yekaterinovka (Katerynivka)"), "RU", "UA", family=[CLA], claimant=MOD,
      note="the same claim, second village: Yekaterinovka = Katerynivka 688231 (Donetsk oblast, south of "
           "Kostiantynivka; not the Luhansk town or the Mykolaiv village)"),
    E("lh09-3", CLA, D, H("Ivanopillia", "northern edge of Ivanopolye (Ivanopillia)"), "RU", "UA",
      claimant="spokesman for the Ukrainian troops in the sector",
      note="the denial: 'fighting was \"still going on at the northern edge of Ivanopolye\"' (claimed on Thursday) -> a "
           "clash that day (blind49 call 8); the edge of X = precision 2"),
    E("lh09-4", CLA, WED, H("Shcherbynivka", "near Shcherbinovka (Shcherbynivka)"), "UA", "RU", claimant=MOD,
      note="'Over the past day, our units also repelled four counterattacks by the Armed Forces of Ukraine near "
           "Shcherbinovka': a clash with actor1 UA (the counter-attacking side, blind50 la05), past-day range 10–11 June, near X = "
           "precision 2; Shcherbinovka = Shcherbynivka 694290", **PAST),
    E("lh09-5", INT, WED, C(None, "not stated"), "RU", "UA", agg=True, claimant=MOD,
      weapons=[W("guided_bomb", "JDAM", intercepted=N(5)), W("mlrs", "HIMARS", intercepted=N(2)),
               W("drone", intercepted=N(287))],
      note="'Air defence systems shot down five JDAM guided aerial bombs, two HIMARS rockets and 287 fixed-wing drones "
           "over the past day': the MoD's past-day tally (range 10–11 June), no place -> country null (blind50 la05-10)", **PAST),
    E(N1, INT, D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(74))],
      note="'Overnight, on-duty air defence systems intercepted and destroyed 74 Ukrainian fixed-wing drones over Russian "
           "regions': the night's national count (Thursday page -> 11 June), parent of the regional lines"),
    E("lh09-7", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent=N1, claimant=MOD,
      weapons=[W("drone", intercepted=N(29))], note="dash line '29 over the Belgorod region': a regional count"),
    E("lh09-8", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent=N1, claimant=MOD,
      weapons=[W("drone", intercepted=N(17))], note="dash line '17 over the Kursk region'"),
    E("lh09-9", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent=N1, claimant=MOD,
      weapons=[W("drone", intercepted=N(12))], note="dash line '12 over the Bryansk region'"),
    E("lh09-10", INT, D, R("RU-MOS", "Moscow region"), "RU", "UA", parent=N1, claimant=MOD,
      weapons=[W("drone", intercepted=N(9))],
      note="dash line '9 over the Moscow region, six of them flying towards Moscow': the region's count is 9 (the six are "
           "inside it); the mayor's 'no serious damage' names no place hit"),
    E("lh09-11", INT, D, R("UA-43", "Republic of Crimea"), "RU", "UA", parent=N1, claimant=MOD,
      weapons=[W("drone", intercepted=N(7))],
      note="dash line '7 over the Republic of Crimea': occupied Crimea counted among 'Russian regions' is UA-43 "
           "(blind50 la05)"),
    E("lh09-12", ADS, D, L("Valuyki"), "UA", "RU", inj=N(2), weapons=[W("drone")], claimant="Belgorod regional governor",
      note="'In the Belgorod region, a Ukrainian drone attacked a car in Valuyki on Thursday morning. Two men were "
           "injured'"),
    E("lh09-13", MAS, D, L("Donetsk"), "UA", None, inj=N(2), weapons=[W("artillery")],
      claimant="head of the Russian-installed Donetsk authorities",
      note="'In Donetsk, the Ukrainian armed forces shelled the Kuibyshevsky district with 155-mm artillery in the "
           "morning … Two civilians … were wounded': the occupation side's claim keeps the claimed attacker UA with "
           "actor2 null (blind53 call 5); the Kuibyshevsky district = the city"),
    E("lh09-14", AGR, WED, C(None, "undisclosed"), "RU", "UA",
      note="'On Wednesday, 84 Russian servicemen were returned … In return, 84 Ukrainian prisoners of war were handed over': "
           "a prisoner exchange is an agreement without a place (blind49 kz16-12); the UAE only mediated; the Russian "
           "side is told first"),
    E("lh09-15", AGR, D, C(None, "undisclosed"), "RU", "UA",
      note="'On Thursday, under the humanitarian agreements reached in Istanbul, Russia handed over to Ukraine the bodies "
           "of 1,000 fallen Ukrainian soldiers and received the bodies of 31 Russian servicemen': an exchange of bodies "
           "on its own day = a second agreement event; Istanbul is where the earlier agreements were reached, not where "
           "the handover took place"),
    E("lh09-16", MAS, WED, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True, family=[ADS], optional=True,
      claimant=MOD,
      note="'struck workshops assembling long-range drones, fuel depots and temporary deployment points … in 141 areas' "
           "over the past day: a front-wide formula without a place -> optional (blind50 la05 '147 areas')"),
]
# Not events: the ministry's account of the advance 'overnight' (how lh09-1/2 were taken), 'turned into a fortified
# logistics hub' (description), Seleznev's 'under fire control from three sides' and 'see every vehicle' (claims without
# an incident), the mayor of Moscow's 'no serious damage' (no place), Gorbunova's sleep (feeling), Melekhov's comment
# (opinion). 'Istanbul' names where earlier agreements were made. The section heading 'Prisoners and the fallen' stays
# as text; the video line '▶ Watch the report · 03:12' is furniture. Not gold statements: the Ukrainian spokesman's
# "still going on at the northern edge of Ivanopolye" (unnamed speaker); the governor, the head of the republic, the
# mayor of Moscow and the presidential aide are title only. Melekhov's quoted clause is gold (a named MP).
STATEMENTS = [
    S("Dmitry Seleznev", "RU", "The road to Druzhkovka is the only one they have left", "war correspondent"),
    S("Valentina Gorbunova", "RU", "Now I will sleep for a week", "mother of a released serviceman"),
    S("Igor Melekhov", "RU", "humanitarian issues are solved in Moscow and not in Western capitals",
      "State Duma deputy"),
]
MUST_NOT = ["ПЕРВЫЙ ЭФИР · PERVY EFIR", "Live | News | Shows | Special military operation | Documentaries | Weather",
            "Special military operation › Front", "11 June 2026, 14:32", "Text: Anton Kuzmin · Video: Pervy Efir news service",
            "▶ Watch the report · 03:12", "Subscribe to Pervy Efir in Telegram and MAX",
            "Read also: Air defence over Kursk: how the night shift works",
            "Tags: special military operation, Ministry of Defence, air defence, exchange of prisoners",
            "© 2026 JSC Pervy Efir. All rights reserved. 18+"]

EVIDENCE = {
    'lh09-1': "On Thursday, the Russian Ministry of Defence announced that units of the Southern group of forces had liberated the settlements of Ivanopolye and Yekaterinovka",
    'lh09-2': "then moved on to Yekaterinovka, where the enemy abandoned its positions",
    'lh09-3': "A spokesman for the Ukrainian troops in the sector claimed on Thursday that fighting was \"still going on at the northern edge of Ivanopolye\".",
    'lh09-4': "Over the past day, our units also repelled four counterattacks by the Armed Forces of Ukraine near Shcherbinovka.",
    'lh09-5': "Air defence systems shot down five JDAM guided aerial bombs, two HIMARS rockets and 287 fixed-wing drones over the past day",
    'lh09-6': "Overnight, on-duty air defence systems intercepted and destroyed 74 Ukrainian fixed-wing drones over Russian regions:",
    'lh09-7': "— 29 over the Belgorod region,",
    'lh09-8': "— 17 over the Kursk region,",
    'lh09-9': "— 12 over the Bryansk region,",
    'lh09-10': "— 9 over the Moscow region, six of them flying towards Moscow,",
    'lh09-11': "— 7 over the Republic of Crimea.",
    'lh09-12': "In the Belgorod region, a Ukrainian drone attacked a car in Valuyki on Thursday morning.",
    'lh09-13': "In Donetsk, the Ukrainian armed forces shelled the Kuibyshevsky district with 155-mm artillery in the morning",
    'lh09-14': "On Wednesday, 84 Russian servicemen were returned from territory controlled by the Kyiv regime. In return, 84 Ukrainian prisoners of war were handed over.",
    'lh09-15': "Russia handed over to Ukraine the bodies of 1,000 fallen Ukrainian soldiers and received the bodies of 31 Russian servicemen",
    'lh09-16': "struck workshops assembling long-range drones, fuel depots and temporary deployment points of Ukrainian units in 141 areas",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
