from common import E, L, R, C, N, W, S, gold

TITLE = "Tuapse refinery halts runs after drone strike; Novorossiysk loadings paused"
TEXT = """BARREL & BASIS
Oil · Products · Shipping · Risk
Markets ▾   Crude   Refining   Freight   Sanctions   Data
Tuapse refinery halts runs after drone strike; Novorossiysk loadings paused
03 Nov 2025 | 10:26 GMT | Refining, Russia
Ukrainian drones struck Russia's Tuapse refinery on the Black Sea coast overnight, setting fire to its marine terminal and forcing the plant to halt crude runs, according to regional authorities and two industry sources.

The operational headquarters of the Krasnodar region said "debris of a UAV fell on the territory of the marine terminal", causing a fire that damaged a loading berth and a tanker moored alongside. No one was hurt, the headquarters said. The fire was put out by 7 a.m.

Two sources familiar with the plant's operations said the 240,000-barrel-per-day refinery, one of the main suppliers of naphtha and fuel oil to export markets, stopped processing crude on Monday morning. The refinery had resumed runs only on October 24 after a drone strike on October 19 damaged its primary distillation unit.

In Novorossiysk, about 100 km up the coast, the Black Sea Fleet repelled an attack by three uncrewed boats on Sunday evening, the city's mayor said. The boats were destroyed outside the harbour. As a precaution, loadings at the Sheskharis oil terminal were suspended on Monday, a port agent said; at least five tankers were waiting at anchor.

Russia's Defence Ministry said air defences had destroyed 164 Ukrainian drones over 14 regions overnight, including 41 over the Bryansk region and 33 over the Krasnodar region, and 18 over the Black Sea. The others were downed over the Belgorod, Kursk, Moscow and other regions.

In the Bryansk region, a drone hit a power substation in Klintsy, injuring one worker and leaving part of the town without electricity, the governor said.

Ukraine's General Staff said its forces had hit the Tuapse refinery and the Millerovo air base in the Rostov region, where "a series of explosions" was recorded after the attack. The Russian side did not comment on Millerovo.

Market impact
Benchmark Brent crude rose 1.1% in Asian trade. Analysts estimate that up to 17% of Russia's primary refining capacity was offline at the end of October because of drone damage.

"Each outage now takes longer to fix, because the spare parts are western and sanctioned. The repair cycle is stretching from two weeks to six," said Clara Nunes, head of refining research at Tidewater Analytics.

🔒 Subscribers: download our Russian refinery outage tracker (XLSX)
Sponsored · Bunker fuel prices in real time — try FuelDesk free for 14 days
Reporting by the Barrel & Basis refining desk; editing by Ola Brekke
Terms of use | Privacy | Contact the newsroom
"""
DOC = {"id": "ke06", "date": "2025-11-03", "source": "Barrel & Basis (energy trade publication)",
       "url": "https://barrelandbasis.example/refining/2025/11/03/tuapse-refinery-drone-novorossiysk", "text": TEXT}

D = "2025-11-03"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("ke06-1", "air_drone_strike", D, L("Tuapse"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Krasnodar region operational headquarters",
      note="overnight strike on the refinery's marine terminal (refinery coded to its town); 'No one was hurt' = 0/0; "
           "the General Staff's 'hit the Tuapse refinery' is the same event"),
    E("ke06-2", "infrastructure_disruption", D, L("Tuapse"), "UA", "RU", optional=True,
      note="the refinery 'stopped processing crude': a plant that stops producing, no consumer outage: optional "
           "(blind16 call 4)"),
    E("ke06-3", "air_drone_strike", "2025-10-19", L("Tuapse"), "UA", "RU", weapons=[W("drone")],
      note="recalled 'drone strike on October 19' that damaged the distillation unit: a recalled event with a "
           "resolvable day is required"),
    E("ke06-4", "interception", "2025-11-02", L("Novorossiysk", 2, "outside Novorossiysk harbour"), "RU", "UA",
      weapons=[W("drone", intercepted=N(3))], claimant="Novorossiysk mayor",
      note="'repelled an attack by three uncrewed boats on Sunday evening' (Monday report), destroyed outside the "
           "harbour = precision 2; naval drones counted as drones"),
    E("ke06-5", "infrastructure_disruption", D, L("Novorossiysk"), None, None, family=["policy_decision"],
      note="loadings at Sheskharis (terminal = its city) suspended 'as a precaution' on Monday: no actor named for "
           "the suspension, sides null (blind16 call 7)"),
    E("ke06-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(164))],
      claimant=MOD, note="nationwide overnight tally over 14 regions"),
    E("ke06-7", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(41))],
      parent="ke06-6", claimant=MOD, note="per-region count: required"),
    E("ke06-8", "interception", D, R("RU-KDA", "Krasnodar region"), "RU", "UA",
      weapons=[W("drone", intercepted=N(33))], parent="ke06-6", claimant=MOD, note="per-region count: required"),
    E("ke06-9", "interception", D, C(None, "Black Sea"), "RU", "UA", weapons=[W("drone", intercepted=N(18))],
      parent="ke06-6", claimant=MOD, optional=True,
      note="18 'over the Black Sea': a count, but at sea, no region or country to place it: optional"),
    E("ke06-10", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, parent="ke06-6",
      note="merely listed: optional"),
    E("ke06-11", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, parent="ke06-6",
      note="merely listed: optional"),
    E("ke06-12", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", optional=True, parent="ke06-6",
      note="merely listed: optional"),
    E("ke06-13", "air_drone_strike", D, L("Klintsy"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Bryansk region governor", note="drone hit a substation, one worker injured"),
    E("ke06-14", "infrastructure_disruption", D, L("Klintsy"), "UA", "RU",
      note="'leaving part of the town without electricity': stated consumer outage"),
    E("ke06-15", "air_drone_strike", D, L("Millerovo", 2, "Millerovo air base"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      note="General Staff claim of a hit on the air base with explosions recorded, Russia silent: the only report of "
           "this strike, kept required; air base = precision 2 at its town"),
]
STATEMENTS = [
    S("Krasnodar region operational headquarters", "RU", "debris of a UAV fell on the territory of the marine terminal"),
    S("Clara Nunes", None, "The repair cycle is stretching from two weeks to six", "refining analyst"),
]
MUST_NOT = ["BARREL & BASIS", "Oil · Products · Shipping · Risk",
            "Markets ▾   Crude   Refining   Freight   Sanctions   Data", "03 Nov 2025 | 10:26 GMT | Refining, Russia",
            "🔒 Subscribers: download our Russian refinery outage tracker (XLSX)",
            "Sponsored · Bunker fuel prices in real time — try FuelDesk free for 14 days",
            "Reporting by the Barrel & Basis refining desk; editing by Ola Brekke",
            "Terms of use | Privacy | Contact the newsroom"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
