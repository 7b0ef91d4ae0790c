from common import *

TITLE = "Zaporizhzhia region: 412 strikes on 14 settlements over the past day"
TEXT = f"""Zaporizhzhia RMA ✔️
{TITLE}
02.10.2026 · 08:45 · 👁 41 203

Over the past day, Russian troops carried out 412 strikes on 14 settlements of Zaporizhzhia region.

✈️ 7 air strikes hit Huliaipole and Zaliznychne.
💥 263 drones of various modifications (mostly FPV) attacked Orikhiv, Stepnohirsk, Huliaipole, Kamianske and Mala Tokmachka.
🚀 5 MLRS attacks hit Stepnohirsk and Prymorske.
🔥 137 artillery strikes hit the territories of Orikhiv, Huliaipole, Kamianske and Vasylivka.

📍 Orikhiv: a 70-year-old man was killed by artillery fire.
📍 Zaporizhzhia: in the evening a Shahed hit an infrastructure facility in the Komunarskyi district. A 64-year-old woman was injured. About 3,000 consumers were left without electricity; power has been restored to most of them.

31 reports were received of damage to houses, cars and infrastructure.

Ivan Fedko, head of the Zaporizhzhia RMA

❗️Do not ignore air raid alerts!
#Запоріжжя #Zaporizhzhia
Join: t.me/zp_rma_example
"""
MUST_NOT = ["Zaporizhzhia RMA ✔️", "02.10.2026 · 08:45 · 👁 41 203", "#Запоріжжя #Zaporizhzhia", "Join: t.me/zp_rma_example"]
R = dict(date_end="2026-10-02", precision="range", aggregate=True)
EVENTS = [
 E("x24-1", "missile_artillery_strike", "2026-10-01", "RU", "UA", region("UA-23"), fam=["air_drone_strike"],
   weapons=[W("mixed", launched=n(412)), W("aircraft", launched=n(7)), W("drone", "FPV", launched=n(263)),
            W("mlrs", launched=n(5)), W("artillery", launched=n(137))], claimant="Zaporizhzhia RMA", **R,
   note="region tally; places in the per-weapon lines are merely listed"),
 E("x24-2", "missile_artillery_strike", "2026-10-01", "RU", "UA", at("Orikhiv"), weapons=[W("artillery")], fat=1, **R),
 E("x24-3", "air_drone_strike", "2026-10-01", "RU", "UA", at("Zaporizhzhia", name="Zaporizhzhia (Komunarskyi district)"),
   weapons=[W("drone", "Shahed-136")], inj=1, target="infrastructure", note="'in the evening' of the day before"),
 E("x24-4", "infrastructure_disruption", "2026-10-01", "RU", "UA", at("Zaporizhzhia"), note="about 3,000 consumers without electricity"),
 E("x24-5", "air_drone_strike", "2026-10-01", "RU", "UA", at("Huliaipole"), fam=["missile_artillery_strike"], optional=True, **R,
   note="listed under air strikes, drones and artillery"),
 E("x24-6", "air_drone_strike", "2026-10-01", "RU", "UA", at("Stepnohirsk"), fam=["missile_artillery_strike"], optional=True, **R,
   note="listed under drones and MLRS"),
 E("x24-7", "missile_artillery_strike", "2026-10-01", "RU", "UA", at("Vasylivka"), optional=True, **R, note="listed under artillery"),
 E("x24-8", "air_drone_strike", "2026-10-01", "RU", "UA", at("Kamianske (Zaporizhzhia)"), fam=["missile_artillery_strike"],
   optional=True, **R, note="listed under drones and artillery"),
]

def build():
    return article("x24", "2026-10-02", "Zaporizhzhia RMA (Telegram)", "https://t.me/zp_rma_example/30566",
                   "Telegram digest (regional administration)", "per-weapon tallies with listed settlements (optional); 412 strikes tally; four-digit count 3,000 consumers; city district (Komunarskyi); view counter with thin space; emojis; restoration not an event",
                   TITLE, TEXT, MUST_NOT, EVENTS)
