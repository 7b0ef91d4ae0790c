from common import E, L, R, C, N, W, S, gold

TITLE = "On the situation in the region over the past day"
TEXT = """Governor of Belgorod Oblast | official page
VK · 20 May at 09:14
On the situation in the region over the past day

Over the past day the AFU shelled 9 municipalities of our region. More than 140 munitions and 38 UAVs were fired. Two civilians were killed and four were wounded.

Belgorod. Yesterday at 19:25 a drone attacked a car on Shchorsa Street. The driver was wounded by shrapnel, he was taken to city hospital No. 2. The car burnt out.

Shebekinsky urban district. The town of Shebekino was shelled with the Vampire MLRS — a woman was killed in her yard. My condolences to her family. 5 private houses and a gas pipeline were damaged. In Novaya Tavolzhanka a drone dropped an explosive device on a tractor, the tractor driver died of his injuries at the scene.

Graivoronsky district. Graivoron came under mortar fire, 27 mines. No casualties. In Kozinka an FPV drone hit a car — two men were wounded, both in hospital in Belgorod.

Belgorodsky district. Air defence shot down 3 aerial targets over the district. Debris damaged the roofs of two houses in Razumnoye, no one was hurt. In Maslova Pristan a drone hit a household, a woman was wounded by shrapnel.

Krasnoyaruzhsky district. In Krasnaya Yaruga a drone struck an electrical substation; 430 subscribers are without power. Crews will restore supply as soon as the situation allows.

Valuysky district. This morning at 06:50 a drone attacked an administration building in Valuyki. Information on the consequences is being clarified.

Operational services are working at all sites. I will report further information.
#БелгородскаяОбласть #оперсводка
♥ 2 144   💬 986   ↪ 311   👁 187K
Comments are limited by the page administrator
"""
DOC = {"id": "i04", "date": "2024-05-20", "source": "Belgorod governor (VK page)",
       "url": "https://vk.com/wall-000000_98231", "text": TEXT}

D, Y = "2024-05-20", "2024-05-19"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("i04-1", "missile_artillery_strike", Y, R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True, fat=N(2), inj=N(4),
      weapons=[W("mixed", launched=N(140, "at_least")), W("drone", launched=N(38))], family=["air_drone_strike"],
      note="past-day tally: 9 municipalities, 'More than 140 munitions' (at_least, mixed) and 38 UAVs, 2 k / 4 w; "
           "aggregate range, parent of the undated district lines", **PAST),
    E("i04-2", "air_drone_strike", Y, L("Belgorod"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="'Yesterday at 19:25' = 19 May (own day); driver wounded"),
    E("i04-3", "missile_artillery_strike", Y, L("Shebekino"), "UA", "RU", fat=N(1), weapons=[W("mlrs", "Vampire")],
      parent="i04-1", note="Vampire MLRS on the town; woman killed; past-day line without hour: range", **PAST),
    E("i04-4", "air_drone_strike", Y, L("Novaya Tavolzhanka"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      parent="i04-1", note="drone drop on a tractor, driver died at the scene", **PAST),
    E("i04-5", "missile_artillery_strike", Y, L("Graivoron"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(27))], parent="i04-1",
      note="27 mines = mortar rounds (artillery, launched 27); 'No casualties' = 0/0; geonames Grayvoron", **PAST),
    E("i04-6", "air_drone_strike", Y, L("Kozinka"), "UA", "RU", inj=N(2), weapons=[W("drone", "FPV")], parent="i04-1",
      note="FPV on a car, 2 wounded", **PAST),
    E("i04-7", "interception", Y, L("Belgorod", 2, "Belgorodsky district"), "RU", "UA",
      weapons=[W("other", intercepted=N(3))],
      note="3 'aerial targets' shot down over the district named after the city (precision 2, no id); kind not "
           "given: category other; defender RU = actor1", **PAST),
    E("i04-8", "air_drone_strike", Y, L("Razumnoye"), "UA", "RU", fat=N(0), inj=N(0), parent="i04-1",
      family=["missile_artillery_strike"],
      note="debris of the downed aerial targets damaged two roofs; 'no one was hurt' = 0/0; kind of target not said: "
           "both strike types", **PAST),
    E("i04-9", "air_drone_strike", Y, L("Maslova Pristan"), "UA", "RU", inj=N(1), weapons=[W("drone")], parent="i04-1",
      note="drone on a household, woman wounded", **PAST),
    E("i04-10", "air_drone_strike", Y, L("Krasnaya Yaruga"), "UA", "RU", weapons=[W("drone")], parent="i04-1",
      note="drone on a substation; casualties not stated", **PAST),
    E("i04-11", "infrastructure_disruption", Y, L("Krasnaya Yaruga"), "UA", "RU",
      note="430 subscribers without power after the substation strike", **PAST),
    E("i04-12", "air_drone_strike", D, L("Valuyki"), "UA", "RU", weapons=[W("drone")], optional=True,
      note="'This morning at 06:50' = 20 May; consequences 'being clarified': optional (as blind16's h02)"),
]
STATEMENTS = []
MUST_NOT = ["Governor of Belgorod Oblast | official page", "VK · 20 May at 09:14", "#БелгородскаяОбласть #оперсводка",
            "♥ 2 144   💬 986   ↪ 311   👁 187K", "Comments are limited by the page administrator"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
