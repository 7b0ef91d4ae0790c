from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, CLA, TER, with_evidence

TITLE = "On the last road into Kostiantynivka, drivers race the drones as Moscow claims a village"
TEXT = """CONTINENTAL PRESS
International news agency
World | Europe | Ukraine | Economy | Sport | Fact check
On the last road into Kostiantynivka, drivers race the drones as Moscow claims a village
Published on 26/02/2026 - 15:42 · Modified on 26/02/2026 - 17:05
Copy link
Druzhkivka (Ukraine) (CP) - The van that carries bread into Kostiantynivka no longer has a rear window. Its driver, who has made the run every morning since December, taped a sheet of plastic over the hole and drives with the radio off, listening for the whine of Russian drones.

"You don't hear the one that gets you. You hear the one before it, and that is your warning," said Serhiy Palamar, 52, as he loaded crates in a yard in Druzhkivka, about 15 kilometres to the north-west.

The road he uses has become the main artery of a town that Russian forces have been trying to take for months, and it is now within range of their drones along most of its length.

At around 7 a.m. on Thursday, an FPV drone hit an evacuation minibus on that road just outside Kostiantynivka, wounding a police officer and a volunteer driver, regional police said. The three elderly passengers they were taking out were not hurt.

Moscow said on Wednesday that its troops had "liberated" Illinivka, a village on the south-western edge of the town. Ukraine's army rejected the claim.

"They filmed a flag on a ruined house and left. The village is a grey zone, and it has been for weeks," said Captain Oleh Sydorenko, a spokesman for the Ukrainian troops in the sector.

According to the Ukrainian military, its units repelled 19 Russian assaults over the past day near Illinivka and near Ivanopillia, a village south-east of Kostiantynivka.

On Tuesday, a Ukrainian brigade said its soldiers had cleared Russian infantry from several streets on the southern outskirts of the town, a claim Continental Press could not independently verify.

Russian glide bombs fell on the central market of Kostiantynivka on Wednesday evening, killing two people and wounding three, the regional prosecutor's office said.

The night before, shortly after 11 p.m. on Wednesday, Smerch rockets struck a school in Druzhkivka, where a watchman was injured, according to the city's military administration.

Kostiantynivka had 67,000 inhabitants before the war. Fewer than 6,000 remain, local officials estimate, most of them elderly. Since the start of the month, at least 14 civilians have been killed in the town, according to the prosecutor's office.

Russian war correspondent Arkady Zhiltsov wrote on his Telegram channel that the fall of Illinivka "opens the western road" and that Russian units could soon cut the route to Druzhkivka. "Whoever holds the road holds the town," he wrote.

Analysts say that if the road were cut, the garrison would depend on field tracks that turn to mud in the spring thaw.

In Druzhkivka, Palamar finished loading and checked the sky. He said he would drive again on Friday.
Read also: Ukraine's front-line towns run out of doctors
Most read
Related topics: Ukraine · Russia · war · Donetsk region
© Continental Press 2026 - All rights reserved
"""
DOC = {"id": "lh02", "date": "2026-02-26", "source": "Continental Press (international news agency)",
       "url": "https://continentalpress.example/en/20260226-last-road-into-kostiantynivka", "text": TEXT}

D, WED, TUE = "2026-02-26", "2026-02-25", "2026-02-24"
EVENTS = [
    E("lh02-1", ADS, D, H("Kostiantynivka", "road just outside Kostiantynivka"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], claimant="regional police",
      note="'At around 7 a.m. on Thursday, an FPV drone hit an evacuation minibus on that road just outside "
           "Kostiantynivka, wounding a police officer and a volunteer driver' -> 2 injured (passengers 'not hurt' "
           "changes nothing); outside X = precision 2"),
    E("lh02-2", TER, WED, L("Illinivka"), "RU", "UA", family=[CLA], claimant="Russian Ministry of Defence",
      note="'Moscow said on Wednesday that its troops had \"liberated\" Illinivka, a village on the south-western edge of "
           "the town': a capture claim is required on its claim day even when denied (blind49 kz07-8); Illinivka "
           "11876375, Donetsk oblast"),
    E("lh02-3", CLA, WED, H("Illinivka", "near Illinivka"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian military",
      note="'its units repelled 19 Russian assaults over the past day near Illinivka and near Ivanopillia': one clash per "
           "named place (blind49 call 8), past day in a Thursday page = range 25–26 Feb, near X = precision 2"),
    E("lh02-4", CLA, WED, H("Ivanopillia", "near Ivanopillia"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian military",
      note="the same sentence, second place: 'near Ivanopillia, a village south-east of Kostiantynivka'"),
    E("lh02-5", TER, TUE, H("Kostiantynivka", "southern outskirts of Kostiantynivka"), "UA", "RU",
      claimant="Ukrainian brigade",
      note="'On Tuesday, a Ukrainian brigade said its soldiers had cleared Russian infantry from several streets on the "
           "southern outskirts of the town': ground regained, dated by the claim day (no other day given), outskirts = "
           "precision 2; unverified, still the brigade's claim"),
    E("lh02-6", ADS, WED, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(3), weapons=[W("guided_bomb")],
      claimant="Donetsk regional prosecutor's office",
      note="'Russian glide bombs fell on the central market of Kostiantynivka on Wednesday evening, killing two people "
           "and wounding three'; glide bombs -> air_drone_strike, number of bombs not given"),
    E("lh02-7", MAS, WED, L("Druzhkivka"), "RU", "UA", inj=N(1), weapons=[W("mlrs", "Smerch")],
      claimant="Druzhkivka city military administration",
      note="'The night before, shortly after 11 p.m. on Wednesday, Smerch rockets struck a school in Druzhkivka, where a "
           "watchman was injured': 'the night before' is anchored by its own clock and weekday -> 25 Feb"),
]
# Not events: the bread van's taped window and daily runs 'since December' (habit), the road 'within range of their
# drones' (state), Palamar's loading and his drive 'on Friday' (future), Ukraine's rejection of the claim (kept as the
# clashes), population figures, 'Since the start of the month, at least 14 civilians have been killed' (cumulative),
# Zhiltsov's 'could soon cut the route' (forecast) and the analysts' 'if the road were cut' (conditional). The dateline
# 'Druzhkivka (Ukraine) (CP) -' stays as text. Not gold statements: the MoD's "liberated" and Zhiltsov's fragment
# "opens the western road" (his quote "Whoever holds the road holds the town" is gold).
STATEMENTS = [
    S("Serhiy Palamar", "UA", "You hear the one before it, and that is your warning", "bread van driver, Druzhkivka"),
    S("Oleh Sydorenko", "UA", "The village is a grey zone, and it has been for weeks",
      "spokesman for the Ukrainian troops in the sector"),
    S("Arkady Zhiltsov", "RU", "Whoever holds the road holds the town", "Russian war correspondent"),
]
MUST_NOT = ["CONTINENTAL PRESS", "International news agency", "World | Europe | Ukraine | Economy | Sport | Fact check",
            "Published on 26/02/2026 - 15:42 · Modified on 26/02/2026 - 17:05", "Copy link",
            "Read also: Ukraine's front-line towns run out of doctors", "Most read",
            "Related topics: Ukraine · Russia · war · Donetsk region", "© Continental Press 2026 - All rights reserved"]

EVIDENCE = {
    'lh02-1': "At around 7 a.m. on Thursday, an FPV drone hit an evacuation minibus on that road just outside Kostiantynivka, wounding a police officer and a volunteer driver, regional police said.",
    'lh02-2': "Moscow said on Wednesday that its troops had \"liberated\" Illinivka, a village on the south-western edge of the town.",
    'lh02-3': "its units repelled 19 Russian assaults over the past day near Illinivka",
    'lh02-4': "near Ivanopillia, a village south-east of Kostiantynivka",
    'lh02-5': "On Tuesday, a Ukrainian brigade said its soldiers had cleared Russian infantry from several streets on the southern outskirts of the town",
    'lh02-6': "Russian glide bombs fell on the central market of Kostiantynivka on Wednesday evening, killing two people and wounding three, the regional prosecutor's office said.",
    'lh02-7': "The night before, shortly after 11 p.m. on Wednesday, Smerch rockets struck a school in Druzhkivka, where a watchman was injured",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
