from common import E, L, R, C, N, W, S, gold

TITLE = "Energy truce in doubt as both sides trade accusations; 175 prisoners come home"
TEXT = """EASTBRIDGE DAILY
Home / Politics / Russia–Ukraine talks
Energy truce in doubt as both sides trade accusations; 175 prisoners come home
By Oleh Marchenko and Ines Varga | 2 April 2025, 14:05 (EEST)
Text size: A− A A+

KYIV — A partial halt to strikes on energy facilities, announced two weeks ago, looked increasingly fragile on Wednesday, as Kyiv and Moscow accused each other of violating it and US officials said they would press both sides again at talks planned for next week.

The latest round of technical talks took place in Riyadh on Monday, where US and Ukrainian delegations discussed how a truce on energy infrastructure could be monitored. No joint statement was issued. Russia's delegation met the Americans separately and did not meet the Ukrainians.

Overnight, a Russian drone attack damaged a power substation in Kherson, leaving about 45,000 households without electricity, Ukraine's energy ministry said. "This is what Russia's 'energy truce' looks like in practice," the ministry's spokeswoman, Liliia Sahaidak, said.

Russia's defence ministry said on Wednesday that Ukrainian drones had attacked an energy facility in the Belgorod region on Monday, and called it a "deliberate provocation". Kyiv denied the claim, saying its forces had not targeted any Russian energy sites since the moratorium was announced.

Could the moratorium collapse altogether? Moscow has said it would resume strikes on Ukrainian power plants if Kyiv "continues its provocations", and would agree to a maritime ceasefire in the Black Sea only if Western sanctions on its agricultural bank were lifted. The European Union has refused to discuss lifting any sanctions, and Washington has not said whether it would.

One thing did work. Ukraine and Russia exchanged 175 prisoners of war each on Tuesday at the Belarus–Ukraine border, in a swap mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners said. Another 22 wounded Russian soldiers were handed over as a goodwill gesture, the Russian side said.

Ukraine plans to propose an "all for all" exchange at the next round, officials said. A Kremlin aide said such a deal was "not on the table" for now.

The foreign ministers of France and Germany are due to visit Kyiv next week, but no date has been announced.

Related: What the energy truce covers — and what it does not
Oleh Marchenko reported from Kyiv, Ines Varga from Budapest. Editing by Pál Szabó.
All rights reserved © Eastbridge Daily 2025
"""
DOC = {"id": "i11", "date": "2025-04-02", "source": "Eastbridge Daily (news site)",
       "url": "https://eastbridgedaily.example/politics/energy-truce-doubt-prisoner-exchange-175", "text": TEXT}

D, MO, TU = "2025-04-02", "2025-03-31", "2025-04-01"
EVENTS = [
    E("i11-1", "diplomatic_contact", MO, L("Riyadh"), "US", "UA",
      note="US–Ukrainian technical talks in Riyadh 'on Monday' (31 March)"),
    E("i11-2", "diplomatic_contact", MO, L("Riyadh"), "US", "RU",
      note="the Russian delegation 'met the Americans separately' (same day and place): a second contact; 'did not "
           "meet the Ukrainians' is a negation"),
    E("i11-3", "air_drone_strike", D, L("Kherson"), "RU", "UA", weapons=[W("drone")],
      note="'Overnight' in a Wednesday afternoon report = 2 April; substation damaged, casualties not stated"),
    E("i11-4", "infrastructure_disruption", D, L("Kherson"), "RU", "UA",
      note="about 45,000 households without electricity"),
    E("i11-5", "air_drone_strike", MO, R("RU-BEL", "Belgorod region"), "UA", "RU", weapons=[W("drone")],
      note="Russian MoD claim 'on Monday', denied by Kyiv: kept as one event with the claim (a denial does not cancel "
           "it, blind16 #8); region only"),
    E("i11-6", "agreement", TU, C(None, "Belarus–Ukraine border"), "UA", "RU",
      note="prisoner exchange 175 for 175 'on Tuesday' = agreement (real-gold convention); border of two states: "
           "country null (blind4 #10); the 22 wounded handed over are part of the same transfer"),
]
STATEMENTS = [
    S("Liliia Sahaidak", "UA", "This is what Russia's 'energy truce' looks like in practice",
      "energy ministry spokeswoman"),
    S("Russian defence ministry", "RU", "deliberate provocation"),
]
MUST_NOT = ["EASTBRIDGE DAILY", "Home / Politics / Russia–Ukraine talks",
            "By Oleh Marchenko and Ines Varga | 2 April 2025, 14:05 (EEST)", "Text size: A− A A+",
            "Related: What the energy truce covers — and what it does not",
            "Oleh Marchenko reported from Kyiv, Ines Varga from Budapest. Editing by Pál Szabó.",
            "All rights reserved © Eastbridge Daily 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
