from common import E, L, R, C, N, W, S, gold

TITLE = "EU adopts 20th sanctions package; reparations loan pushed to December"
TEXT = """DPM · DAUGAVA PUBLIC MEDIA
Latvian public broadcasting · in English
Plain-language version of this article ›
Sign-language video summary ▶ 1:45
News › World › European Union
EU adopts 20th sanctions package; reparations loan pushed to December
23.10.2026, 07:30 · Brussels correspondent Mārtiņš Eglītis
European Union leaders meeting in Brussels on Thursday approved a 20th package of sanctions against Russia, targeting 118 more tankers of the so-called shadow fleet, three Chinese refiners and a Kyrgyz bank, but failed to agree on a loan to Ukraine backed by frozen Russian assets.

The package was formally adopted by written procedure on Thursday evening after Slovakia lifted its objection in exchange for assurances on gas transit, diplomats said.

Ukraine's president, who met the leaders in Brussels on Thursday, thanked them for the package but said the loan was needed "now, not after the winter".

Before the talks began, leaders observed a minute of silence for the five people killed when a Russian missile struck a bus depot in Kharkiv on Wednesday.

The reparations loan, which could provide up to 140 billion euros over two years, will return to the agenda in December. Belgium, where most of the assets are held, wants guarantees from other member states before it agrees. If those guarantees are given, the money could start flowing in the spring, officials said.

"Every month of delay is a month in which Ukraine pays for our caution," said Ilze Kalniņa, a Latvian member of the European Parliament's foreign affairs committee. "We keep saying 'next summit'. Russia does not wait for summits."

Hungary's foreign minister said Budapest would veto any extension of sanctions in January unless its energy exemptions were kept. The Kremlin spokesman said Russia would respond to any use of its assets with "proportionate measures" against Western investors.

Latvia's government plans to propose a full ban on Russian agricultural imports at EU level, and the prime minister said she would raise it at the December summit.

Analysts said the package was narrower than the one the Commission proposed in September. "The shadow-fleet listings bite. The rest is mostly symbolic," said Ruta Bērziņa of the Riga Institute of International Affairs.
Commenting on this story is disabled during the summit.
Themes → EU summit · sanctions · frozen assets · Ukraine
Did you find an error? Select the text and press Ctrl+Enter — thank you for helping us
© DPM · Daugava Public Media, 2026. Content may be used with a link to dpm.example
"""
DOC = {"id": "km11", "date": "2026-10-23", "source": "Daugava Public Media (Latvian public broadcaster, English)",
       "url": "https://dpm.example/en/world/eu/2026/10/23/20th-sanctions-package-adopted", "text": TEXT}

Th = "2026-10-22"
EVENTS = [
    E("km11-1", "policy_decision", Th, L("Brussels"), None, "RU",
      note="EU leaders 'approved a 20th package of sanctions' in Brussels 'on Thursday', formally adopted the same "
           "evening: one policy_decision (the EU as actor, side null; target Russia)"),
    E("km11-2", "diplomatic_contact", Th, L("Brussels"), None, None,
      note="Ukraine's president 'met the leaders in Brussels on Thursday': a meeting of several states' officials, "
           "sides null"),
    E("km11-3", "missile_artillery_strike", "2026-10-21", L("Kharkiv"), "RU", "UA", fat=N(5), weapons=[W("missile")],
      note="'five people killed when a Russian missile struck a bus depot in Kharkiv on Wednesday' (21 Oct), recalled "
           "with a day -> required"),
]
# Not events: 'failed to agree on a loan' (negation), Slovakia lifting its objection (part of the decision), the
# loan 'will return … in December', 'could provide', 'If those guarantees are given, the money could start flowing'
# (conditionals/plans), Hungary 'would veto … unless' and the Kremlin 'would respond' (threats), Latvia 'plans to
# propose' and the prime minister 'would raise it' (plans), the September proposal (background), the minute of
# silence (no event type).
STATEMENTS = [
    S("Ilze Kalniņa", "LV", "Every month of delay is a month in which Ukraine pays for our caution",
      "Latvian member of the European Parliament"),
    S("Ruta Bērziņa", None, "The shadow-fleet listings bite", "analyst, Riga Institute of International Affairs"),
]
# Not gold: title-only speakers (the president's "now, not after the winter", the Kremlin spokesman's
# "proportionate measures").
MUST_NOT = ["DPM · DAUGAVA PUBLIC MEDIA", "Latvian public broadcasting · in English",
            "Plain-language version of this article ›", "Sign-language video summary ▶ 1:45",
            "News › World › European Union", "23.10.2026, 07:30 · Brussels correspondent Mārtiņš Eglītis",
            "Commenting on this story is disabled during the summit.",
            "Themes → EU summit · sanctions · frozen assets · Ukraine",
            "Did you find an error? Select the text and press Ctrl+Enter — thank you for helping us",
            "© DPM · Daugava Public Media, 2026. Content may be used with a link to dpm.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
