from common import *

TITLE = "Kherson region: consequences of Russian shelling over the past day"
TEXT = f"""Kherson Regional Military Administration
{TITLE}
24.11.2022 09:12 👁 18.4K

🔴 Over the past day, the enemy carried out 54 attacks on Kherson region, firing artillery, MLRS, tanks, drones and aircraft. 1 person was killed and 3 were injured, including a child.

🔹 Kherson city: 17 shells hit the city. In the Dniprovskyi district a shell hit a private house, a 61-year-old woman was killed. In the Korabel microdistrict, a five-storey building and a gas pipeline were damaged.

🔹 Bilozerka hromada: a 38-year-old man was wounded when an apartment building was hit by artillery fire.

🔹 Chornobaivka: an enemy drone dropped explosives on a car; the driver, 44, was hospitalised with shrapnel wounds.

🔹 Stanislav: a power line and the water main were damaged by shelling, the village is without water supply. Utility crews will start repairs as soon as the security situation allows.

🔹 Beryslav: the Russians shelled the district hospital. No casualties.

A 9-year-old girl was injured in the Dniprovskyi district late in the evening; she is in hospital in a stable condition.

⚠️ Remember: the Russians continue to shell the right bank from the occupied left bank. Stay in shelters during alerts!

Head of the Kherson RMA Yaroslav Hnatiuk

#Kherson #Херсонщина #StandWithUkraine
👉 Subscribe to the channel: t.me/khersonrma_example
"""
MUST_NOT = ["Kherson Regional Military Administration", "24.11.2022 09:12 👁 18.4K", "#Kherson #Херсонщина #StandWithUkraine",
            "👉 Subscribe to the channel: t.me/khersonrma_example"]
R = dict(date_end="2022-11-24", precision="range", aggregate=True)
EVENTS = [
 E("x05-1", "missile_artillery_strike", "2022-11-23", "RU", "UA", region("UA-65"), fam=["air_drone_strike"],
   weapons=[W("mixed", launched=n(54))], fat=1, inj=3, claimant="Kherson RMA", **R,
   note="region-wide tally of 54 attacks (artillery, MLRS, tanks, drones, aircraft)"),
 E("x05-2", "missile_artillery_strike", "2022-11-23", "RU", "UA", at("Kherson", name="Kherson (Dniprovskyi district)"),
   weapons=[W("artillery", launched=n(17))], fat=1, inj=1, target="residential", claimant="Kherson RMA", **R,
   note="17 shells; woman killed and girl injured in the Dniprovskyi district"),
 E("x05-3", "missile_artillery_strike", "2022-11-23", "RU", "UA", at("Kherson", name="Kherson (Korabel)"),
   optional=True, **R, note="second damage report inside the same city"),
 E("x05-4", "missile_artillery_strike", "2022-11-23", "RU", "UA", at("Bilozerka"), inj=1, target="residential", **R),
 E("x05-5", "air_drone_strike", "2022-11-23", "RU", "UA", at("Chornobaivka"), inj=1, **R),
 E("x05-6", "missile_artillery_strike", "2022-11-23", "RU", "UA", at("Stanislav"), **R),
 E("x05-7", "infrastructure_disruption", "2022-11-23", "RU", "UA", at("Stanislav"), **R, note="village without water supply"),
 E("x05-8", "missile_artillery_strike", "2022-11-23", "RU", "UA", at("Beryslav"), fat=0, inj=0, target="hospital", **R),
]

def build():
    return article("x05", "2022-11-24", "Kherson Regional Military Administration (Telegram)", "https://t.me/khersonrma_example/4821",
                   "Telegram digest (regional administration)", "'over the past day' range; per-community lines; emojis, hashtags, channel prompt, view counter; region tally plus child places; hospitalised = injured",
                   TITLE, TEXT, MUST_NOT, EVENTS)
