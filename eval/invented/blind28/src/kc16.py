from common import E, L, R, C, N, W, S, gold

TITLE = "Saratov refinery on fire after night drone raid; Engels apartment block hit"
TEXT = """NOVAYA VOLNA · English
Independent news about Russia · Since 2022 in exile
News | Investigations | War | Regions | Podcast | Donate
War
Saratov refinery on fire after night drone raid; Engels apartment block hit
September 7, 2026 · 12:31 (Riga time)
We are blocked in Russia. Use a VPN to read us.
Drones attacked Saratov and Engels overnight into Monday, setting the Saratov oil refinery on fire, the regional governor said. According to him, "debris of a downed UAV" fell on the refinery's territory; there were no casualties. In Engels, on the other bank of the Volga, a drone hit the upper floors of a nine-storey apartment block, injuring two residents.

Ukraine's General Staff said its drones had hit the refinery's primary oil processing unit and that explosions were also recorded at the Engels air base, home to Russia's strategic bombers. The Russian side did not comment on the air base.

Russia's Defence Ministry said air defences had destroyed 127 Ukrainian drones over 11 regions overnight, including 31 over the Saratov region and 22 over the Volgograd region. The others were shot down over the Moscow, Voronezh, Belgorod and other regions, the ministry said.

In Volgograd, drone debris sparked a fire at an oil depot in the Krasnoarmeysky district, the governor of the Volgograd region said. No one was hurt.

Rosaviatsia restricted flights at Kazan airport for about five hours in the morning. Several flights were diverted to Nizhny Novgorod.

"People in Engels no longer sleep on nights like this. We go to the corridor and wait," one resident, Tatyana Lukina, told Novaya Volna by phone.

Over the past week, the Defence Ministry reported destroying a total of 1,318 Ukrainian drones over Russia — a record.

Kyiv has said it will continue to target refineries that supply fuel to the army. Could the strikes force Russia to ban petrol exports again? Traders say it is likely by October.

Also read: How refinery outages are changing fuel prices in the regions
Support independent journalism — donate from €5
Novaya Volna is registered in Latvia. Reproduction only with permission.
"""
DOC = {"id": "kc16", "date": "2026-09-07", "source": "Novaya Volna English (Russian exile outlet)",
       "url": "https://novayavolna.example/en/war/2026/09/07/saratov-refinery-fire", "text": TEXT}

D = "2026-09-07"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("kc16-1", "air_drone_strike", D, L("Saratov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Saratov region governor",
      note="governor's 'debris … fell on the refinery … no casualties' vs the General Staff's 'hit the primary oil "
           "processing unit' = one event (blind16 h10 convention), 0/0; refinery coded to its city"),
    E("kc16-2", "air_drone_strike", D, L("Engels"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="apartment block hit in Engels, two injured"),
    E("kc16-3", "air_drone_strike", D, L("Engels", 2, "Engels air base"), "UA", "RU", optional=True,
      weapons=[W("drone")], note="'explosions were also recorded at the Engels air base' (Ukrainian claim, Russia "
      "silent): unconfirmed, and an Engels prediction already matches kc16-2: optional"),
    E("kc16-4", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(127))],
      claimant=MOD, note="nationwide overnight tally over 11 regions"),
    E("kc16-5", "interception", D, R("RU-SAR", "Saratov region"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      parent="kc16-4", claimant=MOD, note="per-region count: required"),
    E("kc16-6", "interception", D, R("RU-VGG", "Volgograd region"), "RU", "UA", weapons=[W("drone", intercepted=N(22))],
      parent="kc16-4", claimant=MOD, note="per-region count: required"),
    E("kc16-7", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", optional=True, parent="kc16-4",
      note="merely listed: optional"),
    E("kc16-8", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", optional=True, parent="kc16-4",
      note="merely listed: optional"),
    E("kc16-9", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, parent="kc16-4",
      note="merely listed: optional"),
    E("kc16-10", "air_drone_strike", D, L("Volgograd", 1, "Volgograd (Krasnoarmeysky district)"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drone debris fire at an oil depot; Krasnoarmeysky is a city district of Volgograd = the city; 'No one "
           "was hurt' = 0/0"),
    E("kc16-11", "infrastructure_disruption", D, L("Kazan"), None, None, family=["policy_decision"],
      note="flight restrictions at Kazan airport (airport = its city); caused by the raid but no actor named: sides "
           "null (blind16 call 7)"),
    E("kc16-12", "interception", "2026-09-01", C("RU", "Russia"), "RU", "UA", end=D, prec="range", agg=True,
      weapons=[W("drone", intercepted=N(1318))], claimant=MOD,
      note="'Over the past week … 1,318' = reference-6 … reference, four-digit count"),
]
STATEMENTS = [
    S("Tatyana Lukina", "RU", "We go to the corridor and wait", "resident of Engels"),
]
MUST_NOT = ["NOVAYA VOLNA · English", "Independent news about Russia · Since 2022 in exile",
            "News | Investigations | War | Regions | Podcast | Donate", "September 7, 2026 · 12:31 (Riga time)",
            "We are blocked in Russia. Use a VPN to read us.",
            "Also read: How refinery outages are changing fuel prices in the regions",
            "Support independent journalism — donate from €5",
            "Novaya Volna is registered in Latvia. Reproduction only with permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
