from common import E, L, R, C, N, W, S, gold

TITLE = "Guided bombs on the northern edge of Zaporizhzhia, five hurt; fighting near Stepnohirsk"
TEXT = """KHORTYTSIA POST
Zaporizhzhia region news since 1996
City | Region | Front | Energy | Culture | Sport
Guided bombs on the northern edge of Zaporizhzhia, five hurt; fighting near Stepnohirsk
Tuesday, 14 April 2026, 09:12 · Front
Text: Iryna Oliinyk · Photo: Serhii Bondar
Russian aircraft dropped four guided bombs on the northern outskirts of Zaporizhzhia on Monday evening, injuring five people and damaging a warehouse and a petrol station, the regional military administration said on Tuesday.

"We heard the aircraft first, then four explosions one after another. The windows flew into the room," said Liudmyla Moroz, 67, who lives two streets from the warehouse.

Overnight, drones hit a private house in Vilniansk, north of the city; a 12-year-old boy was injured. In Orikhiv, a man was killed by artillery fire on Tuesday morning.

Over the past day, Russian forces carried out 428 attacks on 14 settlements of the Zaporizhzhia region, the administration said: 12 air strikes, 290 drone attacks and 126 artillery strikes. In total, one person was killed and eight were injured.

Over the past week, the region recorded 2,614 attacks, it added.

Rescuers put out a fire at a petrol station hit by a guided bomb on the northern outskirts of Zaporizhzhia on Monday, April 13. Photo: Regional emergency service

On the front line, Ukrainian troops repelled three Russian assaults near Stepnohirsk and pushed the attackers back from the outskirts of Mala Tokmachka over the past day, the southern defence forces said. Russian units had tried to advance under the cover of fog and smoke.

Russia's Defence Ministry claimed on Tuesday that its forces had "improved their positions" in the Zaporizhzhia direction. Military analysts in Kyiv say Moscow could attempt a larger offensive towards the regional capital in the summer, but see no sign of troops massing yet.

Read also
▸ Zaporizhzhia trams switch to backup power
▸ Schools in the city return to underground classrooms

Views: 5,208
Share: Facebook | Telegram | Viber
Khortytsia Post © 1996–2026
"""
DOC = {"id": "kc12", "date": "2026-04-14", "source": "Khortytsia Post (Ukrainian regional paper)",
       "url": "https://khortytsiapost.example/front/2026-04-14-guided-bombs-northern-edge", "text": TEXT}

D, Y = "2026-04-14", "2026-04-13"
RMA = "Zaporizhzhia regional military administration"
EVENTS = [
    E("kc12-1", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D, prec="range",
      agg=True, fat=N(1), inj=N(8), family=["air_drone_strike"], claimant=RMA, note="past-day tally with casualties: required aggregate range (blind16 call 1), parent of the "
      "place lines; typed by the heaviest weapon (artillery), drone type accepted; the 12/290/126 are counts of attacks, "
      "not of munitions launched: no weapon counts"),
    E("kc12-2", "air_drone_strike", Y, L("Zaporizhzhia", 2, "northern outskirts of Zaporizhzhia"), "RU", "UA", inj=N(5),
      weapons=[W("guided_bomb", launched=N(4))], parent="kc12-1",
      note="'on Monday evening', four guided bombs from aircraft; 'northern outskirts' = part of the city, kept at "
           "precision 2 (the caption repeats it: same event)"),
    E("kc12-3", "air_drone_strike", D, L("Vilniansk"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="kc12-1",
      note="'Overnight' in a Tuesday report = Tuesday; 'north of the city' locates Vilniansk"),
    E("kc12-4", "missile_artillery_strike", D, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      parent="kc12-1", note="artillery fire 'on Tuesday morning'"),
    E("kc12-5", "missile_artillery_strike", "2026-04-08", R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D,
      prec="range", agg=True, family=["air_drone_strike"],
      note="'Over the past week … 2,614 attacks' = reference-6 … reference; no weapons given"),
    E("kc12-6", "armed_clash", Y, L("Stepnohirsk", 2, "near Stepnohirsk"), "RU", "UA", end=D, prec="range",
      claimant="Southern Defence Forces", note="'repelled three Russian assaults near Stepnohirsk … over the past day'"),
    E("kc12-7", "armed_clash", Y, L("Mala Tokmachka", 2, "outskirts of Mala Tokmachka"), "RU", "UA", end=D,
      prec="range", family=["territory_change"],
      note="'pushed the attackers back from the outskirts of Mala Tokmachka': a repelled attack (the defender kept its "
           "ground), armed_clash with territory_change accepted"),
    E("kc12-8", "armed_clash", D, R("UA-23", "Zaporizhzhia direction"), "RU", "UA", optional=True,
      note="MoD 'improved their positions in the Zaporizhzhia direction': vague, optional"),
]
STATEMENTS = [
    S("Liudmyla Moroz", "UA", "The windows flew into the room", "resident"),
]
MUST_NOT = ["KHORTYTSIA POST", "Zaporizhzhia region news since 1996", "City | Region | Front | Energy | Culture | Sport",
            "Tuesday, 14 April 2026, 09:12 · Front", "Text: Iryna Oliinyk · Photo: Serhii Bondar", "Read also",
            "▸ Zaporizhzhia trams switch to backup power", "▸ Schools in the city return to underground classrooms",
            "Views: 5,208", "Share: Facebook | Telegram | Viber", "Khortytsia Post © 1996–2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
