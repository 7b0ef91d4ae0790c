from common import E, L, R, C, N, W, S, gold

TITLE = "Occupied Donetsk area: incidents reported by the occupation authorities, 23-25 September 2022"
TEXT = """EASTERN FLANK NOTEBOOK
a researcher's working log — not a news service
Occupied Donetsk area: incidents reported by the occupation authorities, 23-25 September 2022
Compiled 26.09.2022 from the posts of the "DPR" representation in the JCCC and local administrations. These are the occupation side's claims: they blame Ukrainian forces for every incident, and I record that attribution as given. Nothing here is independently verified. Place names as the sources spell them.
Legend: [D] duplicate, [W] withdrawn, [C] corrected
---
23.09 · Donetsk, Kuibyshevsky district · 155-mm shells hit a trolleybus stop; 2 dead, 3 wounded
23.09 · Gorlovka, Nikitovsky district · private houses damaged by Uragan rockets; no casualties
24.09 · Makeyevka, Chervonogvardeysky district · school hit by HIMARS rockets (claimed), 1 wounded
24.09 · Yasinovataya · railway station shelled; 1 railway worker killed
24.09 · Donetsk, Kievsky district · drone dropped an explosive on a car, 1 wounded
25.09 · Donetsk, Petrovsky district · water pumping station hit by shelling; the district is without water
25.09 · Donetsk, Kuibyshevsky district · [D] trolleybus stop — same photos as the 23.09 entry, reposted
25.09 · Donetsk, Budyonnovsky district · [W] "shelling of a hospital" — the video is from 2015
25.09 · Gorlovka · [C] 2 wounded by artillery fire in a yard
---
[C] 26.09 08:10: the 25.09 "Gorlovka" entry is in fact Makeyevka (the administration corrected its post).
Next compilation: Thursday · Older logs: /archive/2022-09
Cite: Eastern Flank Notebook, log EFN-0922-4
"""
DOC = {"id": "ka12", "date": "2022-09-26", "source": "Eastern Flank Notebook (researcher's log)",
       "url": "https://eastern-flank-notebook.example.net/log/efn-0922-4", "text": TEXT}

NOTE0 = "; occupation-side claim blaming Ukrainian forces, recorded as given: actor1 UA; actor2 null (occupied Donetsk, blind14 call 3)"
EVENTS = [
    E("ka12-1", "missile_artillery_strike", "2022-09-23", L("Donetsk", 1, "Donetsk (Kuibyshevskyi district)"), "UA", None,
      fat=N(2), inj=N(3), weapons=[W("artillery")], claimant="DPR JCCC",
      note="Kuibyshevsky district = the city; 155-mm shells; the 25.09 [D] row repeats it" + NOTE0),
    E("ka12-2", "missile_artillery_strike", "2022-09-23", L("Horlivka", 1, "Horlivka (Gorlovka), Mykytivskyi district"),
      "UA", None, fat=N(0), inj=N(0), weapons=[W("mlrs", "Uragan")], claimant="DPR JCCC",
      note="Gorlovka = Horlivka; Nikitovsky district = the city; 'no casualties' = 0/0" + NOTE0),
    E("ka12-3", "missile_artillery_strike", "2022-09-24", L("Makiivka", 1, "Makiivka (Makeyevka), Chervonohvardiiskyi district"),
      "UA", None, inj=N(1), weapons=[W("mlrs", "HIMARS")], claimant="DPR JCCC",
      note="HIMARS rockets (claimed) = MLRS" + NOTE0),
    E("ka12-4", "missile_artillery_strike", "2022-09-24", L("Yasynuvata", 1, "Yasynuvata (Yasinovataya)"), "UA", None,
      fat=N(1), claimant="DPR JCCC", note="railway station shelled" + NOTE0),
    E("ka12-5", "air_drone_strike", "2022-09-24", L("Donetsk", 1, "Donetsk (Kyivskyi district)"), "UA", None, inj=N(1),
      weapons=[W("drone")], claimant="DPR JCCC", note="Kievsky district = the city; drone drop" + NOTE0),
    E("ka12-6", "missile_artillery_strike", "2022-09-25", L("Donetsk", 1, "Donetsk (Petrovskyi district)"), "UA", None,
      claimant="DPR JCCC", note="pumping station shelled; casualties not stated" + NOTE0),
    E("ka12-7", "infrastructure_disruption", "2022-09-25", L("Donetsk", 1, "Donetsk (Petrovskyi district)"), "UA", None,
      claimant="DPR JCCC", note="district without water after the strike" + NOTE0),
    E("ka12-8", "missile_artillery_strike", "2022-09-25", L("Makiivka", 1, "Makiivka (Makeyevka)"), "UA", None, inj=N(2),
      weapons=[W("artillery")], claimant="DPR JCCC",
      note="the [C] row: the correction moves the 25.09 'Gorlovka' entry to Makeyevka (gold at Makiivka). The "
           "Budyonnovsky [W] row is withdrawn: no event" + NOTE0),
]
STATEMENTS = []
MUST_NOT = ["EASTERN FLANK NOTEBOOK", "a researcher's working log — not a news service",
            "Next compilation: Thursday · Older logs: /archive/2022-09", "Cite: Eastern Flank Notebook, log EFN-0922-4"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
