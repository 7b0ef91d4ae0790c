from common import *

TITLE = "Kharkiv region: consequences of enemy attacks over the past day"
TEXT = f"""Oleh Mazur | Kharkiv RMA
{TITLE}
🕐 18 March 2025, 08:30

❗️Over the past day, as a result of enemy attacks in Kharkiv region, 1 person was killed and 4 were injured.

📍 Kharkiv: in the evening the enemy hit the Kyivskyi district with a KAB guided bomb. A 34-year-old woman was injured, windows of a school and two apartment buildings were damaged.

📍 Kharkiv district: in the village of Slatyne, a private house burned down after a drone attack. A 72-year-old man was killed.

📍 Kupiansk district: Kupiansk came under artillery fire, two men aged 45 and 51 were injured. In Kivsharivka, shops and a car were damaged.

📍 Chuhuiv district: a Shahed drone hit an industrial enterprise in Chuhuiv. No casualties.

📍 Izium district: near the village of Borova, a tractor driver, 59, was wounded when his tractor hit an explosive device in a field.

📍 Bohodukhiv district: in Zolochiv hromada, an FPV drone damaged a power line; about 1,300 subscribers are without electricity.

⚔️ Over the past day, the enemy attacked 9 times in the Kupiansk direction. All attacks were repelled, the situation is under control.

🔻 Demining: pyrotechnicians of the State Emergency Service removed 48 explosive objects over the past day.

#Kharkiv #Харківщина
➡️ Subscribe to the Kharkiv RMA channel | 💬 Chat bot
"""
MUST_NOT = ["Oleh Mazur | Kharkiv RMA", "🕐 18 March 2025, 08:30", "#Kharkiv #Харківщина",
            "➡️ Subscribe to the Kharkiv RMA channel | 💬 Chat bot"]
R = dict(date_end="2025-03-18", precision="range", aggregate=True)
EVENTS = [
 E("x17-1", "air_drone_strike", "2025-03-17", "RU", "UA", at("Kharkiv", name="Kharkiv (Kyivskyi district)"),
   weapons=[W("guided_bomb", "KAB")], inj=1, target="residential", note="'in the evening' of the day before"),
 E("x17-2", "air_drone_strike", "2025-03-17", "RU", "UA", at("Slatyne"), fat=1, target="residential", **R),
 E("x17-3", "missile_artillery_strike", "2025-03-17", "RU", "UA", at("Kupiansk"), weapons=[W("artillery")], inj=2, **R),
 E("x17-4", "missile_artillery_strike", "2025-03-17", "RU", "UA", at("Kivsharivka"), fam=["air_drone_strike"], **R,
   note="weapon not said"),
 E("x17-5", "air_drone_strike", "2025-03-17", "RU", "UA", at("Chuhuiv"), weapons=[W("drone", "Shahed-136")], fat=0, inj=0,
   target="industrial", **R),
 E("x17-6", "remote_explosive", "2025-03-17", None, "UA", near("Borova", "near Borova"), inj=1, **R,
   note="explosive device in a field; no perpetrator named"),
 E("x17-7", "air_drone_strike", "2025-03-17", "RU", "UA", at("Zolochiv"), weapons=[W("drone", "FPV")], **R),
 E("x17-8", "infrastructure_disruption", "2025-03-17", "RU", "UA", at("Zolochiv"), **R, note="1,300 subscribers without power"),
 E("x17-9", "armed_clash", "2025-03-17", "RU", "UA", near("Kupiansk", "Kupiansk direction"), **R),
]

def build():
    return article("x17", "2025-03-18", "Kharkiv RMA (Telegram)", "https://t.me/kharkiv_rma_example/20911",
                   "Telegram digest (regional administration)", "raion lines (Kharkiv, Kupiansk, Chuhuiv, Izium, Bohodukhiv districts); city district (Kyivskyi district of Kharkiv); hromada; landmine; FPV drone; 'direction' clashes; demining tally (not an event); four-digit count 1,300",
                   TITLE, TEXT, MUST_NOT, EVENTS)
