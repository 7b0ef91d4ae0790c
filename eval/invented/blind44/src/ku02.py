from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "The governor on the operational situation in the region over the past day"
TEXT = """GOVERNMENT OF THE BELGOROD REGION
Official website of the Government of the Belgorod Region
Русский | English | Version for the visually impaired
Governor | Government | Municipalities | Documents | Press service | Reception
Main / News / Operational situation
The governor on the operational situation in the region over the past day
22.07.2024, 09:05 | Press service of the Governor
Over the past day, Ukrainian armed formations fired 132 shells and launched 47 drones at the territory of the region. Two civilians were killed and five injured. I will tell you about the municipalities.

Belgorod. In the evening, air defence systems shot down six air targets over the city and the Belgorodsky district. Fragments fell in the courtyard of an apartment building on Shchorsa Street; windows were smashed in 40 flats and seven cars were damaged. A 39-year-old man received shrapnel wounds to his back and was taken to city hospital No. 2.

The Belgorodsky district. In the settlement of Mayskiy, an FPV drone attacked a car near the agricultural college — the driver was wounded, and a passer-by drove him to hospital. In Bessonovka, an explosive device dropped from a drone fell on the roof of a private house; nobody was hurt.

The Shebekinsky city district. Shebekino came under fire twice, 11 shells in total. A private house burned down; no one was hurt. Because of a damaged power line, part of the town is without electricity; power engineers will start the repairs once the operational situation allows. On the outskirts of Novaya Tavolzhanka, a drone struck a tractor, and the tractor driver died of his wounds on the way to hospital.

The Krasnoyaruzhsky district. Nine mortar shells were fired at the settlement of Krasnaya Yaruga; an outbuilding was damaged. On the road near Krasnaya Yaruga, a drone attacked a forestry truck. The driver was wounded.

The Graivoronsky city district. Grayvoron was shelled — 14 shells. A woman was wounded in the yard of her home. Three drones attacked Golovchino, damaging a kiosk and a gas pipe; no casualties.

The Borisovsky district. A drone crashed into the roof of the administration building in Borisovka and did not explode; sappers removed it. There were no injuries.

The Yakovlevsky city district. Near Tomarovka, a drone attacked a bus carrying employees of an agricultural enterprise. One woman was killed and another injured. My condolences to the family.

The Volokonovsky district. In Pyatnitskoye, a drone hit a transformer substation; the village has been without power since the night.

The Valuysky city district. Over Urazovo, a drone was brought down by electronic warfare means; its debris damaged the roof of a garage. Without casualties.

"The bus was clearly marked and was going at walking pace. The operator saw the people in the windows," said Viktor Rudakov, head of the Yakovlevsky city district.

Compensation for damaged windows will be paid after the commission's inspection. I ask residents of the border areas not to ignore the air raid signals.
Print | Send to a friend
Share: VK | OK | Telegram
Reception of citizens: Monday–Friday, 09:00–18:00 | Single hotline of the region: 122
© 2024 Government of the Belgorod Region. When using materials, a hyperlink to the site is required.
"""
DOC = {"id": "ku02", "date": "2024-07-22", "source": "Government of the Belgorod Region (official website, governor's summary)",
       "url": "https://belregion-gov.example/en/news/2024-07-22-operational-situation", "text": TEXT}

D, Y = "2024-07-22", "2024-07-21"
T = "ku02-1"
A = dict(prec="range", end=D, parent=T)
EVENTS = [
    E(T, MAS, Y, R("RU-BEL", "Belgorod region"), "UA", "RU", prec="range", end=D, agg=True, fat=N(2), inj=N(5),
      family=[ADS], weapons=[W("artillery", launched=N(132)), W("drone", launched=N(47))],
      note="'Over the past day … fired 132 shells and launched 47 drones … Two civilians were killed and five injured': "
           "the governor's past-day tally, aggregate range at region level, parent of the district paragraphs; both "
           "strike types accepted. Check: killed Novaya Tavolzhanka 1 + Tomarovka 1; injured Belgorod 1, Mayskiy 1, "
           "Krasnaya Yaruga road 1, Grayvoron 1, Tomarovka 1"),
    E("ku02-2", INT, Y, H("Belgorod", "Belgorod and the Belgorodsky district"), "RU", "UA",
      weapons=[W("mixed", intercepted=N(6))],
      note="'In the evening, air defence systems shot down six air targets over the city and the Belgorodsky district': "
           "a count with a place -> required; the city with its district = precision 2; 'air targets' names no weapon "
           "(category mixed, EVENTS.md '144 targets'); 'In the evening' of a morning digest = 21 July"),
    E("ku02-3", MAS, Y, L("Belgorod"), "UA", "RU", inj=N(1), family=[ADS], parent=T,
      note="fragments of the downed air targets in a courtyard on Shchorsa Street, a man wounded: the debris is a "
           "strike child; weapon not said -> both strike types; the same evening (21 July)"),
    E("ku02-4", ADS, Y, L("Mayskiy"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      note="FPV drone on a car in Mayskiy (528239, Belgorodsky district), the driver wounded"),
    E("ku02-5", ADS, Y, L("Bessonovka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="'an explosive device dropped from a drone fell on the roof' in Bessonovka (576666, Belgorod region, not the "
           "Penza namesake): a drone drop is an air_drone_strike; 'nobody was hurt' -> 0/0"),
    E("ku02-6", MAS, Y, L("Shebekino"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery", launched=N(11))], **A,
      note="'came under fire twice, 11 shells in total': one event for the day's shelling of the town, 11 shells "
           "launched; 'no one was hurt' -> 0/0"),
    E("ku02-7", DIS, Y, L("Shebekino"), "UA", "RU", prec="range", end=D, parent="ku02-6",
      note="'part of the town is without electricity' because of the damaged power line; the repairs 'once the "
           "operational situation allows' are a plan"),
    E("ku02-8", ADS, Y, H("Novaya Tavolzhanka", "outskirts of Novaya Tavolzhanka"), "UA", "RU", fat=N(1),
      weapons=[W("drone")], **A,
      note="'On the outskirts of Novaya Tavolzhanka, a drone struck a tractor': outskirts = precision 2; the driver "
           "died on the way to hospital -> 1 killed"),
    E("ku02-9", MAS, Y, L("Krasnaya Yaruga"), "UA", "RU", weapons=[W("artillery", launched=N(9))], **A,
      note="fronted number 'Nine mortar shells were fired at the settlement of Krasnaya Yaruga' (Krasnoyaruzhsky "
           "district): launched 9; casualties not stated"),
    E("ku02-10", ADS, Y, H("Krasnaya Yaruga", "road near Krasnaya Yaruga"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      **A, note="'On the road near Krasnaya Yaruga, a drone attacked a forestry truck': near X = precision 2; other "
                "strike type than the mortar fire -> its own event; driver wounded"),
    E("ku02-11", MAS, Y, L("Grayvoron"), "UA", "RU", inj=N(1), weapons=[W("artillery", launched=N(14))], **A,
      note="'Grayvoron was shelled — 14 shells', a woman wounded"),
    E("ku02-12", ADS, Y, L("Golovchino"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone", launched=N(3))], **A,
      note="'Three drones attacked Golovchino' (fronted number in words), kiosk and gas pipe damaged, 'no casualties' "
           "-> 0/0"),
    E("ku02-13", ADS, Y, L("Borisovka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="a drone 'crashed into the roof of the administration building in Borisovka and did not explode': still an "
           "attack on the building; 'There were no injuries' -> 0/0; the sappers' removal is the response"),
    E("ku02-14", ADS, Y, H("Tomarovka", "near Tomarovka"), "UA", "RU", fat=N(1), inj=N(1), weapons=[W("drone")], **A,
      note="'Near Tomarovka, a drone attacked a bus' (Yakovlevsky city district): near X = precision 2; one woman "
           "killed, another injured"),
    E("ku02-15", ADS, Y, L("Pyatnitskoye"), "UA", "RU", weapons=[W("drone")], **A,
      note="'In Pyatnitskoye, a drone hit a transformer substation' (503499, Volokonovsky district); casualties not "
           "stated"),
    E("ku02-16", DIS, Y, L("Pyatnitskoye"), "UA", "RU", prec="range", end=D, parent="ku02-15",
      note="'the village has been without power since the night'"),
    E("ku02-17", ADS, Y, L("Urazovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="the downed drone's debris damaged a garage roof in Urazovo, 'Without casualties' -> 0/0 (debris that damages "
           "something is a strike child, blind40 kq01-13)"),
    E("ku02-18", INT, Y, L("Urazovo"), "RU", "UA", optional=True, weapons=[W("drone")], prec="range", end=D,
      note="'a drone was brought down by electronic warfare means' over Urazovo: a single drone without a stated "
           "count -> optional (blind40 kq01-14)"),
]
# Not events: compensation 'will be paid after the commission's inspection' (plan), the repairs 'once the operational
# situation allows' (plan), the sappers removing the Borisovka drone (response), condolences, the request not to ignore
# air raid signals (advice). The municipality headings group the lines; 'the Belgorodsky district' in the Belgorod
# paragraph is part of the interception's place.
STATEMENTS = [
    S("Viktor Rudakov", "RU", "The bus was clearly marked and was going at walking pace",
      "head of the Yakovlevsky city district"),
]
MUST_NOT = ["GOVERNMENT OF THE BELGOROD REGION", "Official website of the Government of the Belgorod Region",
            "Русский | English | Version for the visually impaired",
            "Governor | Government | Municipalities | Documents | Press service | Reception",
            "Main / News / Operational situation", "22.07.2024, 09:05 | Press service of the Governor",
            "Print | Send to a friend", "Share: VK | OK | Telegram",
            "Reception of citizens: Monday–Friday, 09:00–18:00 | Single hotline of the region: 122",
            "© 2024 Government of the Belgorod Region. When using materials, a hyperlink to the site is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
