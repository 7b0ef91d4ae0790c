from common import E, L, R, C, N, W, S, gold

TITLE = "Drones set Volgograd refinery ablaze – Bundestag committee frees €400 million for IRIS-T"
TEXT = """HANSEATISCHE RUNDSCHAU
English Service
Zur deutschen Version
Politik > Ausland > Krieg in der Ukraine
Drones set Volgograd refinery ablaze – Bundestag committee frees €400 million for IRIS-T
Stand: 12.09.2024 11:04 Uhr
Von Jens Albrecht, Hamburg, und Maryna Demchuk, Kyjiw
Lesezeit: 4 Min.
Ukrainian drones attacked an oil refinery in the southern Russian city of Volgograd during the night to Thursday, setting at least one processing unit on fire. The regional governor wrote on Telegram that debris from a drone shot down by air defences had fallen on the plant's grounds; there were no casualties, he said, and the fire had been contained by the morning.

Ukraine's General Staff gave a different account. The refinery had been "hit successfully", it said in a statement, calling it "one of the key suppliers of fuel to the Russian army in the south".

According to the Russian defence ministry, air defences destroyed 41 Ukrainian drones over six regions overnight – eleven of them over the Voronezh region and nine over the Volgograd region. Independent confirmation was not possible.

🎙 Podcast „Lage der Front“ – every Thursday a new episode with our defence correspondents
Berlin approves money for air defence

In Berlin, the Bundestag's budget committee on Wednesday released 400 million euros for additional IRIS-T air defence systems and missiles for Ukraine. The money comes from this year's reserve for military aid.

„Every system we deliver protects cities, power plants and people. That is the most direct help we can give," said Katrin Möller, the defence policy spokeswoman of the Greens' parliamentary group, after the session. The opposition criticised that the systems would only arrive next year.

The chancellor reaffirmed on Thursday that he would not supply Taurus cruise missiles. Kyiv has been asking for them for more than a year.

Russia's ambassador in Berlin warned that German weapons were "prolonging the war" and that "Berlin bears direct responsibility for every strike".

Mehr zum Thema
IRIS-T: What the German air defence system can do
Kommentar: The Taurus debate is a debate about trust
Quelle: HR-Nachrichtendienst mit Agenturmaterial
Dieser Artikel wurde automatisch aus dem Deutschen übersetzt.
© Hanseatische Rundschau GmbH 2024 | Impressum | Datenschutz | Cookie-Einstellungen
"""
DOC = {"id": "e04", "date": "2024-09-12", "source": "Hanseatische Rundschau (German daily, English service)",
       "url": "https://www.hanseatische-rundschau.example/en/politik/ausland/ukraine-volgograd-raffinerie-iris-t-100.html",
       "text": TEXT}

D = "2024-09-12"
MOD = "Russian defence ministry"
EVENTS = [
    E("e04-1", "air_drone_strike", D, L("Volgograd"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukraine's General Staff; Volgograd governor",
      note="'during the night to Thursday' = 12 Sep; governor says only debris fell (counter-claim to 'hit "
           "successfully'): one strike event with both claims; 'no casualties' = 0/0"),
    E("e04-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(41))], claimant=MOD,
      note="41 drones over six regions: Russia-wide interception tally"),
    E("e04-3", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      parent="e04-2", claimant=MOD, note="region with a count = required"),
    E("e04-4", "interception", D, R("RU-VGG", "Volgograd region"), "RU", "UA", weapons=[W("drone", intercepted=N(9))],
      parent="e04-2", claimant=MOD, note="region with a count = required (the refinery strike is a separate event)"),
    E("e04-5", "policy_decision", "2024-09-11", L("Berlin"), "DE", "UA",
      note="budget committee released €400m 'on Wednesday': a decision taken; delivery 'next year' is a plan; "
           "Taurus refusal is a negation (no event)"),
]
STATEMENTS = [
    S("General Staff of the Armed Forces of Ukraine", "UA", "one of the key suppliers of fuel to the Russian army in the south"),
    S("Katrin Möller", "DE", "Every system we deliver protects cities, power plants and people",
      "defence policy spokeswoman of the Greens' parliamentary group"),
    S("Russian ambassador in Berlin", "RU", "Berlin bears direct responsibility for every strike", "title only"),
]
MUST_NOT = ["HANSEATISCHE RUNDSCHAU", "English Service", "Zur deutschen Version",
            "Politik > Ausland > Krieg in der Ukraine", "Stand: 12.09.2024 11:04 Uhr",
            "Von Jens Albrecht, Hamburg, und Maryna Demchuk, Kyjiw", "Lesezeit: 4 Min.",
            "🎙 Podcast „Lage der Front“ – every Thursday a new episode with our defence correspondents",
            "Mehr zum Thema", "IRIS-T: What the German air defence system can do",
            "Kommentar: The Taurus debate is a debate about trust", "Quelle: HR-Nachrichtendienst mit Agenturmaterial",
            "Dieser Artikel wurde automatisch aus dem Deutschen übersetzt.",
            "© Hanseatische Rundschau GmbH 2024 | Impressum | Datenschutz | Cookie-Einstellungen"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
