from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, MOB, DIP

TITLE = "Russian drones hit Izmail port and two ships; fragments found near Cîșlița-Prut"
TEXT = """MOLDOVA MATINAL
RO | RU | EN
Actualitate · Politică · Economie · Externe · Sud · Opinii
Externe › Ucraina
16.08.2023 · 13:48 · Vizualizări: 4 112
Russian drones hit Izmail port and two ships; fragments found near Cîșlița-Prut
Russian drones struck the Ukrainian Danube port of Izmail overnight into Wednesday, setting a grain elevator on fire and damaging two foreign-flagged cargo ships at their berths, Ukrainian officials said. On the Moldovan side of the Prut, border police found fragments of a drone in a field near the village of Cîșlița-Prut, in the Cahul district, in the morning.

According to Ukraine's Southern Defence Forces, Russia launched fifteen Shahed drones at the Odesa region from the direction of the Krasnodar region. Eleven were destroyed over the Danube and the coast.

In Izmail, the drones hit the port's grain elevator and a warehouse. Shrapnel struck a Liberian-flagged bulk carrier that was loading wheat at the next berth, wounding two of its crew, both Egyptian nationals, the Odesa regional governor said. A Palau-flagged general cargo ship moored nearby had its wheelhouse windows blown out. Another drone fell on the territory of the port of Reni, upstream, and damaged a warehouse. No one was hurt in Reni.

"We were asleep in the cabins. The first blast threw me against the wall, and when I went on deck the elevator was burning like a candle," said Ahmed Farouk, the bulk carrier's second officer, by phone from the port.

The fragments near Cîșlița-Prut were found by a border patrol at about 7 a.m., about 400 metres from the nearest houses. No one was hurt.

"It is the tail section of a Shahed-type drone. The area has been cordoned off, and the explosives experts of the Interior Ministry are working there," said Ana Țurcanu, a spokeswoman for the General Inspectorate of the Border Police.
Citește și: Cât costă o vacanță la Vadul lui Vodă în 2023
The Foreign Ministry in Chișinău summoned Russia's chargé d'affaires on Wednesday morning and handed him a note of protest. Romania's Defence Ministry said it had followed the drones on radar throughout the night and had scrambled two F-16 fighter jets.

Ferry traffic between Orlivka, on the Ukrainian bank, and Isaccea in Romania was suspended for several hours on Wednesday morning while the area was searched, the Izmail district administration said.

It was the fourth attack on the Izmail district this month. Since Russia left the grain deal in July, the Danube ports have become the main route for Ukrainian grain exports, and about a third of the country's grain now leaves through Izmail and Reni.

"Chișinău has no air defence of its own, and the drones know no border on the Prut. The question is not whether a fragment will fall on a house, but when," said Victor Munteanu, a security analyst at the Institute for Strategic Initiatives in Chișinău. The president is expected to convene the Supreme Security Council next week.
Urmăriți-ne pe Telegram: @moldovamatinal
© 2023 Moldova Matinal. Preluarea materialelor este permisă doar cu link activ.
"""
DOC = {"id": "lo11", "date": "2023-08-16", "source": "Moldova Matinal (Moldovan news site, English page)",
       "url": "https://moldovamatinal.example/en/externe/ucraina/2023/08/16/izmail-port-drones-cislita-prut", "text": TEXT}

D = "2023-08-16"
W1 = "lo11-1"
EVENTS = [
    E(W1, ADS, D, R("UA-51", "Odesa region"), "RU", "UA", claimant="Ukrainian Southern Defence Forces",
      weapons=[W("drone", "Shahed-136", launched=N(15))],
      note="'Russia launched fifteen Shahed drones at the Odesa region' overnight into Wednesday (16 Aug): a regional "
           "launch with its count is the parent of the region's hits (blind53 call 4); drones only -> air_drone_strike"),
    E("lo11-2", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent=W1, claimant="Ukrainian Southern Defence Forces",
      weapons=[W("drone", "Shahed-136", intercepted=N(11))],
      note="fronted number 'Eleven were destroyed over the Danube and the coast': the region's interception count"),
    E("lo11-3", ADS, D, L("Izmail"), "RU", "UA", parent=W1, inj=N(2), weapons=[W("drone")],
      note="'In Izmail, the drones hit the port's grain elevator and a warehouse. Shrapnel struck a Liberian-flagged bulk "
           "carrier … wounding two of its crew … A Palau-flagged general cargo ship … had its wheelhouse windows blown "
           "out': one port event with both ships (foreign crews in a Ukrainian port -> actor2 UA, blind51 lb07); 2 w"),
    E("lo11-4", ADS, D, L("Reni"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Another drone fell on the territory of the port of Reni … and damaged a warehouse. No one was hurt in Reni' "
           "-> 0/0"),
    E("lo11-5", ADS, D, H("Cislita-Prut", "field near Cîșlița-Prut"), "RU", "MD", parent=W1, fat=N(0), inj=N(0),
      weapons=[W("drone", "Shahed-136")],
      note="'border police found fragments of a drone in a field near the village of Cîșlița-Prut, in the Cahul district' "
           "+ 'No one was hurt': debris of a drone of the Russian attack next door on Moldovan soil = RU -> MD at "
           "precision 2 with 0/0 (blind51 call 4); Cahul district = MD-CA"),
    E("lo11-6", DIP, D, L("Chisinau"), "MD", "RU",
      note="'The Foreign Ministry in Chișinău summoned Russia's chargé d'affaires on Wednesday morning and handed him a "
           "note of protest': a summons in the named capital, the summoning state as actor1"),
    E("lo11-7", MOB, D, C("RO", "Romania"), "RO", None,
      note="'Romania's Defence Ministry said it … had scrambled two F-16 fighter jets': a scramble = military_mobilization "
           "of the scrambling state, no base named -> country; the radar tracking is part of it"),
    E("lo11-8", DIS, D, L("Orlivka"), None, None,
      note="'Ferry traffic between Orlivka, on the Ukrainian bank, and Isaccea in Romania was suspended for several hours "
           "on Wednesday morning while the area was searched': a precautionary closure, sides null (blind49 call 5), "
           "placed at the Ukrainian end named first (Orlivka 698379, Izmail district, not the Crimean namesake)"),
]
# Not events: the bulk carrier's second officer's account (part of lo11-3), the cordon and the explosives experts
# (follow-up of lo11-5), 'the fourth attack on the Izmail district this month' (tally without days), Russia leaving the
# grain deal 'in July' (history), a third of the grain through Izmail and Reni (statistics), the analyst's 'not whether
# … but when' (opinion), the Supreme Security Council 'expected … next week' (future). The masthead, language row,
# menu, breadcrumb, date/views line, 'Citește și' line, Telegram line and © are furniture.
STATEMENTS = [
    S("Ahmed Farouk", None, "the elevator was burning like a candle", "second officer, Liberian-flagged bulk carrier"),
    S("Ana Țurcanu", "MD", "It is the tail section of a Shahed-type drone", "spokeswoman, Border Police"),
    S("Victor Munteanu", None, "the drones know no border on the Prut", "security analyst, Institute for Strategic Initiatives"),
]
MUST_NOT = ["MOLDOVA MATINAL", "RO | RU | EN", "Actualitate · Politică · Economie · Externe · Sud · Opinii",
            "Externe › Ucraina", "16.08.2023 · 13:48 · Vizualizări: 4 112",
            "Citește și: Cât costă o vacanță la Vadul lui Vodă în 2023", "Urmăriți-ne pe Telegram: @moldovamatinal",
            "© 2023 Moldova Matinal. Preluarea materialelor este permisă doar cu link activ."]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo11-1': "Russia launched fifteen Shahed drones at the Odesa region from the direction of the Krasnodar region",
    'lo11-2': "Eleven were destroyed over the Danube and the coast.",
    'lo11-3': "In Izmail, the drones hit the port's grain elevator and a warehouse.",
    'lo11-4': "Another drone fell on the territory of the port of Reni, upstream, and damaged a warehouse.",
    'lo11-5': "border police found fragments of a drone in a field near the village of Cîșlița-Prut, in the Cahul district",
    'lo11-6': "The Foreign Ministry in Chișinău summoned Russia's chargé d'affaires on Wednesday morning",
    'lo11-7': "had scrambled two F-16 fighter jets",
    'lo11-8': "Ferry traffic between Orlivka, on the Ukrainian bank, and Isaccea in Romania was suspended for several hours on Wednesday morning",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
