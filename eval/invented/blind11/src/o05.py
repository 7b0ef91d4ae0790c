from common import E, L, R, C, N, W, S, gold

TITLE = "Drones hit an oil pumping station in Kuban and an apartment block in Voronezh; Volgograd and Saratov airports shut for the night"
TEXT = """KOLOKOL
independent news about Russia
News · Features · Explainers · Podcasts · Support us
Kolokol is blocked in Russia. To read us without a VPN, use our mirror at kolokol-mirror.example or our Telegram bot.
Drones hit an oil pumping station in Kuban and an apartment block in Voronezh; Volgograd and Saratov airports shut for the night
11:20, 6 March 2026
Source: Kolokol

Ukrainian drones attacked several Russian regions overnight into Friday, 6 March. In the Krasnodar region, a fire broke out at the Tikhoretskaya oil pumping station, part of the pipeline network that carries crude to the port of Novorossiysk, the regional emergency headquarters said. According to the headquarters, debris from a downed drone fell on the territory of the station; no one was hurt, and about 40 firefighters were working at the scene.

Residents of Tikhoretsk posted videos of a column of black smoke over the station.

Ukraine's General Staff confirmed the attack, saying the station had been hit and that "the extent of the damage is being clarified".

In Voronezh, debris from a drone hit a nine-storey apartment building in the Levoberezhny district at about 3:40 a.m., the regional governor wrote on Telegram. Three people, including a 12-year-old child, were injured, and windows were blown out on several floors.

"I woke up from the bang, and the hallway was already full of glass. My son is only scratched, thank God," a resident named Irina told the local outlet Bereg Media.

The Russian Defence Ministry said air defences had destroyed 84 Ukrainian drones overnight: 31 over the Krasnodar region, 19 over the Voronezh region, and the rest over the Rostov, Belgorod and Kursk regions and the Sea of Azov.

Because of the attack, the airports of Volgograd and Saratov stopped receiving and sending flights from around 1 a.m. to 8 a.m., the federal air transport agency said. At least 14 flights were delayed.

Read also:
— "They say it's just debris": how regional authorities describe drone strikes
— Why petrol prices in Russia hit a record in February

On Thursday evening, a Ukrainian drone struck a bus at a stop in the village of Oktyabrsky in the Belgorod region, injuring the driver and two passengers, the regional governor said.

On Friday morning, the FSB said it had detained a 24-year-old resident of Krasnodar who allegedly sent Ukrainian intelligence photographs of the Tikhoretskaya station and of an air defence position in the city. He faces charges of high treason, which carry a sentence of up to life imprisonment.

Ukraine has been striking Russia's oil industry systematically since August 2025; according to Kolokol's count, at least 17 of the country's 38 large refineries have been hit.

"Pumping stations are harder to repair quickly than a refinery's distillation unit, because the pumps are imported," said Alexei Rudakov, an energy analyst at a Berlin-based research centre. "If Ukraine keeps hitting them, the bottleneck will be logistics rather than refining."

The Kremlin did not comment on the attacks.

Every ruble and euro helps us keep working. Donate to Kolokol →
Share: Telegram · VK · X · Copy link
"""
DOC = {"id": "o05", "date": "2026-03-06", "source": "Kolokol (exile outlet, English edition)",
       "url": "https://kolokol.example/en/news/2026/03/06/drones-tikhoretsk-voronezh", "text": TEXT}

D, THU = "2026-03-06", "2026-03-05"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("o05-1", "air_drone_strike", D, L("Tikhoretsk", 2, "Tikhoretskaya oil pumping station (Tikhoretsk)"), "UA",
      "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Krasnodar regional emergency headquarters; Ukrainian General Staff",
      note="'debris' version of the headquarters and the General Staff's 'hit' are claims of one event; the "
           "station is outside the town -> precision 2"),
    E("o05-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(84))],
      claimant=MOD),
    E("o05-3", "interception", D, R("RU-KDA", "Krasnodar region"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant=MOD),
    E("o05-4", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", weapons=[W("drone", intercepted=N(19))],
      claimant=MOD),
    E("o05-5", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", optional=True, note="listed region"),
    E("o05-6", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, note="listed region"),
    E("o05-7", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, note="listed region"),
    E("o05-8", "interception", D, C(None, "Sea of Azov"), "RU", "UA", optional=True,
      note="listed sea area: no country"),
    E("o05-9", "air_drone_strike", D, L("Voronezh", 1, "Voronezh, Levoberezhny district"), "UA", "RU", inj=N(3),
      weapons=[W("drone")], claimant="Voronezh regional governor"),
    E("o05-10", "infrastructure_disruption", D, L("Volgograd", 1, "Volgograd airport"), None, None,
      claimant="federal air transport agency",
      note="flights stopped 1-8 a.m.; a precautionary restriction by Russian authorities: sides null"),
    E("o05-11", "infrastructure_disruption", D, L("Saratov", 1, "Saratov airport"), None, None,
      claimant="federal air transport agency", note="as o05-10"),
    E("o05-12", "air_drone_strike", THU, L("Oktyabrsky"), "UA", "RU", inj=N(3), weapons=[W("drone")],
      claimant="Belgorod regional governor", note="'On Thursday evening' in a Friday report"),
    E("o05-13", "arrest", D, L("Krasnodar"), "RU", "RU", claimant="FSB",
      note="detention announced 'On Friday morning'; its own day is not given -> the day of the announcement"),
]
STATEMENTS = [
    S("Ukrainian General Staff", "UA", "the extent of the damage is being clarified"),
    S("Alexei Rudakov", None, "the bottleneck will be logistics rather than refining", "energy analyst"),
]
MUST_NOT = ["KOLOKOL", "independent news about Russia", "News · Features · Explainers · Podcasts · Support us",
            "Kolokol is blocked in Russia. To read us without a VPN, use our mirror at kolokol-mirror.example or our "
            "Telegram bot.", "11:20, 6 March 2026", "Source: Kolokol", "Read also:",
            "— \"They say it's just debris\": how regional authorities describe drone strikes",
            "— Why petrol prices in Russia hit a record in February",
            "Every ruble and euro helps us keep working. Donate to Kolokol →", "Share: Telegram · VK · X · Copy link"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
