from common import *

TITLE = "Dnipropetrovsk region: night and morning under attack"
TEXT = f"""Dnipropetrovsk RMA | Telegram
{TITLE}
20.02.2024, 08:03

Over the past day, the aggressor attacked Nikopol district with heavy artillery and kamikaze drones 11 times. Nikopol, Marhanets, Pokrovske and Chervonohryhorivka hromadas came under fire.

🔸 Nikopol: a 54-year-old man was wounded, he is being treated as an outpatient. A private house, a power line and a car were damaged.
🔸 Marhanets: a kamikaze drone hit an enterprise and a gas pipeline.
🔸 Chervonohryhorivka hromada: artillery shelling damaged an outbuilding. Nobody was hurt.

In the evening, air defence forces shot down 3 Shaheds over Pavlohrad district.

🚨 Kryvyi Rih: yesterday evening the enemy attacked the city with a ballistic missile. A five-storey building was damaged. 2 people were killed, 7 were injured, including a 12-year-old boy. The wounded are in hospital, a 68-year-old woman is in a serious condition.

In Kryvyi Rih, 22 and 23 February have been declared days of mourning.

Stay safe and do not ignore air raid alerts! 🇺🇦

Mykola Prykhodko, head of the Dnipropetrovsk RMA

#Дніпропетровщина #Nikopol #KryvyiRih
Subscribe | Our website | Chat-bot for residents
"""
MUST_NOT = ["Dnipropetrovsk RMA | Telegram", "20.02.2024, 08:03", "#Дніпропетровщина #Nikopol #KryvyiRih",
            "Subscribe | Our website | Chat-bot for residents"]
R = dict(date_end="2024-02-20", precision="range", aggregate=True)
EVENTS = [
 E("x11-1", "missile_artillery_strike", "2024-02-19", "RU", "UA", near("Nikopol", "Nikopol district"), fam=["air_drone_strike"],
   weapons=[W("mixed", launched=n(11))], claimant="Dnipropetrovsk RMA", **R, note="district tally: 11 attacks, artillery and drones"),
 E("x11-2", "missile_artillery_strike", "2024-02-19", "RU", "UA", at("Nikopol"), fam=["air_drone_strike"], inj=1,
   target="residential", **R, note="weapon of this hit not said"),
 E("x11-3", "air_drone_strike", "2024-02-19", "RU", "UA", at("Marhanets"), target="industrial", **R),
 E("x11-4", "missile_artillery_strike", "2024-02-19", "RU", "UA", at("Chervonohryhorivka"), weapons=[W("artillery")],
   fat=0, inj=0, **R),
 E("x11-5", "missile_artillery_strike", "2024-02-19", "RU", "UA", region("UA-12", "Pokrovske hromada (Nikopol district)", precision=2),
   fam=["air_drone_strike"], optional=True, **R, note="hromada merely listed as under fire"),
 E("x11-6", "interception", "2024-02-19", "UA", "RU", near("Pavlohrad", "Pavlohrad district"),
   weapons=[W("drone", "Shahed-136", intercepted=n(3))], note="'in the evening' of the day before publication"),
 E("x11-7", "missile_artillery_strike", "2024-02-19", "RU", "UA", at("Kryvyi Rih"),
   weapons=[W("ballistic_missile", launched=n(1))], fat=2, inj=7, target="residential", note="'yesterday evening'"),
]

def build():
    return article("x11", "2024-02-20", "Dnipropetrovsk RMA (Telegram)", "https://t.me/dnipro_rma_example/13377",
                   "Telegram digest (regional administration)", "district and hromada lines; 'over the past day'; 'in the evening'/'yesterday evening' = day before; 'as an outpatient' = injured; mourning days (not events); listed hromada optional",
                   TITLE, TEXT, MUST_NOT, EVENTS)
