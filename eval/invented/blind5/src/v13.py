from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine targets Moscow region with drones, Vnukovo airport halts flights"
TEXT = """Ukraine targets Moscow region with drones, Vnukovo airport halts flights
By Lodestar staff
May 22, 2026 12:05 PM GMT+3 Updated 41 mins ago
Summary
Russia says 217 drones downed over 12 regions
Two injured in Kolomna, substation hit in Kurchatov
Russia fires 96 drones, three missiles at Ukraine

MOSCOW/KYIV, May 22 (Lodestar) - Ukraine launched more than 200 drones at Russia overnight, dozens of them at the Moscow region, Russian officials said on Friday, in one of the largest such attacks of the war.

Russia's defence ministry said air defences had destroyed 217 Ukrainian drones over 12 regions, including 48 over the Moscow region and 31 over the Kursk region.

In Kolomna, southeast of Moscow, debris from a drone fell on a five-storey apartment building, injuring two people, the Moscow region's governor said.

Moscow's Vnukovo airport halted flights for nearly four hours, and more than 120 flights were delayed or diverted, according to the federal aviation agency.

In the Kursk region, a drone hit an electrical substation in Kurchatov, the town that houses the Kursk nuclear power plant, cutting power to part of the town, regional governor Pavel Yermolov said. Rosatom said the plant was operating normally.

Ukraine's navy said its drones had struck an oil depot in Feodosia in Russian-occupied Crimea. "The depot supplied fuel to Russian units in the south, and it is now burning," navy spokesman Captain Ihor Tkachuk said. The Russian-installed head of Feodosia said a fire had broken out at "an industrial facility" and that no one had been hurt.

Kremlin spokesman Anton Veresov said the attacks showed that Kyiv "is not interested in peace" and that Russia would respond "at a time of its choosing". He did not elaborate.

Russia meanwhile launched 96 drones and three Iskander-M ballistic missiles at Ukraine overnight, the Ukrainian air force said, adding that 71 of the drones had been shot down. In the northern city of Chernihiv, a drone hit a residential building, killing one person and injuring six, regional governor Oleh Bondar said.

Kyiv has said it will keep striking Russian energy and military targets until Moscow agrees to a full ceasefire. Peace talks that stalled in April could resume in June, diplomats said, though neither side has confirmed a date.

(Reporting by Lodestar; Writing by Nina Albrecht; Editing by Tom Garside)

Get a weekly digest of the war in Ukraine. Sign up here.
Our Standards: The Lodestar Trust Principles.
"""
DOC = {"id": "v13", "date": "2026-05-22", "source": "Lodestar News Agency",
       "url": "https://www.lodestarnews.example/world/europe/ukraine-targets-moscow-region-drones-2026-05-22/", "text": TEXT}

D = "2026-05-22"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("v13-1", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", weapons=[W("drone", launched=N(200, "at_least"))],
      claimant="Russian officials", note="Ukrainian wave on Russia, country precision"),
    E("v13-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(217))], claimant=MOD),
    E("v13-3", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", weapons=[W("drone", intercepted=N(48))],
      claimant=MOD),
    E("v13-4", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant=MOD),
    E("v13-5", "air_drone_strike", D, L("Kolomna"), "UA", "RU", inj=N(2), weapons=[W("drone")], parent="v13-1",
      claimant="Moscow region governor", note="debris on an apartment building"),
    E("v13-6", "infrastructure_disruption", D, L("Moscow", 1, "Vnukovo airport, Moscow"), "UA", "RU",
      claimant="Rosaviatsiya", note="flights halted nearly four hours; airport coded to its city"),
    E("v13-7", "air_drone_strike", D, L("Kurchatov"), "UA", "RU", weapons=[W("drone")], parent="v13-1",
      claimant="Pavel Yermolov"),
    E("v13-8", "infrastructure_disruption", D, L("Kurchatov"), "UA", "RU", claimant="Pavel Yermolov"),
    E("v13-9", "air_drone_strike", D, L("Feodosiya", 1, "Feodosia oil depot"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Ukrainian navy; Russian-installed head of Feodosia"),
    E("v13-10", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(96)), W("ballistic_missile", "Iskander-M", launched=N(3))],
      claimant="Ukrainian air force"),
    E("v13-11", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(71))],
      claimant="Ukrainian air force"),
    E("v13-12", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", fat=N(1), inj=N(6), weapons=[W("drone")],
      parent="v13-10", claimant="Oleh Bondar"),
]
STATEMENTS = [
    S("Ihor Tkachuk", "UA", "The depot supplied fuel to Russian units in the south", "Ukrainian navy spokesman"),
    S("Anton Veresov", "RU", "is not interested in peace", "Kremlin spokesman"),
]
MUST_NOT = ["By Lodestar staff", "May 22, 2026 12:05 PM GMT+3 Updated 41 mins ago",
            "(Reporting by Lodestar; Writing by Nina Albrecht; Editing by Tom Garside)",
            "Get a weekly digest of the war in Ukraine. Sign up here.",
            "Our Standards: The Lodestar Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
