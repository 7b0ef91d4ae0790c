from common import E, L, R, C, N, W, S, gold

TITLE = "Moscow claims Rodynske, Kyiv reports street fighting in Pokrovsk"
TEXT = """alp – Alpine Presse Agentur
English | Deutsch | Français | Italiano
Ausland / Foreign > Ukraine
06.11.2025 – 14:18 | aktualisiert 16:02
Moscow claims Rodynske, Kyiv reports street fighting in Pokrovsk
Kyiv/Zurich (alp) Russia's defence ministry claimed on Wednesday that its troops had taken Rodynske, a small mining town north of Myrnohrad in Ukraine's Donetsk region. The Ukrainian military said on Thursday that fighting in the town was continuing.

"As a result of active operations, units of the Centre group of forces have liberated the settlement of Rodinskoye," the ministry said in its daily report.

Andrii Tkachuk, spokesman for the Ukrainian troops defending the Pokrovsk area, rejected the claim. "Rodynske is not under Russian control. Our units are holding the northern part, and there are clashes in the south of the town today," he told alp by telephone.

In Pokrovsk itself, which Russia calls Krasnoarmeysk, Ukrainian units killed 11 Russian soldiers who had infiltrated the city centre over the past 24 hours, Tkachuk said. Small Russian groups have been slipping into the city for weeks, using fog and rain to avoid drones.

Artikel teilen

Further north, a Russian drone hit a minibus in Dobropillia on Wednesday evening, killing two passengers and wounding five, the regional prosecutor's office said.

Ukrainian troops regained several positions near Shakhove on Tuesday in a counterattack against a Russian wedge that had reached the road to Dobropillia, the army said.

The Swiss Federal Council on Wednesday decided in Bern to adopt the latest package of EU sanctions against Russia, including measures against 45 tankers of Moscow's so-called shadow fleet. Switzerland has followed most EU packages since 2022.

Military analysts expect the battle for the Pokrovsk-Myrnohrad area to decide the course of the war in the Donetsk region this winter. If the two towns fall, Russian troops could advance towards Kramatorsk and Sloviansk next year.

"The question is no longer whether Pokrovsk can be held, but how long and at what price," said Lukas Brunner, a military analyst at the Zurich Centre for Strategic Studies.

Keystone-ALP/dm/ba
Mehr zum Thema
Schweiz übernimmt 19. Sanktionspaket – Exportwirtschaft reagiert gelassen
Alle Rechte vorbehalten. Weiterverbreitung nur mit Lizenz der alp.
"""
DOC = {"id": "d05", "date": "2025-11-06", "source": "alp – Alpine Presse Agentur (Swiss agency, English service)",
       "url": "https://www.alp-presse.example.ch/en/ausland/ukraine/20251106-rodynske-pokrovsk", "text": TEXT}

D, WED, TUE = "2025-11-06", "2025-11-05", "2025-11-04"
EVENTS = [
    E("d05-1", "territory_change", WED, L("Rodynske", 1, "Rodynske (Rodinskoye)"), "RU", "UA",
      claimant="Russian Defence Ministry",
      note="capture claimed 'on Wednesday' and denied: a territory_change dated the day of the claim (blind8 call 8)"),
    E("d05-2", "armed_clash", D, L("Rodynske", 1, "Rodynske (south of the town)"), "RU", "UA", claimant="Andrii Tkachuk",
      note="'clashes in the south of the town today' = Thursday; part of the town is still the town (precision 1)"),
    E("d05-3", "armed_clash", WED, L("Pokrovsk", 1, "Pokrovsk (Krasnoarmeysk), city centre"), "RU", "UA", prec="range",
      end=D, fat=N(11), claimant="Andrii Tkachuk",
      note="'over the past 24 hours' = range; Ukrainian units killed 11 Russian infiltrators: actor1 the attacking "
           "(infiltrating) side, RU (blind4 call 3); the 11 are the clash's fatalities; the weeks-long infiltration is "
           "background"),
    E("d05-4", "air_drone_strike", WED, L("Dobropillia"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("drone")],
      claimant="regional prosecutor's office", note="'on Wednesday evening' = 5 November"),
    E("d05-5", "armed_clash", TUE, L("Shakhove", 2, "near Shakhove"), "UA", "RU", family=["territory_change"],
      claimant="Ukrainian army",
      note="'regained several positions near Shakhove on Tuesday': counterattack, precision 2; territory_change "
           "accepted (positions, not a settlement)"),
    E("d05-6", "policy_decision", WED, L("Bern"), "CH", "RU",
      note="Federal Council decision in Bern 'on Wednesday' to adopt EU sanctions; 'since 2022' is history"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "have liberated the settlement of Rodinskoye"),
    S("Andrii Tkachuk", "UA", "Rodynske is not under Russian control", "spokesman for Ukrainian troops in the Pokrovsk area"),
    S("Lukas Brunner", None, "how long and at what price", "military analyst, Zurich Centre for Strategic Studies"),
]
MUST_NOT = ["alp – Alpine Presse Agentur", "English | Deutsch | Français | Italiano", "Ausland / Foreign > Ukraine",
            "06.11.2025 – 14:18 | aktualisiert 16:02", "Artikel teilen", "Keystone-ALP/dm/ba", "Mehr zum Thema",
            "Schweiz übernimmt 19. Sanktionspaket – Exportwirtschaft reagiert gelassen",
            "Alle Rechte vorbehalten. Weiterverbreitung nur mit Lizenz der alp."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
