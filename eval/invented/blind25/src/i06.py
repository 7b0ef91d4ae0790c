from common import E, L, R, C, N, W, S, gold

TITLE = "Pokrovsk axis — geolocated incidents, 10–11 November 2024"
TEXT = """DONBAS FOOTAGE INDEX
feed v2.7 · auto-refresh off · times in UTC (Kyiv = UTC+2)
[ map ] [ list ] [ export .geojson ]
Pokrovsk axis — geolocated incidents, 10–11 November 2024
Status key: ✔ geolocated · ⧉ duplicate · ✖ withdrawn. Footage origin in brackets; no attribution is made beyond what the footage shows.

— 10.11 —
#5118 · 06:40Z · Pokrovsk: multi-storey building in the centre hit by a glide bomb, fire on the upper floors (UA footage) ✔
#5119 · 08:15Z · Novohrodivka: infantry group on the northern outskirts struck by a drone; at least 3 soldiers appear killed (UA footage, Ukrainian brigade) ✔
#5120 · 09:02Z · Hrodivka: Russian assault group advancing along the railway, firefight in the southern part of the village (RU footage) ✔
#5121 · 11:30Z · Pokrovsk: same glide-bomb strike, second angle ⧉ dup of #5118
#5122 · 13:55Z · Kurakhove: residential area shelled with TOS-1A thermobaric rockets (RU footage, posted by a Russian channel) ✔

— 11.11 —
#5123 · 05:20Z · Shakhove: column of 6 armoured vehicles destroyed on the road, origin of the strike unclear (footage of unknown origin) ✔
#5124 · 07:45Z · Dobropillia: bus station hit, 2 civilians killed, 4 injured — confirmed by Donetsk OVA ✔
#5125 · 09:10Z · Rodynske: drone drop on a pickup ✖ withdrawn — wrong geolocation, re-filed as #5126
#5126 · 09:10Z · Bilozerske: drone drop on a civilian pickup, driver injured (UA footage) ✔
#5127 · 12:00Z · Myrnohrad: power substation hit, smoke; city council reports part of the city without electricity ✔
#5128 · 14:35Z · Kostiantynivka: strike on a market ✖ withdrawn — footage from March 2024
#5129 · 15:50Z · Selydove: Russian flag raised over the city council building (RU footage); the Russian MoD had claimed the town on 29 October ✔

12 entries · 9 valid · last sync 12.11 06:02Z
Suggest a correction → form.example/dfi
"""
DOC = {"id": "i06", "date": "2024-11-12", "source": "Donbas Footage Index (open-source geolocation feed)",
       "url": "https://dfi.example.net/feed/pokrovsk?from=2024-11-10&to=2024-11-11", "text": TEXT}

A, B = "2024-11-10", "2024-11-11"
EVENTS = [
    E("i06-1", "air_drone_strike", A, L("Pokrovsk"), "RU", "UA", weapons=[W("guided_bomb")],
      note="agentless 'hit by a glide bomb' on a Ukrainian-held city: RU by context (only Russia drops glide bombs "
           "on Pokrovsk); #5121 is a marked duplicate"),
    E("i06-2", "air_drone_strike", A, L("Novohrodivka", 2, "northern outskirts of Novohrodivka"), "UA", "RU",
      fat=N(3, "at_least"), weapons=[W("drone")],
      note="Ukrainian brigade footage of a drone hitting an infantry group: UA → RU; 'at least 3 … appear killed' "
           "(at_least); outskirts = precision 2"),
    E("i06-3", "armed_clash", A, L("Hrodivka"), "RU", "UA",
      note="Russian assault group, firefight in the southern part of the village: attacker RU = actor1; part of a "
           "village = the village (precision 1)"),
    E("i06-4", "missile_artillery_strike", A, L("Kurakhove"), "RU", "UA", weapons=[W("mlrs", "TOS-1A")],
      note="TOS-1A thermobaric rockets = MLRS; footage posted by a Russian channel"),
    E("i06-5", "missile_artillery_strike", B, L("Shakhove"), None, None, family=["air_drone_strike"],
      note="column destroyed, 'origin of the strike unclear' and footage of unknown origin: both sides null; weapon "
           "not said: both strike types"),
    E("i06-6", "missile_artillery_strike", B, L("Dobropillia"), "RU", "UA", fat=N(2), inj=N(4),
      family=["air_drone_strike"],
      note="bus station 'hit' (weapon not said) in a Ukrainian-held town, confirmed by the oblast administration; RU "
           "by context"),
    E("i06-7", "air_drone_strike", B, L("Bilozerske"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="re-filed row #5126 (the withdrawn #5125 wrongly placed it in Rodynske): Bilozerske only"),
    E("i06-8", "missile_artillery_strike", B, L("Myrnohrad"), "RU", "UA", family=["air_drone_strike"],
      note="substation hit, weapon not said"),
    E("i06-9", "infrastructure_disruption", B, L("Myrnohrad"), "RU", "UA",
      note="part of the city without electricity (city council)"),
    E("i06-10", "territory_change", B, L("Selydove"), "RU", "UA", optional=True,
      note="flag-raising footage of 11 Nov confirms a capture the MoD claimed on 29 October: the flag is a display, "
           "not the capture; the dated 29 October claim is recalled background — both optional. #5128 Kostiantynivka "
           "is withdrawn (old footage): no event"),
    E("i06-11", "territory_change", "2024-10-29", L("Selydove"), "RU", "UA",
      note="recalled MoD capture claim 'on 29 October': a recalled event with a resolvable day is its own event "
           "(real-gold convention), dated the day of the claim"),
]
STATEMENTS = []
MUST_NOT = ["DONBAS FOOTAGE INDEX", "feed v2.7 · auto-refresh off · times in UTC (Kyiv = UTC+2)",
            "[ map ] [ list ] [ export .geojson ]", "12 entries · 9 valid · last sync 12.11 06:02Z",
            "Suggest a correction → form.example/dfi"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
