from common import E, L, R, C, N, W, S, gold

TITLE = "Car bomb kills occupation police chief in Berdiansk, blast damages rail bridge near Tokmak"
TEXT = """UKRAINIAN COURIER
Politics · War · Economy · Regions · Opinion
Car bomb kills occupation police chief in Berdiansk, blast damages rail bridge near Tokmak
Serhii Dovhal — Saturday, 20 August 2022, 10:05

A car bomb exploded in occupied Berdiansk on Friday morning, killing the Russian-appointed head of the city's traffic police, Berdiansk's exiled mayor Oleksii Verbytskyi said.

The official, a former Ukrainian police officer who went over to the occupiers in March, died at the scene. A group calling itself Southern Resistance claimed responsibility on its Telegram channel.

"The collaborators should understand that there will be no quiet life for them in our city. Every one of them will answer for their betrayal," Verbytskyi said.

After the blast, Russian forces detained at least seven residents of Berdiansk on Friday evening, including two teachers, the mayor said. Their relatives do not know where they are being held.

Late on Thursday, an explosion damaged a railway bridge near Tokmak that the Russian army uses to supply its troops in the south, according to local Telegram channels and the Ukrainian military. Rail traffic on the section has been suspended, the Russian-installed administration admitted.

Ukraine's Operational Command South said on Friday that its forces had destroyed an ammunition depot in Nova Kakhovka the day before. "The enemy has lost another logistics point on the left bank. The detonation continued for almost an hour," spokeswoman Iryna Pryhoda said.

The Russian-installed head of the Nova Kakhovka administration, Yevgeny Kulagin, claimed that HIMARS rockets had hit a residential area. "They are shooting at houses, not at soldiers," he told Russian state television. His claim could not be independently verified.

Earlier this month, a blast hit the building of the occupation administration in Skadovsk.

Russian-installed officials have announced that they intend to hold a "referendum" on joining Russia in the occupied parts of the Zaporizhzhia and Kherson regions in September, and have threatened a "harsh response" to any further sabotage. Verbytskyi said such a vote would have "no legal force whatsoever".

Most read:
Why the Kherson bridges matter for the counteroffensive
Noticed a mistake? Let us know: select the text and press Ctrl+Enter.
Support Ukrainian Courier on Patreon
Tags: Berdiansk, Tokmak, occupation, resistance
"""
DOC = {"id": "v12", "date": "2022-08-20", "source": "Ukrainian Courier",
       "url": "https://ukrcourier.example/news/2022/08/20/berdiansk-car-bomb", "text": TEXT}

THU, FRI = "2022-08-18", "2022-08-19"
EVENTS = [
    E("v12-1", "remote_explosive", FRI, L("Berdiansk"), "UA", "RU", fat=N(1), claimant="Oleksii Verbytskyi",
      note="car bomb; claimed by a resistance group (side UA); victim an occupation official"),
    E("v12-2", "abduction", FRI, L("Berdiansk"), "RU", "UA", family=["arrest"], claimant="Oleksii Verbytskyi",
      note="'detained at least seven residents', whereabouts unknown: detention by occupation forces"),
    E("v12-3", "remote_explosive", THU, L("Tokmak", 2, "railway bridge near Tokmak"), None, "RU",
      note="'late on Thursday'; explosion of unstated cause, nobody claimed", family=["missile_artillery_strike", "air_drone_strike"]),
    E("v12-4", "infrastructure_disruption", THU, L("Tokmak", 2, "railway section near Tokmak"), None, "RU",
      note="rail traffic suspended; date of the blast (the suspension goes on)", prec="range", end="2022-08-20"),
    E("v12-5", "missile_artillery_strike", THU, L("Nova Kakhovka"), "UA", "RU",
      weapons=[W("mlrs", "HIMARS")], claimant="Operational Command South; Yevgeny Kulagin",
      note="'the day before' Friday; the Russian-installed official's HIMARS claim on a residential area is a counter-claim on the same strike"),
    E("v12-6", "remote_explosive", "2022-08-01", L("Skadovsk"), None, "RU", prec="range", end="2022-08-19",
      optional=True, family=["missile_artillery_strike", "air_drone_strike", "looting_destruction"],
      note="'earlier this month', recalled"),
]
STATEMENTS = [
    S("Oleksii Verbytskyi", "UA", "there will be no quiet life for them in our city", "exiled mayor of Berdiansk"),
    S("Iryna Pryhoda", "UA", "The enemy has lost another logistics point on the left bank", "spokeswoman, Operational Command South"),
    S("Yevgeny Kulagin", "RU", "They are shooting at houses, not at soldiers", "Russian-installed head of Nova Kakhovka"),
]
MUST_NOT = ["UKRAINIAN COURIER", "Politics · War · Economy · Regions · Opinion",
            "Serhii Dovhal — Saturday, 20 August 2022, 10:05", "Most read:",
            "Why the Kherson bridges matter for the counteroffensive",
            "Noticed a mistake? Let us know: select the text and press Ctrl+Enter.",
            "Support Ukrainian Courier on Patreon", "Tags: Berdiansk, Tokmak, occupation, resistance"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
