from common import E, L, R, C, N, W, S, gold

TITLE = "Situation in the region over the past day"
TEXT = """Belgorod Oblast Governor | official channel
412,806 subscribers
📌 Pinned message: addresses of shelters and temporary accommodation points — see link in channel description
Translated from Russian · Show original

24 March, 09:05
Situation in the region over the past day.

Over the past day the Armed Forces of Ukraine attacked 9 municipalities of the region. 1 civilian was killed, 6 were wounded.

🔸 Belgorod: at 17:10 yesterday, air defence systems shot down 4 aerial targets over the city. Debris fell in a car park on Shchorsa Street; a man was wounded — he was taken to the city hospital No. 2 with a shrapnel wound to the shoulder. 3 cars were damaged.
🔸 Belgorodsky district: in the settlement of Razumnoye, a drone dropped an explosive device on a car. The driver was wounded and is being treated on an outpatient basis.
🔸 Shebekinsky urban district: 23 shells and 4 drones were fired. In Shebekino, a woman was killed when a drone hit a private house. My condolences to her family and friends. In Novaya Tavolzhanka, a power line was damaged, 210 subscribers are without electricity; repair crews will begin work once the security situation allows.
🔸 Graivoronsky district: in Golovchino, two men were wounded by an FPV drone attack on a tractor. In Graivoron itself, 12 mortar shells were fired, a gas pipeline was damaged.
🔸 Krasnoyaruzhsky district: Krasnaya Yaruga was shelled, 5 shells. No casualties or damage.
🔸 Valuysky district: in Valuyki, an FPV drone hit the territory of an enterprise; a worker was wounded.
🔸 Borisovsky district: a drone was shot down over Borisovka. No consequences.
🔸 Shebekinsky urban district: in Maslova Pristan, a woman was wounded by shrapnel when a shell exploded in her yard.

Information on damage in other municipalities is being clarified.
👁 96.4K · edited 09:11
👍 211  🙏 1.9K  😢 604

24 March, 13:40
Missile danger. Air defence systems worked over the Belgorodsky district, 2 aerial targets were shot down. Debris fell on a field near Tomarovka, Yakovlevsky district. No casualties.
👁 71.2K
🙏 988

Subscribe to the channel so as not to miss important information: t.me/belgorod_gov_official
Comments are closed for this channel.
"""
DOC = {"id": "d12", "date": "2024-03-24", "source": "Belgorod Oblast governor's Telegram channel (translated)",
       "url": "https://t.me/s/belgorod_gov_official?before=2024-03-24", "text": TEXT}

D, Y = "2024-03-24", "2024-03-23"
GOV = "Belgorod Oblast governor"
RNG = dict(prec="range", end=D)
EVENTS = [
    E("d12-1", "missile_artillery_strike", Y, R("RU-BEL", "Belgorod Oblast"), "UA", "RU", prec="range", end=D, agg=True,
      fat=N(1), inj=N(6), family=["air_drone_strike"], claimant=GOV,
      note="past-day tally with casualties: required aggregate range, parent of the place lines (blind16 call 1); "
           "mixed shells and drones"),
    E("d12-2", "interception", Y, L("Belgorod"), "RU", "UA", weapons=[W("other", intercepted=N(4))], parent="d12-1",
      claimant=GOV, note="'at 17:10 yesterday' = 23 March; 'aerial targets' (kind not said: category other)"),
    E("d12-3", "missile_artillery_strike", Y, L("Belgorod", 1, "Belgorod, car park on Shchorsa Street"), "UA", "RU",
      inj=N(1), family=["air_drone_strike"], parent="d12-1", claimant=GOV,
      note="debris of the downed targets damaged cars and wounded a man: a child strike; weapon not said"),
    E("d12-4", "air_drone_strike", Y, L("Razumnoye"), "UA", "RU", inj=N(1), weapons=[W("drone")], parent="d12-1",
      claimant=GOV, note="no hour: past-day range (not aggregate); 'treated on an outpatient basis' still injured", **RNG),
    E("d12-5", "air_drone_strike", Y, L("Shebekino"), "UA", "RU", fat=N(1), weapons=[W("drone")], parent="d12-1",
      claimant=GOV, note="woman killed by a drone; the district's '23 shells and 4 drones' is a sub-tally", **RNG),
    E("d12-6", "missile_artillery_strike", Y, L("Shebekino", 2, "Shebekinsky urban district"), "UA", "RU",
      weapons=[W("artillery", launched=N(23)), W("drone", launched=N(4))], optional=True, agg=True, parent="d12-1",
      note="district sub-tally (23 shells, 4 drones): optional", **RNG),
    E("d12-7", "missile_artillery_strike", Y, L("Novaya Tavolzhanka"), "UA", "RU", family=["air_drone_strike"],
      parent="d12-1", note="power line damaged; weapon not said", **RNG),
    E("d12-8", "infrastructure_disruption", Y, L("Novaya Tavolzhanka"), "UA", "RU", parent="d12-1",
      note="210 subscribers without electricity", **RNG),
    E("d12-9", "air_drone_strike", Y, L("Golovchino"), "UA", "RU", inj=N(2), weapons=[W("drone")], parent="d12-1",
      note="FPV drone on a tractor, two men wounded", **RNG),
    E("d12-10", "missile_artillery_strike", Y, L("Grayvoron", 1, "Graivoron"), "UA", "RU",
      weapons=[W("artillery", launched=N(12))], parent="d12-1",
      note="'Graivoron itself' (spelling variant of Grayvoron): 12 mortar shells, gas pipeline damaged; casualties "
           "not stated", **RNG),
    E("d12-11", "missile_artillery_strike", Y, L("Krasnaya Yaruga"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(5))], parent="d12-1", note="'No casualties or damage' = 0/0", **RNG),
    E("d12-12", "air_drone_strike", Y, L("Valuyki"), "UA", "RU", inj=N(1), weapons=[W("drone")], parent="d12-1",
      note="enterprise grounds", **RNG),
    E("d12-13", "interception", Y, L("Borisovka"), "RU", "UA", weapons=[W("drone", intercepted=N(1))], parent="d12-1",
      note="one drone shot down, 'No consequences'", **RNG),
    E("d12-14", "missile_artillery_strike", Y, L("Maslova Pristan"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      parent="d12-1", note="listed under a second 'Shebekinsky urban district' bullet; shell in a yard", **RNG),
    E("d12-15", "interception", D, L("Belgorod", 2, "Belgorodsky district"), "RU", "UA",
      weapons=[W("other", intercepted=N(2))], claimant=GOV,
      note="13:40 post = 24 March; district named after its town = precision 2; debris on a field near Tomarovka with "
           "'No casualties' and no damage gives no strike child"),
]
STATEMENTS = []
MUST_NOT = ["Belgorod Oblast Governor | official channel", "412,806 subscribers",
            "📌 Pinned message: addresses of shelters and temporary accommodation points — see link in channel description",
            "Translated from Russian · Show original", "👁 96.4K · edited 09:11", "👍 211  🙏 1.9K  😢 604",
            "👁 71.2K", "🙏 988",
            "Subscribe to the channel so as not to miss important information: t.me/belgorod_gov_official",
            "Comments are closed for this channel."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
