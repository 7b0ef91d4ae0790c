from common import E, L, R, C, N, W, S, gold

TITLE = "Russia says it has taken Soledar; Kyiv says the battle goes on"
TEXT = """The Lakeshore Times
Chicago · Nation · World · Business · Sports · Opinion
WORLD
Russia says it has taken Soledar; Kyiv says the battle goes on
The salt-mining town near Bakhmut would be Moscow's first notable gain in half a year, but its value is disputed
Jan. 13, 2023 at 11:52 a.m. CST
Listen · 7 min
Gift Article
KYIV — Russia's defence ministry said on Friday that its forces had completed the capture of Soledar, a small salt-mining town in eastern Ukraine, "on the evening of January 12." Ukraine's military said its troops were still fighting there.

"Fighting is continuing in Soledar. The enemy has not taken the town, whatever Moscow says," Serhiy Kovalchuk, a spokesman for Ukraine's eastern military command, said in a televised briefing on Friday.

The Russian claim came two days after the founder of the Wagner mercenary group said on Wednesday that his men controlled the whole of the town. The defence ministry's statement did not mention Wagner, a sign of the rivalry between the two.
— Advertisement —
Ukraine's General Staff said its forces had repelled attacks near Krasna Hora and Opytne, north and south of Bakhmut, over the past day.

In Bakhmut itself, Russian shelling killed two civilians on Thursday, the governor of the Donetsk region said. A missile hit Kramatorsk on Thursday evening, damaging a row of houses; no one was killed, city officials said.

Soledar had about 10,000 people before the war. Both sides have suffered heavy losses around Bakhmut since the summer, and Western officials estimate that thousands of Wagner fighters recruited from Russian prisons have been killed there.

On Wednesday, the Kremlin put the chief of the General Staff in direct command of the war, the third change of commander in three months.

"Soledar itself matters little. What matters is whether Russia can now cut the roads into Bakhmut from the north. I don't think they have the strength to do it quickly," said Adam Greco, a senior fellow at the Potomac Defense Forum in Washington.

Washington last week approved the delivery of Bradley fighting vehicles, and Britain is weighing whether to send Challenger 2 tanks. Defence ministers of Ukraine's allies are to meet at the Ramstein air base in Germany on Jan. 20.

Staff writer Dana Ruiz contributed reporting from Kyiv.
Comments (412)
Correction: An earlier version of this story misstated the population of Soledar before the war.
"""
DOC = {"id": "kd11", "date": "2023-01-13", "source": "The Lakeshore Times (US daily)",
       "url": "https://lakeshoretimes.example/world/2023/01/13/russia-soledar-claim-ukraine", "text": TEXT}

D = "2023-01-13"
MOD = "Ministry of Defence of the Russian Federation"
EVENTS = [
    E("kd11-1", "territory_change", "2023-01-12", L("Soledar"), "RU", "UA", claimant=MOD,
      note="MoD: capture completed 'on the evening of January 12' -> dated that day; disputed, still required"),
    E("kd11-2", "armed_clash", D, L("Soledar"), "UA", "RU", claimant="Serhiy Kovalchuk",
      note="'Fighting is continuing in Soledar' said on Friday -> clash dated the statement day (counter-claim)"),
    E("kd11-3", "territory_change", "2023-01-11", L("Soledar"), "RU", "UA", optional=True,
      note="Wagner founder's earlier claim 'on Wednesday' (11 Jan) of the whole town: the same capture claimed two "
           "days earlier; optional"),
    E("kd11-4", "armed_clash", "2023-01-12", L("Krasna Hora", 2, "near Krasna Hora"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine",
      note="'repelled attacks near Krasna Hora and Opytne … over the past day': one clash per named settlement, range"),
    E("kd11-5", "armed_clash", "2023-01-12", L("Opytne-Bk", 2, "near Opytne"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine",
      note="as kd11-4; Opytne south of Bakhmut (geonameid 810695, Bakhmut district)"),
    E("kd11-6", "missile_artillery_strike", "2023-01-12", L("Bakhmut"), "RU", "UA", fat=N(2),
      claimant="governor of the Donetsk region", note="'In Bakhmut itself, Russian shelling killed two civilians on Thursday'"),
    E("kd11-7", "missile_artillery_strike", "2023-01-12", L("Kramatorsk"), "RU", "UA", fat=N(0), weapons=[W("missile")],
      note="'A missile hit Kramatorsk on Thursday evening … no one was killed' -> fatalities 0, injured not stated "
           "(absent); perpetrator from the context"),
    E("kd11-8", "policy_decision", "2023-01-11", C("RU", "Russia"), "RU", None, optional=True,
      family=["armed_group_change"],
      note="'On Wednesday, the Kremlin put the chief of the General Staff in direct command': a command change, "
           "optional (not clearly an event type of the taxonomy)"),
    E("kd11-9", "policy_decision", "2023-01-02", L("Washington"), "US", None, end="2023-01-08", prec="week", optional=True,
      note="aid decision 'last week' (Bradleys): a decision without a day, optional; Britain 'weighing' and the "
           "Ramstein meeting 'on Jan. 20' are not events (deliberation, future)"),
]
STATEMENTS = [
    S("Serhiy Kovalchuk", "UA", "Fighting is continuing in Soledar. The enemy has not taken the town",
      "spokesman for Ukraine's eastern military command"),
    S("Adam Greco", None, "Soledar itself matters little", "senior fellow, Potomac Defense Forum"),
]
MUST_NOT = ["The Lakeshore Times", "Chicago · Nation · World · Business · Sports · Opinion", "WORLD",
            "Jan. 13, 2023 at 11:52 a.m. CST", "Listen · 7 min", "Gift Article", "— Advertisement —",
            "Staff writer Dana Ruiz contributed reporting from Kyiv.", "Comments (412)",
            "Correction: An earlier version of this story misstated the population of Soledar before the war."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
