from common import E, L, R, C, N, W, S, gold

TITLE = "Energy truce under strain as Kyiv and Moscow trade accusations over substation strikes"
TEXT = """RW | RHEINWELLE INTERNATIONAL
English · Deutsch · Українська · Русский · Polski
TV · Radio · Podcasts · Learn German
Europe › Ukraine
Energy truce under strain as Kyiv and Moscow trade accusations over substation strikes
Date 14.01.2026 · Authors Jonas Feldmann, Kateryna Holub (with agency material)
Print ⎙ | Feedback ✉ | Permalink https://rheinwelle.example/a-7712904
Three days into a 30-day moratorium on attacks against energy infrastructure, Ukraine and Russia have accused each other of breaking it.

The truce was agreed on Sunday after separate calls between US mediators and both governments and took effect at midnight. It covers power plants, substations, gas facilities and the grid, but not ports, railways or fuel depots.

Ukraine's energy ministry said that on Tuesday Russian drones hit a substation in Bilozerka near Kherson, leaving about 8,000 customers without electricity. "This is not an accident or a stray drone. It is a test of whether anyone will react," ministry spokeswoman Natalia Koval said.

Russia's defence ministry said Ukrainian drones attacked a substation in Rylsk in the Kursk region on Tuesday evening and called it "a gross violation of the agreements reached". It said Russia was observing the moratorium and had given its forces no orders to strike energy targets. Kyiv denied attacking the Rylsk facility and said it had grounded its long-range energy strikes.

Neither claim could be independently verified.

Outside the energy sector, attacks continued. Russia launched 87 drones at Ukraine overnight, of which 61 were shot down, the Ukrainian Air Force said on Wednesday. One struck an apartment building in Odesa, injuring two people, according to the regional governor.
🎙 Also in our podcast "Europe Tonight", from minute 12:40
The US special envoy, Brent Calloway, said on Wednesday that both sides had "largely complied" and that Washington would propose extending the truce to ports if the first month held. "Nobody expected the first week to be clean. What matters is whether they stop," he told reporters in Washington.

Russian officials have threatened to withdraw from the moratorium if Ukraine strikes Russian refineries, arguing that fuel plants fall under the deal, which Kyiv rejects. A monitoring mechanism proposed by the mediators would rely on satellite imagery, but it has not been set up.

"A truce without monitoring is a truce you can break twice a day and still claim to be keeping," said Anja Wendt, an analyst at the Berlin Centre for Eastern Studies.
More on this topic ▾
Kyiv residents brace for coldest week of the winter
What is in the 30-day energy moratorium?
RW is Germany's international broadcaster, funded from the federal budget and independent in its reporting.
"""
DOC = {"id": "km09", "date": "2026-01-14", "source": "Rheinwelle International (German international broadcaster)",
       "url": "https://rheinwelle.example/en/energy-truce-under-strain/a-7712904", "text": TEXT}

D, T = "2026-01-14", "2026-01-13"
EVENTS = [
    E("km09-1", "agreement", "2026-01-11", C(None, "no place given"), "UA", "RU",
      note="the 30-day energy moratorium 'agreed on Sunday' (11 Jan) through US mediators, effective at midnight: an "
           "agreement between the parties, no place (separate calls)"),
    E("km09-2", "air_drone_strike", T, L("Bilozerka"), "RU", "UA", weapons=[W("drone")],
      claimant="Ukrainian Energy Ministry",
      note="Kyiv's claim: Russian drones hit a substation in Bilozerka 'near Kherson' 'on Tuesday' (13 Jan); the "
           "village is named, so precision 1 at Bilozerka (Kherson region)"),
    E("km09-3", "infrastructure_disruption", T, L("Bilozerka"), "RU", "UA", parent="km09-2",
      note="about 8,000 customers without electricity after the substation hit"),
    E("km09-4", "air_drone_strike", T, L("Rylsk"), "UA", "RU", weapons=[W("drone")], claimant="Russian Defence Ministry",
      note="Moscow's claim: Ukrainian drones attacked a substation in Rylsk 'on Tuesday evening'; Kyiv denies it: a "
           "one-side claim is still the event (blind31 call 9)"),
    E("km09-5", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(87))],
      claimant="Ukrainian Air Force",
      note="'launched 87 drones at Ukraine overnight' said on Wednesday = 14 Jan; drone-only wave = air_drone_strike"),
    E("km09-6", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="km09-5",
      weapons=[W("drone", intercepted=N(61))], note="'of which 61 were shot down'"),
    E("km09-7", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(2), parent="km09-5", weapons=[W("drone")],
      note="'One struck an apartment building in Odesa, injuring two people'"),
]
# Not events: the truce's scope (rules), 'had given its forces no orders' and Kyiv's denial / grounding of strikes
# (no dated incident), 'would propose extending … if the first month held' (conditional), the Russian threat to
# withdraw 'if', the monitoring mechanism 'proposed … has not been set up', the analyst's opinion.
STATEMENTS = [
    S("Natalia Koval", "UA", "It is a test of whether anyone will react", "Ukrainian energy ministry spokeswoman"),
    S("Russian Defence Ministry", "RU", "a gross violation of the agreements reached", "Russian Defence Ministry"),
    S("Brent Calloway", "US", "Nobody expected the first week to be clean", "US special envoy"),
    S("Anja Wendt", None, "A truce without monitoring is a truce you can break twice a day",
      "analyst, Berlin Centre for Eastern Studies"),
]
# Not gold: Calloway's fragment "largely complied" (one quote per speaker is enough; it is covered by his full quote).
MUST_NOT = ["RW | RHEINWELLE INTERNATIONAL", "English · Deutsch · Українська · Русский · Polski",
            "TV · Radio · Podcasts · Learn German", "Europe › Ukraine",
            "Date 14.01.2026 · Authors Jonas Feldmann, Kateryna Holub (with agency material)",
            "Print ⎙ | Feedback ✉ | Permalink https://rheinwelle.example/a-7712904",
            '🎙 Also in our podcast "Europe Tonight", from minute 12:40', "More on this topic ▾",
            "Kyiv residents brace for coldest week of the winter", "What is in the 30-day energy moratorium?",
            "RW is Germany's international broadcaster, funded from the federal budget and independent in its reporting."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
