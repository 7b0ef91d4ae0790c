from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Glide bomb on Kostiantynivka apartment block tops weekend of attacks in Donetsk region, volunteer log shows"
TEXT = """CENTRAL EUROPEAN PRESS (CEP)
Home / World / Ukraine war
Glide bomb on Kostiantynivka apartment block tops weekend of attacks in Donetsk region, volunteer log shows
10.11.2025 — 13:02 — CEP / Kyiv
📷 Gallery (6 photos) ›

A Russian glide bomb hit a five-storey apartment building in Kostiantynivka on Saturday, killing three people and wounding seven, according to a log of civilian harm kept by the volunteer group Donbas Count, which listed seven attacks on towns in the Donetsk region over the weekend.

The group, which compiles its entries from police and administration reports, writes place names as its Russian-speaking volunteers receive them. The weekend's entries read:

08.11 | Konstantinovka | glide bomb on a five-storey building | 3 killed, 7 injured
08.11 | Druzhkovka | FPV drone hit a bus at the bus station | 2 injured
08.11 | Slavyansk | strike on an industrial enterprise | no casualties
09.11 | Kramatorsk | two guided bombs on a residential area | 1 killed, 5 injured
09.11 | Nikolaevka | power line cut after drone attack | about 6,000 residents without power
09.11 | Dobropolye | MLRS shelling of the centre | 1 injured
09.11 | Belozerskoye | drone dropped a munition on a car | 1 killed

"Konstantinovka is now where Avdeevka was two years ago: people stay because they have nowhere to go, and the bombs come every day," said Larysa Bondar, who coordinates the log. The group counted at least 23 civilians killed in the region in the first nine days of November.

The attacks continued on Monday morning, when a Russian drone struck a utility vehicle in Druzhkivka, injuring two workers, the city's military administration said. Druzhkivka's water utility suspended repairs on the main pipeline for the day.

Russia denies targeting civilians. The region's governor urged the remaining residents of Kostiantynivka, Druzhkivka and Dobropillia to evacuate.

Topics: Ukraine · Donetsk · Civilian casualties
© CEP 2025 — reproduction only with a subscription agreement
"""
DOC = {"id": "kh13", "date": "2025-11-10", "source": "Central European Press (news agency)",
       "url": "https://cep.example/world/ukraine-war/2025-11-10-kostiantynivka-log", "text": TEXT}

EVENTS = [
    E("kh13-1", ADS, "2025-11-08", L("Kostiantynivka"), "RU", "UA", fat=N(3), inj=N(7), weapons=[W("guided_bomb")],
      note="'A Russian glide bomb hit … Kostiantynivka on Saturday' (8 Nov) = the 08.11 'Konstantinovka' row; one "
           "event; the lead names the perpetrator (RU) — the log rows themselves do not"),
    E("kh13-2", ADS, "2025-11-08", L("Druzhkivka"), None, "UA", inj=N(2), weapons=[W("drone")],
      note="'Druzhkovka' row: FPV drone on a bus; the rows name no perpetrator = actor1 null"),
    E("kh13-3", MAS, "2025-11-08", L("Sloviansk"), None, "UA", fat=N(0), inj=N(0), family=[ADS],
      note="'Slavyansk' row: 'strike on an industrial enterprise' — weapon unstated (both types), 'no casualties' = 0/0"),
    E("kh13-4", ADS, "2025-11-09", L("Kramatorsk"), None, "UA", fat=N(1), inj=N(5), weapons=[W("guided_bomb", launched=N(2))],
      note="09.11 two guided bombs on Kramatorsk"),
    E("kh13-5", ADS, "2025-11-09", L("Mykolaivka"), None, "UA", weapons=[W("drone")],
      note="'Nikolaevka' = Mykolaivka (700119, Donetsk oblast, next to Sloviansk); the drone attack that cut the line"),
    E("kh13-6", DIS, "2025-11-09", L("Mykolaivka"), None, "UA", parent="kh13-5",
      note="'about 6,000 residents without power'"),
    E("kh13-7", MAS, "2025-11-09", L("Dobropillia"), None, "UA", inj=N(1), weapons=[W("mlrs")],
      note="'Dobropolye' = Dobropillia (709900, the town); MLRS, 1 injured"),
    E("kh13-8", ADS, "2025-11-09", L("Bilozerske"), None, "UA", fat=N(1), weapons=[W("drone")],
      note="'Belozerskoye' = Bilozerske (Donetsk oblast); drone drop on a car, 1 killed"),
    E("kh13-10", ADS, "2025-11-10", L("Druzhkivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'on Monday morning … a Russian drone struck a utility vehicle in Druzhkivka' = publication day; 2 injured"),
    E("kh13-9", MAS, "2025-11-01", R("UA-14", "Donetsk region"), "RU", "UA", end="2025-11-09", prec="range", agg=True,
      fat=N(23, "at_least"), family=[ADS], optional=True,
      note="'at least 23 civilians killed in the region in the first nine days of November' = part-month tally, "
           "optional (earlier sets' convention for monthly/part-month totals)"),
]
# Not events: the water utility's suspended repairs (a work decision, no outage stated), Avdiivka 'two years ago' (comparison), 'Russia denies', the evacuation appeal.
STATEMENTS = [S("Larysa Bondar", "UA", "people stay because they have nowhere to go", "coordinator of the Donbas Count log")]
MUST_NOT = ["CENTRAL EUROPEAN PRESS (CEP)", "Home / World / Ukraine war", "10.11.2025 — 13:02 — CEP / Kyiv",
            "📷 Gallery (6 photos) ›", "Topics: Ukraine · Donetsk · Civilian casualties",
            "© CEP 2025 — reproduction only with a subscription agreement"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
