from common import E, L, R, C, N, W, S, gold

TITLE = "Last bridge to Sievierodonetsk destroyed as Russian troops take city centre"
TEXT = """SCW | SOUTHERN CROSS WIRE
Sydney · Melbourne · Auckland · Singapore
World > Europe > Ukraine war
Filed 14/06/2022 18:10 AEST · 512 words · Image available
Last bridge to Sievierodonetsk destroyed as Russian troops take city centre
KYIV, June 14 (SCW) – Russian forces destroyed the last of three bridges linking the embattled eastern city of Sievierodonetsk with its twin city of Lysychansk on Monday, cutting off the only route for evacuating civilians and delivering supplies, the governor of the Luhansk region said.

Russian troops also pushed Ukrainian forces out of the city centre on Monday and now control about 70 per cent of Sievierodonetsk, the governor said, but Ukrainian units were still holding the Azot chemical plant in the industrial zone.

About 500 civilians, including 40 children, are sheltering in the plant's bunkers. Russian artillery shelled the plant again on Tuesday, the governor said, without giving details of casualties.

Across the Siverskyi Donets river, two people were killed and five wounded when Russian shells hit a residential quarter of Lysychansk on Monday, police said. Lisichansk, as Russians call the city, has been shelled daily for weeks.

Ukraine's General Staff said on Tuesday that its troops had repelled a Russian assault near Toshkivka over the past day, and that Russian forces had tried unsuccessfully to storm Zolote.

▶ Related SCW video: Inside a Donbas field hospital (2:47)

Russia's Defence Ministry said its forces had destroyed two Ukrainian ammunition depots near Lysychansk with high-precision missiles. Ivan Filatov, a spokesman for Russian-backed forces in Luhansk, said Ukrainian soldiers in Severodonetsk "should stop senseless resistance and lay down their arms".

Moscow said it would open a humanitarian corridor from the Azot plant on Wednesday, to the Russian-held town of Svatove. Kyiv has demanded that civilians be allowed to leave towards Ukrainian-controlled territory.

"We need heavy artillery and multiple rocket launchers, and we need them now, not in a month," a Ukrainian presidential adviser said. NATO defence ministers meet in Brussels on Wednesday.

SCW sm/jk
NO ARCHIVE SALES · NOT FOR USE IN NEW ZEALAND BEFORE 19:00 NZST
© Southern Cross Wire Pty Ltd 2022
"""
DOC = {"id": "u14", "date": "2022-06-14", "source": "Southern Cross Wire (Australian wire)",
       "url": "https://scw.example/world/europe/20220614-sievierodonetsk-bridge", "text": TEXT}
D = "2022-06-14"
MON = "2022-06-13"
GOV = "Luhansk regional governor"
EVENTS = [
    E("u14-1", "missile_artillery_strike", MON, L("Sievierodonetsk", 2, "bridge between Sievierodonetsk and Lysychansk"),
      "RU", "UA", family=["air_drone_strike"], claimant=GOV,
      note="last of three bridges destroyed on Monday; weapon not said (both strike types); a bridge between two cities: "
           "precision 2 at Sievierodonetsk"),
    E("u14-2", "infrastructure_disruption", MON, L("Sievierodonetsk"), "RU", "UA", optional=True, parent="u14-1",
      note="the only route for evacuation and supplies cut: a transport cut caused by the strike, optional (blind16 call "
           "9: destroyed bridge's road cut optional)"),
    E("u14-3", "territory_change", MON, L("Sievierodonetsk", 1, "Sievierodonetsk city centre"), "RU", "UA", claimant=GOV,
      note="Russian troops pushed Ukrainian forces out of the city centre on Monday: a capture of ground within the city "
           "(about 70 per cent now held); centre = the city itself"),
    E("u14-4", "missile_artillery_strike", D, L("Sievierodonetsk", 1, "Azot chemical plant, Sievierodonetsk"), "RU", "UA",
      weapons=[W("artillery")], claimant=GOV,
      note="artillery shelled the Azot plant on Tuesday; 'without giving details of casualties' = counts absent"),
    E("u14-5", "missile_artillery_strike", MON, L("Lysychansk"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("artillery")],
      claimant="police", note="shells on a residential quarter on Monday; 'shelled daily for weeks' is background"),
    E("u14-6", "armed_clash", MON, L("Toshkivka", 2, "near Toshkivka"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff", note="assault repelled 'over the past day': range"),
    E("u14-7", "armed_clash", MON, L("Zolote"), "RU", "UA", end=D, prec="range", claimant="Ukrainian General Staff",
      note="'tried unsuccessfully to storm Zolote' in the same past-day update: range; the town itself"),
    E("u14-8", "missile_artillery_strike", MON, L("Lysychansk", 2, "near Lysychansk"), "RU", "UA", end=D, prec="range",
      weapons=[W("missile")], optional=True, claimant="Russian Defence Ministry",
      note="MoD claim of two ammunition depots destroyed near Lysychansk, no day given: optional"),
]
STATEMENTS = [
    S("Ukrainian presidential adviser", "UA", "we need them now, not in a month"),
    S("Ivan Filatov", "RU", "should stop senseless resistance and lay down their arms"),
]
MUST_NOT = ["SCW | SOUTHERN CROSS WIRE", "Sydney · Melbourne · Auckland · Singapore", "World > Europe > Ukraine war",
            "Filed 14/06/2022 18:10 AEST · 512 words · Image available",
            "▶ Related SCW video: Inside a Donbas field hospital (2:47)", "SCW sm/jk",
            "NO ARCHIVE SALES · NOT FOR USE IN NEW ZEALAND BEFORE 19:00 NZST", "© Southern Cross Wire Pty Ltd 2022"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
