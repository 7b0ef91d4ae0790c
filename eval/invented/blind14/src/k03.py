from common import E, L, R, C, N, W, S, gold

TITLE = "Events feed — Donetsk, Zaporizhzhia and border areas, 2–3 August 2023"
TEXT = """FRONTMAP · open-source conflict map
Map | Events | Layers | Sources | About | RU / UA / EN
Events feed — Donetsk, Zaporizhzhia and border areas, 2–3 August 2023
Filter: [x] Shelling [x] Air strike [x] Drone [x] Explosion [x] Fighting [ ] Other · Sort: newest first
Export GeoJSON · Embed this feed · Report an error
📌 Pinned: we do not map Ukrainian positions or air defence; messages with such details are deleted.
Responsibility is shown only where the source states it.

03.08 10:52 · Kostiantynivka: Cluster munition remnants found in a schoolyard, no injuries. [Explosion]
03.08 09:30 · Pokrovsk: Reports of a strike near the railway station, unconfirmed — checking. [Air strike]
03.08 08:05 · Avdeevka: Houses and the coke plant office damaged by shelling overnight, 1 wounded. [Shelling]
03.08 06:44 · Golovchino (Belgorod obl.): Mortar fire on the village, one house burned, no casualties. Governor blames the Ukrainian army. [Shelling]
03.08 05:10 · Mariupol: Explosions near the airport filmed by residents around 04:30, cause unknown. [Explosion] src: video
03.08 03:15 · Hulyaipole: Strike on a residential building. [Other]
02.08 23:20 · Orikhiv: KAB hit a school building, no casualties. [Air strike]
02.08 22:05 · Kurakhovo: Bus depot damaged, reportedly by artillery. [Shelling]
02.08 21:30 · Kurakhove: Bus depot hit by artillery — duplicate of the 22:05 entry, merged. [Shelling]
02.08 19:10 · Adiivka: Shelling of the central district, 1 killed, 3 injured. [Shelling]
02.08 17:45 · Ugledar (Vuhledar): Heavy fighting reported on the southern outskirts, no details. [Fighting]
02.08 16:20 · Donetsk, Petrovskyi district: Market hit, 2 killed; occupation authorities blame Ukrainian forces. [Shelling]
02.08 14:00 · Klimovo (Bryansk obl.): Drone dropped an explosive on a car outside the town, driver injured. Governor blames the Ukrainian army. [Drone]
02.08 12:30 · Toretsk: Humanitarian aid point damaged by drone, 2 injured. [Drone]

Showing 14 events · Load older events
Map data © contributors · Basemap © OpenStreetMap · Feed licence CC BY-NC 4.0
"""
DOC = {"id": "k03", "date": "2023-08-03", "source": "FRONTMAP (open-source conflict map)",
       "url": "https://frontmap.example/events?region=donetsk,zaporizhzhia,border&from=2023-08-02", "text": TEXT}

BOTH = ["air_drone_strike", "missile_artillery_strike"]
EVENTS = [
    E("k03-1", "missile_artillery_strike", None, L("Kostiantynivka"), None, "UA", prec="unknown", optional=True,
      family=["remote_explosive"], note="remnants found in a schoolyard: the strike that left them is undated; the "
                                       "find itself is not an event (optional, date null)"),
    E("k03-2", "air_drone_strike", "2023-08-03", L("Pokrovsk", 2, "near the railway station, Pokrovsk"), None, "UA",
      optional=True, family=["missile_artillery_strike"], note="unconfirmed report, 'checking': optional"),
    E("k03-3", "missile_artillery_strike", "2023-08-03", L("Avdiivka", 1, "Avdeevka"), None, "UA", inj=N(1),
      weapons=[W("artillery")], note="Russian spelling 'Avdeevka'; 'overnight' in a morning entry = 3 Aug; the "
                                     "feed names no perpetrator ('Responsibility is shown only where the source states it')"),
    E("k03-4", "missile_artillery_strike", "2023-08-03", L("Golovchino"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Belgorod governor", note="mortar fire; governor blames the Ukrainian army"),
    E("k03-5", "remote_explosive", "2023-08-03", L("Mariupol", 1, "near Mariupol airport"), None, None, family=BOTH,
      note="explosions of unknown cause filmed near the airport (blind4 call 7: remote_explosive with both strike "
           "types accepted); airports coded to their city"),
    E("k03-6", "missile_artillery_strike", "2023-08-03", L("Huliaipole"), None, "UA", family=["air_drone_strike"],
      note="'Strike on a residential building', tag [Other]: weapon unstated (rule 4)"),
    E("k03-7", "air_drone_strike", "2023-08-02", L("Orikhiv"), None, "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")], note="KAB = guided bomb; 'no casualties' = 0/0"),
    E("k03-8", "missile_artillery_strike", "2023-08-02", L("Kurakhove", 1, "Kurakhovo"), None, "UA",
      weapons=[W("artillery")], note="Russian spelling; the 21:30 'Kurakhove' entry is its duplicate (merged)"),
    E("k03-9", "missile_artillery_strike", "2023-08-02", L("Avdiivka", 1, "Adiivka"), None, "UA", fat=N(1), inj=N(3),
      weapons=[W("artillery")], note="typo 'Adiivka'; a different incident from k03-3 (day before, other district)"),
    E("k03-10", "armed_clash", "2023-08-02", L("Vuhledar", 2, "southern outskirts of Vuhledar"), None, None,
      note="'Ugledar (Vuhledar)': fighting, attacker not named"),
    E("k03-11", "missile_artillery_strike", "2023-08-02", L("Donetsk", 1, "Donetsk, Petrovskyi district"), "UA", None,
      fat=N(2), weapons=[W("artillery")], claimant="occupation authorities",
      note="occupation authorities blame Ukrainian forces: actor1 UA, victims in occupied city: actor2 null"),
    E("k03-12", "air_drone_strike", "2023-08-02", L("Klimovo", 2, "outside Klimovo"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], claimant="Bryansk governor"),
    E("k03-13", "air_drone_strike", "2023-08-02", L("Toretsk"), None, "UA", inj=N(2), weapons=[W("drone")]),
]
STATEMENTS = []
MUST_NOT = [
    "FRONTMAP · open-source conflict map",
    "Map | Events | Layers | Sources | About | RU / UA / EN",
    "Filter: [x] Shelling [x] Air strike [x] Drone [x] Explosion [x] Fighting [ ] Other · Sort: newest first",
    "Export GeoJSON · Embed this feed · Report an error",
    "Showing 14 events · Load older events",
    "Map data © contributors · Basemap © OpenStreetMap · Feed licence CC BY-NC 4.0",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
